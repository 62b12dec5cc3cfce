"""Stance scores: accuracy, macro-F1, per-class P/R/F1 and a confusion matrix."""

from __future__ import annotations

from dataclasses import dataclass

from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

from qawl.eval.scores import PRF, pct


@dataclass(frozen=True)
class StanceScores:
    """Stance classification scores.

    Attributes:
        n: Statements scored.
        accuracy: Share labelled right.
        macro_f1: The mean of the classes' F1.
        per_class: Each label's scores, with its gold ``support``.
        labels: The labels in the model's ``id2label`` order (rows and columns of
            the confusion matrix).
        matrix: ``matrix[i][j]`` counts gold ``labels[i]`` predicted as ``labels[j]``.
    """

    n: int
    accuracy: float
    macro_f1: float
    per_class: dict[str, PRF]
    labels: list[str]
    matrix: list[list[int]]

    def headline(self) -> str:
        """One line: ``macro-F1 71.5, accuracy 72.4``."""
        return f"macro-F1 {pct(self.macro_f1)}, accuracy {pct(self.accuracy)}"

    def to_dict(self) -> dict:
        return {
            "n": self.n,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "per_class": {lab: v.to_dict() for lab, v in self.per_class.items()},
            "confusion": {"labels": list(self.labels), "matrix": self.matrix},
        }

    @classmethod
    def from_dict(cls, d: dict) -> StanceScores:
        return cls(
            d["n"],
            d["accuracy"],
            d["macro_f1"],
            {lab: PRF.from_dict(v) for lab, v in d["per_class"].items()},
            d["confusion"]["labels"],
            d["confusion"]["matrix"],
        )


def stance_scores(y_true: list[str], y_pred: list[str], labels: list[str]) -> StanceScores:
    """Score predicted stance labels against gold.

    Args:
        y_true: Gold labels.
        y_pred: Predicted labels.
        labels: The label set, in the model's ``id2label`` order.

    Returns:
        The :class:`StanceScores`.

    Raises:
        ValueError: Different numbers of gold and predicted labels.

    Example:
        >>> s = stance_scores(["neutral", "escalation"], ["neutral", "neutral"],
        ...                   ["escalation", "neutral"])
        >>> s.accuracy, s.matrix, s.headline()
        (0.5, [[0, 1], [0, 1]], 'macro-F1 33.3, accuracy 50.0')
    """
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} gold labels but {len(y_pred)} predicted")
    p, r, f, support = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    return StanceScores(
        n=len(y_true),
        accuracy=float(accuracy_score(y_true, y_pred)) if y_true else 0.0,
        macro_f1=float(f.mean()) if len(f) else 0.0,
        per_class={
            lab: PRF(float(p[i]), float(r[i]), float(f[i]), int(support[i])) for i, lab in enumerate(labels)
        },
        labels=list(labels),
        matrix=confusion_matrix(y_true, y_pred, labels=labels).tolist(),
    )
