"""Copy a `qawl pretrain` output into a folder fit for git: the encoder only, weights in fp16.

    python scripts/ship_encoder.py OUTPUT_DIR encoders/qawl-mini-saudinewsnet

Copies ``config.json``, the tokenizer, the README card, ``pretrain_config.yaml``,
``pretrain_metrics.json``, ``log.jsonl`` and ``loss_curve.png``, and writes
``model.safetensors`` with every floating-point tensor cast to fp16 (half the
size; qawl fine-tunes in fp32, see ``qawl.models.build``). Checkpoints and the
text cache stay behind. Refuses to overwrite an existing folder: a shipped
encoder is committed once.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

KEPT = [
    "config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "README.md",
    "pretrain_config.yaml",
    "pretrain_metrics.json",
    "log.jsonl",
    "loss_curve.png",
]


def ship(src: Path, dst: Path) -> Path:
    """Write the fp16 copy of the encoder in ``src`` into ``dst``; returns ``dst``."""
    import torch
    from safetensors.torch import load_file, save_file

    missing = [name for name in ["model.safetensors", *KEPT] if not (src / name).is_file()]
    if missing:
        raise FileNotFoundError(
            f"{src}: not a finished `qawl pretrain` output (missing {', '.join(missing)})"
        )
    if dst.exists():
        raise FileExistsError(f"{dst} exists: a shipped encoder is written once")
    dst.mkdir(parents=True)
    for name in KEPT:
        shutil.copyfile(src / name, dst / name)
    weights = load_file(str(src / "model.safetensors"))
    half = {k: v.to(torch.float16) if v.is_floating_point() else v for k, v in weights.items()}
    save_file(half, str(dst / "model.safetensors"), metadata={"format": "pt"})
    config = json.loads((dst / "config.json").read_text(encoding="utf-8"))
    config["dtype"] = "float16"
    (dst / "config.json").write_text(
        json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return dst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path, help="a finished `qawl pretrain` output directory")
    parser.add_argument("dst", type=Path, help="the folder to create, e.g. encoders/qawl-mini-saudinewsnet")
    args = parser.parse_args()
    out = ship(args.src, args.dst)
    size = sum(p.stat().st_size for p in out.iterdir()) / 1e6
    print(f"wrote {out} ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
