"""``pretrain(cfg)``: a small Arabic BERT pretrained with masked-language modelling.

Reads top to bottom: raw text + shipped corpus → normalized words (cached) →
WordPiece tokenizer (trained once, cached) → one stream of pieces (cached ``.npy``)
→ packed windows → optional word2vec warm start → AdamW over whole-word-masked
windows, the LM head only at masked positions → checkpoints, ``log.jsonl`` and
``loss_curve.png`` on the way → a plain ``BertForMaskedLM`` directory that
``model.pretrained`` accepts like AraBERT.

Everything a step does is a function of ``(seed, step)`` and the restored
weights, optimizer and RNG state: which windows (``PackedStream.order``), which
pieces are masked (a generator seeded per step), the learning rate (a function of
the step). So ``--resume`` continues exactly where an uninterrupted run would be.

On a GPU the same code runs with bf16 autocast (``training.bf16: auto``) and, by
default, a compiled encoder; on CPU it runs fp32 with ``training.threads`` threads.
"""

from __future__ import annotations

import json
import logging
import math
import os
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from qawl.config.base import ConfigError
from qawl.config.pretrain import PretrainConfig
from qawl.config.settings import ModelSettings
from qawl.data.packing import PackedStream
from qawl.models.mlm import build_encoder, mask_tokens, masked_lm_loss, set_input_embeddings
from qawl.training.checkpoint import latest_checkpoint, load_checkpoint, save_checkpoint
from qawl.training.pretrain_data import prepare_pretraining_data, tokenizer_digest
from qawl.training.pretrain_report import plot_loss_curve, write_card

logger = logging.getLogger(__name__)

# Settings a resumed run may change: they do not alter what a step computes.
RESUMABLE_CHANGES = {
    "training.max_steps",
    "training.epochs",
    "training.checkpoint_every",
    "training.keep_checkpoints",
    "training.log_every",
    "training.threads",
    "training.compile",
    "run_name",
    "output_dir",
}
VALIDATION_WINDOWS = 256  # at most this many held-out windows are scored per checkpoint


@dataclass
class PretrainResult:
    """What a run produced.

    Attributes:
        output_dir: The encoder directory.
        steps: Optimizer steps done.
        tokens_seen: Window tokens processed (``[CLS]``/``[SEP]`` included).
        final_loss: Mean training loss over the last logged interval.
        seconds: Training wall time, summed over resumed sessions.
    """

    output_dir: Path
    steps: int
    tokens_seen: int
    final_loss: float
    seconds: float


