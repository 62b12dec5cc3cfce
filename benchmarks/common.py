"""What every benchmark script does first, and how it names the machine."""

from __future__ import annotations

import importlib.util
import logging
import os
import platform
from pathlib import Path


def start(required: Path, name: str) -> bool:
    """Offline mode and logging on; False (with a message) when ``required`` data is absent."""
    if not required.is_file():
        print(f"{name} not found at {required.parent}: skipping (see ../shared/data/README.md)")
        return False
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    return True


def machine(device: str) -> str:
    """E.g. ``"x86_64, 2 cores, cpu"`` or ``"x86_64, 16 cores, cuda (NVIDIA H200)"``:
    recorded beside every result."""
    name = ""
    if device.startswith("cuda"):
        import torch

        if torch.cuda.is_available():
            name = f" ({torch.cuda.get_device_name(torch.device(device))})"
    return f"{platform.machine()}, {os.cpu_count()} cores, {device}{name}"


REALNEWS = Path(__file__).resolve().parent / "realnews"


def _split_names() -> tuple[str, ...]:
    """The split names of the sampling rule (``realnews/sample.py`` owns them; stdlib only)."""
    spec = importlib.util.spec_from_file_location("realnews_sample", REALNEWS / "sample.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.SPLITS)


REALNEWS_SPLITS = _split_names()
# Every annotated split but the holdouts, which are scored once and never trained on: what the
# offline models learn from (scripts/realnews_data.py) and the cross-fitted estimates score.
DEV_SPLITS = "+".join(name for name in REALNEWS_SPLITS if "holdout" not in name)
FOLDS = 2  # the cross-fitted estimates' folds, by article position


def crossfit_start(doc: str, config: str, bundle_help: str, reuse_help: str):
    """A cross-fitted estimate's arguments (``--bundle``, ``--config`` under ``configs/``,
    ``--reuse``) and the dev articles, read from the shared data; None (with a message) when
    SaudiNewsNet is absent."""
    import argparse

    from qawl.eval.standoff import shared_data_dir

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--bundle", type=Path, required=True, help=bundle_help)
    parser.add_argument(
        "--config", type=Path, default=Path(__file__).resolve().parents[1] / "configs" / config
    )
    parser.add_argument("--reuse", action="store_true", help=reuse_help)
    args = parser.parse_args()
    more = shared_data_dir() / "saudinewsnet" / "more.txt"
    if not start(more, "SaudiNewsNet more.txt"):
        return None
    return args, read_realnews(DEV_SPLITS, more)


def fold_articles(articles: list[dict], fold: int, held_out: bool = True) -> list[dict]:
    """The articles of fold ``fold`` (by position), or with ``held_out=False`` all the others:
    what a fold model is scored on, and what it is trained on."""
    return [a for k, a in enumerate(articles) if (k % FOLDS == fold) == held_out]


def train_fold_model(config: Path, extra: Path, records: list[dict], out: Path) -> Path:
    """Train a model from ``config`` with ``records`` (the other folds' examples, written to
    ``extra``) as its only ``data.train_extra``, into ``out`` (``qawl train`` in a child
    process, offline)."""
    import subprocess
    import sys

    from qawl.data.corpus import write_jsonl

    write_jsonl(extra, records)
    qawl_cli = Path(sys.executable).with_name("qawl")
    subprocess.run(
        [str(qawl_cli), "train", str(config), "--set", f"data.train_extra=[{extra}]", f"output_dir={out}"],
        check=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    return out


def realnews_files(split: str) -> list[Path]:
    """The stand-off files of ``split``: one name, or several joined by ``+`` (``dev+conflict``).

    Raises:
        ValueError: An unknown split name (names it and the known ones) or a split not built yet.
    """
    files = []
    for name in split.split("+"):
        if name not in REALNEWS_SPLITS:
            known = ", ".join(REALNEWS_SPLITS)
            raise ValueError(f"unknown real-text split {name!r} in {split!r}; use {known}")
        path = REALNEWS / f"{name}.jsonl"
        if not path.is_file():
            raise ValueError(
                f"{path} does not exist yet: annotate the split and run benchmarks/realnews/build.py"
            )
        files.append(path)
    return files


def read_realnews(split: str, more: Path) -> list[dict]:
    """The gold articles of a real-text split (or ``a+b``), their text read from ``more``.

    Raises:
        ValueError: An unknown or unbuilt split (see :func:`realnews_files`).
    """
    from qawl.eval.standoff import read_standoff

    return [doc for path in realnews_files(split) for doc in read_standoff(path, more)]


def training_files(bundle: Path, part: str = "stance") -> tuple[Path, list[Path]]:
    """A bundle's ``part`` model's (``"ner"`` or ``"stance"``) ``data.train`` and
    ``data.train_extra`` files, as its ``training_config.yaml`` names them, relative ones
    resolved against the repository (where ``qawl train`` ran them). Extra files may be gone
    (built on each machine)."""
    import yaml

    data = yaml.safe_load((bundle / part / "training_config.yaml").read_text(encoding="utf-8"))["data"]
    return repo_path(data["train"]), [repo_path(name) for name in data.get("train_extra") or []]


def repo_path(name: str) -> Path:
    """A data file as a run config names it, relative ones resolved against the repository
    (where ``qawl train`` runs them); an absolute name stays as it is."""
    return Path(name) if Path(name).is_absolute() else Path(__file__).resolve().parents[1] / name
