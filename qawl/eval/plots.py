"""Charts for reports: per-type scores, stance confusion, learning curves (PNG).

matplotlib is imported inside each function (``import qawl`` stays light), and
figures are drawn on :class:`matplotlib.figure.Figure` objects directly, with no
pyplot and no GUI backend: PNGs come from the Agg canvas, SVGs from the SVG one,
whatever backend the user's matplotlib is set to.

Arabic text (labels are data: a type or a stance may be Arabic, a title may name
an Arabic file) is drawn shaped and right to left. matplotlib 3.11 and later lay
text out with libraqm, which shapes and reorders by itself; older versions draw
characters one by one, left to right, so :func:`display_text` first joins the
letters (``arabic-reshaper``) and puts them in visual order (``python-bidi``).
Doing both would reverse the letters again, so exactly one of the two happens.
The font is DejaVu Sans, which ships with matplotlib and has the Arabic letters
and their joined forms, so nothing is drawn as boxes.

Example:
    >>> import tempfile
    >>> from qawl.eval.scores import PRF
    >>> out = Path(tempfile.mkdtemp())
    >>> path = per_type_bars({"PER": PRF(0.9, 0.8, 0.85, 10)}, out / "bars.png", "NER")
    >>> path.name, path.read_bytes()[:4]
    ('bars.png', b'\\x89PNG')
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from qawl.eval.scores import PRF

FONT = "DejaVu Sans"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# Precision, recall, F1: two light colours and a strong one for the score that matters.
PRF_COLOURS = ("#9ecae1", "#c6dbef", "#2171b5")


def matplotlib_shapes_text() -> bool:
    """Whether this matplotlib shapes and reorders right-to-left text itself (libraqm)."""
    from matplotlib import ft2font

    return bool(getattr(ft2font, "__libraqm_version__", None))


def display_text(text: str) -> str:
    """``text`` as matplotlib must receive it to draw Arabic joined and right to left.

    Unchanged when there is no Arabic in it or when matplotlib shapes text
    itself; otherwise reshaped (joined letter forms) and in visual order.

    Example:
        >>> display_text("PER")
        'PER'
        >>> display_text("مارك") in ("مارك", "ﻙﺭﺎﻣ")   # as is (libraqm) or shaped and reordered
        True
    """
    if not _ARABIC.search(text) or matplotlib_shapes_text():
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _save(fig: Any, path: str | Path) -> Path:
    """Write the figure (format from the suffix) without a version stamp, so reruns match."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    metadata = {"Software": None} if path.suffix == ".png" else {}
    fig.savefig(path, metadata=metadata)
    return path


