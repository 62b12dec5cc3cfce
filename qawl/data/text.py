"""Arabic text: the one module that knows its marks, its spellings and its words.

Every other module asks here; none compiles its own character class. What lives here:

- the character classes: :data:`DIACRITICS` (harakat and Quranic marks),
  :data:`TATWEEL`, :data:`INVISIBLE` (direction marks, zero-width joiners, BOM,
  bidi embeddings) and the alef forms;
- pure ``str -> str`` helpers named for what they do (CAMeL Tools style):
  :func:`strip_diacritics`, :func:`strip_tatweel`, :func:`strip_invisible`,
  :func:`strip_marks` (all three), :func:`map_digits`, :func:`fold_alef`, and
  :func:`match_key`, the key words are compared on (rules, lexicons, speaker names),
  and :func:`spelling_key`, the same with every orthographic folding;
- :func:`is_function_word`: particles and pronouns, which are never a name alone;
- :func:`split_words`, which keeps character offsets into the caller's string;
- :class:`Normalizer`, the per-word normalization a model is trained and run with.

Splitting returns offsets into the original string and normalization works one word
at a time, never changing the number of words, so labels predicted on normalized
words map back to spans of the raw text (``text[start:end]`` is the entity as
written, with its diacritics and tatweel). The same :func:`split_words` turns corpus
markup into CoNLL tokens and raw articles into pipeline words, so training and
inference see identical words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

# Harakat, Quranic annotation marks and superscript alef: combining marks that
# belong to the letter before them (the set STACK_NOTES measured against).
DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
TATWEEL = "\u0640"
# Invisible direction and joiner marks: news copy is full of them, and they are
# never part of a word (LRM, RLM, ALM, ZWNJ, ZWJ, BOM, embedding controls).
INVISIBLE = "\u200b-\u200f\u061c\ufeff\u202a-\u202e\u2066-\u2069"
# Alef carrying hamza or madda, and alef wasla: news copy writes them freely as bare alef.
ALEF_FORMS = "\u0623\u0625\u0622\u0671"

_DIACRITICS_RE = re.compile(f"[{DIACRITICS}]")
_TATWEEL_RE = re.compile(TATWEEL)
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_MARKS_RE = re.compile(f"[{DIACRITICS}{TATWEEL}{INVISIBLE}]")
_ALEF_RE = re.compile(f"[{ALEF_FORMS}]")

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


def word_span(words: Sequence[Word], starts: Sequence[int], start: int, end: int) -> tuple[int, int] | None:
    """The words a character span covers exactly: the one alignment of offsets to words.

    Args:
        words: Words in text order (:func:`split_words`, or a prepared document's).
        starts: Their start offsets (``[w.start for w in words]``, computed once by the caller).
        start: The span's first character.
        end: One past its last character.

    Returns:
        ``(first, stop)`` word indices when the span starts at a word's start and ends at a
        word's end; None when it starts or ends inside a word or covers no word.

    Example:
        >>> words = split_words("زار لكوريا الشمالية.")
        >>> starts = [w.start for w in words]
        >>> word_span(words, starts, 4, 19), word_span(words, starts, 5, 19)
        ((1, 3), None)
    """
    first = bisect_left(starts, start)
    stop = first
    while stop < len(words) and words[stop].end <= end:
        stop += 1
    if first < stop and words[first].start == start and words[stop - 1].end == end:
        return first, stop
    return None


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


def strip_invisible(text: str) -> str:
    """Remove invisible direction and joiner marks (LRM, RLM, ZWJ, BOM, embeddings).

    Example:
        >>> strip_invisible("\u200fقال\u200e")
        'قال'
    """
    return _INVISIBLE_RE.sub("", text)


def is_invisible(char: str) -> bool:
    """Whether one character is an invisible direction or joiner mark.

    Example:
        >>> is_invisible("\u200f"), is_invisible("ا")
        (True, False)
    """
    return _INVISIBLE_RE.match(char) is not None


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` past whitespace and invisible marks on both sides.

    Direction marks (RLM, ZWJ…) sit at paragraph and token edges in news copy and
    in files edited around right-to-left text; they are trimmed like whitespace.

    Example:
        >>> trim_span(" \\u200fقال \\n", 0, 6)
        (2, 5)
    """
    while start < end and (text[start].isspace() or is_invisible(text[start])):
        start += 1
    while end > start and (text[end - 1].isspace() or is_invisible(text[end - 1])):
        end -= 1
    return start, end


def strip_marks(text: str) -> str:
    """Remove diacritics, tatweel and invisible marks: the letters as a reader sees them.

    Example:
        >>> strip_marks("\u200fوقــالَ")
        'وقال'
    """
    return _MARKS_RE.sub("", text)


def fold_alef(text: str) -> str:
    """Write every hamza- or madda-carrying alef (and alef wasla) as bare alef ``ا``.

    Example:
        >>> fold_alef("أإآٱ")
        'اااا'
    """
    return _ALEF_RE.sub("ا", text)


def fold_ya(text: str) -> str:
    """Write alef maqsura ``ى`` as ya ``ي`` (papers print على and علي, مصطفى and مصطفي).

    Example:
        >>> fold_ya("على مصطفى")
        'علي مصطفي'
    """
    return text.replace("\u0649", "\u064a")


def fold_ta_marbuta(text: str) -> str:
    """Write ta marbuta ``ة`` as ha ``ه`` (papers print مدينة and مدينه).

    Example:
        >>> fold_ta_marbuta("وزارة الصحة")
        'وزاره الصحه'
    """
    return text.replace("\u0629", "\u0647")


# Particles some papers print with a final ى (Egyptian spelling): never anything else.
_FINAL_YA_PARTICLES = {"فى": "في", "التى": "التي", "الذى": "الذي"}


# Arabic presentation forms (the shapes a letter takes in a word, ﻗﺎﻝ), which some scraped
# articles carry instead of letters (157 of 25,064 lines of more.txt): each to its letter(s)
# by NFKC, so that a key never depends on how the page encoded the shapes.
_PRESENTATION_FORMS = {
    cp: unicodedata.normalize("NFKC", chr(cp))
    for cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00))
    if unicodedata.normalize("NFKC", chr(cp)) != chr(cp)
}


