"""Benchmark: how a stance statement longer than the model's window is read.

A statement that does not fit the window is split into overlapping windows
(``qawl.data.stance_inputs.encode_stance``); this script compares ways of turning
the windows' probabilities into one label, on the dev split of the shipped
stance data, with a trained stance model (default ``models/stance-tiny``):

- ``first``: the first window only (what cutting the statement at the end gave);
- ``mean``: the average of all windows (what qawl does);
- ``max``: each label's largest probability over the windows, renormalised;
- ``head_tail``: the average of the first and the last window.

Dev statements rarely exceed 128 sub-words, so the model is also read with
windows forced short (48, 32, 24 sub-words), where most statements need several,
and on two constructed long sets that keep the gold label: each dev statement
repeated until it spans several windows, and each statement placed after neutral
filler (other speakers' neutral dev statements), so its stance-bearing words sit
at the end, where cutting loses them.

    python benchmarks/stance_windows.py [--model models/stance-tiny]

Both ways of making the windows are scored: equal-size windows (what qawl does) and
full windows with a short last one. The pooling is chosen by the dev rows (the constructed sets are checks);
``first`` is shown for reference only: it does not read the whole statement.


Writes benchmarks/results/stance_windows.json; ``benchmarks/report.py`` renders it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import machine, start  # noqa: E402

DEV = ROOT / "data" / "stance" / "dev.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "stance_windows.json"
POOLINGS = ("first", "mean", "max", "head_tail")


def pooled(probs: np.ndarray, owners: list[int], n: int, how: str) -> np.ndarray:
    """One probability row per statement from its windows' rows."""
    out = np.zeros((n, probs.shape[1]))
    for i in range(n):
        ks = [k for k, o in enumerate(owners) if o == i]
        rows = probs[ks]
        if how == "first":
            out[i] = rows[0]
        elif how == "mean":
            out[i] = rows.mean(0)
        elif how == "max":
            out[i] = rows.max(0) / rows.max(0).sum()
        else:
            out[i] = (rows[0] + rows[-1]) / 2
    return out


def full_and_tail(clf, items, enc, max_length: int) -> tuple[list[dict], list[int]]:
    """The alternative to qawl's equal-size windows: full windows and a short last one."""
    tok, norm = clf.tokenizer, clf.normalizer.normalize_text
    room = max_length - tok.num_special_tokens_to_add(pair=True)
    stride = (room - room // 2) // 4
    rows, owners = [], []
    for i, (speaker, statement, _) in enumerate(items):
        own = [r for r, o in zip(enc.rows, enc.owners, strict=True) if o == i]
        if len(own) > 1:
            out = tok(
                norm(speaker),
                norm(statement),
                truncation="only_second",
                max_length=max_length,
                stride=stride,
                return_overflowing_tokens=True,
            )
            keys = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in out]
            own = [{k: out[k][j] for k in keys} for j in range(len(out["input_ids"]))]
        rows += own
        owners += [i] * len(own)
    return rows, owners


def score(clf, items, gold, max_length: int) -> dict:
    """Macro-F1 and accuracy of each pooling, for both ways of making windows."""
    from qawl.data.stance_inputs import encode_stance
    from qawl.eval.stance_metrics import stance_scores
    from qawl.models.backends import batches, pad_batch, softmax

    enc = encode_stance(clf.tokenizer, items, max_length, clf.normalizer, clf.settings.stance_input)
    pad = clf.tokenizer.pad_token_id or 0
    labels = [clf.id2label[i] for i in sorted(clf.id2label)]
    out: dict = {"windowed": enc.n_windowed, "n": len(items)}
    ways = {"equal": (enc.rows, enc.owners), "full_tail": full_and_tail(clf, items, enc, max_length)}
    for way, (rows, owners) in ways.items():
        probs = np.concatenate([softmax(clf.backend.logits(pad_batch(b, pad))) for b in batches(rows, 64)])
        for how in POOLINGS:
            preds = [labels[int(k)] for k in pooled(probs, owners, len(items), how).argmax(-1)]
            s = stance_scores(gold, preds, labels)
            out[f"{way}/{how}"] = {"macro_f1": s.macro_f1, "accuracy": s.accuracy}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "stance-tiny"))
    args = parser.parse_args()
    if not start(Path(args.model) / "config.json", "stance model"):
        return
    from qawl.data.readers import read_stance_jsonl
    from qawl.models.stance import StanceClassifier

    clf = StanceClassifier.from_pretrained(args.model)
    dev = read_stance_jsonl(DEV)
    gold = [ex.label for ex in dev]
    native = clf.settings.max_length
    items = [(ex.speaker, ex.statement, ex.context) for ex in dev]
    runs = {}
    for width in (native, 48, 32, 24):
        runs[f"dev, window {width}"] = score(clf, items, gold, width)
    repeated = [(ex.speaker, "، ".join([ex.statement] * 6), ex.context) for ex in dev]
    runs[f"dev statements x6, window {native}"] = score(clf, repeated, gold, native)
    neutral = [ex.statement for ex in dev if ex.label == "neutral"]
    buried = []
    for i, ex in enumerate(dev):
        filler = " ثم ".join(neutral[(i + k) % len(neutral)] for k in range(1, 6))
        buried.append((ex.speaker, f"{filler}. {ex.statement}", ex.context))
    runs[f"dev statements after neutral filler, window {native}"] = score(clf, buried, gold, native)
    RESULTS.parent.mkdir(exist_ok=True)
    result = {
        "model": str(Path(args.model).name),
        "machine": machine("cpu"),
        "date": dt.date.today().isoformat(),
        "runs": runs,
    }
    RESULTS.write_text(json.dumps(result, indent=2), encoding="utf-8")
    for name, r in runs.items():
        for way in ("equal", "full_tail"):
            cells = ", ".join(f"{how} {100 * r[f'{way}/{how}']['macro_f1']:.1f}" for how in POOLINGS)
            print(f"{name} ({r['windowed']}/{r['n']} windowed), {way} windows: macro-F1 {cells}")


if __name__ == "__main__":
    main()
