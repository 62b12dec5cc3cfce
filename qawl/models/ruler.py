"""A gazetteer entity ruler: known names matched word by word, merged with the tagger's spans.

Like spaCy's EntityRuler: users pass known names as patterns (a text, its label,
its aliases), and the ruler finds them in a sentence's words. Matching is per
word, on keys that fold spelling (diacritics, tatweel, hamza on alef, ى/ي, ة/ه) so
``ايران`` matches ``إيران``, and it strips clitic prefixes (و ف ب ل ك, and ل before
ال: ``والرياض``، ``بالرياض``، ``للأمم المتحدة``) after trying the whole word first
(``وجدة`` is a city of its own). The longest match wins at each position.

:func:`merge_tags` combines the ruler with the tagger (the documented rule):

1. a tagger entity the ruler does not touch stays as it is;
2. a gazetteer name that overlaps no tagger entity is added, unless its form is
   marked ``ambiguous`` (a common word: ``الخبر`` "the news", ``عون`` "help");
3. where they overlap, the longer span wins; on equal spans the tagger's label
   stays (it reads the context: ``الرياض`` the newspaper is ORG), except that an
   unambiguous place beats the tagger's PER (``ببروكسل`` is Brussels: a person whose
   whole name is a listed place is the rare case); ambiguous forms may correct a
   tagger span but never create one.

Two context rules come before the merge: an institution's head (نادي، منتخب، جامعة،
أمانة، إمارة، شرطة، مستشفى) followed by a known place or organization makes the phrase
one ORG (``جامعة نجران``، ``نادي الوحدة``, the ambiguous club name included; never a
person: ``رئيس منتخب دونالد ترامب`` is "president-elect"), and a one-word
place name in the nisba form (``السعودية``) right after a definite noun is read as an
adjective (``الكرة السعودية`` "Saudi football"), so it counts as ambiguous there.

The offline default ships a gazetteer of public facts (``qawl/resources/gazetteer``).

Example:
    >>> ruler = EntityRuler([Pattern("GPE", "إيران"), Pattern("ORG", "الأمم المتحدة")])
    >>> ruler.match("وقالت ايران للأمم المتحدة إن".split())
    [(1, 2, 'GPE', False), (2, 4, 'ORG', False)]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from qawl.data.text import CLITICS, Normalizer, is_function_word

DEFAULT_GAZETTEER = Path(__file__).resolve().parents[1] / "resources" / "gazetteer"
_FOLD = Normalizer(fold_alef=True, fold_ya=True, fold_ta_marbuta=True)
# Heads of institutions named by a place or a name: the phrase is one ORG (guidelines:
# an organization keeps its own head words): جامعة نجران، نادي الوحدة، منتخب الأرجنتين.
ORG_HEADS = frozenset(
    _FOLD.normalize_word(w) for w in ("نادي", "النادي", "منتخب", "جامعة", "أمانة", "إمارة", "شرطة", "مستشفى")
)
# Heads that name an institution only before منطقة/محافظة: إمارة منطقة الرياض is an
# office (ORG), إمارة دبي a place (GPE).
ORG_HEADS_BEFORE_PLACE_HEAD = frozenset(_FOLD.normalize_word(w) for w in ("إمارة",))
# Words allowed between such a head and its place: أمانة منطقة حائل.
PLACE_HEADS = frozenset(_FOLD.normalize_word(w) for w in ("منطقة", "محافظة"))


@dataclass(frozen=True)
class Pattern:
    """One known name.

    Attributes:
        label: Its entity type (PER, ORG, GPE, LOC, or any label of the tagger).
        text: The name as news writes it.
        aliases: Other written forms (full and short names, transliterations).
        ambiguous: Forms that are also common words: they correct the tagger's
            spans but never add entities of their own.
        id: A stable identifier (``gpe:saudi-arabia``).
    """

    label: str
    text: str
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    id: str = ""

    def forms(self) -> list[str]:
        return [self.text, *self.aliases]


def word_key(word: str) -> str:
    """The key a word is matched on: normalized and orthographically folded.

    Example:
        >>> word_key("إيرانَ") == word_key("ايران")
        True
    """
    return _FOLD.normalize_word(word)


def _reads_as(key: str, words: frozenset[str]) -> bool:
    """Whether a word key, or a reading of it without its clitics, is one of ``words``."""
    return any(r in words for r in clitic_readings(key))


def clitic_readings(key: str) -> list[str]:
    """A word key without each clitic prefix it may carry, the bare reading first.

    Example:
        >>> clitic_readings("وبالرياض")
        ['وبالرياض', 'بالرياض', 'الرياض']
        >>> clitic_readings("للامم")
        ['للامم', 'لامم', 'الامم', 'امم']
    """
    return list(_clitic_readings(key))


@lru_cache(maxsize=1 << 16)  # asked of every word of every sentence, again by each rule
def _clitic_readings(key: str) -> tuple[str, ...]:
    out = [key]
    for cut in (1, 2):
        if len(key) > cut + 1 and all(c in CLITICS for c in key[:cut]):
            out.append(key[cut:])
            if key[cut - 1 : cut + 1] == "لل":  # ل + ال loses its alef: للامم
                out.append("ال" + key[cut + 1 :])
    return tuple(dict.fromkeys(out))


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    label: str | None = None
    ambiguous: bool = False


class EntityRuler:
    """Find known names in sentences of words.

    Args:
        patterns: The names (:class:`Pattern`).

    Raises:
        ValueError: A pattern with an empty text or label.
    """

    def __init__(self, patterns: Iterable[Pattern]):
        self.root = _Node()
        self.size = 0
        # The entry each written form names, so that الناتو and حلف شمال الأطلسي are known
        # as one; a form two entries share names neither ("").
        self._entry: dict[tuple[str, ...], str] = {}
        # The type of each ambiguous form's entry (كان the city is GPE): the form names the
        # entry only in an entity of that type, not in the tagger's [PER كان] ("was").
        self._ambiguous: dict[tuple[str, ...], str] = {}
        # The types of the entries each form names: a form two places share (واشنطن the
        # capital and the state) links to neither entry but is still a known place.
        self._labels: dict[tuple[str, ...], set[str]] = {}
        self._places: set[str] = set()  # one-word GPE forms, for is_demonym
        for pattern in patterns:
            if not pattern.text.strip() or not pattern.label.strip():
                raise ValueError(f"pattern {pattern!r} needs a text and a label")
            entry = pattern.id or f"{pattern.label}:{' '.join(word_key_phrase(pattern.text))}"
            ambiguous = {word_key_phrase(f) for f in pattern.ambiguous}
            for form in pattern.forms():
                keys = word_key_phrase(form)
                if keys:
                    self._add(keys, pattern.label, keys in ambiguous)
                    self._entry[keys] = entry if self._entry.get(keys, entry) == entry else ""
                    self._labels.setdefault(keys, set()).add(pattern.label)
                    if keys in ambiguous:
                        self._ambiguous[keys] = pattern.label
                    if pattern.label == "GPE" and len(keys) == 1:
                        self._places.add(keys[0])

    def _add(self, keys: tuple[str, ...], label: str, ambiguous: bool) -> None:
        node = self.root
        for key in keys:
            node = node.children.setdefault(key, _Node())
        if node.label is None or (node.ambiguous and not ambiguous):
            node.label, node.ambiguous = label, ambiguous
            self.size += 1

    @classmethod
    def from_jsonl(cls, paths: Iterable[str | Path]) -> EntityRuler:
        """Read patterns from JSONL files (or every ``*.jsonl`` of a folder).

        Each line is ``{"label", "text", "aliases"?, "ambiguous"?, "id"?}`` or, as
        spaCy writes them, ``{"label", "pattern": "text"}``.

        Raises:
            ValueError: A line that is not such an object (names the file and line).
        """
        patterns = []
        for path in jsonl_files(paths):
            for n, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
                if not raw.strip():
                    continue
                try:
                    rec = json.loads(raw)
                    text = rec.get("text", rec.get("pattern"))
                    if (
                        not isinstance(rec, dict)
                        or not isinstance(text, str)
                        or not isinstance(rec.get("label"), str)
                    ):
                        raise ValueError("needs string fields 'label' and 'text' (or 'pattern')")
                    patterns.append(
                        Pattern(
                            rec["label"],
                            text,
                            tuple(rec.get("aliases", ())),
                            tuple(rec.get("ambiguous", ())),
                            str(rec.get("id", "")),
                        )
                    )
                except (json.JSONDecodeError, ValueError, AttributeError) as err:
                    raise ValueError(
                        f"{path}:{n}: not a gazetteer pattern ({err}); each line is "
                        '{"label": "GPE", "text": "الرياض", "aliases": [...]}'
                    ) from None
        return cls(patterns)

    @classmethod
    def default(cls) -> EntityRuler:
        """The gazetteer of public facts the offline default ships."""
        return cls.from_jsonl([DEFAULT_GAZETTEER])

    def match(self, words: Sequence[str]) -> list[tuple[int, int, str, bool]]:
        """Known names among ``words``: ``(first, stop, label, ambiguous)``, left to right,
        the longest match at each position, never overlapping.

        Two context rules read the word before a name (see the module docstring):
        an institution's head makes the whole phrase ORG (``جامعة نجران``), and a
        nisba place name after a definite noun is an adjective (``الكرة السعودية``),
        so it only corrects the tagger.

        Example:
            >>> ruler = EntityRuler([Pattern("GPE", "نجران"), Pattern("GPE", "السعودية")])
            >>> ruler.match("وقالت جامعة نجران إن الكرة السعودية في السعودية".split())
            [(1, 3, 'ORG', False), (5, 6, 'GPE', True), (7, 8, 'GPE', False)]
        """
        keys = [word_key(w) for w in words]
        found: list[tuple[int, int, str, bool]] = []
        i = 0
        while i < len(keys):
            hit = self._longest(keys, i)
            if hit is None and i + 1 < len(keys) and _reads_as(keys[i], ORG_HEADS):
                name = i + 2 if keys[i + 1] in PLACE_HEADS and i + 2 < len(keys) else i + 1
                if name == i + 1 and _reads_as(keys[i], ORG_HEADS_BEFORE_PLACE_HEAD):
                    name = len(keys)  # إمارة دبي: the place itself
                inner = self._longest(keys, name) if name < len(keys) else None
                if inner is not None and inner[1] != "PER":  # جامعة نجران، نادي الوحدة: one ORG
                    hit = (inner[0], "ORG", False, "")
            if hit is None:
                i += 1
                continue
            stop, label, ambiguous, reading = hit
            if (
                label == "GPE"
                and stop == i + 1
                and reading.startswith("ال")
                and reading.endswith("يه")
                and i > 0
                and not (found and found[-1][1] == i)
                and any(r.startswith("ال") and len(r) > 3 for r in clitic_readings(keys[i - 1]))
            ):
                ambiguous = True  # a nisba after a definite noun is an adjective: الكرة السعودية
            found.append((i, stop, label, ambiguous))
            i = stop
        return found

    def _longest(self, keys: Sequence[str], i: int) -> tuple[int, str, bool, str] | None:
        """The longest name starting at word ``i``: ``(stop, label, ambiguous, reading of word i)``."""
        best: tuple[int, str, bool, str] | None = None
        for reading in clitic_readings(keys[i]):
            node = self.root.children.get(reading)
            j = i + 1
            while node is not None:
                if node.label is not None and (best is None or j > best[0]):
                    best = (j, node.label, node.ambiguous, reading)
                if j >= len(keys):
                    break
                node = node.children.get(keys[j])
                j += 1
            if best is not None:
                return best  # the whole word (or the lighter cut) matched: no further cuts
        return None

    def entry_id(self, text: str, label: str | None = None) -> str | None:
        """The gazetteer entry a whole entity text names, clitic prefix allowed.

        Args:
            text: An entity as written (``وللناتو``).
            label: The entity's type. A form the gazetteer marks ambiguous (``كان``,
                Cannes and "was") names its entry only in an entity of the entry's
                type, and never when it is written as a particle or auxiliary verb
                (:func:`~qawl.data.text.is_function_word`): a tagger's ``[PER كان]`` or
                ``[GPE وكان]`` is the verb, not the city.

        Returns:
            The entry's ``id`` (``org:nato``; for a pattern without one, its label
            and folded text), or None when the text is no entry's form, the form
            of several, or an ambiguous form under another type.

        Example:
            >>> ruler = EntityRuler([Pattern("ORG", "حلف شمال الأطلسي", ("الناتو",), id="org:nato")])
            >>> ruler.entry_id("وللناتو"), ruler.entry_id("حلف شمال الاطلسي"), ruler.entry_id("الحلف")
            ('org:nato', 'org:nato', None)
        """
        form = self._form(text, label)
        return (self._entry[form] or None) if form is not None else None

    def knows(self, text: str, label: str) -> bool:
        """Whether a whole entity text is a form of some entry of type ``label``, clitic
        prefix allowed, under the same conditions as :meth:`entry_id`; unlike it, a form
        several entries share counts (``واشنطن``: the capital and the state).

        Example:
            >>> both = [Pattern("GPE", "واشنطن", id="gpe:dc"), Pattern("GPE", "واشنطن", id="gpe:wa")]
            >>> ruler = EntityRuler(both)
            >>> ruler.entry_id("وواشنطن", "GPE"), ruler.knows("وواشنطن", "GPE"), ruler.knows("واشنطن", "PER")
            (None, True, False)
        """
        form = self._form(text, label)
        return form is not None and label in self._labels[form]

    def _form(self, text: str, label: str | None) -> tuple[str, ...] | None:
        """The gazetteer form a whole entity text is written as (its clitic read off),
        or None: no form, or an ambiguous form under another type or written as a
        function word."""
        keys = word_key_phrase(text)
        if not keys:
            return None
        for reading in clitic_readings(keys[0]):
            form = (reading, *keys[1:])
            if form in self._entry:
                # Written as a verb or particle, bare or after و/ف (كان، وكان; not بكان "in Cannes").
                as_written = keys[0] in (reading, "و" + reading, "ف" + reading)
                verb_like = as_written and all(map(is_function_word, text.split()))
                if form in self._ambiguous and (
                    (label is not None and self._ambiguous[form] != label) or verb_like
                ):
                    return None  # [PER كان], and [GPE وكان]: "was", not Cannes
                return form
        return None

    def is_demonym(self, text: str) -> bool:
        """Whether one word is the plural of a known place's relative adjective:
        people of a country, not a name (``أردنيون``، ``والسعوديين``، ``إسرائيليات``).

        The tagger reads ``محللون أردنيون`` ("Jordanian analysts") as a person or a
        place; the guidelines make nationality adjectives no entities. The stem is
        checked against the places of the gazetteer (``الأردن``، ``السعودية``،
        ``أمريكا``، ``سوريا``), so a movement named in the plural (``الحوثيون``) stays.

        Example:
            >>> ruler = EntityRuler([Pattern("GPE", "الأردن"), Pattern("GPE", "سوريا")])
            >>> [ruler.is_demonym(w) for w in ("أردنيون", "السوريين", "الحوثيون", "الأردن")]
            [True, True, False, False]
        """
        if " " in text.strip():
            return False
        for reading in clitic_readings(word_key(text)):
            if reading.startswith("ال"):
                reading = reading[2:]
            stem = next((reading[:-3] for end in _DEMONYM_ENDS if reading.endswith(end)), "")
            if len(stem) < 2:
                continue
            places = (stem, "ال" + stem, stem + "ا", stem + "يا", stem + "يه", "ال" + stem + "يه")
            if any(place in self._places for place in places):
                return True
        return False


# Sound plurals of a relative adjective: أردنيون، أردنيين، أردنيات.
_DEMONYM_ENDS = ("يون", "يين", "يات")


def word_key_phrase(text: str) -> tuple[str, ...]:
    """The word keys of a pattern's form (split on spaces)."""
    return tuple(word_key(w) for w in text.split())


