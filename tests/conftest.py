"""Shared fixtures: tiny models trained once per session, fully offline."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Hermetic and offline: no hub lookups (each failed one retries for ~30 s).
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# Caches in a throwaway folder: tests never read or write the user's HF cache.
os.environ.setdefault("HF_HOME", tempfile.mkdtemp(prefix="qawl-test-hf-"))

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"

TINY_MODEL = {
    "from_scratch": {
        "vocab_size": 300,
        "min_frequency": 1,
        "hidden_size": 32,
        "num_layers": 1,
        "num_heads": 2,
        "intermediate_size": 64,
    },
    "max_length": 32,
    "stride": 8,
}


def tiny_config(task: str, out: Path, **sections):
    """A config for a model small enough to train in seconds."""
    from qawl.config import config_from_dict

    data = (
        {
            "train": str(FIXTURES / "ner_train.conll"),
            "dev": str(FIXTURES / "ner_dev.conll"),
            "test": str(FIXTURES / "ner_dev.conll"),
        }
        if task == "ner"
        else {"train": str(FIXTURES / "stance_train.jsonl"), "dev": str(FIXTURES / "stance_dev.jsonl")}
    )
    raw = {
        "task": task,
        "run_name": f"tiny-{task}",
        "output_dir": str(out),
        "seed": 7,
        "data": data,
        # stride (NER windows) is not a stance option: the config would refuse it.
        "model": {k: v for k, v in TINY_MODEL.items() if task == "ner" or k != "stride"},
        "training": {"epochs": 3, "learning_rate": 5e-3, "batch_size": 4, "logging_steps": 5},
    }
    for key, value in sections.items():
        raw[key] = {**raw.get(key, {}), **value}
    return config_from_dict(raw, "tiny test config")


@pytest.fixture(scope="session")
def tiny_ner(tmp_path_factory) -> Path:
    """A trained tiny NER model directory."""
    from qawl.training.trainer import train

    return train(tiny_config("ner", tmp_path_factory.mktemp("ner"))).output_dir


@pytest.fixture(scope="session")
def tiny_stance(tmp_path_factory) -> Path:
    """A trained tiny stance model directory."""
    from qawl.training.trainer import train

    return train(tiny_config("stance", tmp_path_factory.mktemp("stance"))).output_dir


@pytest.fixture(scope="session")
def tiny_bundle(tiny_ner, tiny_stance, tmp_path_factory) -> Path:
    """A bundle of the two tiny models."""
    from qawl.bundle import export_bundle

    return export_bundle(tiny_ner, tiny_stance, tmp_path_factory.mktemp("bundle") / "b")


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", help="also run tests marked slow")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
