"""Remake the README's pictures: the HTML view of examples/article.txt and two evaluation charts.

    .venv/bin/python scripts/docs_images.py [--model models/bundle-tiny] [--out docs]

The view is rendered by ``qawl analyze --html`` and photographed in headless
Chromium (Debian's ``chromium``) at desktop width, through the same driver as the
browser tests (tests/headless.py); the charts are those ``qawl evaluate`` writes
for the bundle's NER and stance models on the shipped test splits. PNGs are
reduced to a 256-colour palette to keep the repository small.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from headless import Chromium  # noqa: E402


def _small_png(path: Path) -> Path:
    from PIL import Image

    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--model", default="models/bundle-tiny", help="the bundle (default: models/bundle-tiny)"
    )
    parser.add_argument("--out", default="docs", help="where the PNGs go (default: docs)")
    parser.add_argument("--width", type=int, default=1000, help="browser width in CSS pixels (default: 1000)")
    args = parser.parse_args()

    from qawl.cli import main as qawl

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "article.html"
        # Relative name: the page shows "examples/article.txt" as its heading.
        if qawl(["analyze", "--model", args.model, "examples/article.txt", "--html", str(page)]):
            return 1
        with Chromium() as browser:
            browser.open(page.as_uri(), width=args.width, height=900)
            shot = browser.screenshot(out / "article-view.png")
        print(_small_png(shot))
        model = Path(args.model)
        if qawl(["evaluate", str(model / "ner"), "data/ner/test.conll", "--out", tmp]):
            return 1
        if qawl(["evaluate", str(model / "stance"), "data/stance/test.jsonl", "--out", tmp]):
            return 1
        for name in ("eval-test-per-type.png", "eval-test-confusion.png"):
            target = out / name.replace("eval-test", "eval")
            target.write_bytes((Path(tmp) / name).read_bytes())
            print(_small_png(target))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
