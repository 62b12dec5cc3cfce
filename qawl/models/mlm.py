"""Masked-language modelling: the encoder ``qawl pretrain`` trains, its masks and its loss.

- :func:`build_encoder`: a ``BertForMaskedLM`` of the configured sizes;
- :func:`mask_tokens`: BERT's 80/10/10 masking, by whole words or by pieces,
  drawn from a caller-given generator so a step's masks depend only on its seed;
- :func:`masked_lm_loss`: the loss with the LM head applied only where a piece is
  predicted. The head is a ``hidden × vocab`` projection; at 15% masking, running it
  on every position spends most of a small model's time on logits nobody scores;
- :func:`set_input_embeddings`: the word2vec warm start.

Example:
    >>> import torch
    >>> ids = torch.tensor([[2, 10, 11, 12, 3]])          # [CLS] w1 ##a w2 [SEP]
    >>> starts = torch.tensor([[True, True, False, True, True]])
    >>> special = torch.tensor([[True, False, False, False, True]])
    >>> g = torch.Generator().manual_seed(1)
    >>> masked, labels = mask_tokens(ids, starts, special, vocab_size=20, mask_id=4,
    ...                              probability=0.5, whole_word=True, generator=g)
    >>> labels.tolist()                                   # w1 and its ##a together
    [[-100, 10, 11, -100, -100]]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import torch
import torch.nn.functional as functional

from qawl.config.pretrain import PretrainModelConfig

IGNORE = -100  # the label of a position that is not predicted (the torch/HF convention)
N_SPECIAL = 5  # [PAD] [UNK] [CLS] [SEP] [MASK]: ids 0–4 (qawl.models.tokenizer numbers them first)


def build_encoder(spec: PretrainModelConfig, vocab_size: int, pad_id: int, dropout: float | None = None):
    """A randomly initialized ``BertForMaskedLM`` of the configured sizes.

    Args:
        spec: Hidden size, layers, heads, feed-forward size, dropout, window.
        vocab_size: The tokenizer's size (``len(tokenizer)``).
        pad_id: The ``[PAD]`` id.
        dropout: Overrides ``spec.dropout`` (dropout while pretraining).

    Returns:
        The model (input and output embeddings tied, as in BERT).

    Example:
        >>> m = build_encoder(PretrainModelConfig(hidden_size=32, num_layers=1, num_heads=2,
        ...                                       intermediate_size=64), 100, 0)
        >>> m.config.num_hidden_layers, m.config.max_position_embeddings
        (1, 512)
    """
    from transformers import BertConfig, BertForMaskedLM

    dropout = spec.dropout if dropout is None else dropout
    config = BertConfig(
        vocab_size=vocab_size,
        hidden_size=spec.hidden_size,
        num_hidden_layers=spec.num_layers,
        num_attention_heads=spec.num_heads,
        intermediate_size=spec.intermediate_size,
        hidden_dropout_prob=dropout,
        attention_probs_dropout_prob=dropout,
        # At least 512 positions, so fine-tuning may use longer windows than pretraining.
        max_position_embeddings=max(512, spec.max_length),
        pad_token_id=pad_id,
    )
    return BertForMaskedLM(config)


def mask_tokens(
    input_ids: torch.Tensor,
    word_starts: torch.Tensor,
    special: torch.Tensor,
    vocab_size: int,
    mask_id: int,
    probability: float,
    whole_word: bool,
    generator: torch.Generator,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Choose pieces to predict and corrupt them as BERT does.

    Each chosen piece becomes ``[MASK]`` (80%), a random non-special piece (10%) or
    stays (10%). With ``whole_word``, words are chosen (each with ``probability``)
    and all their pieces go together, so the model cannot fill in ``##ية`` from
    the rest of its own word. Special tokens are never chosen; at least one piece
    of the batch always is (a batch without a prediction has no loss).

    Args:
        input_ids: ``[batch, length]`` piece ids.
        word_starts: ``[batch, length]`` True where a word begins (specials too).
        special: ``[batch, length]`` True at ``[CLS]``, ``[SEP]``, ``[PAD]``.
        vocab_size: Random replacements are drawn from ids ``N_SPECIAL..vocab_size-1``.
        mask_id: The ``[MASK]`` id.
        probability: The share of words (or pieces) chosen.
        whole_word: Choose words rather than pieces.
        generator: The only source of randomness used.

    Returns:
        ``(corrupted_ids, labels)``, both ``[batch, length]``; labels hold the
        original id where a piece is predicted and :data:`IGNORE` elsewhere.
    """
    batch, length = input_ids.shape
    draw = torch.rand(batch, length, generator=generator)
    # [batch, length]: the position of each piece's word start (the latest start at
    # or before it); without whole-word masking every piece is its own word.
    positions = torch.arange(length).expand(batch, length)
    first = torch.cummax(positions * (word_starts | special), dim=1).values if whole_word else positions
    chosen = (draw.gather(1, first) < probability) & ~special
    if not chosen.any():
        # Keep the loss defined: predict the word of one random non-special piece.
        candidates = (~special).flatten().nonzero().flatten()
        pick = int(candidates[torch.randint(len(candidates), (1,), generator=generator)])
        row, col = divmod(pick, length)
        chosen[row] = (first[row] == first[row, col]) & ~special[row]
    labels = torch.where(chosen, input_ids, torch.full_like(input_ids, IGNORE))
    how = torch.rand(batch, length, generator=generator)
    corrupted = input_ids.clone()
    corrupted[chosen & (how < 0.8)] = mask_id
    randomized = chosen & (how >= 0.8) & (how < 0.9)
    corrupted[randomized] = torch.randint(
        N_SPECIAL, vocab_size, (int(randomized.sum()),), generator=generator, dtype=input_ids.dtype
    )
    return corrupted, labels


