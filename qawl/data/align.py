"""Words ↔ sub-words: the one alignment used by training, evaluation and the pipeline.

A sentence of words becomes one or more windows of sub-word ids. Windows never
cut a word, overlap by about ``stride`` sub-words, and together cover every word,
so nothing is truncated. Going back, :func:`word_scores` picks, for each word, the
first sub-token's scores in the window where the word sits farthest from an edge,
and returns exactly one row per word: ``len(labels_out) == len(words_in)``.

Example:
    >>> windows = encode_words(["قال", "روته"], tok, max_length=16)   # doctest: +SKIP
    >>> word_scores(windows, [model_logits], n_words=2).shape        # doctest: +SKIP
    (2, 11)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

logger = logging.getLogger(__name__)

IGNORE = -100  # the label id torch's cross-entropy skips


@dataclass
class Window:
    """One model input covering the words ``[first_word, last_word)`` of a sentence.

    Attributes:
        input_ids: Sub-word ids with special tokens, at most ``max_length``.
        attention_mask: 1 for each id.
        token_type_ids: Segment ids (all 0), or None for tokenizers (RoBERTa-style)
            whose models take none.
        word_ids: For each position, the sentence-level word index or None
            (special tokens).
        labels: Label id per position: the word's label on its first sub-token,
            :data:`IGNORE` elsewhere (or the I- form when labelling all sub-tokens).
        first_word: Index of the first word in the window.
        last_word: One past the last word.
    """

    input_ids: list[int]
    attention_mask: list[int]
    token_type_ids: list[int] | None
    word_ids: list[int | None]
    first_word: int
    last_word: int
    labels: list[int] = field(default_factory=list)

    def features(self) -> dict[str, list[int]]:
        """The model inputs (and labels, if any) as a dict for a collator."""
        out = {"input_ids": self.input_ids, "attention_mask": self.attention_mask}
        if self.token_type_ids is not None:
            out["token_type_ids"] = self.token_type_ids
        if self.labels:
            out["labels"] = self.labels
        return out


def _plan_windows(lengths: Sequence[int], budget: int, stride: int) -> list[tuple[int, int]]:
    """Group words into spans of at most ``budget`` sub-words, overlapping by ~``stride``."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(lengths)
    while start < n:
        end, used = start, 0
        while end < n and (used + lengths[end] <= budget or end == start):
            used += lengths[end]
            end += 1
        spans.append((start, end))
        if end >= n:
            break
        # Step back over whole words worth about `stride` sub-words, but always advance.
        back, overlap = end, 0
        while back - 1 > start and overlap + lengths[back - 1] <= stride:
            back -= 1
            overlap += lengths[back]
        start = back
    return spans


def encode_words(
    words: Sequence[str],
    tokenizer,
    max_length: int,
    stride: int = 32,
    labels: Sequence[int] | None = None,
    label_all_subtokens: bool = False,
    inside_of: dict[int, int] | None = None,
) -> list[Window]:
    """Turn one sentence of (normalized) words into model windows.

    Args:
        words: The sentence's words; none may be empty.
        tokenizer: A fast (tokenizers-backed) tokenizer.
        max_length: The longest window, special tokens included.
        stride: Sub-words of overlap between consecutive windows.
        labels: One label id per word, for training; None at inference.
        label_all_subtokens: Label non-first sub-tokens too (with the I- form of
            the word's label, via ``inside_of``) instead of ignoring them.
        inside_of: Maps a ``B-X`` label id to its ``I-X`` id (needed with
            ``label_all_subtokens``).

    Returns:
        Windows that together hold every word; a sentence of ≤ ``max_length``
        sub-words gives exactly one.

    Raises:
        ValueError: ``labels`` whose length differs from ``words``.
    """
    if labels is not None and len(labels) != len(words):
        raise ValueError(f"{len(words)} words but {len(labels)} labels")
    if not words:
        return []
    # A word the tokenizer turns into nothing (a stray control mark) would have no
    # position to predict from: feed it as the unknown token instead.
    # verbose=False: a single hostile "word" can be longer than the model's window;
    # measuring it is not feeding it (it is cut to the window below, and counted).
    pieces = tokenizer(list(words), add_special_tokens=False, verbose=False)["input_ids"]
    words = [w if ids else tokenizer.unk_token for w, ids in zip(words, pieces, strict=True)]
    lengths = [max(1, len(ids)) for ids in pieces]
    budget = max_length - tokenizer.num_special_tokens_to_add(pair=False)
    too_long = sum(1 for n in lengths if n > budget)
    if too_long:
        logger.warning(
            "%d word(s) longer than %d sub-words keep only their first sub-words (each still gets a label)",
            too_long,
            budget,
        )
    windows = []
    for first, last in _plan_windows(lengths, budget, stride):
        enc = tokenizer(
            list(words[first:last]), is_split_into_words=True, truncation=True, max_length=max_length
        )
        local = enc.word_ids()
        word_ids = [None if w is None else w + first for w in local]
        window = Window(
            input_ids=list(enc["input_ids"]),
            attention_mask=list(enc["attention_mask"]),
            token_type_ids=list(enc["token_type_ids"]) if "token_type_ids" in enc else None,
            word_ids=word_ids,
            first_word=first,
            last_word=last,
        )
        if labels is not None:
            window.labels = _position_labels(word_ids, labels, label_all_subtokens, inside_of)
        windows.append(window)
    return windows


