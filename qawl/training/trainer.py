"""``train(cfg)``: one Hugging Face Trainer loop for NER and stance.

Reads top to bottom: load data → labels → build tokenizer and model → features →
Trainer (dev evaluation every epoch, best checkpoint by the task's dev metric,
optional early stopping) → final dev/test scores → a plain HF model directory.
Checkpoints are atomic, a run resumes from the last one, and Ctrl-C saves one and
stops (:mod:`qawl.training.checkpoints`).
"""

from __future__ import annotations

import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from qawl.config.experiment import NerConfig, StanceConfig, check_files
from qawl.config.settings import ModelSettings
from qawl.data.files import file_sha256
from qawl.eval import plots
from qawl.models.build import build_model
from qawl.models.io import save_model_dir
from qawl.training.checkpoints import (
    TrainingInterrupted,
    checkpoint_callbacks,
    ctrl_c_saves,
    list_checkpoints,
    record_run,
    safe_trainer_class,
    start_run,
)
from qawl.training.tasks import TASKS

logger = logging.getLogger(__name__)


LEARNING_CURVE = "learning_curve.png"  # the dev metric per epoch, in the model directory


@dataclass
class TrainResult:
    """What a run produced.

    Attributes:
        output_dir: The saved model directory.
        metrics: The content of its ``metrics.json``.
        main_process: False in the other processes of a multi-process run (they
            neither evaluate at the end nor save).
    """

    output_dir: Path
    metrics: dict
    main_process: bool = True

    def best_epoch(self) -> float | None:
        """The epoch whose checkpoint was kept (the first with the best dev metric), if known."""
        ((metric, best),) = self.metrics["best_checkpoint_metric"].items()
        evals = [h for h in self.metrics.get("history", []) if h.get(f"eval_{metric}") == best]
        return float(evals[0]["epoch"]) if evals and best is not None else None

    def summary(self) -> str:
        """The closing lines of a run: best epoch, dev and test scores, where the model went.

        Example:
            >>> result = TrainResult(Path("models/ner-tiny"), {"task": "stance", "epochs_run": 3.0,
            ...     "best_checkpoint_metric": {"macro_f1": 0.5}, "train_seconds": 8.2, "device": "cpu",
            ...     "history": [{"epoch": 1.0, "eval_macro_f1": 0.3}, {"epoch": 2.0, "eval_macro_f1": 0.5}]})
            >>> print(result.summary())
            best epoch 2 of 3 (dev macro_f1 0.5000)
            dev:  not evaluated
            test: not evaluated
            model: models/ner-tiny (8.2 s on cpu); its card is models/ner-tiny/README.md
        """
        from qawl.eval.evaluate import headline_of

        m = self.metrics
        ((metric, best),) = m["best_checkpoint_metric"].items()
        epoch = self.best_epoch()
        lines = [
            f"best epoch {epoch:g} of {float(m.get('epochs_run') or 0):g} (dev {metric} {best:.4f})"
            if epoch is not None
            else "best epoch: unknown (no dev evaluation)",
            f"dev:  {headline_of(m, 'dev')}",
            f"test: {headline_of(m, 'test')}",
            f"model: {self.output_dir} ({m.get('train_seconds', '?')} s on {m.get('device', '?')}); "
            f"its card is {self.output_dir / 'README.md'}",
        ]
        return "\n".join(lines)


def _trainer_class(class_weights: list[float] | None):
    from torch.utils.data import SequentialSampler
    from transformers import Trainer

    class SequentialEvalTrainer(Trainer):
        """Evaluation and prediction in dataset order, whatever the training sampler.

        transformers 5 gives evaluation the length-grouped sampler too when
        ``train_sampling_strategy="group_by_length"``: predictions would come back
        shuffled and the dev metric, which maps them to words in order, would be
        garbage. Several processes (DDP) keep the Trainer's own distributed eval.
        """

        def _get_eval_sampler(self, eval_dataset):
            if eval_dataset is None or self.args.world_size > 1:
                return super()._get_eval_sampler(eval_dataset)
            return SequentialSampler(eval_dataset)

    if class_weights is None:
        return SequentialEvalTrainer

    class WeightedTrainer(SequentialEvalTrainer):
        """Cross-entropy with per-class weights, for imbalanced stance data."""

        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            labels = inputs.pop("labels")
            outputs = model(**inputs)
            weight = torch.tensor(class_weights, device=outputs.logits.device)
            loss = torch.nn.functional.cross_entropy(outputs.logits.float(), labels, weight=weight)
            return (loss, outputs) if return_outputs else loss

    return WeightedTrainer


