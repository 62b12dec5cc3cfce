"""The rules over a tagger's name spans (qawl.models.names), alone and in the pipeline.

Each case is the shape of an error read on real newspaper text (the words are
written for the test, not copied from the shared data).
"""

from __future__ import annotations

import pytest

from qawl.data.text import split_words
from qawl.document import Entity
from qawl.models.names import (
    can_be_entity,
    close_remits,
    cut_at_particles,
    drop_edge_verbs,
    drop_future_verbs,
    is_future_verb,
    join_dates,
    join_family_names,
    join_linked_names,
    known_words,
    repeat_names,
    tidy_persons,
    tidy_tags,
)
from qawl.pipeline import Pipeline


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        # a title or honorific opening the span is not the name, with or without a clitic
        ("قال البروفيسور كريستيان فيت", "O B-PER I-PER I-PER", "O O B-PER I-PER"),
        ("وقال للدكتور فهد القريني", "O B-PER I-PER I-PER", "O O B-PER I-PER"),
        ("رجل يدعى محمد", "O B-PER I-PER", "O O B-PER"),
        ("أحد المحققين ويدعى فاليري زولوتاريف", "O O B-PER I-PER I-PER", "O O O B-PER I-PER"),
        ("وأعلن أن جنتيلوني", "O B-PER I-PER", "O O B-PER"),
        # a mark with no letter, then a title whose first letter looks like a clitic (كاتب)
        ("المحامي / كاتب فهد الشمري عضو", "O B-PER I-PER I-PER I-PER O", "O O O B-PER I-PER O"),
        ("فهد الشمري -", "B-PER I-PER I-PER", "B-PER I-PER O"),
        # a definite title inside the span: the tagger ran on from a place before the name
        ("بمنطقة الباحة الشاعر حسن بن محمد", "O B-PER I-PER I-PER I-PER I-PER", "O O O B-PER I-PER I-PER"),
        ("وقال رامي السيد اليافعي حسن", "O B-PER I-PER I-PER I-PER", "O B-PER I-PER I-PER I-PER"),
        # an inner title's adjectives after it are no name to start (left for the other rules)
        ("أبلغ المبعوث الأممي الخاص", "B-PER I-PER I-PER I-PER", "B-PER I-PER I-PER I-PER"),
        # a title left out takes its definite complement with it
        ("وقال وزير الأمن محمدو سانا", "O B-PER I-PER I-PER I-PER", "O O O B-PER I-PER"),
        (
            "عبد العزيز بن عبد الله آل الشيخ",
            "B-PER I-PER I-PER I-PER I-PER I-PER I-PER",
            "B-PER I-PER I-PER I-PER I-PER I-PER I-PER",
        ),
        ("قال فان غال", "O B-PER I-PER", "O B-PER I-PER"),  # van, not فإن
        # a particle or a لل word ending the span is not the name
        ("وأوضح البار بأن الحملة", "O B-PER I-PER O", "O B-PER O O"),
        ("ترشح عبدالله القريني للدورة", "O B-PER I-PER I-PER", "O B-PER I-PER O"),
        ("واختتم الحقباني بقوله", "O B-PER I-PER", "O B-PER O"),  # "by saying" is the cue
        # the agency or medium he told, and all after it
        ("وقال الملا عمر", "O B-PER I-PER", "O O B-PER"),  # a cleric's honorific, left out
        ("أحمد بن إبراهيم الملا", "B-PER I-PER I-PER I-PER", "B-PER I-PER I-PER I-PER"),  # a family name
        ("وقال سولفانج لرويترز", "O B-PER I-PER", "O B-PER O"),
        # a quantifier takes a common noun, no name
        ("أمام الكارثة كل كلمات الإدانة", "O O O B-PER I-PER", "O O O O O"),
        # nor does a name end with the bare article of a quoted name after it
        ("في بيان زود ال", "O O B-PER I-PER", "O O O O"),
        ("وقال هانز مولر لوكالة الأنباء", "O B-PER I-PER I-PER I-PER", "O B-PER I-PER O O"),
        # nor anything after a particle inside it
        ("أثنى ماجد القصبي في تأسيس", "O B-PER I-PER I-PER I-PER", "O B-PER I-PER O O"),
        # و inside a person starts the next one; with the article it ends the name
        ("عبدالعزيز الحسيني وعبدالسلام الثميري", "B-PER I-PER I-PER I-PER", "B-PER I-PER B-PER I-PER"),
        ("اردا توران والمدافع", "B-PER I-PER I-PER", "B-PER I-PER O"),
        # a name that starts with و stays inside, and so does any word after بن
        ("محمد وليد الحمد", "B-PER I-PER I-PER", "B-PER I-PER I-PER"),
        ("محمد بن وصل الأحمدي", "B-PER I-PER I-PER I-PER", "B-PER I-PER I-PER I-PER"),
        # a title alone is left alone (nothing after it to be the name)
        ("الدكتور", "B-PER", "B-PER"),
        # other types are not touched
        ("الجمعية من الظفر", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"),
    ],
)
def test_tidy_persons_keeps_only_the_name(words, tags, expected):
    assert tidy_persons(tags.split(), words.split()) == expected.split()