def encode_sentences(
    sentences: Sequence[Sequence[str]], tokenizer, max_length: int, stride: int = 32
) -> list[list[Window]]:
    """:func:`encode_words` for many sentences at once, with one tokenizer call for most.

    All sentences are tokenized together, once. A sentence that fits in one
    window and whose every word has sub-words is finished from that single pass
    (it is exactly the window :func:`encode_words` makes); only the others (too
    long, or holding a word the tokenizer turns into nothing) go through
    :func:`encode_words`. The result is identical to calling :func:`encode_words`
    on each sentence, without tokenizing every word twice.

    Args:
        sentences: Sentences of (normalized) words; an empty sentence gets no window.
        tokenizer: A fast (tokenizers-backed) tokenizer.
        max_length: The longest window, special tokens included.
        stride: Sub-words of overlap between consecutive windows.

    Returns:
        The windows of each sentence, in order.

    Example:
        >>> encode_sentences([["قال", "روته"], []], tok, 16)  # doctest: +SKIP
        [[Window(input_ids=[2, 51, 87, 3], ...)], []]
    """
    out: list[list[Window]] = [[] for _ in sentences]
    todo = [k for k, words in enumerate(sentences) if words]
    if not todo:
        return out
    enc = tokenizer(
        [list(sentences[k]) for k in todo], is_split_into_words=True, truncation=False, verbose=False
    )
    has_types = "token_type_ids" in enc
    for row, k in enumerate(todo):
        ids = enc["input_ids"][row]
        word_ids = enc.word_ids(row)
        n_words = len(sentences[k])
        # One window, every word present: encode_words would make this exact window.
        if len(ids) <= max_length and len({w for w in word_ids if w is not None}) == n_words:
            out[k] = [
                Window(
                    input_ids=list(ids),
                    attention_mask=list(enc["attention_mask"][row]),
                    token_type_ids=list(enc["token_type_ids"][row]) if has_types else None,
                    word_ids=list(word_ids),
                    first_word=0,
                    last_word=n_words,
                )
            ]
        else:
            out[k] = encode_words(sentences[k], tokenizer, max_length, stride)
    return out


def _position_labels(word_ids, labels, label_all_subtokens, inside_of) -> list[int]:
    out, prev = [], None
    for w in word_ids:
        if w is None:
            out.append(IGNORE)
        elif w != prev:
            out.append(labels[w])
        elif label_all_subtokens:
            out.append((inside_of or {}).get(labels[w], labels[w]))
        else:
            out.append(IGNORE)
        prev = w
    return out


def first_subtoken_positions(window: Window) -> dict[int, int]:
    """Map each word index in the window to the position of its first sub-token."""
    firsts: dict[int, int] = {}
    for pos, w in enumerate(window.word_ids):
        if w is not None and w not in firsts:
            firsts[w] = pos
    return firsts


def word_scores(windows: list[Window], window_logits: Sequence[np.ndarray], n_words: int) -> np.ndarray:
    """Collect one score row per word from the windows' per-position scores.

    Each word is read from its first sub-token in the window where it is farthest
    from a window edge (overlap words get the most context).

    Args:
        windows: The windows :func:`encode_words` made for the sentence.
        window_logits: For each window, an array ``[positions, n_labels]``
            (padding past the window's length is ignored).
        n_words: The sentence's word count.

    Returns:
        An array ``[n_words, n_labels]``.

    Raises:
        AssertionError: If any word is left without scores (a bug, never data).
    """
    best: dict[int, tuple[int, np.ndarray]] = {}
    for window, logits in zip(windows, window_logits, strict=True):
        for w, pos in first_subtoken_positions(window).items():
            margin = min(w - window.first_word, window.last_word - 1 - w)
            if w not in best or margin > best[w][0]:
                best[w] = (margin, np.asarray(logits[pos]))
    assert len(best) == n_words, f"{n_words} words in but {len(best)} scored"
    return np.stack([best[w][1] for w in range(n_words)])
