import json

import pytest

import qawl
from qawl.data.text import Normalizer, split_words
from qawl.pipeline import Pipeline, load, tags_to_entities

# A tagger double with the NerTagger interface: it labels words from a lexicon,
# so the pipeline's offset and batching logic is tested exactly.
LEXICON = {
    "مارك": "B-PER",
    "روته": "I-PER",
    "لافروف": "I-PER",
    "سيرغي": "B-PER",
    "موسكو": "B-GPE",
    "الناتو": "B-ORG",
    "والناتو": "B-ORG",
    "كورسك": "B-GPE",
    "الاثنين": "B-DATE",
}


class LexiconTagger:
    def __init__(self):
        self.calls = 0

    def predict(self, sentences):
        self.calls += 1
        norm = Normalizer()
        out = []
        for words in sentences:
            labels = [LEXICON.get(norm.normalize_word(w), "O") for w in words]
            out.append([(lab, 0.9) for lab in labels])
        return out


RAW = (
    "أكّد الأمـــين العام لحلف “الناتو” مارْك روتـه، اليوم الاثنين، أن “الحلف يراقب الوضع في كورسك”."
    "\nوقال وزير الخارجية سيرغي لافروف إن موسكو لن تتراجع."
)


def test_pipeline_offsets_point_into_raw_text():
    doc = Pipeline(LexiconTagger())(RAW)
    assert doc.text == RAW
    got = [(e.text, e.label) for e in doc.entities]
    assert ("مارْك روتـه", "PER") in got and ("الناتو", "ORG") in got and ("كورسك", "GPE") in got
    for e in doc.entities:
        assert RAW[e.start : e.end] == e.text
    for s in doc.statements:
        assert RAW[s.start : s.end] == s.text
        for m in s.speaker.mentions:
            assert RAW[m.start : m.end]
    speakers = {s.speaker.name for s in doc.statements}
    assert {"مارك روته", "سيرغي لافروف"} <= speakers


def test_pipeline_word_final_diacritic_stays_in_entity():
    text = "زار موسكوً أمس"
    ents = tags_to_entities(text, split_words(text), ["O", "B-GPE", "O"], [1.0, 0.8, 1.0])
    assert ents[0].text == "موسكوً" and text[ents[0].start : ents[0].end] == "موسكوً"


def test_pipeline_inside_opener_starts_entity():
    text = "قال روته إن"
    ents = tags_to_entities(text, split_words(text), ["O", "I-PER", "O"], [1, 1, 1])
    assert [(e.text, e.label) for e in ents] == [("روته", "PER")]


def test_pipeline_article_without_statements():
    doc = Pipeline(LexiconTagger())("ارتفعت أسعار النفط في موسكو بنسبة 3%.")
    assert doc.statements == [] and [e.text for e in doc.entities] == ["موسكو"]
    assert Pipeline(LexiconTagger())("").to_dict() == {"text": "", "entities": [], "statements": []}


def test_pipeline_pipe_batches_across_documents_and_keeps_order():
    tagger = LexiconTagger()
    texts = [RAW, "قال لافروف إن موسكو ترفض.", "لا كيانات هنا."] * 3
    docs = list(Pipeline(tagger).pipe(texts, doc_batch_size=9))
    assert tagger.calls == 1  # one NER call for the whole batch
    singles = [Pipeline(LexiconTagger())(t) for t in texts]
    assert [d.to_dict() for d in docs] == [d.to_dict() for d in singles]


def test_pipeline_five_thousand_word_article():
    paragraph = (
        "وقال وزير الخارجية سيرغي لافروف إن موسكو لن تتراجع عن مواقفها في كورسك. "
        "وأضاف أن الناتو يتحمل المسؤولية عن التصعيد الأخير في المنطقة. "
    )
    text = "\n".join([paragraph] * 220)
    assert len(text.split()) >= 5000
    doc = Pipeline(LexiconTagger())(text)
    assert len(doc.statements) == 440
    assert len(doc.entities) == 220 * 4
    assert all(text[e.start : e.end] == e.text for e in doc.entities)


def test_pipeline_rejects_non_text():
    with pytest.raises(TypeError, match="str"):
        Pipeline(LexiconTagger())(["list"])


