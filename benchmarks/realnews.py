"""Benchmark: an exported bundle on the real-text development set (SaudiNewsNet, stand-off).

Loads the gold of benchmarks/realnews/<split>.jsonl through qawl.eval.standoff (the text
comes from $QAWL_SHARED_DATA/saudinewsnet/more.txt, default ../shared/data beside the
checkout), runs the article pipeline, scores it with qawl.eval.articles.score_articles,
adds stance accuracy and macro-F1 on the matched statements, prints a table, and appends
a dated entry with the machine to benchmarks/results/realnews.json, from which
benchmarks/RESULTS.md is regenerated (benchmarks/report.py).

    python benchmarks/realnews.py --bundle models/bundle-tiny [--split dev|holdout|conflict|...]
    python benchmarks/realnews.py --bundle models/bundle-tiny --split dev+conflict   # a union

Splits (benchmarks/realnews/README.md): dev and holdout (the first sample), conflict,
conflict-holdout and conflict2 (the conflict stratum, drawn for stance), dev2 and conflict3 (a
third draw), dev3 and conflict4 (a fourth), dev4 and conflict5 (a fifth), dev5 and conflict6
(a sixth), dev6 and conflict7 (a seventh), dev7 and conflict8 (an eighth), dev8 and conflict9
(a ninth), dev9 and conflict10 (a tenth), dev10 and conflict11 (an eleventh), dev11 and
conflict12 (a twelfth), dev12 and conflict13 (a thirteenth), dev13 and conflict14 (a
fourteenth), dev14 and conflict15 (a fifteenth), dev15 and conflict16 (a sixteenth), dev16
and conflict17 (a seventeenth), dev17 and conflict18 (an eighteenth), dev18 and
conflict19 (a nineteenth), dev19 and conflict20 (a twentieth), dev20 and conflict21 (a
twenty-first), dev21 and conflict22 (a twenty-second), dev22 and conflict23 (a
twenty-third), dev23 and conflict24 (a twenty-fourth), dev24 and conflict25 (a
twenty-fifth), dev25 and conflict26 (a twenty-sixth), dev26 and conflict27 (a
twenty-seventh), dev27 and conflict28 (a twenty-eighth), dev28 and conflict29 (a
twenty-ninth), dev29 and conflict30 (a thirtieth), dev30 and conflict31 (a
thirty-first), dev31 and conflict32 (a thirty-second). The holdouts are scored once, at the
end; never tune on them.
Exits 0 with a message when the shared data is absent (it is not redistributed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import REALNEWS_SPLITS, machine, read_realnews, repo_path, start, training_files  # noqa: E402

from qawl.data.files import file_sha256  # noqa: E402
from qawl.eval.standoff import STANCE_LABELS, shared_data_dir  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "realnews.json"


def gold_counts(gold: list[dict]) -> dict:
    """Articles, words, gold entities by type, gold statements by stance and speaker kind."""
    return {
        "articles": len(gold),
        "words": sum(len(g["text"].split()) for g in gold),
        "entities": len([e for g in gold for e in g["entities"]]),
        "entities_by_type": dict(sorted(Counter(e["label"] for g in gold for e in g["entities"]).items())),
        "statements": len([s for g in gold for s in g["statements"]]),
        "statements_by_stance": {
            lab: sum(s["stance"] == lab for g in gold for s in g["statements"]) for lab in STANCE_LABELS
        },
        "speakers_by_kind": dict(
            sorted(
                Counter(
                    s["speaker"]["label"] if s["speaker"] else "unnamed source"
                    for g in gold
                    for s in g["statements"]
                ).items()
            )
        ),
    }


def gold_class_macro(stance: dict) -> float:
    """Macro-F1 over the stance classes with gold support (a class absent from the gold
    has no recall to measure; its false positives still lower the others' precision)."""
    present = [m["f1"] for m in stance.get("per_class", {}).values() if m["support"]]
    return sum(present) / len(present) if present else 0.0


def markdown(entry: dict) -> str:
    pct = lambda x: f"{100 * x:.1f}"  # noqa: E731
    s, c = entry["scores"], entry["counts"]
    row = lambda name, m: (
        f"| {name} | {pct(m['precision'])} | {pct(m['recall'])} | {pct(m['f1'])} "  # noqa: E731
        f"| {m['gold']} | {m['predicted']} |"
    )
    st = s["stance_on_matched"]
    lines = [
        f"Real-text {entry['split']} ({c['articles']} articles, {c['words']} words), "
        f"bundle {entry['bundle']}, {entry['machine']}, {entry['date']}",
        "",
        "| measure | P | R | F1 | gold | predicted |",
        "|---|---|---|---|---|---|",
        row("entities, exact span and type", s["entities"]["exact"]["micro"]),
        row("entities, token overlap", s["entities"]["token_overlap"]),
        row("statements (span overlap ≥ 1/2)", s["statements"]),
        row("speaker + stance", s["speaker_stance"]),
        "",
        f"Speaker accuracy on matched statements: {pct(s['speaker_accuracy'])}; "
        f"stance on matched: accuracy {pct(st['accuracy'])}, macro-F1 {pct(st['macro_f1'])} "
        f"(n = {st['n']}).",
        "Stance F1 per class on matched: "
        + ", ".join(
            f"{lab} {pct(m['f1'])} (gold {m['support']})" for lab, m in st.get("per_class", {}).items()
        )
        + f"; macro-F1 over the classes in the gold: {pct(gold_class_macro(st))} (the macro-F1 above "
        "averages every class in the gold or the predictions, so a class predicted but absent from the "
        "gold counts F1 0).",
        "",
        "| entity type | P | R | F1 | gold | predicted |",
        "|---|---|---|---|---|---|",
    ]
    lines += [row(t, m) for t, m in s["entities"]["exact"]["per_type"].items()]
    for part, figures, estimate in (
        ("ner", "entity figures (and the speakers found through them)", "ner_crossfit.py"),
        ("stance", "stance and speaker+stance figures", "stance_crossfit.py"),
    ):
        # runs recorded before the NER learned real text have no NER field: it saw none of them
        trained = entry.get(f"{part}_trained_on", 0 if part == "ner" else None)
        if trained or trained is None:
            lines += [
                "",
                f"**The {'NER' if part == 'ner' else part} model was trained on "
                f"{trained if trained is not None else 'an unknown number'} of these {c['articles']} "
                f"articles** (`data.train_extra`): its {figures} here are not a measure; "
                f"`benchmarks/{estimate}` gives the two-fold estimate.",
            ]
    lines += [
        "",
        "Gold statements by stance: " + ", ".join(f"{k} {v}" for k, v in c["statements_by_stance"].items()),
        "Stance confusion on matched (rows gold, columns predicted): "
        + json.dumps(dict(zip(st["confusion"]["labels"], st["confusion"]["matrix"], strict=True))),
    ]
    return "\n".join(lines) + "\n"


def trained_on(bundle: Path, gold: list[dict], part: str = "stance") -> int | None:
    """How many of ``gold``'s articles the bundle's ``part`` model (``"ner"``, ``"stance"``)
    was trained on: the article ids of its ``data.train_extra`` files
    (``scripts/realnews_data.py`` writes the real-text dev statements and sentences there).
    None when a listed file is gone, was rebuilt since the model read it (its SHA-256 in
    the model's ``metrics.json`` differs), or the model recorded no digest: unknown, never a
    count from another file."""
    if not (bundle / part / "training_config.yaml").is_file():
        return 0
    metrics = bundle / part / "metrics.json"
    read = json.loads(metrics.read_text(encoding="utf-8")).get("data_sha256", {}) if metrics.is_file() else {}
    read_by_path = {repo_path(name): sha for name, sha in read.items()}
    trained: set[str] = set()
    for path in training_files(bundle, part)[1]:
        if not path.is_file():
            return None
        if read_by_path.get(path) != file_sha256(path):
            return None  # rebuilt since, or a model trained before the digests were recorded
        with open(path, encoding="utf-8") as handle:
            trained |= {json.loads(line).get("article_id") for line in handle if line.strip()}
    return sum(g["id"] in trained for g in gold)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", required=True, help="an exported bundle (qawl export)")
    parser.add_argument(
        "--split",
        default="dev",
        help=f"one of {', '.join(REALNEWS_SPLITS)}, or several joined by + (scored as one set; default: dev)",
    )
    parser.add_argument("--note", default="", help="what the bundle is, recorded beside its scores")
    parser.add_argument(
        "--no-record", action="store_true", help="print only; do not append to results/realnews.json"
    )
    args = parser.parse_args()
    more = shared_data_dir() / "saudinewsnet" / "more.txt"
    if not start(more, "SaudiNewsNet more.txt"):
        return 0
    try:
        gold = read_realnews(args.split, more)
    except ValueError as err:
        print(f"--split: {err}")
        return 1
    import qawl
    from qawl.eval.articles import score_articles

    began = time.perf_counter()
    nlp = qawl.load(args.bundle)
    pred = [doc.to_dict() for doc in nlp.pipe([g["text"] for g in gold])]
    seconds = time.perf_counter() - began
    import torch

    entry = {
        "split": args.split,
        "bundle": str(args.bundle),
        "note": args.note,
        "counts": gold_counts(gold),
        "scores": score_articles(gold, pred).to_dict(),
        "stance_trained_on": trained_on(Path(args.bundle), gold, "stance"),
        "ner_trained_on": trained_on(Path(args.bundle), gold, "ner"),
        "seconds": round(seconds, 1),
        "machine": machine("cuda" if torch.cuda.is_available() else "cpu"),
        "date": dt.date.today().isoformat(),
    }
    print(markdown(entry))
    if args.no_record:
        return 0
    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {"runs": []}
    results["runs"].append(entry)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    import report

    report.write()
    print(f"recorded in {RESULTS.relative_to(ROOT)} and benchmarks/RESULTS.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
