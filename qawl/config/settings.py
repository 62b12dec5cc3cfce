"""The settings a trained model carries: how text must reach it at prediction time.

A model directory is a plain Hugging Face directory. What qawl needs beyond the
weights, the tokenizer and ``id2label`` (the task, the per-word normalizer, the
window size and, for stance, how the input pair is built) is saved in
``config.json`` under the key :data:`SETTINGS_KEY`, written once at training time
from the run's config and read back by every predictor, so nothing is configured
twice.

Example:
    >>> from qawl.config.experiment import load_config
    >>> s = ModelSettings.from_experiment(load_config("configs/ner-tiny.yaml"))
    >>> s.task, s.max_length, s.stride
    ('ner', 128, 32)
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, ValidationError

from qawl.config.base import Closed, ConfigError
from qawl.config.experiment import Calibration, NerConfig, StanceConfig
from qawl.data.text import Normalizer

SETTINGS_KEY = "qawl"  # the config.json key qawl's settings live under


class ModelSettings(Closed):
    """How a saved model must be fed.

    Attributes:
        task: ``ner`` or ``stance``; None for a plain HF model fine-tuned elsewhere.
        normalizer: The per-word normalization it was trained with.
        max_length: The longest window (NER) or pair (stance), in sub-words.
        stride: NER: sub-words of overlap between windows of a long sentence.
        stance_input: Stance: ``pair`` or ``pair_with_context``.
        calibration: Stance: the decision rule (temperature, class weights).
        lexical_weight: Stance: the lexical head's share of the score it decides on
            (:mod:`qawl.models.lexical`; 0: the encoder alone).
    """

    task: Literal["ner", "stance"] | None = None
    normalizer: Normalizer = Normalizer()
    max_length: int = Field(512, ge=8)
    stride: int = Field(32, ge=0)
    stance_input: Literal["pair", "pair_with_context"] = "pair"
    calibration: Calibration = Calibration()
    lexical_weight: float = Field(0.0, ge=0, le=1)

    @classmethod
    def from_experiment(cls, cfg: NerConfig | StanceConfig) -> ModelSettings:
        """The settings a run's model is saved with."""
        model = cfg.model
        if isinstance(cfg, NerConfig):
            return cls(
                task="ner",
                normalizer=cfg.model.normalizer,
                max_length=model.max_length,
                stride=cfg.model.stride,
            )
        return cls(
            task="stance",
            normalizer=cfg.model.normalizer,
            max_length=model.max_length,
            stance_input=cfg.model.stance_input,
            calibration=cfg.model.calibration,
            lexical_weight=cfg.model.lexical.weight,
        )

    @classmethod
    def of_model(cls, hf_config: Any) -> ModelSettings:
        """Read the settings from a loaded model's ``config`` (a ``PretrainedConfig``).

        A plain Hugging Face model fine-tuned elsewhere has none: it gets no
        normalization beyond its own tokenizer's, windows of up to 512 sub-words
        and the ``pair`` stance input.

        Raises:
            ConfigError: Settings that are present but malformed (names the key).
        """
        raw = getattr(hf_config, SETTINGS_KEY, None)
        if not isinstance(raw, dict):
            max_positions = getattr(hf_config, "max_position_embeddings", 512) or 512
            return cls(
                normalizer=Normalizer(
                    strip_diacritics=False, strip_tatweel=False, map_digits=False, nfkc=False
                ),
                max_length=min(int(max_positions), 512),
            )
        try:
            return cls.model_validate(raw)
        except ValidationError as err:
            where = "; ".join(".".join(map(str, e["loc"])) + ": " + e["msg"] for e in err.errors())
            raise ConfigError(f"config.json '{SETTINGS_KEY}' settings are invalid: {where}") from None

    def save_into(self, hf_config: Any) -> None:
        """Write the settings into a model's ``config`` before ``save_pretrained``."""
        setattr(hf_config, SETTINGS_KEY, self.model_dump(mode="json"))