def test_pipeline_bundle_round_trip(tiny_bundle, tiny_ner):
    manifest = json.loads((tiny_bundle / "qawl_pipeline.json").read_text())
    assert manifest["labels"]["ner"][0] == "O" and manifest["versions"]["qawl"] == qawl.__version__
    nlp = qawl.load(tiny_bundle)
    doc = nlp(RAW)
    data = json.loads(doc.to_json())
    assert set(data) == {"text", "entities", "statements"}
    for st in data["statements"]:
        assert {"speaker", "text", "start", "end", "stance", "scores", "cue"} <= set(st)
        assert set(st) <= {"speaker", "text", "start", "end", "stance", "scores", "cue", "mention", "source"}
        if "mention" in st:  # where the speaker is named at this statement
            assert RAW[st["mention"]["start"] : st["mention"]["end"]]
        assert st["stance"] in manifest["labels"]["stance"]
        assert sum(st["scores"].values()) == pytest.approx(1, abs=1e-3)
    # The bundle's NER copy predicts exactly what the original directory does.
    assert [e.to_dict() for e in load(tiny_ner)(RAW).entities] == data["entities"]


def test_pipeline_load_rejects_other_directories(tmp_path):
    with pytest.raises(FileNotFoundError, match="neither a qawl bundle"):
        qawl.load(tmp_path)


def test_pipeline_joins_a_name_split_into_persons():
    from qawl.models.names import join_split_names

    words = ["قال", "عبدالله", "محمد", "شيبان", "وأحمد", "علي", "،", "سالم"]
    tags = ["O", "B-PER", "B-PER", "B-PER", "B-PER", "I-PER", "O", "B-PER"]
    assert join_split_names(tags, words) == ["O", "B-PER", "I-PER", "I-PER", "B-PER", "I-PER", "O", "B-PER"]
    assert join_split_names(["B-GPE", "B-GPE"], ["الرياض", "جدة"]) == ["B-GPE", "B-GPE"]  # persons only


def test_pipeline_drops_particles_and_punctuation_tagged_as_names():
    from qawl.models.names import can_be_entity

    class Overeager(LexiconTagger):
        """Tags the particle فإن and a slash the way an unsure tagger does on real papers."""

        def predict(self, sentences):
            out = super().predict(sentences)
            guesses = {"فإن": "B-ORG", "/": "B-PER", "هذا": "B-DATE"}
            return [
                [(guesses.get(w, lab), s) for w, (lab, s) in zip(words, pred, strict=True)]
                for words, pred in zip(sentences, out, strict=True)
            ]

    # (هذا right before a date would be part of it: "هذا الاثنين" is a date)
    text = "وبحسب الناتو / موسكو فإن هذا حاسم الاثنين."
    got = [(e.text, e.label) for e in Pipeline(Overeager())(text).entities]
    assert got == [("الناتو", "ORG"), ("موسكو", "GPE"), ("الاثنين", "DATE")]
    assert not can_be_entity("فإن هذا") and can_be_entity("مجلس الأمن") and can_be_entity("1436")


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        # a chain the tagger cut after بن: the next word joins
        ("قال أحمد بن علي إن", "O B-PER I-PER O O", "O B-PER I-PER I-PER O"),
        # only the father's name tagged: the given name before بن and the family name join
        ("أكد جارالله بن محمد العلويط", "O O O B-PER O", "O B-PER I-PER I-PER I-PER"),
        # a person the tagger opened on بن: its given name is the word before
        ("وقال عبداللطيف بن راشد الزياني", "O O B-PER I-PER I-PER", "O B-PER I-PER I-PER I-PER"),
        # after the chain, a title or an adjective in -ية is not a family name
        ("استقبل محمد بن سلمان الرئيس", "O B-PER I-PER I-PER O", "O B-PER I-PER I-PER O"),
        ("جامعة محمد بن سعود الإسلامية", "O B-PER I-PER I-PER O", "O B-PER I-PER I-PER O"),
        # a reporting verb before بن is not a name
        ("وقال بن علي إن", "O O B-PER O", "O O B-PER O"),
        # no person around بن: nothing changes
        ("بن في الرياض", "O O B-GPE", "O O B-GPE"),
    ],
)
def test_pipeline_extends_names_over_their_nasab(words, tags, expected):
    from qawl.models.names import extend_name_chains

    assert extend_name_chains(tags.split(), words.split()) == expected.split()


def test_pipeline_reads_the_name_ali_where_the_paper_spells_ala_apart():
    # Folding makes the name علي the preposition على to the model; the written ى/ي decides
    # when the article uses both.
    class MissesAli(LexiconTagger):
        def predict(self, sentences):
            return [[("B-PER" if w == "حسن" else "O", 0.9) for w in words] for words in sentences]

    with_ala = "وقال علي حسن إن الوفد وصل على متن طائرة."
    without = "وقال علي حسن إن الوفد وصل بالطائرة."
    assert [e.text for e in Pipeline(MissesAli())(with_ala).entities] == ["علي حسن"]
    assert [e.text for e in Pipeline(MissesAli())(without).entities] == ["حسن"]