def test_tidy_persons_cuts_at_the_preposition_ala_only_where_the_paper_spells_it_apart():
    words = ["قال", "أحمد", "على", "حسن"]
    tags = ["O", "B-PER", "I-PER", "I-PER"]
    assert tidy_persons(tags, words, distinguishes=True) == ["O", "B-PER", "O", "O"]
    assert tidy_persons(tags, words, distinguishes=False) == tags


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        # pieces side by side, or bridged by الموافق, are one date
        ("يوم السبت بعد المقبل", "B-DATE I-DATE B-DATE I-DATE", "B-DATE I-DATE I-DATE I-DATE"),
        ("ذي القعدة", "B-DATE B-DATE", "B-DATE I-DATE"),
        (
            "يوم الخميس الموافق 14/ 10/ 1436 هـ",
            "B-DATE I-DATE O B-DATE I-DATE I-DATE B-GPE",
            "B-DATE I-DATE I-DATE I-DATE I-DATE I-DATE I-DATE",
        ),
        # day and month written before a tagged year
        ("في 2 / 6 / 1436هـ", "O O O B-DATE I-DATE I-DATE", "O B-DATE I-DATE I-DATE I-DATE I-DATE"),
        # الموافق with no date after it stays out; an era mark needs a date before it
        ("الخميس الموافق له", "B-DATE O O", "B-DATE O O"),
        ("هـ الخميس", "O B-DATE", "O B-DATE"),
        # the bracket the date opened closes it; not one it never opened
        ("اليوم ( الاثنين ) قال", "B-DATE I-DATE I-DATE O O", "B-DATE I-DATE I-DATE I-DATE O"),
        ("الخميس ) قال", "B-DATE O O", "B-DATE O O"),
    ],
)
def test_join_dates(words, tags, expected):
    assert join_dates(tags.split(), words.split()) == expected.split()


def test_the_name_ali_after_a_person_is_the_fathers_name_where_the_paper_spells_ala_apart():
    from qawl.models.names import join_ali

    words = ["وذكر", "الدكتور", "فيصل", "علي", "نصار", "أنهم", "ناقشوا"]
    tags = ["O", "O", "B-PER", "O", "O", "O", "O"]
    assert join_ali(tags, words, True) == ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O"]
    assert join_ali(tags, words, False) == tags  # علي may be the preposition there
    # a particle or a title after علي is not the family name
    assert join_ali(["B-PER", "O", "O"], ["محمد", "علي", "إن"], True) == ["B-PER", "I-PER", "O"]
    assert join_ali(["B-PER", "O", "O"], ["محمد", "علي", "الوزير"], True) == ["B-PER", "I-PER", "O"]


def test_future_verbs_are_told_from_names_by_the_taggers_vocabulary():
    known = known_words(["[UNK]", "يقابل", "يزور", "نرى", "تعقد", "امي", "##يل"])
    verbs = ["سيقابل", "سيزور", "وسنرى", "ستعقد", "سَيُقابل"]
    names = ["سيرغي", "ستيفن", "سنغافورة", "سيف", "سامي"]  # the rest is no known word, too short, or سا-
    assert [is_future_verb(w, known) for w in verbs] == [True] * len(verbs)
    assert [is_future_verb(w, known) for w in names] == [False] * len(names)
    assert not is_future_verb("يقابل", known)  # no س: a present tense, left to the tagger


def test_drop_future_verbs_keeps_the_names_around_them():
    known = known_words(["يزور", "يقابل"])
    words = ["وقال", "إن", "جنتيلوني", "سيزور", "بغداد"]
    assert drop_future_verbs(["O", "O", "B-PER", "I-PER", "I-GPE"], words, known) == [
        "O",
        "O",
        "B-PER",
        "O",
        "B-GPE",
    ]
    assert drop_future_verbs(["B-ORG"], ["سيقابل"], frozenset()) == [
        "B-ORG"
    ]  # no vocabulary: nothing dropped


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        # a rare family name after the given name the tagger stopped at
        ("وقال زهير النغموش إن", "O B-PER O O", "O B-PER I-PER O"),
        ("مدير التعليم سالم المطرفي ،", "O O B-PER O O", "O O B-PER I-PER O"),
        # a common word after a name is no family name: the vocabulary knows it
        ("عبدالحافظ الموظف في", "B-PER O O", "B-PER O O"),
        # the span already ends on a family name; plural, -ية and relative words never join
        ("الزبيدي الكعبري", "B-PER O", "B-PER O"),
        ("خالد المشاركين", "B-PER O", "B-PER O"),
        ("بنات توتنبيرج اللائي", "O B-PER O", "O B-PER O"),
        ("محمد الإسلامية", "B-PER O", "B-PER O"),
        # a common word joins where a comma or a title ends the name after it
        ("وأوضح محمد الموظف ، أن", "O B-PER O O O", "O B-PER I-PER O O"),
        ("وقال محمد الموظف رئيس اللجنة", "O B-PER O O O", "O B-PER I-PER O O"),
        ("وقال أوغلو اليوم ، إن", "O B-PER O O O", "O B-PER O O O"),  # a time word never
        ("ولي العهد ،", "B-PER O O", "B-PER O O"),  # ولي is a title, not a given name
        ("فريق ريفر بليت الأرجنتيني ،", "O B-PER I-PER O O", "O B-PER I-PER O O"),  # a known nisba
    ],
)
def test_join_family_names_takes_in_a_family_name_the_vocabulary_does_not_know(words, tags, expected):
    known = known_words(["الموظف", "في", "إن", "قال", "الأرجنتيني", "اليوم", "العهد"])
    assert join_family_names(tags.split(), words.split(), known) == expected.split()
    # without a vocabulary nothing is joined
    assert join_family_names(tags.split(), words.split(), frozenset()) == tags.split()


