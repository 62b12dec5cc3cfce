"""Property tests: the pipeline never raises on any text, and every span it returns is honest.

Hypothesis draws arbitrary Unicode strings and strings over an Arabic-heavy
alphabet (letters, diacritics, tatweel, Arabic-Indic digits, quotes and
punctuation, direction and joiner marks, controls, Latin, CJK, emoji, line and
paragraph separators). On each, the tiny trained bundle must return a document
whose entity spans satisfy ``text[start:end] == entity.text`` and lie inside
the text, whose statements, cues and speaker mentions lie inside the text, and
whose tagger returns exactly one label per word. Example counts are modest and
there is no deadline (2 shared cores); ``QAWL_PROPERTY_EXAMPLES=1000`` searches
harder, ``--hypothesis-seed`` repeats a run.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qawl.data.text import split_words

# Characters a hostile or merely messy Arabic news file contains.
ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B))
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0610\u06d6\u06ed"
PUNCTUATION = "،؛؟.!?:«»“”\"'()[]-–—…٪٫٬"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029"
OTHER = "0123456789٠١٢٣٤٥٦٧٨٩abcXYZéß漢字😀\ufdfa\ufefb\u0640"
ARABIC_ALPHABET = ARABIC_LETTERS + DIACRITICS + PUNCTUATION + INVISIBLE + CONTROLS + OTHER + " \n\t\r"
# Words the attribution rules react to, so drawn texts also produce statements.
CUE_WORDS = [
    "قال",
    "وقال",
    "أكد",
    "إن",
    "أن",
    "وأضاف",
    "ندد",
    "بوتين",
    "روته",
    "موسكو",
    ":",
    "«",
    "»",
    "“",
    "”",
    "\n",
]

arabic_text = st.lists(
    st.one_of(st.text(alphabet=ARABIC_ALPHABET, min_size=1, max_size=12), st.sampled_from(CUE_WORDS)),
    max_size=40,
).map(" ".join)
# Reported speech built from drawn pieces, so most examples yield statements with
# speakers, cues and stance scores to check (plain drawn text rarely does).
reported = st.builds(
    "{}{} {} {} {}: «{}». {} {}".format,
    st.sampled_from(["", "\n", "\u200f", "\ufeff"]),
    st.sampled_from(["قال", "وقال", "أكد", "ندد", "وأضاف", "حذر"]),
    st.sampled_from(["بوتين", "مارك روته", "الكرملين", "وزير الخارجية سيرغي لافروف"]),
    arabic_text,
    st.sampled_from(["إن", "أن", "ان"]),
    arabic_text,
    st.sampled_from(["", "وأضاف أن", "مؤكدا"]),
    arabic_text,
)
any_text = st.text(max_size=300)

PROPERTY_SETTINGS = settings(
    max_examples=int(os.environ.get("QAWL_PROPERTY_EXAMPLES", "50")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def nlp(tiny_bundle):
    import qawl

    return qawl.load(tiny_bundle)


def check_document(text: str, doc) -> None:
    assert doc.text == text
    n = len(text)
    for e in doc.entities:
        assert 0 <= e.start < e.end <= n
        assert text[e.start : e.end] == e.text
        assert 0.0 <= e.score <= 1.0 + 1e-6
    for s in doc.statements:
        assert 0 <= s.start <= s.end <= n
        assert text[s.start : s.end] == s.text
        if s.cue_start >= 0:
            assert 0 <= s.cue_start < s.cue_end <= n
        if s.speaker is not None:
            for m in s.speaker.mentions:
                assert 0 <= m.start < m.end <= n
        if s.stance is not None:
            assert s.stance in s.scores
            assert sum(s.scores.values()) == pytest.approx(1.0, abs=1e-3)


@PROPERTY_SETTINGS
@given(text=any_text)
def test_properties_any_unicode_never_raises_and_spans_are_honest(nlp, text):
    check_document(text, nlp(text))


@PROPERTY_SETTINGS
@given(text=st.one_of(arabic_text, reported))
def test_properties_arabic_text_never_raises_and_spans_are_honest(nlp, text):
    check_document(text, nlp(text))


@PROPERTY_SETTINGS
@given(text=st.one_of(arabic_text, any_text))
def test_properties_tagger_gives_one_label_per_word(nlp, text):
    words = [w.text for w in split_words(text)]
    (labels,) = nlp.ner.predict([words])
    assert len(labels) == len(words)
    assert all(lab in nlp.ner.label2id for lab, _ in labels)
