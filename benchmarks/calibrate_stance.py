"""Choose a bundle's stance decision rule on the real-text dev set, and record its calibration.

The stance corpus is balanced by design; real reporting is mostly neutral. This
script runs the bundle's pipeline on the real-text dev set (stand-off SaudiNewsNet
articles, read from ../shared/data; see benchmarks/realnews/README.md), takes the
statements that match a gold statement, and:

1. estimates the target label prior from the dev gold (add-one smoothed) and the
   training prior from the stance model's training file, giving the prior-shift
   weights ``π_target / π_train``;
2. fits a temperature on the matched statements' logits (grid search on NLL);
3. scores candidate rules: temperature 1 or fitted, times the prior-shift weights
   in full or shrunk (their square root: 116 real statements cannot pin down the
   prior of a class they hardly contain, and real reporting does carry threats);
4. keeps the candidates that do not blind the model to a class: on the shipped
   stance dev split (balanced, data/stance/dev.jsonl) each class's recall stays at
   least GUARD x its recall as trained; among them picks the best real-dev accuracy
   (then macro-F1);
5. prints accuracy, macro-F1, per-class F1 and ECE of every candidate, records the
   chosen one against the model as trained in benchmarks/results/stance_calibration.json,
   and prints the ``model.calibration`` section to put into the stance config
   (configs/stance-tiny.yaml), so the rule is a saved, documented setting that
   training writes into every model it makes.

Macro-F1 is over the labels present in gold or predictions: the dev set has no
escalation, so a rule that predicts escalation even once averages in a zero.

    python benchmarks/calibrate_stance.py --bundle models/bundle-tiny

The holdout split is never used here. Exits 0 with a message without the shared data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import machine, read_realnews, start, training_files  # noqa: E402

from qawl.eval.standoff import shared_data_dir  # noqa: E402

if TYPE_CHECKING:
    from qawl.config.experiment import Calibration


def matched_items(nlp, gold: list[dict]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The (speaker, statement, context) triples of predicted statements matching gold ones,
    with the gold stance of each: the statements the stance model decides (a cue that names
    its speech act, such as أدان, decides its statement's stance whatever the rule; those
    are left out, and counted)."""
    from qawl.attribution.cues import speech_act
    from qawl.eval.articles import match_statements

    items, labels = [], []
    by_cue = 0
    for g, doc in zip(gold, nlp.pipe([g["text"] for g in gold]), strict=True):
        pred = [s.to_dict() for s in doc.statements]
        inputs = nlp.stance_inputs(doc)  # what the pipeline's stance model reads
        for i, j in match_statements(g["statements"], pred):
            st = doc.statements[j]
            if nlp.cue_stance and speech_act(st.cue) is not None:
                by_cue += 1
                continue
            items.append(inputs[j])
            labels.append(g["statements"][i]["stance"])
    print(f"{by_cue} matched statement(s) whose cue names the stance are left out (the cue decides them)")
    return items, labels


GUARD = 0.8  # a chosen rule keeps each class's recall on the shipped dev split at >= 80% of the model's


def class_recall(probs: np.ndarray, gold: np.ndarray, labels: list[str]) -> dict[str, float]:
    """Each label's recall (share of its gold items predicted as it)."""
    pred = probs.argmax(-1)
    return {
        lab: round(float(np.mean(pred[gold == k] == k)), 3) if (gold == k).any() else 1.0
        for k, lab in enumerate(labels)
    }


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


def training_prior(bundle: Path, labels: list[str]) -> tuple[dict[str, float], list[Path]]:
    """The label prior a bundle's stance model was trained on (``data.train`` and each
    ``data.train_extra`` file still here, unsmoothed), and its ``train_extra`` files."""
    from qawl.data.readers import read_stance_jsonl
    from qawl.models.calibration import label_prior

    train, extras = training_files(bundle, "stance")
    found = [ex.label for path in [train, *extras] if path.is_file() for ex in read_stance_jsonl(path)]
    return label_prior(found, labels, smoothing=0), extras


def choose_rule(
    logits: np.ndarray,
    gold: list[int],
    labels: list[str],
    weights: dict[str, float],
    temperature: float,
    guard: tuple[np.ndarray, np.ndarray],
    shrinks: tuple[float, ...],
    note: Callable[[float, float], str],
) -> tuple[str, Calibration, dict] | None:
    """Score each candidate rule and keep the best that blinds no class.

    Candidates are the prior-shift ``weights`` raised to each of ``shrinks`` (1: in full,
    0.5: their square root, 0: none) times temperature 1 or ``temperature``. A rule is kept
    only if, on the shipped stance dev split (``guard``: its logits and gold), each class's
    recall stays at least ``GUARD`` x the model's own; the best kept real-dev accuracy
    (then macro-F1) wins.

    Returns:
        ``(name, rule, scores)`` of the chosen rule, or None when every candidate blinds a class.
    """
    from qawl.config.experiment import Calibration
    from qawl.models.calibration import calibrated_probs

    guard_logits, guard_gold = guard
    base_recall = class_recall(calibrated_probs(guard_logits, labels, Calibration()), guard_gold, labels)
    print(f"shipped stance dev recall as trained {base_recall}")
    kept = []
    for shrink in shrinks:
        for temp in (1.0, temperature):
            rule = Calibration(
                temperature=temp,
                weights={lab: round(w**shrink, 6) for lab, w in weights.items()} if shrink else {},
                note=note(shrink, temp),
            )
            name = f"shift^{shrink:g}, T={temp:g}"
            scores = report(name, calibrated_probs(logits, labels, rule), gold, labels)
            recall = class_recall(calibrated_probs(guard_logits, labels, rule), guard_gold, labels)
            ok = all(recall[lab] >= GUARD * base_recall[lab] for lab in labels)
            print(f"{'':28s} shipped dev recall {recall} {'kept' if ok else 'blinds a class: dropped'}")
            if ok:
                kept.append((scores["accuracy"], scores["macro_f1"], name, rule, scores))
    if not kept:
        return None
    _, _, name, rule, scores = max(kept, key=lambda c: (c[0], c[1]))
    print(f"\nchosen: {name}")
    return name, rule, scores


