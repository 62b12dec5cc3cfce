"""Benchmark: stance on Mawqif (real Arabic tweets, targets × Favor/Against/None).

Converts ../shared/data/mawqif/{train,test}.csv into qawl's stance JSONL (the
target becomes the "speaker" segment of the pair, the tweet the statement), holds
out 10% of train as dev (every 10th row), trains configs/stance-mawqif-tiny.yaml
with the same code as the shipped stance model, and records test macro-F1 in
benchmarks/results/mawqif.json. Rows without a stance label are counted and left
out. Skips with a message when the data is absent.

    python benchmarks/mawqif.py [--set training.epochs=5 ...]

Each run is appended to the results (with its overrides), so runs of several
recipes stand side by side in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import machine, start  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "mawqif"
OUT = Path("/tmp/qawl-mawqif")
RESULTS = ROOT / "benchmarks" / "results" / "mawqif.json"


def convert() -> dict[str, int]:
    """Write train/dev/test JSONL; return row counts (and unlabelled rows skipped)."""
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {"unlabelled_skipped": 0}
    for name in ("train", "test"):
        with open(DATA / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        good = []
        for r in rows:
            if not (r.get("stance") or "").strip():
                counts["unlabelled_skipped"] += 1
                continue
            good.append(
                {
                    "id": r["ID"],
                    "speaker": r["target"].strip(),
                    "statement": " ".join(r["text"].split()),
                    "label": r["stance"].strip(),
                }
            )
        parts = (
            {
                "train": [g for k, g in enumerate(good) if k % 10],
                "dev": [g for k, g in enumerate(good) if not k % 10],
            }
            if name == "train"
            else {"test": good}
        )
        for split, items in parts.items():
            (OUT / f"{split}.jsonl").write_text(
                "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
            )
            counts[split] = len(items)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="*", default=[])
    args = parser.parse_args()
    if not start(DATA / "train.csv", "Mawqif"):
        return 0
    from qawl.config import load_config
    from qawl.eval.stance_metrics import StanceScores
    from qawl.training.trainer import train

    counts = convert()
    cfg = load_config(
        ROOT / "configs" / "stance-mawqif-tiny.yaml", args.set + ["output_dir=/tmp/qawl-bench/mawqif"]
    )
    m = train(cfg).metrics
    dev, test = StanceScores.from_dict(m["dev"]), StanceScores.from_dict(m["test"])
    result = {
        "rows": counts,
        "overrides": args.set,
        "dev_macro_f1": dev.macro_f1,
        "test_macro_f1": test.macro_f1,
        "test_accuracy": test.accuracy,
        "test_per_class": {lab: v.to_dict() for lab, v in test.per_class.items()},
        "epochs_run": m["epochs_run"],
        "train_seconds": m["train_seconds"],
        "machine": machine(m["device"]),
        "date": dt.date.today().isoformat(),
    }
    # One entry per run (e.g. from scratch, and on the pretrained encoder), oldest first.
    runs = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {"runs": []}
    if "runs" not in runs:  # the single-run file of earlier versions
        runs = {"runs": [runs]}
    runs["runs"].append(result)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(runs, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(result, indent=1, ensure_ascii=False))
    import report

    report.write()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
