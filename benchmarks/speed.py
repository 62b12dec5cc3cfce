"""Benchmark: qawl's speed options against plain transformers pipelines, side by side.

    python benchmarks/speed.py [--sections throughput,long,attribution,int8,corpus]
                               [--shipped-articles 200] [--arabert-articles 16] [--bundle DIR]

Same inputs and weights for every row:

- **baseline A**: ``transformers.pipeline("token-classification",
  aggregation_strategy="first", stride=…)`` once per article, and
  ``pipeline("text-classification")`` once per statement (the statements and
  stance inputs qawl's plain path finds);
- **baseline B**: the same pipelines given lists, ``batch_size=32``;
- **qawl**: the plain path (every speed option off), the defaults, and each speed
  option (packing, one thread, oneDNN or MKL linear layers, torch bf16, ONNX fp32,
  ONNX int8).

Models: the shipped offline bundle (``--bundle``, default ``../golden/bundle-tiny``
if present, else ``models/bundle-tiny``) and an AraBERT-shaped bundle (12 layers,
hidden 768, the real 64,000-entry vocabulary of ``../shared/data/arabert-v2-tokenizer``,
random weights, 256-sub-word windows). Inputs: the shipped gold articles, ANERcorp
test sentences joined 20 to an article and SaudiNewsNet ``more.txt`` articles
(when ``../shared/data`` has them), taken in turn.

Every row runs in a fresh process (``--worker``), so its peak RSS is its own, and
records the machine's load average (``os.getloadavg()``) at its start and end:
on a shared machine throughput is depressed and noisy, so read the ratios, not
the absolute numbers. Results go to ``benchmarks/results/speed.json`` (each
section replaces its own entry) and ``python benchmarks/report.py`` renders them
into RESULTS.md. Work files (the AraBERT-shaped bundle, ONNX exports, inputs) go
to ``benchmarks/out/speed/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import machine  # noqa: E402

from qawl.models.backends import BACKENDS  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "speed.json"
WORK = ROOT / "benchmarks" / "out" / "speed"
SECTIONS = ("throughput", "long", "attribution", "int8", "corpus")
NER_LABELS = ["O"] + [f"{p}-{t}" for t in ("DATE", "GPE", "LOC", "ORG", "PER") for p in "BI"]
STANCE_LABELS = ["condemnation", "escalation", "neutral"]
LATENCY_SAMPLE = 12  # at most this many articles timed one by one for p50/p95


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    ``VmHWM`` is the high-water mark of this process's own memory; ``ru_maxrss``
    would also count the parent's peak, which a child started with fork + exec inherits.
    """
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def load_avg() -> float:
    return round(os.getloadavg()[0], 2)