def match_key(word: str) -> str:
    """The key a word is compared on: letters for presentation forms, no marks
    (:func:`strip_marks`), alef folded, and the particles ``فى``، ``التى``، ``الذى`` read as
    ``في``، ``التي``، ``الذي`` (a final ى is kept elsewhere: على is not the name علي).

    Lexicons, attribution rules and speaker names compare words by this key, so
    ``وقــالَ`` matches ``وقال``, ``أكّد`` matches ``اكد`` and ``ﻗﺎﻝ`` matches ``قال``.

    Example:
        >>> match_key("وقــالَ"), match_key("أكّد"), match_key("فى"), match_key("ﻗﺎﻝ")
        ('وقال', 'اكد', 'في', 'قال')
    """
    return _match_key(word)


# Every rule asks for the keys of the same words again and again (half a million calls
# on 60 articles, a third of the pipeline's time outside the models on a GPU): a
# bounded cache, so a corpus run's memory stays flat.
@lru_cache(maxsize=1 << 17)
def _match_key(word: str) -> str:
    key = fold_alef(strip_marks(word.translate(_PRESENTATION_FORMS)))
    return _FINAL_YA_PARTICLES.get(key, key)


def has_tanwin(word: str) -> bool:
    """Whether a word is written with fathatan, the mark of an adverb or an accusative
    (``مؤكدةً``، ``ووقوفًا``), never of a name.

    Example:
        >>> has_tanwin("ووقوفًا"), has_tanwin("وقوف")
        (True, False)
    """
    return "\u064b" in word


def match_keys(words: str) -> set[str]:
    """The :func:`match_key` of each space-separated word.

    Example:
        >>> sorted(match_keys("إن أنّ"))
        ['ان']
    """
    return {match_key(w) for w in words.split()}


def after_li(key: str) -> str:
    """The definite word behind ل, whose article lost its alef: a :func:`match_key` key
    starting with لل reads as ال + the rest; any other key is returned as it is.

    Example:
        >>> after_li("للخزرجي"), after_li("لرويترز"), after_li("الوزير")
        ('الخزرجي', 'لرويترز', 'الوزير')
    """
    return "ا" + key[1:] if key.startswith("لل") else key


def spelling_key(word: str) -> str:
    """:func:`match_key` with every orthographic folding: how papers may print a word.

    ``إلى`` / ``الى`` / ``الي`` and ``مدينة`` / ``مدينه`` share one key.

    Example:
        >>> spelling_key("إلى") == spelling_key("الي"), spelling_key("المدينة")
        (True, 'المدينه')
    """
    return fold_ta_marbuta(fold_ya(match_key(word)))