def _flat(d: dict, prefix: str = "") -> dict:
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out.update(_flat(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


def _check_resume(cfg: PretrainConfig, out: Path, resume: bool) -> None:
    """Refuse to overwrite a run by accident, or to resume it with a different recipe."""
    import yaml

    saved = out / "pretrain_config.yaml"
    has_checkpoint = latest_checkpoint(out / "checkpoints") is not None
    if has_checkpoint and not resume:
        raise ConfigError(
            f"{out} holds checkpoints of an earlier run: pass --resume to continue "
            "it, or set output_dir (or run_name) to start a new one"
        )
    if resume and has_checkpoint and saved.is_file():
        before = _flat(yaml.safe_load(saved.read_text(encoding="utf-8")))
        now = _flat(cfg.model_dump(mode="json"))
        changed = sorted(
            k
            for k in before.keys() | now.keys()
            if before.get(k) != now.get(k) and k not in RESUMABLE_CHANGES
        )
        if changed:
            raise ConfigError(
                f"--resume: {', '.join(changed)} differ from {saved}; a resumed "
                "run must use the recipe it started with (only "
                f"{', '.join(sorted(RESUMABLE_CHANGES))} may change)"
            )


def _optimizer(model, cfg: PretrainConfig) -> torch.optim.AdamW:
    """AdamW; biases and LayerNorm weights are not decayed (BERT's recipe)."""
    decay: list[torch.nn.Parameter] = []
    no_decay: list[torch.nn.Parameter] = []
    for p in model.parameters():
        (no_decay if p.ndim < 2 else decay).append(p)
    return torch.optim.AdamW(
        [
            {"params": decay, "weight_decay": cfg.training.weight_decay},
            {"params": no_decay, "weight_decay": 0.0},
        ],
        lr=cfg.training.learning_rate,
        betas=(0.9, 0.98),
        eps=1e-6,
    )


def learning_rate(step: int, total: int, cfg: PretrainConfig) -> float:
    """Linear warmup to the peak, then linear decay to zero: a function of the step alone.

    Example:
        >>> from qawl.config.pretrain import load_pretrain_config
        >>> cfg = load_pretrain_config("configs/pretrain-tiny.yaml", ["training.warmup=10"])
        >>> [round(learning_rate(s, 110, cfg) / cfg.training.learning_rate, 2) for s in (0, 9, 60)]
        [0.1, 1.0, 0.5]
    """
    t = cfg.training
    warm = t.warmup * total if t.warmup < 1 else t.warmup
    if step < warm:
        # min: a warmup shorter than one step (0.06 of a 4-step smoke run) must not overshoot.
        return t.learning_rate * min(1.0, (step + 1) / warm)
    return t.learning_rate * max(0.0, (total - step) / max(1.0, total - warm))


def _masks(
    cfg: PretrainConfig, ids: np.ndarray, starts: np.ndarray, tokenizer, seed: list[int], device
) -> tuple[torch.Tensor, torch.Tensor]:
    """Mask one batch with a generator seeded by ``seed``: masks depend on nothing else."""
    ids_t, starts_t = torch.from_numpy(ids), torch.from_numpy(starts)
    special = (
        (ids_t == tokenizer.cls_token_id)
        | (ids_t == tokenizer.sep_token_id)
        | (ids_t == tokenizer.pad_token_id)
    )
    g = torch.Generator().manual_seed(int(np.random.SeedSequence(seed).generate_state(1)[0]))
    masked, labels = mask_tokens(
        ids_t,
        starts_t,
        special,
        len(tokenizer),
        tokenizer.mask_token_id,
        cfg.mlm.mask_probability,
        cfg.mlm.whole_word_masking,
        g,
    )
    return masked.to(device), labels.to(device)


@torch.no_grad()
def _validation_loss(model, encoder, held: PackedStream, cfg, tokenizer, device, autocast) -> float:
    """Mean MLM loss on the held-out windows, with fixed masks (comparable across checkpoints)."""
    model.eval()
    n = min(held.n_windows, VALIDATION_WINDOWS)
    losses, weights = [], []
    for first in range(0, n, cfg.training.batch_size):
        positions = range(first, min(n, first + cfg.training.batch_size))
        ids, starts = held.windows(cfg.seed, 0, positions=positions)
        masked, labels = _masks(cfg, ids, starts, tokenizer, [cfg.seed, 2, first], device)
        with autocast():
            loss = masked_lm_loss(model, masked, labels, encoder=encoder)
        losses.append(float(loss))
        weights.append(int((labels != -100).sum()))
    model.train()
    return float(np.average(losses, weights=weights))


def _start_or_resume(
    cfg: PretrainConfig, out: Path, model, optimizer, resume: bool, tokenizer, train_ids: np.ndarray
) -> tuple[int, dict]:
    """Load the newest checkpoint (``resume``), or start: an empty log, the warm start.

    Returns:
        ``(step, info)``: optimizer steps done and the run facts carried in checkpoints.

    Raises:
        ConfigError: The checkpoint was trained with another tokenizer.
    """
    t = cfg.training
    vocab_digest = tokenizer_digest(tokenizer)
    checkpoint = latest_checkpoint(out / "checkpoints") if resume else None
    log_path = out / "log.jsonl"
    if checkpoint is not None:
        state = load_checkpoint(checkpoint, model, optimizer)
        step, info = state["step"], state["info"]
        if info.get("tokenizer_sha256") != vocab_digest:
            # A retrained vocabulary can differ in a few pieces yet have the same size:
            # the weights would load and silently mean other pieces.
            raise ConfigError(
                f"{checkpoint} was trained with another tokenizer than "
                f"{out / 'cache' / 'tokenizer'} (was the cache deleted?); restore it "
                "or set tokenizer.path to the tokenizer of the run"
            )
        logger.info("resumed from %s (step %d)", checkpoint, step)
        # Drop log lines written after that checkpoint: they will be written again.
        lines = log_path.read_text(encoding="utf-8").splitlines() if log_path.is_file() else []
        log_path.write_text(
            "".join(line + "\n" for line in lines if json.loads(line)["step"] <= step), encoding="utf-8"
        )
    else:
        step, info = (
            0,
            {
                "tokenizer_sha256": vocab_digest,
                "tokens_seen": 0,
                "seconds": 0.0,
                "loss": float("nan"),
                "validation_loss": None,
                "warm_started_rows": 0,
            },
        )
        log_path.write_text("", encoding="utf-8")
        if cfg.warm_start.word2vec:
            from qawl.training.word2vec import train_piece_vectors

            began = time.perf_counter()
            vectors, known = train_piece_vectors(
                np.asarray(train_ids),
                tokenizer.sep_token_id,
                len(tokenizer),
                cfg.model.hidden_size,
                cfg.warm_start,
                cfg.seed,
                t.threads or os.cpu_count() or 1,
            )
            info["warm_started_rows"] = set_input_embeddings(model, vectors, known)
            info["word2vec_seconds"] = round(time.perf_counter() - began, 1)
    return step, info


def pretrain(cfg: PretrainConfig, resume: bool = False) -> PretrainResult:
    """Pretrain a BERT encoder with masked-language modelling, as the config says.

    Args:
        cfg: A validated config (:func:`qawl.config.pretrain.load_pretrain_config`).
        resume: Continue from the newest checkpoint in the output directory (start
            fresh if there is none).

    Returns:
        Where the encoder is, and how much it saw.

    Raises:
        ConfigError: Checkpoints exist but ``resume`` is off, or the resumed
            run's recipe differs from the saved one.
        FileNotFoundError: Raw-text files or globs that match nothing.
        ValueError: Too little text for one batch.
        ImportError: ``warm_start.word2vec`` without gensim.

    Example:
        >>> cfg = load_pretrain_config("configs/pretrain-tiny.yaml")     # doctest: +SKIP
        >>> pretrain(cfg).output_dir                                     # doctest: +SKIP
        PosixPath('models/pretrain-tiny')
    """
    threads = torch.get_num_threads()
    if cfg.training.threads:
        torch.set_num_threads(cfg.training.threads)
    try:
        return _pretrain(cfg, resume)
    finally:
        torch.set_num_threads(threads)  # a library call leaves the process as it found it


def _pretrain(cfg: PretrainConfig, resume: bool) -> PretrainResult:
    """The body of :func:`pretrain`, which sets and restores the thread count around it."""
    from tqdm import tqdm

    t = cfg.training
    out = cfg.resolved_output_dir()
    out.mkdir(parents=True, exist_ok=True)
    _check_resume(cfg, out, resume)
    (out / "pretrain_config.yaml").write_text(cfg.to_yaml(), encoding="utf-8")
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    use_bf16 = t.bf16 is True or (
        t.bf16 == "auto" and device.type == "cuda" and torch.cuda.is_bf16_supported()
    )

    def autocast():
        return torch.autocast(device.type, dtype=torch.bfloat16, enabled=use_bf16)

    # Text → tokenizer → piece streams, each cached in out/cache and reused while unchanged.
    data = prepare_pretraining_data(cfg, out)
    tokenizer, train_ids, held_arrays = data.tokenizer, data.train_ids, data.held
    L = cfg.model.max_length
    stream = PackedStream(train_ids, data.train_starts, L, tokenizer.cls_token_id, tokenizer.sep_token_id)
    held = (
        PackedStream(*held_arrays, L, tokenizer.cls_token_id, tokenizer.sep_token_id, shift=False)
        if held_arrays is not None and len(held_arrays[0]) >= L
        else None
    )
    per_step = t.batch_size * t.gradient_accumulation
    steps_per_epoch = stream.n_windows // per_step
    if steps_per_epoch < 1:
        raise ValueError(
            f"{stream.n_windows} windows of {L} pieces are fewer than one step "
            f"({t.batch_size} × {t.gradient_accumulation}): add text or lower "
            "training.batch_size / model.max_length"
        )
    limits = ([t.max_steps] if t.max_steps else []) + (
        [math.ceil(t.epochs * steps_per_epoch)] if t.epochs else []
    )
    total = min(limits)  # the config requires at least one
    logger.info(
        "%d windows of %d, %d steps per epoch, %d steps (%.2f epochs) on %s%s",
        stream.n_windows,
        L,
        steps_per_epoch,
        total,
        total / steps_per_epoch,
        device,
        " with bf16" if use_bf16 else "",
    )

    torch.manual_seed(cfg.seed)
    model = build_encoder(cfg.model, len(tokenizer), tokenizer.pad_token_id, t.dropout).to(device)
    optimizer = _optimizer(model, cfg)
    log_path = out / "log.jsonl"
    step, info = _start_or_resume(cfg, out, model, optimizer, resume, tokenizer, train_ids)
    encoder = (
        torch.compile(model.bert)
        if (t.compile is True or (t.compile == "auto" and device.type == "cuda"))
        else None
    )

    model.train()
    tokens_seen, seconds = info["tokens_seen"], info["seconds"]
    interval_losses: list[float] = []
    interval_tokens, interval_start = 0, time.perf_counter()
    session_start = time.perf_counter() - seconds
    bar = tqdm(
        total=total,
        initial=step,
        unit="step",
        file=sys.stderr,
        dynamic_ncols=True,
        mininterval=1 if sys.stderr.isatty() else 60,
        desc=cfg.run_name,
    )
    with open(log_path, "a", encoding="utf-8") as log:
        while step < total:
            epoch, within = divmod(step, steps_per_epoch)
            for p in optimizer.param_groups:
                p["lr"] = learning_rate(step, total, cfg)
            step_loss = 0.0
            for micro in range(t.gradient_accumulation):
                first = (within * t.gradient_accumulation + micro) * t.batch_size
                ids, starts = stream.windows(cfg.seed, epoch, range(first, first + t.batch_size))
                masked, labels = _masks(cfg, ids, starts, tokenizer, [cfg.seed, 1, step, micro], device)
                with autocast():
                    loss = masked_lm_loss(model, masked, labels, encoder=encoder)
                (loss / t.gradient_accumulation).backward()
                step_loss += float(loss.detach()) / t.gradient_accumulation
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            tokens_seen += per_step * L
            interval_tokens += per_step * L
            interval_losses.append(step_loss)
            bar.update(1)
            if step % t.log_every == 0 or step == total:
                now = time.perf_counter()
                info["loss"] = float(np.mean(interval_losses))
                rate = interval_tokens / max(now - interval_start, 1e-9)
                record = {
                    "step": step,
                    "epoch": round(step / steps_per_epoch, 4),
                    "tokens": tokens_seen,
                    "loss": round(info["loss"], 5),
                    "lr": optimizer.param_groups[0]["lr"],
                    "tokens_per_s": round(rate, 1),
                    "elapsed_s": round(now - session_start, 1),
                }
                log.write(json.dumps(record) + "\n")
                log.flush()
                bar.set_postfix(loss=f"{info['loss']:.3f}", tok_s=f"{rate:.0f}")
                interval_losses, interval_tokens, interval_start = [], 0, now
            if step % t.checkpoint_every == 0 or step == total:
                if held is not None:
                    info["validation_loss"] = _validation_loss(
                        model, encoder, held, cfg, tokenizer, device, autocast
                    )
                    log.write(
                        json.dumps(
                            {
                                "step": step,
                                "tokens": tokens_seen,
                                "validation_loss": round(info["validation_loss"], 5),
                            }
                        )
                        + "\n"
                    )
                    log.flush()
                info.update(tokens_seen=tokens_seen, seconds=round(time.perf_counter() - session_start, 1))
                saved = save_checkpoint(out / "checkpoints", model, optimizer, step, info, t.keep_checkpoints)
                logger.info(
                    "step %d/%d, %.1fM tokens, loss %.3f, held-out %s: %s",
                    step,
                    total,
                    tokens_seen / 1e6,
                    info["loss"],
                    "n/a" if held is None else f"{info['validation_loss']:.3f}",
                    saved,
                )
                plot_loss_curve(log_path, out / "loss_curve.png", cfg.run_name)
    bar.close()
    seconds = time.perf_counter() - session_start
    info.update(
        tokens_seen=tokens_seen,
        seconds=round(seconds, 1),
        steps=step,
        epochs=round(step / steps_per_epoch, 3),
        device=str(device),
        hardware=_hardware(device),
        bf16=use_bf16,
        training_pieces=len(train_ids),
        raw_documents=data.raw_documents,
        vocab_size=len(tokenizer),
    )
    _save_encoder(cfg, model, tokenizer, info, out)
    return PretrainResult(out, step, tokens_seen, float(info["loss"]), seconds)


def _hardware(device: torch.device) -> str:
    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    cpu = platform.processor() or platform.machine()
    try:  # Linux names the CPU model here; platform.processor() is often empty
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"CPU {cpu} ({os.cpu_count()} cores), {torch.get_num_threads()} torch threads"


def _save_encoder(cfg: PretrainConfig, model, tokenizer, info: dict, out: Path) -> None:
    """The final directory: weights, tokenizer, qawl settings, resolved config, card."""
    model.config.architectures = ["BertForMaskedLM"]
    # Fine-tuning gets model.dropout, whatever dropout pretraining ran with.
    model.config.hidden_dropout_prob = cfg.model.dropout
    model.config.attention_probs_dropout_prob = cfg.model.dropout
    ModelSettings(task=None, normalizer=cfg.normalizer, max_length=cfg.model.max_length).save_into(
        model.config
    )
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    (out / "pretrain_metrics.json").write_text(json.dumps(info, indent=2, default=str), encoding="utf-8")
    write_card(cfg, info, out / "README.md")
    plot_loss_curve(out / "log.jsonl", out / "loss_curve.png", cfg.run_name)
    logger.info(
        "encoder saved to %s (%d steps, %.1fM tokens, loss %.3f)",
        out,
        info["steps"],
        info["tokens_seen"] / 1e6,
        info["loss"],
    )
