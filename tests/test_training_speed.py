"""Training efficiency and scale-out (issue #10): length-grouped batches with evaluation
kept in order, bf16/fp16 where the device has them, and a real 2-process DDP run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
import torch
import yaml
from conftest import ROOT, tiny_config

from qawl.training.trainer import _precision, _trainer_class, train


def test_training_group_by_length_groups_training_and_keeps_evaluation_in_order(tmp_path):
    from datasets import Dataset
    from torch.utils.data import SequentialSampler
    from transformers import TrainingArguments
    from transformers.trainer_pt_utils import LengthGroupedSampler

    rows = [{"input_ids": list(range(2, 2 + n)), "labels": 0} for n in (9, 3, 7, 2, 8, 4, 6, 5)]
    args = TrainingArguments(
        output_dir=str(tmp_path),
        train_sampling_strategy="group_by_length",
        per_device_train_batch_size=2,
        report_to="none",
        use_cpu=True,
    )
    model = torch.nn.Linear(1, 1)
    trainer = _trainer_class(None)(model=model, args=args, train_dataset=Dataset.from_list(rows))
    assert isinstance(trainer._get_train_sampler(), LengthGroupedSampler)
    eval_sampler = trainer._get_eval_sampler(Dataset.from_list(rows))
    assert isinstance(eval_sampler, SequentialSampler) and list(eval_sampler) == list(range(8))


def test_training_group_by_length_run_scores_dev_in_order(tmp_path):
    # The Trainer's dev metric (predictions mapped back to words in dataset order)
    # equals a fresh evaluation of the saved model only if evaluation kept the order.
    cfg = tiny_config("ner", tmp_path / "m", training={"epochs": 2, "group_by_length": True})
    m = train(cfg).metrics
    assert m["best_checkpoint_metric"]["f1"] == pytest.approx(m["dev"]["default"]["micro"]["f1"], abs=1e-9)
    assert m["train_samples_per_second"] > 0 and m["processes"] == 1


def test_training_precision_follows_the_device(monkeypatch):
    assert _precision("fp32") == {"bf16": False, "fp16": False}
    assert _precision("fp16") == {"bf16": False, "fp16": True}
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert _precision("auto") == {"bf16": False, "fp16": False}  # CPU: fp32
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda: True)
    assert _precision("auto") == {"bf16": True, "fp16": False}
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda: False)
    assert _precision("auto") == {"bf16": False, "fp16": True}


def test_training_precision_rejects_unknown_choices(tmp_path):
    from qawl.config import ConfigError

    with pytest.raises(ConfigError, match="precision"):
        tiny_config("ner", tmp_path, training={"precision": "int4"})


def test_training_ddp_two_cpu_processes_train_evaluate_once_and_save_one_model(tmp_path):
    # The command the README gives for several GPUs, on two CPU processes (gloo).
    accelerate = shutil.which("accelerate", path=os.path.dirname(sys.executable))
    if accelerate is None:
        pytest.skip("the accelerate launcher is not installed beside this Python")
    cfg = tiny_config("ner", tmp_path / "model", training={"epochs": 2})
    config_file = tmp_path / "c.yaml"
    config_file.write_text(yaml.safe_dump(cfg.model_dump(mode="json"), allow_unicode=True))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CUDA_VISIBLE_DEVICES": "", "OMP_NUM_THREADS": "1"}
    argv = [accelerate, "launch", "--multi_gpu", "--num_processes", "2", "--num_machines", "1"]
    argv += ["--mixed_precision", "no", "--dynamo_backend", "no", "-m", "qawl.cli", "train", str(config_file)]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    metrics = json.loads((tmp_path / "model" / "metrics.json").read_text())
    assert metrics["processes"] == 2  # one data-parallel run, not two copies
    assert [h["epoch"] for h in metrics["history"]] == [1.0, 2.0]  # trained, evaluated every epoch
    # The final evaluation and the save happen once, in the first process.
    assert done.stderr.count("dev micro-F1") == 1 and done.stderr.count("saved ") == 1
    assert done.stdout.count("best epoch") == 1
    saved = {p.name for p in (tmp_path / "model").iterdir()}
    assert {"model.safetensors", "config.json", "tokenizer.json", "metrics.json"} <= saved
    assert not saved & {"checkpoints", "shared-tokenizer"}