def test_pipeline_drops_a_future_verb_its_tagger_calls_a_name():
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from transformers import PreTrainedTokenizerFast

    class VerbTagger:
        """Calls the verb سيقابل an organization, over a vocabulary that knows يقابل."""

        tokenizer = PreTrainedTokenizerFast(
            tokenizer_object=Tokenizer(WordLevel({"[UNK]": 0, "يقابل": 1}, unk_token="[UNK]"))
        )

        def predict(self, sentences):
            return [[("B-ORG" if w in ("سيقابل", "الناتو") else "O", 0.9) for w in ws] for ws in sentences]

    doc = Pipeline(VerbTagger())("قال الناتو إن أي اعتداء سيقابل برد حازم.")
    assert [e.text for e in doc.entities] == ["الناتو"]


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        ("نادي الوحدة من الظفر", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG O O"),
        ("الاتحاد الكويتي لكرة القدم فإن", "B-ORG I-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG O"),
        # في may be in an organization's name; dates and persons keep their own rules
        ("حملة نصرة الأشقاء في سوريا", "B-ORG I-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG I-ORG"),
        ("الثالث من شوال", "B-DATE I-DATE I-DATE", "B-DATE I-DATE I-DATE"),
        ("بحر العرب إلى", "B-LOC I-LOC I-LOC", "B-LOC I-LOC O"),
        # but not في before where words were said
        ("وزارة الداخلية في بيانها", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG O O"),
    ],
)
def test_cut_at_particles_ends_a_name_before_a_particle(words, tags, expected):
    assert cut_at_particles(tags.split(), words.split()) == expected.split()


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        # the tagger stopped before the remit's place: في goes, the place stays its own
        ("مكتب رعاية الشباب في جدة", "B-ORG I-ORG I-ORG I-ORG B-GPE", "B-ORG I-ORG I-ORG O B-GPE"),
        ("مجلس القضاء في الإقليم", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG O O"),
        # في inside the name stays
        ("بعثة الأمم المتحدة في أفغانستان", "B-ORG I-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG I-ORG"),
        # a place or a person is not cut
        ("في", "B-GPE", "B-GPE"),
    ],
)
def test_close_remits_cuts_a_trailing_fi_from_an_organization(words, tags, expected):
    assert close_remits(tags.split(), words.split()) == expected.split()


def test_tidy_tags_runs_every_rule_in_order():
    words = ["وقال", "للدكتور", "فهد", "بن", "علي", "القريني", "للدورة"]
    tags = ["O", "B-PER", "B-PER", "O", "O", "B-PER", "I-PER"]
    # the chain joins (بن علي), the title and the لل word leave
    assert tidy_tags(tags, words, True) == ["O", "O", "B-PER", "I-PER", "I-PER", "I-PER", "O"]


def test_tidy_tags_drops_a_present_verb_the_join_made_part_of_a_person():
    # the tagger opened a person at the verb and at the title after it: joined, the span
    # starts with ويرى and goes, like any span that starts with a present reporting verb
    words = ["توقيت", "دقيق", "ويرى", "أستاذ", "العلاقات"]
    assert tidy_tags(["O", "O", "B-PER", "B-PER", "O"], words, True) == ["O"] * 5


def test_can_be_entity_drops_generic_heads_and_tatweel_but_keeps_names():
    assert not can_be_entity("الجمعية") and not can_be_entity("لرئاسة") and not can_be_entity("ــ")
    assert not can_be_entity("الرائد") and not can_be_entity("للمدير")  # a rank or title alone
    assert not can_be_entity("مفتى") and not can_be_entity("القاضى")  # printed with ى
    assert not can_be_entity("دكتور")  # bare after a rank: "العقيد دكتور فلان"
    assert can_be_entity("الاتحاد")  # a club's name
    assert can_be_entity("الرائد سعيد سرحان") and can_be_entity("مساعد")  # a name after it; a given name
    assert can_be_entity("مجلس الشورى") and can_be_entity("جمعية البر")
    assert not can_be_entity("د") and not can_be_entity("م.")  # the abbreviations before a name
    assert can_be_entity("عمر") and can_be_entity("د. فهد")
    # a document alone is what a body issued; a paper or a name that is also a document word stays
    assert not can_be_entity("للبيان") and not can_be_entity("التقرير")
    assert can_be_entity("الرسالة") and can_be_entity("البيان الختامي للقمة")
    assert not can_be_entity("هو") and can_be_entity("هو جينتاو")  # he, or a Chinese family name
    assert not can_be_entity("الـ")  # the article alone: "التقرير [ORG الـ] 51"


