"""Two-fold estimate of an NER model trained on the real-text dev entities.

The offline NER config may train on the entities of the real-text dev set
(``data.train_extra``, written by ``scripts/realnews_data.py``); its scores on those
articles are then scores on its training data. This benchmark gives the honest figure:

1. the dev articles (every split but the holdouts) are cut into the two folds of
   ``stance_crossfit.py`` (by position: ``common.fold_articles``);
2. for each fold, an NER model is trained by ``qawl train`` from the NER config with only
   the *other* fold's sentences as ``train_extra``, and bundled with the bundle's stance
   model and gazetteer (``qawl export``);
3. each fold's articles are analyzed by its fold bundle (a tagger that never saw them) and
   by the bundle given (one trained without real entities), and both are scored as
   ``benchmarks/realnews.py`` scores them: entities exact and overlap (per type too),
   statements, speakers. Stance is left out: the stance model is the same in both and was
   trained on these statements (``stance_crossfit.py`` measures it).

Results go to ``benchmarks/results/ner_crossfit.json``; the fold models and bundles to
``benchmarks/out/ner-crossfit/`` (``--reuse`` keeps them).

    python benchmarks/ner_crossfit.py --bundle models/bundle-tiny

Exits 0 with a message without the shared data. The holdouts are never used.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import DEV_SPLITS, FOLDS, crossfit_start, fold_articles, machine, train_fold_model  # noqa: E402

OUT = ROOT / "benchmarks" / "out" / "ner-crossfit"


def _run(*args: str) -> None:
    qawl_cli = Path(sys.executable).with_name("qawl")
    subprocess.run([str(qawl_cli), *args], check=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})


def fold_bundle(fold: int, articles: list[dict], config: Path, bundle: Path, reuse: bool) -> Path:
    """Train (or reuse) the NER model that never sees fold ``fold``'s articles, bundled with
    ``bundle``'s stance model."""
    from qawl.data.article_ner import article_ner_examples

    model, out = OUT / f"ner-fold{fold}", OUT / f"bundle-fold{fold}"
    if not (reuse and (model / "config.json").is_file()):
        records, counts = article_ner_examples(fold_articles(articles, fold, held_out=False))
        print(f"fold {fold}: training on {dict(counts)} of the other fold")
        train_fold_model(config, OUT / f"fold{fold}-train-extra.jsonl", records, model)
    if not (reuse and (out / "qawl_pipeline.json").is_file()):
        manifest = json.loads((bundle / "qawl_pipeline.json").read_text(encoding="utf-8"))
        _run("export", "--ner", str(model), "--stance", str(bundle / manifest["stance"]), "--out", str(out))
    return out


def _figures(s) -> dict:
    return {
        "entities_exact_f1": s.entities_exact.f1,
        "entities_overlap_f1": s.entities_overlap.f1,
        "per_type_f1": {label: prf.f1 for label, prf in s.entities_per_type.items()},
        "statements_f1": s.statements.f1,
        "speaker_accuracy": s.speaker_accuracy,
    }


def main() -> int:
    started = crossfit_start(
        __doc__,
        "ner-tiny.yaml",
        bundle_help="a bundle whose tagger never saw the dev set",
        reuse_help="keep fold models and bundles already built",
    )
    if started is None:
        return 0
    args, articles = started

    import qawl
    from qawl.eval.articles import score_articles

    held_out = [fold_articles(articles, fold) for fold in range(FOLDS)]
    base = qawl.load(args.bundle)
    gold, base_docs, fold_docs = [], [], []
    for fold in range(FOLDS):
        nlp = qawl.load(fold_bundle(fold, articles, args.config, args.bundle, args.reuse))
        texts = [a["text"] for a in held_out[fold]]
        gold += held_out[fold]
        fold_docs += [d.to_dict() for d in nlp.pipe(texts)]
        base_docs += [d.to_dict() for d in base.pipe(texts)]
    rows = {
        "without real entities (the bundle given)": _figures(score_articles(gold, base_docs)),
        "trained on the other fold's real entities": _figures(score_articles(gold, fold_docs)),
    }
    print(f"\n{len(gold)} dev articles, two folds; {machine('cpu')}, {dt.date.today().isoformat()}\n")
    print("| tagger | entities exact | overlap | PER | ORG | GPE | LOC | DATE | statements | speakers |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, f in rows.items():
        types = " | ".join(
            f"{100 * f['per_type_f1'].get(t, 0.0):.1f}" for t in ("PER", "ORG", "GPE", "LOC", "DATE")
        )
        exact, overlap = 100 * f["entities_exact_f1"], 100 * f["entities_overlap_f1"]
        print(
            f"| {name} | {exact:.1f} | {overlap:.1f} | {types} | "
            f"{100 * f['statements_f1']:.1f} | {100 * f['speaker_accuracy']:.1f}% |"
        )
    (ROOT / "benchmarks" / "results" / "ner_crossfit.json").write_text(
        json.dumps(
            {
                "bundle": str(args.bundle),
                "config": str(args.config),
                "splits": DEV_SPLITS,
                "articles": len(gold),
                "rows": rows,
                "machine": machine("cpu"),
                "date": dt.date.today().isoformat(),
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
