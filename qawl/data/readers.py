"""Readers for NER and stance data: CoNLL, JSONL, and Hugging Face datasets.

Every reader returns plain records and fails loudly: a malformed line is an error
that names the file and the line number, and says how to fix it. Nothing is
skipped silently: where skipping is allowed (``skipped=``, the CLI's
``--skip-bad-lines``), every skipped line is counted and named. Bytes become text
in :mod:`qawl.data.encoding` (UTF-8 checked, BOMs, UTF-16 and gzip read,
Windows-1256 and binary files refused with a message saying what to do).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from qawl.data.encoding import SkippedLines, iter_lines, read_text
from qawl.data.errors import DataError
from qawl.data.text import trim_span


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


def _universal_newlines(text: str) -> str:
    """``\\r\\n`` and a lone ``\\r`` become ``\\n``, as Python's text mode reads files."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
    examples: list[NerExample] = []
    words: list[str] = []
    tags: list[str] = []
    first_line = 0
    # Universal newlines: \n, \r\n and a lone \r all end a line.
    lines = _universal_newlines(read_text(path, options=False)).split("\n")
    for n, raw in enumerate(lines, 1):
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
            hint = (
                " (this looks like JSONL: name the file .jsonl)"
                if line.startswith("{")
                else "; a word with a space inside must be split into two lines"
                if len(cols) > 2
                else ""
            )
            raise DataError(
                f"{path}:{n}: expected 2 columns 'word TAG' separated by a space "
                f"or tab, found {len(cols)}: {raw.rstrip()!r}{hint}"
            )
        if not words:
            first_line = n
        words.append(cols[0])
        tags.append(cols[1])
    if words:
        examples.append(NerExample(words, tags, f"{path}:{first_line}"))
    return examples


def read_json_lines(
    path: str | Path,
    errors: str = "strict",
    encoding: str | None = None,
    skipped: SkippedLines | None = None,
    *,
    options: bool = True,
):
    """Yield ``(line number, object)`` for each non-empty line of a JSONL file.

    Args:
        path: A JSONL file (gzip too).
        errors: ``strict`` or ``replace``: what to do with bytes that are not UTF-8.
        encoding: A codec instead of sniffing (see :mod:`qawl.data.encoding`).
        skipped: When given, a bad line (undecodable, not JSON, not an object)
            is counted there and left out instead of raising.
        options: Whether messages may suggest ``--encoding``/``--errors`` (they
            exist for ``qawl analyze``, not for training data).

    Raises:
        DataError: A missing or unreadable file, or (without ``skipped``) a line
            that is not a JSON object (file:line).
    """
    path = Path(path)
    for n, raw in iter_lines(path, errors, encoding, skipped, options=options):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as err:
            why = f"not valid JSON ({err.msg}, column {err.colno})"
        else:
            if isinstance(record, dict):
                yield n, record
                continue
            why = f"each line must be a JSON object, found {type(record).__name__}"
        if skipped is None:
            raise DataError(f"{path}:{n}: {why}")
        skipped.add(f"{path}:{n}", why)


class _IdCheck:
    """Remembers the ``id`` of each record of a file and refuses one used twice."""

    def __init__(self, path: Path):
        self.path = path
        self.seen: dict[str, int] = {}

    def add(self, record: dict, line: int) -> None:
        if "id" not in record:
            return
        key = str(record["id"])
        if key in self.seen:
            raise DataError(
                f"{self.path}:{line}: id {key!r} is used again (first at line {self.seen[key]}); "
                "give each record its own id, or drop the duplicate record"
            )
        self.seen[key] = line


def read_ner_jsonl(
    path: str | Path, tokens_field: str = "tokens", tags_field: str = "ner_tags"
) -> list[NerExample]:
    """Read ``{"tokens": [...], "ner_tags": [...]}`` objects, one per line.

    Raises:
        DataError: Missing fields, non-string tags, a tokens/tags length
            mismatch, or an ``id`` used twice, naming the file and line.

    Example:
        >>> read_ner_jsonl("tests/fixtures/ner.jsonl")[0].tags[:2]  # doctest: +SKIP
        ['B-PER', 'I-PER']
    """
    path = Path(path)
    examples = []
    ids = _IdCheck(path)
    for n, record in read_json_lines(path, options=False):
        ids.add(record, n)
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
        DataError: A missing or empty ``speaker``/``statement``/``label``, or an
            ``id`` used twice, naming the file and line.

    Example:
        >>> read_stance_jsonl("data/stance/dev.jsonl")[0].label  # doctest: +SKIP
        'condemnation'
    """
    path = Path(path)
    examples = []
    ids = _IdCheck(path)
    for n, record in read_json_lines(path, options=False):
        ids.add(record, n)
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
    "SkippedLines",
]


def iter_texts(
    paths: list[str],
    jsonl: bool = False,
    field: str = "text",
    stdin=None,
    errors: str = "strict",
    encoding: str | None = None,
    skipped: SkippedLines | None = None,
):
    """Yield ``(name, text)`` for articles to analyze.

    Args:
        paths: Text files (one article each), or JSONL files with ``jsonl=True``
            (one article per line, its text in ``field``); empty means stdin.
        jsonl: Read JSONL records instead of whole files.
        field: The JSONL field that holds the text.
        stdin: The stream read when ``paths`` is empty (``sys.stdin``'s bytes by
            default; a text stream is read as it is).
        errors: ``strict`` or ``replace`` (``--errors``): bytes that are not UTF-8.
        encoding: A codec instead of sniffing (``--encoding cp1256``).
        skipped: JSONL only: count and leave out bad lines (``--skip-bad-lines``)
            instead of stopping at the first.

    Raises:
        DataError: A missing or unreadable file (binary, Windows-1256, invalid
            UTF-8, naming the file, line and byte offset), or a JSONL line without
            a string ``field`` (naming the file and line).

    Example:
        >>> next(iter_texts(["data/articles/test.jsonl"], jsonl=True))[0]  # doctest: +SKIP
        'data/articles/test.jsonl:1'
    """
    import sys

    from qawl.data.encoding import decode_bytes

    def record_text(where: str, record: dict) -> str | None:
        if isinstance(record.get(field), str):
            return record[field]
        why = f"no string field {field!r}; found {sorted(record)} (choose one with --field)"
        if skipped is None:
            raise DataError(f"{where}: {why}")
        skipped.add(where, why)
        return None

    if not paths:
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
        data = stream.read()
        text = data if isinstance(data, str) else decode_bytes(data, "<stdin>", errors, encoding)
        text = _universal_newlines(text)
        if not jsonl:
            yield "<stdin>", text
            return
        for n, raw in enumerate(text.split("\n"), 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
                if not isinstance(record, dict):
                    raise ValueError("not a JSON object")
            except ValueError as err:
                if skipped is None:
                    raise DataError(f"<stdin>:{n}: not a JSON object ({err})") from None
                skipped.add(f"<stdin>:{n}", f"not a JSON object ({err})")
                continue
            body = record_text(f"<stdin>:{n}", record)
            if body is not None:
                yield str(record.get("id") or f"<stdin>:{n}"), body
        return
    for p in paths:
        path = Path(p)
        if not jsonl:
            yield str(path), _universal_newlines(read_text(path, errors, encoding))
            continue
        for n, record in read_json_lines(path, errors, encoding, skipped):
            body = record_text(f"{path}:{n}", record)
            if body is not None:
                yield str(record.get("id") or f"{path}:{n}"), body