def masked_lm_loss(
    model: Any,
    input_ids: torch.Tensor,
    labels: torch.Tensor,
    attention_mask: torch.Tensor | None = None,
    encoder: Callable[..., Any] | None = None,
) -> torch.Tensor:
    """Cross-entropy of a ``BertForMaskedLM`` at the predicted positions only.

    The same value as ``model(input_ids, labels=labels).loss``, but the LM head
    (transform + ``hidden × vocab`` decoder) runs on the ``N`` predicted positions,
    not on all ``batch × length``.

    Args:
        model: A ``BertForMaskedLM`` (its ``bert`` encoder and ``cls`` head are used).
        input_ids: ``[batch, length]`` corrupted ids.
        labels: ``[batch, length]`` original ids where predicted, :data:`IGNORE` elsewhere.
        attention_mask: ``[batch, length]``, or None for packed windows without padding.
        encoder: What runs the encoder, e.g. ``torch.compile(model.bert)``; the
            default is ``model.bert`` itself.

    Returns:
        The mean loss over predicted positions (a scalar, fp32).
    """
    run = model.bert if encoder is None else encoder
    hidden = run(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state  # [B, L, H]
    predicted = labels != IGNORE  # [batch, length]
    logits = model.cls(hidden[predicted])  # [N, vocab]
    return functional.cross_entropy(logits.float(), labels[predicted])


def set_input_embeddings(model: Any, vectors: np.ndarray, known: np.ndarray) -> int:
    """Copy static piece vectors into the word embeddings (and so the tied LM decoder).

    Vectors are rescaled to the standard deviation of the model's initialization,
    so they sum with position embeddings on the scale the layers expect; pieces
    without a vector keep their random rows.

    Args:
        model: A ``BertForMaskedLM``.
        vectors: ``[vocab, hidden]`` float array.
        known: ``[vocab]`` bool array: rows of ``vectors`` to use.

    Returns:
        How many rows were copied.

    Raises:
        ValueError: A shape that does not match the embedding table.
    """
    table = model.get_input_embeddings().weight
    if vectors.shape != tuple(table.shape):
        raise ValueError(f"word2vec vectors {vectors.shape} do not match the embeddings {tuple(table.shape)}")
    rows = np.flatnonzero(known)
    if len(rows) == 0:
        return 0
    picked = vectors[rows]
    scale = model.config.initializer_range / max(float(picked.std()), 1e-8)
    with torch.no_grad():
        table[torch.as_tensor(rows)] = torch.as_tensor(picked * scale, dtype=table.dtype)
    return len(rows)