def latency_sample(n: int) -> int:
    """Articles timed one by one: up to LATENCY_SAMPLE, at most half the corpus (slow models)."""
    return max(1, min(LATENCY_SAMPLE, n // 2))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# Inputs and models ----------------------------------------------------------------


def shared_data() -> Path:
    from qawl.eval.standoff import shared_data_dir

    return shared_data_dir()


def build_inputs(n: int, path: Path) -> dict:
    """Write ``n`` articles (JSONL) taken in turn from each available source."""
    from qawl.data.readers import read_conll, read_json_lines

    sources: dict[str, list[str]] = {
        "shipped gold articles": [
            rec["text"]
            for split in ("dev", "test")
            for _, rec in read_json_lines(ROOT / "data" / "articles" / f"{split}.jsonl")
        ]
    }
    anercorp = shared_data() / "anercorp" / "test.txt"
    if anercorp.is_file():
        sents = [" ".join(s.words) for s in read_conll(anercorp)]
        sources["ANERcorp test (20 sentences an article)"] = [
            " ".join(sents[i : i + 20]) for i in range(0, len(sents), 20)
        ]
    more = shared_data() / "saudinewsnet" / "more.txt"
    if more.is_file():
        with more.open(encoding="utf-8") as handle:
            sources["SaudiNewsNet more.txt"] = [next(handle).strip() for _ in range(200)]
    names = list(sources)
    texts, used = [], dict.fromkeys(names, 0)
    for k in range(n):
        name = names[k % len(names)]
        pool = sources[name]
        texts.append(pool[(k // len(names)) % len(pool)])
        used[name] += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "".join(
            json.dumps({"id": f"a{k}", "text": t}, ensure_ascii=False) + "\n" for k, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    return {"articles": n, "words": sum(len(t.split()) for t in texts), "sources": used}


def read_inputs(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


def arabert_bundle(onnx: bool = True) -> Path:
    """An AraBERT-shaped bundle with random weights (built once; with its ONNX exports
    unless ``onnx`` is False, for a GPU run that needs none)."""
    out = WORK / ("bundle-arabert-shaped" if onnx else "bundle-arabert-shaped-torch")
    if (out / "qawl_pipeline.json").is_file() and (
        not onnx
        or ((out / "ner" / "onnx" / "model.int8.onnx").is_file() and (out / "stance" / "onnx").is_dir())
    ):
        return out
    import torch
    from transformers import (
        AutoTokenizer,
        BertConfig,
        BertForSequenceClassification,
        BertForTokenClassification,
    )

    from qawl.bundle import export_bundle
    from qawl.config.settings import ModelSettings
    from qawl.data.text import Normalizer

    src = shared_data() / "arabert-v2-tokenizer"
    if not (src / "vocab.txt").is_file():
        raise SystemExit(f"no AraBERT tokenizer at {src}: the AraBERT-shaped rows need it")
    dirs = {}
    for task, labels, cls in (
        ("ner", NER_LABELS, BertForTokenClassification),
        ("stance", STANCE_LABELS, BertForSequenceClassification),
    ):
        tok = AutoTokenizer.from_pretrained(src, model_max_length=256)
        config = BertConfig.from_pretrained(src)
        config.id2label = dict(enumerate(labels))
        config.label2id = {lab: i for i, lab in enumerate(labels)}
        torch.manual_seed(13)
        model = cls(config)
        ModelSettings(
            task=task, normalizer=Normalizer(), max_length=256, stride=64, stance_input="pair_with_context"
        ).save_into(model.config)
        dirs[task] = WORK / f"arabert-shaped-{task}"
        model.save_pretrained(dirs[task])
        tok.save_pretrained(dirs[task])
    if onnx:
        print("exporting the AraBERT-shaped models to ONNX (minutes)...", flush=True)
    return export_bundle(dirs["ner"], dirs["stance"], out, onnx=onnx)


def shipped_bundle(source: Path) -> Path:
    """A copy of the shipped bundle with its ONNX exports (the original is left alone),
    made again whenever the source's models or configs change (a stale copy would time
    and score the models of an earlier run)."""
    import shutil

    from qawl.bundle import export_bundle, read_manifest

    out = WORK / "bundle-shipped"
    stamp = json.dumps(
        {
            str(f.relative_to(source)): [f.stat().st_size, f.stat().st_mtime_ns]
            for f in sorted(source.rglob("*"))
            if f.is_file() and f.name in ("model.safetensors", "config.json", "qawl_pipeline.json")
        }
    )
    done = out / "source.json"  # written last, once the exports are complete
    if done.is_file() and done.read_text() == stamp:
        return out
    shutil.rmtree(out, ignore_errors=True)
    manifest = read_manifest(source) or {}
    stance = source / manifest["stance"] if manifest.get("stance") else None
    gazetteer = [source / manifest["gazetteer"]] if manifest.get("gazetteer") else None
    export_bundle(source / manifest["ner"], stance, out, gazetteer, onnx=True)
    done.write_text(stamp)
    return out


# Workers (each in its own process) -------------------------------------------------


def stance_inputs(nlp, docs) -> list[list[dict]]:
    """Per article, the (speaker, second segment) pairs qawl's plain path classifies."""
    from qawl.data.stance_inputs import stance_segments

    settings = nlp.stance.settings
    sep = nlp.stance.tokenizer.sep_token
    out = []
    for doc in docs:
        items = []
        for speaker, statement, context in nlp.stance_inputs(doc):
            a, b = stance_segments(speaker, statement, context, settings.stance_input, sep)
            items.append({"text": a, "text_pair": b})
        out.append(items)
    return out


def worker(spec: dict) -> dict:
    """One row: load, warm up, time the corpus, time single articles, report."""
    import torch

    began_load = load_avg()
    if spec.get("threads"):
        torch.set_num_threads(spec["threads"])
    texts = read_inputs(Path(spec["inputs"]))
    words = sum(len(t.split()) for t in texts)
    kind = spec["kind"]
    t0 = time.perf_counter()
    if kind.startswith("hf"):
        from transformers import pipeline

        bundle = Path(spec["bundle"])
        from qawl.models.io import load_model_dir

        stride = json.loads((bundle / "ner" / "config.json").read_text())["qawl"]["stride"]
        tok, model = load_model_dir(bundle / "ner", "ner")
        device = spec.get("device", "cpu")
        ner = pipeline(
            "token-classification",
            model=model,
            tokenizer=tok,
            aggregation_strategy="first",
            stride=stride,
            device=device,
        )
        tok_s, model_s = load_model_dir(bundle / "stance", "stance")
        clf = pipeline("text-classification", model=model_s, tokenizer=tok_s, device=device)
        items = json.loads(Path(spec["stance_items"]).read_text(encoding="utf-8"))
        load_seconds = time.perf_counter() - t0
        rss_loaded = current_rss_mb()

        # truncation: a pair longer than the model's positions would crash the pipeline (qawl
        # shortens the context and reads a long statement in windows instead).
        def one(k: int) -> None:  # baseline A: one call per article, one per statement
            ner(texts[k])
            for item in items[k]:
                clf(item, top_k=None, truncation=True)

        def batched(ks: list[int]) -> None:  # baseline B: lists, batch_size=32
            ner([texts[k] for k in ks], batch_size=32)
            flat = [item for k in ks for item in items[k]]
            if flat:
                clf(flat, batch_size=32, top_k=None, truncation=True)

        one(0)
        start = time.perf_counter()
        if kind == "hf-a":
            for k in range(len(texts)):
                one(k)
        else:
            batched(list(range(len(texts))))
        seconds = time.perf_counter() - start
        latencies = []
        for k in range(latency_sample(len(texts))):
            t = time.perf_counter()
            one(k) if kind == "hf-a" else batched([k])
            latencies.append(time.perf_counter() - t)
        answers = None
    else:
        import qawl

        nlp = qawl.load(spec["bundle"], **spec.get("options", {}))
        load_seconds = time.perf_counter() - t0
        rss_loaded = current_rss_mb()
        list(nlp.pipe(texts[:2]))  # warm-up
        rss_samples = []
        start = time.perf_counter()
        docs = []
        for k, doc in enumerate(nlp.pipe(texts, doc_batch_size=8)):
            docs.append(doc)
            if k % 8 == 7:
                rss_samples.append(round(current_rss_mb(), 1))
        seconds = time.perf_counter() - start
        latencies = []
        for text in texts[: latency_sample(len(texts))]:
            t = time.perf_counter()
            nlp(text)
            latencies.append(time.perf_counter() - t)
        answers = [d.to_dict() for d in docs]
        if spec.get("write_stance_items"):
            Path(spec["write_stance_items"]).write_text(
                json.dumps(stance_inputs(nlp, docs), ensure_ascii=False), encoding="utf-8"
            )
    if answers is not None:
        Path(spec["answers"]).write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    result = {
        "articles": len(texts),
        "words": words,
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(texts) / seconds, 2),
        "words_per_s": round(words / seconds),
        "p50_ms": round(1000 * statistics.median(latencies)),
        "p95_ms": round(1000 * percentile(latencies, 0.95)),
        "load_seconds": round(load_seconds, 1),
        "rss_after_load_mb": round(rss_loaded),
        "peak_rss_mb": round(rss_mb()),
        "threads": torch.get_num_threads(),
        "load_avg": [began_load, load_avg()],
    }
    if answers is not None:
        result["rss_during_run_mb"] = rss_samples
    return result


def child_path() -> str:
    """PYTHONPATH for a child process: this checkout first, then what the parent had
    (packages installed beside the interpreter's, as on a lent GPU machine)."""
    return os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)


def run_worker(spec: dict) -> dict:
    """Run one row in a fresh Python process; its JSON result."""
    env = {**os.environ, "PYTHONPATH": child_path(), "TOKENIZERS_PARALLELISM": "false"}
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_VERBOSITY", "error")
    done = subprocess.run(
        [sys.executable, __file__, "--worker", json.dumps(spec)], env=env, capture_output=True, text=True
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{spec['name']} failed:\n{done.stderr[-4000:]}")
    return json.loads(lines[-1][len("RESULT ") :])


# Sections ---------------------------------------------------------------------------


def compare_answers(a: Path, b: Path) -> dict:
    """Whether two runs gave the same entities, statements and stances; largest score gap."""
    got, want = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))

    def strip(doc):
        return (
            [{k: v for k, v in e.items() if k != "score"} for e in doc["entities"]],
            [{k: v for k, v in s.items() if k != "scores"} for s in doc["statements"]],
        )

    same = [strip(g) == strip(w) for g, w in zip(got, want, strict=True)]
    gaps = [
        abs(x - y)
        for g, w in zip(got, want, strict=True)
        if strip(g) == strip(w)
        for x, y in zip(
            [e["score"] for e in g["entities"]]
            + [p for s in g["statements"] for p in (s["scores"] or {}).values()],
            [e["score"] for e in w["entities"]]
            + [p for s in w["statements"] for p in (s["scores"] or {}).values()],
            strict=True,
        )
    ]
    ents = lambda docs: {
        (k, e["start"], e["end"], e["label"]) for k, d in enumerate(docs) for e in d["entities"]
    }
    return {
        "same_articles": sum(same),
        "articles": len(same),
        "max_score_gap": round(max(gaps, default=0.0), 5),
        "entity_agreement": round(len(ents(got) & ents(want)) / max(1, len(ents(want) | ents(got))), 4),
    }


QAWL_VARIANTS = [
    # name, what, load options (beyond the bundle)
    (
        "qawl plain",
        "every speed option off",
        {"sort_by_length": False, "batch_tokens": None, "stance_window": None, "onednn": False},
    ),
    (
        "qawl default",
        "length-sorted batches of at most 512 positions, stance window 512, oneDNN linear layers",
        {},
    ),
    ("qawl, MKL linears", "defaults but torch's own linear layers (MKL)", {"onednn": False}),
    (
        "qawl, 32-row batches",
        "defaults but no position budget (the first stop's default)",
        {"batch_tokens": None},
    ),
    ("qawl + pack", "defaults + sentences packed into full rows", {"pack": True}),
    ("qawl, 1 thread", "defaults, torch.set_num_threads(1)", {"threads": 1}),
    ("qawl bf16", "defaults, torch in bfloat16", {"backend": "torch-bf16"}),
    ("qawl bf16 + pack", "torch in bfloat16, sentences packed", {"backend": "torch-bf16", "pack": True}),
    ("qawl onnx fp32", "defaults on ONNX Runtime, fp32", {"backend": "onnx"}),
    ("qawl onnx int8", "defaults on ONNX Runtime, int8 weights", {"backend": "onnx-int8"}),
    ("qawl onnx int8, 1 thread", "ONNX int8, one intra-op thread", {"backend": "onnx-int8", "threads": 1}),
    ("qawl onnx fp32 + pack", "ONNX fp32, sentences packed", {"backend": "onnx", "pack": True}),
    ("qawl onnx int8 + pack", "ONNX int8, sentences packed", {"backend": "onnx-int8", "pack": True}),
]
BASELINES = [
    ("hf-a", "baseline A", "pipeline per article, per statement", None),
    ("hf-b", "baseline B", "pipelines on lists, batch_size=32", None),
    ("hf-b", "baseline B, 1 thread", "baseline B with torch.set_num_threads(1)", 1),
]


def work_dir(model: str, device: str) -> Path:
    """Where :func:`throughput` keeps one model's inputs and answers on one device."""
    return WORK / (model if device == "cpu" else f"{model}-{device.replace(':', '')}")


def throughput(
    model: str, bundle: Path, n: int, variants: set[str] | None = None, device: str = "cpu"
) -> dict:
    """The rows for one model on ``n`` articles: every variant, or those named in
    ``variants`` (qawl plain always runs: the others are compared with it), with
    every model on ``device`` (the pipelines' ``device``, :func:`qawl.load`'s)."""
    work = work_dir(model, device)
    work.mkdir(parents=True, exist_ok=True)
    inputs = work / "inputs.jsonl"
    described = build_inputs(n, inputs)
    rows = []
    plain_answers = work / "answers-plain.json"
    items = work / "stance-items.json"
    for name, what, options in QAWL_VARIANTS:
        if variants is not None and name != "qawl plain" and name not in variants:
            continue
        answers = (
            plain_answers
            if name == "qawl plain"
            else work / f"answers-{re.sub(r'[^a-z0-9]+', '-', name)}.json"
        )
        spec = {
            "name": name,
            "kind": "qawl",
            "bundle": str(bundle),
            "inputs": str(inputs),
            "options": options if device == "cpu" else {**options, "device": device},
        }
        spec["answers"] = str(answers)
        if name == "qawl plain":
            spec["write_stance_items"] = str(items)
        print(f"[{model}] {name} ...", flush=True)
        row = {"variant": name, "what": what, **run_worker(spec)}
        if name != "qawl plain":
            row["vs_plain"] = compare_answers(answers, plain_answers)
        rows.append(row)
        print(f"  {row['articles_per_s']} articles/s, load {row['load_avg']}", flush=True)
    for kind, name, what, threads in BASELINES:
        if variants is not None and name not in variants and name != "baseline B":
            continue
        spec = {"name": name, "kind": kind, "bundle": str(bundle), "inputs": str(inputs)}
        spec.update({"stance_items": str(items), "threads": threads, "device": device})
        print(f"[{model}] {name} ...", flush=True)
        row = {"variant": name, "what": what, **run_worker(spec)}
        rows.append(row)
        print(f"  {row['articles_per_s']} articles/s, load {row['load_avg']}", flush=True)
    base = {r["threads"]: r["articles_per_s"] for r in rows if r["variant"].startswith("baseline B")}
    for r in rows:
        b = base.get(r["threads"]) or base.get(max(base))
        r["vs_baseline_b"] = round(r["articles_per_s"] / b, 2)
    stamp = {"machine": machine(device), "date": dt.date.today().isoformat()}
    return {"model": model, "bundle": str(bundle), "inputs": described, "rows": rows, **stamp}


def _ordered(rows: list[dict]) -> list[dict]:
    """Rows in the order of :data:`QAWL_VARIANTS` then :data:`BASELINES`."""
    order = [v[0] for v in QAWL_VARIANTS] + [b[1] for b in BASELINES]
    return sorted(rows, key=lambda r: order.index(r["variant"]) if r["variant"] in order else len(order))


def long_articles(bundle: Path) -> list[dict]:
    """10, 100 and 300 KB articles with and without sentence punctuation."""
    from qawl.data.readers import read_json_lines

    base = "\n".join(rec["text"] for _, rec in read_json_lines(ROOT / "data" / "articles" / "test.jsonl"))
    rows = []
    for kb in (10, 100, 300):
        for punctuation in (True, False):
            text = (base * (1 + kb * 1024 // len(base)))[: kb * 1024]
            if not punctuation:
                text = re.sub(r"[.،؛؟!:\n]", " ", text)
            path = WORK / "long" / f"{kb}kb-{'punct' if punctuation else 'nopunct'}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(
                json.dumps({"id": "long", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            variants = [("qawl default", {})]
            if kb <= 100:  # unbounded: 217 s and 9 GB at 300 KB without punctuation (issue #10)
                variants.append(("qawl, stance window off", {"stance_window": None}))
            for name, options in variants:
                print(f"[long] {kb} KB, punctuation {punctuation}, {name} ...", flush=True)
                spec = {"name": name, "kind": "long", "bundle": str(bundle), "inputs": str(path)}
                spec["options"] = options
                rows.append({"kb": kb, "punctuation": punctuation, "variant": name, **run_worker(spec)})
    return rows


def long_worker(spec: dict) -> dict:
    import qawl

    began = load_avg()
    text = read_inputs(Path(spec["inputs"]))[0]
    nlp = qawl.load(spec["bundle"], **spec.get("options", {}))
    rss_loaded = current_rss_mb()
    start = time.perf_counter()
    doc = nlp(text)
    seconds = time.perf_counter() - start
    return {
        "chars": len(text),
        "words": len(text.split()),
        "seconds": round(seconds, 2),
        "rss_after_load_mb": round(rss_loaded),
        "peak_rss_mb": round(rss_mb()),
        "entities": len(doc.entities),
        "statements": len(doc.statements),
        "load_avg": [began, load_avg()],
    }


def attribution_timing() -> dict:
    """find_statements alone on a 5,000-word article (replaces a timed unit test)."""
    from qawl.attribution import find_statements
    from qawl.data.prepared import prepare
    from qawl.document import Entity

    paragraph = (
        "وقال وزير الخارجية سيرغي لافروف إن موسكو لن تتراجع عن مواقفها في كورسك. "
        "وأضاف أن الناتو يتحمل المسؤولية عن التصعيد الأخير في المنطقة. "
    )
    text = "\n".join([paragraph] * 220)
    entities = [
        Entity(m.group(), label, m.start(), m.end())
        for word, label in (("سيرغي لافروف", "PER"), ("موسكو", "GPE"), ("الناتو", "ORG"), ("كورسك", "GPE"))
        for m in re.finditer(word, text)
    ]
    entities.sort(key=lambda e: e.start)
    began = load_avg()
    times = []
    for _ in range(3):
        start = time.perf_counter()
        prepared = prepare(text)
        statements = find_statements(prepared, entities)
        times.append(time.perf_counter() - start)
    return {
        "words": len(text.split()),
        "statements": len(statements),
        "seconds_best_of_3": round(min(times), 3),
        "seconds_all": [round(t, 3) for t in times],
        "load_avg": [began, load_avg()],
    }


def int8_accuracy(bundle: Path) -> dict:
    """Entity F1 and stance macro-F1 of the shipped models on the test sets, per engine
    (every one of :data:`BACKENDS`), and what bf16 and int8 lose against torch fp32."""
    from qawl.data.readers import read_ner_file, read_stance_jsonl
    from qawl.eval.evaluate import evaluate_ner_examples, evaluate_stance_examples
    from qawl.models.lexical import LexicalHead
    from qawl.models.ner import NerTagger
    from qawl.models.stance import StanceClassifier
    from qawl.pipeline import _model_parts

    ner_test = read_ner_file(ROOT / "data" / "ner" / "test.conll")
    stance_test = read_stance_jsonl(ROOT / "data" / "stance" / "test.jsonl")
    out: dict = {"bundle": str(bundle), "ner_sentences": len(ner_test), "stance_statements": len(stance_test)}
    for backend in BACKENDS:
        ner = NerTagger(*_model_parts(bundle / "ner", "ner", backend, "cpu", None))
        stance = StanceClassifier(
            *_model_parts(bundle / "stance", "stance", backend, "cpu", None),
            lexical=LexicalHead.load(bundle / "stance"),
        )
        n = evaluate_ner_examples(ner, ner_test)
        s = evaluate_stance_examples(stance, stance_test)
        out[backend] = {"ner_micro_f1": n.default.micro.f1, "stance_macro_f1": s.macro_f1}
        print(f"[accuracy] {backend}: {out[backend]}", flush=True)
    for metric in ("ner_micro_f1", "stance_macro_f1"):
        for engine, short in (("onnx-int8", "int8"), ("torch-bf16", "bf16")):
            loss = out["torch"][metric] - out[engine][metric]
            out[f"{metric}_{short}_loss_points"] = round(100 * loss, 2)
    return out


def corpus_memory(bundle: Path, counts: list[int], backend: str = "torch", threads: int = 1) -> list[dict]:
    """Peak RSS of `qawl analyze --jsonl` on corpora of growing size (constant memory?).

    ``backend`` and ``threads`` are :func:`qawl.load`'s: int8 ONNX on both cores makes
    10,000 articles an hour's run on this machine instead of two."""
    rows = []
    for n in counts:
        inputs = WORK / "corpus" / f"corpus-{n}.jsonl"
        build_inputs(n, inputs)
        out = WORK / "corpus" / f"out-{n}.jsonl"
        began = load_avg()
        env = {
            **os.environ,
            "PYTHONPATH": child_path(),
            "HF_HUB_OFFLINE": "1",
            "TOKENIZERS_PARALLELISM": "false",
        }
        argv = [sys.executable, "-c", CORPUS_CHILD, str(bundle), str(inputs), str(out), backend, str(threads)]
        print(f"[corpus] {n} articles ...", flush=True)
        start = time.perf_counter()
        done = subprocess.run(argv, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-3000:])
        child = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(
            {
                "articles": n,
                "backend": backend,
                "threads": threads,
                "seconds": round(seconds, 1),
                "articles_per_s": round(n / seconds, 2),
                "peak_rss_mb": child["peak_rss_mb"],
                "rss_samples_mb": child["rss_samples_mb"],
                "load_avg": [began, load_avg()],
            }
        )
        print(f"  {rows[-1]}", flush=True)
    return rows


# The corpus mode in a child process, sampling its own RSS from a thread.
CORPUS_CHILD = """
import json, sys, threading, psutil
from qawl.stream import analyze_corpus
samples, stop = [], threading.Event()
def sample():
    while not stop.wait(5):
        samples.append(round(psutil.Process().memory_info().rss / 2**20))
threading.Thread(target=sample, daemon=True).start()
analyze_corpus(sys.argv[1], [sys.argv[2]], sys.argv[3], backend=sys.argv[4], threads=int(sys.argv[5]),
               progress=False)
stop.set()
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")][0]
print(json.dumps({"peak_rss_mb": round(int(hwm.split()[1]) / 1024), "rss_samples_mb": samples}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument(
        "--sections", default=",".join(SECTIONS), help=f"comma-separated: {', '.join(SECTIONS)}"
    )
    parser.add_argument(
        "--bundle", help="the shipped bundle (default ../golden/bundle-tiny or models/bundle-tiny)"
    )
    parser.add_argument("--shipped-articles", type=int, default=200)
    parser.add_argument("--arabert-articles", type=int, default=16)
    parser.add_argument("--corpus-sizes", default="100,10000", help="corpus-mode sizes (articles)")
    parser.add_argument("--corpus-backend", default="torch", choices=BACKENDS)
    parser.add_argument("--corpus-threads", type=int, default=1)
    parser.add_argument("--skip-arabert", action="store_true")
    parser.add_argument(
        "--models", default="shipped,arabert-shaped", help="throughput models: shipped, arabert-shaped"
    )
    parser.add_argument(
        "--variants",
        help="throughput rows to run, comma-separated names (default: all; qawl plain and baseline B "
        "always run); the other rows of the recorded run are kept",
    )
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.worker:
        spec = json.loads(args.worker)
        result = long_worker(spec) if spec["kind"] == "long" else worker(spec)
        print("RESULT " + json.dumps(result))
        return 0
    source = Path(args.bundle) if args.bundle else ROOT.parent / "golden" / "bundle-tiny"
    if not source.is_dir():
        source = ROOT / "models" / "bundle-tiny"
    if not (source / "qawl_pipeline.json").is_file():
        print(f"no shipped bundle at {source}: run scripts/main.sh or pass --bundle")
        return 1
    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    stamp = {"machine": machine("cpu"), "date": dt.date.today().isoformat(), "cpus": os.cpu_count()}
    shipped = shipped_bundle(source)
    sections = args.sections.split(",")
    if "throughput" in sections:
        models = set(args.models.split(",")) - ({"arabert-shaped"} if args.skip_arabert else set())
        variants = set(args.variants.split(",")) if args.variants else None
        old = {run["model"]: run for run in results.get("throughput", {}).get("runs", [])}
        for model in ("shipped", "arabert-shaped"):
            if model not in models:
                continue
            bundle = shipped if model == "shipped" else arabert_bundle()
            n = args.shipped_articles if model == "shipped" else args.arabert_articles
            run = throughput(model, bundle, n, variants)
            if variants is not None and model in old and old[model]["inputs"] == run["inputs"]:
                # a partial run on the same inputs: the rows not measured again stay, in order
                measured = {r["variant"] for r in run["rows"]}
                kept = [r for r in old[model]["rows"] if r["variant"] not in measured]
                run["rows"] = _ordered(kept + run["rows"])
                run["partial"] = sorted(measured)
            old[model] = run
        results["throughput"] = {**stamp, "runs": [old[m] for m in ("shipped", "arabert-shaped") if m in old]}
    if "long" in sections:
        results["long"] = {**stamp, "bundle": str(source), "rows": long_articles(shipped)}
    if "attribution" in sections:
        results["attribution"] = {**stamp, **attribution_timing()}
    if "int8" in sections:
        results["int8"] = {**stamp, **int8_accuracy(shipped)}
    if "corpus" in sections:
        sizes = [int(n) for n in args.corpus_sizes.split(",")]
        results["corpus"] = {
            **stamp,
            "bundle": str(source),
            "rows": corpus_memory(shipped, sizes, args.corpus_backend, args.corpus_threads),
        }
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    from report import write

    write()
    print(json.dumps({k: v for k, v in results.items() if k != "throughput"}, indent=1)[:3000])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
