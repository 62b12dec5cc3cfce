"""The shipped corpus: build it from its markup source, check it, and report on it.

``data/source/`` holds what annotators write (see ``data/GUIDELINES.md`` and
:mod:`qawl.data.markup`); :func:`build_corpus` converts it into the released
files and splits it by article, deterministically:

    data/ner/{train,dev,test}.conll        ``-DOCSTART- <article id>`` before each article
    data/stance/{train,dev,test}.jsonl
    data/articles/{dev,test}.jsonl         gold offsets into each article's text

:func:`validate_corpus` checks everything the data card promises; the tests run it.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from qawl.data.markup import read_article_source, read_ner_source
from qawl.data.readers import read_conll, read_json_lines
from qawl.data.text import Normalizer, fold_alef, split_words

NER_TYPES = ("PER", "ORG", "GPE", "LOC", "DATE")
STANCES = ("escalation", "condemnation", "neutral")
SPEAKER_TYPES = ("PER", "ORG", "GPE")
PHENOMENA = (
    "escalation_words_condemnation",
    "third_party_threat",
    "negated_threat",
    "calm_mentions_war",
    "evasive",
    "org_speaker",
    "metonym_speaker",
    "participle_intro",
    "continuation",
    # the real-news register (data/source/stance/part3.jsonl)
    "announcement",
    "forecast",
    "visit_meeting",
    "plan_future",
    "denial",
    "generic_deterrence",
    "coercive_words_neutral",
    # war and terror reporting (data/source/stance/part4*.jsonl)
    "incident_report",
    "claim_of_attack",
    "blame_attribution",
    # battlefield reporting (data/source/stance/part5.jsonl)
    "operation_outcome",
    "call_for_force",
)
STANCE_FIELDS = {
    "id": str,
    "article_id": str,
    "speaker": str,
    "speaker_type": str,
    "statement": str,
    "context": str,
    "label": str,
    "phenomena": list,
}
# What the data card promises (issues #3 and #8).
MINIMUMS = {"ner_sentences": 2500, "ner_tokens": 50000, "stance": 1900, "articles": 90, "phenomenon": 30}
MIN_LABEL_SHARE = 0.25
MAX_NAME_SHARE = 0.03
SEED = 2024


def _split_by_group(groups: dict[str, int], shares: tuple[float, ...]) -> list[set[str]]:
    """Assign whole groups (articles) to splits so item counts follow ``shares``."""
    ids = sorted(groups)
    random.Random(SEED).shuffle(ids)
    total, bounds, acc = sum(groups.values()), [], 0.0
    for s in shares[:-1]:
        acc += s
        bounds.append(acc * total)
    out: list[set[str]] = [set() for _ in shares]
    seen = 0
    for gid in ids:
        k = sum(seen >= b for b in bounds)
        out[k].add(gid)
        seen += groups[gid]
    return out


def build_corpus(source: str | Path = "data/source", out: str | Path = "data") -> dict[str, int]:
    """Convert the markup source into the released, split corpus files.

    Args:
        source: Folder with ``ner/*.txt``, ``stance/*.jsonl``, ``articles/*.txt``.
        out: The data folder to write ``ner/``, ``stance/`` and ``articles/`` into.

    Returns:
        Counts of what was written, e.g. ``{"ner/train.conll": 1234, ...}``.

    Raises:
        qawl.data.markup.MarkupError: A source line that does not parse (file:line).
    """
    source, out = Path(source), Path(out)
    written: dict[str, int] = {}
    sentences = [s for f in sorted((source / "ner").glob("*.txt")) for s in read_ner_source(f)]
    by_article = Counter(s.article_id for s in sentences)
    for split, ids in zip(
        ("train", "dev", "test"), _split_by_group(by_article, (0.8, 0.1, 0.1)), strict=True
    ):
        lines, current, n = [], None, 0
        for s in sentences:
            if s.article_id not in ids:
                continue
            if s.article_id != current:
                lines += [f"-DOCSTART- {s.article_id}", ""]
                current = s.article_id
            lines += [f"{w} {t}" for w, t in zip(s.words, s.tags, strict=True)] + [""]
            n += 1
        path = out / "ner" / f"{split}.conll"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines), encoding="utf-8")
        written[f"ner/{split}.conll"] = n
    records = []
    for f in sorted((source / "stance").glob("*.jsonl")):
        records += read_jsonl(f)
    groups = Counter(r["article_id"] for r in records)
    for split, ids in zip(("train", "dev", "test"), _split_by_group(groups, (0.8, 0.1, 0.1)), strict=True):
        rows = [r for r in records if r["article_id"] in ids]
        write_jsonl(out / "stance" / f"{split}.jsonl", rows)
        written[f"stance/{split}.jsonl"] = len(rows)
    articles = [a for f in sorted((source / "articles").glob("*.txt")) for a in read_article_source(f)]
    halves = _split_by_group({a["id"]: 1 for a in articles}, (0.5, 0.5))
    for split, ids in zip(("dev", "test"), halves, strict=True):
        rows = [a for a in articles if a["id"] in ids]
        write_jsonl(out / "articles" / f"{split}.jsonl", rows)
        written[f"articles/{split}.jsonl"] = len(rows)
    return written


def write_jsonl(path: Path, rows: list[dict]) -> None:
    """One JSON record per line, UTF-8, the folder made if missing (the corpus's files and
    the real-text records of ``scripts/realnews_data.py``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def read_jsonl(path: Path) -> list[dict]:
    """All objects of a JSONL file (errors name the file and line)."""
    return [record for _, record in read_json_lines(path)]


def ner_documents(path: Path) -> list[tuple[str, list[str], list[str]]]:
    """``(article id, words, tags)`` per sentence, ids from ``-DOCSTART- ID`` lines."""
    doc_of_line: list[tuple[int, str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("-DOCSTART-"):
            doc_of_line.append((n, line.split(maxsplit=1)[1] if " " in line else ""))
    out = []
    for ex in read_conll(path):
        first_line = int(ex.source.rsplit(":", 1)[1])
        doc = max((d for d in doc_of_line if d[0] < first_line), default=(0, ""))[1]
        out.append((doc, ex.words, ex.tags))
    return out


_NORM = Normalizer()
_PUNCT = re.compile(r"[^\w\s]|\d|_")


def normalize_sentence(text_or_words) -> str:
    """Text for duplicate checks: no marks, digits or punctuation; alef forms unified."""
    words = text_or_words if isinstance(text_or_words, list) else [w.text for w in split_words(text_or_words)]
    text = " ".join(_NORM.normalize_words(words))
    text = fold_alef(_PUNCT.sub(" ", text)).replace("ة", "ه").replace("ى", "ي")
    return " ".join(text.split())


def near_duplicates(a: list[str], b: list[str], threshold: float = 0.8) -> list[tuple[str, str]]:
    """Pairs from ``a`` × ``b`` (normalized sentences) that are equal or nearly so.

    Candidates share their first or last four words; a pair is reported when the
    Jaccard overlap of its word sets reaches ``threshold``.
    """
    index: dict[tuple, list[str]] = defaultdict(list)
    for s in b:
        w = s.split()
        index[("h",) + tuple(w[:4])].append(s)
        index[("t",) + tuple(w[-4:])].append(s)
    found = []
    for s in a:
        w = s.split()
        for cand in set(index.get(("h",) + tuple(w[:4]), []) + index.get(("t",) + tuple(w[-4:]), [])):
            x, y = set(w), set(cand.split())
            if s == cand or len(x & y) / max(1, len(x | y)) >= threshold:
                found.append((s, cand))
    return found


def entity_strings(data: str | Path = "data") -> dict[str, Counter]:
    """How often each entity string occurs, per type, over all NER splits."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for split in ("train", "dev", "test"):
        for _, words, tags in ner_documents(Path(data) / "ner" / f"{split}.conll"):
            cur: list[str] = []
            typ = ""
            for w, t in list(zip(words, tags, strict=True)) + [("", "O")]:
                if t.startswith("I-") and cur:
                    cur.append(w)
                    continue
                if cur:
                    counts[typ][" ".join(cur)] += 1
                cur, typ = ([w], t[2:]) if t.startswith("B-") else ([], "")
    return counts
