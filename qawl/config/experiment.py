"""Typed, closed training configs: YAML in, one validated config per task out.

A run is a :class:`NerConfig` or a :class:`StanceConfig`, chosen by the file's
``task`` key (a discriminated union): an option that only one task reads is an
unknown key for the other (``model.stride`` for stance, ``model.stance_input`` or
``training.class_weights`` for NER), never a silently ignored setting. The fully
resolved config is written next to the trained model (``training_config.yaml``),
so a model directory always says how it was made.

Example:
    >>> cfg = load_config("configs/ner-tiny.yaml", overrides=["training.epochs=2"])
    >>> cfg.task, cfg.training.epochs, type(cfg).__name__
    ('ner', 2.0, 'NerConfig')
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import Field, TypeAdapter, field_validator, model_validator

from qawl.config.base import Closed, ConfigError, apply_overrides, describe_source, read_yaml, validate
from qawl.data.text import Normalizer

__all__ = [
    "ConfigError",
    "DataConfig",
    "ExperimentConfig",
    "FromScratchConfig",
    "ModelConfig",
    "NerConfig",
    "NerDataConfig",
    "NerModelConfig",
    "NerTrainingConfig",
    "StanceConfig",
    "StanceModelConfig",
    "StanceTrainingConfig",
    "TrainingConfig",
    "check_files",
    "config_from_dict",
    "load_config",
]


class FromScratchConfig(Closed):
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
    def _heads_divide_hidden(self) -> FromScratchConfig:
        if self.hidden_size % self.num_heads:
            raise ValueError(
                f"hidden_size {self.hidden_size} is not divisible by num_heads "
                f"{self.num_heads}: pick sizes such as 256/4 or 384/6"
            )
        return self


class ModelConfig(Closed):
    """Which network to fine-tune and how text reaches it (what both tasks share).

    Exactly one of ``pretrained`` (a hub id or a local directory) and
    ``from_scratch`` is set.
    """

    pretrained: str | None = None
    from_scratch: FromScratchConfig | None = None
    max_length: int = Field(128, ge=16, le=4096)
    normalizer: Normalizer = Normalizer()
    # A pretrained model that already has a head for this task keeps it only for the
    # same labels in the same order; reset_head trains a new head for other labels.
    reset_head: bool = False

    @model_validator(mode="after")
    def _one_source(self) -> ModelConfig:
        if (self.pretrained is None) == (self.from_scratch is None):
            raise ValueError(
                "set exactly one of model.pretrained (a hub id such as "
                "aubmindlab/bert-base-arabertv02, or a local model directory) and "
                "model.from_scratch (sizes of a BERT to train from nothing)"
            )
        return self


class NerModelConfig(ModelConfig):
    """NER: long sentences become overlapping windows of ``max_length`` sub-words."""

    stride: int = Field(32, ge=0)
    label_all_subtokens: bool = False

    @model_validator(mode="after")
    def _windows_advance(self) -> NerModelConfig:
        if self.stride >= self.max_length // 2:
            raise ValueError(
                f"model.stride {self.stride} must be under half of model.max_length "
                f"{self.max_length}, or windows would not advance"
            )
        return self


class Calibration(Closed):
    """The decision rule of a stance model (applied by :mod:`qawl.models.calibration`).

    Attributes:
        temperature: Divides the logits before the softmax (1: unchanged).
        weights: Multiplies each label's probability before renormalizing, the
            prior shift ``π_target / π_train`` (a label left out keeps 1); None: none.
        note: How the values were chosen (data, date), for the model card.
    """

    temperature: float = Field(1.0, gt=0)
    weights: dict[str, float] | None = None
    note: str = ""


class LexicalHeadConfig(Closed):
    """The stance model's lexical head (:mod:`qawl.models.lexical`): TF-IDF word and
    character n-grams and a logistic regression, fit on the same training statements and
    mixed with the encoder in log-probability.

    Attributes:
        weight: The head's share of the mixed score (0: no head is fit, the encoder alone);
            ``benchmarks/stance_crossfit.py`` chooses it on cross-fitted real statements.
        c: The regression's inverse regularization strength (scikit-learn's ``C``).
        min_df: Texts a character n-gram must occur in to be a feature.
        speaker: Whether the head reads the speaker's name (or unnamed source) before the
            statement, as the encoder does (saved with the head).
        note: How the weight was chosen (data, date), for the model card.
    """

    weight: float = Field(0.0, ge=0, le=1)
    c: float = Field(10.0, gt=0)
    min_df: int = Field(2, ge=1)
    speaker: bool = False
    note: str = ""


class StanceModelConfig(ModelConfig):
    """Stance: how the speaker reaches the classifier.

    ``pair`` feeds (speaker, statement) as a tokenizer text pair;
    ``pair_with_context`` adds the sentence around the statement after it.
    """

    stance_input: Literal["pair", "pair_with_context"] = "pair"
    # The decision rule the model is saved with (benchmarks/calibrate_stance.py chooses it).
    calibration: Calibration = Calibration()
    # N-gram evidence mixed with the encoder (weight 0: none).
    lexical: LexicalHeadConfig = LexicalHeadConfig()


class DataConfig(Closed):
    """Where the examples come from: files (CoNLL ``.conll``/``.txt`` or JSONL ``.jsonl``).

    ``labels`` fixes the label list (default: sorted from the data). ``train_extra`` lists
    training files that may be absent: examples built from text that is not redistributed
    (the real-text dev set of ``benchmarks/realnews``, written by ``scripts/realnews_data.py``
    from ``../shared/data``). Each is added to ``train`` when present; when absent the run
    goes on without it, says so in the log and records it in ``metrics.json``
    (``notes.train_extra_missing``), so a model trained without it is never mistaken for one
    trained with it (:func:`qawl.training.tasks.read_train_extra`).
    """

    train: str | None = None
    dev: str | None = None
    test: str | None = None
    labels: list[str] | None = None
    train_extra: list[str] = []

    @model_validator(mode="after")
    def _has_source(self) -> DataConfig:
        if self.train is None or self.dev is None:
            raise ValueError("set data.train and data.dev (files)")
        return self

    @field_validator("labels")
    @classmethod
    def _labels_distinct(cls, labels: list[str] | None) -> list[str] | None:
        if labels is not None:
            if not labels or any(not lab.strip() for lab in labels):
                raise ValueError("must list non-empty label names")
            repeated = sorted({lab for lab in labels if labels.count(lab) > 1})
            if repeated:
                raise ValueError(f"lists {repeated} more than once; give each label once")
        return labels


class StanceDataConfig(DataConfig):
    """Stance data: JSONL files of statements (``data.train_extra``: the real newspaper
    statements of ``benchmarks/realnews``, when ``../shared/data`` is here)."""


class NerDataConfig(DataConfig):
    """NER data: files, or a Hugging Face dataset (``hub_dataset``, needs network)."""

    hub_dataset: str | None = None
    hub_config: str | None = None
    tokens_field: str = "tokens"
    tags_field: str = "ner_tags"
    scheme_errors: Literal["error", "repair"] = "repair"

    @model_validator(mode="after")
    def _has_source(self) -> NerDataConfig:
        if self.hub_dataset is None and (self.train is None or self.dev is None):
            raise ValueError("set data.train and data.dev (files), or data.hub_dataset")
        return self


class TrainingConfig(Closed):
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
    logging_steps: int = Field(50, ge=1)
    # Checkpoints are written at every epoch end; this adds one every N optimizer
    # steps, so a killed long run loses at most N steps (``qawl train --resume``).
    checkpoint_steps: int | None = Field(None, ge=1)
    # Speed (issue #10): batches of similar lengths (less padding; evaluation stays in
    # order), and the float format: auto = bf16 on a GPU that has it, else fp16 on a
    # GPU, fp32 on a CPU.
    group_by_length: bool = False
    precision: Literal["auto", "fp32", "bf16", "fp16"] = "auto"
    # Keep a pretrained encoder's word-piece vectors as they are: fine-tuning moves only
    # the pieces of words it sees, drifting them away from the unseen ones it should
    # generalize to; on a small encoder it is also most of the optimizer's work.
    freeze_embeddings: bool = False


class NerTrainingConfig(TrainingConfig):
    """NER recipe: plus mention replacement (copies of each training sentence with
    entities replaced by other mentions of the same type, :mod:`qawl.data.augment`)."""

    mention_replacement: int = Field(0, ge=0, le=10)
    # Copies of each training sentence with about half the words in printed spelling
    # (hamza dropped, ى/ي and ة/ه swapped), for models that do not fold spelling.
    orthographic_noise: int = Field(0, ge=0, le=5)


class StanceTrainingConfig(TrainingConfig):
    """Stance recipe: plus class weights for imbalanced labels."""

    class_weights: Literal["none", "balanced"] = "none"


class _Experiment(Closed):
    """What every run has.

    Attributes:
        run_name: Names the output directory ``models/<run_name>``.
        output_dir: Overrides the output directory.
        seed: Seeds Python, NumPy and torch for a repeatable run.
    """

    run_name: str = Field(pattern=r"^[\w.-]+$")
    output_dir: str | None = None
    seed: int = 13

    def resolved_output_dir(self) -> Path:
        """The directory the trained model lands in."""
        return Path(self.output_dir) if self.output_dir else Path("models") / self.run_name

    def to_yaml(self) -> str:
        """The fully resolved config, as written next to the model."""
        return yaml.safe_dump(self.model_dump(mode="json"), sort_keys=False, allow_unicode=True)


def _check_frozen_vectors(model: ModelConfig, training: TrainingConfig) -> None:
    """``training.freeze_embeddings`` needs pretrained vectors to keep."""
    if training.freeze_embeddings and model.pretrained is None:
        raise ValueError(
            "training.freeze_embeddings keeps pretrained word-piece vectors: set "
            "model.pretrained, or drop it for a model built from scratch"
        )


class NerConfig(_Experiment):
    """A token-classification run: one IOB2 label per word."""

    task: Literal["ner"]
    data: NerDataConfig
    model: NerModelConfig
    training: NerTrainingConfig = NerTrainingConfig()

    @model_validator(mode="after")
    def _frozen_vectors(self) -> NerConfig:
        _check_frozen_vectors(self.model, self.training)
        return self


class StanceConfig(_Experiment):
    """A sequence-classification run over (speaker, statement[, context])."""

    task: Literal["stance"]
    data: StanceDataConfig
    model: StanceModelConfig
    training: StanceTrainingConfig = StanceTrainingConfig()

    @model_validator(mode="after")
    def _frozen_vectors(self) -> StanceConfig:
        _check_frozen_vectors(self.model, self.training)
        return self


# The run a file describes, chosen by its ``task`` key.
ExperimentConfig = Annotated[NerConfig | StanceConfig, Field(discriminator="task")]
_ADAPTER: TypeAdapter[NerConfig | StanceConfig] = TypeAdapter(ExperimentConfig)
_TASKS = ("ner", "stance")


_BY_TASK = {"ner": NerConfig, "stance": StanceConfig}


def _other_task(path: tuple[str, ...], task: str) -> str | None:
    """The task an unknown key belongs to, if it is an option of the other one."""
    for other, cls in _BY_TASK.items():
        if other == task:
            continue
        node: Any = cls
        for key in path:
            fields = getattr(node, "model_fields", {})
            if key not in fields:
                break
            node = fields[key].annotation
        else:
            return other
    return None


def config_from_dict(raw: dict[str, Any], source: str = "<dict>") -> NerConfig | StanceConfig:
    """Validate a mapping into the config of its task.

    Raises:
        ConfigError: Unknown keys (an option of the other task is named as
            such), wrong types or out-of-range values, each named by its dotted
            path, with ``source`` (the file) in the message.
    """
    task = raw.get("task")
    if task not in _BY_TASK:
        raise ConfigError(
            f"{source}: invalid config:\n  task: must be one of "
            f"{', '.join(map(repr, _BY_TASK))} (got {task!r})"
        )
    return validate(
        _ADAPTER,
        raw,
        source,
        _TASKS,
        explain_unknown=lambda path: (
            f"applies to task: {other} only" if (other := _other_task(path, task)) else None
        ),
    )


def load_config(path: str | Path, overrides: list[str] | None = None) -> NerConfig | StanceConfig:
    """Read a YAML config, apply ``section.key=value`` overrides, and validate.

    Args:
        path: A YAML file such as ``configs/ner-tiny.yaml``.
        overrides: Dotted overrides, applied in order, e.g.
            ``["training.learning_rate=3e-5", "run_name=quick"]``.

    Returns:
        The validated :class:`NerConfig` or :class:`StanceConfig`.

    Raises:
        ConfigError: Missing file, bad YAML, unknown keys, bad values.
    """
    raw = read_yaml(path)
    apply_overrides(raw, overrides, str(path))
    return config_from_dict(raw, describe_source(path, overrides))


def _looks_local(name: str) -> bool:
    """Whether ``model.pretrained`` names a local directory rather than a hub id (``owner/name``)."""
    return name.startswith(("/", ".", "~")) or name.count("/") > 1 or "\\" in name


def check_files(cfg: NerConfig | StanceConfig) -> None:
    """Check every file and directory a config names, before anything is read or trained.

    Raises:
        ConfigError: Each missing one, as ``dotted.key: what is missing``.

    Example:
        >>> cfg = load_config("configs/ner-tiny.yaml", ["data.dev=nope.conll"])  # doctest: +SKIP
        >>> check_files(cfg)                                                     # doctest: +SKIP
        Traceback (most recent call last):
        ...
        qawl.config.base.ConfigError: config names files that do not exist (paths are relative to ...):
          data.dev: no file nope.conll
    """
    problems = []
    for split in ("train", "dev", "test"):
        path = getattr(cfg.data, split)
        if path and not Path(path).is_file():
            what = "a directory, not a file" if Path(path).is_dir() else "no such file"
            problems.append(f"  data.{split}: {path}: {what}")
    pretrained = cfg.model.pretrained
    if pretrained and _looks_local(pretrained) and not Path(pretrained).expanduser().is_dir():
        problems.append(f"  model.pretrained: {pretrained}: no such directory (a hub id reads owner/name)")
    scratch = cfg.model.from_scratch
    if scratch and scratch.tokenizer and not Path(scratch.tokenizer).is_dir():
        problems.append(f"  model.from_scratch.tokenizer: {scratch.tokenizer}: no such directory")
    if problems:
        raise ConfigError(
            f"config names files that do not exist (paths are relative to {Path.cwd()}):\n"
            + "\n".join(problems)
        )
