"""Benchmark: training speed settings against the Trainer's plain settings (small runs).

    python benchmarks/train_speed.py [--epochs 6]

Trains ``configs/ner-tiny.yaml`` on the shipped corpus (without mention
replacement, to keep the runs short) with the same vocabulary and seed:

- **plain**: the Trainer's defaults: random batches, fp32, no accumulation
  (dynamic padding, already qawl's, in every run);
- **group_by_length**: batches of similar lengths (``training.group_by_length``);
- **group_by_length + accumulation**: half the batch, two accumulation steps
  (the same effective batch).

Records samples/s, minutes, best dev micro-F1 and minutes to reach the dev F1
every run reaches (the lowest best), read from the per-epoch history, with the
machine's load average, in ``benchmarks/results/train_speed.json``. bf16/fp16
(``training.precision``, ``auto`` by default) only apply on a GPU: this CPU has
no bf16 units, so ``auto`` is fp32 here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import machine, start  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "train_speed.json"
WORK = ROOT / "benchmarks" / "out" / "train_speed"

RUNS = [
    ("plain", "Trainer defaults: random batches, fp32", []),
    ("group_by_length", "length-grouped batches", ["training.group_by_length=true"]),
    (
        "group_by_length + accumulation",
        "length-grouped, batch 8 x 2 accumulation steps",
        ["training.group_by_length=true", "training.batch_size=8", "training.gradient_accumulation_steps=2"],
    ),
]


def minutes_to(metrics: dict, target: float) -> float | None:
    """Minutes until the dev F1 first reached ``target`` (epochs assumed equally long)."""
    for h in metrics["history"]:
        if h.get("eval_f1", -1) >= target - 1e-9:
            return round(metrics["train_seconds"] * h["epoch"] / metrics["epochs_run"] / 60, 2)
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=6)
    args = parser.parse_args()
    os.chdir(ROOT)
    start(ROOT / "configs" / "ner-tiny.yaml", "configs/ner-tiny.yaml")
    from qawl.config import load_config
    from qawl.training.trainer import train

    common = [f"training.epochs={args.epochs}", "training.mention_replacement=0"]
    common += ["training.early_stopping_patience=null"]
    rows, tokenizer = [], None
    # A from-scratch config learns its vocabulary in the first run and reuses it; a pretrained
    # encoder (the shipped default) has one vocabulary already.
    from_scratch = getattr(load_config(ROOT / "configs" / "ner-tiny.yaml").model, "from_scratch", None)
    for name, what, overrides in RUNS:
        out = WORK / name.replace(" ", "-").replace("+", "and")
        sets = [*common, *overrides, f"output_dir={out}"]
        if tokenizer and from_scratch:  # one vocabulary (the WordPiece trainer is not deterministic)
            sets.append(f"model.from_scratch.tokenizer={tokenizer}")
        began = os.getloadavg()[0]
        m = train(load_config(ROOT / "configs" / "ner-tiny.yaml", sets)).metrics
        tokenizer = tokenizer or str(out)
        rows.append(
            {
                "run": name,
                "what": what,
                "samples_per_s": m["train_samples_per_second"],
                "minutes": round(m["train_seconds"] / 60, 2),
                "epochs": m["epochs_run"],
                "best_dev_f1": m["best_checkpoint_metric"]["f1"],
                "test_f1": m["test"]["default"]["micro"]["f1"],
                "precision": m["precision"],
                "metrics": {
                    "history": m["history"],
                    "train_seconds": m["train_seconds"],
                    "epochs_run": m["epochs_run"],
                },
                "load_avg": [round(began, 2), round(os.getloadavg()[0], 2)],
            }
        )
        print(rows[-1]["run"], rows[-1]["samples_per_s"], "samples/s", rows[-1]["best_dev_f1"], flush=True)
    target = min(r["best_dev_f1"] for r in rows)
    for r in rows:
        r["minutes_to_common_dev_f1"] = minutes_to(r.pop("metrics"), target)
    RESULTS.write_text(
        json.dumps(
            {
                "machine": machine("cpu"),
                "date": dt.date.today().isoformat(),
                "config": "configs/ner-tiny.yaml, " + ", ".join(common),
                "common_dev_f1": target,
                "rows": rows,
            },
            indent=2,
        )
        + "\n"
    )
    from report import write

    write()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
