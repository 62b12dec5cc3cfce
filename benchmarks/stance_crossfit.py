"""Two-fold estimate of a stance model trained on the real-text dev statements, and its decision rule.

The offline stance config trains on the real newspaper statements of the real-text dev set
(``data.train_extra``, written by ``scripts/realnews_stance.py``). Its scores on those
articles are then scores on its training data. This benchmark gives the honest figure:

1. the dev articles (every split but the holdouts) are cut into two folds by position;
2. for each fold, a stance model is trained by ``qawl train`` from the stance config with
   only the *other* fold's statements as ``train_extra``;
3. the decision rule is chosen on cross-fitted logits (each matched statement's stance
   logits from the fold model that never saw its article), as ``calibrate_stance.py``
   chooses it on a model's own dev statements: prior shift to the real gold, in full, shrunk
   or not at all, temperature 1 or fitted, each kept only if it does not blind a class of
   the final model on the shipped stance dev split. The chosen ``model.calibration`` is
   printed for the stance config;
4. the bundle's pipeline (its NER and rules) runs on each fold with that fold's model under
   the chosen rule, so every article is scored by a model that never saw it: statements,
   speakers, stance accuracy and macro-F1, speaker+stance, as ``benchmarks/realnews.py``
   measures them.

Results go to ``benchmarks/results/stance_crossfit.json``; the fold models to
``benchmarks/out/crossfit/`` (``--reuse`` keeps them).

    python benchmarks/stance_crossfit.py --bundle models/bundle-tiny

Exits 0 with a message without the shared data. The holdouts are never used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from calibrate_stance import choose_rule, config_section, matched_items, training_prior  # noqa: E402
from common import REALNEWS_SPLITS, machine, read_realnews, start  # noqa: E402

from qawl.eval.standoff import shared_data_dir  # noqa: E402

FOLDS = 2
DEV_SPLITS = "+".join(name for name in REALNEWS_SPLITS if "holdout" not in name)
OUT = ROOT / "benchmarks" / "out" / "crossfit"


def fold_model(fold: int, articles: list[dict], config: Path, reuse: bool) -> Path:
    """Train (or reuse) the stance model that never sees fold ``fold``'s articles."""
    from qawl.data.article_stance import article_stance_examples
    from qawl.data.corpus import write_jsonl

    out = OUT / f"stance-fold{fold}"
    if reuse and (out / "config.json").is_file():
        return out
    extra = OUT / f"fold{fold}-train-extra.jsonl"
    write_jsonl(extra, article_stance_examples([a for k, a in enumerate(articles) if k % FOLDS != fold]))
    qawl_cli = Path(sys.executable).with_name("qawl")
    subprocess.run(
        [str(qawl_cli), "train", str(config), "--set", f"data.train_extra=[{extra}]", f"output_dir={out}"],
        check=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", required=True, help="the bundle whose NER and rules run the folds")
    parser.add_argument("--config", type=Path, default=ROOT / "configs" / "stance-tiny.yaml")
    parser.add_argument("--reuse", action="store_true", help="keep fold models already trained")
    args = parser.parse_args()
    more = shared_data_dir() / "saudinewsnet" / "more.txt"
    if not start(more, "SaudiNewsNet more.txt"):
        return 0

    import qawl
    from qawl.data.readers import read_stance_jsonl
    from qawl.eval.articles import score_articles
    from qawl.models.calibration import fit_temperature, label_prior, prior_weights
    from qawl.models.stance import StanceClassifier

    articles = read_realnews(DEV_SPLITS, more)
    nlp = qawl.load(args.bundle)
    final = nlp.stance
    labels = [final.id2label[i] for i in range(len(final.id2label))]
    held_out = [[a for k, a in enumerate(articles) if k % FOLDS == fold] for fold in range(FOLDS)]
    logits, gold, fold_models = [], [], []
    for fold in range(FOLDS):
        model = StanceClassifier.from_pretrained(
            fold_model(fold, articles, args.config, args.reuse),
            sort_by_length=final.sort_by_length,
            batch_tokens=final.batch_tokens,
        )
        fold_models.append(model)
        nlp.stance = model
        items, item_labels = matched_items(nlp, held_out[fold])
        logits.append(model.logits(items))
        gold += [labels.index(lab) for lab in item_labels]
    logits_all = np.concatenate(logits)
    # the training prior of the model the rule is for: the shipped corpus and every real statement
    train_prior, _ = training_prior(Path(args.bundle), labels)
    target_prior = label_prior(
        [st["stance"] for a in articles for st in a["statements"]], labels, smoothing=1
    )
    weights = prior_weights(target_prior, train_prior)
    temperature = fit_temperature(logits_all, gold)
    print(
        f"{len(gold)} matched statements, cross-fitted; train prior {train_prior}; "
        f"target prior {target_prior}"
    )
    guard_items = read_stance_jsonl(ROOT / "data" / "stance" / "dev.jsonl")
    guard_logits = final.logits([(ex.speaker, ex.statement, ex.context or "") for ex in guard_items])
    guard_gold = np.array([labels.index(ex.label) for ex in guard_items])
    chosen_rule = choose_rule(
        logits_all,
        gold,
        labels,
        weights,
        temperature,
        (guard_logits, guard_gold),
        (0.0, 0.5, 1.0),
        lambda shrink, temp: (
            (
                f"prior shift to the real dev gold{' (square root)' if shrink < 1 else ''}"
                if shrink
                else "no shift"
            )
            + f", temperature {'fit' if temp != 1.0 else '1'} on {len(gold)} matched statements' "
            "cross-fitted logits (2 folds, benchmarks/stance_crossfit.py), " + dt.date.today().isoformat()
        ),
    )
    if chosen_rule is None:
        print("every candidate rule blinds a class on the shipped stance dev split: none chosen")
        return 1
    name, chosen, after = chosen_rule
    folds = []
    for fold, model in enumerate(fold_models):
        # the fold's model under the chosen rule, as the shipped model will be
        model.settings = model.settings.model_copy(update={"calibration": chosen})
        nlp.stance = model
        held = held_out[fold]
        s = score_articles(held, [d.to_dict() for d in nlp.pipe([a["text"] for a in held])])
        folds.append(
            {
                "fold": fold,
                "articles": len(held),
                "statements_f1": s.statements.f1,
                "speaker_accuracy": s.speaker_accuracy,
                "stance_accuracy": s.stance_accuracy,
                "stance_macro_f1": s.stance_on_matched.macro_f1,
                "speaker_stance_f1": s.speaker_stance.f1,
                "confusion": {"labels": s.stance_on_matched.labels, "matrix": s.stance_on_matched.matrix},
            }
        )
        print(
            f"fold {fold}: {len(held)} articles, stance accuracy {100 * s.stance_accuracy:.1f}, macro-F1 "
            f"{100 * s.stance_on_matched.macro_f1:.1f}, speaker+stance {100 * s.speaker_stance.f1:.1f}"
        )
    nlp.stance = final
    (ROOT / "benchmarks" / "results" / "stance_crossfit.json").write_text(
        json.dumps(
            {
                "bundle": str(args.bundle),
                "splits": DEV_SPLITS,
                "folds": folds,
                "matched": len(gold),
                "chosen": name,
                "after": after,
                "calibration": chosen.model_dump(mode="json"),
                "machine": machine("cpu"),
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
