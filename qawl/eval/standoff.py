"""Stand-off gold articles: annotations that point into text the project does not ship.

The real-text development set (``benchmarks/realnews/``) annotates articles of
SaudiNewsNet ``more.txt`` (one article per line, CC BY-NC-SA 4.0). The project
may not redistribute that text, so its gold is stored *stand-off*: a line number,
the SHA-1 of the line, and character offsets into it; no text except each
statement's reporting cue (a word from a closed lexicon such as ``قال``). The text
is read back at load time from the shared data folder (:func:`shared_data_dir`).

A stand-off record (one JSON object per line of a ``.jsonl`` file)::

    {"id": "more:LINE", "line": LINE, "sha1": "<sha1 hex of the line text>",
     "entities": [{"start", "end", "label"}],
     "statements": [{"start", "end", "stance", "cue",
                     "speaker": {"name_mention": i, "label", "mentions": [{"start", "end"}]}
                                or null,
                     "source": {"start", "end"}}]}   # "source" only for unnamed sources

``name_mention`` indexes the speaker's mention whose text is the canonical name.
:func:`read_standoff` turns records back into gold articles in exactly the shape of
``data/articles/*.jsonl``, ready for :func:`qawl.eval.articles.score_articles`.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

ENTITY_LABELS = ("PER", "ORG", "GPE", "LOC", "DATE")
STANCE_LABELS = ("escalation", "condemnation", "neutral")
_MAX_CUE_CHARS = 16  # a cue is one reporting word; anything longer is text, not a cue


class StandoffError(ValueError):
    """A stand-off record that does not fit its text; the message names file and line."""


class SharedDataMissingError(FileNotFoundError):
    """The text file the stand-off annotations point into is not on this machine."""


def shared_data_dir() -> Path:
    """The folder of real public data used by benchmarks and optional tests.

    Returns:
        ``$QAWL_SHARED_DATA`` when that variable is set, else ``<repo root>/../shared/data``
        (the folder beside a checkout; see ``../shared/data/README.md`` there).

    Example:
        >>> more_txt = shared_data_dir() / "saudinewsnet" / "more.txt"
        >>> more_txt.name
        'more.txt'
    """
    env = os.environ.get("QAWL_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


def line_sha1(text: str) -> str:
    """SHA-1 hex digest of one line of text (UTF-8, without its newline).

    Example:
        >>> line_sha1("abc")
        'a9993e364706816aba3e25717850c26c9cd0d89d'
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_lines(text_file: str | Path, numbers: Iterable[int]) -> dict[int, str]:
    """Read the given lines (numbered from 1, newline removed) of a text file.

    Args:
        text_file: A UTF-8 text file, one article per line.
        numbers: The line numbers wanted.

    Returns:
        ``{line number: text}`` for every wanted line that exists in the file.

    Raises:
        SharedDataMissingError: The file does not exist.

    Example:
        >>> read_lines("more.txt", [12, 40])  # doctest: +SKIP
        {12: '...', 40: '...'}
    """
    path = Path(text_file)
    if not path.is_file():
        raise SharedDataMissingError(
            f"{path}: text file not found. The real-text annotations point into this file, "
            "which the project does not redistribute (CC BY-NC-SA 4.0 newspaper text); put "
            "SaudiNewsNet there, or set QAWL_SHARED_DATA to the folder that holds "
            "saudinewsnet/more.txt (see ../shared/data/README.md beside the checkout)"
        )
    wanted = set(numbers)
    out: dict[int, str] = {}
    if not wanted:
        return out
    last = max(wanted)
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if n in wanted:
                out[n] = line.rstrip("\n")
            if n >= last:
                break
    return out


def to_standoff(article: dict, line: int, line_text: str | None = None) -> dict:
    """Turn one gold article (``read_article_source`` shape) into a stand-off record.

    Args:
        article: ``{"id", "text", "entities", "statements"}``; statements carry a
            ``speaker`` (``{"name", "label", "mentions"}``) or None and an optional
            ``source``.
        line: The article's line number in the text file.
        line_text: The line as read from the text file; when given, the article
            text must equal it.

    Returns:
        The stand-off record (offsets, labels, stance, cue, hash; no text).

    Raises:
        StandoffError: The text differs from ``line_text``, a speaker's canonical
            name is not the text of one of its mentions, a label is unknown, or a
            cue is longer than one reporting word.

    Example:
        >>> art = {"id": "more:7", "text": "قال روته إن الحلف يراقب.",
        ...        "entities": [{"start": 4, "end": 8, "label": "PER", "text": "روته"}],
        ...        "statements": [{"speaker": {"name": "روته", "label": "PER",
        ...                                    "mentions": [{"start": 4, "end": 8}]},
        ...                        "start": 12, "end": 23, "text": "الحلف يراقب",
        ...                        "stance": "neutral", "cue": "قال"}]}
        >>> rec = to_standoff(art, 7)
        >>> rec["statements"][0]["speaker"]
        {'name_mention': 0, 'label': 'PER', 'mentions': [{'start': 4, 'end': 8}]}
    """
    text, where = article["text"], f"article {article.get('id')} (line {line})"
    if line_text is not None and text != line_text:
        # The first differing character (the texts may differ in length: no strict zip).
        pairs = enumerate(zip(text, line_text, strict=False))
        k = next((i for i, (a, b) in pairs if a != b), min(len(text), len(line_text)))
        raise StandoffError(
            f"{where}: the annotated text differs from the text file's line "
            f"at character {k} (lengths {len(text)} and {len(line_text)})"
        )
    entities = []
    for e in article["entities"]:
        if e["label"] not in ENTITY_LABELS:
            raise StandoffError(f"{where}: unknown entity label {e['label']!r}")
        entities.append({"start": e["start"], "end": e["end"], "label": e["label"]})
    statements = []
    for s in article["statements"]:
        if s["stance"] not in STANCE_LABELS:
            raise StandoffError(f"{where}: unknown stance {s['stance']!r}")
        cue = s.get("cue") or ""
        if len(cue) > _MAX_CUE_CHARS or any(ch.isspace() for ch in cue):
            raise StandoffError(
                f"{where}: the cue of the statement at {s['start']} is not one "
                "reporting word; stand-off records keep no other text"
            )
        record: dict = {"start": s["start"], "end": s["end"], "stance": s["stance"], "cue": cue}
        sp = s.get("speaker")
        if sp is None:
            record["speaker"] = None
        else:
            texts = [text[m["start"] : m["end"]] for m in sp["mentions"]]
            if sp["name"] not in texts:
                raise StandoffError(
                    f"{where}: speaker name {sp['name']!r} is not the text of one of its "
                    "mentions; give the '@key:' line the text of one mention (the fullest)"
                )
            record["speaker"] = {
                "name_mention": texts.index(sp["name"]),
                "label": sp["label"],
                "mentions": [{"start": m["start"], "end": m["end"]} for m in sp["mentions"]],
            }
        if s.get("source"):
            record["source"] = {"start": s["source"]["start"], "end": s["source"]["end"]}
        statements.append(record)
    return {
        "id": f"more:{line}",
        "line": line,
        "sha1": line_sha1(text),
        "entities": entities,
        "statements": statements,
    }


