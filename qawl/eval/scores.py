"""The building blocks of every qawl score: precision, recall and F1, typed.

Scores are dataclasses with ``to_dict()`` (the JSON written into reports and
``metrics.json``) and ``from_dict()`` (reading those files back), so no caller
walks nested dicts by string keys.

Example:
    >>> PRF.from_counts(tp=3, predicted=4, gold=6).to_dict()
    {'precision': 0.75, 'recall': 0.5, 'f1': 0.6, 'tp': 3, 'predicted': 4, 'gold': 6}
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 (fractions), with the counts behind them when known.

    Attributes:
        precision: Right among predicted.
        recall: Found among gold.
        f1: Their harmonic mean.
        support: Gold items (per-type and per-class scores), or None.
        tp: Right predictions (counted scores), or None.
        predicted: Predictions (counted scores), or None.
        gold: Gold items (counted scores), or None.
    """

    precision: float
    recall: float
    f1: float
    support: int | None = None
    tp: int | None = None
    predicted: int | None = None
    gold: int | None = None

    @classmethod
    def from_counts(cls, tp: int, predicted: int, gold: int) -> PRF:
        """Scores from counts (0 where a denominator is 0)."""
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0, tp=tp, predicted=predicted, gold=gold)

    def to_dict(self) -> dict:
        """``precision``, ``recall``, ``f1`` and whichever counts are known."""
        out: dict = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        for key in ("support", "tp", "predicted", "gold"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out

    @classmethod
    def from_dict(cls, d: dict) -> PRF:
        return cls(
            d["precision"],
            d["recall"],
            d["f1"],
            d.get("support"),
            d.get("tp"),
            d.get("predicted"),
            d.get("gold"),
        )


def pct(x: float) -> str:
    """A fraction as a percentage with one decimal: ``0.5271 → '52.7'``."""
    return f"{100 * x:.1f}"
