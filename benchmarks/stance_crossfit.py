"""Two-fold estimate of a stance model trained on the real-text dev statements, and its decision rule.

The offline stance config trains on the real newspaper statements of the real-text dev set
(``data.train_extra``, written by ``scripts/realnews_data.py``). Its scores on those
articles are then scores on its training data. This benchmark gives the honest figure:

1. the dev articles (every split but the holdouts) are cut into two folds by position;
2. for each fold, a stance model is trained by ``qawl train`` from the stance config with
   only the *other* fold's statements as ``train_extra``;
3. the decision rule is chosen on cross-fitted logits (each matched statement's stance
   logits from the fold model that never saw its article), as ``calibrate_stance.py``
   chooses it on a model's own dev statements: prior shift to the real gold, in full, shrunk
   or not at all, temperature 1 or fitted, each kept only if it does not blind a class of
   the final model on the shipped stance dev split. When the config fits a lexical head
   (``model.lexical.weight`` above 0), its weight is chosen with the rule: for each weight of
   ``LEXICAL_WEIGHTS`` the encoder's and the head's cross-fitted scores are mixed
   (:func:`qawl.models.lexical.mix`) and the best rule found, and the weight whose rule scores
   best wins. The chosen ``model.calibration`` (and ``model.lexical.weight``) is printed for
   the stance config;
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

import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from calibrate_stance import choose_rule, config_section, matched_items, training_prior  # noqa: E402
from common import DEV_SPLITS, FOLDS, crossfit_start, fold_articles, machine, train_fold_model  # noqa: E402

# The lexical head's shares tried (0: the encoder alone).
LEXICAL_WEIGHTS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8)
OUT = ROOT / "benchmarks" / "out" / "crossfit"


def fold_model(fold: int, articles: list[dict], config: Path, reuse: bool) -> Path:
    """Train (or reuse) the stance model that never sees fold ``fold``'s articles."""
    from qawl.data.article_stance import article_stance_examples

    out = OUT / f"stance-fold{fold}"
    if reuse and (out / "config.json").is_file():
        return out
    records = article_stance_examples(fold_articles(articles, fold, held_out=False))
    return train_fold_model(config, OUT / f"fold{fold}-train-extra.jsonl", records, out)


def main() -> int:
    started = crossfit_start(
        __doc__,
        "stance-tiny.yaml",
        bundle_help="the bundle whose NER and rules run the folds",
        reuse_help="keep fold models already trained",
    )
    if started is None:
        return 0
    args, articles = started

    import qawl
    from qawl.data.readers import read_stance_jsonl
    from qawl.eval.articles import score_articles
    from qawl.models.calibration import fit_temperature, label_prior, prior_weights
    from qawl.models.lexical import mix
    from qawl.models.stance import StanceClassifier

    nlp = qawl.load(args.bundle)
    final = nlp.stance
    labels = [final.id2label[i] for i in range(len(final.id2label))]
    held_out = [fold_articles(articles, fold) for fold in range(FOLDS)]
    encoder, lexical, gold, fold_models = [], [], [], []
    for fold in range(FOLDS):
        model = StanceClassifier.from_pretrained(
            fold_model(fold, articles, args.config, args.reuse),
            sort_by_length=final.sort_by_length,
            batch_tokens=final.batch_tokens,
        )
        fold_models.append(model)
        nlp.stance = model
        items, item_labels = matched_items(nlp, held_out[fold])
        encoder.append(model.encoder_logits(items))
        lexical.append(model.lexical_log_proba(items))
        gold += [labels.index(lab) for lab in item_labels]
    encoder_all, lexical_all = np.concatenate(encoder), np.concatenate(lexical)
    # the training prior of the model the rule is for: the shipped corpus and every real statement
    train_prior, _ = training_prior(Path(args.bundle), labels)
    target_prior = label_prior(
        [st["stance"] for a in articles for st in a["statements"]], labels, smoothing=1
    )
    weights = prior_weights(target_prior, train_prior)
    print(
        f"{len(gold)} matched statements, cross-fitted; train prior {train_prior}; "
        f"target prior {target_prior}"
    )
    guard_items = read_stance_jsonl(ROOT / "data" / "stance" / "dev.jsonl")
    guard_inputs = [(ex.speaker, ex.statement, ex.context or "") for ex in guard_items]
    guard_encoder, guard_lexical = final.encoder_logits(guard_inputs), final.lexical_log_proba(guard_inputs)
    guard_gold = np.array([labels.index(ex.label) for ex in guard_items])
    # a weight above 0 needs a head in every fold model and in the final one (the guard's)
    heads = final.lexical is not None and all(model.lexical is not None for model in fold_models)
    candidates = []
    for share in LEXICAL_WEIGHTS if heads else (0.0,):
        mixed = mix(encoder_all, lexical_all, share)
        print(f"\n-- lexical weight {share:g}")
        rule = choose_rule(
            mixed,
            gold,
            labels,
            weights,
            fit_temperature(mixed, gold),
            (mix(guard_encoder, guard_lexical, share), guard_gold),
            (0.0, 0.5, 1.0),
            lambda shrink, temp, share=share: (
                (
                    f"prior shift to the real dev gold{' (square root)' if shrink < 1 else ''}"
                    if shrink
                    else "no shift"
                )
                + f", temperature {'fit' if temp != 1.0 else '1'} on {len(gold)} matched statements' "
                + (f"cross-fitted scores (lexical weight {share:g}, " if share else "cross-fitted logits (")
                + "2 folds, benchmarks/stance_crossfit.py), "
                + dt.date.today().isoformat()
            ),
        )
        if rule is not None:
            candidates.append((rule[2]["accuracy"], rule[2]["macro_f1"], share, rule))
    if not candidates:
        print("every candidate rule blinds a class on the shipped stance dev split: none chosen")
        return 1
    _, _, share, (name, chosen, after) = max(candidates, key=lambda c: (c[0], c[1]))
    print(f"\nchosen lexical weight {share:g}, rule {name}")
    folds = []
    for fold, model in enumerate(fold_models):
        # the fold's model under the chosen rule and weight, as the shipped model will be
        model.settings = model.settings.model_copy(update={"calibration": chosen, "lexical_weight": share})
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
                "lexical_weight": share,
                "by_lexical_weight": {
                    f"{c[2]:g}": {"accuracy": c[0], "macro_f1": c[1], "rule": c[3][0]} for c in candidates
                },
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
    if heads:
        print(f"model.lexical.weight for the stance config: {share:g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