def _person(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(name, "PER", start, start + len(name), 0.8)


def test_repeat_names_tags_the_surname_and_the_full_name_where_the_article_repeats_them():
    text = "قال سامي بن خالد الراشد إن الوفد وصل. وأضاف الراشد أن اللقاء مثمر، وشكر لالراشد ثم سامي بن خالد الراشد."
    first = _person(text, "سامي بن خالد الراشد")
    got = repeat_names(text, split_words(text), [first])
    assert [(e.text, e.label) for e in got] == [
        ("سامي بن خالد الراشد", "PER"),
        ("الراشد", "PER"),
        ("لالراشد", "PER"),
        ("سامي بن خالد الراشد", "PER"),
    ]
    assert all(text[e.start : e.end] == e.text for e in got) and got[-1].start > got[0].start


def test_repeat_names_reads_a_surname_after_li_with_the_article_elided():
    text = "أكد مساعد الزويهري الخبر. وقالت مصادر للزويهري إن القرار نهائي."
    got = repeat_names(text, split_words(text), [_person(text, "مساعد الزويهري")])
    assert [e.text for e in got] == ["مساعد الزويهري", "للزويهري"]


@pytest.mark.parametrize(
    "name, later",
    [
        ("أحمد بن علي", "وعلق علي الأمر"),  # علي alone is more often the preposition
        ("خالد الذي", "الذي جاء"),  # a particle is never a surname
        ("سامي قال", "قال"),  # nor a reporting verb
        ("محمد عبد الله", "رحمه الله"),  # the end of a compound given name
        ("سيف الإسلام", "الإسلام دين"),
        ("أحمد أبو طالب", "طالب الوفد"),  # a word bound by أبو is not a surname alone
    ],
)
def test_repeat_names_leaves_words_that_are_not_surnames(name, later):
    text = f"حضر {name} الحفل. {later}."
    got = repeat_names(text, split_words(text), [_person(text, name)])
    assert [e.text for e in got] == [name]


def test_repeat_names_leaves_a_word_the_article_uses_in_another_type():
    text = "سجل لاعب مانشستر سيتي. وفاز سيتي بالمباراة."
    club = Entity("مانشستر سيتي", "ORG", text.index("مانشستر"), text.index("مانشستر") + len("مانشستر سيتي"))
    wrong = Entity("لاعب مانشستر سيتي", "PER", text.index("لاعب"), club.end)  # a tagger's overlap
    assert repeat_names(text, split_words(text), [wrong, club]) == [wrong, club]


def test_repeat_names_needs_a_full_name_and_leaves_tagged_words():
    text = "قال الراشد إن الوفد وصل. وأضاف الراشد أن اللقاء مثمر."
    one_word = _person(text, "الراشد")
    assert repeat_names(text, split_words(text), [one_word]) == [one_word]  # one word: no surname to learn
    text = "قال سامي الراشد. وزار وفد الراشد للتجارة المعرض."
    org_start = text.index("الراشد للتجارة")
    org = Entity("الراشد للتجارة", "ORG", org_start, org_start + len("الراشد للتجارة"))
    got = repeat_names(text, split_words(text), [_person(text, "سامي الراشد"), org])
    assert [(e.text, e.label) for e in got] == [("سامي الراشد", "PER"), ("الراشد للتجارة", "ORG")]


def test_repeat_names_completes_a_person_cut_short_where_the_article_spells_the_whole_name():
    text = "أدان المتحدث راجح بادي الجريمة. وأكد راجح بادي أن اليمن يرفضها. وزار بادي للتجارة المعرض."
    cut = _person(text, "راجح")
    fragment = Entity("بادي", "ORG", cut.end + 1, cut.end + 5)  # the tagger's guess on the surname
    later = Entity("راجح بادي", "PER", text.index("راجح بادي", cut.end), text.index("راجح بادي", cut.end) + 9)
    got = repeat_names(text, split_words(text), [cut, fragment, later])
    assert [(e.text, e.start) for e in got][:2] == [("راجح بادي", cut.start), ("راجح بادي", later.start)]
    assert all(text[e.start : e.end] == e.text for e in got)
    # an entity running out of the name is another thing: "بادي للتجارة" stays as the tagger had it
    org_start = text.index("بادي للتجارة")
    org = Entity("بادي للتجارة", "ORG", org_start, org_start + len("بادي للتجارة"))
    short = Entity("راجح", "PER", org_start - 5, org_start - 1)
    text2 = text[: org_start - 5] + "راجح " + text[org_start:]
    got = repeat_names(text2, split_words(text2), [later, short, org])
    assert ("راجح", "PER") in [(e.text, e.label) for e in got] and org in got


class FirstMention:
    """Tags a person where it is named in full and nothing else (a tagger that met the name once)."""

    def predict(self, sentences):
        out = []
        for words in sentences:
            tags = ["O"] * len(words)
            for k in range(len(words) - 1):
                if words[k] == "سامي" and words[k + 1] == "الراشد":
                    tags[k], tags[k + 1] = "B-PER", "I-PER"
            out.append([(t, 0.9) for t in tags])
        return out


def test_pipeline_links_a_repeated_surname_to_its_speaker():
    text = "قال وزير الخارجية سامي الراشد إن المحادثات بناءة.\nوأضاف الراشد أن الجولة المقبلة في الرياض."
    doc = Pipeline(FirstMention())(text)
    assert [e.text for e in doc.entities] == ["سامي الراشد", "الراشد"]
    assert [s.speaker.name for s in doc.statements] == ["سامي الراشد", "سامي الراشد"]


def test_can_be_entity_refuses_a_group_word_and_a_reporting_verb():
    # the tagger's guesses on real conflict reports: صحافيون PER, دانت ORG, قالوا ORG
    assert not any(can_be_entity(w) for w in ["صحافيون", "مصادرنا", "محققو", "دانت", "قالوا", "ويبين"])
    # a speaker quoting himself ("قال أؤكد وبشكل حازم أن"); not أبين (Abyan) nor نجيب
    assert not can_be_entity("أؤكد") and can_be_entity("أبين") and can_be_entity("نجيب")
    assert not can_be_entity("خبيران")  # two experts, unnamed
    # participles can be names (مشيرة is a given name), and a group inside a longer span stays
    assert all(can_be_entity(w) for w in ["مشيرة", "رابطة الصحافيين", "صالح"])


class TagsEveryPluralNisba:
    """Tags each word ending in يون as a person (the tagger's guess on أردنيون, الحوثيون)."""

    def predict(self, sentences):
        return [[("B-PER" if w.endswith("يون") else "O", 0.9) for w in words] for words in sentences]


def test_pipeline_drops_the_plural_of_a_country_adjective():
    from qawl.models.ruler import EntityRuler

    ruler = EntityRuler.default()
    assert [ruler.is_demonym(w) for w in ["أردنيون", "والسعوديين", "أمريكيات", "إسرائيليين"]] == [True] * 4
    # a movement named in the plural, a country itself, and a person are not
    assert not any(ruler.is_demonym(w) for w in ["الحوثيون", "الأردن", "محمد", "المواطنين", "محللون أردنيون"])
    doc = Pipeline(TagsEveryPluralNisba(), ruler=ruler)("وقال محللون أردنيون إن الحوثيون صعدوا هجماتهم.")
    assert [e.text for e in doc.entities] == ["الحوثيون"]
    assert doc.statements[0].speaker is None and doc.statements[0].source.text == "محللون أردنيون"


class TagsTheMovementWhole:
    """Tags تنظيم + the next word as one organization (the tagger's and the gazetteer's habit)."""

    def predict(self, sentences):
        out = []
        for words in sentences:
            tags = ["O"] * len(words)
            for k, w in enumerate(words[:-1]):
                if w == "تنظيم":
                    tags[k], tags[k + 1] = "B-ORG", "I-ORG"
            out.append([(t, 0.9) for t in tags])
        return out


def test_pipeline_leaves_a_movements_generic_head_outside_its_name():
    from qawl.models.ruler import EntityRuler

    text = "وتبنى تنظيم داعش الهجوم، فيما نفى تنظيم القاعدة أي صلة."
    for ruler in (None, EntityRuler.default()):  # the gazetteer knows "تنظيم داعش" as an alias
        doc = Pipeline(TagsTheMovementWhole(), ruler=ruler)(text)
        assert [e.text for e in doc.entities] == ["داعش", "القاعدة"]


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        # a link word binds the next word into the name, whatever the tagger called it
        ("وقال علي آل حرفش إن", "O B-PER I-PER B-ORG O", "O B-PER I-PER I-PER O"),
        ("المهندس علي آل حرفش", "O B-PER I-PER O", "O B-PER I-PER I-PER"),
        ("محمد بن في", "B-PER I-PER O", "B-PER I-PER O"),  # a particle is no name
        # a one-word place after an honorific is a given name
        ("المهندس فارس الشفق", "O B-LOC O", "O B-PER O"),
        # not after الفريق ("the team"), not a definite word, not a longer place
        ("الفريق قطر", "O B-GPE", "O B-GPE"),
        ("الدكتور الرياض", "O B-GPE", "O B-GPE"),
        ("الشيخ أبو ظبي", "O B-GPE I-GPE", "O B-GPE I-GPE"),
        ("سعادة غامرة", "O B-LOC", "O B-LOC"),  # "overwhelming happiness"
        ("المستشار بأكاديمية ناصر", "O B-LOC O", "O B-LOC O"),  # an institution, not a name
        # "son of" in a Mauritanian name goes on with the name before it
        ("إسماعيل ولد الشيخ أحمد", "B-PER B-PER I-PER I-PER", "B-PER I-PER I-PER I-PER"),
        ("وصل ولد صغير", "O B-PER I-PER", "O B-PER I-PER"),  # after no person, left alone
    ],
)
def test_join_linked_names_mends_names_split_at_a_link_or_behind_an_honorific(words, tags, expected):
    assert join_linked_names(tags.split(), words.split()) == expected.split()


