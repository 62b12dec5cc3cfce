"""Benchmark: the offline default models on the shipped corpus, end to end.

Trains configs/ner-tiny.yaml and configs/stance-tiny.yaml (unless --reuse and the
models exist), exports the bundle, and records NER test scores, stance test
scores and the end-to-end article scores on data/articles/test.jsonl in
benchmarks/results/shipped.json, with the machine and date.

    python benchmarks/shipped.py [--reuse]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import machine, start  # noqa: E402
RESULTS = ROOT / "benchmarks" / "results" / "shipped.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="reuse trained models in models/")
    args = parser.parse_args()
    os.chdir(ROOT)
    start(ROOT / "configs" / "ner-tiny.yaml", "configs/ner-tiny.yaml")
    from qawl.data.readers import read_json_lines
    from qawl.eval.articles import evaluate_articles, score_attribution
    from qawl.models.export import export_bundle
    from qawl.training.config import load_config
    from qawl.training.trainer import train

    metrics = {}
    for name in ("ner-tiny", "stance-tiny"):
        out = ROOT / "models" / name
        if not (args.reuse and (out / "metrics.json").is_file()):
            train(load_config(ROOT / "configs" / f"{name}.yaml"))
        metrics[name] = json.loads((out / "metrics.json").read_text())
    bundle = export_bundle(ROOT / "models" / "ner-tiny", ROOT / "models" / "stance-tiny",
                           ROOT / "models" / "bundle-tiny")
    began = time.perf_counter()
    arts = {split: evaluate_articles(bundle, ROOT / "data" / "articles" / f"{split}.jsonl")
            for split in ("dev", "test")}
    seconds = time.perf_counter() - began
    rules = {}
    for split in ("dev", "test"):
        r = score_attribution([g for _, g in read_json_lines(ROOT / "data" / "articles" / f"{split}.jsonl")])
        rules[split] = {"statements": r["statements"], "speaker_accuracy": r["speaker_accuracy"]}
    ner, st = metrics["ner-tiny"], metrics["stance-tiny"]
    result = {
        "ner": {split: {"micro_f1": ner[split]["default"]["micro"]["f1"],
                        "micro_f1_strict": ner[split]["strict"]["micro"]["f1"],
                        "macro_f1": ner[split]["default"]["macro"]["f1"],
                        "per_type_f1": {t: v["f1"] for t, v in ner[split]["default"]["per_type"].items()}}
                for split in ("dev", "test")},
        "ner_train_seconds": ner["train_seconds"], "ner_epochs": ner["epochs_run"],
        "stance": {split: {"macro_f1": st[split]["macro_f1"], "accuracy": st[split]["accuracy"],
                           "confusion": st[split]["confusion"]} for split in ("dev", "test")},
        "stance_train_seconds": st["train_seconds"], "stance_epochs": st["epochs_run"],
        "articles": {split: {k: v for k, v in a.items() if k not in ("markdown",)}
                     for split, a in arts.items()},
        "articles_seconds": round(seconds, 1),
        "attribution_with_gold_entities": rules,
        "machine": machine(ner["device"]),
        "date": dt.date.today().isoformat(),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(arts["test"]["markdown"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
