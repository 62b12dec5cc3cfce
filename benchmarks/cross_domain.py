"""Benchmark: NER trained on the shipped corpus only, scored on real news (ANERcorp test).

The question issue #9 asks: does a model that learned from qawl's few thousand
hand-written sentences find names in real newspaper text? Each NER model
directory given is run over ``../shared/data/anercorp/test.txt`` and scored with
seqeval on the types both label sets share, coarsely: gold ``PERS`` is ``PER``,
predicted ``GPE`` is ``LOC`` (ANERcorp has no GPE), and ``MISC`` (gold) and
``DATE`` (predicted) are dropped.

    python benchmarks/cross_domain.py --model scratch=models/ner-tiny \\
        --model pretrained=models/ner-tiny-pt --note "..."

Records one entry per model (micro-F1 and F1 per type, with the machine and date)
in benchmarks/results/cross_domain.json and regenerates benchmarks/RESULTS.md.
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

DATA = ROOT.parent / "shared" / "data" / "anercorp" / "test.txt"
RESULTS = ROOT / "benchmarks" / "results" / "cross_domain.json"

GOLD_MAP = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}  # MISC dropped
PRED_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}  # DATE dropped


def coarse(tags: list[str], mapping: dict[str, str]) -> list[str]:
    """Map each tag's type; a type outside ``mapping`` becomes ``O``.

    Example:
        >>> coarse(["B-GPE", "I-GPE", "B-DATE", "O"], PRED_MAP)
        ['B-LOC', 'I-LOC', 'O', 'O']
    """
    out = []
    for tag in tags:
        typ = mapping.get(tag[2:]) if tag != "O" else None
        out.append(f"{tag[:2]}{typ}" if typ else "O")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", required=True, metavar="NAME=DIR")
    parser.add_argument("--note", default="", help="what the models are, recorded beside their scores")
    args = parser.parse_args()
    if not start(DATA, "ANERcorp test"):
        return 0
    import torch

    from qawl.data.readers import read_ner_file
    from qawl.eval.ner_metrics import ner_scores
    from qawl.models.ner import NerTagger

    sentences = read_ner_file(DATA)
    gold = [coarse(list(s.tags), GOLD_MAP) for s in sentences]
    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {"runs": []}
    for spec in args.model:
        name, _, model_dir = spec.partition("=")
        tagger = NerTagger.from_pretrained(model_dir)
        pred = [coarse([lab for lab, _ in p], PRED_MAP) for p in tagger.predict([s.words for s in sentences])]
        scores = ner_scores(gold, pred).default
        entry = {
            "name": name,
            "model": model_dir,
            "note": args.note,
            "micro_f1": scores.micro.f1,
            "per_type_f1": {t: v.f1 for t, v in scores.per_type.items()},
            "sentences": len(sentences),
            "machine": machine("cuda" if torch.cuda.is_available() else "cpu"),
            "date": dt.date.today().isoformat(),
        }
        print(
            f"{name}: micro-F1 {100 * entry['micro_f1']:.1f}; "
            + ", ".join(f"{t} {100 * f:.1f}" for t, f in entry["per_type_f1"].items())
        )
        results["runs"].append(entry)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    import report

    report.write()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
