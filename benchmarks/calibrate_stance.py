"""Choose a bundle's stance decision rule on the real-text dev set, and record its calibration.

The stance corpus is balanced by design; real reporting is mostly neutral. This
script runs the bundle's pipeline on the real-text dev set (stand-off SaudiNewsNet
articles, read from ../shared/data; see benchmarks/realnews/README.md), takes the
statements that match a gold statement, and:

1. estimates the target label prior from the dev gold (add-one smoothed) and the
   training prior from the stance model's training file, giving the prior-shift
   weights ``π_target / π_train``;
2. fits a temperature on the matched statements' logits (grid search on NLL);
3. prints accuracy, macro-F1, per-class F1 and ECE before and after, records them
   in benchmarks/results/stance_calibration.json, and prints the ``model.calibration``
   section to put into the stance config (configs/stance-tiny.yaml), so the rule is a
   saved, documented setting that training writes into every model it makes.

    python benchmarks/calibrate_stance.py --bundle models/bundle-tiny

The holdout split is never used here. Exits 0 with a message without the shared data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import start  # noqa: E402

from qawl.eval.standoff import shared_data_dir  # noqa: E402


def matched_items(nlp, gold: list[dict]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The (speaker, statement, context) triples of predicted statements matching gold ones,
    with the gold stance of each."""
    from qawl.data.prepared import prepare
    from qawl.eval.articles import match_statements

    items, labels = [], []
    for g, doc in zip(gold, nlp.pipe([g["text"] for g in gold]), strict=True):
        pred = [s.to_dict() for s in doc.statements]
        prepared = prepare(doc.text)
        for i, j in match_statements(g["statements"], pred):
            st = doc.statements[j]
            sentence = prepared.sentence_at(st.start)
            context = doc.text[sentence.start : sentence.end] if sentence else st.text
            items.append((st.speaker.name if st.speaker else "", st.text, context))
            labels.append(g["statements"][i]["stance"])
    return items, labels


def _counts(indices, labels: list[str]) -> dict[str, int]:
    counts = np.bincount(np.asarray(indices, dtype=int), minlength=len(labels))
    return {lab: int(n) for lab, n in zip(labels, counts, strict=True)}


def report(name: str, probs: np.ndarray, gold: list[int], labels: list[str]) -> dict:
    from qawl.eval.stance_metrics import stance_scores
    from qawl.models.calibration import expected_calibration_error

    pred = [labels[i] for i in probs.argmax(-1)]
    true = [labels[i] for i in gold]
    present = sorted(set(true) | set(pred))  # macro-F1 over the labels in gold or predictions
    s = stance_scores(true, pred, present)
    ece = expected_calibration_error(probs, gold)
    per_class = ", ".join(f"{lab} F1 {100 * v.f1:.1f}" for lab, v in s.per_class.items())
    print(
        f"{name:28s} accuracy {100 * s.accuracy:.1f}  macro-F1 {100 * s.macro_f1:.1f}  ECE {ece:.3f}  "
        f"({per_class}; predicted {_counts(probs.argmax(-1), labels)})"
    )
    return {
        "accuracy": s.accuracy,
        "macro_f1": s.macro_f1,
        "ece": ece,
        "per_class_f1": {lab: v.f1 for lab, v in s.per_class.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", required=True)
    args = parser.parse_args()
    more = shared_data_dir() / "saudinewsnet" / "more.txt"
    if not start(more, "SaudiNewsNet more.txt"):
        return 0
    import yaml

    import qawl
    from qawl.config.experiment import Calibration
    from qawl.data.readers import read_stance_jsonl
    from qawl.eval.standoff import read_standoff
    from qawl.models.calibration import calibrated_probs, fit_temperature, label_prior, prior_weights

    bundle = Path(args.bundle)
    gold_docs = read_standoff(ROOT / "benchmarks" / "realnews" / "dev.jsonl", more)
    nlp = qawl.load(bundle)
    clf = nlp.stance
    labels = [clf.id2label[i] for i in range(len(clf.id2label))]
    items, gold_labels = matched_items(nlp, gold_docs)
    gold = [labels.index(lab) for lab in gold_labels]
    logits = clf.logits(items)
    cfg = yaml.safe_load((bundle / "stance" / "training_config.yaml").read_text(encoding="utf-8"))
    train_file = (
        ROOT / cfg["data"]["train"]
        if not Path(cfg["data"]["train"]).is_absolute()
        else Path(cfg["data"]["train"])
    )
    train_prior = label_prior([ex.label for ex in read_stance_jsonl(train_file)], labels, smoothing=0)
    target_prior = label_prior(gold_labels, labels, smoothing=1)
    weights = prior_weights(target_prior, train_prior)
    temperature = fit_temperature(logits, gold)
    print(f"{len(items)} matched statements; gold {_counts(gold, labels)}")
    print(f"train prior {train_prior}\ntarget prior {target_prior}")
    print(f"weights {weights}, temperature {temperature}")
    before = report("model as trained", calibrated_probs(logits, labels, Calibration()), gold, labels)
    report(
        "temperature only",
        calibrated_probs(logits, labels, Calibration(temperature=temperature)),
        gold,
        labels,
    )
    chosen = Calibration(
        temperature=temperature,
        weights=weights,
        note=f"prior shift to the real-text dev set gold (add-one smoothed) and temperature "
        f"fit on its {len(items)} matched statements, {dt.date.today().isoformat()}",
    )
    after = report("prior shift + temperature", calibrated_probs(logits, labels, chosen), gold, labels)
    results = ROOT / "benchmarks" / "results" / "stance_calibration.json"
    results.write_text(
        json.dumps(
            {
                "bundle": str(bundle),
                "matched": len(items),
                "before": before,
                "after": after,
                "calibration": chosen.model_dump(mode="json"),
                "date": dt.date.today().isoformat(),
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    print(
        "\nmodel.calibration for the stance config:\n"
        + yaml.safe_dump({"calibration": chosen.model_dump(mode="json")}, allow_unicode=True, sort_keys=False)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
