"""Rule-based statement attribution: who said what in an Arabic news article.

:func:`find_statements` reads raw text plus its named entities and returns each
quoted or reported statement with its reporting cue and speaker. It works on the
words of :func:`qawl.data.text.split_words` and the sentences of
:func:`qawl.data.sentences.split_sentences`, so every offset is into the
caller's text. The cue lexicon lives in :mod:`qawl.models.cues` (words match
however written: ``وقــالَ`` and ``اكد`` are found), the merging of a speaker's
mentions in :mod:`qawl.models.speakers`; this module holds the rules.

Per sentence: a headline ``واشنطن: نص`` (entity, colon); else each reporting cue
(``قال``، ``وأضافت``، ``يحذر``، ``مؤكدا``…) reports the first colon, quotation of 3+
words, or ``إن``/``أن`` clause after its subject, a quotation filling that clause
winning, else for a call (``دعا … إلى``) its complement; a headline ``“الناتو” يحذر
من …`` reports the verb's complement (its ``بـ«…»`` quotation if any); a lone
quotation right after a statement continues it. A verb or participle naming no
subject takes that of the verb opening its sentence (``رحبت الحكومة …، وقالت``),
else the last speaker. Stance is left to the classifier.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from qawl.data.sentences import OPENING_QUOTES, find_quotes, split_sentences
from qawl.data.text import split_words
from qawl.models.cues import (CALLS, CUES, HEADLINE_PREPS, JOINERS, MEDIA, NO_SUBJECT_NEXT,
                              NOT_REPORTING_BEFORE, PARTICLES, PREPOSITIONS, RELATIVES,
                              SVO_FILLERS, Cue, match_key, match_keys)
from qawl.models.document import Entity, Speaker, Statement
from qawl.models.speakers import cluster_speakers, speaker_label

__all__ = ["find_statements", "split_sentences"]

_FINAL_PUNCT = set(".،,؛;:!?؟…-–—")
_COMMAS = {"،", ","}
MIN_QUOTE_WORDS = 3  # a shorter quote is a scare quote or a name, not speech
VSO_WINDOW = 10  # words (an entity counts one) between a verb and its subject's name
PARTICLE_WINDOW = 15  # words between a cue's subject and its إن/أن


@dataclass
class _Context:
    """The last speaker named or quoted, for continuations and pronoun subjects."""

    speaker: Speaker | None = None
    line: int = -1  # paragraph of that speaker
    sentence: int = -2  # sentence of the last statement

    def update(self, speaker: Speaker | None, line: int, sentence: int) -> None:
        self.speaker, self.line, self.sentence = speaker, line, sentence


class _Article:
    """Words, sentences, quotes and entities of one text, indexed by word."""

    def __init__(self, text: str, entities: list[Entity]):
        self.text = text
        self.words = split_words(text)
        self.keys = [match_key(w.text) for w in self.words]
        self.is_word = [any(c.isalnum() for c in w.text) for w in self.words]
        self.starts = [w.start for w in self.words]
        ends = [w.end for w in self.words]
        lines = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self.line = [bisect_right(lines, s) - 1 for s in self.starts]
        self.quote_at: dict[int, tuple[int, int, int]] = {}  # opening word -> (a, b, closing)
        self.in_quote = [-1] * len(self.words)  # the opening word of the enclosing quote
        for a, b in find_quotes(text):
            first, close = bisect_left(self.starts, a - 1), bisect_left(self.starts, b)
            if close > first + 1:  # the inside, from its first word to its last
                self.quote_at[first] = (self.starts[first + 1], ends[close - 1], close)
            self.in_quote[first + 1:close] = [first] * (close - first - 1)
        ents = sorted(entities, key=lambda e: (e.start, -e.end))
        self.speakers = cluster_speakers(text, [(e, speaker_label(e.label)) for e in ents])
        self.ent_span: list[tuple[int, int]] = []  # first word, word after the last
        self.ent_first: dict[int, int] = {}
        self.ent_of: dict[int, int] = {}
        for i, e in enumerate(ents):
            first, stop = bisect_right(ends, e.start), bisect_left(self.starts, e.end)
            self.ent_span.append((first, stop))
            if first < stop:  # an entity over no word (whitespace) marks nothing
                self.ent_first.setdefault(first, i)
            for t in range(first, stop):
                self.ent_of.setdefault(t, i)
        self.cues = {t: c for t in range(len(self.words)) if (c := self._cue_at(t))}

    def _cue_at(self, t: int) -> Cue | None:
        cue = CUES.get(self.keys[t])
        if cue is None or self.in_quote[t] >= 0 or (t and self.keys[t - 1] in CUES):
            return None  # quoted words are the speaker's, "قال محذرا" is one cue
        if cue.weak and cue.kind != "participle":
            return cue if self._reports_soon(t) else None  # وردّ … بأن, not "في رد على"
        if cue.weak and "\u064b" not in self.words[t].text and not self._after_comma(t):
            return None  # مؤكدةً or "، مؤكدة" is an adverb; bare لافتة is a sign
        return cue

    def _reports_soon(self, t: int) -> bool:
        """Whether بأن or a colon follows word ``t`` in its sentence: "وردّ الوزير بأن"."""
        j = next((j for j in range(t + 1, min(t + PARTICLE_WINDOW, len(self.words)))
                  if self.words[j].text in ".!?؟:" or self.keys[j] in PARTICLES), t)
        return self.words[j].text == ":" or self.keys[j][:1] == "ب"  # بأن، بأنه

    def _after_comma(self, t: int) -> bool:
        return t > 0 and self.words[t - 1].text in _COMMAS

    def _speech_quote(self, t: int, min_words: int = MIN_QUOTE_WORDS) -> bool:
        """Whether a quotation opens at word ``t`` that can be speech: 3+ words,
        not only a name (“حلف شمال الأطلسي” is a scare-quoted name)."""
        if t not in self.quote_at:
            return False
        inner = [k for k in range(t + 1, self.quote_at[t][2]) if self.is_word[k]]
        return len(inner) >= min_words and not all(k in self.ent_of for k in inner)

    def _prepositional(self, e: int) -> bool:
        """Whether entity ``e`` is governed by a preposition: "في بيان لوكالة رويترز"."""
        first = self.ent_span[e][0]
        prev = self.keys[first - 1] if first else ""
        if prev in PREPOSITIONS or (prev[:1] in ("و", "ف") and prev[1:] in PREPOSITIONS):
            return True  # "في باريس"، "وفي باريس"
        own = self.keys[first]
        if prev[:1] in ("ل", "ب") and (prev[1:3] == "ال" or prev[1:] in MEDIA):
            return True
        return own[:1] in ("ب", "ل") and own[1:3] == "ال" and len(own) > 4

    def _subject_before(self, t: int, t0: int) -> int | None:
        """SVO: a speaker entity right before the verb (``روته قال``، ``كيربي، قال``،
        ``إيدي، الذي دعا``); not one after a preposition (``وفي باريس، قال``)."""
        j = t - 1
        while j >= max(t0, t - 6):
            e = self.ent_of.get(j)
            if e is not None:
                if self._speech_quote(self.in_quote[j]):
                    return None  # the last words of a quotation, not a subject
                if e in self.speakers:
                    return None if self._prepositional(e) else e
                j = self.ent_span[e][0] - 1  # a date between subject and verb
            elif self.keys[j] in SVO_FILLERS or self.keys[j] in RELATIVES or not self.is_word[j]:
                j -= 1
            else:
                return None
        return None

    def _subject_after(self, t: int, t1: int) -> int | None:
        """VSO: the first person among the next few words, else an ORG/GPE.

        A person right after the organization wins ("المتحدث باسم الخارجية
        الأمريكية ماثيو ميلر"), so does one after titles ("وزير الخارجية لافروف").
        """
        seen, other, other_end = 0, None, 0
        j = t + 1
        while j < t1 and seen < VSO_WINDOW and (other is None or seen <= other_end + 3):
            if j in self.cues or self.keys[j] in PARTICLES or self.words[j].text == ":":
                break
            if self._speech_quote(j):
                # An unlabelled quoted name in a title, رئيس “المجلس الأوروبي للعلاقات”:
                # a name may follow it; were it speech, none will.
                j, seen = self.quote_at[j][2] + 1, seen + 1
                continue
            e = self.ent_first.get(j)
            if e is not None:
                speaker = e in self.speakers and not self._prepositional(e)
                if speaker and self.speakers[e].label == "PER":
                    return e
                if other is not None or speaker:
                    other = e if other is None else other
                    other_end = seen  # the title runs on: سفير روسيا لدى الأمم المتحدة
                j, seen = max(j + 1, self.ent_span[e][1]), seen + 1
                continue
            seen += self.is_word[j]
            j += 1
        return other

    def _names_no_subject(self, t: int, t1: int, continues: bool) -> bool:
        """Whether the verb at ``t`` has a pronoun subject ("وأكدت أن", "وقال في"),
        or, for a continuing verb, a definite one that points back ("وأضاف المسؤول")."""
        j = t + 1
        if j >= t1 or not self.is_word[j] or self.keys[j] in NO_SUBJECT_NEXT:
            return True
        e = self.ent_of.get(j)
        if e is not None:
            return e not in self.speakers
        return self.keys[j][:1] in ("ل", "ب") or (continues and self.keys[j][:2] == "ال")

    def _refers_back(self, t: int, speaker: Speaker | None) -> bool:
        """Whether the verb's subject is a definite noun from the last speaker's
        name: "وقالت الوزارة" after "وزارة الدفاع الروسية"."""
        key = self.keys[t + 1] if t + 1 < len(self.words) else ""
        return speaker is not None and key[:2] == "ال" and key[2:] in match_keys(speaker.name)

    def _clause(self, j: int, stop: int) -> tuple[int, int] | None:
        """The statement starting at word ``j`` up to ``stop``: a quotation that
        fills it, else the words without final punctuation."""
        if j in self.quote_at:
            a, b, close = self.quote_at[j]
            if any(self.is_word[j + 1:close]) and all(
                    self.words[k].text in _FINAL_PUNCT for k in range(close + 1, stop)):
                return a, b
        last = stop - 1
        while last >= j and self.words[last].text in _FINAL_PUNCT:
            last -= 1
        return (self.words[j].start, self.words[last].end) if last >= j else None

    def _anchor(self, j: int, stop: int) -> tuple[int, int] | None:
        """Find what a cue reports, scanning from word ``j``: a colon, a long quote
        or إن/أن, whichever comes first before ``stop`` or another cue."""
        seen = 0
        while j < stop:
            if j in self.cues:
                return None
            if self.words[j].text == ":":
                skip = j + 1 < stop and self.keys[j + 1] in PARTICLES  # قال: إن …
                return self._clause(j + 1 + skip, stop)
            if j in self.quote_at:
                if self._speech_quote(j):
                    return self.quote_at[j][:2]
                j = self.quote_at[j][2] + 1
                continue
            if (self.keys[j] in PARTICLES and seen <= PARTICLE_WINDOW
                    and (j == 0 or self.keys[j - 1] not in NOT_REPORTING_BEFORE)):
                return self._clause(j + 1, stop)
            seen += self.is_word[j]
            j += 1
        return None

    def _clause_stop(self, t: int, t1: int) -> int:
        """Where a clause reported by the cue at ``t`` ends: the sentence end, or
        a participle or new reporting clause ("، مؤكدا أن"، "وأضاف أن")."""
        for j in range(t + 1, t1):
            cue = self.cues.get(j)
            if cue and self.keys[j - 1] in JOINERS:
                return j - 1
            if cue and (cue.kind == "participle" or self._after_comma(j)
                        or (cue.continues and self.keys[j][:1] in "وف")):
                return j
        return t1

    def _call(self, j: int, stop: int) -> tuple[int, int] | None:
        """A call's إلى complement of 3+ words: "دعا الأطراف إلى وقف القتال فورا"."""
        k = next((k for k in range(j, min(j + 5, stop)) if self.keys[k] == "الى"), None)
        if k is None or sum(self.is_word[k + 1:stop]) < MIN_QUOTE_WORDS:
            return None
        return self._clause(k + 1, stop)

    def _opening_subject(self, t0: int, t: int) -> int | None:
        """The subject of the verb opening the sentence, for a later verb or
        participle naming none: "من جهتها، رحبت الحكومة بالخطوة، وقالت إن"."""
        j = next((k + 1 for k in range(t0, min(t0 + 5, t)) if self.words[k].text in _COMMAS),
                 t0)  # past a fronted "من جهتها،" or "وفي باريس،"
        e = self.ent_first.get(j, -1) if j < t else None
        if e == -1:  # a verb: its subject follows
            return self._subject_after(j, t)
        return e if e in self.speakers and not self._prepositional(e) else None

    def _opens_line(self, first: int, lead: int = 0) -> bool:
        """Whether word ``first`` starts its line, opening quote marks aside, or
        follows at most ``lead`` plain words there (a headline's "حركة الشباب")."""
        while lead and first > 0 and self.is_word[first - 1] and first - 1 not in self.ent_of \
                and self.line[first - 1] == self.line[first]:
            first, lead = first - 1, lead - 1
        j = first - 1
        while j >= 0 and self.line[j] == self.line[first] and self.words[j].text in "“«\"”":
            j -= 1
        return j < 0 or self.line[j] != self.line[first]

    def _make(self, span: tuple[int, int], cue_word: int, speaker: Speaker | None,
              cue: str | None = None) -> Statement:
        (a, b), w = span, self.words[cue_word]
        return Statement(self.text[a:b], a, b, cue or w.text, speaker,
                         cue_start=w.start, cue_end=w.end)

    def _headline_colon(self, t0: int, t1: int) -> Statement | None:
        """``واشنطن: نص`` — an entity opening a line, then a colon."""
        first = next((j for j in range(t0, t1) if self.words[j].text not in OPENING_QUOTES), t1)
        e = self.ent_first.get(first) if first < t1 else None
        if e is None or e not in self.speakers or not self._opens_line(self.ent_span[e][0]):
            return None
        colon = self.ent_span[e][1]
        while colon < t1 and self.words[colon].text in "”\"»":
            colon += 1
        if colon >= t1 - 1 or self.words[colon].text != ":":
            return None
        line_end = bisect_left(self.line, self.line[colon] + 1)
        span = self._clause(colon + 1, line_end)
        return span and self._make(span, colon, self.speakers[e], ":")

    def _verb_subject(self, t: int, t0: int, t1: int, ctx: _Context):
        """The speaker of the verb at ``t`` and the entities naming it (SVO, VSO)."""
        cue, key = self.cues[t], self.keys[t]
        prefixed = key[:1] in "وف" and key[1:] in CUES
        if key[:1] == "ف" and "اما" in self.keys[t0:t]:
            prefixed = False  # "أما رئيس الوفد فلان فقال"
        before = None if prefixed else self._subject_before(t, t0)
        after = self._subject_after(t, t1)
        if before is not None and self.speakers[before].label != "PER" and self._after_comma(t) \
                and after is not None and self.speakers[after].label == "PER":
            before = None  # "تل أبيب، قال رئيس الأركان زامير": the person
        named = before if before is not None else after
        if named is not None:
            return self.speakers[named], named, before
        if self._refers_back(t, ctx.speaker):
            return ctx.speaker, None, None
        if self._names_no_subject(t, t1, cue.continues):
            opening = self._opening_subject(t0, t)
            if opening is not None or cue.continues or ctx.line == self.line[t]:
                return self.speakers.get(opening, ctx.speaker), None, None
        return None, None, None

    def _span(self, t: int, t0: int, t1: int, named: int | None, before: int | None,
              done: int) -> tuple[int, int] | None:
        """What the cue at ``t`` reports, after its subject, or before it for
        «…»، قال الوزير, or the rest of a headline (“الناتو” يحذر من …)."""
        after_subject = self.ent_span[named][1] if named is not None and named != before \
            else t + 1
        stop = self._clause_stop(t, t1)
        span = self._anchor(after_subject, stop)
        if span is None and self.keys[t] in CALLS:
            span = self._call(after_subject, stop)
        if span is None and before is not None and self.cues[t].kind == "present" \
                and self._opens_line(self.ent_span[before][0], lead=1):
            start = t + 1 + (t + 1 < stop and self.keys[t + 1] in HEADLINE_PREPS)
            quote = next((k for k in range(start, stop) if self._speech_quote(k, 1)
                          and (k == start or self.keys[k - 1] == "ب")), None)  # بـ«…»
            span = self.quote_at[quote][:2] if quote is not None else \
                self._clause(start, stop) if start < stop else None
        if span is None and named is not None and self._speech_quote(t0) \
                and not any(self.is_word[self.quote_at[t0][2] + 1:t]):
            span = self.quote_at[t0][:2]
        return span if span is None or span[0] >= done else None

    def _sentence(self, s: int, t0: int, t1: int, out: list[Statement], ctx: _Context):
        """Add the statements of sentence ``s`` (words ``t0:t1``) to ``out``."""
        found = self._headline_colon(t0, t1)
        if found:
            out.append(found)
            ctx.update(found.speaker, self.line[t0], s)
            return
        cues = [t for t in range(t0, t1) if t in self.cues]
        verb_speakers: list[Speaker | None] = []  # subjects of this sentence's verbs
        for t in cues:
            done = out[-1].end if out else 0
            if self.words[t].start < done:
                continue  # a cue inside a reported clause is part of it
            named = before = None
            if self.cues[t].kind == "participle":
                opening = None if verb_speakers else self._opening_subject(t0, t)
                speaker = verb_speakers[-1] if verb_speakers else self.speakers.get(
                    opening, ctx.speaker)
            else:
                speaker, named, before = self._verb_subject(t, t0, t1, ctx)
                verb_speakers.append(speaker)
            span = self._span(t, t0, t1, named, before, done)
            if span is not None:
                out.append(self._make(span, t, speaker))
                ctx.update(speaker, self.line[t], s)
            elif named is not None:
                ctx.update(speaker, self.line[t], ctx.sentence)
        if not cues and out and ctx.sentence == s - 1 and self._speech_quote(t0):
            # A quote of its own right after a statement goes on with it, unless
            # a speaker is named after it ("«…»، غرّد الوزير فلان").
            a, b, close = self.quote_at[t0]
            named = self._subject_after(close, t1)
            speaker = self.speakers[named] if named is not None else out[-1].speaker
            out.append(Statement(self.text[a:b], a, b, "", speaker))
            ctx.sentence = s

    def statements(self) -> list[Statement]:
        out: list[Statement] = []
        ctx = _Context()
        for s, (a, b) in enumerate(split_sentences(self.text)):
            t0, t1 = bisect_left(self.starts, a), bisect_left(self.starts, b)
            if t0 < t1 and not (out and self.words[t0].start < out[-1].end):
                self._sentence(s, t0, t1, out, ctx)  # (else inside a headline's line)
        return out


def find_statements(text: str, entities: list[Entity]) -> list[Statement]:
    """Find quoted and reported statements and who made them.

    Args:
        text: The raw article text.
        entities: Its named entities, with offsets into ``text``; any label set
            works: PER/PERS, ORG and GPE entities (BIO prefixes ignored) can be
            speakers, the others (DATE…) are skipped over.

    Returns:
        The statements in text order, each with ``text == text[start:end]``, the
        cue as written with its offsets (``":"`` for a headline colon, ``""`` and
        -1 for a quotation continuing the previous statement), and its speaker:
        a :class:`Speaker` named by the fullest mention, listing every mention
        of that speaker, or None. ``stance`` is left None.

    Raises:
        ValueError: An entity whose offsets fall outside ``text``.

    Example:
        >>> text = "وقال مارك روته إن الحلف يراقب الوضع. وأضاف: «لن نتردد في الدفاع»."
        >>> ents = [Entity("مارك روته", "PER", 5, 14)]
        >>> [(s.text, s.cue, s.speaker.name) for s in find_statements(text, ents)]
        [('الحلف يراقب الوضع', 'وقال', 'مارك روته'), ('لن نتردد في الدفاع', 'وأضاف', 'مارك روته')]
    """
    for e in entities:
        if not 0 <= e.start < e.end <= len(text):
            raise ValueError(
                f"entity {e.text!r} has offsets {e.start}:{e.end} outside the text "
                f"(length {len(text)}); pass entities found in this same text"
            )
    if not text.strip():
        return []
    return _Article(text, entities).statements()
