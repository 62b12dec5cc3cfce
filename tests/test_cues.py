"""Tests for qawl.attribution.cues: match keys and the reporting-cue lexicon."""

from __future__ import annotations

import pytest

from qawl.attribution.cues import (
    CALLS,
    CUES,
    NO_SUBJECT_NEXT,
    NOT_REPORTING_BEFORE,
    PARTICLES,
    PREPOSITIONS,
    SVO_FILLERS,
    VERBS,
    Cue,
)
from qawl.data.text import match_key, match_keys


@pytest.mark.parametrize(
    "written, key",
    [
        ("وقــالَ", "وقال"),  # tatweel and a fatha
        ("أكّد", "اكد"),  # hamza on alef and a shadda
        ("إنَّ", "ان"),
        ("\u200fآخر\u200f", "اخر"),  # direction marks around madda alef
        ("روته", "روته"),
    ],
)
def test_match_key_drops_marks_that_vary_in_news_copy(written, key):
    assert match_key(written) == key


def test_match_keys_folds_spellings_of_one_word():
    assert match_keys("إن أنّ ان") == {"ان"}


@pytest.mark.parametrize(
    "word, kind, continues, plural",
    [
        ("قال", "past", False, False),
        ("فقالوا", "past", False, True),  # masculine plural with a ف prefix
        ("ودعوا", "past", False, True),  # دعا drops its alef before وا
        ("وأضافت", "past", True, False),
        ("وتحذر", "present", False, False),  # imperfect 3fs with a و prefix
        ("يؤكد", "present", False, False),
        ("مؤكداً", "participle", True, False),
        ("لافتا", "participle", True, False),
        ("مؤكدين", "participle", True, True),  # plural participle
    ],
)
def test_conjugated_and_prefixed_verbs_are_cues(word, kind, continues, plural):
    assert CUES[match_key(word)] == Cue(kind, continues, plural=plural)


def test_feminine_participle_is_a_weak_cue():
    # مؤكدة is an adverb only with tanwin or after a comma; the rules check which.
    assert CUES[match_key("مؤكدة")] == Cue("participle", True, weak=True)


@pytest.mark.parametrize("word", ["مدينة", "مدين", "الحلف", "روته", "إن", "قيل", "دان", "ودان", "فدان"])
def test_non_verbs_are_not_cues(word):
    assert match_key(word) not in CUES


@pytest.mark.parametrize("row", VERBS, ids=lambda row: row[0])
def test_every_verb_gives_its_past_forms_with_prefixes(row):
    past, past_f = row[0], row[1]
    # (bare جدد is left out on purpose: it is more often "new", plural; دان and ودان are a
    # name more often than "condemned", so only دانت and its prefixed forms are cues)
    for form in (past_f, "و" + past if past != "دان" else "و" + past_f, "ف" + past_f):
        assert match_key(form) in CUES, form


def test_word_sets_hold_their_keys():
    assert {"بانها", "انه"} <= PARTICLES
    assert {"بعد", "يجب", "قيل"} <= NOT_REPORTING_BEFORE
    assert PARTICLES | PREPOSITIONS | SVO_FILLERS <= NO_SUBJECT_NEXT
    assert not PARTICLES & NOT_REPORTING_BEFORE


@pytest.mark.parametrize(
    "word, kind, plural",
    [
        ("وأفادت", "past", False),
        ("وتوقع", "past", False),
        ("وأبلغته", "past", False),  # the addressee glued on
        ("وجددت", "past", False),
        ("كتبت", "past", False),
        ("واتهمت", "past", False),
        ("يعلنون", "present", True),  # imperfect 3mp, as in headlines
        ("يدعون", "present", True),
        ("وأعرب", "past", False),  # verbs of real newspaper copy
        ("ويناشدون", "present", True),
        ("منوها", "participle", False),
    ],
)
def test_added_verbs_are_cues(word, kind, plural):
    cue = CUES[match_key(word)]
    assert (cue.kind, cue.plural) == (kind, plural)


@pytest.mark.parametrize("word", ["جدد", "مبلغ", "مفيد", "متهم", "كاتبا", "يبلغ"])
def test_forms_that_are_mostly_other_words_are_not_cues(word):
    # جدد "new (plural)", مبلغ "amount", يبلغ "amounts to"…
    assert match_key(word) not in CUES


@pytest.mark.parametrize("word", ["رد", "وردّ", "ردت", "يرد"])
def test_reply_is_a_weak_verb_cue(word):
    # ردّ is also the noun "reply": a cue only before بأن or a colon (the rules check).
    assert CUES[match_key(word)] == Cue("past" if "ي" not in word else "present", False, weak=True)


@pytest.mark.parametrize(
    "word, is_call", [("ودعت", True), ("يدعو", True), ("داعيا", True), ("قال", False), ("طالب", False)]
)
def test_calls_are_the_forms_of_daa(word, is_call):
    assert (match_key(word) in CALLS) is is_call
