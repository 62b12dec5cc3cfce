"""Writing trained models: the plain HF model directory and its model card.

A model directory holds safetensors weights, the tokenizer, ``config.json``
(labels in ``id2label``, qawl's settings under ``qawl``), the resolved
``training_config.yaml``, ``metrics.json`` and a README card. It loads with
``transformers.pipeline`` and with qawl; no pickles, no remote code.
"""

from __future__ import annotations

import json
from pathlib import Path

import qawl


def _headline(metrics: dict, split: str) -> str:
    s = metrics.get(split)
    if not s:
        return "not evaluated"
    if metrics["task"] == "ner":
        return (f"micro-F1 {100 * s['default']['micro']['f1']:.1f} "
                f"(strict {100 * s['strict']['micro']['f1']:.1f}), "
                f"macro-F1 {100 * s['default']['macro']['f1']:.1f}")
    return f"macro-F1 {100 * s['macro_f1']:.1f}, accuracy {100 * s['accuracy']:.1f}"


def model_card(cfg, metrics: dict) -> str:
    """A short README for a trained model directory."""
    task = metrics["task"]
    base = cfg.model.pretrained or (
        f"BERT from scratch ({cfg.model.from_scratch.num_layers} layers, "
        f"{cfg.model.from_scratch.hidden_size} hidden, WordPiece vocabulary trained on the train split)")
    hf_task = "token-classification" if task == "ner" else "text-classification"
    hf_extra = ', aggregation_strategy="simple"' if task == "ner" else ""
    usage = ('print(clf("قال الرئيس فلاديمير بوتين إن موسكو سترد"))' if task == "ner" else
             'print(clf({"text": "مارك روته", "text_pair": "لن نتردد في الرد"}, top_k=None))')
    return f"""---
library_name: transformers
pipeline_tag: {hf_task}
language: ar
tags: [qawl, arabic, {task}]
---
# {cfg.run_name}

A qawl {'named-entity tagger' if task == 'ner' else 'speaker-stance classifier'} for Arabic news,
trained with qawl {qawl.__version__}.

- Base: {base}
- Labels: {', '.join(metrics['labels'])}
- Training data: {cfg.data.train or cfg.data.hub_dataset}
- Dev: {_headline(metrics, 'dev')}
- Test: {_headline(metrics, 'test')}
- Training time: {metrics.get('train_seconds', 'n/a')} s on {metrics.get('device', 'n/a')}

`training_config.yaml` is the exact config of this run; `metrics.json` has every score.

## Use
```python
from transformers import pipeline
clf = pipeline("{hf_task}", model="<this directory>"{hf_extra})
{usage}
```
With qawl (word-level labels, offsets into raw text, statements and stance):
`qawl predict <this directory> "نص"` or `qawl.load(bundle)` after `qawl export`.

## Limits
{'Input is the speaker as first segment and the statement as second of a text pair.' if task == 'stance' else 'Trained on news sentences; other registers (social media, dialects) will score lower.'}
A from-scratch model has learned only from its training data; names and phrasing it never saw
are recognised far less reliably than by a pretrained model such as AraBERT.
"""


def save_model_dir(model, tokenizer, cfg, metrics: dict, out_dir: str | Path) -> Path:
    """Write a complete, self-describing model directory.

    Args:
        model: The trained model (its ``config`` carries ``id2label`` and ``qawl``).
        tokenizer: Its tokenizer.
        cfg: The resolved :class:`~qawl.training.config.ExperimentConfig`.
        metrics: Scores and run facts, written as ``metrics.json``.
        out_dir: The directory (created if needed).

    Returns:
        ``out_dir`` as a Path.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)  # safetensors only in transformers 5
    tokenizer.save_pretrained(out)
    (out / "training_config.yaml").write_text(cfg.to_yaml(), encoding="utf-8")
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2, default=str),
                                      encoding="utf-8")
    (out / "README.md").write_text(model_card(cfg, metrics), encoding="utf-8")
    return out


def _labels(model_dir: Path) -> list[str]:
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    return [config["id2label"][str(i)] for i in range(len(config["id2label"]))]


def _metrics(model_dir: Path) -> dict:
    path = model_dir / "metrics.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def export_bundle(ner_dir: str | Path, stance_dir: str | Path | None, out_dir: str | Path) -> Path:
    """Write one self-describing bundle that ``qawl.load`` opens.

    The bundle holds copies of both model directories (``ner/``, ``stance/``), a
    manifest ``qawl_pipeline.json`` (versions, label sets, model sources) and a
    README card with both models' metrics.

    Args:
        ner_dir: A trained NER model directory.
        stance_dir: A trained stance model directory, or None for NER only.
        out_dir: The bundle directory (replaced if it exists).

    Returns:
        ``out_dir`` as a Path.

    Raises:
        FileNotFoundError: A model directory without ``config.json``.

    Example:
        >>> export_bundle("models/ner-tiny", "models/stance-tiny", "models/bundle-tiny")  # doctest: +SKIP
        PosixPath('models/bundle-tiny')
    """
    import shutil

    import tokenizers
    import torch
    import transformers

    from qawl.models.pipeline import BUNDLE_FILE

    out = Path(out_dir)
    sources = {"ner": Path(ner_dir), "stance": Path(stance_dir) if stance_dir else None}
    for name, src in sources.items():
        if src is not None and not (src / "config.json").is_file():
            raise FileNotFoundError(f"--{name} {src} is not a model directory (no config.json)")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, src in sources.items():
        if src is not None:
            shutil.copytree(src, out / name, ignore=shutil.ignore_patterns("checkpoints"))
    manifest = {
        "format": "qawl-bundle/1",
        "ner": "ner",
        "stance": "stance" if sources["stance"] else None,
        "labels": {name: _labels(src) for name, src in sources.items() if src},
        "sources": {name: str(src) for name, src in sources.items() if src},
        "versions": {"qawl": qawl.__version__, "transformers": transformers.__version__,
                     "tokenizers": tokenizers.__version__, "torch": torch.__version__},
    }
    (out / BUNDLE_FILE).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = ["# qawl bundle", "", "Open with `qawl.load(\"<this directory>\")` or "
             "`qawl analyze --model <this directory> article.txt`.", ""]
    for name, src in sources.items():
        if src is None:
            continue
        m = _metrics(src)
        lines += [f"## {name} (`{name}/`, from `{src}`)", "",
                  f"- Labels: {', '.join(manifest['labels'][name])}"]
        if m:
            lines += [f"- Dev: {_headline(m, 'dev')}", f"- Test: {_headline(m, 'test')}"]
        lines.append("")
    lines += ["Versions: " + ", ".join(f"{k} {v}" for k, v in manifest["versions"].items()), ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
    return out