def config_section(rule: Calibration) -> str:
    """The ``model.calibration`` YAML to paste into the stance config."""
    import yaml

    dumped = yaml.safe_dump(
        {"calibration": rule.model_dump(mode="json")}, allow_unicode=True, sort_keys=False
    )
    return "\nmodel.calibration for the stance config:\n" + dumped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", required=True)
    parser.add_argument(
        "--split",
        default="dev",
        help="the real-text split(s) the rule is chosen on, joined by + (default: dev; never a holdout)",
    )
    parser.add_argument(
        "--prior-split",
        default="dev",
        help="the split whose gold gives the target class prior (default: dev, drawn without regard "
        "to topic; the conflict stratum over-represents threats on purpose)",
    )
    args = parser.parse_args()
    if "holdout" in args.split or "holdout" in args.prior_split:
        parser.error("--split/--prior-split: the holdouts are never used for calibration")
    more = shared_data_dir() / "saudinewsnet" / "more.txt"
    if not start(more, "SaudiNewsNet more.txt"):
        return 0

    import qawl
    from qawl.config.experiment import Calibration
    from qawl.data.readers import read_stance_jsonl
    from qawl.models.calibration import calibrated_probs, fit_temperature, label_prior, prior_weights

    bundle = Path(args.bundle)
    try:
        gold_docs = read_realnews(args.split, more)
        prior_docs = read_realnews(args.prior_split, more)
    except ValueError as err:
        print(f"--split/--prior-split: {err}")
        return 1
    nlp = qawl.load(bundle)
    clf = nlp.stance
    labels = [clf.id2label[i] for i in range(len(clf.id2label))]
    items, gold_labels = matched_items(nlp, gold_docs)
    gold = [labels.index(lab) for lab in gold_labels]
    logits = clf.logits(items)
    train_prior, extras = training_prior(bundle, labels)
    if extras:
        print(
            "the stance model was trained on real dev statements (data.train_extra): a rule fitted "
            "on them here fits its training data; benchmarks/stance_crossfit.py fits it on "
            "cross-fitted logits"
        )
    # The prior of real reporting: every gold statement of the prior split (matched or not).
    prior_labels = [st["stance"] for doc in prior_docs for st in doc["statements"]]
    target_prior = label_prior(prior_labels, labels, smoothing=1)
    weights = prior_weights(target_prior, train_prior)
    temperature = fit_temperature(logits, gold)
    print(f"{len(items)} matched statements; gold {_counts(gold, labels)}")
    print(f"train prior {train_prior}\ntarget prior {target_prior}")
    print(f"weights {weights}, temperature {temperature}")
    before = report("model as trained", calibrated_probs(logits, labels, Calibration()), gold, labels)
    guard_items = read_stance_jsonl(ROOT / "data" / "stance" / "dev.jsonl")
    guard_logits = clf.logits([(ex.speaker, ex.statement, ex.context or "") for ex in guard_items])
    guard_gold = np.array([labels.index(ex.label) for ex in guard_items])
    chosen_rule = choose_rule(
        logits,
        gold,
        labels,
        weights,
        temperature,
        (guard_logits, guard_gold),
        (1.0, 0.5),
        lambda shrink, temp: (
            f"prior shift to the real-text {args.prior_split} gold (add-one smoothed"
            + (", weights shrunk to their square root" if shrink < 1 else "")
            + f"), temperature {'fit on' if temp != 1.0 else '1 over'} {len(items)} matched "
            f"statements of {args.split}; chosen by benchmarks/calibrate_stance.py, "
            f"{dt.date.today().isoformat()}"
        ),
    )
    name, chosen, after = chosen_rule if chosen_rule else ("as trained", Calibration(), before)
    results = ROOT / "benchmarks" / "results" / "stance_calibration.json"
    results.write_text(
        json.dumps(
            {
                "bundle": str(bundle),
                "split": args.split,
                "prior_split": args.prior_split,
                "matched": len(items),
                "before": before,
                "after": after,
                "chosen": name,
                "machine": machine("cpu"),
                "calibration": chosen.model_dump(mode="json"),
                "date": dt.date.today().isoformat(),
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    print(config_section(chosen))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
