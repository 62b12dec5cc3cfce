"""The ``qawl`` command line: parses arguments and calls library functions, nothing more.

qawl train CONFIG [--set section.key=value ...]
qawl evaluate MODEL_DIR DATA_FILE [--out reports]
qawl predict MODEL_DIR "نص عربي" [...]
qawl export --ner DIR [--stance DIR] --out DIR
qawl analyze [FILE ...] [--model BUNDLE] [--jsonl [--field text]] [--format json|jsonl|table]
qawl evaluate-articles BUNDLE data/articles/test.jsonl [--out reports]
qawl corpus build|check|report [--data data]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from pathlib import Path

DEFAULT_BUNDLE = "models/bundle-tiny"
STDIN_HINT = (
    "qawl analyze: reading an article from the terminal: type or paste it, then press Ctrl-D "
    "(Ctrl-Z Enter on Windows); or give files: qawl analyze FILE ..."
)


def _train(args) -> int:
    import shlex

    from qawl.config import load_config
    from qawl.training.checkpoints import TrainingInterrupted
    from qawl.training.trainer import train

    try:
        result = train(load_config(args.config, args.set), resume=args.resume)
    except TrainingInterrupted as stop:
        again = ["qawl", "train", args.config] + (["--set", *args.set] if args.set else []) + ["--resume"]
        print(f"qawl train: {stop}: {shlex.join(again)}", file=sys.stderr)
        return 130
    print(f"model saved to {result.output_dir}")
    return 0


def _evaluate(args) -> int:
    from qawl.eval.evaluate import evaluate

    result = evaluate(
        args.model_dir, args.data_file, args.out, args.model_batch_size, args.allow_unknown_labels
    )
    print(result["markdown"])
    print(f"reports: {result['report_json']}, {result['report_markdown']}")
    return 0


def _predict(args) -> int:
    from qawl.models.io import model_task
    from qawl.pipeline import load

    if model_task(args.model_dir) != "ner":
        print(
            f"{args.model_dir} is a stance model; `qawl predict` takes an NER model directory. "
            "For statements and stance use `qawl analyze --model BUNDLE`.",
            file=sys.stderr,
        )
        return 2
    nlp = load(args.model_dir, device=args.device)
    for text in args.text:
        doc = nlp(text)
        for e in doc.entities:
            print(f"{e.label}\t{e.score:.3f}\t{e.start}-{e.end}\t{e.text}")
        if not doc.entities:
            print("(no entities)")
    return 0


def _export(args) -> int:
    from qawl.bundle import export_bundle

    print(f"bundle written to {export_bundle(args.ner, args.stance, args.out)}")
    return 0


def _analyze(args) -> int:
    from rich.console import Console
    from tqdm import tqdm

    from qawl.data.readers import SkippedLines, iter_texts
    from qawl.pipeline import load
    from qawl.render.terminal import render_document

    if not args.files and sys.stdin.isatty():
        print(STDIN_HINT, file=sys.stderr)
    skipped = SkippedLines() if args.skip_bad_lines else None
    # Inputs are read and checked before the models load: a bad file fails in a second.
    items = list(
        iter_texts(
            args.files, args.jsonl, args.field, errors=args.errors, encoding=args.encoding, skipped=skipped
        )
    )
    nlp = load(args.model, args.model_batch_size, device=args.device)
    fmt = args.format or ("jsonl" if args.jsonl or len(items) > 1 else "json")
    docs = nlp.pipe((text for _, text in items), doc_batch_size=args.doc_batch_size)
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(open(args.output, "w", encoding="utf-8")) if args.output else sys.stdout
        console = Console(file=out) if fmt == "table" else None
        progress = tqdm(
            zip(items, docs, strict=True),
            total=len(items),
            unit="doc",
            disable=len(items) < 2,
            file=sys.stderr,
        )
        for (name, _), doc in progress:
            if fmt == "table":
                render_document(doc, console, bidi=not args.no_bidi, title=name)
            elif fmt == "jsonl":
                out.write(json.dumps({"id": name, **doc.to_dict()}, ensure_ascii=False) + "\n")
            else:
                out.write(doc.to_json(indent=2) + "\n")
    if skipped is not None and skipped.count:
        print(f"qawl analyze: {skipped.summary()}", file=sys.stderr)
    return 0


def _evaluate_articles(args) -> int:
    from qawl.eval.articles import evaluate_articles
    from qawl.pipeline import load

    result = evaluate_articles(
        load(args.bundle, args.model_batch_size, device=args.device),
        args.data_file,
        args.out,
        f"End-to-end evaluation of {args.bundle} on {args.data_file}",
    )
    print(result["markdown"])
    print(f"reports: {result['report_json']}, {result['report_markdown']}")
    return 0


def _corpus(args) -> int:
    from qawl.data.corpus import build_corpus
    from qawl.data.corpus_check import corpus_report, validate_corpus

    if args.action == "build":
        for name, n in build_corpus(Path(args.data) / "source", args.data).items():
            print(f"{name}: {n}")
    elif args.action == "report":
        print(corpus_report(args.data))
    problems = validate_corpus(args.data) if args.action != "report" else []
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    if args.action != "report":
        print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and docs)."""
    p = argparse.ArgumentParser(prog="qawl", description="Arabic news: entities, speakers, stance.")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("train", help="train a model from a YAML config")
    s.add_argument("config")
    s.add_argument(
        "--set",
        nargs="+",
        action="extend",
        default=[],
        metavar="KEY=VALUE",
        help="override config values, e.g. training.epochs=3 (repeatable; later wins)",
    )
    s.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run from its last checkpoint (same config)",
    )
    s.set_defaults(func=_train)

    s = sub.add_parser("evaluate", help="score a model directory on a labelled file")
    s.add_argument("model_dir")
    s.add_argument("data_file")
    s.add_argument("--out", default="reports", help="report folder (default: reports)")
    s.add_argument(
        "--model-batch-size",
        type=int,
        default=32,
        help="windows or statements per forward pass (default: 32)",
    )
    s.add_argument(
        "--allow-unknown-labels",
        action="store_true",
        help="score gold labels the model does not know (as misses) instead of stopping",
    )
    s.set_defaults(func=_evaluate)

    s = sub.add_parser("predict", help="print entities of texts with an NER model directory")
    s.add_argument("model_dir")
    s.add_argument("text", nargs="+")
    s.add_argument("--device", help="cpu, cuda, cuda:1… (default: cpu)")
    s.set_defaults(func=_predict)

    s = sub.add_parser("export", help="bundle NER and stance models for qawl.load")
    s.add_argument("--ner", required=True)
    s.add_argument("--stance")
    s.add_argument("--out", required=True)
    s.set_defaults(func=_export)

    s = sub.add_parser("analyze", help="entities and statements of articles (files, stdin, JSONL)")
    s.add_argument("files", nargs="*", help="text files (one article each); stdin if none")
    s.add_argument("--model", default=DEFAULT_BUNDLE, help=f"bundle directory (default {DEFAULT_BUNDLE})")
    s.add_argument("--jsonl", action="store_true", help="inputs are JSONL, one article per line")
    s.add_argument("--field", default="text", help="JSONL field with the text (default: text)")
    s.add_argument(
        "--format",
        choices=["json", "jsonl", "table"],
        help="output format (default: json for one article, jsonl for many)",
    )
    s.add_argument("--output", help="write here instead of stdout")
    s.add_argument(
        "--errors",
        choices=["strict", "replace"],
        default="strict",
        help="bytes that are not UTF-8: stop, naming file, line and byte offset (strict, the "
        "default), or read each as U+FFFD (replace)",
    )
    s.add_argument("--encoding", help="read inputs in this encoding instead of detecting it (e.g. cp1256)")
    s.add_argument(
        "--skip-bad-lines",
        action="store_true",
        help="JSONL: leave out lines that are not JSON objects with a text field; count them and "
        "name the first few on stderr",
    )
    s.add_argument("--doc-batch-size", type=int, default=8, help="documents analyzed together (default: 8)")
    s.add_argument(
        "--model-batch-size",
        type=int,
        default=32,
        help="windows or statements per forward pass (default: 32)",
    )
    s.add_argument("--device", help="cpu, cuda, cuda:1… (default: cpu)")
    s.add_argument(
        "--no-bidi",
        action="store_true",
        help="table output: do not reorder Arabic (for bidi-capable terminals)",
    )
    s.set_defaults(func=_analyze)

    s = sub.add_parser("evaluate-articles", help="end-to-end scores on gold articles")
    s.add_argument("bundle")
    s.add_argument("data_file")
    s.add_argument("--out", default="reports", help="report folder (default: reports)")
    s.add_argument(
        "--model-batch-size",
        type=int,
        default=32,
        help="windows or statements per forward pass (default: 32)",
    )
    s.add_argument("--device", help="cpu, cuda, cuda:1… (default: cpu)")
    s.set_defaults(func=_evaluate_articles)

    s = sub.add_parser("corpus", help="build, check or report on the shipped corpus")
    s.add_argument("action", choices=["build", "check", "report"])
    s.add_argument("--data", default="data", help="the data folder (default: data)")
    s.set_defaults(func=_corpus)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``qawl`` console script."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(message)s",
        datefmt="%H:%M:%S",
    )
    # Library warnings that only concern transformers internals stay quiet by default.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from qawl.config import ConfigError
    from qawl.data.markup import MarkupError
    from qawl.data.readers import DataError

    try:
        return args.func(args)
    except (ConfigError, DataError, MarkupError, FileNotFoundError, OSError) as err:
        print(f"qawl {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"qawl {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
