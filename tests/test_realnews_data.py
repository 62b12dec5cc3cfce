"""scripts/realnews_data.py: the real-text dev set written as NER and stance training files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from qawl.data.readers import read_ner_jsonl, read_stance_jsonl
from qawl.eval.standoff import shared_data_dir

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "realnews_data.py"
MORE = shared_data_dir() / "saudinewsnet" / "more.txt"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT)


def test_realnews_data_without_the_shared_data_says_so_and_writes_nothing(tmp_path):
    done = _run("--more", str(tmp_path / "absent" / "more.txt"), "--out-dir", str(tmp_path / "out"))
    assert done.returncode == 0
    assert "not found" in done.stdout and "train without the real-text dev set" in done.stdout
    assert not (tmp_path / "out").exists()


def test_realnews_data_refuses_the_holdouts(tmp_path):
    done = _run("--split", "dev+holdout", "--out-dir", str(tmp_path))
    assert done.returncode != 0
    assert "the holdouts are never trained on" in done.stderr


@pytest.mark.skipif(not MORE.is_file(), reason="SaudiNewsNet more.txt not in the shared data folder")
def test_realnews_data_writes_files_the_training_readers_read(tmp_path):
    done = _run("--split", "dev", "--more", str(MORE), "--out-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    sentences = read_ner_jsonl(tmp_path / "realnews-ner.jsonl")
    statements = read_stance_jsonl(tmp_path / "realnews-stance.jsonl")
    assert sentences and statements
    assert all(len(ex.words) == len(ex.tags) for ex in sentences)
    assert any(tag.startswith("B-PER") for ex in sentences for tag in ex.tags)
    # the counts the script prints are those of the files
    assert f"{len(sentences)} sentences" in done.stdout and f"{len(statements)} statements" in done.stdout