def jsonl_files(paths: Iterable[str | Path]) -> list[Path]:
    """The JSONL files named, a folder standing for its ``*.jsonl`` files (sorted).

    Raises:
        FileNotFoundError: A path that is neither.
    """
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out += sorted(path.glob("*.jsonl"))
        elif path.is_file():
            out.append(path)
        else:
            raise FileNotFoundError(f"gazetteer {path} is neither a JSONL file nor a folder of them")
    return out


def _spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    spans, start, typ = [], None, ""
    for k, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == typ):
            spans.append((start, k, typ))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, typ = k, tag[2:]
    return spans


def merge_tags(
    tags: Sequence[str], matches: Sequence[tuple[int, int, str, bool]], labels: set[str] | None = None
) -> list[str]:
    """Combine the tagger's IOB2 tags with the ruler's matches (the rule in the module docstring).

    Args:
        tags: The tagger's labels for the sentence's words.
        matches: :meth:`EntityRuler.match` on the same words.
        labels: The entity types the tagger knows; a match of another type is
            mapped (GPE → LOC, PER → PERS) or dropped.

    Returns:
        The merged IOB2 tags, as many as ``tags``.

    Example:
        >>> merge_tags(["O", "B-PER", "O", "O"], [(1, 3, "PER", False), (3, 4, "GPE", False)])
        ['O', 'B-PER', 'I-PER', 'B-GPE']
    """
    out = list(tags)
    model_spans = _spans(tags)
    for first, stop, match_label, ambiguous in matches:
        label = _map_label(match_label, labels)
        if label is None:
            continue
        overlapping = [s for s in model_spans if s[0] < stop and first < s[1]]
        if not overlapping and ambiguous:
            continue  # a common word: only corrects the tagger, never adds
        tagger_covers = bool(overlapping) and max(s[1] - s[0] for s in overlapping) >= stop - first
        if tagger_covers and not _place_over_person(overlapping, first, stop, label, ambiguous):
            continue  # the tagger's span is as long or longer: keep it and its label
        for s_first, s_stop, _ in overlapping:
            for k in range(s_first, s_stop):
                out[k] = "O"
        out[first] = "B-" + label
        for k in range(first + 1, stop):
            out[k] = "I-" + label
    return out


