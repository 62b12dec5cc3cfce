"""Model directories on disk: write a trained model, read one back.

A model directory is a plain Hugging Face directory: safetensors weights, the
tokenizer, ``config.json`` (labels in ``id2label``, qawl's
:class:`~qawl.config.settings.ModelSettings` under ``qawl``), the resolved
``training_config.yaml``, ``metrics.json`` and a README card. It loads with
``transformers.pipeline`` and with qawl; no pickles, no remote code.

Loading is safe by construction: :func:`check_model_dir` refuses a directory whose
weights are only pickles (``pytorch_model.bin``; unpickling can run code) or whose
config asks for custom code (``auto_map``), and :func:`load_model_dir` loads with
``use_safetensors=True``, ``trust_remote_code=False`` and ``local_files_only=True``,
so it never reaches the network, whatever the environment says.

Example:
    >>> tokenizer, model = load_model_dir("models/ner-tiny", "ner")   # doctest: +SKIP
    >>> model.config.id2label[0]                                     # doctest: +SKIP
    'O'
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qawl._version import __version__
from qawl.data.errors import DataError

MODEL_FILE = "config.json"
SAFE_WEIGHTS = ("model.safetensors", "model.safetensors.index.json")
# Weight formats that are pickles (or other code-carrying formats): never loaded.
PICKLE_WEIGHTS = ("*.bin", "*.pt", "*.pth", "*.pkl", "*.ckpt", "*.h5", "*.msgpack")


class ModelError(DataError):
    """A model directory or bundle that qawl refuses to load; the message names the file and the fix."""


def model_task(model_dir: str | Path) -> str:
    """``"ner"`` or ``"stance"``, read from the directory's ``config.json``.

    Raises:
        FileNotFoundError: Not a model directory.
    """
    from qawl.config.settings import SETTINGS_KEY

    config_path = Path(model_dir) / MODEL_FILE
    if not config_path.is_file():
        raise FileNotFoundError(f"{model_dir} has no config.json: not a model directory")
    config = json.loads(config_path.read_text(encoding="utf-8"))
    task = (config.get(SETTINGS_KEY) or {}).get("task")
    if task:
        return task
    archs = " ".join(config.get("architectures") or [])
    return "ner" if "TokenClassification" in archs else "stance"


def model_labels(model_dir: str | Path) -> list[str]:
    """The label list of a model directory, in id order (its ``id2label``)."""
    config = json.loads((Path(model_dir) / MODEL_FILE).read_text(encoding="utf-8"))
    return [config["id2label"][str(i)] for i in range(len(config["id2label"]))]


def read_metrics(model_dir: str | Path) -> dict:
    """The directory's ``metrics.json``, or ``{}`` when it has none."""
    path = Path(model_dir) / "metrics.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def check_model_dir(path: str | Path) -> None:
    """Refuse a model directory that cannot be loaded safely, before anything is read from it.

    Raises:
        FileNotFoundError: No ``config.json`` (the message says how to make one).
        ModelError: Weights only as pickles (with the command that converts them),
            no weights, or a config or tokenizer config that asks for custom code.

    Example:
        >>> check_model_dir("models/ner-tiny")  # doctest: +SKIP
    """
    path = Path(path)
    if not (path / MODEL_FILE).is_file():
        raise FileNotFoundError(
            f"{path} is not a model directory (no config.json); train one with "
            "`qawl train configs/ner-tiny.yaml` or pass the directory it wrote"
        )
    if not any((path / name).is_file() for name in SAFE_WEIGHTS):
        pickles = sorted(p.name for pattern in PICKLE_WEIGHTS for p in path.glob(pattern))
        if pickles:
            cls = "AutoModelForTokenClassification"
            raise ModelError(
                f"{path}: weights only as {', '.join(pickles)} (pickle: loading it can run code); qawl "
                f"loads safetensors only. If you trust the file, convert it once: python -c "
                f"\"from transformers import {cls} as M; M.from_pretrained('{path}', "
                f"use_safetensors=False).save_pretrained('{path}')\" (use the sequence-"
                "classification class for a stance model), which writes model.safetensors"
            )
        raise ModelError(f"{path}: no model.safetensors; not a complete model directory")
    for name in (MODEL_FILE, "tokenizer_config.json"):
        config_path = path / name
        if not config_path.is_file():
            continue
        try:
            config = json.loads(config_path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise ModelError(f"{config_path}: not a JSON file ({err})") from None
        if isinstance(config, dict) and config.get("auto_map"):
            raise ModelError(
                f"{config_path}: asks for custom code (auto_map {sorted(config['auto_map'])}); qawl "
                "never runs code from a model directory (no trust_remote_code). Use a model of a "
                "standard architecture"
            )


def load_model_dir(path: str | Path, task: str) -> tuple[Any, Any]:
    """Load a model directory's tokenizer and PyTorch model, safely and offline.

    Args:
        path: A model directory (``config.json``, tokenizer, safetensors).
        task: ``"ner"`` (token classification) or ``"stance"`` (sequence classification).

    Returns:
        ``(tokenizer, model)``; the model is in eval mode on the CPU.

    Raises:
        FileNotFoundError: No ``config.json`` (the message says how to make one).
        ModelError: See :func:`check_model_dir`; or a tokenizer with more pieces
            than the model has embeddings (they do not belong together).
    """
    from transformers import (
        AutoModelForSequenceClassification,
        AutoModelForTokenClassification,
        AutoTokenizer,
    )

    path = Path(path)
    check_model_dir(path)
    auto = AutoModelForTokenClassification if task == "ner" else AutoModelForSequenceClassification
    # local_files_only: a model directory is complete; nothing is fetched, even with
    # HF_HUB_OFFLINE unset (a failed hub lookup would also retry for half a minute).
    safe = {"local_files_only": True, "trust_remote_code": False}
    tokenizer = AutoTokenizer.from_pretrained(path, **safe)
    # the keywords spelled out: transformers 5.25 types them one by one, so a ``**dict`` of
    # booleans no longer checks
    model = auto.from_pretrained(path, use_safetensors=True, local_files_only=True, trust_remote_code=False)
    vocab = getattr(model.config, "vocab_size", None)
    if vocab is not None and len(tokenizer) > vocab:
        raise ModelError(
            f"{path}: the tokenizer has {len(tokenizer)} pieces but the model embeds {vocab}: "
            "they do not belong together (copy the tokenizer files of the run that trained the model)"
        )
    return tokenizer, model.eval()


def _curve_section(metrics: dict, learning_curve: str | None) -> str:
    """The card's learning-curve section: the image, and the numbers behind it."""
    ((metric, _),) = (metrics.get("best_checkpoint_metric") or {"?": None}).items()
    rows = [
        f"| {h['epoch']:g} | {h['eval_loss']:.4f} | {h[f'eval_{metric}']:.4f} |"
        for h in metrics.get("history", [])
        if "epoch" in h and "eval_loss" in h and f"eval_{metric}" in h
    ]
    if not rows:
        return ""
    image = f"![dev {metric} per epoch]({learning_curve})\n\n" if learning_curve else ""
    table = f"| epoch | dev loss | dev {metric} |\n|---|---|---|\n" + "\n".join(rows)
    return f"\n## Learning curve\n\n{image}{table}\n"


def _training_data(cfg: Any, metrics: dict) -> str:
    """What the model was trained on: ``data.train`` (or the hub dataset), and each
    ``data.train_extra`` file with whether it was there."""
    main = cfg.data.train or getattr(cfg.data, "hub_dataset", None)
    extras = getattr(cfg.data, "train_extra", [])
    if not extras:
        return str(main)
    notes = metrics.get("notes", {})
    unit = "sentences" if cfg.task == "ner" else "statements"
    added = notes.get(f"train_extra_{unit}", 0)
    missing = notes.get("train_extra_missing", 0)
    return (
        f"{main}, plus {', '.join(extras)} ({added} {unit} added"
        + (f"; {missing} file(s) absent, trained without them" if missing else "")
        + ")"
    )


def model_card(cfg: Any, metrics: dict, headlines: dict[str, str], learning_curve: str | None = None) -> str:
    """A short README for a trained model directory.

    Args:
        cfg: The run's resolved config.
        metrics: The run's ``metrics.json`` content.
        headlines: One line of scores per evaluated split (``{"dev": ..., "test": ...}``).
        learning_curve: The learning-curve image in the directory, shown in the card.
    """
    task = cfg.task
    base = cfg.model.pretrained or (
        f"BERT from scratch ({cfg.model.from_scratch.num_layers} layers, "
        f"{cfg.model.from_scratch.hidden_size} hidden, WordPiece vocabulary trained on the train split)"
    )
    hf_task = "token-classification" if task == "ner" else "text-classification"
    hf_extra = ', aggregation_strategy="simple"' if task == "ner" else ""
    usage = (
        'print(clf("قال الرئيس فلاديمير بوتين إن موسكو سترد"))'
        if task == "ner"
        else 'print(clf({"text": "مارك روته", "text_pair": "لن نتردد في الرد"}, top_k=None))'
    )
    limits = (
        "Input is the speaker as first segment and the statement as second of a text pair."
        if task == "stance"
        else "Trained on news sentences; other registers (social media, dialects) will score lower."
    )
    if task == "stance" and cfg.model.lexical.weight > 0:
        limits += (
            f" qawl mixes a lexical head (n-gram logistic regression, `lexical_head.json` and "
            f"`lexical_head.safetensors`) into the scores with weight {cfg.model.lexical.weight}; "
            "the dev and test scores above are qawl's, and the transformers pipeline reads the "
            "encoder alone."
        )
    return f"""---
library_name: transformers
pipeline_tag: {hf_task}
language: ar
tags: [qawl, arabic, {task}]
---
# {cfg.run_name}

A qawl {"named-entity tagger" if task == "ner" else "speaker-stance classifier"} for Arabic news,
trained with qawl {__version__}.

- Base: {base}
- Labels: {", ".join(metrics["labels"])}
- Training data: {_training_data(cfg, metrics)}
- Dev: {headlines.get("dev", "not evaluated")}
- Test: {headlines.get("test", "not evaluated")}
- Training time: {metrics.get("train_seconds", "n/a")} s on {metrics.get("device", "n/a")}

`training_config.yaml` is the exact config of this run; `metrics.json` has every score.
{_curve_section(metrics, learning_curve)}
## Use
```python
from transformers import pipeline
clf = pipeline("{hf_task}", model="<this directory>"{hf_extra})
{usage}
```
With qawl (word-level labels, offsets into raw text, statements and stance):
`qawl predict <this directory> "نص"` or `qawl.load(bundle)` after `qawl export`.

## Limits
{limits}
A from-scratch model has learned only from its training data; names and phrasing it never saw
are recognised far less reliably than by a pretrained model such as AraBERT.
"""


def save_model_dir(
    model: Any,
    tokenizer: Any,
    cfg: Any,
    metrics: dict,
    headlines: dict[str, str],
    out_dir: str | Path,
    learning_curve: str | None = None,
) -> Path:
    """Write a complete, self-describing model directory.

    Args:
        model: The trained model (its ``config`` carries ``id2label`` and qawl's settings).
        tokenizer: Its tokenizer.
        cfg: The resolved run config (written as ``training_config.yaml``).
        metrics: Scores and run facts, written as ``metrics.json``.
        headlines: One line of scores per evaluated split, for the card.
        out_dir: The directory (created if needed).
        learning_curve: A learning-curve image already in ``out_dir``, for the card.

    Returns:
        ``out_dir`` as a Path.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)  # safetensors only in transformers 5
    tokenizer.save_pretrained(out)
    (out / "training_config.yaml").write_text(cfg.to_yaml(), encoding="utf-8")
    (out / "metrics.json").write_text(
        json.dumps(metrics, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )
    (out / "README.md").write_text(model_card(cfg, metrics, headlines, learning_curve), encoding="utf-8")
    return out
