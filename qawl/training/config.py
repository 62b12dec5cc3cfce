"""Typed, closed experiment configs: YAML in, validated dataclasses out.

Every section rejects keys it does not know, at every level and for dotted CLI
overrides alike, and the error names the key and the file. The fully resolved
config is written next to the trained model (``training_config.yaml``), so a
model directory always says how it was made.

Example:
    >>> cfg = load_config("configs/ner-tiny.yaml", overrides=["training.epochs=2"])
    >>> cfg.task, cfg.training.epochs
    ('ner', 2.0)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator


class ConfigError(ValueError):
    """A config file or override that cannot be used; the message says where and why."""


class _Closed(BaseModel):
    # extra="forbid": a typo'd key is an error, never a silently ignored setting.
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class NormalizerConfig(_Closed):
    """Word-level Arabic normalization, applied identically in training and inference."""

    strip_diacritics: bool = True
    strip_tatweel: bool = True
    map_digits: bool = True
    nfkc: bool = True


class FromScratchConfig(_Closed):
    """A BERT trained from nothing, with a WordPiece vocabulary learned on the train split."""

    vocab_size: int = Field(8000, ge=100, le=200_000)
    min_frequency: int = Field(2, ge=1)
    hidden_size: int = Field(256, ge=8)
    num_layers: int = Field(4, ge=1, le=48)
    num_heads: int = Field(4, ge=1)
    intermediate_size: int = Field(1024, ge=8)
    dropout: float = Field(0.1, ge=0.0, lt=1.0)
    # A saved tokenizer (e.g. an earlier run's model directory) to reuse instead of
    # training one: the tokenizers WordPiece trainer breaks ties in hash order, so
    # two trainings on the same text can differ by a few pieces; reuse repeats a run exactly.
    tokenizer: str | None = None

    @model_validator(mode="after")
    def _heads_divide_hidden(self) -> "FromScratchConfig":
        if self.hidden_size % self.num_heads:
            raise ValueError(
                f"hidden_size {self.hidden_size} is not divisible by num_heads "
                f"{self.num_heads}: pick sizes such as 256/4 or 384/6"
            )
        return self


class ModelConfig(_Closed):
    """Which network to fine-tune and how text reaches it.

    Exactly one of ``pretrained`` (a hub id or a local directory) and
    ``from_scratch`` is set.
    """

    pretrained: str | None = None
    from_scratch: FromScratchConfig | None = None
    max_length: int = Field(128, ge=16, le=4096)
    stride: int = Field(32, ge=0)
    label_all_subtokens: bool = False
    normalizer: NormalizerConfig = NormalizerConfig()
    # Stance only: how the speaker reaches the classifier. "pair" feeds
    # (speaker, statement) as a tokenizer text pair; "context" adds the sentence
    # around the statement as the second segment's tail.
    stance_input: Literal["pair", "pair_with_context"] = "pair"

    @model_validator(mode="after")
    def _one_source(self) -> "ModelConfig":
        if (self.pretrained is None) == (self.from_scratch is None):
            raise ValueError(
                "set exactly one of model.pretrained (a hub id such as "
                "aubmindlab/bert-base-arabertv02, or a local model directory) and "
                "model.from_scratch (sizes of a BERT to train from nothing)"
            )
        if self.stride >= self.max_length // 2:
            raise ValueError(
                f"model.stride {self.stride} must be under half of model.max_length "
                f"{self.max_length}, or windows would not advance"
            )
        return self


class DataConfig(_Closed):
    """Where the examples come from.

    Files are CoNLL (``.conll``/``.txt``) or JSONL (``.jsonl``); ``hub_dataset``
    names a Hugging Face dataset instead (needs network).
    """

    train: str | None = None
    dev: str | None = None
    test: str | None = None
    hub_dataset: str | None = None
    hub_config: str | None = None
    tokens_field: str = "tokens"
    tags_field: str = "ner_tags"
    labels: list[str] | None = None
    scheme_errors: Literal["error", "repair"] = "repair"

    @model_validator(mode="after")
    def _has_source(self) -> "DataConfig":
        if self.hub_dataset is None and (self.train is None or self.dev is None):
            raise ValueError("set data.train and data.dev (files), or data.hub_dataset")
        return self


class TrainingConfig(_Closed):
    """The optimization recipe, passed on to Hugging Face TrainingArguments."""

    epochs: float = Field(10, gt=0)
    learning_rate: float = Field(5e-5, gt=0, lt=1)
    batch_size: int = Field(16, ge=1)
    eval_batch_size: int = Field(64, ge=1)
    warmup_ratio: float = Field(0.1, ge=0, lt=1)
    weight_decay: float = Field(0.01, ge=0)
    gradient_accumulation_steps: int = Field(1, ge=1)
    early_stopping_patience: int | None = Field(None, ge=1)
    max_steps: int = Field(-1, ge=-1)
    class_weights: Literal["none", "balanced"] = "none"
    logging_steps: int = Field(50, ge=1)
    # NER only: copies of each training sentence with entities replaced by other
    # mentions of the same type (qawl.data.augment); 0 turns it off.
    mention_replacement: int = Field(0, ge=0, le=10)


class ExperimentConfig(_Closed):
    """One training run: task, data, model and recipe.

    Attributes:
        task: ``ner`` (token classification) or ``stance`` (sequence classification).
        run_name: Names the output directory ``models/<run_name>``.
        output_dir: Overrides the output directory.
        seed: Seeds Python, NumPy and torch for a repeatable run.
    """

    task: Literal["ner", "stance"]
    run_name: str = Field(pattern=r"^[\w.-]+$")
    output_dir: str | None = None
    seed: int = 13
    data: DataConfig
    model: ModelConfig
    training: TrainingConfig = TrainingConfig()

    @model_validator(mode="after")
    def _task_options(self) -> "ExperimentConfig":
        # Options that only one task reads are errors for the other, never ignored.
        if self.task == "ner" and self.training.class_weights != "none":
            raise ValueError("training.class_weights applies to task: stance only")
        if self.task == "stance" and self.training.mention_replacement:
            raise ValueError("training.mention_replacement applies to task: ner only")
        if self.task == "stance" and self.data.hub_dataset:
            raise ValueError("stance training reads JSONL files: set data.train and data.dev")
        return self

    def resolved_output_dir(self) -> Path:
        """The directory the trained model lands in."""
        return Path(self.output_dir) if self.output_dir else Path("models") / self.run_name

    def to_yaml(self) -> str:
        """The fully resolved config, as written next to the model."""
        return yaml.safe_dump(self.model_dump(mode="json"), sort_keys=False, allow_unicode=True)


def _apply_override(raw: dict, override: str, source: str) -> None:
    """Set ``a.b.c=value`` in the raw mapping; the value is parsed as YAML."""
    if "=" not in override:
        raise ConfigError(f"override {override!r} must look like section.key=value")
    dotted, value = override.split("=", 1)
    keys = dotted.strip().split(".")
    node = raw
    for depth, key in enumerate(keys[:-1]):
        child = node.get(key)
        if child is None:
            child = node[key] = {}
        if not isinstance(child, dict):
            raise ConfigError(
                f"{source}: override {dotted!r}: {'.'.join(keys[:depth + 1])} is not a section"
            )
        node = child
    node[keys[-1]] = yaml.safe_load(value) if value.strip() else None


def config_from_dict(raw: dict[str, Any], source: str = "<dict>") -> ExperimentConfig:
    """Validate a mapping into an :class:`ExperimentConfig`.

    Raises:
        ConfigError: Unknown keys, wrong types or out-of-range values, each named
            by its dotted path, with ``source`` (the file) in the message.
    """
    try:
        return ExperimentConfig.model_validate(raw)
    except ValidationError as err:
        lines = []
        for e in err.errors():
            where = ".".join(str(p) for p in e["loc"]) or "(top level)"
            if e["type"] == "extra_forbidden":
                lines.append(f"  {where}: unknown key (check its spelling and section)")
            else:
                lines.append(f"  {where}: {e['msg']} (got {e.get('input')!r})")
        raise ConfigError(f"{source}: invalid config:\n" + "\n".join(lines)) from None


def load_config(path: str | Path, overrides: list[str] | None = None) -> ExperimentConfig:
    """Read a YAML config, apply ``section.key=value`` overrides, and validate.

    Args:
        path: A YAML file such as ``configs/ner-tiny.yaml``.
        overrides: Dotted overrides, e.g. ``["training.learning_rate=3e-5"]``.

    Returns:
        The validated config.

    Raises:
        ConfigError: Missing file, bad YAML, unknown keys, bad values.
    """
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"config file {path} does not exist (see configs/ for examples)")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: not valid YAML: {err}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of sections")
    for override in overrides or []:
        _apply_override(raw, override, str(path))
    source = f"{path}" + (f" (with overrides {overrides})" if overrides else "")
    return config_from_dict(raw, source)
