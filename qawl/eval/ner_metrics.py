"""NER scores with seqeval, in both of its modes, stated in the output.

seqeval's default mode is conlleval-compatible: an entity opened by ``I-X`` still
counts. Strict IOB2 mode does not. Both are reported because corpora such as
ANERcorp contain ``I-`` openers, and the two modes can differ by points.
"""

from __future__ import annotations

from collections import Counter

from seqeval.metrics import classification_report
from seqeval.metrics.sequence_labeling import get_entities
from seqeval.scheme import IOB2


def _mode_scores(y_true, y_pred, strict: bool) -> dict:
    kwargs = {"mode": "strict", "scheme": IOB2} if strict else {}
    report = classification_report(y_true, y_pred, output_dict=True, zero_division=0, **kwargs)
    # Plain floats: numpy scalars do not serialize to JSON.
    prf = lambda v: {"precision": float(v["precision"]), "recall": float(v["recall"]),
                     "f1": float(v["f1-score"])}
    per_type = {k: {**prf(v), "support": int(v["support"])}
                for k, v in report.items() if not k.endswith(" avg")}
    return {
        "mode": "strict IOB2" if strict else "default (conlleval)",
        "micro": prf(report["micro avg"]),
        "macro": prf(report["macro avg"]),
        "per_type": per_type,
    }


def ner_scores(y_true: list[list[str]], y_pred: list[list[str]]) -> dict:
    """Precision, recall and F1 per type and averaged, in default and strict mode.

    Args:
        y_true: Gold tags per sentence.
        y_pred: Predicted tags per sentence, the same lengths.

    Returns:
        ``{"default": {...}, "strict": {...}, "gold_entities": {type: n},
        "predicted_entities": {type: n}, "sentences": n, "words": n}``; each mode has
        ``micro``, ``macro`` and ``per_type``.

    Raises:
        ValueError: Sentences whose gold and predicted lengths differ (every gold
            word must be scored).

    Example:
        >>> s = ner_scores([["B-PER", "I-PER", "O"]], [["B-PER", "I-PER", "O"]])
        >>> s["default"]["micro"]["f1"], s["strict"]["micro"]["f1"]
        (1.0, 1.0)
    """
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} gold sentences but {len(y_pred)} predicted")
    for k, (t, p) in enumerate(zip(y_true, y_pred)):
        if len(t) != len(p):
            raise ValueError(f"sentence {k}: {len(t)} gold tags but {len(p)} predicted")
    count = lambda seqs: dict(sorted(Counter(t for t, _, _ in get_entities(seqs)).items()))
    return {
        "default": _mode_scores(y_true, y_pred, strict=False),
        "strict": _mode_scores(y_true, y_pred, strict=True),
        "gold_entities": count(y_true),
        "predicted_entities": count(y_pred),
        "sentences": len(y_true),
        "words": sum(len(t) for t in y_true),
    }
