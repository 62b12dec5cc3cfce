"""The data of a pretraining run: normalized text, vocabulary and piece streams, cached.

Each stage is saved under ``<output_dir>/cache`` with the key of its inputs (file
sizes and times, normalizer, vocabulary settings, seed) and reused while the key
matches, so a resumed or repeated run skips the minutes of normalizing and
tokenizing, and always gets the vocabulary its checkpoints were trained with.

Example:
    >>> data = prepare_pretraining_data(cfg, Path("models/pretrain-tiny"))   # doctest: +SKIP
    >>> len(data.tokenizer), data.train_ids.shape                          # doctest: +SKIP
    (4000, (52210,))
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from qawl.config.pretrain import PretrainConfig
from qawl.data.files import file_sha256
from qawl.data.packing import (
    encode_documents,
    join_documents,
    load_stream,
    save_stream,
)
from qawl.data.rawtext import (
    iter_corpus_documents,
    iter_lines,
    iter_raw_documents,
    resolve_text_files,
    write_normalized,
)
from qawl.models.tokenizer import train_wordpiece_tokenizer

logger = logging.getLogger(__name__)


@dataclass
class PretrainData:
    """What the training loop reads.

    Attributes:
        tokenizer: The run's tokenizer (trained, cached or reused).
        train_ids: ``[n]`` piece ids of the training stream (memory-mapped).
        train_starts: ``[n]`` word starts of the training stream.
        held: ``(ids, starts)`` of the held-out documents, or None.
        raw_documents: Raw documents read (held-out ones included).
    """

    tokenizer: Any
    train_ids: np.ndarray
    train_starts: np.ndarray
    held: tuple[np.ndarray, np.ndarray] | None
    raw_documents: int


def prepare_pretraining_data(cfg: PretrainConfig, out: Path) -> PretrainData:
    """Normalize the text, get the vocabulary and encode the streams, reusing the cache.

    Args:
        cfg: The run's config (``data``, ``normalizer``, ``tokenizer``, ``seed``).
        out: The output directory (the cache is ``out / "cache"``).

    Returns:
        The tokenizer and the training and held-out streams.

    Raises:
        FileNotFoundError: Raw-text files or globs that match nothing, or missing
            corpus files.
    """
    cache = out / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    normalized, n_raw, text_key = _prepare_text(cfg, cache)
    tokenizer = _prepare_tokenizer(cfg, cache, normalized, text_key)
    (ids, starts), held = _prepare_streams(cfg, cache, normalized, n_raw, text_key, tokenizer)
    return PretrainData(tokenizer, ids, starts, held, n_raw)


def tokenizer_digest(tokenizer: Any) -> str:
    """A fingerprint of a tokenizer's full definition (vocabulary, normalizer, pre-tokenizer)."""
    return _digest(tokenizer.backend_tokenizer.to_str())


def _file_key(paths: list) -> list:
    # By content, not modification time: a copied, restored or re-mounted file keeps its
    # bytes but not its mtime, and a changed key retrains the vocabulary, which (WordPiece
    # breaks ties in hash order) differs from the one a run's checkpoints were trained with.
    return [[str(p), os.path.getsize(p), file_sha256(p)] for p in paths]


def _prepare_text(cfg: PretrainConfig, cache: Path) -> tuple[Path, int, dict]:
    """Normalized documents on disk (reused while the inputs are unchanged)."""
    files = resolve_text_files(cfg.data.text)
    key = {
        "text": _file_key(files),
        "corpus": _file_key(cfg.data.corpus_files),
        "max_documents": cfg.data.max_documents,
        "normalizer": cfg.normalizer.model_dump(),
    }
    path, manifest = cache / "normalized.txt", cache / "normalized.json"
    if manifest.is_file() and path.is_file():
        saved = json.loads(manifest.read_text(encoding="utf-8"))
        if saved["key"] == key:
            return path, saved["raw_documents"], key
    logger.info("normalizing %d raw file(s) and %d corpus file(s)", len(files), len(cfg.data.corpus_files))
    n_raw, n_corpus = write_normalized(
        iter_raw_documents(files, cfg.data.max_documents),
        iter_corpus_documents(cfg.data.corpus_files),
        cfg.normalizer,
        path,
    )
    logger.info("%d raw documents, %d corpus sentences", n_raw, n_corpus)
    manifest.write_text(
        json.dumps({"key": key, "raw_documents": n_raw, "corpus_documents": n_corpus}), encoding="utf-8"
    )
    return path, n_raw, key


def _prepare_tokenizer(cfg: PretrainConfig, cache: Path, normalized: Path, text_key: dict):
    """Reuse ``tokenizer.path``, or the cached tokenizer of this text, or train one."""
    from transformers import AutoTokenizer

    if cfg.tokenizer.path:
        return AutoTokenizer.from_pretrained(cfg.tokenizer.path)
    folder = cache / "tokenizer"
    key = {
        "text": text_key,
        "vocab_size": cfg.tokenizer.vocab_size,
        "min_frequency": cfg.tokenizer.min_frequency,
    }
    manifest = folder / "qawl_tokenizer_key.json"
    if manifest.is_file() and json.loads(manifest.read_text(encoding="utf-8")) == key:
        return AutoTokenizer.from_pretrained(folder)
    logger.info("training a WordPiece vocabulary (cap %d)", cfg.tokenizer.vocab_size)
    tokenizer = train_wordpiece_tokenizer(
        iter_lines(normalized), cfg.tokenizer.vocab_size, cfg.tokenizer.min_frequency, cfg.model.max_length
    )
    tokenizer.save_pretrained(folder)
    manifest.write_text(json.dumps(key), encoding="utf-8")
    return tokenizer


def _prepare_streams(
    cfg: PretrainConfig, cache: Path, normalized: Path, n_raw: int, text_key: dict, tokenizer
) -> tuple[tuple, tuple | None]:
    """The training stream and the held-out stream (None without held-out documents)."""
    key = {
        "text": text_key,
        "vocab": tokenizer.backend_tokenizer.to_str(),
        "validation_documents": cfg.data.validation_documents,
        "seed": cfg.seed,
    }
    key = {"digest": _digest(json.dumps(key, sort_keys=True))}
    train = load_stream(cache / "train", key)
    held = load_stream(cache / "validation", key) if cfg.data.validation_documents else None
    if train is not None and (held is not None or not cfg.data.validation_documents):
        return train, held
    logger.info("encoding the normalized text into word pieces")
    docs = encode_documents(iter_lines(normalized), tokenizer)
    n_held = min(cfg.data.validation_documents, max(0, n_raw - 1))
    chosen = set(
        np.random.default_rng(cfg.seed).choice(n_raw, n_held, replace=False).tolist() if n_held else []
    )
    sep = tokenizer.sep_token_id
    train = join_documents([d for i, d in enumerate(docs) if i not in chosen], sep)
    save_stream(cache / "train", *train, key)
    if chosen:
        held = join_documents([d for i, d in enumerate(docs) if i in chosen], sep)
        save_stream(cache / "validation", *held, key)
    logger.info("%d pieces for training, %d held out", len(train[0]), len(held[0]) if held else 0)
    return train, held


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