def test_names_a_verb_after_a_negation_is_never_a_name():
    from qawl.models.names import tidy_tags

    words = ["وقال", "المسؤول", "الذي", "لم", "يشأ", "كشف", "هويته", "إن"]
    tags = ["O", "O", "O", "O", "B-PER", "O", "O", "O"]
    assert tidy_tags(tags, words, True) == ["O"] * len(words)
    # a name after other words stays
    words = ["وقال", "الوزير", "يشأ", "إن"]
    assert tidy_tags(["O", "O", "B-PER", "O"], words, True) == ["O", "O", "B-PER", "O"]


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        # the tagger called the king's name a person: the institution is one body
        ("زار مكتبة الملك عبدالعزيز العامة أمس", "O O O B-PER O O", "O B-ORG I-ORG I-ORG I-ORG O"),
        (
            "نقل إلى بمستشفى الأمير متعب بن عبدالعزيز",
            "O O O O B-PER I-PER I-PER",
            "O O B-ORG I-ORG I-ORG I-ORG I-ORG",
        ),
        ("في مركز الملك سلمان للإغاثة", "O O B-PER I-PER O", "O B-ORG I-ORG I-ORG O"),
        # the king himself, and a city (مدينة is as often a place), stay as they are
        ("وقال خادم الحرمين الملك سلمان إن", "O O O O B-PER O", "O O O O B-PER O"),
        ("في مدينة الملك عبدالله الاقتصادية", "O O O B-PER O", "O O O B-PER O"),
    ],
)
def test_names_an_institution_named_after_a_king_is_one_organization(words, tags, expected):
    from qawl.models.names import name_royal_institutions

    assert name_royal_institutions(tags.split(), words.split()) == expected.split()


