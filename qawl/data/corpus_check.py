"""Check the shipped corpus against its data card, and print its counts.

``qawl corpus check`` runs :func:`validate_corpus` (the test suite does too);
``qawl corpus report`` prints :func:`corpus_report`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from qawl.data.corpus import (
    MAX_NAME_SHARE,
    MIN_LABEL_SHARE,
    MINIMUMS,
    NER_TYPES,
    PHENOMENA,
    SPEAKER_TYPES,
    STANCE_FIELDS,
    STANCES,
    entity_strings,
    near_duplicates,
    ner_documents,
    normalize_sentence,
    read_jsonl,
)
from qawl.data.labels import entity_type
from qawl.data.text import split_words

SPLITS = ("train", "dev", "test")


def _check_ner(data: Path, problems: list[str]) -> dict:
    allowed = {"O"} | {f"{p}-{t}" for t in NER_TYPES for p in "BI"}
    docs, sents, n_tokens = {}, {}, 0
    for split in SPLITS:
        path = data / "ner" / f"{split}.conll"
        rows = ner_documents(path)
        sents[split] = [normalize_sentence(w) for _, w, _ in rows]
        docs[split] = {d for d, _, _ in rows}
        for k, (doc, words, tags) in enumerate(rows):
            n_tokens += len(words)
            if not doc:
                problems.append(f"{path}: sentence {k} has no '-DOCSTART- ID' article line before it")
            bad = sorted(set(tags) - allowed)
            if bad:
                problems.append(f"{path}: sentence {k} has labels {bad} outside {sorted(allowed)}")
            prev = "O"
            for w, t in zip(words, tags, strict=True):
                if t.startswith("I-") and prev[2:] != t[2:]:
                    problems.append(f"{path}: sentence {k}: {w!r} {t} does not continue a {t[2:]}")
                prev = t
    total = sum(len(s) for s in sents.values())
    if total < MINIMUMS["ner_sentences"] or n_tokens < MINIMUMS["ner_tokens"]:
        problems.append(
            f"NER has {total} sentences / {n_tokens} tokens; the card promises "
            f"{MINIMUMS['ner_sentences']} / {MINIMUMS['ner_tokens']}"
        )
    _cross_split(docs, sents, "NER", problems)
    for typ, counts in entity_strings(data).items():
        name, n = counts.most_common(1)[0]
        if n / sum(counts.values()) > MAX_NAME_SHARE:
            problems.append(
                f"NER {typ}: {name!r} is {100 * n / sum(counts.values()):.1f}% of "
                f"{typ} mentions (limit {100 * MAX_NAME_SHARE:.0f}%)"
            )
    return {"sentences": total, "tokens": n_tokens, "normalized": sents}


def _cross_split(groups: dict, sents: dict, what: str, problems: list[str]) -> None:
    for i, a in enumerate(SPLITS):
        for b in SPLITS[i + 1 :]:
            if a not in groups or b not in groups:
                continue
            shared = groups[a] & groups[b]
            if shared:
                problems.append(f"{what}: article ids in both {a} and {b}: {sorted(shared)[:5]}")
            for x, y in near_duplicates(sents[a], sents[b])[:5]:
                problems.append(f"{what}: near-duplicate across {a}/{b}: {x[:60]!r} ~ {y[:60]!r}")


def _check_stance(data: Path, problems: list[str]) -> dict:
    rows, groups, sents = [], {}, {}
    for split in SPLITS:
        path = data / "stance" / f"{split}.jsonl"
        part = read_jsonl(path)
        for n, r in enumerate(part, 1):
            where = f"{path}:{n}"
            for field, typ in STANCE_FIELDS.items():
                if not isinstance(r.get(field), typ):
                    problems.append(f"{where}: field {field!r} missing or not {typ.__name__}")
            if set(r) - set(STANCE_FIELDS):
                problems.append(f"{where}: unknown fields {sorted(set(r) - set(STANCE_FIELDS))}")
            if r.get("label") not in STANCES:
                problems.append(f"{where}: label {r.get('label')!r} not in {STANCES}")
            if r.get("speaker_type") not in SPEAKER_TYPES:
                problems.append(f"{where}: speaker_type {r.get('speaker_type')!r} not in {SPEAKER_TYPES}")
            if str(r.get("statement")) not in str(r.get("context")):
                problems.append(f"{where}: statement is not a substring of its context")
            bad = set(r.get("phenomena") or []) - set(PHENOMENA)
            if bad:
                problems.append(f"{where}: unknown phenomena {sorted(bad)}")
        rows += part
        groups[split] = {r.get("article_id") for r in part}
        sents[split] = [normalize_sentence(str(r.get("statement"))) for r in part]
    _cross_split(groups, sents, "stance", problems)
    if len(rows) < MINIMUMS["stance"]:
        problems.append(f"stance has {len(rows)} statements; the card promises {MINIMUMS['stance']}")
    labels = Counter(r.get("label") for r in rows)
    for lab in STANCES:
        if labels[lab] < MIN_LABEL_SHARE * len(rows):
            problems.append(
                f"stance label {lab} is {labels[lab]}/{len(rows)}, under {100 * MIN_LABEL_SHARE:.0f}%"
            )
    phen = Counter(p for r in rows for p in r.get("phenomena") or [])
    for p in PHENOMENA:
        if phen[p] < MINIMUMS["phenomenon"]:
            problems.append(
                f"stance hard case {p} occurs {phen[p]} times (at least {MINIMUMS['phenomenon']} promised)"
            )
    return {"rows": rows, "normalized": sents}


def _check_articles(data: Path, problems: list[str], other_sentences: set[str]) -> list[dict]:
    arts: list[dict] = []
    ids: Counter[str] = Counter()
    for split in ("dev", "test"):
        path = data / "articles" / f"{split}.jsonl"
        for n, a in enumerate(read_jsonl(path), 1):
            where = f"{path}:{n} ({a.get('id')})"
            ids[str(a.get("id"))] += 1
            text = a.get("text")
            if not isinstance(text, str) or not text:
                problems.append(f"{where}: no text")
                continue
            spans = [(e, "entity") for e in a.get("entities", [])]
            for st in a.get("statements", []):
                spans.append((st, "statement"))
                if st.get("stance") not in STANCES:
                    problems.append(f"{where}: stance {st.get('stance')!r} not in {STANCES}")
                speaker = st.get("speaker")
                if speaker is None:  # an unnamed source ([SRC@…]): its phrase instead
                    if isinstance(st.get("source"), dict):
                        spans.append((st["source"], "source"))
                    else:
                        problems.append(
                            f"{where}: statement {st.get('text')!r} has neither a speaker nor a source"
                        )
                    continue
                spans += [
                    ({**m, "text": text[m["start"] : m["end"]]}, "mention") for m in speaker["mentions"]
                ]
                if speaker.get("label") not in SPEAKER_TYPES:
                    problems.append(f"{where}: speaker label {speaker.get('label')!r}")
            for e in a.get("entities", []):
                if e.get("label") not in NER_TYPES:
                    problems.append(f"{where}: entity label {e.get('label')!r} not in {NER_TYPES}")
            for span, kind in spans:
                s, e = span.get("start"), span.get("end")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                    problems.append(f"{where}: {kind} offsets {s}-{e} outside the text")
                elif text[s:e] != span.get("text"):
                    problems.append(f"{where}: {kind} text {span.get('text')!r} != text[{s}:{e}]")
            for line in text.split("\n"):
                norm = normalize_sentence(line)
                if len(norm.split()) >= 6 and norm in other_sentences:
                    problems.append(f"{where}: sentence also in the NER/stance sets: {line[:60]!r}")
            arts.append(a)
    dup = [k for k, v in ids.items() if v > 1]
    if dup:
        problems.append(f"articles: duplicate ids {dup}")
    if len(arts) < MINIMUMS["articles"]:
        problems.append(f"articles: {len(arts)} < {MINIMUMS['articles']} promised")
    return arts


def validate_corpus(data: str | Path = "data") -> list[str]:
    """Every problem found in the corpus; an empty list means it keeps its promises.

    Checks: valid IOB2 and the closed label sets, JSON fields and types, offsets
    inside the text and equal to the surface form, no article id in two splits,
    no (near-)duplicate sentence across splits, article sentences not shared with
    the NER or stance sets, minimum counts, stance label balance, hard-case
    counts, and no entity string over 3% of its type.

    Example:
        >>> validate_corpus("data")  # doctest: +SKIP
        []
    """
    data = Path(data)
    problems: list[str] = []
    ner = _check_ner(data, problems)
    stance = _check_stance(data, problems)
    others = {s for part in (ner["normalized"], stance["normalized"]) for v in part.values() for s in v}
    _check_articles(data, problems, others)
    return problems


def corpus_report(data: str | Path = "data", top: int = 8) -> str:
    """A Markdown report: counts per split and label, and the most frequent entity strings."""
    data = Path(data)
    lines = [
        "## NER",
        "",
        "| split | articles | sentences | tokens | " + " | ".join(NER_TYPES) + " |",
        "|---" * (4 + len(NER_TYPES)) + "|",
    ]
    for split in SPLITS:
        rows = ner_documents(data / "ner" / f"{split}.conll")
        ents = Counter(entity_type(t) for _, _, tags in rows for t in tags if t.startswith("B-"))
        lines.append(
            f"| {split} | {len({d for d, _, _ in rows})} | {len(rows)} | "
            f"{sum(len(w) for _, w, _ in rows)} | " + " | ".join(str(ents[t]) for t in NER_TYPES) + " |"
        )
    lines += ["", "Most frequent entity strings (share of the type's mentions):", ""]
    for typ, counts in sorted(entity_strings(data).items()):
        total = sum(counts.values())
        lines.append(
            f"- {typ} ({total} mentions, {len(counts)} distinct): "
            + "، ".join(f"{name} {100 * n / total:.1f}%" for name, n in counts.most_common(top))
        )
    lines += [
        "",
        "## Stance",
        "",
        "| split | stories | statements | " + " | ".join(STANCES) + " |",
        "|---" * (3 + len(STANCES)) + "|",
    ]
    allrows: list[dict] = []
    for split in SPLITS:
        records = read_jsonl(data / "stance" / f"{split}.jsonl")
        allrows += records
        c = Counter(r["label"] for r in records)
        lines.append(
            f"| {split} | {len({r['article_id'] for r in records})} | {len(records)} | "
            + " | ".join(str(c[s]) for s in STANCES)
            + " |"
        )
    phen = Counter(p for r in allrows for p in r["phenomena"])
    lines += [
        "",
        "Hard cases: " + ", ".join(f"{p} {phen[p]}" for p in PHENOMENA),
        "Speaker types: "
        + ", ".join(f"{k} {v}" for k, v in Counter(r["speaker_type"] for r in allrows).most_common()),
        "",
        "## Articles",
        "",
        "| split | articles | words | entities | statements | " + " | ".join(STANCES) + " |",
        "|---" * (5 + len(STANCES)) + "|",
    ]
    for split in ("dev", "test"):
        arts = read_jsonl(data / "articles" / f"{split}.jsonl")
        c = Counter(st["stance"] for a in arts for st in a["statements"])
        lines.append(
            f"| {split} | {len(arts)} | {sum(len(split_words(a['text'])) for a in arts)} | "
            f"{sum(len(a['entities']) for a in arts)} | "
            f"{sum(len(a['statements']) for a in arts)} | " + " | ".join(str(c[s]) for s in STANCES) + " |"
        )
    return "\n".join(lines) + "\n"
