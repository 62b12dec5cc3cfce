"""Static word-piece vectors: gensim word2vec over the pretraining piece stream.

A short MLM run on a CPU starts from random embeddings and spends much of its
budget learning which pieces are alike; skip-gram vectors over the same stream
(minutes on two cores) give the embedding table that knowledge up front
(:func:`qawl.models.mlm.set_input_embeddings`). gensim with several workers is
not bit-for-bit repeatable; a run's checkpoints hold the warm-started weights, so
resuming never repeats this step.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import numpy as np

from qawl.config.pretrain import WarmStartConfig

logger = logging.getLogger(__name__)

_MAX_SENTENCE = 1000  # gensim silently truncates sentences over 10,000 tokens


class _PieceSentences:
    """A restartable iterable of piece-id strings, one list per document chunk."""

    def __init__(self, ids: np.ndarray, sep_id: int):
        self.ids, self.sep_id = ids, sep_id

    def __iter__(self) -> Iterator[list[str]]:
        bounds = np.flatnonzero(np.asarray(self.ids) == self.sep_id)
        start = 0
        for end in [int(b) for b in bounds] + [len(self.ids)]:
            doc = self.ids[start:end]
            for i in range(0, len(doc), _MAX_SENTENCE):
                chunk = doc[i : i + _MAX_SENTENCE]
                if len(chunk):
                    yield [str(t) for t in chunk.tolist()]
            start = end + 1


def train_piece_vectors(
    ids: np.ndarray, sep_id: int, vocab_size: int, dim: int, cfg: WarmStartConfig, seed: int, workers: int
) -> tuple[np.ndarray, np.ndarray]:
    """Skip-gram vectors for the pieces of a stream.

    Args:
        ids: The pretraining stream (documents separated by ``sep_id``).
        sep_id: The ``[SEP]`` id (document boundary; never a context word).
        vocab_size: Rows of the returned table.
        dim: Vector size (the model's hidden size).
        cfg: Epochs, window and minimum count.
        seed: gensim's seed.
        workers: gensim threads.

    Returns:
        ``(vectors, known)``: ``[vocab_size, dim]`` float32 and a ``[vocab_size]``
        bool mask of the rows that got a vector.

    Raises:
        ImportError: gensim is not installed (the message says how to install it).

    Example:
        >>> ids = np.array([5, 6, 7, 3] * 50, dtype=np.int32)
        >>> vectors, known = train_piece_vectors(ids, 3, 10, 8, WarmStartConfig(min_count=1), 1, 1)
        >>> vectors.shape, known.nonzero()[0].tolist()
        ((10, 8), [5, 6, 7])
    """
    try:
        from gensim.models import Word2Vec
    except ImportError:
        raise ImportError(
            "warm_start.word2vec needs gensim: pip install 'qawl[pretrain]' "
            "(or set warm_start.word2vec=false)"
        ) from None
    # gensim logs a line per second and per lifecycle event at INFO: keep our own summary only.
    logging.getLogger("gensim").setLevel(max(logging.WARNING, logging.getLogger("gensim").level))
    w2v = Word2Vec(
        sentences=_PieceSentences(ids, sep_id),
        vector_size=dim,
        window=cfg.window,
        min_count=cfg.min_count,
        sg=1,
        epochs=cfg.epochs,
        workers=workers,
        seed=seed,
    )
    vectors = np.zeros((vocab_size, dim), dtype=np.float32)
    known = np.zeros(vocab_size, dtype=bool)
    for key, row in w2v.wv.key_to_index.items():
        vectors[int(key)] = w2v.wv.vectors[row]
        known[int(key)] = True
    logger.info("word2vec: vectors for %d of %d pieces", int(known.sum()), vocab_size)
    return vectors, known
