"""The NER predictor: one IOB2 label per word, from any backend.

Words are normalized one by one with the model's saved normalizer, cut into
windows by :func:`qawl.data.align.encode_words` (never truncated), run through a
:mod:`backend <qawl.models.backends>` in batches of windows, and read back as one
row of label probabilities per word. Labels come from ``config.json`` ``id2label``.

Example:
    >>> tagger = NerTagger.from_pretrained("models/ner-tiny")        # doctest: +SKIP
    >>> tagger.predict([["قال", "الرئيس", "فلاديمير", "بوتين"]])[0]    # doctest: +SKIP
    [('O', 0.99), ('O', 0.97), ('B-PER', 0.91), ('I-PER', 0.93)]
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from qawl.config.settings import ModelSettings
from qawl.data.align import encode_words, word_scores
from qawl.data.labels import decode_iob2, validate_id2label
from qawl.models.backends import Backend, TorchBackend, batches, pad_batch, softmax, tokenizer_lock
from qawl.models.io import load_model_dir


class NerTagger:
    """One label per word, from a token-classification model.

    Args:
        backend: Runs the model (:class:`~qawl.models.backends.TorchBackend`, …).
        tokenizer: The model's fast tokenizer.
        id2label: The model's IOB2 labels by id.
        settings: How words reach the model (normalizer, window size, stride).
        model_batch_size: Windows per forward pass.
    """

    def __init__(
        self,
        backend: Backend,
        tokenizer: Any,
        id2label: dict[int, str],
        settings: ModelSettings,
        model_batch_size: int = 32,
    ):
        self.backend = backend
        self.tokenizer = tokenizer
        self.model_batch_size = model_batch_size
        self.id2label = {int(k): v for k, v in id2label.items()}
        validate_id2label(self.id2label)
        self.label2id = {v: k for k, v in self.id2label.items()}
        self.settings = settings
        self.normalizer = settings.normalizer

    @classmethod
    def from_model(cls, model: Any, tokenizer: Any, model_batch_size: int = 32) -> NerTagger:
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
        cls, path: str | Path, model_batch_size: int = 32, device: str | None = None
    ) -> NerTagger:
        """Load a saved NER model directory with the torch backend."""
        tokenizer, model = load_model_dir(path, "ner")
        return cls(
            TorchBackend(model, device),
            tokenizer,
            model.config.id2label,
            ModelSettings.of_model(model.config),
            model_batch_size,
        )

    def predict_proba(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Label probabilities ``[n_words, n_labels]`` for each sentence of words.

        Windows of all sentences are batched together; every word gets a row.
        Safe to call from several threads at once.
        """
        with tokenizer_lock(self.tokenizer):  # safe to share across threads
            per_sentence = [
                encode_words(
                    self.normalizer.normalize_words(list(words)),
                    self.tokenizer,
                    self.settings.max_length,
                    self.settings.stride,
                )
                if words
                else []
                for words in sentences
            ]
        flat = [window for windows in per_sentence for window in windows]
        probs: list[np.ndarray] = []
        pad_id = self.tokenizer.pad_token_id or 0
        for batch in batches(flat, self.model_batch_size):
            logits = self.backend.logits(pad_batch([w.features() for w in batch], pad_id))
            probs.extend(softmax(logits))
        result, k = [], 0
        n_labels = len(self.id2label)
        for words, windows in zip(sentences, per_sentence, strict=True):
            chunk = probs[k : k + len(windows)]
            k += len(windows)
            result.append(
                word_scores(windows, chunk, len(words))
                if words
                else np.zeros((0, n_labels), dtype=np.float32)
            )
        return result

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, float]]]:
        """The best valid IOB2 labels and their probabilities, for each sentence.

        Labels come from :func:`qawl.data.labels.decode_iob2` (Viterbi over the
        word probabilities, so no entity opens with ``I-``).

        Returns:
            For each sentence, ``[(label, probability), ...]`` — as many pairs as words.
        """
        out = []
        for probs in self.predict_proba(sentences):
            labels = decode_iob2(probs, self.id2label)
            out.append([(lab, float(probs[j, self.label2id[lab]])) for j, lab in enumerate(labels)])
        return out
