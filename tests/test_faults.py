"""Training that survives faults: real processes killed with SIGKILL or Ctrl-C, then resumed.

A reference run trains uninterrupted. Other runs of the same config are stopped
(a child process killed with SIGKILL in the middle of writing a checkpoint; a
SIGINT, as Ctrl-C sends it, at a chosen step) and resumed with ``--resume``; each
must end with the reference's dev scores, evaluation losses and predictions,
exactly.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import yaml
from conftest import FIXTURES, ROOT, TINY_MODEL

from qawl.config import ConfigError, load_config
from qawl.data.readers import read_conll
from qawl.models.ner import NerTagger
from qawl.training.checkpoints import RUN_CONFIG, STAGING, list_checkpoints, record_run, start_run
from qawl.training.trainer import train

SENTENCES = [ex.words for ex in read_conll(FIXTURES / "ner_dev.conll")]
# Runs `qawl train config.yaml` in a child process that kills itself (SIGKILL) in the
# middle of its Nth checkpoint write: after the weights, before the optimizer state.
CHILD = """
import os, signal, sys
from transformers import Trainer
n = int(sys.argv[1])
save = Trainer._save_optimizer_and_scheduler
count = [0]
def dying(self, output_dir):
    count[0] += 1
    if count[0] == n:
        os.kill(os.getpid(), signal.SIGKILL)
    return save(self, output_dir)