def _save_empty(fig: Any, ax: Any, path: str | Path, title: str) -> Path:
    """A chart with nothing to show says so (rather than failing or drawing blank axes)."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, "nothing to show", ha="center", va="center", color="#666")
    ax.set_title(display_text(title), fontsize=10)
    return _save(fig, path)


def _style() -> Any:
    from matplotlib import rc_context

    return rc_context(
        {
            "font.family": FONT,
            "font.size": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.fonttype": "path",
            "svg.hashsalt": "qawl",
        }
    )


def per_type_bars(per_type: Mapping[str, PRF], path: str | Path, title: str) -> Path:
    """Grouped precision, recall and F1 bars, one group per entity type (or class).

    Args:
        per_type: Scores per type, e.g. ``NerScores.default.per_type``; a
            ``support`` or ``gold`` count is shown under the type's name.
        path: The image to write (``.png``; ``.svg`` works too).
        title: The chart's title.

    Returns:
        ``path`` as a Path.
    """
    import numpy as np

    types = list(per_type)
    with _style():
        fig = _figure(max(4.5, 1.1 * len(types) + 2), 3.4)
        ax = fig.subplots()
        if not types:
            return _save_empty(fig, ax, path, title)
        x = np.arange(len(types))
        width = 0.26
        for k, (name, colour) in enumerate(zip(("precision", "recall", "F1"), PRF_COLOURS, strict=True)):
            values = [100 * getattr(per_type[t], "f1" if name == "F1" else name) for t in types]
            bars = ax.bar(x + (k - 1) * width, values, width, label=name, color=colour)
            if name == "F1":
                ax.bar_label(bars, fmt="%.0f", padding=2, fontsize=8)
        counts = [per_type[t].support if per_type[t].support is not None else per_type[t].gold for t in types]
        ax.set_xticks(
            x,
            [
                display_text(t) + (f"\n({n})" if n is not None else "")
                for t, n in zip(types, counts, strict=True)
            ],
        )
        ax.set_ylim(0, 105)
        ax.set_ylabel("score (%)")
        ax.set_title(display_text(title), fontsize=10)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncols=3, frameon=False)
        ax.grid(axis="y", alpha=0.3)
        ax.set_axisbelow(True)
        return _save(fig, path)


def confusion_heatmap(
    labels: Sequence[str], matrix: Sequence[Sequence[int]], path: str | Path, title: str
) -> Path:
    """A confusion matrix: counts in the cells, shaded by the share of each gold row.

    Args:
        labels: Row and column labels (gold rows, predicted columns).
        matrix: ``matrix[i][j]`` counts gold ``labels[i]`` predicted as ``labels[j]``.
        path: The image to write.
        title: The chart's title.

    Returns:
        ``path`` as a Path.

    Raises:
        ValueError: A matrix whose shape does not match the labels.
    """
    import numpy as np

    counts = np.asarray(matrix, dtype=float) if labels else np.zeros((0, 0))
    if counts.shape != (len(labels), len(labels)):
        raise ValueError(f"a {counts.shape} confusion matrix for {len(labels)} labels")
    rows = counts.sum(axis=1, keepdims=True)
    share = np.divide(counts, rows, out=np.zeros_like(counts), where=rows > 0)
    names = [display_text(lab) for lab in labels]
    with _style():
        side = max(3.6, 1.0 * len(labels) + 1.8)
        fig = _figure(side + 0.8, side)
        ax = fig.subplots()
        if not labels:
            return _save_empty(fig, ax, path, title)
        image = ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
        for i in range(len(labels)):
            for j in range(len(labels)):
                ax.text(
                    j,
                    i,
                    f"{int(counts[i, j])}",
                    ha="center",
                    va="center",
                    color="white" if share[i, j] > 0.6 else "#1d232a",
                )
        ax.set_xticks(range(len(labels)), names, rotation=30, ha="right")
        ax.set_yticks(range(len(labels)), names)
        ax.set_xlabel("predicted")
        ax.set_ylabel("gold")
        ax.spines[:].set_visible(False)
        ax.set_title(display_text(title), fontsize=10)
        fig.colorbar(image, ax=ax, shrink=0.8, label="share of the gold row")
        return _save(fig, path)


def learning_curve(history: Sequence[Mapping[str, float]], metric: str, path: str | Path, title: str) -> Path:
    """The dev metric and dev loss after each epoch, the best epoch marked.

    Args:
        history: The Trainer's evaluation logs (``metrics.json["history"]``): each
            has ``epoch``, ``eval_loss`` and ``eval_<metric>``.
        metric: The task's dev metric (``f1`` for NER, ``macro_f1`` for stance).
        path: The image to write.
        title: The chart's title.

    Returns:
        ``path`` as a Path.

    Raises:
        ValueError: No evaluation in ``history`` has ``eval_<metric>``.

    Example:
        >>> import tempfile
        >>> h = [{"epoch": 1.0, "eval_loss": 1.2, "eval_f1": 0.4},
        ...      {"epoch": 2.0, "eval_loss": 0.9, "eval_f1": 0.6}]
        >>> learning_curve(h, "f1", Path(tempfile.mkdtemp()) / "curve.png", "ner-tiny").name
        'curve.png'
    """
    points = [h for h in history if f"eval_{metric}" in h]
    if not points:
        raise ValueError(f"no evaluation with eval_{metric} in the history ({len(history)} entries)")
    epochs = [float(h.get("epoch", n)) for n, h in enumerate(points, 1)]
    scores = [100 * float(h[f"eval_{metric}"]) for h in points]
    best = max(range(len(points)), key=lambda k: scores[k])  # the first best, as the Trainer keeps
    with _style():
        fig = _figure(5.5, 3.4)
        ax = fig.subplots()
        ax.plot(epochs, scores, marker="o", color=PRF_COLOURS[2], label=f"dev {metric}")
        ax.annotate(
            f"best: epoch {epochs[best]:g}, {scores[best]:.1f}",
            (epochs[best], scores[best]),
            textcoords="offset points",
            xytext=(0, 8),
            ha="center",
            fontsize=8,
        )
        ax.set_xlabel("epoch")
        ax.set_ylabel(f"dev {metric} (%)")
        ax.set_ylim(0, 105)
        ax.grid(alpha=0.3)
        handles, names = ax.get_legend_handles_labels()
        losses = [(e, float(h["eval_loss"])) for e, h in zip(epochs, points, strict=True) if "eval_loss" in h]
        if losses:
            loss_ax = ax.twinx()
            loss_ax.spines["right"].set_visible(True)
            loss_ax.plot(
                *zip(*losses, strict=True), marker=".", linestyle="--", color="#9a6324", label="dev loss"
            )
            loss_ax.set_ylabel("dev loss")
            more_handles, more_names = loss_ax.get_legend_handles_labels()
            handles, names = handles + more_handles, names + more_names
        ax.legend(handles, names, loc="lower right", frameon=False)
        ax.set_title(display_text(title), fontsize=10)
        return _save(fig, path)


def figures_markdown(figures: Sequence[tuple[str, Path]], report_dir: str | Path) -> str:
    """Markdown that embeds images with links relative to the report's folder.

    Example:
        >>> figures_markdown([("Stance confusion", Path("reports/eval-dev-confusion.png"))], "reports")
        '\\n![Stance confusion](eval-dev-confusion.png)\\n'
    """
    base = Path(report_dir).resolve()
    lines = [f"![{alt}]({Path(p).resolve().relative_to(base).as_posix()})" for alt, p in figures]
    return "\n" + "\n\n".join(lines) + "\n" if lines else ""
