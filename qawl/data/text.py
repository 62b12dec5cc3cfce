"""Arabic text handling: word splitting with offsets and offset-safe normalization.

Every function here is pure. Splitting returns character offsets into the
caller's original string, and normalization works one word at a time and never
changes the number of words, so labels predicted on normalized words map back
to spans of the raw text (``text[start:end]`` is the entity as written, with its
diacritics and tatweel).

The same :func:`split_words` turns corpus markup into CoNLL tokens and raw
articles into pipeline words, so training and inference see identical words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Harakat, Quranic annotation marks and superscript alef: combining marks that
# belong to the letter before them (the set STACK_NOTES measured against).
DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
TATWEEL = "\u0640"
# Invisible direction and joiner marks: news copy is full of them, and they are
# never part of a word (LRM, RLM, ALM, ZWNJ, ZWJ, BOM, embedding controls).
INVISIBLE = "\u200b-\u200f\u061c\ufeff\u202a-\u202e\u2066-\u2069"

_DIACRITICS_RE = re.compile(f"[{DIACRITICS}]")
_TATWEEL_RE = re.compile(TATWEEL)
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")

# A word is a run of letters, digits and combining marks; a number may carry
# inner decimal or thousands separators (3.5, 1,200, ٣٫٥). Every other visible
# character is a word of its own, so punctuation glued to a word is split off
# while clitics (و، ب، ل، ال…) stay attached, as in ANERcorp.
_WORD_RE = re.compile(
    rf"(?:[^\W_]|[{DIACRITICS}])+(?:(?<=\d)[.,\u066b\u066c]\d+)*"
    rf"|[^\s{INVISIBLE}]"
)

_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class Word:
    """One word of a raw text and where it sits.

    Attributes:
        text: The word exactly as written (``text == raw[start:end]``).
        start: Offset of its first character in the raw text.
        end: Offset just past its last character (exclusive).
    """

    text: str
    start: int
    end: int


def split_words(text: str) -> list[Word]:
    """Split raw text into words, keeping offsets into ``text``.

    Punctuation is split off (``روسيا،`` gives ``روسيا`` and ``،``); clitics stay
    attached (``والناتو`` is one word); diacritics and tatweel stay inside their
    word; invisible direction marks are skipped.

    Args:
        text: Raw text, as the caller has it.

    Returns:
        The words in order; ``text[w.start:w.end] == w.text`` for each.

    Example:
        >>> [w.text for w in split_words("قال روته، اليوم: «لن نتردد».")]
        ['قال', 'روته', '،', 'اليوم', ':', '«', 'لن', 'نتردد', '»', '.']
    """
    return [Word(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def strip_diacritics(word: str) -> str:
    """Remove harakat and other combining Arabic marks.

    Example:
        >>> strip_diacritics("مُحَمَّد")
        'محمد'
    """
    return _DIACRITICS_RE.sub("", word)


def strip_tatweel(word: str) -> str:
    """Remove tatweel (kashida), the stretching character.

    Example:
        >>> strip_tatweel("الرئيـــس")
        'الرئيس'
    """
    return _TATWEEL_RE.sub("", word)


def map_digits(word: str) -> str:
    """Map Arabic-Indic and Persian digits to ASCII digits.

    Example:
        >>> map_digits("٢٠٢٤")
        '2024'
    """
    return word.translate(_ARABIC_INDIC)


@dataclass(frozen=True)
class Normalizer:
    """Word-level normalization, named in the config and saved with the model.

    Applied to each word separately, so it can never merge or split words. A word
    that normalizes to nothing (a lone diacritic, a tatweel) is kept as written,
    so it still gets a label.

    Attributes:
        strip_diacritics: Remove harakat and Quranic marks.
        strip_tatweel: Remove tatweel.
        map_digits: Arabic-Indic digits to ASCII, as AraBERT v02 cleaning does.
        nfkc: Unicode NFKC first (presentation forms → letters).

    Example:
        >>> Normalizer().normalize_words(["الرئيـس", "مُحَمَّد", "٢٠٢٤"])
        ['الرئيس', 'محمد', '2024']
    """

    strip_diacritics: bool = True
    strip_tatweel: bool = True
    map_digits: bool = True
    nfkc: bool = True

    def normalize_word(self, word: str) -> str:
        """Normalize one word; return it unchanged if nothing would be left."""
        out = unicodedata.normalize("NFKC", word) if self.nfkc else word
        out = _INVISIBLE_RE.sub("", out)
        if self.strip_diacritics:
            out = strip_diacritics(out)
        if self.strip_tatweel:
            out = strip_tatweel(out)
        if self.map_digits:
            out = map_digits(out)
        # NFKC can expand one presentation-form character into several words
        # ("ﷺ"); keep a word a word.
        out = "".join(out.split())
        return out or word

    def normalize_words(self, words: list[str]) -> list[str]:
        """Normalize each word; the output has exactly as many words as the input."""
        return [self.normalize_word(w) for w in words]

    def to_dict(self) -> dict[str, bool]:
        """The settings, for saving beside the model."""
        return {
            "strip_diacritics": self.strip_diacritics,
            "strip_tatweel": self.strip_tatweel,
            "map_digits": self.map_digits,
            "nfkc": self.nfkc,
        }


def extend_over_marks(text: str, end: int) -> int:
    """Move an exclusive end offset past combining marks and tatweel that follow.

    A word-final diacritic belongs to the word; spans cut before it would leave a
    dangling mark.

    Example:
        >>> extend_over_marks("روسيا\u064b قال", 5)
        6
    """
    while end < len(text) and (
        unicodedata.category(text[end]) == "Mn" or text[end] == TATWEEL
    ):
        end += 1
    return end
