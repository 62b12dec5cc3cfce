"""Charts: written as images, Arabic drawn joined and right to left, embedded in reports."""

from __future__ import annotations

import re
import struct
import warnings

import pytest
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

from qawl.eval import plots
from qawl.eval.scores import PRF


def _png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _glyphs_left_to_right(svg: str) -> list[int]:
    """Glyph ids of an SVG drawn with ``svg.fonttype: path``, ordered by x."""
    uses = re.findall(
        r'<use xlink:href="#DejaVuSans-([0-9a-f]+)"(?: transform="translate\(([-0-9.e]+) )?', svg
    )
    return [int(gid, 16) for gid, x in sorted(uses, key=lambda u: float(u[1] or 0))]


def test_plots_per_type_bars_and_confusion_write_pngs(tmp_path):
    per_type = {"PER": PRF(0.9, 0.8, 0.85, 12), "GPE": PRF(0.5, 0.25, 1 / 3, 4)}
    bars = plots.per_type_bars(per_type, tmp_path / "a" / "bars.png", "NER on dev.conll")
    assert bars == tmp_path / "a" / "bars.png" and _png_size(bars)[0] >= 450
    confusion = plots.confusion_heatmap(
        ["neutral", "escalation"], [[3, 1], [0, 2]], tmp_path / "c.png", "Stance"
    )
    assert min(_png_size(confusion)) >= 360
    # Nothing to score still gives a picture, saying so.
    assert _png_size(plots.confusion_heatmap([], [], tmp_path / "empty.png", "Stance"))[0] > 0
    with pytest.raises(ValueError, match="3 labels"):
        plots.confusion_heatmap(["a", "b", "c"], [[1, 2], [3, 4]], tmp_path / "bad.png", "x")


def test_plots_same_input_same_png(tmp_path):
    # No version stamp or timestamp: a rerun writes the same bytes (reports diff cleanly).
    per_type = {"PER": PRF(0.9, 0.8, 0.85, 12)}
    first = plots.per_type_bars(per_type, tmp_path / "1.png", "t").read_bytes()
    assert plots.per_type_bars(per_type, tmp_path / "2.png", "t").read_bytes() == first


def test_plots_learning_curve(tmp_path):
    history = [
        {"epoch": 1.0, "eval_loss": 1.9, "eval_macro_f1": 0.31},
        {"epoch": 2.0, "eval_loss": 1.2, "eval_macro_f1": 0.58},
        {"epoch": 3.0, "eval_loss": 1.3, "eval_macro_f1": 0.55},
    ]
    assert _png_size(plots.learning_curve(history, "macro_f1", tmp_path / "lc.png", "stance-tiny"))[0] == 550
    with pytest.raises(ValueError, match="eval_f1"):
        plots.learning_curve(history, "f1", tmp_path / "x.png", "t")


def test_plots_arabic_is_drawn_joined_right_to_left_never_as_boxes(tmp_path):
    # Arabic labels (a label set is data) and an Arabic title, drawn into an SVG whose
    # glyphs are paths named by glyph id: we can read which glyph sits where.
    word = "مارك"  # م joins the alef: initial م, final ا; ر and ك stand alone
    font = FT2Font(font_manager.findfont(plots.FONT))
    initial_meem, final_alef = font.get_char_index(0xFEE3), font.get_char_index(0xFE8E)
    bare_meem = font.get_char_index(ord("م"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        svg = plots.confusion_heatmap([word, "روته"], [[1, 0], [0, 1]], tmp_path / "c.svg", word).read_text()
        alone = plots.per_type_bars({word: PRF(1, 1, 1)}, tmp_path / "w.svg", "").read_text()
    assert not [w for w in caught if "missing from font" in str(w.message)]  # no boxes
    assert f"DejaVuSans-{initial_meem:x}" in svg and f"DejaVuSans-{bare_meem:x}" not in svg  # joined forms
    # In the chart with only this word (and Latin text), its first letter is drawn
    # rightmost: read right to left, م ا then ر ك.
    arabic = [g for g in _glyphs_left_to_right(alone) if g in {initial_meem, final_alef}]
    assert arabic == [final_alef, initial_meem]


def test_plots_display_text_shapes_only_when_matplotlib_does_not(monkeypatch):
    assert plots.display_text("PER (12)") == "PER (12)"
    monkeypatch.setattr(plots, "matplotlib_shapes_text", lambda: False)
    # Older matplotlib: joined presentation forms, in visual (left-to-right) order.
    assert plots.display_text("مارك") == "\ufed9\ufead\ufe8e\ufee3"
    monkeypatch.setattr(plots, "matplotlib_shapes_text", lambda: True)
    assert plots.display_text("مارك") == "مارك"  # libraqm shapes it; reshaping too would reverse it


def test_plots_figures_markdown_links_relative_to_the_report(tmp_path):
    md = plots.figures_markdown(
        [("Stance confusion", tmp_path / "r" / "eval-dev-confusion.png")], tmp_path / "r"
    )
    assert md == "\n![Stance confusion](eval-dev-confusion.png)\n"
    assert plots.figures_markdown([], tmp_path) == ""
