"""Build the network a run fine-tunes: a pretrained one, or a BERT from scratch.

A pretrained model is a hub id or a local directory (AraBERT, or an encoder made
by ``qawl pretrain``); from scratch, a WordPiece vocabulary is trained on the
training text (:mod:`qawl.models.tokenizer`) and a small BERT gets random weights.
Either way the labels go into ``config.json`` (``id2label``/``label2id``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from qawl.config.base import ConfigError
from qawl.config.experiment import ModelConfig
from qawl.config.settings import SETTINGS_KEY
from qawl.data.text import Normalizer
from qawl.models.tokenizer import train_wordpiece_tokenizer

logger = logging.getLogger(__name__)


def check_normalizer(hf_config, normalizer: Normalizer, source: str) -> None:
    """Refuse to fine-tune a qawl encoder with a normalizer other than its own.

    An encoder made by ``qawl pretrain`` (or a qawl model) saves its per-word
    normalizer in ``config.json``; its vocabulary and weights only know text
    normalized that way (e.g. ``fold_alef``: no أ/إ pieces at all). A plain Hugging
    Face model (AraBERT) saves none and is not checked.

    Raises:
        ConfigError: The two differ; the message names both and the differing keys.

    Example:
        >>> from types import SimpleNamespace
        >>> saved = SimpleNamespace(qawl={"normalizer": {"fold_alef": True}})
        >>> check_normalizer(saved, Normalizer(fold_alef=True), "enc")
        >>> check_normalizer(saved, Normalizer(), "enc")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        qawl.config.base.ConfigError: model.normalizer differs ... (fold_alef: config False, encoder True)...
    """
    saved = (getattr(hf_config, SETTINGS_KEY, None) or {}).get("normalizer")
    if saved is None:
        return
    theirs = Normalizer.model_validate(saved)
    if theirs == normalizer:
        return
    mine, enc = normalizer.model_dump(), theirs.model_dump()
    diff = ", ".join(f"{k}: config {mine[k]}, encoder {enc[k]}" for k in mine if mine[k] != enc[k])
    wanted = ", ".join(f"{k}: {str(v).lower()}" for k, v in enc.items())
    raise ConfigError(
        f"model.normalizer differs from the normalizer {source} was pretrained with "
        f"({diff}); set model.normalizer to the encoder's: {{{wanted}}}"
    )


def build_model(
    task: str,
    model_cfg: ModelConfig,
    labels: list[str],
    training_texts: Iterable[str] | None = None,
):
    """Build the tokenizer and the (untrained head) model for a run.

    Args:
        task: ``"ner"`` (token classification) or ``"stance"`` (sequence classification).
        model_cfg: Names a pretrained model or gives from-scratch sizes.
        labels: The label list; becomes ``id2label``/``label2id`` in ``config.json``.
        training_texts: Needed from scratch, to train the vocabulary.

    Returns:
        ``(tokenizer, model)``.

    Raises:
        ConfigError: A qawl encoder pretrained with another normalizer than
            ``model_cfg.normalizer``.
        OSError: A pretrained model that is neither a local directory nor
            reachable on the hub (the message says how to go offline).
        ValueError: From scratch without training texts.
    """
    from transformers import (
        AutoConfig,
        AutoModelForSequenceClassification,
        AutoModelForTokenClassification,
        AutoTokenizer,
        BertConfig,
    )

    id2label = dict(enumerate(labels))
    label2id = {label: i for i, label in id2label.items()}
    auto = AutoModelForTokenClassification if task == "ner" else AutoModelForSequenceClassification
    if model_cfg.pretrained:
        try:
            tokenizer = AutoTokenizer.from_pretrained(model_cfg.pretrained)
            config = AutoConfig.from_pretrained(
                model_cfg.pretrained, num_labels=len(labels), id2label=id2label, label2id=label2id
            )
            check_normalizer(config, model_cfg.normalizer, model_cfg.pretrained)
            # fp32 weights to train: transformers 5 loads a checkpoint in its stored dtype,
            # and an encoder shipped as fp16 would otherwise be fine-tuned in fp16.
            model = auto.from_pretrained(
                model_cfg.pretrained, config=config, ignore_mismatched_sizes=True, dtype="float32"
            )
        except OSError as err:
            raise OSError(
                f"could not load pretrained model {model_cfg.pretrained!r}: {err}\n"
                "Without network, use a local model directory for model.pretrained, or the "
                "offline default (configs/ner-tiny.yaml, model.from_scratch)."
            ) from err
        if not getattr(tokenizer, "is_fast", False):
            raise ValueError(f"{model_cfg.pretrained}: qawl needs a fast tokenizer (word_ids)")
        return tokenizer, model
    if training_texts is None:
        raise ValueError("a from-scratch model needs training texts for its vocabulary")
    spec = model_cfg.from_scratch
    assert spec is not None  # the config requires pretrained or from_scratch
    if spec.tokenizer:
        tokenizer = AutoTokenizer.from_pretrained(spec.tokenizer)
    else:
        tokenizer = train_wordpiece_tokenizer(
            training_texts, spec.vocab_size, spec.min_frequency, model_cfg.max_length
        )
    config = BertConfig(
        vocab_size=len(tokenizer),
        hidden_size=spec.hidden_size,
        num_hidden_layers=spec.num_layers,
        num_attention_heads=spec.num_heads,
        intermediate_size=spec.intermediate_size,
        hidden_dropout_prob=spec.dropout,
        attention_probs_dropout_prob=spec.dropout,
        max_position_embeddings=max(512, model_cfg.max_length),
        pad_token_id=tokenizer.pad_token_id,
        id2label=id2label,  # num_labels follows from id2label
        label2id=label2id,
    )
    logger.info(
        "from-scratch BERT: vocab %d, %d layers × %d hidden",
        len(tokenizer),
        spec.num_layers,
        spec.hidden_size,
    )
    return tokenizer, auto.from_config(config)