def _check_span(span: dict, size: int, where: str, what: str) -> None:
    start, end = span.get("start"), span.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size):
        raise StandoffError(
            f"{where}: {what} offsets {start}..{end} are out of range for a line of {size} characters"
        )


def _from_standoff(rec: dict, text: str, where: str) -> dict:
    size = len(text)
    entities = []
    for e in rec["entities"]:
        _check_span(e, size, where, f"entity {e.get('label')}")
        entities.append(
            {"start": e["start"], "end": e["end"], "label": e["label"], "text": text[e["start"] : e["end"]]}
        )
    statements = []
    for s in rec["statements"]:
        _check_span(s, size, where, "statement")
        sp = s.get("speaker")
        speaker = None
        if sp is not None:
            for m in sp["mentions"]:
                _check_span(m, size, where, "speaker mention")
            k = sp["name_mention"]
            if not 0 <= k < len(sp["mentions"]):
                raise StandoffError(
                    f"{where}: name_mention {k} is not one of the speaker's {len(sp['mentions'])} mentions"
                )
            name = sp["mentions"][k]
            speaker = {
                "name": text[name["start"] : name["end"]],
                "label": sp["label"],
                "mentions": [{"start": m["start"], "end": m["end"]} for m in sp["mentions"]],
            }
        out = {
            "speaker": speaker,
            "start": s["start"],
            "end": s["end"],
            "text": text[s["start"] : s["end"]],
            "stance": s["stance"],
            "cue": s["cue"],
        }
        if s.get("source"):
            _check_span(s["source"], size, where, "source")
            src = s["source"]
            out["source"] = {
                "text": text[src["start"] : src["end"]],
                "start": src["start"],
                "end": src["end"],
            }
        statements.append(out)
    return {"id": rec["id"], "text": text, "entities": entities, "statements": statements}


def read_standoff(annotations: str | Path | Iterable[dict], text_file: str | Path) -> list[dict]:
    """Load stand-off annotations as gold articles, reading the text from ``text_file``.

    Args:
        annotations: A ``.jsonl`` file of stand-off records, or the records themselves.
        text_file: The text the records point into (e.g.
            ``shared_data_dir() / "saudinewsnet" / "more.txt"``).

    Returns:
        Gold article records ``{"id", "text", "entities": [{"start", "end", "label",
        "text"}], "statements": [{"speaker": {"name", "label", "mentions"} or None,
        "start", "end", "text", "stance", "cue"} (+ "source": {"text", "start",
        "end"} for unnamed sources)]}``, the shape of ``data/articles/*.jsonl``, in
        the order of the annotations.

    Raises:
        SharedDataMissingError: ``text_file`` does not exist (the data is not
            redistributed; the message says where it is expected).
        StandoffError: A record's line is missing from the text file, its SHA-1
            differs (a different version of the file), or an offset is out of range;
            the message names the annotation file and line.

    Example:
        >>> from qawl.eval.articles import score_articles
        >>> gold = read_standoff("benchmarks/realnews/dev.jsonl",
        ...                      shared_data_dir() / "saudinewsnet" / "more.txt")  # doctest: +SKIP
        >>> gold[0]["id"], gold[0]["text"][:20]                                  # doctest: +SKIP
        ('more:8104', '...')
    """
    if isinstance(annotations, (str, Path)):
        source = str(annotations)
        with open(annotations, encoding="utf-8") as handle:
            items = [(n, json.loads(raw)) for n, raw in enumerate(handle, 1) if raw.strip()]
    else:
        source = "<records>"
        items = list(enumerate(annotations, 1))
    lines = read_lines(text_file, [rec["line"] for _, rec in items])
    articles = []
    for n, rec in items:
        where = f"{source}:{n} ({rec.get('id')}, {text_file} line {rec['line']})"
        if rec["line"] not in lines:
            raise StandoffError(f"{where}: the text file has no line {rec['line']}")
        text = lines[rec["line"]]
        if line_sha1(text) != rec["sha1"]:
            raise StandoffError(
                f"{where}: SHA-1 of the line differs from the annotation's: this is a "
                "different version of the text file than the one annotated"
            )
        articles.append(_from_standoff(rec, text, where))
    return articles
