"""Stance calibration: the decision rule a stance model is deployed with.

A classifier trained on a balanced corpus believes a third of all statements
are escalation; real newspaper reporting is mostly neutral (about 83% neutral,
12% condemnation, 4% escalation in a blind sample). Two saved, documented
settings turn the model's probabilities into decisions for the text it will
read:

- **temperature** ``T``: probabilities are ``softmax(logits / T)``; ``T > 1``
  softens an over-confident model (fit on held-out statements by NLL);
- **class weights** ``w``: the prior shift of Saerens et al. (2002), ``p'(y|x) ∝
  p(y|x) · π_target(y) / π_train(y)``, for the label distribution of the target
  text (estimated on the real-text dev set).

The :class:`~qawl.config.settings.Calibration` is stored in the model's
``config.json`` settings and applied by :class:`qawl.models.stance.StanceClassifier`
through :func:`calibrated_probs`; :func:`fit_temperature` and :func:`prior_weights`
choose it, and :func:`expected_calibration_error` measures it.

Example:
    >>> cal = Calibration(temperature=2.0, weights={"neutral": 2.0, "escalation": 0.5})
    >>> probs = calibrated_probs(np.array([[0.0, 0.0]]), ["escalation", "neutral"], cal)
    >>> [round(float(p), 2) for p in probs[0]]
    [0.2, 0.8]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from qawl.config.settings import Calibration


def calibrated_probs(logits: np.ndarray, labels: Sequence[str], calibration: Calibration) -> np.ndarray:
    """Probabilities ``[n, labels]`` from logits under a model's decision rule.

    Args:
        logits: ``[n, labels]`` raw scores, in the model's label order.
        labels: The labels, in that order.
        calibration: The temperature and weights (:class:`~qawl.config.settings.Calibration`).

    Returns:
        ``softmax(logits / T)``, each label weighted and the rows renormalized.
    """
    z = np.asarray(logits, dtype=np.float64) / calibration.temperature
    z = z - z.max(-1, keepdims=True)
    probs = np.exp(z)
    probs /= probs.sum(-1, keepdims=True)
    if calibration.weights:
        w = np.array([calibration.weights.get(label, 1.0) for label in labels], dtype=np.float64)
        probs = probs * w
        probs /= probs.sum(-1, keepdims=True)
    return probs.astype(np.float32)


def label_prior(labels: Sequence[str], label_set: Sequence[str], smoothing: float = 1.0) -> dict[str, float]:
    """The share of each label, add-``smoothing`` smoothed (a label absent from a
    small sample still gets a little mass).

    Example:
        >>> label_prior(["neutral"] * 8, ["escalation", "neutral"])
        {'escalation': 0.1, 'neutral': 0.9}
    """
    counts = Counter(labels)
    total = len(labels) + smoothing * len(label_set)
    return {lab: (counts[lab] + smoothing) / total for lab in label_set}


def prior_weights(target: dict[str, float], train: dict[str, float]) -> dict[str, float]:
    """The prior-shift weights ``π_target / π_train`` for each label.

    Example:
        >>> prior_weights({"a": 0.8, "b": 0.2}, {"a": 0.5, "b": 0.5})
        {'a': 1.6, 'b': 0.4}
    """
    return {lab: round(target[lab] / train[lab], 6) for lab in target}


def fit_temperature(
    logits: np.ndarray,
    gold: Sequence[int],
    grid: Sequence[float] = tuple(np.round(np.arange(0.5, 10.01, 0.05), 2)),
) -> float:
    """The temperature that minimizes the negative log-likelihood of the gold labels.

    A grid search (robust on a few hundred statements, no optimizer state).

    Args:
        logits: ``[n, labels]`` raw scores.
        gold: The gold label index of each row.
        grid: Temperatures tried.

    Returns:
        The best temperature on the grid.
    """
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(gold)
    best, best_nll = 1.0, np.inf
    for t in grid:
        s = z / t
        s = s - s.max(-1, keepdims=True)
        log_p = s - np.log(np.exp(s).sum(-1, keepdims=True))
        nll = -log_p[np.arange(len(y)), y].mean()
        if nll < best_nll:
            best, best_nll = float(t), nll
    return best


def expected_calibration_error(probs: np.ndarray, gold: Sequence[int], bins: int = 10) -> float:
    """ECE: the gap between confidence and accuracy, averaged over confidence bins.

    Args:
        probs: ``[n, labels]`` probabilities.
        gold: The gold label index of each row.
        bins: Equal-width confidence bins over ``[0, 1]``.

    Returns:
        ``Σ_b |B_b|/n · |accuracy(B_b) − confidence(B_b)|`` (0 for perfect calibration).

    Example:
        >>> expected_calibration_error(np.array([[0.9, 0.1], [0.6, 0.4]]), [0, 1])
        0.35
    """
    p = np.asarray(probs, dtype=np.float64)
    if len(p) == 0:
        return 0.0
    confidence, predicted = p.max(-1), p.argmax(-1)
    correct = predicted == np.asarray(gold)
    edges = np.linspace(0.0, 1.0, bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        in_bin = (confidence > lo) & (confidence <= hi)
        if in_bin.any():
            ece += in_bin.mean() * abs(correct[in_bin].mean() - confidence[in_bin].mean())
    return round(float(ece), 6)
