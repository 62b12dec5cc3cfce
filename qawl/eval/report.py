"""Reports: scores as JSON for machines and Markdown tables for people."""

from __future__ import annotations

import json
from pathlib import Path

from qawl.eval.ner_metrics import NerScores
from qawl.eval.scores import pct as _pct
from qawl.eval.stance_metrics import StanceScores


def ner_markdown(scores: NerScores, title: str = "NER evaluation") -> str:
    """Markdown tables for :func:`qawl.eval.ner_metrics.ner_scores` output.

    Example:
        >>> from qawl.eval.ner_metrics import ner_scores
        >>> print(ner_markdown(ner_scores([["B-PER"]], [["B-PER"]])).splitlines()[4])
        | default (conlleval) | 100.0 | 100.0 | 100.0 | 100.0 |
    """
    lines = [f"# {title}", "", "| mode | micro P | micro R | micro F1 | macro F1 |", "|---|---|---|---|---|"]
    for m in (scores.default, scores.strict):
        lines.append(
            f"| {m.mode} | {_pct(m.micro.precision)} | {_pct(m.micro.recall)} "
            f"| {_pct(m.micro.f1)} | {_pct(m.macro.f1)} |"
        )
    lines += ["", "| type | P | R | F1 | F1 (strict) | gold | predicted |", "|---|---|---|---|---|---|---|"]
    for typ, v in scores.default.per_type.items():
        strict = scores.strict.per_type[typ].f1 if typ in scores.strict.per_type else 0.0
        lines.append(
            f"| {typ} | {_pct(v.precision)} | {_pct(v.recall)} | {_pct(v.f1)} "
            f"| {_pct(strict)} | {scores.gold_entities.get(typ, 0)} "
            f"| {scores.predicted_entities.get(typ, 0)} |"
        )
    lines += ["", f"{scores.sentences} sentences, {scores.words} words, every word scored."]
    return "\n".join(lines) + "\n"


def stance_markdown(scores: StanceScores, title: str = "Stance evaluation") -> str:
    """Markdown for :func:`qawl.eval.stance_metrics.stance_scores` output.

    Example:
        >>> from qawl.eval.stance_metrics import stance_scores
        >>> md = stance_markdown(stance_scores(["neutral"], ["neutral"], ["neutral"]))
        >>> md.splitlines()[2]
        'accuracy 100.0, macro-F1 100.0 (1 statements)'
    """
    labels = scores.labels
    lines = [
        f"# {title}",
        "",
        f"accuracy {_pct(scores.accuracy)}, macro-F1 {_pct(scores.macro_f1)} ({scores.n} statements)",
        "",
        "| label | P | R | F1 | support |",
        "|---|---|---|---|---|",
    ]
    for lab, v in scores.per_class.items():
        lines.append(f"| {lab} | {_pct(v.precision)} | {_pct(v.recall)} | {_pct(v.f1)} | {v.support} |")
    lines += [
        "",
        "Confusion (rows gold, columns predicted):",
        "",
        "| gold \\ predicted | " + " | ".join(labels) + " |",
        "|---" * (len(labels) + 1) + "|",
    ]
    for lab, row in zip(labels, scores.matrix, strict=True):
        lines.append(f"| {lab} | " + " | ".join(str(x) for x in row) + " |")
    return "\n".join(lines) + "\n"


def write_report(scores: dict, markdown: str, out_dir: str | Path, name: str) -> tuple[Path, Path]:
    """Write ``<name>.json`` and ``<name>.md`` into ``out_dir``; return both paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out / f"{name}.json", out / f"{name}.md"
    json_path.write_text(json.dumps(scores, ensure_ascii=False, indent=2), encoding="utf-8")
    md_path.write_text(markdown, encoding="utf-8")
    return json_path, md_path