# Particles, prepositions, pronouns, demonstratives, auxiliaries and the commonest
# speech verbs: words that are never a name on their own, in any spelling. A tagger
# that never saw a word in printed spelling tags some of them (فإن as ORG, هذا as
# DATE, وكان as GPE on random SaudiNewsNet articles). Words that are also names are
# left out on purpose: على folds to علي (Ali), هو and لي are Chinese surnames, and لأن
# would make بلان (Blanc) a particle after its clitic.
FUNCTION_WORDS = (
    "إن أن إنه إنها إنهم أنه أنها أنهم لكن كما كأن كان كانت كانوا يكون تكون "
    "تم تمت يتم قد لقد لم لن لا ما ماذا هل في من إلى عن مع بين حتى منذ خلال عند "
    "عبر حول ضد نحو لدى دون بعد قبل أمام فوق تحت إثر وفق وفقا حيث إذ إذا لو أو أم "
    "ثم بل هذا هذه ذلك تلك هؤلاء هي هم هن نحن أنا أنت الذي التي الذين اللذين "
    "اللتين اللاتي كل كلا بعض غير جميع أي أيها أيضا كذلك عليه عليها فيه فيها منه "
    "منها له لها لهم إليه إليها به بها بهم مثل سوى أما إما قال وقال أكد أضاف أوضح "
    "أشار معاليه سموه سماحته فضيلته جانبه جانبها يا هذي أولا ثانيا ثالثا رابعا أخيرا "
    "لكنه لكنها لكنهم لكنهما البعض للبعض "  # "[GPE لكنهم] يفعلون"، "وتهديد [ORG للبعض] الآخر"
    "فيما بينما حين حينما عندما بعدما كلما طالما"  # "فيما أكد إمام المسجد": while, never a name
)
# Prepositions with a pronoun written on: "صرح قبلها"، "بعده"، "لديهم" (the tagger took
# قبلها for a speaker on a real article).
_PRONOUN_PREPOSITIONS = "قبل بعد عن خلال عند مع عبر ضد حول دون أمام بين تجاه"
_PRONOUN_SUFFIXES = "ه ها هم هما هن نا"
_FUNCTION_KEYS = frozenset(spelling_key(w) for w in FUNCTION_WORDS.split())
# Only و/ف go before these: a preposition never takes another (بلدية "municipality" is
# not ب + لديه once ة is folded).
_PREPOSITION_PRONOUN_KEYS = frozenset(
    [spelling_key(p + s) for p in _PRONOUN_PREPOSITIONS.split() for s in _PRONOUN_SUFFIXES.split()]
    + [spelling_key("لدي" + s) for s in _PRONOUN_SUFFIXES.split()]
)
CLITICS = "وفبلك"
"""One-letter prefixes written onto a word: and, so, with, for, like (وبواشنطن، فإن، لكاسياس)."""


def clitic_variants(word: str) -> list[tuple[str, int, str]]:
    """Readings of a key without its clitic prefix of one or two letters.

    Args:
        word: A :func:`~qawl.data.text.match_key` key.

    Returns:
        ``(rest, letters cut, letters to put back)`` for each reading, a
        one-letter cut first; empty when the word starts with no clitic or would be left
        with one letter. ``ل`` + ``ال`` loses its alef (للناتو), so that reading
        puts ``ال`` back.

    Example:
        >>> clitic_variants("وروته")
        [('روته', 1, '')]
        >>> clitic_variants("للناتو")
        [('لناتو', 1, ''), ('الناتو', 2, 'ال'), ('ناتو', 2, '')]
    """
    out = []
    for cut in (1, 2):
        if len(word) > cut + 1 and all(c in CLITICS for c in word[:cut]):
            out.append((word[cut:], cut, ""))
            if word[cut - 1 : cut + 1] == "لل":  # ل + ال loses its alef: للناتو
                out.append(("ال" + word[cut + 1 :], cut + 1, "ال"))
    return out