def _epoch_logger(task_metric: str):
    from transformers import TrainerCallback

    class EpochLine(TrainerCallback):
        """One readable line per epoch: losses and the dev metric (by the first process only)."""

        def on_evaluate(self, args, state, control, metrics=None, **kwargs):
            if not state.is_world_process_zero:
                return
            train_losses = [h["loss"] for h in state.log_history if "loss" in h]
            train = f"{train_losses[-1]:.4f}" if train_losses else "n/a"
            logger.info(
                "epoch %.0f: train loss %s, dev loss %.4f, dev %s %.4f",
                state.epoch or 0,
                train,
                (metrics or {}).get("eval_loss", float("nan")),
                task_metric,
                (metrics or {}).get(f"eval_{task_metric}", float("nan")),
            )

    return EpochLine()


def _data_digests(cfg: NerConfig | StanceConfig) -> dict[str, str]:
    """The SHA-256 of each training file the run read, by its name in the config: a file
    rebuilt later under the same name (``data/local/realnews-*.jsonl`` grows with every
    real-text draw) is then told apart from the one the model learned."""
    names = [cfg.data.train, *cfg.data.train_extra]
    return {name: file_sha256(name) for name in names if name is not None and Path(name).is_file()}


def _learning_curve(metrics: dict, metric: str, path: Path, title: str) -> str | None:
    """Draw the dev metric per epoch; the file name, or None without dev evaluations."""
    if not any(f"eval_{metric}" in h for h in metrics["history"]):
        return None
    return plots.learning_curve(metrics["history"], metric, path, f"{title}: dev {metric} per epoch").name


def _precision(choice: str) -> dict[str, bool]:
    """TrainingArguments' ``bf16``/``fp16`` for ``training.precision``.

    Example:
        >>> _precision("fp32"), _precision("bf16")
        ({'bf16': False, 'fp16': False}, {'bf16': True, 'fp16': False})
    """
    if choice == "auto":
        if not torch.cuda.is_available():
            choice = "fp32"  # CPUs without bf16 units (AVX-512 BF16, AMX) only emulate it
        else:
            choice = "bf16" if torch.cuda.is_bf16_supported() else "fp16"
    return {"bf16": choice == "bf16", "fp16": choice == "fp16"}


def _shared_vocabulary(cfg: NerConfig | StanceConfig, state: Any, out_dir: Path) -> Any:
    """The model config each process builds from, so all processes share one vocabulary.

    A from-scratch WordPiece vocabulary can differ between two trainings on the
    same text (ties broken in hash order), so with several processes (DDP) the
    first one trains it and saves it, and the others load that copy.
    """
    spec = getattr(cfg.model, "from_scratch", None)
    if state.num_processes == 1 or spec is None or spec.tokenizer or state.is_main_process:
        return cfg.model
    shared = str(out_dir / SHARED_TOKENIZER)
    return cfg.model.model_copy(update={"from_scratch": spec.model_copy(update={"tokenizer": shared})})


SHARED_TOKENIZER = "shared-tokenizer"  # written by the first process of a multi-process run


