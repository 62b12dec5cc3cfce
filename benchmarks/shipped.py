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
    import qawl
    from qawl.bundle import export_bundle
    from qawl.config import load_config
    from qawl.data.readers import read_json_lines
    from qawl.eval.articles import evaluate_articles, score_attribution
    from qawl.eval.ner_metrics import NerScores
    from qawl.eval.stance_metrics import StanceScores
    from qawl.models.ruler import DEFAULT_GAZETTEER
    from qawl.training.trainer import train

    metrics = {}
    for name in ("ner-tiny", "stance-tiny"):
        out = ROOT / "models" / name
        if not (args.reuse and (out / "metrics.json").is_file()):
            train(load_config(ROOT / "configs" / f"{name}.yaml"))
        metrics[name] = json.loads((out / "metrics.json").read_text())
    # The bundle scripts/main.sh writes: `qawl export` adds the shipped gazetteer by default.
    bundle = export_bundle(
        ROOT / "models" / "ner-tiny",
        ROOT / "models" / "stance-tiny",
        ROOT / "models" / "bundle-tiny",
        [DEFAULT_GAZETTEER],
    )
    began = time.perf_counter()
    nlp = qawl.load(bundle)
    arts = {
        split: evaluate_articles(nlp, ROOT / "data" / "articles" / f"{split}.jsonl", ROOT / "reports")
        for split in ("dev", "test")
    }
    seconds = time.perf_counter() - began
    rules = {}
    for split in ("dev", "test"):
        r = score_attribution([g for _, g in read_json_lines(ROOT / "data" / "articles" / f"{split}.jsonl")])
        rules[split] = {"statements": r.statements.to_dict(), "speaker_accuracy": r.speaker_accuracy}
    ner_run, st_run = metrics["ner-tiny"], metrics["stance-tiny"]
    ner = {split: NerScores.from_dict(ner_run[split]) for split in ("dev", "test")}
    st = {split: StanceScores.from_dict(st_run[split]) for split in ("dev", "test")}
    result = {
        "ner": {
            split: {
                "micro_f1": n.default.micro.f1,
                "micro_f1_strict": n.strict.micro.f1,
                "macro_f1": n.default.macro.f1,
                "per_type_f1": {t: v.f1 for t, v in n.default.per_type.items()},
            }
            for split, n in ner.items()
        },
        "ner_train_seconds": ner_run["train_seconds"],
        "ner_epochs": ner_run["epochs_run"],
        "stance": {
            split: {
                "macro_f1": s.macro_f1,
                "accuracy": s.accuracy,
                "confusion": {"labels": s.labels, "matrix": s.matrix},
            }
            for split, s in st.items()
        },
        "stance_train_seconds": st_run["train_seconds"],
        "stance_epochs": st_run["epochs_run"],
        "articles": {split: a["scores"].to_dict() for split, a in arts.items()},
        "articles_seconds": round(seconds, 1),
        "attribution_with_gold_entities": rules,
        "machine": machine(ner_run["device"]),
        "date": dt.date.today().isoformat(),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(arts["test"]["markdown"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
