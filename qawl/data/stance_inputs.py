"""How a (speaker, statement) pair reaches the stance classifier, whole, however long it is.

The speaker is the first segment of a tokenizer text pair and the statement the
second (``[CLS] speaker [SEP] statement [SEP]``), so segment embeddings tell the
model which words are whose, and the same words said by different speakers can
get different labels. ``pair_with_context`` appends the surrounding sentence to
the second segment. Training and the pipeline both call :func:`encode_stance`.

Nothing is cut silently. A pair longer than the model's window is fitted like this:

1. **context first**: in ``pair_with_context`` mode the context (the sentence around the
   statement, which repeats it) is shortened from its end until the pair fits;
2. **windows for the statement**: a statement that does not fit even without its context
   becomes several rows: windows of the statement of equal size (not full windows and a
   short tail), overlapping by up to a quarter of a window, each with the speaker as
   first segment; the classifier's per-label probabilities of the windows are
   **averaged** (:func:`pool_windows`), so every word of the statement is read.
   Training sees the same windows, each with the statement's label;
3. **speaker names** longer than half the window (never a real name) keep their first
   half-window of sub-words, so the statement always has room.

The windows and the pooling were chosen on the dev split of the shipped stance data,
read with windows forced short enough that many statements need several
(``benchmarks/stance_windows.py``, results in ``benchmarks/RESULTS.md``). Equal-size
windows beat full windows plus a short tail (dev macro-F1 74.7 against 69.8 with
24-sub-word windows), and every pooling that reads the whole statement (mean,
per-label maximum, first + last window) beat the first window alone (what cutting at
the end gave). Mean and maximum were within one dev statement of each other; the mean
is kept because its scores stay an average of the model's probabilities (the maximum
needs renormalising and breaks ties by label order). Its limit, measured on statements
placed after neutral filler: a stance carried by a few words at the end of a long,
otherwise neutral statement is often outvoted (macro-F1 51.0; full windows with a
short tail did better there, 57.3, and worse on dev).

Example:
    >>> stance_segments("روته", "لن نتردد في الرد")
    ('روته', 'لن نتردد في الرد')
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from qawl.data.text import Normalizer

logger = logging.getLogger(__name__)


def stance_segments(
    speaker: str, statement: str, context: str = "", mode: str = "pair", sep_token: str = "[SEP]"
) -> tuple[str, str]:
    """The two text segments for one statement.

    Args:
        speaker: The speaker's name (first segment).
        statement: The statement (second segment).
        context: The sentence around it, appended in ``pair_with_context`` mode.
        mode: ``pair`` or ``pair_with_context``.
        sep_token: The tokenizer's separator (``tokenizer.sep_token``), put between
            the statement and its context.

    Example:
        >>> stance_segments("روته", "لن نتردد", "قال روته: لن نتردد", "pair_with_context", "</s>")
        ('روته', 'لن نتردد </s> قال روته: لن نتردد')
    """
    second = statement
    if mode == "pair_with_context" and context and context != statement:
        second = f"{statement} {sep_token} {context}"
    return speaker, second


@dataclass
class StanceEncoding:
    """Model rows for a list of statements, and which statement each row reads.

    Attributes:
        rows: ``input_ids``, ``attention_mask`` (and ``token_type_ids`` when the
            tokenizer makes them), each at most ``max_length`` long.
        owners: For each row, the index of its statement; a statement longer
            than the window owns several consecutive rows.
        n_windowed: Statements read as several windows.
        n_context_trimmed: Statements whose context was shortened to fit.
        n_speaker_cut: Speaker names longer than half the window, cut.
    """

    rows: list[dict[str, list[int]]]
    owners: list[int]
    n_windowed: int = 0
    n_context_trimmed: int = 0
    n_speaker_cut: int = 0


def _lengths(tokenizer, texts: list[str]) -> list[list[int]]:
    # verbose=False: measuring a long text is not feeding it to the model, so the
    # tokenizer's "sequence length is longer than the maximum" warning does not apply.
    return tokenizer(texts, add_special_tokens=False, verbose=False)["input_ids"]


def encode_stance(
    tokenizer,
    items: Sequence[tuple[str, str, str]],
    max_length: int,
    normalizer: Normalizer,
    mode: str = "pair",
) -> StanceEncoding:
    """Tokenize ``(speaker, statement, context)`` triples as text pairs, whole.

    Words are normalized one by one with the model's saved normalizer first. A
    pair that fits is one row; one that does not is fitted as the module says
    (context shortened, then the statement split into windows).

    Args:
        tokenizer: The model's fast tokenizer.
        items: ``(speaker, statement, context)`` triples.
        max_length: The longest row, special tokens included.
        normalizer: The model's normalizer.
        mode: ``pair`` or ``pair_with_context``.

    Returns:
        The rows, the statement each row belongs to, and what was fitted.

    Example:
        >>> enc = encode_stance(tok, [("روته", "لن نتردد " * 100, "")], 32, Normalizer())  # doctest: +SKIP
        >>> len(enc.rows), set(enc.owners), max(len(r["input_ids"]) for r in enc.rows)     # doctest: +SKIP
        (9, {0}, 32)
    """
    norm = normalizer.normalize_text
    room = max_length - tokenizer.num_special_tokens_to_add(pair=True)
    speaker_cap = max(1, room // 2)
    stride = max(0, (room - speaker_cap) // 4)
    speakers = [norm(s) for s, _, _ in items]
    statements = [norm(st) for _, st, _ in items]
    seconds = [
        stance_segments(sp, st, norm(ctx), mode, tokenizer.sep_token)[1]
        for sp, st, (_, _, ctx) in zip(speakers, statements, items, strict=True)
    ]
    enc = StanceEncoding(rows=[], owners=[])
    # A speaker longer than half the window is cut at a sub-word boundary.
    spk = tokenizer(speakers, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
    speaker_lengths = []
    for i, (ids, offsets) in enumerate(zip(spk["input_ids"], spk["offset_mapping"], strict=True)):
        if len(ids) > speaker_cap:
            speakers[i] = speakers[i][: offsets[speaker_cap - 1][1]]
            enc.n_speaker_cut += 1
        speaker_lengths.append(min(len(ids), speaker_cap))
    second_lengths = [len(ids) for ids in _lengths(tokenizer, seconds)]
    statement_lengths = [len(ids) for ids in _lengths(tokenizer, statements)]
    # Each statement is fitted one of three ways.
    plain, trimmed, windowed = [], [], []
    for i in range(len(items)):
        if speaker_lengths[i] + second_lengths[i] <= room:
            plain.append(i)
        elif seconds[i] != statements[i] and speaker_lengths[i] + statement_lengths[i] + 1 <= room:
            trimmed.append(i)  # the statement and its separator fit: only context is lost
        else:
            windowed.append(i)
    per_item: list[list[dict[str, list[int]]]] = [[] for _ in items]
    # token_type_ids are absent for tokenizers whose models take none (RoBERTa-style).
    keys = ("input_ids", "attention_mask", "token_type_ids")
    calls = [
        (plain, seconds, {}),
        (trimmed, seconds, {"truncation": "only_second", "max_length": max_length}),
    ]
    # Windows of one statement are made the same size (not full windows and a short
    # tail): k windows of about (n + (k - 1) * overlap) / k sub-words each.
    for i in windowed:
        budget = room - speaker_lengths[i]
        overlap = min(stride, budget // 4)
        n = statement_lengths[i]
        k = -(-(n - overlap) // (budget - overlap))
        size = -(-(n + (k - 1) * overlap) // k)
        options = {
            "truncation": "only_second",
            "max_length": max_length - budget + size,
            "stride": overlap,
            "return_overflowing_tokens": True,
        }
        calls.append(([i], statements, options))
    for group, second_texts, options in calls:
        if not group:
            continue
        out = tokenizer([speakers[i] for i in group], [second_texts[i] for i in group], **options)
        mapping = out.get("overflow_to_sample_mapping") or list(range(len(group)))
        for row, k in enumerate(mapping):
            per_item[group[k]].append({key: list(out[key][row]) for key in keys if key in out})
    for i, rows in enumerate(per_item):
        enc.rows.extend(rows)
        enc.owners.extend([i] * len(rows))
    enc.n_windowed, enc.n_context_trimmed = len(windowed), len(trimmed)
    if windowed or trimmed or enc.n_speaker_cut:
        logger.info(
            "%d of %d statements longer than %d sub-words were read in overlapping windows "
            "(probabilities averaged); %d had their context shortened; %d speaker name(s) cut",
            len(windowed),
            len(items),
            max_length,
            len(trimmed),
            enc.n_speaker_cut,
        )
    return enc


def pool_windows(probs: np.ndarray, owners: Sequence[int], n_items: int) -> np.ndarray:
    """Average the per-label probabilities of each statement's windows.

    Args:
        probs: ``[rows, labels]`` probabilities, one row per window.
        owners: The statement of each row (:attr:`StanceEncoding.owners`).
        n_items: How many statements.

    Returns:
        ``[n_items, labels]``; a statement of one window keeps its row unchanged.

    Example:
        >>> probs = np.array([[0.25, 0.75], [0.75, 0.25], [1.0, 0.0]])
        >>> pool_windows(probs, [0, 0, 1], 2).tolist()
        [[0.5, 0.5], [1.0, 0.0]]
    """
    probs = np.asarray(probs, dtype=np.float64)
    owners_arr = np.asarray(owners, dtype=np.int64)
    counts = np.bincount(owners_arr, minlength=n_items)
    if (counts == 0).any():
        raise ValueError(f"statements {np.flatnonzero(counts == 0).tolist()} have no window")
    sums = np.zeros((n_items, probs.shape[1]))
    np.add.at(sums, owners_arr, probs)
    return (sums / counts[:, None]).astype(np.float32)
