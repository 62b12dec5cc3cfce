"""Tests for qawl.models.calibration: the stance decision rule, fit and applied."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qawl.config.experiment import Calibration
from qawl.models.calibration import (
    calibrated_probs,
    expected_calibration_error,
    fit_temperature,
    label_prior,
    prior_weights,
)
from qawl.models.stance import StanceClassifier

LABELS = ["condemnation", "escalation", "neutral"]


def test_calibration_prior_shift_moves_decisions_to_the_target_prior():
    logits = np.array([[0.0, 0.4, 0.2], [2.0, 0.0, 0.0]])
    plain = calibrated_probs(logits, LABELS, Calibration())
    assert [LABELS[i] for i in plain.argmax(-1)] == ["escalation", "condemnation"]
    weights = prior_weights(
        {"condemnation": 0.12, "escalation": 0.04, "neutral": 0.84},
        {"condemnation": 1 / 3, "escalation": 1 / 3, "neutral": 1 / 3},
    )
    shifted = calibrated_probs(logits, LABELS, Calibration(weights=weights))
    assert [LABELS[i] for i in shifted.argmax(-1)] == ["neutral", "condemnation"]  # a clear case stays
    np.testing.assert_allclose(shifted.sum(-1), 1.0, rtol=1e-6)


def test_calibration_temperature_fit_and_ece():
    rng = np.random.default_rng(0)
    gold = rng.integers(0, 3, 400)
    # An over-confident model: right 70% of the time, logits scaled far too high.
    right = rng.random(400) < 0.7
    predicted = np.where(right, gold, (gold + 1) % 3)
    logits = np.eye(3)[predicted] * 8.0
    t = fit_temperature(logits, gold)
    assert t > 2  # softened
    before = expected_calibration_error(calibrated_probs(logits, LABELS, Calibration()), gold)
    after = expected_calibration_error(calibrated_probs(logits, LABELS, Calibration(temperature=t)), gold)
    assert after < before and after < 0.1


def test_calibration_label_prior_smooths_absent_labels():
    prior = label_prior(["neutral"] * 9 + ["condemnation"], LABELS, smoothing=1)
    assert prior["escalation"] > 0 and prior["neutral"] > 0.7
    assert sum(prior.values()) == pytest.approx(1.0)


def test_calibration_is_saved_with_the_model_and_applied(tiny_stance, tmp_path):
    import shutil

    from qawl.config.settings import SETTINGS_KEY

    items = [("غوتيريش", "ندعو إلى ضبط النفس", ""), ("روته", "سنرد بقوة على أي اعتداء", "")]
    plain = StanceClassifier.from_pretrained(tiny_stance)
    copy = shutil.copytree(tiny_stance, tmp_path / "calibrated")
    config = json.loads((copy / "config.json").read_text(encoding="utf-8"))
    config[SETTINGS_KEY]["calibration"] = {"temperature": 1.0, "weights": {"neutral": 1000.0}, "note": "test"}
    (copy / "config.json").write_text(json.dumps(config), encoding="utf-8")
    shifted = StanceClassifier.from_pretrained(copy)
    np.testing.assert_allclose(shifted.logits(items), plain.logits(items), rtol=1e-6)  # same network
    assert [label for label, _ in shifted.predict(items)] == ["neutral", "neutral"]


def test_calibration_from_the_config_reaches_the_model(tmp_path):
    from conftest import tiny_config

    from qawl.config.settings import ModelSettings

    cfg = tiny_config(
        "stance", tmp_path, model={"calibration": {"temperature": 2.0, "weights": {"neutral": 3.0}}}
    )
    settings = ModelSettings.from_experiment(cfg)
    assert settings.calibration.temperature == 2.0 and settings.calibration.weights == {"neutral": 3.0}