def train(cfg: NerConfig | StanceConfig, verbose: bool = False, resume: bool = False) -> TrainResult:
    """Train the model a config describes and save it as a plain HF directory.

    The directory also gets ``learning_curve.png`` (the dev metric and loss per
    epoch), shown in its README card. One log line per epoch either way.

    Args:
        cfg: A validated config (see :func:`qawl.config.load_config`).
        verbose: Also show the Hugging Face Trainer's progress bars and its
            per-step log dicts (quiet by default; the logs stay in ``metrics.json``).
        resume: Continue from the last checkpoint of an interrupted run of the
            same config (same data order, same final metrics as an uninterrupted run).

    Returns:
        The output directory and its metrics (``summary()`` gives the closing lines).

    Raises:
        qawl.config.ConfigError: Missing files, a changed config on resume, or
            nothing to resume (see :func:`qawl.training.checkpoints.start_run`).
        qawl.data.readers.DataError: Unreadable or inconsistent data.
        TrainingInterrupted: Ctrl-C; a checkpoint was saved to resume from.
        OSError: A pretrained model that cannot be loaded.

    Several processes: ``accelerate launch --num_processes N -m qawl.cli train CONFIG``
    runs the same code data-parallel (DDP; gloo on CPUs): every process trains on
    its share of each batch, the Trainer evaluates across them every epoch, and the
    first process alone runs the final dev/test evaluation and writes the model.

    Example:
        >>> result = train(load_config("configs/ner-tiny.yaml"))   # doctest: +SKIP
        >>> result.output_dir                                       # doctest: +SKIP
        PosixPath('models/ner-tiny')
    """
    from accelerate import PartialState
    from datasets import Dataset
    from transformers import (
        DataCollatorForTokenClassification,
        DataCollatorWithPadding,
        EarlyStoppingCallback,
        PrinterCallback,
        TrainingArguments,
        set_seed,
    )

    check_files(cfg)
    out_dir = cfg.resolved_output_dir()
    checkpoints = out_dir / "checkpoints"
    resume_from = start_run(checkpoints, cfg.to_yaml(), resume)
    set_seed(cfg.seed)
    task = TASKS[cfg.task](cfg)
    splits = task.load_splits()
    labels = task.labels(splits)
    logger.info(
        "%s: %s; labels %s", cfg.run_name, ", ".join(f"{k} {len(v)}" for k, v in splits.items()), labels
    )
    # One process, or one of several under `accelerate launch` (gloo between CPU processes).
    state = PartialState(cpu=not torch.cuda.is_available())
    with state.main_process_first():
        model_cfg = cfg.model if resume_from else _shared_vocabulary(cfg, state, out_dir)
        tokenizer, model = build_model(
            cfg.task, model_cfg, labels, task.training_texts(splits), tokenizer_from=resume_from
        )
        if state.num_processes > 1 and model_cfg is cfg.model and state.is_main_process:
            tokenizer.save_pretrained(out_dir / SHARED_TOKENIZER)
    if cfg.training.freeze_embeddings:
        model.get_input_embeddings().weight.requires_grad_(False)
    ModelSettings.from_experiment(cfg).save_into(model.config)
    label2id = {lab: i for i, lab in enumerate(labels)}
    id2label = dict(enumerate(labels))

    train_rows, _ = task.features(splits["train"], tokenizer, label2id)
    dev_rows, dev_grouped = task.features(splits["dev"], tokenizer, label2id)
    collator = (
        DataCollatorForTokenClassification(tokenizer)
        if cfg.task == "ner"
        else DataCollatorWithPadding(tokenizer)
    )
    t = cfg.training
    precision = _precision(t.precision)
    args = TrainingArguments(
        output_dir=str(checkpoints),
        num_train_epochs=t.epochs,
        max_steps=t.max_steps,
        learning_rate=t.learning_rate,
        per_device_train_batch_size=t.batch_size,
        per_device_eval_batch_size=t.eval_batch_size,
        gradient_accumulation_steps=t.gradient_accumulation_steps,
        warmup_steps=t.warmup_ratio,  # transformers 5 reads a float < 1 as a ratio
        weight_decay=t.weight_decay,
        seed=cfg.seed,
        logging_steps=t.logging_steps,
        eval_strategy="epoch",
        save_strategy="epoch",
        save_total_limit=None,  # the last and the best are kept (qawl.training.checkpoints)
        load_best_model_at_end=True,
        metric_for_best_model=task.metric,
        greater_is_better=True,
        report_to="none",
        dataloader_num_workers=0,
        # Pinned memory only helps a GPU; on a CPU torch warns about it for every loader.
        dataloader_pin_memory=torch.cuda.is_available(),
        disable_tqdm=not verbose,
        log_level="info" if verbose else "warning",
        train_sampling_strategy="group_by_length" if t.group_by_length else "random",
        # Several CPU processes talk over gloo only if the Trainer knows it is on CPUs.
        use_cpu=not torch.cuda.is_available(),
        ddp_find_unused_parameters=False,  # every weight takes part in the loss
        bf16=precision["bf16"],
        fp16=precision["fp16"],
    )
    stopper, *extra = checkpoint_callbacks(t.checkpoint_steps)
    callbacks = [_epoch_logger(task.metric), stopper, *extra]
    if t.early_stopping_patience:
        callbacks.append(EarlyStoppingCallback(early_stopping_patience=t.early_stopping_patience))
    weights = task.class_weights(splits["train"], labels)
    trainer = safe_trainer_class(_trainer_class(weights))(
        model=model,
        args=args,
        train_dataset=Dataset.from_list(train_rows),
        eval_dataset=Dataset.from_list(dev_rows),
        processing_class=tokenizer,
        data_collator=collator,
        compute_metrics=task.metric_fn(splits["dev"], dev_grouped, id2label),
        callbacks=callbacks,
    )
    if not verbose:  # without progress bars the Trainer prints every log dict instead
        trainer.remove_callback(PrinterCallback)
    if resume_from is None and state.is_main_process:
        record_run(checkpoints, cfg.to_yaml())
    start = time.perf_counter()
    with ctrl_c_saves(stopper):
        output = trainer.train(resume_from_checkpoint=str(resume_from) if resume_from else None)
    if stopper.requested:
        saved = list_checkpoints(checkpoints)
        raise TrainingInterrupted(
            saved[-1] if saved else None, trainer.state.global_step, trainer.state.max_steps
        )
    seconds = time.perf_counter() - start
    model = trainer.model
    metrics = {
        "task": cfg.task,
        "labels": labels,
        "train_seconds": round(seconds, 1),
        "device": str(model.device),
        "processes": state.num_processes,
        "precision": "bf16" if precision["bf16"] else "fp16" if precision["fp16"] else "fp32",
        "train_samples_per_second": output.metrics.get("train_samples_per_second"),
        "notes": task.notes,
        "best_checkpoint_metric": {task.metric: trainer.state.best_metric},
        "epochs_run": trainer.state.epoch,
        "history": [h for h in trainer.state.log_history if "eval_loss" in h],
        "data_sha256": _data_digests(cfg),
    }
    if not trainer.is_world_process_zero():
        # Other processes of a multi-process run: the first one evaluates and saves.
        state.wait_for_everyone()
        return TrainResult(out_dir, metrics, main_process=False)
    task.fit_extras(splits, labels)  # the stance model's lexical head, when configured
    headlines = {}
    for split in ("dev", "test"):
        if split in splits:
            scores = task.evaluate(model, tokenizer, splits[split])
            metrics[split] = scores.to_dict()
            headlines[split] = scores.headline()
            logger.info("%s %s", split, headlines[split])
    curve = _learning_curve(metrics, task.metric, out_dir / LEARNING_CURVE, cfg.run_name)
    save_model_dir(model, tokenizer, cfg, metrics, headlines, out_dir, learning_curve=curve)
    task.save_extras(out_dir)
    shutil.rmtree(checkpoints, ignore_errors=True)
    shutil.rmtree(out_dir / SHARED_TOKENIZER, ignore_errors=True)
    logger.info("saved %s", out_dir)
    state.wait_for_everyone()
    return TrainResult(out_dir, metrics)
