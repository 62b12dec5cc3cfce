"""Benchmark: offline (from-scratch) NER on ANERcorp, CAMeL split.

Trains one or more variants of configs/ner-anercorp-tiny.yaml (each a list of
--set overrides), picks nothing by test: every variant's dev and test scores are
recorded, and the report marks the variant with the best DEV micro-F1.

    python benchmarks/anercorp.py                      # all variants below
    python benchmarks/anercorp.py --only base-4k       # one variant

Results go to benchmarks/results/anercorp.json (one entry per variant, with the
machine and date) and the table in benchmarks/RESULTS.md is regenerated from it.
Skips with a message when ../shared/data/anercorp is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import machine, start  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "anercorp"
CONFIG = ROOT / "configs" / "ner-anercorp-tiny.yaml"
RESULTS = ROOT / "benchmarks" / "results" / "anercorp.json"

# name -> (what it tests, overrides)
SMALL = [
    "model.from_scratch.hidden_size=128",
    "model.from_scratch.num_layers=2",
    "model.from_scratch.intermediate_size=512",
]
VARIANTS = {
    "base-4k": ("4 layers x 256, vocab 4k", []),
    "small-4k": ("2 layers x 128, vocab 4k", SMALL),
    "small-16k": (
        "2 layers x 128, vocab 16k (the reference vocabulary size)",
        SMALL + ["model.from_scratch.vocab_size=16000"],
    ),
    "small-32k": (
        "2 layers x 128, vocab 32k (near word level)",
        SMALL + ["model.from_scratch.vocab_size=32000"],
    ),
    "small-16k-allsub": (
        "2 layers x 128, vocab 16k, label all sub-tokens",
        SMALL + ["model.from_scratch.vocab_size=16000", "model.label_all_subtokens=true"],
    ),
    "small-16k-mr1": (
        "2 layers x 128, vocab 16k, 1 mention-replacement copy per sentence",
        SMALL + ["model.from_scratch.vocab_size=16000", "training.mention_replacement=1"],
    ),
    "ner-tiny-recipe": (
        "the shipped ner-tiny recipe: 2 x 128, vocab 16k, mention replacement x4, dropout 0.2",
        SMALL
        + [
            "model.from_scratch.vocab_size=16000",
            "training.mention_replacement=4",
            "model.from_scratch.dropout=0.2",
        ],
    ),
    "small-16k-drop3": (
        "2 layers x 128, vocab 16k, dropout 0.3",
        SMALL + ["model.from_scratch.vocab_size=16000", "model.from_scratch.dropout=0.3"],
    ),
    "shipped-encoder": (
        "the shipped pretrained encoder (encoders/qawl-mini-saudinewsnet, 4 x 256, folding), fine-tuned",
        [
            "model.from_scratch=null",
            "model.pretrained=encoders/qawl-mini-saudinewsnet",
            "model.normalizer={fold_alef: true, fold_ya: true, fold_ta_marbuta: true}",
            "training.learning_rate=2.0e-4",
            "training.epochs=5",
            "training.early_stopping_patience=2",
        ],
    ),
}


def _figures(dev, test) -> dict:
    """The recorded figures of one run, from its dev and test NerScores."""
    return {
        "dev_micro_f1": dev.default.micro.f1,
        "test_micro_f1": test.default.micro.f1,
        "test_micro_f1_strict": test.strict.micro.f1,
        "test_macro_f1": test.default.macro.f1,
        "test_macro_f1_strict": test.strict.macro.f1,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="variant names to run")
    parser.add_argument("--set", nargs="*", default=[], help="extra overrides for every variant")
    parser.add_argument(
        "--rescore",
        action="store_true",
        help="re-evaluate the saved models of --only variants with the current decoding instead of training",
    )
    args = parser.parse_args()
    if not start(DATA / "train.txt", "ANERcorp"):
        return 0
    from qawl.config import load_config
    from qawl.eval.ner_metrics import NerScores
    from qawl.training.trainer import train

    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    if args.rescore:
        from qawl.eval.evaluate import evaluate

        for name in args.only:
            out = Path("/tmp/qawl-bench") / name
            dev = evaluate(out, DATA / "dev.txt", out)["scores"]
            test = evaluate(out, DATA / "test.txt", out)["scores"]
            results[name].update(
                {
                    **_figures(dev, test),
                    "rescored": "checkpoint picked by argmax dev F1, scored with constrained decoding",
                }
            )
        RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    for name in args.only or list(VARIANTS):
        what, overrides = VARIANTS[name]
        out = Path("/tmp/qawl-bench") / name
        cfg = load_config(
            CONFIG,
            overrides
            + args.set
            + [
                f"output_dir={out}",
                f"data.train={DATA / 'train.txt'}",
                f"data.dev={DATA / 'dev.txt'}",
                f"data.test={DATA / 'test.txt'}",
            ],
        )
        m = train(cfg).metrics
        results[name] = {
            "what": what,
            "overrides": overrides + args.set,
            **_figures(NerScores.from_dict(m["dev"]), NerScores.from_dict(m["test"])),
            "epochs_run": m["epochs_run"],
            "train_seconds": m["train_seconds"],
            "machine": machine(m["device"]),
            "date": dt.date.today().isoformat(),
        }
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False))
        print(name, json.dumps(results[name], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