def _place_over_person(
    overlapping: list[tuple[int, int, str]], first: int, stop: int, label: str, ambiguous: bool
) -> bool:
    """A known place on exactly the span the tagger called a person is the place (``ببروكسل``).

    The tagger's label stays on an equal span because it reads the context (``الرياض`` the
    newspaper is ORG); a person whose whole name is a listed place is the rare case, and the
    tagger's PER there is a guess on an unfamiliar word, so an unambiguous place entry wins.
    """
    return (
        not ambiguous
        and label in _PLACE_LABELS
        and len(overlapping) == 1
        and overlapping[0][:2] == (first, stop)
        and overlapping[0][2] in _PERSON_LABELS
    )


_LABEL_FALLBACKS = {"GPE": ("LOC",), "PER": ("PERS", "PERSON"), "ORG": ("ORGANIZATION",), "LOC": ("GPE",)}
# The names a tagger's label set may give a person or a place (read by _place_over_person).
_PERSON_LABELS = ("PER", *_LABEL_FALLBACKS["PER"])
_PLACE_LABELS = ("GPE", *_LABEL_FALLBACKS["GPE"])


def _map_label(label: str, labels: set[str] | None) -> str | None:
    if labels is None or label in labels:
        return label
    return next((alt for alt in _LABEL_FALLBACKS.get(label, ()) if alt in labels), None)
