"""Pretraining checkpoints: atomic folders of safetensors and JSON, no pickles.

A checkpoint is a folder ``checkpoints/step-00001200/`` with

- ``model.safetensors``: the weights (``safetensors.torch.save_model``, which
  stores tied embeddings once);
- ``optimizer.safetensors``: every optimizer state tensor, flattened to
  ``state.<param index>.<name>`` (``exp_avg``, ``exp_avg_sq``, ``step``);
- ``state.json``: the optimizer's ``param_groups`` (hyperparameters and param
  indices), the step, tokens seen, wall time so far and the RNG states (torch CPU
  and CUDA, as byte lists), which together with the step make a resumed run
  continue exactly as an uninterrupted one.

It is written into a temporary folder and renamed into place, so a run killed
mid-write leaves the previous checkpoint as the latest.

Example:
    >>> latest_checkpoint(Path("/nonexistent")) is None
    True
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import torch

_STEP_DIR = re.compile(r"^step-(\d+)$")


def _rng_state() -> dict[str, Any]:
    state = {"torch": torch.get_rng_state().tolist()}
    if torch.cuda.is_available():
        state["cuda"] = [s.tolist() for s in torch.cuda.get_rng_state_all()]
    return state


def _set_rng_state(state: dict[str, Any]) -> None:
    torch.set_rng_state(torch.tensor(state["torch"], dtype=torch.uint8))
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all([torch.tensor(s, dtype=torch.uint8) for s in state["cuda"]])


def _flatten_optimizer(optimizer: torch.optim.Optimizer) -> tuple[dict[str, torch.Tensor], dict]:
    """Optimizer state as named tensors plus a JSON-able remainder."""
    sd = optimizer.state_dict()
    tensors: dict[str, torch.Tensor] = {}
    scalars: dict[str, dict[str, Any]] = {}
    for index, entry in sd["state"].items():
        for name, value in entry.items():
            if isinstance(value, torch.Tensor):
                tensors[f"state.{index}.{name}"] = value.detach().cpu().contiguous()
            else:
                scalars.setdefault(str(index), {})[name] = value
    return tensors, {"param_groups": sd["param_groups"], "scalars": scalars}


def _unflatten_optimizer(tensors: dict[str, torch.Tensor], meta: dict) -> dict:
    state: dict[int, dict[str, Any]] = {}
    for key, value in tensors.items():
        _, index, name = key.split(".", 2)
        state.setdefault(int(index), {})[name] = value
    for index, extra in meta["scalars"].items():
        state.setdefault(int(index), {}).update(extra)
    return {"state": state, "param_groups": meta["param_groups"]}


def save_checkpoint(
    root: Path, model: Any, optimizer: torch.optim.Optimizer, step: int, info: dict[str, Any], keep: int
) -> Path:
    """Write a checkpoint atomically and delete all but the newest ``keep``.

    Args:
        root: The ``checkpoints`` folder.
        model: The model (its weights are saved).
        optimizer: Its optimizer (state tensors and param groups are saved).
        step: Optimizer steps done; names the folder.
        info: JSON-able run facts (tokens seen, wall time, losses…), returned
            by :func:`load_checkpoint`.
        keep: How many checkpoints to keep.

    Returns:
        The checkpoint folder.
    """
    from safetensors.torch import save_file, save_model

    root.mkdir(parents=True, exist_ok=True)
    final = root / f"step-{step:08d}"
    tmp = root / f".tmp-step-{step:08d}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    save_model(model, str(tmp / "model.safetensors"))
    tensors, meta = _flatten_optimizer(optimizer)
    save_file(tensors, str(tmp / "optimizer.safetensors"))
    state = {"step": step, "info": info, "optimizer": meta, "rng": _rng_state()}
    (tmp / "state.json").write_text(json.dumps(state), encoding="utf-8")
    if final.exists():  # the same step saved again (a rerun): replace it
        shutil.rmtree(final)
    tmp.rename(final)
    for old in list_checkpoints(root)[:-keep]:
        shutil.rmtree(old, ignore_errors=True)
    return final


def list_checkpoints(root: Path) -> list[Path]:
    """Finished checkpoint folders under ``root``, oldest first."""
    if not root.is_dir():
        return []
    found = [(int(m.group(1)), p) for p in root.iterdir() if p.is_dir() and (m := _STEP_DIR.match(p.name))]
    return [p for _, p in sorted(found)]


def latest_checkpoint(root: Path) -> Path | None:
    """The newest finished checkpoint under ``root``, or None."""
    found = list_checkpoints(root)
    return found[-1] if found else None


def load_checkpoint(path: Path, model: Any, optimizer: torch.optim.Optimizer) -> dict[str, Any]:
    """Restore weights, optimizer state and RNG states from a checkpoint.

    Args:
        path: A checkpoint folder.
        model: A model of the same shape (weights are loaded in place).
        optimizer: Its optimizer, built with the same parameter groups.

    Returns:
        ``{"step": ..., "info": ...}`` as saved.

    Raises:
        ValueError: Weights that do not fit the model (the sizes changed).
    """
    from safetensors.torch import load_file, load_model

    missing, unexpected = load_model(model, str(path / "model.safetensors"), strict=False)
    if missing or unexpected:
        raise ValueError(
            f"{path}: checkpoint does not match the model (missing {missing[:3]}, "
            f"unexpected {unexpected[:3]}); were model sizes changed?"
        )
    state = json.loads((path / "state.json").read_text(encoding="utf-8"))
    tensors = load_file(str(path / "optimizer.safetensors"))
    optimizer.load_state_dict(_unflatten_optimizer(tensors, state["optimizer"]))
    _set_rng_state(state["rng"])
    return {"step": state["step"], "info": state["info"]}