def test_names_a_word_that_names_no_time_by_itself_is_no_date():
    from qawl.models.names import tidy_tags

    words = ["وقال", "المدير", "العام", "في", "ختام", "أمسيات", "المهرجان"]
    tags = ["O", "O", "B-DATE", "O", "O", "B-DATE", "O"]
    assert tidy_tags(tags, words, True) == ["O"] * len(words)
    # inside a date, or yesterday itself, they stay
    words = ["في", "نهاية", "العام", "الماضي", "وصل", "أمس"]
    tags = ["O", "B-DATE", "I-DATE", "I-DATE", "O", "B-DATE"]
    assert tidy_tags(tags, words, True) == tags


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        # a byline run into the verb after it: the agency stays, the verb goes
        ("المنورة واس استنكر قائد القوة", "O B-ORG I-ORG O O", "O B-ORG O O O"),
        ("أمانة الأحساء تبنت المبادرة", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG O O"),
        # a present verb run into its object or its subject: nothing in the span is a name
        ("بيان يفيد بنشوب حريق", "O B-PER I-PER O", "O O O O"),
        ("ويقول عاملون في المجال", "B-GPE I-GPE I-GPE I-GPE", "O O O O"),
        # a name with a cue word in it: after أبو any word is a name; a past verb may open one
        ("قال موفق أبو طالب إن", "O B-PER I-PER I-PER O", "O B-PER I-PER I-PER O"),
        ("الفنان عزت أبوعوف", "O B-PER I-PER", "O B-PER I-PER"),
        ("نائب الرئيس عزت الدوري", "O O B-PER I-PER", "O O B-PER I-PER"),
        # a past verb that is no given name before a definite word: the verb goes
        ("الوزير أبلغ الجبوري أن", "O B-PER I-PER O", "O O B-PER O"),
    ],
)
def test_names_no_span_ends_on_a_reporting_verb(words, tags, expected):
    from qawl.models.names import drop_edge_verbs

    assert drop_edge_verbs(tags.split(), words.split()) == expected.split()
    assert tidy_tags(tags.split(), words.split(), True)[-1] == expected.split()[-1]


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        # the tagger calls the last word of the blessing a person: nothing is left
        ("حث النبي صلى الله عليه وسلم على", "O O O O O B-PER O", "O O O O O O O"),
        # a name run into the blessing keeps its own words
        ("الملك عبدالله رحمه الله قال", "O B-PER I-PER I-PER O", "O B-PER O O O"),
        ("قال رسول الله صلى الله عليه وسلم", "O B-PER I-PER I-PER I-PER O O", "O B-PER I-PER O O O O"),
        # the dash that opens a blessing goes with it
        (
            "وأبي هريرة ــ رضي الله عنه ــ قال",
            "B-PER I-PER I-PER I-PER I-PER O O O",
            "B-PER I-PER O O O O O O",
        ),
        # رحمه alone is no blessing: a name that ends on it is left to the other rules
        ("عبد الرحمن رحمه", "B-PER I-PER I-PER", "B-PER I-PER I-PER"),
        # a blessing of the living: "الملك سلمان أيده الله"
        ("الملك سلمان أيده الله قال", "O B-PER I-PER I-PER O", "O B-PER O O O"),
    ],
)
def test_names_no_entity_holds_a_blessing(words, tags, expected):
    from qawl.models.names import drop_eulogies

    assert drop_eulogies(tags.split(), words.split()) == expected.split()
    assert tidy_tags(tags.split(), words.split(), True) == expected.split()  # no join takes it back


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        # the family name the tagger left out, before what was said
        ("الإعلام محمد سمان ، أن", "O B-PER O O O", "O B-PER I-PER O O"),
        ("وأضاف يوسف ادعيس أن", "O B-PER O O", "O B-PER I-PER O"),
        ("وقال هشام مروة إنه", "O B-PER O O", "O B-PER I-PER O"),
        # a time word, an adverb or a word behind ل is no family name
        ("وقال محمد أمس إن", "O B-PER O O", "O B-PER O O"),
        ("وأكد سعد مجددا أن", "O B-PER O O", "O B-PER O O"),
        ("وقال سعد لعكاظ ، إن", "O B-PER O O O", "O B-PER O O O"),
        # nothing said right after it: the word may be anything
        ("والتقى محمد وفدا من", "O B-PER O O", "O B-PER O O"),
        # a name that is no common given name is left to the tagger
        ("وقال روته الحلف أن", "O B-PER O O", "O B-PER O O"),
        # before the person's title, even a family name behind ل; not a word behind ف
        ("الشيخ صالح لنجف رئيس تحالف", "O B-PER O O O", "O B-PER I-PER O O"),
        ("الرئيس هادي فهو رئيس شرعي", "O B-PER O O O", "O B-PER O O O"),
        # a given name the list does not know, before a comma and a title
        ("وقال ميشيل حلبي ، الأمين العام", "O B-PER O O O O", "O B-PER I-PER O O O"),
        ("وقال ميشيل حلبي إن الأمين", "O B-PER O O O", "O B-PER O O O"),
        ("انتقل المختصون ، والطبيب الشرعي", "B-PER O O O O", "B-PER O O O O"),
    ],
)
def test_names_a_given_name_takes_in_its_family_name_before_what_was_said(words, tags, expected):
    from qawl.models.names import join_surname_before_clause

    assert join_surname_before_clause(tags.split(), words.split()) == expected.split()


def test_names_ala_alone_is_the_preposition_in_a_paper_that_writes_it_with_ya_maqsura():
    words = ["وأوضح", "المشرف", "العام", "على", "المستشفى", "الدكتور", "طاهر", "صميلي"]
    tags = ["O", "O", "O", "B-PER", "O", "O", "B-PER", "I-PER"]
    assert tidy_persons(tags, words, distinguishes=True) == ["O"] * 6 + ["B-PER", "I-PER"]
    # a paper that writes على with ي cannot tell it from the name علي: it stays
    assert tidy_persons(tags, words, distinguishes=False) == tags


@pytest.mark.parametrize("text", ["مديرة", "ونائب", "لنائب", "ومعالي", "نجل"])
def test_names_a_title_alone_is_no_name(text):
    assert not can_be_entity(text)


@pytest.mark.parametrize("text", ["وأمين", "سلطان", "ومالك", "فيصل"])
def test_names_a_title_that_is_a_given_name_may_be_one(text):
    assert can_be_entity(text)


def test_repeat_names_runs_a_cut_person_on_over_a_surname_the_article_makes_a_subject():
    text = "وقال أندريه ليسينكو المتحدث باسم الجيش إن الهجوم سافر. وقال ليسينكو إن جنديا قتل."
    found = repeat_names(text, split_words(text), [Entity("أندريه", "PER", 5, 11)])
    assert [e.text for e in found] == ["أندريه ليسينكو", "ليسينكو"]
    # a word no verb makes a subject stays out: "[PER أندريه] المتحدث"
    text = "وقال أندريه المتحدث باسم الجيش إن الهجوم سافر."
    assert [e.text for e in repeat_names(text, split_words(text), [Entity("أندريه", "PER", 5, 11)])] == [
        "أندريه"
    ]


def test_drop_edge_verbs_cuts_a_name_at_a_reporting_verb_inside_it():
    from qawl.models.names import drop_edge_verbs

    words = ["وكيل", "إمارة", "الباحة", "يدين", "الإرهاب", "ويوجه", "بحماية"]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert drop_edge_verbs(tags, words) == ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    # after a name link the word is a name: "موفق أبو طالب"
    assert drop_edge_verbs(["B-PER", "I-PER", "I-PER"], ["موفق", "أبو", "طالب"]) == [
        "B-PER",
        "I-PER",
        "I-PER",
    ]


