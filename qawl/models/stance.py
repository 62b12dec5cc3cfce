"""The stance predictor: a label and per-label probabilities for each statement.

Each ``(speaker, statement, context)`` triple is normalized word by word with the
model's saved normalizer and encoded as a tokenizer text pair by
:func:`qawl.data.stance_inputs.encode_stance` (the one encoding training uses),
then run through a :mod:`backend <qawl.models.backends>` in batches. A statement
longer than the model's window is read whole, as overlapping windows whose
probabilities are averaged
(:func:`~qawl.data.stance_inputs.pool_windows`).

Example:
    >>> clf = StanceClassifier.from_pretrained("models/stance-tiny")      # doctest: +SKIP
    >>> clf.predict([("روته", "لن نتردد في الرد", "")])                    # doctest: +SKIP
    [('escalation', {'condemnation': 0.1, 'escalation': 0.8, 'neutral': 0.1})]
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from qawl.config.settings import Calibration, ModelSettings
from qawl.data.stance_inputs import encode_stance, pool_windows
from qawl.models.backends import (
    Backend,
    TorchBackend,
    batch_order,
    pad_batch,
    softmax,
    token_batches,
    tokenizer_lock,
)
from qawl.models.calibration import calibrated_probs
from qawl.models.io import load_model_dir


class StanceClassifier:
    """Stance label and per-label probabilities for (speaker, statement, context) triples.

    Args:
        backend: Runs the model.
        tokenizer: The model's tokenizer.
        id2label: The model's stance labels by id.
        settings: How statements reach the model (normalizer, length, input mode).
        model_batch_size: Statements per forward pass.
        sort_by_length: Batch statements of similar length together (less padding).
        batch_tokens: Most padded positions (rows x width) in one forward pass
            (:func:`~qawl.models.backends.token_batches`); None: always
            ``model_batch_size`` rows. The answers do not depend on it.
    """

    def __init__(
        self,
        backend: Backend,
        tokenizer: Any,
        id2label: dict[int, str],
        settings: ModelSettings,
        model_batch_size: int = 32,
        sort_by_length: bool = False,
        batch_tokens: int | None = None,
    ):
        self.backend = backend
        self.sort_by_length = sort_by_length
        self.batch_tokens = batch_tokens
        self.tokenizer = tokenizer
        self.model_batch_size = model_batch_size
        self.id2label = {int(k): v for k, v in id2label.items()}
        self.settings = settings
        self.normalizer = settings.normalizer

    @classmethod
    def from_model(cls, model: Any, tokenizer: Any, model_batch_size: int = 32) -> StanceClassifier:
        """Wrap an in-memory transformers model (as training does) with the torch backend."""
        return cls(
            TorchBackend(model),
            tokenizer,
            model.config.id2label,
            ModelSettings.of_model(model.config),
            model_batch_size,
        )

    @classmethod
    def from_pretrained(
        cls, path: str | Path, model_batch_size: int = 32, device: str | None = None, **options: Any
    ) -> StanceClassifier:
        """Load a saved stance model directory with the torch backend (``options``:
        ``sort_by_length``, ``batch_tokens``)."""
        tokenizer, model = load_model_dir(path, "stance")
        return cls(
            TorchBackend(model, device),
            tokenizer,
            model.config.id2label,
            ModelSettings.of_model(model.config),
            model_batch_size,
            **options,
        )

    def _window_logits(self, items: Sequence[tuple[str, str, str]]) -> tuple[np.ndarray, list[int]]:
        """Raw scores per model row, and the item each row reads (a statement too
        long for one row is read as several overlapping windows)."""
        with tokenizer_lock(self.tokenizer):  # safe to share across threads
            enc = encode_stance(
                self.tokenizer,
                list(items),
                self.settings.max_length,
                self.normalizer,
                self.settings.stance_input,
            )
        pad_id = self.tokenizer.pad_token_id or 0
        order = batch_order([len(r["input_ids"]) for r in enc.rows], self.sort_by_length)
        logits = np.concatenate(
            [
                self.backend.logits(pad_batch(batch, pad_id))
                for batch in token_batches(
                    [enc.rows[i] for i in order], self.model_batch_size, self.batch_tokens
                )
            ]
        )
        out = np.empty_like(logits)
        out[order] = logits  # back in the rows' order
        return out, list(enc.owners)

    def logits(self, items: Sequence[tuple[str, str, str]]) -> np.ndarray:
        """Raw scores ``[n_items, n_labels]`` for ``(speaker, statement, context)`` triples
        (what :mod:`qawl.models.calibration` fits a decision rule on); a statement
        read in several windows gets the mean of its windows' scores."""
        if not items:
            return np.zeros((0, len(self.id2label)), dtype=np.float32)
        rows, owners = self._window_logits(items)
        return pool_windows(rows, owners, len(items))

    def predict_proba(self, items: Sequence[tuple[str, str, str]]) -> np.ndarray:
        """Probabilities ``[n_items, n_labels]`` for ``(speaker, statement, context)`` triples,
        under the model's saved decision rule (``settings.calibration``); the windows
        of a long statement are averaged as probabilities. Safe to call from several
        threads at once."""
        if not items:
            return np.zeros((0, len(self.id2label)), dtype=np.float32)
        rows, owners = self._window_logits(items)
        if self.settings.calibration == Calibration():
            probs = softmax(rows)  # the model's own probabilities (torch's softmax, as trained)
        else:
            labels = [self.id2label[i] for i in range(len(self.id2label))]
            probs = calibrated_probs(rows, labels, self.settings.calibration)
        return pool_windows(probs, owners, len(items))

    def predict(self, items: Sequence[tuple[str, str, str]]) -> list[tuple[str, dict[str, float]]]:
        """The label and the probability of every label, for each triple.

        Example:
            >>> clf.predict([("روته", "لن نتردد في الرد", "")])  # doctest: +SKIP
            [('escalation', {'condemnation': 0.1, 'escalation': 0.8, 'neutral': 0.1})]
        """
        out = []
        for row in self.predict_proba(items):
            scores = {self.id2label[i]: float(p) for i, p in enumerate(row)}
            out.append((self.id2label[int(row.argmax())], scores))
        return out
