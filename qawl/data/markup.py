"""Corpus markup: the human-writable source of the shipped corpus.

Annotators write sentences and articles with inline marks; this module turns them
into the released formats (CoNLL for NER, gold JSON with character offsets for
articles). It converts and checks; it never composes text.

Entity marks: ``[TYPE words]``, optionally with a referent key, ``[PER@rutte مارك روته]``.
Statement marks (articles only): ``{{key|stance|cue| the quoted or reported words}}``,
where ``key`` names the speaker's referent; entity marks may sit inside.

Two marks name speakers that are not named entities (articles only; they never
become NER entities): ``[SPK@key words]`` a speaker mention that is a title or
description, ``[SPK@fm وزير الخارجية الفرنسي]``; ``[SRC@key words]`` an unnamed
source, ``[SRC@src مصادر مطلعة]``, whose statements have no speaker (``null``) and
the source phrase instead.

Example:
    >>> text, ents, stmts = parse_markup("قال [PER@r روته] إن {{r|neutral|قال| [ORG الحلف] يراقب}}.")
    >>> text
    'قال روته إن الحلف يراقب.'
    >>> [(text[e.start:e.end], e.label, e.key) for e in ents]
    [('روته', 'PER', 'r'), ('الحلف', 'ORG', None)]
    >>> text[stmts[0].start:stmts[0].end], stmts[0].key, stmts[0].stance, stmts[0].cue
    ('الحلف يراقب', 'r', 'neutral', 'قال')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from qawl.data.text import split_words, word_span

_ENTITY_HEAD_RE = re.compile(r"([A-Z]+)(?:@([\w-]+))? ")
_STATEMENT_HEAD_RE = re.compile(r"([\w-]+)\|(\w+)\|([^|{}\[\]]+)\|")


class MarkupError(ValueError):
    """A markup line that cannot be parsed; the message names file and line."""


@dataclass(frozen=True)
class MarkedEntity:
    """An entity mark, with offsets into the plain text."""

    start: int
    end: int
    label: str
    key: str | None


@dataclass(frozen=True)
class MarkedStatement:
    """A statement mark, with offsets into the plain text."""

    start: int
    end: int
    key: str
    stance: str
    cue: str


def parse_markup(line: str) -> tuple[str, list[MarkedEntity], list[MarkedStatement]]:
    """Strip marks from one line, returning the plain text and the marked spans.

    Args:
        line: Text with ``[TYPE words]`` and ``{{key|stance|cue| words}}`` marks.

    Returns:
        ``(text, entities, statements)``; offsets are into ``text``.

    Raises:
        MarkupError: Unbalanced or malformed marks (the message shows where).
    """
    out: list[str] = []
    pos = 0  # length of the plain text emitted so far
    entities: list[MarkedEntity] = []
    statements: list[MarkedStatement] = []
    open_entity: tuple[int, str, str | None] | None = None
    open_statement: tuple[int, str, str, str] | None = None
    i = 0
    while i < len(line):
        ch = line[i]
        if line.startswith("{{", i):
            if open_statement or open_entity:
                raise MarkupError(f"nested '{{{{' at character {i}")
            m = _STATEMENT_HEAD_RE.match(line, i + 2)
            if not m:
                raise MarkupError(f"statement mark at character {i} must start '{{{{key|stance|cue| '")
            i = m.end()
            while i < len(line) and line[i] == " ":
                i += 1
            open_statement = (pos, m.group(1), m.group(2), m.group(3).strip())
            continue
        if line.startswith("}}", i):
            if not open_statement or open_entity:
                raise MarkupError(f"'}}}}' at character {i} closes nothing")
            start, key, stance, cue = open_statement
            end = pos
            text = "".join(out)
            while end > start and text[end - 1] == " ":
                end -= 1
            statements.append(MarkedStatement(start, end, key, stance, cue))
            open_statement = None
            i += 2
            continue
        if ch == "[":
            if open_entity:
                raise MarkupError(f"nested '[' at character {i}")
            m = _ENTITY_HEAD_RE.match(line, i + 1)
            if not m:
                raise MarkupError(f"entity mark at character {i} must start '[TYPE ' or '[TYPE@key '")
            open_entity = (pos, m.group(1), m.group(2))
            i = m.end()
            continue
        if ch == "]":
            if not open_entity:
                raise MarkupError(f"']' at character {i} closes nothing")
            start, label, entity_key = open_entity
            if pos == start:
                raise MarkupError(f"empty entity ending at character {i}")
            entities.append(MarkedEntity(start, pos, label, entity_key))
            open_entity = None
            i += 1
            continue
        out.append(ch)
        pos += 1
        i += 1
    if open_entity or open_statement:
        raise MarkupError("a mark is opened but never closed")
    return "".join(out), entities, statements


def ner_tags(text: str, entities: list[MarkedEntity]) -> tuple[list[str], list[str]]:
    """Split plain text into words and give each an IOB2 tag from the entity marks.

    Raises:
        MarkupError: An entity that starts or ends inside a word.

    Example:
        >>> ner_tags("زار لكوريا الشمالية.", [MarkedEntity(4, 19, "GPE", None)])
        (['زار', 'لكوريا', 'الشمالية', '.'], ['O', 'B-GPE', 'I-GPE', 'O'])
    """
    words = split_words(text)
    starts = [w.start for w in words]
    tags = ["O"] * len(words)
    for ent in entities:
        span = word_span(words, starts, ent.start, ent.end)
        if span is None:
            raise MarkupError(
                f"entity {text[ent.start : ent.end]!r} does not start and end on word "
                "boundaries: put the whole word, clitics included, inside the brackets"
            )
        for n, k in enumerate(range(*span)):
            tags[k] = ("B-" if n == 0 else "I-") + ent.label
    return [w.text for w in words], tags


# Marks that name speakers without being NER entities (see the module docstring).
SPEAKER_MARK, SOURCE_MARK = "SPK", "SRC"
_NON_ENTITY_MARKS = (SPEAKER_MARK, SOURCE_MARK)


@dataclass
class NerSentence:
    """One sentence of the NER source, converted."""

    article_id: str
    words: list[str]
    tags: list[str]
    source: str  # "file:line", for error messages downstream


def read_ner_source(path: str | Path) -> list[NerSentence]:
    """Read an NER markup file: ``# article: ID`` headers, one sentence per line.

    Raises:
        MarkupError: Bad marks, statement marks, or a sentence before any header;
            the message names the file and line.
    """
    path = Path(path)
    sentences: list[NerSentence] = []
    article: str | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*article:\s*(\S+)", line)
            if m:
                article = m.group(1)
            continue
        where = f"{path}:{n}"
        if article is None:
            raise MarkupError(f"{where}: sentence before any '# article: ID' header")
        try:
            text, ents, stmts = parse_markup(line)
            if stmts:
                raise MarkupError("statement marks belong in article files, not NER files")
            if any(e.label in _NON_ENTITY_MARKS for e in ents):
                raise MarkupError("SPK/SRC speaker marks belong in article files, not NER files")
            words, tags = ner_tags(text, ents)
        except MarkupError as err:
            raise MarkupError(f"{where}: {err}") from None
        sentences.append(NerSentence(article, words, tags, where))
    return sentences


def read_article_source(path: str | Path) -> list[dict]:
    """Read an article markup file into gold article records.

    Format: ``=== ID`` starts an article; ``@key: canonical name`` lines name a
    speaker (otherwise the first mention's text is the name); every other line is
    article text with marks. Lines are joined with newlines.

    Returns:
        Records ``{"id", "text", "entities", "statements"}`` in the corpus format.

    Raises:
        MarkupError: Bad marks, a statement whose key has no entity mention, or a
            speaker whose mentions disagree on type; names the file and line.
    """
    path = Path(path)
    records: list[dict] = []
    current: dict | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        line = raw.rstrip()
        if line.startswith("==="):
            current = {"id": line[3:].strip(), "lines": [], "names": {}, "where": f"{path}:{n}"}
            records.append(current)
            continue
        if current is None:
            if line.strip():
                raise MarkupError(f"{path}:{n}: text before any '=== ID' line")
            continue
        m = re.match(r"@([\w-]+):\s*(.+)", line)
        if m:
            current["names"][m.group(1)] = m.group(2).strip()
            continue
        current["lines"].append((n, line))
    return [_build_article(path, rec) for rec in records]


def _build_article(path: Path, rec: dict) -> dict:
    lines = rec["lines"]
    while lines and not lines[-1][1].strip():
        lines.pop()
    while lines and not lines[0][1].strip():
        lines.pop(0)
    text_parts: list[str] = []
    entities: list[tuple[int, int, str, str | None]] = []
    statements: list[tuple[int, int, MarkedStatement, int]] = []
    offset = 0
    for n, line in lines:
        try:
            plain, ents, stmts = parse_markup(line)
            ner_tags(plain, ents)  # entity marks must sit on word boundaries
        except MarkupError as err:
            raise MarkupError(f"{path}:{n}: {err}") from None
        entities += [(offset + e.start, offset + e.end, e.label, e.key) for e in ents]
        statements += [(offset + s.start, offset + s.end, s, n) for s in stmts]
        text_parts.append(plain)
        offset += len(plain) + 1
    text = "\n".join(text_parts)
    speakers: dict[str, dict] = {}
    sources: dict[str, dict] = {}
    for start, end, label, key in entities:
        if label == SOURCE_MARK:
            if key is None:
                raise MarkupError(f"{rec['where']}: a [SRC ...] mark needs a key: [SRC@key ...]")
            sources.setdefault(key, {"text": text[start:end], "start": start, "end": end})
            continue
        if key is None:
            if label == SPEAKER_MARK:
                raise MarkupError(f"{rec['where']}: a [SPK ...] mark needs a key: [SPK@key ...]")
            continue
        sp = speakers.setdefault(
            key, {"name": rec["names"].get(key), "label": None, "mentions": [], "first": text[start:end]}
        )
        if label != SPEAKER_MARK:
            if sp["label"] not in (None, label):
                raise MarkupError(
                    f"{rec['where']}: speaker key '{key}' is marked both {sp['label']} and {label}"
                )
            sp["label"] = label
        sp["mentions"].append({"start": start, "end": end})
    for key, sp in speakers.items():
        if key in sources:
            raise MarkupError(
                f"{rec['where']}: key '{key}' marks both a speaker and an "
                "unnamed source [SRC@...]; use two keys"
            )
        first = sp.pop("first")
        sp["name"] = sp["name"] or first
        sp["label"] = sp["label"] or "PER"  # a speaker named only by a title is a person
    gold_statements = []
    for start, end, st, n in statements:
        if st.key not in speakers and st.key not in sources:
            raise MarkupError(
                f"{path}:{n}: statement speaker '{st.key}' has no mention "
                f"'[TYPE@{st.key} ...]' (or [SPK@{st.key} ...], [SRC@{st.key} ...]) "
                f"in article {rec['id']}"
            )
        record = {
            "speaker": speakers.get(st.key),
            "start": start,
            "end": end,
            "text": text[start:end],
            "stance": st.stance,
            "cue": st.cue,
        }
        if st.key in sources:
            record["source"] = sources[st.key]
        gold_statements.append(record)
    return {
        "id": rec["id"],
        "text": text,
        "entities": [
            {"start": s, "end": e, "label": lab, "text": text[s:e]}
            for s, e, lab, _ in entities
            if lab not in _NON_ENTITY_MARKS
        ],
        "statements": gold_statements,
    }
