"""Inference backends: the one seam between qawl's predictors and the engine that runs a model.

A predictor (:class:`~qawl.models.ner.NerTagger`,
:class:`~qawl.models.stance.StanceClassifier`) encodes text into padded integer
arrays and asks a backend for logits; everything before (normalization, windows,
pairs) and after (softmax, IOB2 decoding, word scores) is the predictor's and is
shared by every backend. A backend is anything with ``logits(batch)``:

    batch  {"input_ids": int64 [rows, width], "attention_mask": ..., "token_type_ids"?: ...}
    →      float32 logits [rows, width, labels] (tokens) or [rows, labels] (sequences)

:class:`TorchBackend` runs the transformers model (CPU or GPU). Another engine
(ONNX Runtime) is one more class with the same method, chosen by name in
``qawl.load(path, backend=...)``.

Example:
    >>> rows = [{"input_ids": [2, 7, 3]}, {"input_ids": [2, 3]}]
    >>> pad_batch(rows, pad_id=0)["input_ids"].tolist()
    [[2, 7, 3], [2, 3, 0]]
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import numpy as np

# Padding value of each model input (input_ids use the tokenizer's pad id).
_PAD_VALUES = {"attention_mask": 0, "token_type_ids": 0}


class Backend(Protocol):
    """Runs a model: padded integer arrays in, float32 logits out (numpy)."""

    name: str

    def logits(self, batch: Mapping[str, np.ndarray]) -> np.ndarray:
        """Logits for one padded batch."""
        ...


_TOKENIZER_LOCKS: weakref.WeakKeyDictionary[Any, threading.Lock] = weakref.WeakKeyDictionary()
_LOCKS_LOCK = threading.Lock()


def tokenizer_lock(tokenizer: Any) -> threading.Lock:
    """The lock to hold while calling ``tokenizer``: one per tokenizer object.

    A fast tokenizer keeps its truncation and padding settings in the shared Rust
    object and changes them on every call that asks for other ones (plain, cut,
    overflowing windows), so two threads tokenizing at once can fail ("Already
    borrowed", "Second sequence not provided") or read each other's settings.
    Predictors encode under this lock; the model runs outside it, so threads still
    overlap where the time goes.
    """
    with _LOCKS_LOCK:
        lock = _TOKENIZER_LOCKS.get(tokenizer)
        if lock is None:
            lock = _TOKENIZER_LOCKS[tokenizer] = threading.Lock()
        return lock


def pad_batch(rows: Sequence[Mapping[str, Sequence[int]]], pad_id: int) -> dict[str, np.ndarray]:
    """Dynamic padding: each batch only as wide as its longest row.

    Args:
        rows: Encoded rows (``input_ids`` and optionally ``attention_mask``,
            ``token_type_ids``), all with the same keys.
        pad_id: The tokenizer's padding id, for ``input_ids``.

    Returns:
        One int64 array ``[rows, width]`` per key.
    """
    width = max(len(r["input_ids"]) for r in rows)
    out = {}
    for key in rows[0]:
        pad = pad_id if key == "input_ids" else _PAD_VALUES.get(key, 0)
        out[key] = np.array([list(r[key]) + [pad] * (width - len(r[key])) for r in rows], dtype=np.int64)
    return out


def batches(items: Sequence[Any], size: int):
    """Consecutive slices of ``items`` of at most ``size``.

    Example:
        >>> list(batches([1, 2, 3], 2))
        [[1, 2], [3]]
    """
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def softmax(logits: np.ndarray) -> np.ndarray:
    """Probabilities over the last axis, in float32.

    Computed with torch's kernel whatever the backend, so every backend turns the
    same logits into bit-identical probabilities (and scores, and decoded labels).

    Example:
        >>> softmax(np.array([[0.0, 0.0]])).tolist()
        [[0.5, 0.5]]
    """
    import torch

    return torch.from_numpy(np.asarray(logits, dtype=np.float32)).softmax(-1).numpy()


class TorchBackend:
    """A transformers model run by PyTorch, in inference mode.

    Args:
        model: A loaded ``*ForTokenClassification``/``*ForSequenceClassification``.
        device: ``"cpu"``, ``"cuda"``, ``"cuda:1"``…; None keeps the model where it is.
    """

    name = "torch"

    def __init__(self, model: Any, device: str | None = None):
        self.model = model.eval()
        if device is not None:
            self.model.to(device)

    @property
    def device(self) -> Any:
        """Where the model's weights are."""
        return self.model.device

    def logits(self, batch: Mapping[str, np.ndarray]) -> np.ndarray:
        import torch

        with torch.inference_mode():
            inputs = {
                k: torch.from_numpy(np.ascontiguousarray(v)).to(self.model.device) for k, v in batch.items()
            }
            return self.model(**inputs).logits.float().cpu().numpy()
