"""Readers for NER and stance data: CoNLL, JSONL, and Hugging Face datasets.

Every reader returns plain records and fails loudly: a malformed line is an error
that names the file and the line number, and says how to fix it. Nothing is
skipped silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from qawl.data.text import trim_span


class DataError(ValueError):
    """Input data that cannot be read; the message names the file and line."""


@dataclass
class NerExample:
    """One sentence: its words and one tag per word.

    Attributes:
        words: The words, as written in the file.
        tags: One IOB2 tag per word (``O``, ``B-PER``, ``I-PER`` …).
        source: ``file:line`` of the sentence's first word, for error messages.
    """

    words: list[str]
    tags: list[str]
    source: str = ""


@dataclass
class StanceExample:
    """One statement attributed to a speaker, with its stance label.

    Attributes:
        speaker: Who said it (``"مارك روته"``, ``"واشنطن"``).
        statement: The quoted or reported words.
        label: ``escalation``, ``condemnation`` or ``neutral`` (any label set works).
        context: The sentence around the statement (may be empty).
        id: The record's id, if the file has one.
        source: ``file:line``.
    """

    speaker: str
    statement: str
    label: str
    context: str = ""
    id: str = ""
    source: str = ""


def _clean(token: str) -> str:
    """A token without surrounding whitespace or the invisible marks editors leave
    around right-to-left text (LRM, RLM, ZWJ, BOM…)."""
    start, end = trim_span(token, 0, len(token))
    return token[start:end]


def read_conll(path: str | Path) -> list[NerExample]:
    """Read ``word TAG`` lines, a blank line between sentences.

    Tolerates a tab or spaces between the columns, CRLF line ends, a BOM,
    ``-DOCSTART-`` lines and stray direction marks (LRM/RLM) around tokens.

    Args:
        path: A CoNLL file.

    Returns:
        One :class:`NerExample` per sentence.

    Raises:
        DataError: A line without exactly two columns, or an empty tag, naming
            the file and line.

    Example:
        >>> sents = read_conll("data/ner/dev.conll")  # doctest: +SKIP
        >>> sents[0].words[:3], sents[0].tags[:3]      # doctest: +SKIP
        (['أعلنت', 'وزارة', 'الدفاع'], ['O', 'B-ORG', 'I-ORG'])
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    examples: list[NerExample] = []
    words: list[str] = []
    tags: list[str] = []
    first_line = 0
    with path.open(encoding="utf-8-sig", newline=None) as handle:
        for n, raw in enumerate(handle, 1):
            line = _clean(raw)
            if line.startswith("-DOCSTART-"):
                continue
            if not line:
                if words:
                    examples.append(NerExample(words, tags, f"{path}:{first_line}"))
                    words, tags = [], []
                continue
            cols = [c for c in (_clean(p) for p in line.split()) if c]
            if len(cols) != 2:
                raise DataError(
                    f"{path}:{n}: expected 2 columns 'word TAG' separated by a space "
                    f"or tab, found {len(cols)}: {raw.rstrip()!r}"
                )
            if not words:
                first_line = n
            words.append(cols[0])
            tags.append(cols[1])
    if words:
        examples.append(NerExample(words, tags, f"{path}:{first_line}"))
    return examples


