"""Write the real-text dev set as training examples: its statements for stance, its entities for NER.

The real-text dev set (``benchmarks/realnews``: SaudiNewsNet articles annotated by the
team, stand-off) holds about 3,250 statements and 10,800 entities in the register qawl is
for, mostly neutral, with their speakers and stance. The offline configs list the files
this script writes under ``data.train_extra``, so the models learn real reporting beside
the shipped corpus: ``realnews-stance.jsonl`` (one statement with its speaker and
sentence per line) and ``realnews-ner.jsonl`` (one sentence with IOB2 tags per line, cut
as the pipeline cuts it). The article text is read from ``../shared/data`` and is not
redistributed (CC BY-NC-SA), so the files go to ``data/local/`` (ignored by git) and are
rebuilt on each machine; without the shared data the script says so and exits 0, and
training goes on without them (the models' cards and metrics say so).

The holdouts (``holdout``, ``conflict-holdout``) are never written: they stay the
unseen measure. Every other split is: the real-text dev figures of a model trained on
these files are figures on its training articles, so ``benchmarks/NOTES.md`` reports the
two-fold estimates (``benchmarks/stance_crossfit.py``, ``benchmarks/ner_crossfit.py``:
trained on half the articles, scored on the other half) beside them.

    python scripts/realnews_data.py                  # -> data/local/realnews-{stance,ner}.jsonl
    python scripts/realnews_data.py --out-dir /tmp/x --split dev+conflict
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import DEV_SPLITS, read_realnews  # noqa: E402

from qawl.data.article_ner import article_ner_examples  # noqa: E402
from qawl.data.article_stance import article_stance_examples  # noqa: E402
from qawl.data.corpus import write_jsonl  # noqa: E402
from qawl.eval.standoff import shared_data_dir  # noqa: E402

DEFAULT_OUT = ROOT / "data" / "local"
STANCE_FILE, NER_FILE = "realnews-stance.jsonl", "realnews-ner.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    parser.add_argument(
        "--split", default=DEV_SPLITS, help="real-text splits, a+b (default: all but the holdouts)"
    )
    parser.add_argument("--more", type=Path, default=shared_data_dir() / "saudinewsnet" / "more.txt")
    args = parser.parse_args()
    if "holdout" in args.split:
        parser.error("--split: the holdouts are never trained on")
    if not args.more.is_file():
        print(
            f"{args.more} not found (SaudiNewsNet is not redistributed; set QAWL_SHARED_DATA to the "
            f"folder holding saudinewsnet/more.txt): nothing written to {args.out_dir}, and the models "
            "train without the real-text dev set"
        )
        return 0
    try:
        articles = read_realnews(args.split, args.more)
    except ValueError as err:
        print(f"--split: {err}")
        return 1
    statements = article_stance_examples(articles)
    write_jsonl(args.out_dir / STANCE_FILE, statements)
    by_label: dict[str, int] = {}
    for record in statements:
        by_label[record["label"]] = by_label.get(record["label"], 0) + 1
    print(
        f"{len(statements)} statements of {len(articles)} real articles -> {args.out_dir / STANCE_FILE}",
        by_label,
    )
    sentences, counts = article_ner_examples(articles)
    write_jsonl(args.out_dir / NER_FILE, sentences)
    print(
        f"{counts['sentences']} sentences, {counts['entities']} entities -> {args.out_dir / NER_FILE}; "
        f"{counts['not_on_words']} entities left out (a boundary inside a word, or in text the cleaner "
        f"removes), {counts['across_sentences']} cut by the sentence split"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
