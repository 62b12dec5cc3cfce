"""The typed, closed config of ``qawl pretrain``: raw text in, a BERT encoder out.

A pretraining run is one YAML file (``configs/pretrain-*.yaml``) with the sections
below; like the training configs, every key is checked, an unknown key is an error
naming its dotted path and the file, and ``--set a.b=value`` overrides any key.

- ``data``: raw text (one document per line; files or globs) and the shipped
  corpus files whose words also go into the vocabulary and the MLM stream;
- ``normalizer``: the per-word :class:`~qawl.data.text.Normalizer`, applied to
  all text before the tokenizer is trained and before encoding, and saved with
  the encoder so fine-tuning normalizes the same way;
- ``tokenizer``, ``model``, ``mlm``, ``warm_start``, ``training``: the WordPiece
  vocabulary, the BERT sizes, the masking, the word2vec warm start and the
  optimization recipe.

Example:
    >>> cfg = load_pretrain_config("configs/pretrain-tiny.yaml", ["training.max_steps=5"])
    >>> cfg.model.hidden_size, cfg.training.max_steps, cfg.normalizer.fold_alef
    (64, 5, True)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, TypeAdapter, model_validator

from qawl.config.base import Closed, apply_overrides, describe_source, read_yaml, validate
from qawl.data.text import Normalizer

__all__ = [
    "MlmConfig",
    "PretrainConfig",
    "PretrainDataConfig",
    "PretrainModelConfig",
    "PretrainTokenizerConfig",
    "PretrainTrainingConfig",
    "WarmStartConfig",
    "load_pretrain_config",
    "pretrain_config_from_dict",
]


class PretrainDataConfig(Closed):
    """Where the text comes from.

    Attributes:
        text: Raw-text files or glob patterns, one document per line (read with
            ``datasets``' ``text`` loader, in the order given, globs sorted).
        corpus_files: The shipped corpus (CoNLL words, stance JSONL contexts): its
            sentences go into the vocabulary and the MLM stream too, so the encoder
            knows the text it will be fine-tuned on. Use train splits only.
        max_documents: Read at most this many raw documents (smoke runs).
        validation_documents: Raw documents held out of training (a seeded
            choice) and scored at every checkpoint: a held-out MLM loss.
        license: The raw text's licence, written into the encoder's card: the
            weights inherit it (SaudiNewsNet: CC BY-NC-SA 4.0).
    """

    text: list[str] = Field(min_length=1)
    corpus_files: list[str] = Field(
        default_factory=lambda: ["data/ner/train.conll", "data/stance/train.jsonl"]
    )
    max_documents: int | None = Field(None, ge=1)
    validation_documents: int = Field(0, ge=0)
    license: str | None = None


class PretrainTokenizerConfig(Closed):
    """The WordPiece vocabulary: trained on the normalized text, or reused.

    Attributes:
        vocab_size: The vocabulary cap (small text gives fewer pieces).
        min_frequency: How often a merge must occur to be learned.
        path: A saved tokenizer directory to reuse instead of training one (to
            repeat a run exactly: WordPiece breaks merge ties in hash order).
    """

    vocab_size: int = Field(24_000, ge=100, le=200_000)
    min_frequency: int = Field(2, ge=1)
    path: str | None = None


class PretrainModelConfig(Closed):
    """The BERT encoder's sizes (``BertForMaskedLM``).

    Attributes:
        dropout: The dropout the saved encoder carries into fine-tuning (its
            ``config.json``); ``training.dropout`` can set another for pretraining.
        max_length: The packed window, ``[CLS]`` and ``[SEP]`` included; the
            position table has ``max(512, max_length)`` rows, so fine-tuning may use
            longer windows than pretraining did.
    """

    hidden_size: int = Field(256, ge=8)
    num_layers: int = Field(4, ge=1, le=48)
    num_heads: int = Field(4, ge=1)
    intermediate_size: int = Field(1024, ge=8)
    dropout: float = Field(0.1, ge=0.0, lt=1.0)
    max_length: int = Field(128, ge=8, le=4096)

    @model_validator(mode="after")
    def _heads_divide_hidden(self) -> PretrainModelConfig:
        if self.hidden_size % self.num_heads:
            raise ValueError(
                f"hidden_size {self.hidden_size} is not divisible by num_heads "
                f"{self.num_heads}: pick sizes such as 256/4 or 384/6"
            )
        return self


class MlmConfig(Closed):
    """Masked-language modelling.

    Attributes:
        mask_probability: The share of words (whole-word masking) or pieces chosen
            for prediction; of those, 80% become ``[MASK]``, 10% a random piece and
            10% stay as they are (BERT's recipe).
        whole_word_masking: Choose words and mask all their pieces together; off,
            pieces are chosen one by one.
    """

    mask_probability: float = Field(0.15, gt=0.0, lt=1.0)
    whole_word_masking: bool = True


class WarmStartConfig(Closed):
    """Static word-piece vectors (gensim word2vec over the WordPiece stream) as the
    initial input embeddings, so a short run does not start from noise.

    Attributes:
        word2vec: On or off (needs ``gensim``: ``pip install qawl[pretrain]``).
        epochs: word2vec passes over the text.
        window: Context window, in pieces.
        min_count: Pieces rarer than this keep their random vectors.
    """

    word2vec: bool = False
    epochs: int = Field(3, ge=1)
    window: int = Field(5, ge=1)
    min_count: int = Field(3, ge=1)


class PretrainTrainingConfig(Closed):
    """The optimization recipe: AdamW, linear warmup, then linear decay to zero.

    Attributes:
        batch_size: Windows per forward pass.
        gradient_accumulation: Forward passes per optimizer step.
        learning_rate: The peak learning rate.
        warmup: Warmup, as a share of all steps (< 1) or a number of steps (≥ 1).
        weight_decay: AdamW decay (not on biases and LayerNorm weights).
        max_steps: Stop after this many optimizer steps; with ``epochs`` too, the
            earlier of the two wins.
        epochs: Passes over the packed windows (fractions allowed).
        checkpoint_every: Optimizer steps between checkpoints.
        keep_checkpoints: How many checkpoints to keep (oldest deleted first).
        log_every: Optimizer steps between lines of ``log.jsonl``.
        threads: torch CPU threads (None: torch's default).
        bf16: ``auto`` uses bfloat16 autocast on a GPU that supports it, fp32 on CPU.
        compile: ``torch.compile`` the encoder (``auto``: on a GPU only).
        dropout: Dropout while pretraining (None: ``model.dropout``). A run that
            sees its text a few times does not overfit, and dropout only slows
            learning; 0 is the short-budget choice (Geiping & Goldstein 2022).
    """

    batch_size: int = Field(64, ge=1)
    gradient_accumulation: int = Field(1, ge=1)
    learning_rate: float = Field(5e-4, gt=0, lt=1)
    warmup: float = Field(0.06, ge=0)
    weight_decay: float = Field(0.01, ge=0)
    max_steps: int | None = Field(None, ge=1)
    epochs: float | None = Field(None, gt=0)
    checkpoint_every: int = Field(500, ge=1)
    keep_checkpoints: int = Field(2, ge=1)
    log_every: int = Field(10, ge=1)
    threads: int | None = Field(None, ge=1)
    bf16: Literal["auto", True, False] = "auto"
    compile: Literal["auto", True, False] = "auto"
    dropout: float | None = Field(None, ge=0.0, lt=1.0)

    @model_validator(mode="after")
    def _has_length(self) -> PretrainTrainingConfig:
        if self.max_steps is None and self.epochs is None:
            raise ValueError("set training.max_steps or training.epochs (or both: the earlier wins)")
        return self


class PretrainConfig(Closed):
    """A pretraining run.

    Attributes:
        run_name: Names the output directory ``models/<run_name>``.
        output_dir: Overrides the output directory (checkpoints, cache and the
            final encoder all go here).
        seed: Seeds the data order, the masks, the initialization and dropout.
    """

    run_name: str = Field(pattern=r"^[\w.-]+$")
    output_dir: str | None = None
    seed: int = 13
    data: PretrainDataConfig
    normalizer: Normalizer = Normalizer()
    tokenizer: PretrainTokenizerConfig = PretrainTokenizerConfig()
    model: PretrainModelConfig = PretrainModelConfig()
    mlm: MlmConfig = MlmConfig()
    warm_start: WarmStartConfig = WarmStartConfig()
    training: PretrainTrainingConfig

    def resolved_output_dir(self) -> Path:
        """The directory the run writes into."""
        return Path(self.output_dir) if self.output_dir else Path("models") / self.run_name

    def to_yaml(self) -> str:
        """The fully resolved config, as written next to the encoder."""
        return yaml.safe_dump(self.model_dump(mode="json"), sort_keys=False, allow_unicode=True)


_ADAPTER: TypeAdapter[PretrainConfig] = TypeAdapter(PretrainConfig)


def pretrain_config_from_dict(raw: dict[str, Any], source: str = "<dict>") -> PretrainConfig:
    """Validate a mapping into a :class:`PretrainConfig`.

    Raises:
        qawl.config.base.ConfigError: Unknown keys, wrong types or out-of-range
            values, each named by its dotted path, with ``source`` in the message.
    """
    return validate(_ADAPTER, raw, source)


def load_pretrain_config(path: str | Path, overrides: list[str] | None = None) -> PretrainConfig:
    """Read a pretraining YAML config, apply ``section.key=value`` overrides, validate.

    Args:
        path: A YAML file such as ``configs/pretrain-mini.yaml``.
        overrides: Dotted overrides applied in order, e.g. ``["training.max_steps=100"]``.

    Returns:
        The validated config.

    Raises:
        qawl.config.base.ConfigError: Missing file, bad YAML, unknown keys, bad values.
    """
    raw = read_yaml(path)
    apply_overrides(raw, overrides, str(path))
    return pretrain_config_from_dict(raw, describe_source(path, overrides))
