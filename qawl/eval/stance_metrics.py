"""Stance scores: accuracy, macro-F1, per-class P/R/F1 and a confusion matrix."""

from __future__ import annotations

from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support


def stance_scores(y_true: list[str], y_pred: list[str], labels: list[str]) -> dict:
    """Score predicted stance labels against gold.

    Args:
        y_true: Gold labels.
        y_pred: Predicted labels.
        labels: The label set, in the model's ``id2label`` order (rows/columns of
            the confusion matrix).

    Returns:
        ``{"accuracy", "macro_f1", "per_class": {label: {precision, recall, f1,
        support}}, "confusion": {"labels": [...], "matrix": [[...]]}, "n"}``;
        ``matrix[i][j]`` counts gold ``labels[i]`` predicted as ``labels[j]``.

    Example:
        >>> s = stance_scores(["neutral", "escalation"], ["neutral", "neutral"],
        ...                   ["escalation", "neutral"])
        >>> s["accuracy"], s["confusion"]["matrix"]
        (0.5, [[0, 1], [0, 1]])
    """
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} gold labels but {len(y_pred)} predicted")
    p, r, f, support = precision_recall_fscore_support(
        y_true, y_pred, labels=labels, zero_division=0)
    return {
        "n": len(y_true),
        "accuracy": float(accuracy_score(y_true, y_pred)) if y_true else 0.0,
        "macro_f1": float(f.mean()) if len(f) else 0.0,
        "per_class": {lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]),
                            "support": int(support[i])} for i, lab in enumerate(labels)},
        "confusion": {"labels": list(labels),
                      "matrix": confusion_matrix(y_true, y_pred, labels=labels).tolist()},
    }
