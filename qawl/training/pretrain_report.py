"""What a pretraining run leaves for people: the loss curve and the encoder's card.

The card says where the weights come from and under which terms: weights learned
from raw text inherit that text's licence (SaudiNewsNet: CC BY-NC-SA 4.0), not
the Apache-2.0 of qawl's code.

Example:
    >>> read_log(Path("/nonexistent/log.jsonl"))
    []
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from qawl._version import __version__
from qawl.config.pretrain import PretrainConfig

logger = logging.getLogger(__name__)


def read_log(path: Path) -> list[dict]:
    """The records of a ``log.jsonl`` (training lines and validation lines)."""
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def plot_loss_curve(log_path: Path, png_path: Path, title: str) -> bool:
    """Draw training (and held-out) MLM loss against tokens seen.

    Args:
        log_path: The run's ``log.jsonl``.
        png_path: Where the PNG goes (replaced atomically).
        title: The plot's title.

    Returns:
        Whether a plot was written (False without matplotlib or log lines).
    """
    records = read_log(log_path)
    train = [r for r in records if "loss" in r]
    held = [r for r in records if "validation_loss" in r]
    if not train:
        return False
    try:
        import matplotlib

        matplotlib.use("Agg")  # no display: write files only
        import matplotlib.pyplot as plt
    except ImportError:
        logger.warning("matplotlib is not installed: no loss_curve.png (pip install 'qawl[pretrain]')")
        return False
    fig, ax = plt.subplots(figsize=(7, 4), dpi=100)
    ax.plot([r["tokens"] / 1e6 for r in train], [r["loss"] for r in train], lw=1, label="train")
    if held:
        ax.plot(
            [r["tokens"] / 1e6 for r in held],
            [r["validation_loss"] for r in held],
            "o-",
            lw=1,
            ms=3,
            label="held-out",
        )
    ax.set_xlabel("tokens seen (millions)")
    ax.set_ylabel("MLM loss")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    tmp = png_path.with_name(png_path.name + ".tmp.png")
    fig.savefig(tmp)
    plt.close(fig)
    tmp.replace(png_path)
    return True


def _count(value) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def write_card(cfg: PretrainConfig, info: dict, path: Path) -> None:
    """Write the encoder's README: what it is, what it saw, its licence, how to use it.

    Args:
        cfg: The resolved run config.
        info: Run facts: ``tokens_seen``, ``seconds``, ``steps``, ``epochs``,
            ``loss``, ``validation_loss``, ``hardware``, ``raw_documents``,
            ``training_pieces``, ``warm_started_rows``.
        path: The README to write.
    """
    m, n = cfg.model, cfg.normalizer
    folds = [k for k in ("fold_alef", "fold_ya", "fold_ta_marbuta") if getattr(n, k)]
    licence = cfg.data.license or "the licence of the raw text (not stated in the config)"
    held = info.get("validation_loss")
    held_loss = f"{held:.3f}" if held is not None else "n/a"
    pretraining_dropout = cfg.training.dropout if cfg.training.dropout is not None else m.dropout
    path.write_text(
        f"""---
library_name: transformers
pipeline_tag: fill-mask
language: ar
tags: [qawl, arabic, bert, masked-lm]
---
# {cfg.run_name}

A small Arabic BERT encoder ({m.num_layers} layers, {m.hidden_size} hidden, {m.num_heads} heads,
{m.intermediate_size} feed-forward, WordPiece vocabulary of {info.get("vocab_size", "?")}),
pretrained with masked-language modelling by `qawl pretrain` (qawl {__version__}), to be
fine-tuned with qawl (`model.pretrained: <this directory>`).

## Data
- Raw text: {", ".join(cfg.data.text)} ({_count(info.get("raw_documents", "?"))} documents)
- Also the shipped corpus (train splits): {", ".join(cfg.data.corpus_files) or "none"}
- Normalization (per word, saved in `config.json` under `qawl`; fine-tuning must use the same):
  diacritics {"stripped" if n.strip_diacritics else "kept"},
  tatweel {"stripped" if n.strip_tatweel else "kept"},
  digits {"mapped to ASCII" if n.map_digits else "kept"}, folding: {", ".join(folds) or "none"}

## Training
- {_count(info.get("steps", "?"))} steps, {info.get("epochs", "?")} epochs over
  {_count(info.get("training_pieces", "?"))} word pieces;
  {info.get("tokens_seen", 0) / 1e6:.1f}M tokens seen in windows of {m.max_length}
- Whole-word masking: {cfg.mlm.whole_word_masking}, mask probability {cfg.mlm.mask_probability};
  dropout {pretraining_dropout} while pretraining, {m.dropout} in `config.json`
- word2vec warm start: {"yes" if cfg.warm_start.word2vec else "no"}
  ({info.get("warm_started_rows", 0)} embedding rows)
- Wall time: {info.get("seconds", 0) / 3600:.2f} h on {info.get("hardware", "?")}
- Final training loss {info.get("loss", float("nan")):.3f}; held-out loss {held_loss}
- `pretrain_config.yaml` is the exact recipe; `log.jsonl` and `loss_curve.png` the run's history.

## Licence
The weights are learned from the raw text and inherit its terms: **{licence}**. They are
not covered by the Apache-2.0 licence of qawl's code.

## Use
```python
from transformers import pipeline
fill = pipeline("fill-mask", model="<this directory>")
fill("قال وزير [MASK] إن")
```
Text must be normalized as above first (`qawl.data.text.Normalizer`); qawl does this itself.

## Limits
A small encoder, pretrained briefly: far weaker than AraBERT. It knows the names, topics
and spelling of its raw text best, and nothing after that text's dates.
""",
        encoding="utf-8",
    )
