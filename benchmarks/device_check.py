"""Checks and timings for a lent GPU machine, in one run (issue #10).

    QAWL_SHARED_DATA=DIR python benchmarks/device_check.py --out OUT [--budget-s 480]

A GPU is lent to some sessions only, for minutes, so everything that needs one
runs from this one script, step by step, each step guarded (a failure is recorded
with its traceback and the next step runs) and skipped when the time budget is
spent:

1. **env**: the GPU, the CPU's vector extensions (AVX-512 VNNI, AMX: what int8
   and bf16 need), the versions of torch, transformers and ONNX Runtime;
2. **train**: ``configs/ner-tiny.yaml`` fine-tuned on the GPU in fp32 and in
   bf16 (``training.precision``): samples/s, minutes, dev and test micro-F1;
   then the bf16 model's answers on the GPU and on the CPU (``qawl.load(device=)``),
   and ``qawl analyze --device cuda`` and ``qawl predict --device cuda`` through the CLI;
3. **gpu**: the AraBERT-shaped bundle of ``speed.py`` (12 layers, hidden 768,
   the 64,000-entry vocabulary, random weights) on the GPU, qawl (defaults,
   packing, bf16) against baselines A and B (:func:`speed.throughput` with
   ``device="cuda"``), and the plain path's answers on the CPU compared with the GPU's;
4. **cpu**: the same bundle on this machine's CPU cores: torch with oneDNN and with
   MKL linear layers, bf16 (AMX), ONNX Runtime fp32 and int8 against baseline B.

Writes ``OUT/device.json`` (each step's result or error) and prints a summary;
copy it to ``benchmarks/results/device.json`` and ``python benchmarks/report.py``
renders it into RESULTS.md. ``QAWL_SHARED_DATA`` must hold
``arabert-v2-tokenizer/`` (and, for the mixed inputs, ``anercorp/test.txt`` and
``saudinewsnet/more.txt``). ``--device cpu --quick`` dry-runs the script on a
machine without a GPU (tiny counts; nothing is recorded as a GPU result).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
import speed  # noqa: E402
from common import machine  # noqa: E402

PLAIN = speed.QAWL_VARIANTS[0][2]  # qawl plain's load options: every speed option off


def env(device: str) -> dict:
    """What the machine is: GPU, CPU flags that decide int8/bf16 speed, library versions."""
    import importlib.metadata as md

    import torch

    flags: set[str] = set()
    model = platform.processor()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("flags") and not flags:
                flags = set(line.split(":", 1)[1].split())
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
    out = {
        "machine": machine(device),
        "cpu": model,
        "cpu_flags": sorted(f for f in flags if f.startswith(("avx512", "amx", "avx2", "avx_vnni"))),
        "python": platform.python_version(),
        "cuda": torch.cuda.is_available(),
    }
    for name in ("torch", "transformers", "accelerate", "onnxruntime", "onnx"):
        try:
            out[name] = md.version(name)
        except md.PackageNotFoundError:
            out[name] = None
    if torch.cuda.is_available():
        out["gpu"] = torch.cuda.get_device_name(0)
        out["gpu_bf16"] = torch.cuda.is_bf16_supported()
        out["gpu_memory_gib"] = round(torch.cuda.get_device_properties(0).total_memory / 2**30, 1)
    return out


def answers_on(bundle: Path, inputs: Path, device: str, out: Path) -> dict:
    """One speed worker: qawl's plain path on ``device``; its row (answers go to ``out``)."""
    spec = {
        "name": f"qawl plain ({device})",
        "kind": "qawl",
        "bundle": str(bundle),
        "inputs": str(inputs),
        "options": {**PLAIN, "device": device},
        "answers": str(out),
    }
    return speed.run_worker(spec)


def train_step(device: str, quick: bool, work: Path) -> dict:
    """configs/ner-tiny.yaml in fp32 and bf16 on ``device``; answers GPU vs CPU; the CLI."""
    from qawl.config import load_config
    from qawl.training.trainer import train

    runs = []
    precisions = ("fp32", "bf16") if device.startswith("cuda") else ("fp32",)
    for precision in precisions:
        out = work / f"ner-tiny-{precision}"
        # The Trainer takes the GPU when torch sees one (no device key in the config).
        sets = [f"training.precision={precision}", f"output_dir={out}"]
        if quick:
            sets += ["training.epochs=1", "training.mention_replacement=0"]
        began = time.perf_counter()
        m = train(load_config(ROOT / "configs" / "ner-tiny.yaml", sets)).metrics
        runs.append(
            {
                "precision": m["precision"],
                "device": m["device"],
                "samples_per_s": m["train_samples_per_second"],
                "train_minutes": round(m["train_seconds"] / 60, 2),
                "wall_minutes": round((time.perf_counter() - began) / 60, 2),
                "epochs": m["epochs_run"],
                "best_dev_f1": round(m["best_checkpoint_metric"]["f1"], 4),
                "test_f1": round(m["test"]["default"]["micro"]["f1"], 4),
            }
        )
        print(f"[train] {runs[-1]}", flush=True)
    model = work / f"ner-tiny-{precisions[-1]}"
    inputs = work / "inputs.jsonl"
    speed.build_inputs(16 if quick else 200, inputs)
    rows = {
        d: answers_on(model, inputs, d, work / f"answers-{d}.json") for d in dict.fromkeys((device, "cpu"))
    }
    same = speed.compare_answers(work / f"answers-{device}.json", work / "answers-cpu.json")
    cli = {}
    env_ = {**os.environ, "PYTHONPATH": speed.child_path(), "HF_HUB_OFFLINE": "1"}
    for name, argv in (
        (
            "analyze",
            [
                "analyze",
                "--model",
                str(model),
                "--device",
                device,
                "--format",
                "json",
                "examples/article.txt",
            ],
        ),
        ("predict", ["predict", str(model), "--device", device, "قال الرئيس فلاديمير بوتين في موسكو"]),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "qawl.cli", *argv], cwd=ROOT, env=env_, capture_output=True, text=True
        )
        cli[name] = {
            "rc": done.returncode,
            "stdout_head": done.stdout[:600],
            "stderr_tail": done.stderr[-600:],
        }
    return {"runs": runs, "model": str(model), "answers": rows, "same_answers_vs_cpu": same, "cli": cli}