class CallsEverythingNeutral:
    """A stance double that answers neutral, sure of it, for every statement."""

    def __init__(self, labels=("condemnation", "escalation", "neutral")):
        self.labels = labels

    def predict(self, items):
        scores = {lab: (0.9 if lab == "neutral" else 0.1 / (len(self.labels) - 1)) for lab in self.labels}
        return [("neutral", dict(scores)) for _ in items]


def test_pipeline_a_cue_that_names_its_speech_act_decides_the_stance():
    text = (
        "وأدان الوزير فلان الفلاني التفجير الإرهابي في المسجد. وتوعد سيرغي لافروف بشن هجمات جديدة في المدينة. "
        "وقال الوزير إن الحادث قيد التحقيق."
    )
    doc = Pipeline(LexiconTagger(), CallsEverythingNeutral())(text)
    assert [(s.cue, s.stance) for s in doc.statements] == [
        ("وأدان", "condemnation"),
        ("وتوعد", "escalation"),
        ("وقال", "neutral"),
    ]
    assert doc.statements[0].scores["neutral"] == 0.9  # the model's scores are kept as it gave them
    # switched off, or with a model that lacks the label, the model decides
    off = Pipeline(LexiconTagger(), CallsEverythingNeutral(), cue_stance=False)(text)
    assert {s.stance for s in off.statements} == {"neutral"}
    other = Pipeline(LexiconTagger(), CallsEverythingNeutral(("against", "neutral")))(text)
    assert {s.stance for s in other.statements} == {"neutral"}


class CallsEverythingEscalation:
    """A stance double that answers escalation for every statement, neutral second."""

    labels = ("condemnation", "escalation", "neutral")

    def predict(self, items):
        return [("escalation", {"condemnation": 0.1, "escalation": 0.6, "neutral": 0.3}) for _ in items]


class TagsTheObservatory:
    """Tags the Syrian observatory as one organization, and nothing else."""

    def predict(self, sentences):
        out = []
        for words in sentences:
            tags = ["O"] * len(words)
            for k in range(len(words) - 1):
                if words[k] == "المرصد" and words[k + 1] == "السوري":
                    tags[k : k + 4] = ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]
            out.append([(t, 0.9) for t in tags])
        return out


def test_pipeline_a_monitor_or_a_news_medium_never_escalates():
    text = (
        "وقال المرصد السوري لحقوق الإنسان إن 12 شخصا قتلوا في قصف على ريف حلب. "
        "وقال الوزير فلان الفلاني إن الجيش سيرد على الهجوم."
    )
    doc = Pipeline(TagsTheObservatory(), CallsEverythingEscalation())(text)
    assert [(s.speaker.name, s.stance) for s in doc.statements] == [
        ("المرصد السوري لحقوق الإنسان", "neutral"),  # the model's next label
        ("الوزير فلان الفلاني", "escalation"),
    ]
    assert doc.statements[0].scores["escalation"] == 0.6  # the scores stay the model's
    off = Pipeline(TagsTheObservatory(), CallsEverythingEscalation(), cue_stance=False)(text)
    assert {s.stance for s in off.statements} == {"escalation"}


def test_pipeline_an_observer_never_escalates_but_a_party_s_own_source_may():
    text = (
        "وقال شهود عيان إن القصف استهدف أحياء سكنية. وأكدت مصادر محلية أن المقاتلين تقدموا نحو المدينة. "
        "وقالت مصادر عسكرية إن الجيش سيواصل الهجوم."
    )
    doc = Pipeline(LexiconTagger(), CallsEverythingEscalation())(text)
    assert [(s.source.text, s.stance) for s in doc.statements] == [
        ("شهود عيان", "neutral"),
        ("مصادر محلية", "neutral"),
        ("مصادر عسكرية", "escalation"),
    ]


def test_pipeline_a_united_nations_official_never_escalates():
    text = (
        "وقال مبعوث الأمم المتحدة إلى سورية مارك روته إن سلاح الجو قصف المدينة. "
        "وقال روته إن القصف استمر. وقال الوزير سيرغي لافروف إن الجيش سيواصل الهجوم."
    )
    doc = Pipeline(LexiconTagger(), CallsEverythingEscalation())(text)
    assert [s.stance for s in doc.statements] == ["neutral", "neutral", "escalation"]


def test_pipeline_another_group_s_fighting_reported_never_escalates():
    text = (
        "وقال الوزير سيرغي لافروف إن الحوثيين قصفوا الأحياء السكنية بالدبابات. "
        "وقال الوزير سيرغي لافروف إن الجيش سيواصل الهجوم."
    )
    doc = Pipeline(LexiconTagger(), CallsEverythingEscalation())(text)
    assert [s.stance for s in doc.statements] == ["neutral", "escalation"]


