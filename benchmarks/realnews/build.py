"""Build the real-text development set (stand-off gold) from the annotators' markup.

Annotators mark SaudiNewsNet articles in scratch files kept OUTSIDE the repository (the
text may not be redistributed), in the gold-article source format (``=== more:LINE``,
optional ``@key: name`` lines, then the article's line with marks). This script parses
them with ``qawl.data.markup.read_article_source``, checks that each article's plain text
equals its ``more.txt`` line exactly, and writes stand-off records (offsets, labels,
hashes; no text) to ``benchmarks/realnews/<split>.jsonl``, in the order of the fixed
sample (``sample.py``).

    python benchmarks/realnews/build.py --scratch /path/to/scratch/realnews
    python benchmarks/realnews/build.py --split conflict --files c1.txt c2.txt --out /tmp/check

By default each split's files are its pattern in the scratch folder (``SPLIT_FILES``: dev
``dev-*.txt``, holdout ``holdout.txt``, conflict ``conflict-1.txt``..., conflict-holdout
``conflict-holdout*.txt``), the scratch folder being ``$QAWL_REALNEWS_SCRATCH``, else
``<repo>/../scratch/realnews``; missing files are skipped, so the set can be rebuilt while
annotation is under way.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from qawl.data.markup import read_article_source  # noqa: E402
from qawl.eval.standoff import SharedDataMissingError, StandoffError, read_lines, shared_data_dir, to_standoff  # noqa: E402


def default_scratch() -> Path:
    """``$QAWL_REALNEWS_SCRATCH``, else ``<repo>/../scratch/realnews``."""
    env = os.environ.get("QAWL_REALNEWS_SCRATCH")
    return Path(env) if env else ROOT.parent / "scratch" / "realnews"


def build(
    markup_files: list[str | Path], more_txt: str | Path, order: list[int] | None = None, split: str = "dev"
) -> list[dict]:
    """Parse markup files into stand-off records, checked against ``more_txt``.

    Args:
        markup_files: Annotators' markup files (``=== more:LINE`` articles).
        more_txt: The text file the line numbers refer to.
        order: The split's sampled line numbers; records come out in this order and an
            article not in it is an error. None keeps the files' order.
        split: The split's name, for messages.

    Returns:
        Stand-off records (see :mod:`qawl.eval.standoff`).

    Raises:
        StandoffError: A bad article id, an article outside the split's sample or in
            two files, or a text that differs from its line; names the file.
        qawl.data.markup.MarkupError: Malformed marks (names file and line).
        SharedDataMissingError: ``more_txt`` is absent.
    """
    articles: list[tuple[Path, int, dict]] = []
    for path in map(Path, markup_files):
        for art in read_article_source(path):
            prefix, _, num = art["id"].partition(":")
            if prefix != "more" or not num.isdigit():
                raise StandoffError(f"{path}: article id {art['id']!r} must be 'more:LINE'")
            articles.append((path, int(num), art))
    seen: dict[int, Path] = {}
    for path, line, _ in articles:
        if line in seen:
            raise StandoffError(f"{path}: more:{line} is also annotated in {seen[line]}")
        if order is not None and line not in order:
            raise StandoffError(f"{path}: more:{line} is not in the {split} sample")
        seen[line] = path
    lines = read_lines(more_txt, seen)
    records = []
    for path, line, art in articles:
        if line not in lines:
            raise StandoffError(f"{path}: {more_txt} has no line {line}")
        try:
            records.append(to_standoff(art, line, lines[line]))
        except StandoffError as err:
            raise StandoffError(f"{path}: {err}") from None
    if order is not None:
        records.sort(key=lambda r: order.index(r["line"]))
    return records


def write_jsonl(records: list[dict], path: str | Path) -> None:
    """One stand-off record per line, UTF-8 (cue words are the only non-ASCII text)."""
    with open(path, "w", encoding="utf-8") as handle:
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")


# Each split's markup files in the scratch folder, by default; one pattern per split of
# sample.SPLITS (a test checks the two agree).
SPLIT_FILES = {
    "dev": "dev-*.txt",
    "holdout": "holdout.txt",
    "conflict": "conflict-[0-9]*.txt",
    "conflict-holdout": "conflict-holdout*.txt",
    "conflict2": "conflict2-*.txt",
    "dev2": "dev2-*.txt",
    "conflict3": "conflict3-*.txt",
    "dev3": "dev3-*.txt",
    "conflict4": "conflict4-*.txt",
    "dev4": "dev4-*.txt",
    "conflict5": "conflict5-*.txt",
    "dev5": "dev5-*.txt",
    "conflict6": "conflict6-*.txt",
    "dev6": "dev6-*.txt",
    "conflict7": "conflict7-*.txt",
    "dev7": "dev7-*.txt",
    "conflict8": "conflict8-*.txt",
    "dev8": "dev8-*.txt",
    "conflict9": "conflict9-*.txt",
    "dev9": "dev9-*.txt",
    "conflict10": "conflict10-*.txt",
    "dev10": "dev10-*.txt",
    "conflict11": "conflict11-*.txt",
    "dev11": "dev11-*.txt",
    "conflict12": "conflict12-*.txt",
    "dev12": "dev12-*.txt",
    "conflict13": "conflict13-*.txt",
    "dev13": "dev13-*.txt",
    "conflict14": "conflict14-*.txt",
    "dev14": "dev14-*.txt",
    "conflict15": "conflict15-*.txt",
    "dev15": "dev15-*.txt",
    "conflict16": "conflict16-*.txt",
    "dev16": "dev16-*.txt",
    "conflict17": "conflict17-*.txt",
    "dev17": "dev17-*.txt",
    "conflict18": "conflict18-*.txt",
    "dev18": "dev18-*.txt",
    "conflict19": "conflict19-*.txt",
    "dev19": "dev19-*.txt",
    "conflict20": "conflict20-*.txt",
    "dev20": "dev20-*.txt",
    "conflict21": "conflict21-*.txt",
    "dev21": "dev21-*.txt",
    "conflict22": "conflict22-*.txt",
    "dev22": "dev22-*.txt",
    "conflict23": "conflict23-*.txt",
    "dev23": "dev23-*.txt",
    "conflict24": "conflict24-*.txt",
    "dev24": "dev24-*.txt",
    "conflict25": "conflict25-*.txt",
    "dev25": "dev25-*.txt",
    "conflict26": "conflict26-*.txt",
    "dev26": "dev26-*.txt",
    "conflict27": "conflict27-*.txt",
    "dev27": "dev27-*.txt",
    "conflict28": "conflict28-*.txt",
    "dev28": "dev28-*.txt",
    "conflict29": "conflict29-*.txt",
    "dev29": "dev29-*.txt",
    "conflict30": "conflict30-*.txt",
    "dev30": "dev30-*.txt",
    "conflict31": "conflict31-*.txt",
    "dev31": "dev31-*.txt",
    "conflict32": "conflict32-*.txt",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scratch",
        type=Path,
        default=default_scratch(),
        help="folder of the markup files (default: %(default)s)",
    )
    parser.add_argument(
        "--split",
        choices=tuple(SPLIT_FILES),
        action="append",
        help="build only this split (repeatable; default: every split with markup files)",
    )
    parser.add_argument(
        "--files",
        nargs="+",
        type=Path,
        help="the markup files of the one --split (default: its pattern in --scratch)",
    )
    parser.add_argument("--more", type=Path, default=shared_data_dir() / "saudinewsnet" / "more.txt")
    parser.add_argument("--out", type=Path, default=HERE, help="where <split>.jsonl goes")
    args = parser.parse_args()
    splits = args.split or list(SPLIT_FILES)
    if args.files and len(splits) != 1:
        parser.error("--files needs exactly one --split")
    from sample import sample

    try:
        order = sample(args.more)
    except FileNotFoundError:
        print(
            f"{args.more} not found: the text is not redistributed; set QAWL_SHARED_DATA "
            "to the folder holding saudinewsnet/more.txt"
        )
        return 1
    for split in splits:
        files = args.files or sorted(args.scratch.glob(SPLIT_FILES[split]))
        present = [p for p in files if p.is_file()]
        for p in files:
            if not p.is_file():
                print(f"{split}: {p} not found, skipped")
        if not present:
            pattern = SPLIT_FILES[split]
            print(f"{split}: no markup files ({pattern} in {args.scratch}), {split}.jsonl left as it is")
            continue
        try:
            records = build(present, args.more, order[split], split)
        except (StandoffError, SharedDataMissingError, ValueError) as err:
            print(f"error: {err}")
            return 1
        args.out.mkdir(parents=True, exist_ok=True)
        out = args.out / f"{split}.jsonl"
        write_jsonl(records, out)
        n_ent = sum(len(r["entities"]) for r in records)
        n_st = sum(len(r["statements"]) for r in records)
        print(
            f"{split}: {len(records)} of {len(order[split])} sampled articles, {n_ent} entities, "
            f"{n_st} statements -> {out}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
