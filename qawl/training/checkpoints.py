"""Checkpoints that survive faults: atomic writes, resume, and Ctrl-C that saves.

Training writes checkpoints under ``<output_dir>/checkpoints`` at the end of every
epoch and, with ``training.checkpoint_steps: N``, every N optimizer steps. What
this module guarantees:

- **Atomic checkpoints.** Each is written whole into ``checkpoints/.staging/`` and
  then renamed to ``checkpoint-<step>`` (one ``rename``, atomic on POSIX). Old
  checkpoints are renamed to ``.trash-…`` before they are deleted. So a kill at
  any moment (SIGKILL, power cut of the process) leaves every ``checkpoint-<step>``
  complete: the previous one, or the new one.
- **Resume.** ``train(cfg, resume=True)`` (``qawl train CONFIG --resume``) continues
  from the last checkpoint with its weights, optimizer, scheduler, RNG states and
  position in the data, so it reaches the metrics an uninterrupted run reaches.
  The run's resolved config is kept as ``checkpoints/run_config.yaml``; resuming
  with a changed config is refused, naming the keys that changed. Starting a fresh
  run over the checkpoints of an interrupted one is refused too (resume it, or
  delete the folder).
- **Ctrl-C.** The first Ctrl-C asks the Trainer to save a checkpoint at the end of
  the current step and stop; :class:`TrainingInterrupted` then says how to resume.
  A second Ctrl-C stops at once.

What is pickled: the model weights of a checkpoint are safetensors; the optimizer,
scheduler and RNG states are ``torch.save`` files written by transformers and read
back with ``torch.load(weights_only=True)``, which loads tensors and plain
containers only, never arbitrary objects.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from qawl.config.base import ConfigError

logger = logging.getLogger(__name__)

STAGING = ".staging"
RUN_CONFIG = "run_config.yaml"
_CHECKPOINT_RE = re.compile(r"^checkpoint-(\d+)$")


class TrainingInterrupted(Exception):  # noqa: N818 (a stop the user asked for, not an error)
    """Training stopped on Ctrl-C after saving a checkpoint.

    Attributes:
        checkpoint: The last checkpoint (None if the run had saved none).
        step: The optimizer step it stopped at.
    """

    def __init__(self, checkpoint: Path | None, step: int, max_steps: int):
        self.checkpoint = checkpoint
        self.step = step
        saved = f"checkpoint saved in {checkpoint}" if checkpoint else "no checkpoint was saved"
        super().__init__(
            f"interrupted at step {step} of {max_steps}; {saved}. Continue with the same command and --resume"
        )


def list_checkpoints(folder: Path) -> list[Path]:
    """The complete checkpoints in a folder, oldest step first (staging and trash ignored)."""
    if not folder.is_dir():
        return []
    found = [
        (int(m.group(1)), p) for p in folder.iterdir() if p.is_dir() and (m := _CHECKPOINT_RE.match(p.name))
    ]
    return [p for _, p in sorted(found)]


def _discard(path: Path) -> None:
    """Delete a checkpoint so that a kill half-way leaves no broken ``checkpoint-<step>``."""
    trash = path.with_name(f".trash-{path.name}")
    shutil.rmtree(trash, ignore_errors=True)
    os.replace(path, trash)
    shutil.rmtree(trash, ignore_errors=True)


def _clean_leftovers(folder: Path) -> None:
    """Remove what a killed run left half-written (staging) or half-deleted (trash)."""
    if folder.is_dir():
        for path in folder.iterdir():
            if path.name == STAGING or path.name.startswith(".trash-"):
                shutil.rmtree(path, ignore_errors=True)


def _flatten(node: Any, prefix: str = "") -> dict[str, Any]:
    if not isinstance(node, dict):
        return {prefix: node}
    out: dict[str, Any] = {}
    for key, value in node.items():
        out.update(_flatten(value, f"{prefix}.{key}" if prefix else str(key)))
    return out


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def start_run(folder: Path, resolved_config: str, resume: bool) -> Path | None:
    """Prepare the checkpoint folder before training; return the checkpoint to resume from.

    Args:
        folder: ``<output_dir>/checkpoints``.
        resolved_config: The run's config as YAML (``cfg.to_yaml()``).
        resume: Continue the last checkpoint instead of starting afresh.

    Returns:
        The checkpoint to resume from, or None for a fresh run.

    Raises:
        ConfigError: ``resume`` without a checkpoint, a config that changed since
            the interrupted run (the keys are named), or a fresh start over an
            interrupted run's checkpoints.

    A fresh run's config is recorded by :func:`record_run` once its data and model
    are ready, just before training.
    """
    saved = folder / RUN_CONFIG
    checkpoints = list_checkpoints(folder)
    if resume:
        if not checkpoints:
            raise ConfigError(
                f"--resume: no checkpoint in {folder} to continue (checkpoints are written at the end of "
                "each epoch, and every training.checkpoint_steps steps); start the run without --resume"
            )
        if saved.is_file() and saved.read_text(encoding="utf-8") != resolved_config:
            before = _flatten(yaml.safe_load(saved.read_text(encoding="utf-8")))
            now = _flatten(yaml.safe_load(resolved_config))
            changed = [
                f"  {key}: {before.get(key)!r} -> {now.get(key)!r}"
                for key in sorted(set(before) | set(now))
                if before.get(key) != now.get(key)
            ]
            raise ConfigError(
                f"--resume: the config differs from the interrupted run's ({saved}):\n"
                + "\n".join(changed)
                + "\nresume with the same config, or start afresh after deleting the checkpoints"
            )
        _clean_leftovers(folder)
        logger.info("resuming from %s", checkpoints[-1])
        return checkpoints[-1]
    if checkpoints:
        raise ConfigError(
            f"{folder} holds checkpoints of an interrupted run (last: {checkpoints[-1].name}): continue "
            f"it with --resume, or delete {folder} to start afresh"
        )
    _clean_leftovers(folder)
    return None


def record_run(folder: Path, resolved_config: str) -> None:
    """Keep a fresh run's config beside its checkpoints, for ``--resume`` to compare with."""
    folder.mkdir(parents=True, exist_ok=True)
    _write_atomically(folder / RUN_CONFIG, resolved_config)