def is_function_word(word: str) -> bool:
    """Whether a word is a particle, pronoun or similar (:data:`FUNCTION_WORDS`) in
    any spelling, alone or after one clitic (و ف ب ل ك).

    Example:
        >>> [is_function_word(w) for w in ["فإن", "الى", "هذه", "بوتين", "علي", "ولديه", "بلدية", "ولكنهم"]]
        [True, True, True, False, False, True, False, True]
    """
    key = spelling_key(word)
    if key in _FUNCTION_KEYS or key in _PREPOSITION_PRONOUN_KEYS:
        return True
    rest = key[1:]
    return len(key) > 2 and (
        (key[0] in CLITICS and rest in _FUNCTION_KEYS)
        or (key[0] in "وف" and rest in _PREPOSITION_PRONOUN_KEYS)
    )


def map_digits(word: str) -> str:
    """Map Arabic-Indic and Persian digits to ASCII digits.

    Example:
        >>> map_digits("٢٠٢٤")
        '2024'
    """
    return word.translate(_ARABIC_INDIC)


class Normalizer(BaseModel):
    """Word-level normalization, named in the config and saved with the model.

    Applied to each word separately, so it can never merge or split words. A word
    that normalizes to nothing (a lone diacritic, a tatweel) is kept as written,
    so it still gets a label. The same class is the ``model.normalizer`` section
    of a config (its fields are the keys) and the ``normalizer`` a model directory
    saves in ``config.json``, so training and inference run the same code.

    Attributes:
        strip_diacritics: Remove harakat and Quranic marks.
        strip_tatweel: Remove tatweel.
        map_digits: Arabic-Indic digits to ASCII, as AraBERT v02 cleaning does.
        nfkc: Unicode NFKC first (presentation forms → letters).
        fold_alef: Orthographic folding: أ إ آ ٱ → ا (papers often drop the hamza).
        fold_ya: Orthographic folding: ى → ي.
        fold_ta_marbuta: Orthographic folding: ة → ه.

    Example:
        >>> Normalizer().normalize_words(["الرئيـس", "مُحَمَّد", "٢٠٢٤"])
        ['الرئيس', 'محمد', '2024']
        >>> Normalizer(fold_alef=True, fold_ya=True, fold_ta_marbuta=True).normalize_word("إلى")
        'الي'
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    strip_diacritics: bool = True
    strip_tatweel: bool = True
    map_digits: bool = True
    nfkc: bool = True
    fold_alef: bool = False
    fold_ya: bool = False
    fold_ta_marbuta: bool = False

    def normalize_word(self, word: str) -> str:
        """Normalize one word; return it unchanged if nothing would be left."""
        # The settings as a tuple are the cache key: hashing the model itself on every
        # word costs more than the normalizing.
        flags = (
            self.nfkc,
            self.strip_diacritics,
            self.strip_tatweel,
            self.map_digits,
            self.fold_alef,
            self.fold_ya,
            self.fold_ta_marbuta,
        )
        return _normalize_word(flags, word)

    def normalize_words(self, words: list[str]) -> list[str]:
        """Normalize each word; the output has exactly as many words as the input."""
        return [self.normalize_word(w) for w in words]

    def normalize_text(self, text: str) -> str:
        """Normalize each whitespace-separated word of a text and join them with spaces.

        Example:
            >>> Normalizer(fold_alef=True).normalize_text("قال  أحمدُ")
            'قال احمد'
        """
        return " ".join(self.normalize_words(text.split()))


def extend_over_marks(text: str, end: int) -> int:
    """Move an exclusive end offset past combining marks and tatweel that follow.

    A word-final diacritic belongs to the word; spans cut before it would leave a
    dangling mark.

    Example:
        >>> extend_over_marks("روسيا\u064b قال", 5)
        6
    """
    while end < len(text) and (unicodedata.category(text[end]) == "Mn" or text[end] == TATWEEL):
        end += 1
    return end


@lru_cache(maxsize=1 << 17)
def _normalize_word(flags: tuple[bool, ...], word: str) -> str:
    """:meth:`Normalizer.normalize_word`, cached: a corpus repeats its words."""
    nfkc, diacritics, tatweel, digits, alef, ya, ta_marbuta = flags
    out = unicodedata.normalize("NFKC", word) if nfkc else word
    out = strip_invisible(out)
    if diacritics:
        out = strip_diacritics(out)
    if tatweel:
        out = strip_tatweel(out)
    if digits:
        out = map_digits(out)
    if alef:
        out = fold_alef(out)
    if ya:
        out = fold_ya(out)
    if ta_marbuta:
        out = fold_ta_marbuta(out)
    # NFKC can expand one presentation-form character into several words
    # ("ﷺ"); keep a word a word.
    out = "".join(out.split())
    return out or word
