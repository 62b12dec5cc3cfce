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
from qawl.models.io import ModelError, load_model_dir
from qawl.models.lexical import LexicalHead, lexical_text, mix


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
        lexical: The model's lexical head (:mod:`qawl.models.lexical`), mixed in with
            ``settings.lexical_weight``; None: the encoder alone.

    Raises:
        ModelError: Settings that ask for a lexical head when none is given, or a head
            over other labels than the model's.
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
        lexical: LexicalHead | None = None,
    ):
        self.backend = backend
        self.sort_by_length = sort_by_length
        self.batch_tokens = batch_tokens
        self.tokenizer = tokenizer
        self.model_batch_size = model_batch_size
        self.id2label = {int(k): v for k, v in id2label.items()}
        self.settings = settings
        self.normalizer = settings.normalizer
        labels = [self.id2label[i] for i in range(len(self.id2label))]
        if settings.lexical_weight > 0 and lexical is None:
            raise ModelError(
                f"the stance model's settings mix in a lexical head (lexical_weight "
                f"{settings.lexical_weight}) but none was loaded: its model directory lacks "
                "lexical_head.json / lexical_head.safetensors; copy them from the training output "
                "or retrain"
            )
        if lexical is not None and lexical.labels != labels:
            raise ModelError(f"the lexical head's labels {lexical.labels} are not the model's {labels}")
        self.lexical = lexical

    @classmethod
    def from_model(
        cls, model: Any, tokenizer: Any, model_batch_size: int = 32, lexical: LexicalHead | None = None
    ) -> StanceClassifier:
        """Wrap an in-memory transformers model (as training does) with the torch backend."""
        return cls(
            TorchBackend(model),
            tokenizer,
            model.config.id2label,
            ModelSettings.of_model(model.config),
            model_batch_size,
            lexical=lexical,
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
            lexical=LexicalHead.load(path),
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

    def lexical_log_proba(self, items: Sequence[tuple[str, str, str]]) -> np.ndarray:
        """The lexical head's log-probabilities ``[n_items, n_labels]`` (the statement and
        its sentence, after the speaker when the head reads it, normalized as the encoder's
        input is); zeros without a head."""
        if self.lexical is None:
            return np.zeros((len(items), len(self.id2label)), dtype=np.float32)
        reads = self.lexical.reads_speaker
        texts = [
            lexical_text(st, context, self.normalizer, speaker if reads else None)
            for speaker, st, context in items
        ]
        return self.lexical.log_proba(texts)

    def _window_scores(self, items: Sequence[tuple[str, str, str]]) -> tuple[np.ndarray, list[int]]:
        """The scores the decision rule reads, per model row: the encoder's logits, mixed
        with the statement's lexical log-probabilities when the settings ask for it."""
        rows, owners = self._window_logits(items)
        weight = self.settings.lexical_weight
        if weight > 0:
            rows = mix(rows, self.lexical_log_proba(items)[owners], weight)
        return rows, owners

    def encoder_logits(self, items: Sequence[tuple[str, str, str]]) -> np.ndarray:
        """The encoder's own raw scores ``[n_items, n_labels]`` (windows averaged), with no
        lexical head: with :meth:`lexical_log_proba`, what a head's weight is chosen on."""
        if not items:
            return np.zeros((0, len(self.id2label)), dtype=np.float32)
        rows, owners = self._window_logits(items)
        return pool_windows(rows, owners, len(items))

    def logits(self, items: Sequence[tuple[str, str, str]]) -> np.ndarray:
        """Scores ``[n_items, n_labels]`` for ``(speaker, statement, context)`` triples
        before the decision rule (what :mod:`qawl.models.calibration` fits one on): the raw
        logits, or their mix with the lexical head; a statement read in several windows
        gets the mean of its windows' scores."""
        if not items:
            return np.zeros((0, len(self.id2label)), dtype=np.float32)
        rows, owners = self._window_scores(items)
        return pool_windows(rows, owners, len(items))

    def predict_proba(self, items: Sequence[tuple[str, str, str]]) -> np.ndarray:
        """Probabilities ``[n_items, n_labels]`` for ``(speaker, statement, context)`` triples,
        under the model's saved decision rule (``settings.calibration``); the windows
        of a long statement are averaged as probabilities. Safe to call from several
        threads at once."""
        if not items:
            return np.zeros((0, len(self.id2label)), dtype=np.float32)
        rows, owners = self._window_scores(items)
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