def test_pipeline_a_prayer_never_escalates():
    text = (
        "وقال الشيخ فلان الفلاني: اللهم من أرادنا بسوء فأشغله بنفسه. "
        "وقال الشيخ فلان الفلاني إن الدولة سترد على المعتدين."
    )
    doc = Pipeline(LexiconTagger(), CallsEverythingEscalation())(text)
    assert [s.stance for s in doc.statements] == ["neutral", "escalation"]


def test_pipeline_words_that_denounce_make_a_neutral_statement_condemnation():
    text = "وقال الوزير فلان الفلاني إن هذا العمل الإرهابي الجبان لن يرهب رجال الأمن. وقال الوزير إن البعثة غادرت."
    doc = Pipeline(LexiconTagger(), CallsEverythingNeutral())(text)
    assert [s.stance for s in doc.statements] == ["condemnation", "neutral"]  # غادرت: "left"
    off = Pipeline(LexiconTagger(), CallsEverythingNeutral(), cue_stance=False)(text)
    assert {s.stance for s in off.statements} == {"neutral"}
    # a traitor named, reports called fabrication; "عارض" (opposed) holds no "عار"
    text = (
        "وقال الوزير فلان الفلاني إن الخائن الحقيقي هو المخلوع. وقال الوزير إن الأخبار فبركة. "
        "وقال الوزير إن النائب عارض القرار."
    )
    doc = Pipeline(LexiconTagger(), CallsEverythingNeutral())(text)
    assert [s.stance for s in doc.statements] == ["condemnation", "condemnation", "neutral"]


def test_pipeline_condolences_are_condemnation_whatever_the_cue():
    # the guidelines make condolences condemnation; "تعزيز" (strengthening) is no condolence
    text = (
        "وأعرب الوزير فلان الفلاني عن خالص التعازي والمواساة لأسر الضحايا، سائلا الله أن يتغمدهم "
        "بواسع رحمته. وأكد الوزير أهمية تعزيز العلاقات بين البلدين."
    )
    doc = Pipeline(LexiconTagger(), CallsEverythingNeutral())(text)
    assert [(s.cue, s.stance) for s in doc.statements] == [
        ("وأعرب", "condemnation"),
        ("سائلا", "condemnation"),
        ("وأكد", "neutral"),
    ]


class RecordsSpeakers:
    """A stance double that remembers the speaker segment of every input."""

    labels = ("condemnation", "escalation", "neutral")

    def __init__(self):
        self.speakers: list[str] = []

    def predict(self, items):
        self.items = list(items)
        self.speakers += [speaker for speaker, _, _ in items]
        return [("neutral", {"condemnation": 0.1, "escalation": 0.1, "neutral": 0.8}) for _ in items]


def test_pipeline_the_stance_model_reads_who_speaks_named_or_not():
    text = "وقالت مصادر عسكرية إن القصف استمر. وقال الوزير فلان الفلاني إن الحادث قيد التحقيق."
    spy = RecordsSpeakers()
    Pipeline(LexiconTagger(), spy)(text)
    assert spy.speakers == ["مصادر عسكرية", "الوزير فلان الفلاني"]


@pytest.mark.parametrize("window", [None, 3])
def test_pipeline_stance_inputs_are_what_the_stance_model_read(window):
    """Calibration and benchmarks classify statements through ``stance_inputs``: the same
    triples as the pipeline's own (the source phrase of an unnamed speaker, the window)."""
    text = (
        "وقالت مصادر عسكرية إن القصف استمر طوال الليل على المدينة. "
        "وقال الوزير فلان الفلاني إن الحادث قيد التحقيق منذ أيام."
    )
    spy = RecordsSpeakers()
    nlp = Pipeline(LexiconTagger(), spy, stance_window=window)
    doc = nlp(text)
    assert len(doc.statements) == 2
    assert nlp.stance_inputs(doc) == spy.items
    contexts = [context for _, _, context in spy.items]
    assert (contexts[0] == text[: text.index(".") + 1]) is (window is None)  # a window of 3 words cuts it


def test_pipeline_an_attack_claimed_after_alana_is_escalation():
    text = "وأعلن الناتو مسؤوليته عن هجوم على القاعدة. وأعلنت موسكو مسؤوليتها عن توفير الخدمات للنازحين."
    doc = Pipeline(LexiconTagger(), CallsEverythingNeutral())(text)
    assert [s.stance for s in doc.statements] == ["escalation", "neutral"]
