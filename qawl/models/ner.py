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
from qawl.data.align import Window, encode_sentences, word_scores
from qawl.data.labels import decode_iob2, validate_id2label
from qawl.models.backends import (
    Backend,
    Progress,
    TorchBackend,
    batch_order,
    pack_rows,
    pad_batch,
    softmax,
    token_batches,
    tokenizer_lock,
)
from qawl.models.io import load_model_dir


class NerTagger:
    """One label per word, from a token-classification model.

    Args:
        backend: Runs the model (:class:`~qawl.models.backends.TorchBackend`, …).
        tokenizer: The model's fast tokenizer.
        id2label: The model's IOB2 labels by id.
        settings: How words reach the model (normalizer, window size, stride).
        model_batch_size: Windows (or packed rows) per forward pass.
        sort_by_length: Batch windows of similar length together (less padding);
            the answers are the plain path's.
        pack: Put several short windows into one row of up to ``max_length``
            sub-words, each attending only to itself with its own positions
            (a block-diagonal mask), so a forward pass carries little padding;
            the answers are the plain path's (to float rounding).
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
        pack: bool = False,
        batch_tokens: int | None = None,
    ):
        self.backend = backend
        self.tokenizer = tokenizer
        self.model_batch_size = model_batch_size
        self.batch_tokens = batch_tokens
        self.sort_by_length = sort_by_length
        self.pack = pack
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
        cls, path: str | Path, model_batch_size: int = 32, device: str | None = None, **options: Any
    ) -> NerTagger:
        """Load a saved NER model directory with the torch backend.

        ``options`` are the speed options of the constructor (``sort_by_length``, ``pack``,
        ``batch_tokens``).
        """
        tokenizer, model = load_model_dir(path, "ner")
        return cls(
            TorchBackend(model, device),
            tokenizer,
            model.config.id2label,
            ModelSettings.of_model(model.config),
            model_batch_size,
            **options,
        )

    def predict_proba(
        self, sentences: Sequence[Sequence[str]], progress: Progress | None = None
    ) -> list[np.ndarray]:
        """Label probabilities ``[n_words, n_labels]`` for each sentence of words.

        Windows of all sentences are batched together; every word gets a row.
        Safe to call from several threads at once.

        Args:
            sentences: Sentences of words (as written; normalized here).
            progress: Called as ``progress(done, total)`` after each forward pass
                (windows done, windows in all), e.g. to drive a progress bar.
        """
        with tokenizer_lock(self.tokenizer):  # safe to share across threads
            per_sentence = encode_sentences(
                [self.normalizer.normalize_words(list(words)) for words in sentences],
                self.tokenizer,
                self.settings.max_length,
                self.settings.stride,
            )
        flat = [window for windows in per_sentence for window in windows]
        probs = self._window_probs(flat, progress)
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

    def _window_probs(self, windows: list[Window], progress: Progress | None) -> list[np.ndarray]:
        """Per-position probabilities ``[len(input_ids), n_labels]`` for each window, in order."""
        pad_id = self.tokenizer.pad_token_id or 0
        out: list[np.ndarray] = [np.empty(0)] * len(windows)
        lengths = [len(w.input_ids) for w in windows]
        order = batch_order(lengths, self.sort_by_length or self.pack)
        if self.pack:
            # Rows of several windows; each window remembers (row, offset) to be cut out again.
            rows, places = pack_rows([windows[i].features() for i in order], self.settings.max_length)
        else:
            rows = [windows[i].features() for i in order]
            places = [(r, 0) for r in range(len(rows))]
        per_row = np.bincount([row for row, _ in places], minlength=len(rows))  # windows in each row
        row_probs: list[np.ndarray] = []
        for batch in token_batches(rows, self.model_batch_size, self.batch_tokens):
            row_probs.extend(softmax(self.backend.logits(pad_batch(batch, pad_id))))
            if progress is not None:
                progress(int(per_row[: len(row_probs)].sum()), len(windows))
        for i, (row, offset) in zip(order, places, strict=True):
            out[i] = row_probs[row][offset : offset + lengths[i]]
        return out

    def predict(
        self, sentences: Sequence[Sequence[str]], progress: Progress | None = None
    ) -> list[list[tuple[str, float]]]:
        """The best valid IOB2 labels and their probabilities, for each sentence.

        Labels come from :func:`qawl.data.labels.decode_iob2` (Viterbi over the
        word probabilities, so no entity opens with ``I-``). ``progress`` is
        passed to :meth:`predict_proba`.

        Returns:
            For each sentence, ``[(label, probability), ...]`` — as many pairs as words.
        """
        out = []
        for probs in self.predict_proba(sentences, progress):
            labels = decode_iob2(probs, self.id2label)
            out.append([(lab, float(probs[j, self.label2id[lab]])) for j, lab in enumerate(labels)])
        return out