def gpu_step(device: str, n: int, compared: int) -> dict:
    """The AraBERT-shaped bundle on ``device``: qawl against the baselines; the plain
    path's answers on the first ``compared`` articles against the CPU's."""
    bundle = speed.arabert_bundle(onnx=False)
    variants = {"qawl default", "qawl + pack", "qawl bf16", "baseline A"}
    run = speed.throughput("arabert-shaped", bundle, n, variants, device)
    work = speed.work_dir("arabert-shaped", device)
    # The CPU is slow on a model this size: compare a prefix of the inputs.
    lines = (work / "inputs.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)[:compared]
    (work / "inputs-compared.jsonl").write_text("".join(lines), encoding="utf-8")
    on_gpu = json.loads((work / "answers-plain.json").read_text(encoding="utf-8"))[:compared]
    (work / "answers-plain-compared.json").write_text(
        json.dumps(on_gpu, ensure_ascii=False), encoding="utf-8"
    )
    run["cpu_plain_row"] = answers_on(
        bundle, work / "inputs-compared.jsonl", "cpu", work / "answers-cpu.json"
    )
    run["same_answers_vs_cpu"] = speed.compare_answers(
        work / "answers-plain-compared.json", work / "answers-cpu.json"
    )
    return run


def cpu_step(n: int) -> dict:
    """The AraBERT-shaped bundle on this machine's cores: torch (oneDNN linear layers, and
    bf16, which AMX speeds up), ONNX fp32 and int8 against baseline B."""
    bundle = speed.arabert_bundle(onnx=True)
    variants = {"qawl default", "qawl, MKL linears", "qawl bf16", "qawl onnx fp32", "qawl onnx int8"}
    return speed.throughput("arabert-shaped", bundle, n, variants, "cpu")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--budget-s", type=float, default=480, help="start no step after this many seconds")
    parser.add_argument("--steps", default="env,gpu,train,cpu")
    parser.add_argument("--gpu-articles", type=int, default=200)
    parser.add_argument("--cpu-articles", type=int, default=48)
    parser.add_argument("--compared", type=int, default=32, help="articles compared GPU vs CPU (gpu step)")
    parser.add_argument("--quick", action="store_true", help="tiny counts: a dry run of the script")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    args.out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    report: dict = {
        "date": dt.date.today().isoformat(),
        "device": args.device,
        "quick": args.quick,
        "steps": {},
    }
    work = speed.WORK / "device"
    work.mkdir(parents=True, exist_ok=True)
    gpu_n = 8 if args.quick else args.gpu_articles
    cpu_n = 4 if args.quick else args.cpu_articles
    steps = {
        "env": lambda: env(args.device),
        "train": lambda: train_step(args.device, args.quick, work),
        "gpu": lambda: gpu_step(args.device, gpu_n, 4 if args.quick else args.compared),
        "cpu": lambda: cpu_step(cpu_n),
    }
    for name in args.steps.split(","):
        elapsed = time.perf_counter() - began
        if elapsed > args.budget_s:
            report["steps"][name] = {"skipped": f"budget spent ({elapsed:.0f} s)"}
            continue
        print(f"== {name} (at {elapsed:.0f} s)", flush=True)
        t = time.perf_counter()
        try:
            result = steps[name]()
        except Exception as err:  # one step's failure must not cost the lease's other results
            result = {
                "error": f"{type(err).__name__}: {err}"[:3000],
                "traceback": traceback.format_exc()[-4000:],
            }
        result["step_seconds"] = round(time.perf_counter() - t, 1)
        report["steps"][name] = result
        (args.out / "device.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
        print(json.dumps(result, ensure_ascii=False)[:1500], flush=True)
    report["seconds"] = round(time.perf_counter() - began, 1)
    (args.out / "device.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    print(summary(report))
    return 0


def summary(report: dict) -> str:
    """A few lines: what each step found (the reply from the device carries the output's tail)."""
    lines = [f"device check, {report['seconds']} s"]
    for name, r in report["steps"].items():
        if "error" in r or "skipped" in r:
            lines.append(f"{name}: {r.get('error') or r.get('skipped')}"[:300])
            continue
        if name == "train":
            for run in r["runs"]:
                lines.append(
                    f"train {run['precision']}: {run['samples_per_s']} samples/s, dev {run['best_dev_f1']}"
                )
            lines.append(
                f"train same answers vs cpu: {r['same_answers_vs_cpu']}; cli: "
                + ", ".join(f"{k} rc={v['rc']}" for k, v in r["cli"].items())
            )
        if name in ("gpu", "cpu"):
            for row in r["rows"]:
                lines.append(
                    f"{name} {row['variant']}: {row['articles_per_s']} art/s, x{row['vs_baseline_b']} B"
                )
            if "same_answers_vs_cpu" in r:
                lines.append(f"gpu same answers vs cpu: {r['same_answers_vs_cpu']}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
