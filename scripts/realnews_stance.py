"""Write the real newspaper statements of the real-text dev set as stance training examples.

The real-text dev set (``benchmarks/realnews``: SaudiNewsNet articles annotated by the
team, stand-off) holds about 2,250 statements in the register qawl is for, mostly
neutral, with their speakers and stance. The offline stance config lists the file this
script writes under ``data.train_extra``, so the model learns real reporting beside the
shipped stance corpus. The article text is read from ``../shared/data`` and is not
redistributed (CC BY-NC-SA), so the file goes to ``data/local/`` (ignored by git) and
is rebuilt on each machine; without the shared data the script says so and exits 0,
and training goes on without the file (the model's card and metrics say so).

The holdouts (``holdout``, ``conflict-holdout``) are never written: they stay the
unseen measure. Every other split is: the real-text dev figures of a model trained on
this file are figures on its training articles, so ``benchmarks/NOTES.md`` reports the
two-fold estimate (trained on half the articles, scored on the other half) beside them.

    python scripts/realnews_stance.py                 # -> data/local/realnews-stance.jsonl
    python scripts/realnews_stance.py --out /tmp/x.jsonl --split dev+conflict
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import REALNEWS_SPLITS, read_realnews  # noqa: E402

from qawl.data.article_stance import article_stance_examples  # noqa: E402
from qawl.data.corpus import write_jsonl  # noqa: E402
from qawl.eval.standoff import shared_data_dir  # noqa: E402

DEFAULT_OUT = ROOT / "data" / "local" / "realnews-stance.jsonl"
# Every annotated split but the holdouts, which are scored once and never trained on.
TRAIN_SPLITS = "+".join(name for name in REALNEWS_SPLITS if "holdout" not in name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    parser.add_argument(
        "--split", default=TRAIN_SPLITS, help="real-text splits, a+b (default: all but the holdouts)"
    )
    parser.add_argument("--more", type=Path, default=shared_data_dir() / "saudinewsnet" / "more.txt")
    args = parser.parse_args()
    if "holdout" in args.split:
        parser.error("--split: the holdouts are never trained on")
    if not args.more.is_file():
        print(
            f"{args.more} not found (SaudiNewsNet is not redistributed; set QAWL_SHARED_DATA to the "
            f"folder holding saudinewsnet/more.txt): {args.out} not written, and the stance model "
            "trains without the real statements"
        )
        return 0
    try:
        articles = read_realnews(args.split, args.more)
    except ValueError as err:
        print(f"--split: {err}")
        return 1
    records = article_stance_examples(articles)
    write_jsonl(args.out, records)
    counts: dict[str, int] = {}
    for record in records:
        counts[record["label"]] = counts.get(record["label"], 0) + 1
    print(f"{len(records)} statements of {len(articles)} real articles -> {args.out} {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
