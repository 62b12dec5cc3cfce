"""How a (speaker, statement) pair reaches the stance classifier.

The speaker is the first segment of a tokenizer text pair and the statement the
second (``[CLS] speaker [SEP] statement [SEP]``), so segment embeddings tell the
model which words are whose, and the same words said by different speakers can
get different labels. ``pair_with_context`` appends the surrounding sentence to
the second segment. Training and the pipeline both call :func:`encode_stance`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

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
        >>> stance_segments("روته", "لن نتردد في الرد")
        ('روته', 'لن نتردد في الرد')
        >>> stance_segments("روته", "لن نتردد", "قال روته: لن نتردد", "pair_with_context", "</s>")
        ('روته', 'لن نتردد </s> قال روته: لن نتردد')
    """
    second = statement
    if mode == "pair_with_context" and context and context != statement:
        second = f"{statement} {sep_token} {context}"
    return speaker, second


def encode_stance(
    tokenizer,
    items: Sequence[tuple[str, str, str]],
    max_length: int,
    normalizer: Normalizer,
    mode: str = "pair",
) -> tuple[list[dict[str, list[int]]], int]:
    """Tokenize ``(speaker, statement, context)`` triples as text pairs, one row each.

    Words are normalized one by one with the model's saved normalizer first.
    Statements longer than ``max_length`` are cut at the end of the second
    segment; how many were cut is returned (and logged), never hidden.

    Returns:
        ``(rows, n_truncated)``: one dict per triple with ``input_ids``,
        ``attention_mask`` and (when the tokenizer makes them) ``token_type_ids``.
    """
    norm = normalizer.normalize_text
    firsts, seconds = [], []
    for speaker, statement, context in items:
        a, b = stance_segments(norm(speaker), norm(statement), norm(context), mode, tokenizer.sep_token)
        firsts.append(a)
        seconds.append(b)
    full = tokenizer(firsts, seconds, truncation=False)
    n_truncated = sum(1 for ids in full["input_ids"] if len(ids) > max_length)
    if n_truncated:
        logger.warning(
            "%d of %d statements exceed %d sub-words and were cut at the end",
            n_truncated,
            len(items),
            max_length,
        )
        full = tokenizer(firsts, seconds, truncation="longest_first", max_length=max_length)
    # token_type_ids are absent for tokenizers whose models take none (RoBERTa-style).
    keys = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in full]
    rows = [{k: list(full[k][i]) for k in keys} for i in range(len(items))]
    return rows, n_truncated
