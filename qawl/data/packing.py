"""Pretraining data as one stream of word pieces, cut into packed windows.

Pre-tokenized once: every normalized document becomes its word pieces, with a
flag on each piece that starts a word (whole-word masking needs it), and a
``[SEP]`` after each document. The stream is saved as ``.npy`` files (memory-mapped
when read back), so a resumed or repeated run skips tokenization.

A window is ``[CLS]`` + ``max_length - 2`` consecutive pieces + ``[SEP]``: no
padding, documents run on across windows, separated by their ``[SEP]``. Each epoch
cuts the stream at a different offset and visits the windows in a different
order, both drawn from ``(seed, epoch)`` alone, so a resumed run sees exactly the
windows an uninterrupted run would.

Example:
    >>> import numpy as np
    >>> ids = np.arange(10, 30, dtype=np.int32)
    >>> stream = PackedStream(ids, np.ones(20, dtype=bool), max_length=6, cls_id=2, sep_id=3,
    ...                       shift=False)
    >>> stream.n_windows, stream.windows(seed=0, epoch=0, positions=[1])[0].tolist()
    (5, [[2, 14, 15, 16, 17, 3]])
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

IDS_FILE, STARTS_FILE = "ids.npy", "word_starts.npy"


def encode_documents(
    lines: Iterable[str], tokenizer: Any, batch_size: int = 256
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Word pieces of normalized documents, and where words start.

    Args:
        lines: Documents as space-separated normalized words.
        tokenizer: A fast tokenizer (its Rust ``backend_tokenizer`` is used
            directly, without the model-length warnings of the Python wrapper).
        batch_size: Documents per call to the Rust encoder.

    Returns:
        One ``(ids, word_starts)`` pair per document (int32 and bool arrays of
        equal length, no special tokens); empty documents are skipped.
    """
    backend = tokenizer.backend_tokenizer
    out: list[tuple[np.ndarray, np.ndarray]] = []

    def flush(batch: list[list[str]]) -> None:
        for enc in backend.encode_batch(batch, is_pretokenized=True, add_special_tokens=False):
            if not enc.ids:
                continue
            word_ids = np.asarray([-1 if w is None else w for w in enc.word_ids], dtype=np.int64)
            starts = np.ones(len(word_ids), dtype=bool)
            starts[1:] = word_ids[1:] != word_ids[:-1]
            out.append((np.asarray(enc.ids, dtype=np.int32), starts))

    batch: list[list[str]] = []
    for line in lines:
        words = line.split(" ") if line else []
        if words:
            batch.append(words)
        if len(batch) == batch_size:
            flush(batch)
            batch = []
    if batch:
        flush(batch)
    return out


def join_documents(docs: list[tuple[np.ndarray, np.ndarray]], sep_id: int) -> tuple[np.ndarray, np.ndarray]:
    """One stream: each document followed by ``[SEP]`` (a word start of its own)."""
    if not docs:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=bool)
    ids = np.concatenate([np.append(d, np.int32(sep_id)) for d, _ in docs]).astype(np.int32)
    starts = np.concatenate([np.append(s, True) for _, s in docs])
    return ids, starts


def save_stream(folder: Path, ids: np.ndarray, starts: np.ndarray, manifest: dict) -> None:
    """Write a stream and its manifest; the manifest goes last, so its presence means done."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").unlink(missing_ok=True)
    np.save(folder / IDS_FILE, ids)
    np.save(folder / STARTS_FILE, starts)
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")


def load_stream(folder: Path, manifest: dict) -> tuple[np.ndarray, np.ndarray] | None:
    """A saved stream (memory-mapped), or None when absent or made from other inputs."""
    path = folder / "manifest.json"
    if not path.is_file() or json.loads(path.read_text(encoding="utf-8")) != manifest:
        return None
    return (np.load(folder / IDS_FILE, mmap_mode="r"), np.load(folder / STARTS_FILE, mmap_mode="r"))


class PackedStream:
    """A piece stream served as fixed-length windows.

    Args:
        ids: ``[n]`` piece ids (documents separated by ``[SEP]``).
        word_starts: ``[n]`` True where a word begins.
        max_length: Window length, ``[CLS]`` and ``[SEP]`` included.
        cls_id: The ``[CLS]`` id.
        sep_id: The ``[SEP]`` id.
        shift: Cut each epoch at a seeded offset (training); off, windows always
            start at 0 (a fixed validation set).

    Raises:
        ValueError: A stream too short for one window.
    """

    def __init__(
        self,
        ids: np.ndarray,
        word_starts: np.ndarray,
        max_length: int,
        cls_id: int,
        sep_id: int,
        shift: bool = True,
    ):
        self.ids, self.word_starts = ids, word_starts
        self.span = max_length - 2  # pieces per window between [CLS] and [SEP]
        self.cls_id, self.sep_id, self.shift = cls_id, sep_id, shift
        # Windows every epoch has, whatever its offset in [0, span).
        self.n_windows = (len(ids) - (self.span - 1)) // self.span if shift else len(ids) // self.span
        if self.n_windows < 1:
            raise ValueError(
                f"{len(ids)} word pieces are too few for one window of "
                f"{max_length}: add text or lower model.max_length"
            )

    def order(self, seed: int, epoch: int) -> tuple[int, np.ndarray]:
        """The epoch's offset and window order, drawn from ``(seed, epoch)`` only."""
        rng = np.random.default_rng([seed, epoch])
        offset = int(rng.integers(self.span)) if self.shift else 0
        return offset, rng.permutation(self.n_windows)

    def windows(
        self,
        seed: int,
        epoch: int,
        indices: Iterable[int] | None = None,
        positions: Iterable[int] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Build windows as arrays.

        Args:
            seed: The run's seed.
            epoch: Which epoch's cut and order.
            indices: Positions in the epoch's order (``positions`` in the stream's
                order, for a fixed set); exactly one of the two is given.

        Returns:
            ``(ids, word_starts)``, each ``[len(indices), max_length]``; ``[CLS]``,
            ``[SEP]`` and a window's first piece count as word starts (a word cut
            by the window edge is masked as far as the window sees it).
        """
        offset, perm = self.order(seed, epoch)
        if indices is not None:
            picked = perm[np.asarray(list(indices))]
        elif positions is not None:
            picked = np.asarray(list(positions))
        else:
            raise ValueError("windows() needs indices or positions")
        starts = offset + picked[:, None] * self.span + np.arange(self.span)  # [b, span]
        b = len(picked)
        ids = np.empty((b, self.span + 2), dtype=np.int64)
        ids[:, 0], ids[:, -1] = self.cls_id, self.sep_id
        ids[:, 1:-1] = self.ids[starts]
        word = np.ones((b, self.span + 2), dtype=bool)
        word[:, 1:-1] = self.word_starts[starts]
        word[:, 1] = True
        return ids, word