def test_join_surname_before_clause_takes_a_ba_family_name_but_not_a_place_behind_ba():
    from qawl.models.names import join_surname_before_clause

    words = ["عبدالله", "بادغيش", "أنه", "سعيد"]
    assert join_surname_before_clause(["B-PER", "O", "O", "O"], words) == ["B-PER", "I-PER", "O", "O"]
    words = ["فهد", "بجدة", "أن", "المشروع"]
    assert join_surname_before_clause(["B-PER", "O", "O", "O"], words) == ["B-PER", "O", "O", "O"]


def test_repeat_names_a_surname_before_ila_is_a_verb_s_subject_too():
    text = "قال الخبير اورلاندو اوشوا، ان ما حصل خطير. ونبه اوشوا الى انه لن يبقى شيء."
    found = repeat_names(text, split_words(text), [Entity("اورلاندو", "PER", 11, 19)])
    assert [e.text for e in found] == ["اورلاندو اوشوا", "اوشوا"]


def _repeated(text: str, given: str, surname: str, label: str) -> list[tuple[str, str]]:
    """repeat_names on a one-word person, then ``surname`` tagged ``label`` right after it
    and tagged as it is elsewhere (its second mention, ``label`` again unless a person)."""
    start, at, again = text.index(given), text.index(surname), text.rindex(surname)
    second = "PER" if label == "ORG" else label
    tagged = [
        Entity(given, "PER", start, start + len(given)),
        Entity(surname, label, at, at + len(surname)),
        Entity(surname, second, again, again + len(surname)),
    ]
    return [(e.text, e.label) for e in repeat_names(text, split_words(text), tagged)]


def test_repeat_names_a_surname_the_tagger_made_a_body_joins_the_given_name():
    text = "وقال جيف ديفيس أحد المتحدثين إن الغارة نجحت. وقال ديفيس، إن مقتله سيضعف التنظيم."
    assert _repeated(text, "جيف", "ديفيس", "ORG") == [("جيف ديفيس", "PER"), ("ديفيس", "PER")]
    # a country after a given name stays a country, though it speaks elsewhere
    text = "ودعا هادي الصين إلى دور فاعل. وقالت الصين إنها ستساعد."
    assert _repeated(text, "هادي", "الصين", "GPE") == [("هادي", "PER"), ("الصين", "GPE"), ("الصين", "GPE")]


def test_drop_edge_verbs_a_past_verb_before_a_body_s_definite_name_goes():
    words = ["استنكرت", "الأمانة", "العامة", "تصريحات"]
    assert drop_edge_verbs(["B-ORG", "I-ORG", "I-ORG", "O"], words) == ["O", "B-ORG", "I-ORG", "O"]
    # a past verb may open a person's name
    words = ["عزت", "الدوري", "قال"]
    assert drop_edge_verbs(["B-PER", "I-PER", "O"], words) == ["B-PER", "I-PER", "O"]


@pytest.mark.parametrize(
    "word, label",
    [
        ("والسياسة", "PER"),  # و + the article: a title's word, not a person
        ("فاليوم", "PER"),
        ("بتفجير", "PER"),  # ب + a verbal noun: what was done
        ("بإشعال", "ORG"),
    ],
)
def test_drop_clitic_words_drops_a_common_word_the_tagger_called_a_name(word, label):
    from qawl.models.names import drop_clitic_words

    other = Entity("فدريكا موغيريني", "PER", 20, 35)
    assert drop_clitic_words([Entity(word, label, 0, len(word)), other]) == [other]


@pytest.mark.parametrize(
    "entities",
    [
        # the surname of a person the article names in full
        [Entity("صالح السهلي", "PER", 0, 11), Entity("والسهلي", "PER", 20, 27)],
        # a club's name with و before its article is a name
        [Entity("والهلال", "ORG", 0, 7)],
        # a given name of a longer person with ل
        [Entity("توفيق الحكيم", "PER", 0, 12), Entity("لتوفيق", "PER", 20, 26)],
    ],
)
def test_drop_clitic_words_keeps_names(entities):
    from qawl.models.names import drop_clitic_words

    assert drop_clitic_words(entities) == entities


@pytest.mark.parametrize("text", ["دان", "ودان"])
def test_names_the_verb_dan_alone_is_no_name(text):
    # "[ORG دان] الأمين العام …": the verb; نيكوشور دان keeps it as a surname
    assert not can_be_entity(text)
    assert can_be_entity("نيكوشور " + text)


def test_tidy_persons_leaves_went_on_outside_the_name():
    assert tidy_persons(["B-PER", "I-PER", "O"], ["ومضى", "اليافعي", "بالقول"]) == ["O", "B-PER", "O"]


def test_names_a_word_with_tanwin_is_no_name():
    # "وقال [PER هامساً]:": an adverb
    assert not can_be_entity("هامساً")
    assert can_be_entity("هامس")