Trainer._save_optimizer_and_scheduler = dying
from qawl.cli import main
sys.exit(main(["train", "config.yaml"]))
"""


def _config(folder: Path, tokenizer: Path, epochs: int = 2) -> Path:
    """A tiny NER run with a checkpoint every 2 steps (3 steps an epoch, 6 in all by default)."""
    raw = {
        "task": "ner",
        "run_name": "faults",
        "output_dir": str(folder / "model"),
        "seed": 5,
        "data": {"train": str(FIXTURES / "ner_train.conll"), "dev": str(FIXTURES / "ner_dev.conll")},
        # The tokenizer is reused so that every run, reference included, has the same one.
        "model": {**TINY_MODEL, "from_scratch": {**TINY_MODEL["from_scratch"], "tokenizer": str(tokenizer)}},
        "training": {"epochs": epochs, "learning_rate": 5e-3, "batch_size": 8, "checkpoint_steps": 2},
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def _child(folder: Path, n: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(n)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _outcome(result) -> dict:
    return {
        "dev": result.metrics["dev"],
        "eval_losses": [h["eval_loss"] for h in result.metrics["history"]],
        "epochs": result.metrics["epochs_run"],
        "probs": NerTagger.from_pretrained(result.output_dir).predict_proba(SENTENCES),
    }


def _assert_same(got: dict, want: dict) -> None:
    assert got["dev"] == want["dev"]
    assert got["epochs"] == want["epochs"]
    assert got["eval_losses"] == pytest.approx(want["eval_losses"], rel=1e-6)
    for a, b in zip(got["probs"], want["probs"]):
        np.testing.assert_allclose(a, b, atol=1e-6)


@pytest.fixture(scope="module")
def reference(tiny_ner, tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("reference")
    return _outcome(train(load_config(_config(folder, tiny_ner))))


def test_faults_sigkill_while_writing_a_checkpoint_then_resume(tiny_ner, tmp_path, reference):
    config = _config(tmp_path, tiny_ner)
    # Saves: step 2, 3 (epoch end), 4, 6 (step, then epoch end): killed writing step 6.
    done = _child(tmp_path, 4)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    folder = tmp_path / "model" / "checkpoints"
    assert (folder / STAGING).is_dir()  # the half-written checkpoint, never renamed
    kept = list_checkpoints(folder)
    assert [p.name for p in kept] == ["checkpoint-3", "checkpoint-4"]  # the best and the last
    for checkpoint in kept:  # every checkpoint-N is complete
        names = {p.name for p in checkpoint.iterdir()}
        assert {
            "model.safetensors",
            "optimizer.pt",
            "scheduler.pt",
            "rng_state.pth",
            "trainer_state.json",
        } <= names
        assert "tokenizer.json" in names
    from qawl.cli import main

    assert main(["train", str(config), "--resume"]) == 0  # continues from step 4, mid-epoch
    assert not folder.exists()  # checkpoints are removed once the model is saved
    _assert_same(_outcome_of(tmp_path), reference)


def _outcome_of(folder: Path) -> dict:
    from qawl.training.trainer import TrainResult

    out = folder / "model"
    return _outcome(TrainResult(out, json.loads((out / "metrics.json").read_text())))


def test_faults_ctrl_c_saves_says_how_to_resume_and_resumes(
    tiny_ner, tmp_path, monkeypatch, capsys, reference
):
    # A real SIGINT, delivered to this process during step 5, as Ctrl-C delivers it.
    from transformers import Trainer

    from qawl.cli import main

    _config(tmp_path, tiny_ner)
    step = Trainer.training_step
    sent = []

    def interrupted(self, *args, **kwargs):
        if self.state.global_step == 4 and not sent:
            sent.append(True)
            os.kill(os.getpid(), signal.SIGINT)
        return step(self, *args, **kwargs)

    monkeypatch.setattr(Trainer, "training_step", interrupted)
    monkeypatch.chdir(tmp_path)
    assert main(["train", "config.yaml"]) == 130
    err = capsys.readouterr().err
    assert "qawl train: interrupted at step 5 of 6; checkpoint saved in" in err
    assert "qawl train config.yaml --resume" in err
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # handler restored
    folder = tmp_path / "model" / "checkpoints"
    assert list_checkpoints(folder)[-1].name == "checkpoint-5"
    assert not (tmp_path / "model" / "model.safetensors").exists()  # no final model yet
    monkeypatch.setattr(Trainer, "training_step", step)
    assert main(["train", "config.yaml", "--resume"]) == 0
    _assert_same(_outcome_of(tmp_path), reference)


def test_faults_resume_refuses_what_it_cannot_continue(tmp_path):
    folder = tmp_path / "checkpoints"
    with pytest.raises(ConfigError, match="--resume: no checkpoint in"):
        start_run(folder, "seed: 1\n", resume=True)
    assert start_run(folder, "seed: 1\ntraining: {epochs: 3}\n", resume=False) is None
    record_run(folder, "seed: 1\ntraining: {epochs: 3}\n")
    assert (folder / RUN_CONFIG).is_file()
    (folder / "checkpoint-4").mkdir()
    (folder / ".trash-checkpoint-2").mkdir()  # a deletion a kill cut short
    with pytest.raises(ConfigError, match="holds checkpoints of an interrupted run .*--resume"):
        start_run(folder, "seed: 1\ntraining: {epochs: 3}\n", resume=False)
    with pytest.raises(ConfigError, match=r"training\.epochs: 3 -> 5"):
        start_run(folder, "seed: 1\ntraining: {epochs: 5}\n", resume=True)
    assert start_run(folder, "seed: 1\ntraining: {epochs: 3}\n", resume=True) == folder / "checkpoint-4"
    assert not (folder / ".trash-checkpoint-2").exists()


@pytest.mark.slow
def test_faults_sigkill_at_random_moments_always_resumes(tiny_ner, tmp_path):
    # Killed from outside at arbitrary times (mid-step, mid-save, mid-evaluation):
    # each time, resuming reaches the uninterrupted run. A longer run (24 steps), so
    # that the kills land while it trains.
    import random

    reference = _outcome(train(load_config(_config(tmp_path / "reference", tiny_ner, epochs=8))))
    rng = random.Random(11)
    resumed = 0
    for trial in range(4):
        folder = tmp_path / f"t{trial}"
        config = _config(folder, tiny_ner, epochs=8)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "qawl.cli", "train", str(config)],
            cwd=folder,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        checkpoints = folder / "model" / "checkpoints"
        while proc.poll() is None and not list_checkpoints(checkpoints):
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 1.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if (folder / "model" / "model.safetensors").exists():
            continue  # finished before the kill
        resumed += bool(list_checkpoints(checkpoints))
        train(load_config(config), resume=bool(list_checkpoints(checkpoints)))
        _assert_same(_outcome_of(folder), reference)
    assert resumed >= 2