def read_json_lines(path: str | Path):
    """Yield ``(line number, object)`` for each non-empty line of a JSONL file.

    Raises:
        DataError: A missing file, or a line that is not a JSON object (file:line).
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    with path.open(encoding="utf-8-sig") as handle:
        for n, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as err:
                raise DataError(f"{path}:{n}: not valid JSON ({err.msg})") from None
            if not isinstance(record, dict):
                raise DataError(f"{path}:{n}: each line must be a JSON object")
            yield n, record


def read_ner_jsonl(
    path: str | Path, tokens_field: str = "tokens", tags_field: str = "ner_tags"
) -> list[NerExample]:
    """Read ``{"tokens": [...], "ner_tags": [...]}`` objects, one per line.

    Raises:
        DataError: Missing fields, non-string tags, or a tokens/tags length
            mismatch, naming the file and line.

    Example:
        >>> read_ner_jsonl("tests/fixtures/ner.jsonl")[0].tags[:2]  # doctest: +SKIP
        ['B-PER', 'I-PER']
    """
    path = Path(path)
    examples = []
    for n, record in read_json_lines(path):
        words, tags = record.get(tokens_field), record.get(tags_field)
        if not isinstance(words, list) or not isinstance(tags, list):
            raise DataError(
                f"{path}:{n}: expected list fields {tokens_field!r} and {tags_field!r} "
                f"(found keys {sorted(record)}); set data.tokens_field/data.tags_field "
                "if your file names them differently"
            )
        if len(words) != len(tags):
            raise DataError(f"{path}:{n}: {len(words)} tokens but {len(tags)} tags; each token needs one tag")
        for k, (w, t) in enumerate(zip(words, tags, strict=True)):
            if not isinstance(w, str) or not isinstance(t, str) or not _clean(t):
                raise DataError(f"{path}:{n}: token {k} ({w!r}) has an empty or non-string tag {t!r}")
        examples.append(NerExample([_clean(w) or w for w in words], [_clean(t) for t in tags], f"{path}:{n}"))
    return examples


def read_ner_file(
    path: str | Path, tokens_field: str = "tokens", tags_field: str = "ner_tags"
) -> list[NerExample]:
    """Read NER data by extension: ``.jsonl``/``.json`` as JSONL, anything else as CoNLL."""
    if Path(path).suffix in (".jsonl", ".json"):
        return read_ner_jsonl(path, tokens_field, tags_field)
    return read_conll(path)


def read_stance_jsonl(path: str | Path) -> list[StanceExample]:
    """Read stance records ``{"speaker", "statement", "label", "context"?, "id"?}``.

    Raises:
        DataError: A missing or empty ``speaker``/``statement``/``label``, naming
            the file and line.

    Example:
        >>> read_stance_jsonl("data/stance/dev.jsonl")[0].label  # doctest: +SKIP
        'condemnation'
    """
    path = Path(path)
    examples = []
    for n, record in read_json_lines(path):
        missing = [
            k
            for k in ("speaker", "statement", "label")
            if not isinstance(record.get(k), str) or not record[k].strip()
        ]
        if missing:
            raise DataError(
                f"{path}:{n}: missing or empty field(s) {missing}; each line needs "
                '"speaker", "statement" and "label" strings'
            )
        examples.append(
            StanceExample(
                speaker=record["speaker"].strip(),
                statement=record["statement"].strip(),
                label=record["label"].strip(),
                context=str(record.get("context") or ""),
                id=str(record.get("id", "")),
                source=f"{path}:{n}",
            )
        )
    return examples


def read_hub_ner(
    name: str,
    split: str,
    config: str | None = None,
    tokens_field: str = "tokens",
    tags_field: str = "ner_tags",
) -> list[NerExample]:
    """Load one split of a Hugging Face NER dataset (needs network or a local cache).

    Integer tags are mapped to their names through the dataset's ``ClassLabel``.

    Raises:
        DataError: The dataset cannot be loaded, or lacks the named fields.
    """
    import datasets  # imported here: only hub users pay for it

    try:
        ds = datasets.load_dataset(name, config, split=split)
    except Exception as err:  # the hub raises many types; say which dataset failed
        raise DataError(
            f"could not load hub dataset {name!r} split {split!r}: {err}. Offline? "
            "Point data.train/data.dev at local CoNLL or JSONL files instead."
        ) from err
    for field in (tokens_field, tags_field):
        if field not in ds.column_names:
            raise DataError(f"hub dataset {name!r} has no column {field!r} ({ds.column_names})")
    feature = ds.features[tags_field].feature
    names = getattr(feature, "names", None)
    examples = []
    for k, row in enumerate(ds):
        tags = [names[t] if names and isinstance(t, int) else str(t) for t in row[tags_field]]
        examples.append(NerExample(list(row[tokens_field]), tags, f"{name}[{split}]:{k}"))
    return examples


__all__ = [
    "DataError",
    "NerExample",
    "StanceExample",
    "read_conll",
    "read_ner_jsonl",
    "read_ner_file",
    "read_stance_jsonl",
    "read_hub_ner",
    "iter_texts",
    "read_json_lines",
]


def iter_texts(paths: list[str], jsonl: bool = False, field: str = "text", stdin=None):
    """Yield ``(name, text)`` for articles to analyze.

    Args:
        paths: Text files (one article each), or JSONL files with ``jsonl=True``
            (one article per line, its text in ``field``); empty means stdin.
        jsonl: Read JSONL records instead of whole files.
        field: The JSONL field that holds the text.
        stdin: The stream read when ``paths`` is empty (``sys.stdin`` by default).

    Raises:
        DataError: A missing file, or a JSONL line without a string ``field``
            (naming the file and line).

    Example:
        >>> next(iter_texts(["data/articles/test.jsonl"], jsonl=True))[0]  # doctest: +SKIP
        'data/articles/test.jsonl:1'
    """
    import sys

    if not paths:
        stream = stdin or sys.stdin
        if jsonl:
            for n, raw in enumerate(stream, 1):
                if raw.strip():
                    record = json.loads(raw)
                    if not isinstance(record.get(field), str):
                        raise DataError(f"<stdin>:{n}: no string field {field!r} (use --field)")
                    yield record.get("id") or f"<stdin>:{n}", record[field]
        else:
            yield "<stdin>", stream.read()
        return
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise DataError(f"{path}: no such file")
        if not jsonl:
            yield str(path), path.read_text(encoding="utf-8-sig")
            continue
        for n, record in read_json_lines(path):
            if not isinstance(record.get(field), str):
                raise DataError(
                    f"{path}:{n}: no string field {field!r}; found {sorted(record)} (choose one with --field)"
                )
            yield str(record.get("id") or f"{path}:{n}"), record[field]
