"""Tests for qawl.models.ruler: the gazetteer entity ruler and its merge with the tagger."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

import qawl
from qawl.data.text import split_words
from qawl.models.ruler import DEFAULT_GAZETTEER, EntityRuler, Pattern, merge_tags
from qawl.pipeline import Pipeline

RULER = EntityRuler(
    [
        Pattern("GPE", "الرياض"),
        Pattern("GPE", "جدة"),
        Pattern("GPE", "وجدة"),  # Oujda: a city of its own, not و + جدة
        Pattern("ORG", "الأمم المتحدة", aliases=("الامم المتحدة",)),
        Pattern("PER", "عادل الجبير", aliases=("الجبير",)),
        Pattern("GPE", "الخبر", ambiguous=("الخبر",)),  # Khobar, and "the news"
    ]
)


def words(text: str) -> list[str]:
    return [w.text for w in split_words(text)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("وصل إلى الرياض", [("الرياض", "GPE")]),
        ("وصل إلى الرياضَ", [("الرياضَ", "GPE")]),  # a diacritic
        ("عاد الوفد والرياض تستعد", [("والرياض", "GPE")]),  # و clitic
        ("بالرياض أمس", [("بالرياض", "GPE")]),  # ب clitic before ال
        ("رسالة للأمم المتحدة", [("للأمم المتحدة", "ORG")]),  # ل + ال loses its alef
        ("قال عادل الجبير", [("عادل الجبير", "PER")]),  # the longest match
        ("وصرح الجبير", [("الجبير", "PER")]),  # a surname alias
        ("زار وجدة المغربية", [("وجدة", "GPE")]),  # the whole word first
        ("وصل إلى جدة", [("جدة", "GPE")]),
        ("وصل الى جده", [("جده", "GPE")]),  # ة written ه
    ],
)
def test_ruler_matches_with_clitics_and_folding(text, found):
    ws = words(text)
    assert [(" ".join(ws[a:b]), label) for a, b, label, _ in RULER.match(ws)] == found


def test_ruler_merge_adds_extends_and_respects_ambiguity():
    ws = words("قال عادل الجبير في الخبر إن")
    tags = ["O", "O", "B-PER", "O", "O", "O"]  # the tagger found only the surname
    merged = merge_tags(tags, RULER.match(ws))
    assert merged == ["O", "B-PER", "I-PER", "O", "O", "O"]  # extended; الخبر (ambiguous) not added
    tags = ["O", "O", "O", "O", "B-LOC", "O"]  # the tagger saw a place: the ruler may type it
    assert merge_tags(tags, RULER.match(ws))[4] == "B-LOC"  # equal spans: the tagger's label stays


def test_ruler_merge_a_known_place_the_tagger_called_a_person_is_the_place():
    ws = words("قال في مؤتمر صحفي بالرياض إن")
    person = ["O", "O", "O", "O", "B-PER", "O"]  # the tagger's guess on the clitic-joined city
    assert merge_tags(person, RULER.match(ws))[4] == "B-GPE"
    organization = ["O", "O", "O", "O", "B-ORG", "O"]  # the newspaper: the tagger read context
    assert merge_tags(organization, RULER.match(ws))[4] == "B-ORG"
    ws = words("قال في الخبر إن")  # an ambiguous form never overrides the tagger
    assert merge_tags(["O", "O", "B-PER", "O"], RULER.match(ws))[2] == "B-PER"
    ws = words("قال عبدالله الرياض إن")  # a longer person span keeps the place inside it
    assert merge_tags(["O", "B-PER", "I-PER", "O"], RULER.match(ws)) == ["O", "B-PER", "I-PER", "O"]


def test_ruler_merge_maps_labels_the_tagger_lacks():
    ws = words("وصل إلى الرياض")
    assert merge_tags(["O"] * 3, RULER.match(ws), {"LOC", "PERS", "ORG"}) == ["O", "O", "B-LOC"]
    assert merge_tags(["O"] * 3, RULER.match(ws), {"PERS"}) == ["O", "O", "O"]  # no place type


def test_ruler_reads_jsonl_in_both_shapes_and_names_bad_lines(tmp_path):
    f = tmp_path / "names.jsonl"
    f.write_text(
        json.dumps(
            {"label": "ORG", "text": "سابك", "aliases": ["الشركة السعودية للصناعات الأساسية"]},
            ensure_ascii=False,
        )
        + "\n"
        + json.dumps({"label": "GPE", "pattern": "تبوك"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    ruler = EntityRuler.from_jsonl([f])
    assert [(a, b, lab) for a, b, lab, _ in ruler.match(words("أعلنت سابك في تبوك"))] == [
        (1, 2, "ORG"),
        (3, 4, "GPE"),
    ]
    f.write_text('{"label": "GPE"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"names.jsonl:1: not a gazetteer pattern"):
        EntityRuler.from_jsonl([f])
    with pytest.raises(FileNotFoundError, match="neither a JSONL file"):
        EntityRuler.from_jsonl([tmp_path / "missing.jsonl"])


def test_ruler_default_gazetteer_loads_and_knows_the_capitals():
    ruler = EntityRuler.default()
    assert ruler.size > 4000
    found = {
        (" ".join(words(t)[a:b]), lab)
        for t in ("زار وزير الخارجية طهران والقاهرة",)
        for a, b, lab, _ in ruler.match(words(t))
    }
    assert {("طهران", "GPE"), ("والقاهرة", "GPE")} <= found


def test_ruler_gazetteer_files_pass_their_check():
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_gazetteer.py")], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 error(s)" in out.stdout
    assert DEFAULT_GAZETTEER.is_dir()


def test_ruler_travels_in_the_bundle(tiny_ner, tiny_stance, tmp_path):
    from qawl.bundle import export_bundle

    names = tmp_path / "names.jsonl"
    names.write_text(
        json.dumps({"label": "ORG", "text": "هيئة زيد بن الفلاني للتجارب"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    bundle = export_bundle(tiny_ner, tiny_stance, tmp_path / "b", gazetteer=[names])
    manifest = json.loads((bundle / "qawl_pipeline.json").read_text(encoding="utf-8"))
    assert manifest["gazetteer"] == "gazetteer"
    text = "وقالت هيئة زيد بن الفلاني للتجارب إن الاجتماع انتهى."
    found = {(e.text, e.label, e.score) for e in qawl.load(bundle)(text).entities}
    assert ("هيئة زيد بن الفلاني للتجارب", "ORG", 1.0) in found  # the gazetteer's span, sure
    assert qawl.load(bundle, gazetteer=False).ruler is None
    assert qawl.load(bundle, gazetteer=[names]).ruler is not None


def test_ruler_names_the_entry_of_every_form():
    ruler = EntityRuler(
        [
            Pattern("ORG", "حلف شمال الأطلسي", aliases=("الناتو",), id="org:nato"),
            Pattern("PER", "عادل الجبير", aliases=("الجبير",)),  # no id: label and folded text
            Pattern("PER", "فلان الجبير", aliases=("الجبير",)),  # shares the surname
        ]
    )
    assert ruler.entry_id("وللناتو") == "org:nato"  # clitics, ل + ال
    assert ruler.entry_id("حلف شمال الاطلسي") == "org:nato"  # folded spelling
    assert ruler.entry_id("عادل الجبير") == "PER:عادل الجبير"
    assert ruler.entry_id("الجبير") is None  # two entries' form names neither
    assert ruler.entry_id("الحلف") is None and ruler.entry_id("") is None


def test_an_ambiguous_form_names_its_entry_only_under_the_entrys_type():
    # كان is Cannes and "was": the tagger's [PER كان] is the verb, and without an entry
    # the pipeline's particle filter drops it; [GPE كان] is still the city.
    ruler = EntityRuler([Pattern("GPE", "كان", ambiguous=("كان",), id="gpe:cannes")])
    assert ruler.entry_id("بكان", "GPE") == "gpe:cannes"
    assert ruler.entry_id("كان", "PER") is None
    assert ruler.entry_id("وكان", "ORG") is None
    # ... and written as the verb itself it names nothing, whatever the type.
    assert ruler.entry_id("كان", "GPE") is None and ruler.entry_id("وكان", "GPE") is None
    # A form that is not ambiguous names its entry whatever the tagger called it.
    nato = EntityRuler([Pattern("ORG", "الناتو", id="org:nato")])
    assert nato.entry_id("الناتو", "GPE") == "org:nato"


def test_pipeline_merges_speakers_a_gazetteer_knows_as_one():
    class Blind:  # a tagger that finds nothing: every entity comes from the gazetteer
        def predict(self, sentences):
            return [[("O", 0.9)] * len(words) for words in sentences]

    ruler = EntityRuler([Pattern("ORG", "حلف شمال الأطلسي", aliases=("الناتو",), id="org:nato")])
    text = "قال حلف شمال الأطلسي إن الوضع خطير. وأعلن الناتو أنه سيعزز دورياته."
    doc = Pipeline(Blind(), ruler=ruler)(text)
    assert [e.kb_id for e in doc.entities] == ["org:nato", "org:nato"]
    assert doc.to_dict()["entities"][0]["kb_id"] == "org:nato"
    speakers = [s.speaker for s in doc.statements]
    assert len(speakers) == 2 and speakers[0] is speakers[1]
    assert speakers[0].name == "حلف شمال الأطلسي" and len(speakers[0].mentions) == 2
    without = Pipeline(Blind(), ruler=None)(text)
    assert all(e.kb_id is None and "kb_id" not in e.to_dict() for e in without.entities)


def test_pipeline_keeps_only_places_the_gazetteer_knows():
    class Guesser:  # tags every word after the first as a place, as a from-scratch tagger might
        id2label = {0: "O", 1: "B-GPE", 2: "I-GPE", 3: "B-PER", 4: "I-PER"}

        def predict(self, sentences):
            return [
                [("O", 0.9)] + [("B-PER" if w == "ماهر" else "B-GPE", 0.8) for w in words[1:]]
                for words in sentences
            ]

    ruler = EntityRuler([Pattern("GPE", "موسكو", id="gpe:moscow")])
    text = "وصل ماهر موسكو والسكن"
    closed = Pipeline(Guesser(), ruler=ruler)(text)  # default: GPE and LOC are closed
    assert [(e.text, e.label) for e in closed.entities] == [("ماهر", "PER"), ("موسكو", "GPE")]
    kept = Pipeline(Guesser(), ruler=ruler, closed_labels=())(text)
    assert [e.text for e in kept.entities] == ["ماهر", "موسكو", "والسكن"]
    # Without a gazetteer there is nothing to decide by: the tagger's places stay.
    assert [e.text for e in Pipeline(Guesser())(text).entities] == ["ماهر", "موسكو", "والسكن"]


def test_pipeline_keeps_a_place_two_gazetteer_entries_share():
    # واشنطن is the capital and the state: the form links to neither entry, but it is a
    # known place, and the closed-class filter must not drop it (it did, in every article).
    class Tagger:
        id2label = {0: "O", 1: "B-GPE", 2: "I-GPE"}

        def predict(self, sentences):
            return [
                [("B-GPE" if w in ("واشنطن", "موسكو") else "O", 0.8) for w in words] for words in sentences
            ]

    ruler = EntityRuler(
        [
            Pattern("GPE", "واشنطن", id="gpe:washington"),
            Pattern("GPE", "واشنطن", id="gpe:washington-state"),
            Pattern("GPE", "موسكو", id="gpe:moscow"),
        ]
    )
    assert ruler.entry_id("واشنطن", "GPE") is None and ruler.knows("وواشنطن", "GPE")
    assert not ruler.knows("واشنطن", "ORG") and not ruler.knows("لندن", "GPE")
    doc = Pipeline(Tagger(), ruler=ruler)("أعلنت واشنطن عن تسليم موسكو الطائرات")
    assert [(e.text, e.kb_id) for e in doc.entities] == [("واشنطن", None), ("موسكو", "gpe:moscow")]


def test_pipeline_drops_a_tagged_verb_that_an_ambiguous_place_spells():
    class Guesser:  # calls كان a person and وكان a place, as the offline tagger did on real papers
        id2label = {0: "O", 1: "B-GPE", 2: "I-GPE", 3: "B-PER", 4: "I-PER"}

        def predict(self, sentences):
            tags = {"كان": "B-PER", "وكان": "B-GPE", "موسكو": "B-GPE"}
            return [[(tags.get(w, "O"), 0.8) for w in words] for words in sentences]

    ruler = EntityRuler(
        [Pattern("GPE", "كان", ambiguous=("كان",), id="gpe:cannes"), Pattern("GPE", "موسكو", id="gpe:moscow")]
    )
    doc = Pipeline(Guesser(), ruler=ruler)("كما كان في استقباله الوزير. وكان الوفد قد وصل إلى موسكو")
    assert [(e.text, e.label) for e in doc.entities] == [("موسكو", "GPE")]


def test_pipeline_an_ambiguous_form_under_another_type_is_no_known_place():
    class Guesser:  # calls the channel's name a place
        id2label = {0: "O", 1: "B-LOC", 2: "I-LOC"}

        def predict(self, sentences):
            return [[("B-LOC" if w == "المنار" else "O", 0.8) for w in words] for words in sentences]

    ruler = EntityRuler([Pattern("ORG", "المنار", ambiguous=("المنار",), id="org:almanar")])
    text = "وقال سكان حي المنار إن المياه انقطعت"
    # the gazetteer knows المنار only as a channel: the tagger's place is a guess, and places are closed
    assert Pipeline(Guesser(), ruler=ruler)(text).entities == []
    assert [e.text for e in Pipeline(Guesser(), ruler=ruler, closed_labels=())(text).entities] == ["المنار"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("قالت جامعة نجران إن", [("جامعة نجران", "ORG", False)]),
        ("وأعلنت أمانة منطقة حائل", [("أمانة منطقة حائل", "ORG", False)]),
        ("فاز نادي الوحدة أمس", [("نادي الوحدة", "ORG", False)]),  # the ambiguous club name
        ("بإمارة منطقة الرياض", [("بإمارة منطقة الرياض", "ORG", False)]),
        ("في إمارة دبي", [("دبي", "GPE", False)]),  # an emirate is a place
        ("دعم الكرة السعودية", [("السعودية", "GPE", True)]),  # an adjective: correct only
        ("وصل إلى السعودية", [("السعودية", "GPE", False)]),
        ("زار جامعة الدول العربية", [("جامعة الدول العربية", "ORG", False)]),  # the entry itself
        ("الرئيس منتخب دونالد ترامب", [("دونالد ترامب", "PER", False)]),  # "elected", not a team
    ],
)
def test_ruler_reads_institution_heads_and_nisba_adjectives(text, found):
    ruler = EntityRuler(
        [
            Pattern("GPE", "نجران"),
            Pattern("GPE", "حائل"),
            Pattern("GPE", "الرياض"),
            Pattern("GPE", "دبي"),
            Pattern("GPE", "السعودية"),
            Pattern("ORG", "الوحدة", ambiguous=("الوحدة",)),
            Pattern("ORG", "جامعة الدول العربية"),
            Pattern("PER", "دونالد ترامب"),
        ]
    )
    ws = words(text)
    assert [(" ".join(ws[a:b]), label, amb) for a, b, label, amb in ruler.match(ws)] == found