def test_repeat_names_runs_a_person_cut_after_its_nasab_on_over_the_family_name():
    text = "أدان القائم بالأعمال عبدالعزيز بن عبدالله الداود التفجير. ونوّه الداود بعمق الإجراءات."
    start = text.index("عبدالعزيز")
    found = repeat_names(text, split_words(text), [Entity("عبدالعزيز بن عبدالله", "PER", start, start + 20)])
    assert [e.text for e in found] == ["عبدالعزيز بن عبدالله الداود", "الداود"]


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        ("وقال عارف حسن أحد المهندسين", "O O B-PER O O", "O B-PER I-PER O O"),
        # a plural is a group, a possessed noun whose, a definite word a title
        ("اتهم آخرون صالح بأنه", "O O B-PER O", "O O B-PER O"),
        ("وقالت زوجته ليلى إن", "O O B-PER O", "O O B-PER O"),
        ("وقال الوزير خالد إن", "O O B-PER O", "O O B-PER O"),
        # not before a longer person: the tagger found that name whole
        ("وقال عارف حسن علي إن", "O O B-PER I-PER O", "O O B-PER I-PER O"),
    ],
)
def test_names_a_given_name_between_the_verb_and_a_cut_person_joins_it(words, tags, expected):
    from qawl.models.names import join_given_name_after_verb

    assert join_given_name_after_verb(tags.split(), words.split()) == expected.split()


def test_repeat_names_a_surname_before_an_is_a_verb_s_subject_too():
    text = "من رئيس الاتحاد مسعد فودة، أشاد فيه بالأنشطة، وأعلن فودة عن اختيار الفنان."
    found = repeat_names(text, split_words(text), [Entity("مسعد", "PER", 16, 20)])
    assert [e.text for e in found] == ["مسعد فودة", "فودة"]


def test_names_the_dutch_van_inside_a_person_stays_in_the_name():
    words = ["استبعد", "الهولندي", "لويس", "فان", "غال", "مدرب"]
    assert tidy_persons(["O", "O", "B-PER", "I-PER", "I-PER", "O"], words) == [
        "O",
        "O",
        "B-PER",
        "I-PER",
        "I-PER",
        "O",
    ]
    # at the end of a span it is فإن: the name stops before it
    assert tidy_persons(["O", "B-PER", "I-PER", "O"], ["وقال", "محمد", "فان", "الوزارة"]) == [
        "O",
        "B-PER",
        "O",
        "O",
    ]


def test_repeat_names_a_surname_said_before_fi_completes_the_given_name():
    text = "قال الكاتب أحمد الهلالي إن الحادث مؤلم. وقال الهلالي في سياق حديثه إن الألم كبير."
    found = repeat_names(text, split_words(text), [Entity("أحمد", "PER", 11, 15)])
    assert [e.text for e in found][:1] == ["أحمد الهلالي"]


def test_tidy_persons_a_bare_title_after_a_long_name_is_left_out():
    words = ["الشيخ", "عبد", "العزيز", "آل", "الشيخ", "مفتي", "عام"]
    tags = ["O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O"]
    assert tidy_persons(tags, words) == ["O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "O"]
    # a two-word name keeps its second word, whatever it means, and so does a name after بن
    assert tidy_persons(["B-PER", "I-PER"], ["فهد", "أمير"]) == ["B-PER", "I-PER"]
    assert tidy_persons(["B-PER", "I-PER", "I-PER"], ["عبدالله", "بن", "مساعد"]) == [
        "B-PER",
        "I-PER",
        "I-PER",
    ]


def test_a_sources_verb_of_asking_not_to_be_named_is_no_name():
    # "وقال مسؤول محلي [PER فضل] عدم الكشف عن اسمه": "preferred", not the given name فضل
    words = ["وقال", "مسؤول", "محلي", "فضل", "عدم", "الكشف", "عن", "اسمه"]
    tags = ["O", "O", "O", "B-PER", "O", "O", "O", "O"]
    assert tidy_tags(tags, words, True) == ["O"] * len(words)
    # after a reporting verb the word is its subject's name: "وأكد فضل عدم …"
    words = ["وأكد", "فضل", "عدم", "وجود"]
    assert tidy_tags(["O", "B-PER", "O", "O"], words, True) == ["O", "B-PER", "O", "O"]


def test_a_ranks_kind_is_no_word_of_the_name():
    # "اللواء [PER طبيب راشد الدوسري]": a medical major general, named راشد الدوسري
    words = ["اللواء", "طبيب", "راشد", "الدوسري", "زار"]
    assert tidy_tags(["O", "B-PER", "I-PER", "I-PER", "O"], words, True) == ["O", "O", "B-PER", "I-PER", "O"]


def test_god_after_a_family_name_is_no_part_of_the_name():
    # "ودعا الدكتور [PER خالد المصلح] الله أن ينتقم": whom he asked is God, not his name's rest
    words = ["ودعا", "الدكتور", "خالد", "المصلح", "الله", "أن", "ينتقم"]
    tags = ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O"]
    assert tidy_tags(tags, words, True) == ["O", "O", "B-PER", "I-PER", "O", "O", "O"]
    # after an indefinite word it is the name's: نصر الله، عبد الله
    words = ["وقال", "حسن", "نصر", "الله", "إن"]
    assert tidy_tags(["O", "B-PER", "I-PER", "I-PER", "O"], words, True) == [
        "O",
        "B-PER",
        "I-PER",
        "I-PER",
        "O",
    ]


def test_journalists_told_end_an_entity():
    # the tagger's "[ORG الجيش لصحفيين] يرافقون الوزير": the army told journalists
    words = ["وقال", "الجيش", "لصحفيين", "يرافقون", "الوزير", "إن"]
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert tidy_tags(tags, words, True) == ["O", "B-ORG", "O", "O", "O", "O"]


def test_a_body_opening_with_an_abbreviated_honorific_is_the_person():
    # "وبين [ORG د. الصغير] أنهم …": the doctor's دال says a person; tidy_tags leaves it out
    words = ["وبين", "د", ".", "الراشد", "أنهم", "رفعوا", "قضية"]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert tidy_tags(tags, words, True) == ["O", "O", "O", "B-PER", "O", "O", "O"]
    # a date's م (الميلادي) stays a date
    words = ["عام", "2015", "م", "."]
    assert tidy_tags(["O", "B-DATE", "I-DATE", "O"], words, True) == ["O", "B-DATE", "I-DATE", "O"]