def safe_trainer_class(base: type) -> type:
    """A subclass of a ``transformers.Trainer`` class whose checkpoints are atomic.

    The Trainer writes a checkpoint into ``<checkpoints>/.staging`` (its output
    directory is redirected there while it saves), the trainer state is pointed at
    the final path, and the folder is renamed into place. Rotation keeps the last
    checkpoint and the best one (by the dev metric); others are discarded
    rename-first. A multi-process run (``accelerate launch``) saves the Trainer's
    own way, not atomically.
    """

    class AtomicCheckpointTrainer(base):
        _staging: Path | None = None

        def _get_output_dir(self, trial):
            if self._staging is not None:
                return str(self._staging)
            return super()._get_output_dir(trial)

        def _save_checkpoint(self, model, trial):
            if self.args.world_size > 1:
                # Several processes (accelerate launch) each write their part of one checkpoint
                # (the first the weights, every one its RNG state): one staging folder renamed
                # by one process would race with the others, so they save the Trainer's way.
                return super()._save_checkpoint(model, trial)
            run_dir = Path(super()._get_output_dir(trial))
            staging = run_dir / STAGING
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir(parents=True)
            self._staging = staging
            try:
                super()._save_checkpoint(model, trial)
            finally:
                self._staging = None
            name = f"checkpoint-{self.state.global_step}"
            written, final = staging / name, run_dir / name
            best = self.state.best_model_checkpoint
            if best and Path(best).parent == staging:
                # The Trainer recorded the staging path: point it (and the saved state) at the final one.
                self.state.best_model_checkpoint = str(final)
                self.state.save_to_json(str(written / "trainer_state.json"))
            if final.exists():  # the same step saved twice (a step checkpoint at an epoch end)
                _discard(final)
            os.replace(written, final)
            shutil.rmtree(staging, ignore_errors=True)
            keep = {final}
            if self.state.best_model_checkpoint:
                keep.add(Path(self.state.best_model_checkpoint))
            for old in list_checkpoints(run_dir):
                if old not in keep:
                    _discard(old)

    return AtomicCheckpointTrainer


def checkpoint_callbacks(every: int | None) -> tuple[Any, ...]:
    """The callbacks of a fault-tolerant run: ``(stop on Ctrl-C, save every N steps?)``."""
    from transformers import TrainerCallback

    class StopOnInterrupt(TrainerCallback):
        """After Ctrl-C: save at the end of this step and stop, without another evaluation."""

        requested = False

        def on_step_end(self, args, state, control, **kwargs):
            if self.requested:
                control.should_save = True
                control.should_training_stop = True

        def on_epoch_end(self, args, state, control, **kwargs):
            if self.requested:  # already saved at the step; an extra dev evaluation would
                control.should_evaluate = False  # change which checkpoint is best
                control.should_save = False

    class SaveEverySteps(TrainerCallback):
        """A checkpoint every N optimizer steps (``training.checkpoint_steps``)."""

        def on_step_end(self, args, state, control, **kwargs):
            if every and state.global_step % every == 0:
                control.should_save = True

    return (StopOnInterrupt(), SaveEverySteps()) if every else (StopOnInterrupt(),)


@contextlib.contextmanager
def ctrl_c_saves(stopper: Any) -> Iterator[None]:
    """While training: the first Ctrl-C asks ``stopper`` to save and stop; a second stops at once.

    Only the main thread can take signals; elsewhere this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_sigint(signum, frame):
        if stopper.requested:
            raise KeyboardInterrupt
        stopper.requested = True
        logger.warning(
            "Ctrl-C: saving a checkpoint at the end of this step, then stopping "
            "(press Ctrl-C again to stop at once, without saving)"
        )

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
