"""The ``qawl`` command line: parses arguments and calls library functions, nothing more.

qawl train CONFIG [--set section.key=value ...]
qawl pretrain CONFIG [--set section.key=value ...] [--resume]
qawl evaluate MODEL_DIR DATA_FILE [--out reports]
qawl predict MODEL_DIR "نص عربي" [...]
qawl export --ner DIR [--stance DIR] --out DIR
qawl analyze [FILE ...] [--model BUNDLE] [--jsonl [--field text]] [--format json|jsonl|table]
             [--html OUT.html] [--min-score P] [--bidi|--no-bidi] [--no-color]
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
        result = train(load_config(args.config, args.set), verbose=args.verbose, resume=args.resume)
    except TrainingInterrupted as stop:
        again = ["qawl", "train", args.config] + (["--set", *args.set] if args.set else []) + ["--resume"]
        print(f"qawl train: {stop}: {shlex.join(again)}", file=sys.stderr)
        return 130
    if result.main_process:  # one summary from a multi-process run (accelerate launch)
        print(result.summary())
    return 0


def _pretrain(args) -> int:
    from qawl.config.pretrain import load_pretrain_config
    from qawl.training.pretrain import pretrain

    result = pretrain(load_pretrain_config(args.config, args.set), resume=args.resume)
    print(f"encoder saved to {result.output_dir} ({result.tokens_seen:,} tokens seen)")
    return 0


def _evaluate(args) -> int:
    from qawl.eval.evaluate import evaluate

    result = evaluate(
        args.model_dir,
        args.data_file,
        args.out,
        args.model_batch_size,
        charts=not args.no_charts,
        allow_unknown_labels=args.allow_unknown_labels,
    )
    print(result["markdown"])
    print(f"reports: {', '.join([result['report_json'], result['report_markdown'], *result['charts']])}")
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
    nlp = load(args.model_dir, **_engine(args))
    for text in args.text:
        doc = nlp(text).with_min_score(args.min_score)
        for e in doc.entities:
            print(f"{e.label}\t{e.score:.3f}\t{e.start}-{e.end}\t{e.text}")
        if not doc.entities:
            print("(no entities)")
    return 0


def _export(args) -> int:
    from qawl.bundle import export_bundle
    from qawl.models.ruler import DEFAULT_GAZETTEER

    gazetteer = None if args.no_gazetteer else (args.gazetteer or [DEFAULT_GAZETTEER])
    out = export_bundle(args.ner, args.stance, args.out, gazetteer, onnx=args.onnx)
    print(f"bundle written to {out}" + (" (with ONNX fp32 and int8 models)" if args.onnx else ""))
    return 0


def _engine(args) -> dict:
    """``qawl.load`` keyword arguments from the engine flags (--backend, --threads, --device)
    and, where the command has them, --closed-labels and --cue-stance."""
    options = {"backend": args.backend, "threads": args.threads, "device": args.device}
    if getattr(args, "batch_tokens", None) is not None:
        options["batch_tokens"] = args.batch_tokens
    if getattr(args, "closed_labels", None) is not None:
        options["closed_labels"] = [lab for lab in args.closed_labels.split(",") if lab]
    if getattr(args, "cue_stance", None) is not None:
        options["cue_stance"] = args.cue_stance
    return options


def _pipeline_flags(s) -> None:
    """--closed-labels and --cue-stance: how the pipeline reads the models' answers."""
    s.add_argument(
        "--closed-labels",
        metavar="TYPES",
        help="entity types the bundle's gazetteer decides alone: a tagger entity of these types "
        "that no gazetteer entry knows is dropped (default: GPE,LOC; '' keeps them all)",
    )
    s.add_argument(
        "--cue-stance",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a cue that names its speech act (أدان: condemnation; هدد، توعد: escalation) decides "
        "the statement's stance (default); --no-cue-stance: the stance model decides every statement",
    )


def _analyze_corpus(args) -> int:
    """--jsonl to JSONL: the streaming corpus mode (qawl.stream)."""
    from qawl.data.readers import SkippedLines
    from qawl.stream import analyze_corpus

    skipped = SkippedLines() if args.skip_bad_lines else None
    stats = analyze_corpus(
        args.model,
        args.files,
        args.output,
        field=args.field,
        workers=args.workers,
        resume=args.resume,
        doc_batch_size=args.doc_batch_size,
        min_score=args.min_score,
        model_batch_size=args.model_batch_size,
        errors=args.errors,
        encoding=args.encoding,
        skipped=skipped,
        **_engine(args),
    )
    if skipped is not None and skipped.count:
        print(f"qawl analyze: {skipped.summary()}", file=sys.stderr)
    print(
        f"qawl analyze: {stats.written} document(s) written"
        + (f", {stats.skipped} already done" if args.resume else "")
        + f" in {stats.seconds:.1f} s ({stats.docs_per_second:.1f}/s)",
        file=sys.stderr,
    )
    return 0


def _analyze(args) -> int:
    from rich.console import Console
    from tqdm import tqdm

    from qawl.data.readers import SkippedLines, iter_texts
    from qawl.pipeline import load
    from qawl.render.terminal import render_document

    if args.jsonl and not args.html and args.format in (None, "jsonl"):
        return _analyze_corpus(args)
    if args.workers != 1 or args.resume:
        print(
            "qawl analyze: --workers and --resume work on a JSONL corpus written as JSONL "
            "(--jsonl, without --html or another --format)",
            file=sys.stderr,
        )
        return 2
    if not args.files and sys.stdin.isatty():
        print(STDIN_HINT, file=sys.stderr)
    skipped = SkippedLines() if args.skip_bad_lines else None
    # Inputs are read and checked before the models load: a bad file fails in a second.
    items = list(
        iter_texts(
            args.files, args.jsonl, args.field, errors=args.errors, encoding=args.encoding, skipped=skipped
        )
    )
    nlp = load(args.model, args.model_batch_size, **_engine(args))
    fmt = args.format or ("jsonl" if args.jsonl or len(items) > 1 else "json")
    if args.html and not (args.format or args.output):
        fmt = None  # the page is the output; nothing on stdout
    # One long article gets a bar of its own (NER windows), shown once it takes a second.
    window_bar = tqdm(unit="window", desc="NER", file=sys.stderr, delay=1, disable=len(items) != 1)

    def windows_done(done: int, total: int) -> None:
        window_bar.total = total
        window_bar.update(done - window_bar.n)

    docs = nlp.pipe(
        (text for _, text in items),
        doc_batch_size=args.doc_batch_size,
        progress=windows_done if len(items) == 1 else None,
    )
    shown = []
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(open(args.output, "w", encoding="utf-8")) if args.output else sys.stdout
        console = (
            Console(file=out, color_system=None if args.no_color else "auto", highlight=False)
            if fmt == "table"
            else None
        )
        # Arabic is reordered for display only on a terminal: a file or a pipe gets logical order.
        bidi = args.bidi if args.bidi is not None else bool(console and console.is_terminal)
        progress = tqdm(
            zip(items, docs, strict=True),
            total=len(items),
            unit="doc",
            disable=len(items) < 2,
            file=sys.stderr,
        )
        for (name, _), doc in progress:
            doc = doc.with_min_score(args.min_score)
            if args.html:
                shown.append((name, doc))
            if fmt == "table":
                render_document(doc, console, bidi=bidi, title=name)
            elif fmt == "jsonl":
                out.write(json.dumps({"id": name, **doc.to_dict()}, ensure_ascii=False) + "\n")
            elif fmt == "json":
                out.write(doc.to_json(indent=2) + "\n")
    window_bar.close()
    if args.html:
        from qawl.render.html import render_html

        page = render_html(
            [d for _, d in shown], [n for n, _ in shown], title=f"qawl · {Path(args.html).stem}"
        )
        Path(args.html).write_text(page, encoding="utf-8")
        print(f"wrote {args.html} ({len(shown)} document(s))", file=sys.stderr)
    if skipped is not None and skipped.count:
        print(f"qawl analyze: {skipped.summary()}", file=sys.stderr)
    return 0


def _evaluate_articles(args) -> int:
    from qawl.eval.articles import evaluate_articles
    from qawl.pipeline import load

    result = evaluate_articles(
        load(args.bundle, args.model_batch_size, **_engine(args)),
        args.data_file,
        args.out,
        f"End-to-end evaluation of {args.bundle} on {args.data_file}",
        charts=not args.no_charts,
    )
    print(result["markdown"])
    print(f"reports: {', '.join([result['report_json'], result['report_markdown'], *result['charts']])}")
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


EXAMPLES = {
    "train": """
examples:
  qawl train configs/ner-tiny.yaml
  qawl train configs/stance-tiny.yaml --set training.epochs=5 training.learning_rate=3e-5
  qawl train configs/ner-tiny.yaml --set output_dir=/tmp/ner-try --verbose   # with HF progress bars""",
    "pretrain": """
examples:
  qawl pretrain configs/pretrain-tiny.yaml                # a smoke run: minutes on a CPU
  qawl pretrain configs/pretrain-mini.yaml                # the shipped encoder's recipe (hours on a CPU)
  qawl pretrain configs/pretrain-mini.yaml --resume       # continue after a stop""",
    "evaluate": """
examples:
  qawl evaluate models/ner-tiny data/ner/test.conll
      # reports/eval-test.json, .md and the chart eval-test-per-type.png
  qawl evaluate models/stance-tiny data/stance/test.jsonl --out reports/stance
      # reports/stance/eval-test.json, .md and eval-test-confusion.png""",
    "predict": """
example:
  qawl predict models/ner-tiny "قال الرئيس فلاديمير بوتين في موسكو إن روسيا لن تتراجع" --min-score 0.5""",
    "export": """
examples:
  qawl export --ner models/ner-tiny --stance models/stance-tiny --out models/bundle-tiny
  qawl export --ner DIR --stance DIR --out DIR --gazetteer my-names.jsonl   # your own names
  qawl export --ner DIR --stance DIR --out DIR --no-gazetteer
  qawl export --ner models/ner-tiny --stance models/stance-tiny --out models/bundle-tiny --onnx
      # then: qawl analyze --backend onnx-int8 ...""",
    "analyze": """
examples:
  qawl analyze examples/article.txt                       # JSON on stdout
  qawl analyze examples/article.txt --format table        # two tables
  qawl analyze examples/article.txt --html article.html   # the article view in a browser
  qawl analyze --jsonl corpus.jsonl --field body --html corpus.html --min-score 0.5
  qawl analyze --jsonl corpus.jsonl --output out.jsonl --workers 2 --resume   # any size, resumable
  cat article.txt | qawl analyze --format table --no-color""",
    "evaluate-articles": """
example:
  qawl evaluate-articles models/bundle-tiny data/articles/test.jsonl --out reports
      # reports/articles-test.json, .md, -entity-types.png and -stance-confusion.png""",
    "corpus": """
examples:
  qawl corpus check            # validate data/ (exit 1 on problems)
  qawl corpus report           # counts per split, as Markdown
  qawl corpus build            # rebuild data/ from data/source/""",
}


VERBOSE_HELP = "show Hugging Face's progress bars, per-step logs and warnings, and debug logging"


def _subcommand(sub, name: str, help: str):
    """A subcommand whose --help ends with its examples (kept as written).

    ``--verbose`` works after the command too (``qawl train c.yaml -v``); SUPPRESS
    keeps a subcommand's default from overwriting ``qawl -v train …``.
    """
    s = sub.add_parser(
        name,
        help=help,
        description=help,
        epilog=EXAMPLES[name],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=VERBOSE_HELP)
    return s


def _engine_flags(s) -> None:
    """--device, --backend and --threads: where and how the models run."""
    from qawl.models.backends import BACKENDS  # numpy only: the CLI stays quick to start

    s.add_argument("--device", help="cpu, cuda, cuda:1… (default: cuda when torch sees a GPU, else cpu)")
    s.add_argument(
        "--backend",
        choices=BACKENDS,
        default="torch",
        help="inference engine: torch (default); torch-bf16, the same models in bfloat16 "
        "(several times faster on CPUs with AVX512-BF16 or AMX and on GPUs, answers a little "
        "different); or ONNX Runtime on the fp32 or int8 models of a bundle exported with "
        "`qawl export --onnx`",
    )
    s.add_argument(
        "--threads",
        type=int,
        metavar="N",
        help="threads per forward pass (default: every core; fewer is faster on a busy machine)",
    )


def _positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1 (argparse names the flag)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return number


def _model_batch_size(s) -> None:
    s.add_argument(
        "--model-batch-size",
        type=_positive_int,
        default=32,
        help="windows or statements per forward pass (default: 32)",
    )
    s.add_argument(
        "--batch-tokens",
        type=_positive_int,
        metavar="N",
        help="most padded positions (rows x width) per forward pass, so that batches of long "
        "rows are smaller (default: 512 on a CPU, none on a GPU)",
    )


def _set_flag(s, example: str) -> None:
    """--set KEY=VALUE overrides of a config (repeatable; later wins)."""
    s.add_argument(
        "--set",
        nargs="+",
        action="extend",
        default=[],
        metavar="KEY=VALUE",
        help=f"override config values, e.g. {example} (repeatable; later wins)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and docs)."""
    from qawl._version import __version__

    p = argparse.ArgumentParser(
        prog="qawl",
        description="Arabic news: who is named, and who said what with which stance.",
        epilog="Run `qawl COMMAND --help` for a command's options and examples.",
    )
    p.add_argument("--version", action="version", version=f"qawl {__version__}")
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=VERBOSE_HELP,
    )
    sub = p.add_subparsers(
        dest="command",
        required=True,
        metavar="COMMAND",
        help="what to do (`qawl COMMAND --help` shows examples)",
    )

    s = _subcommand(sub, "train", "train a model from a YAML config")
    s.add_argument("config", help="a run config, e.g. configs/ner-tiny.yaml")
    _set_flag(s, "training.epochs=3")
    s.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run from its last checkpoint (same config)",
    )
    s.set_defaults(func=_train)

    s = _subcommand(sub, "pretrain", "pretrain a BERT encoder on raw text (masked LM)")
    s.add_argument("config", help="a pretraining config, e.g. configs/pretrain-mini.yaml")
    _set_flag(s, "training.max_steps=1000")
    s.add_argument(
        "--resume", action="store_true", help="continue from the newest checkpoint in the output directory"
    )
    s.set_defaults(func=_pretrain)

    s = _subcommand(sub, "evaluate", "score a model directory on a labelled file")
    s.add_argument("model_dir", help="a model directory written by `qawl train`")
    s.add_argument("data_file", help="CoNLL/JSONL NER data or stance JSONL, matching the model's task")
    s.add_argument("--out", default="reports", help="report folder (default: reports)")
    s.add_argument("--no-charts", action="store_true", help="write the JSON and Markdown only, no PNG charts")
    _model_batch_size(s)
    s.add_argument(
        "--allow-unknown-labels",
        action="store_true",
        help="score gold labels the model does not know (as misses) instead of stopping",
    )
    s.set_defaults(func=_evaluate)

    s = _subcommand(sub, "predict", "print entities of texts with an NER model directory")
    s.add_argument("model_dir", help="an NER model directory (or a bundle)")
    s.add_argument("text", nargs="+", help="one or more texts, each analyzed on its own")
    s.add_argument(
        "--min-score", type=float, default=0.0, metavar="P", help="leave out entities scored below P (0-1)"
    )
    _engine_flags(s)
    s.set_defaults(func=_predict)

    s = _subcommand(sub, "export", "bundle NER and stance models for qawl.load")
    s.add_argument("--ner", required=True, help="the NER model directory")
    s.add_argument("--stance", help="the stance model directory (statements get no stance without it)")
    s.add_argument("--out", required=True, help="the bundle directory to write")
    s.add_argument(
        "--gazetteer",
        nargs="+",
        action="extend",
        help="JSONL files or folders of known names for the entity ruler "
        "(default: the shipped gazetteer of public facts)",
    )
    s.add_argument("--no-gazetteer", action="store_true", help="bundle no entity ruler")
    s.add_argument(
        "--onnx",
        action="store_true",
        help="also export both models to ONNX, fp32 and int8 (needs `pip install 'qawl[onnx]'`), "
        "for --backend onnx / onnx-int8",
    )
    s.set_defaults(func=_export)

    s = _subcommand(sub, "analyze", "entities and statements of articles (files, stdin, JSONL)")
    s.add_argument("files", nargs="*", help="text files (one article each); stdin if none")
    s.add_argument("--model", default=DEFAULT_BUNDLE, help=f"bundle directory (default {DEFAULT_BUNDLE})")
    s.add_argument("--jsonl", action="store_true", help="inputs are JSONL, one article per line")
    s.add_argument("--field", default="text", help="JSONL field with the text (default: text)")
    s.add_argument(
        "--format",
        choices=["json", "jsonl", "table"],
        help="output format (default: json for one article, jsonl for many; none with --html alone)",
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
    s.add_argument(
        "--html",
        metavar="OUT.html",
        help="also write one self-contained HTML page showing every article (right to left, "
        "entities and statements marked); alone, it replaces the stdout output",
    )
    s.add_argument(
        "--min-score",
        type=float,
        default=0.0,
        metavar="P",
        help="leave out entities scored below P (0-1), in every output (default: 0, keep all)",
    )
    s.add_argument("--doc-batch-size", type=int, default=8, help="documents analyzed together (default: 8)")
    s.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="--jsonl corpus: worker processes, each with its own copy of the models (default: 1)",
    )
    s.add_argument(
        "--resume",
        action="store_true",
        help="--jsonl corpus with --output: skip documents whose id the output already holds and "
        "append the rest (finishes an interrupted run)",
    )
    _model_batch_size(s)
    _engine_flags(s)
    _pipeline_flags(s)
    s.add_argument(
        "--bidi",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="table output: reorder Arabic for left-to-right terminals (default: only when writing "
        "to a terminal; --no-bidi for terminals that lay out Arabic themselves)",
    )
    s.add_argument("--no-color", action="store_true", help="table output: no colours or styles")
    s.set_defaults(func=_analyze)

    s = _subcommand(sub, "evaluate-articles", "end-to-end scores on gold articles")
    s.add_argument("bundle", help="a bundle directory written by `qawl export`")
    s.add_argument("data_file", help="gold articles (JSONL), e.g. data/articles/test.jsonl")
    s.add_argument("--out", default="reports", help="report folder (default: reports)")
    s.add_argument("--no-charts", action="store_true", help="write the JSON and Markdown only, no PNG charts")
    _model_batch_size(s)
    _engine_flags(s)
    _pipeline_flags(s)
    s.set_defaults(func=_evaluate_articles)

    s = _subcommand(sub, "corpus", "build, check or report on the shipped corpus")
    s.add_argument(
        "action",
        choices=["build", "check", "report"],
        help="build: rebuild data/ from data/source/; check: validate it; report: print its counts",
    )
    s.add_argument("--data", default="data", help="the data folder (default: data)")
    s.set_defaults(func=_corpus)
    return p


class _LogLines(logging.Formatter):
    """``12:03:41 message`` for information, ``12:03:41 WARNING message`` for the rest."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        return line if record.levelno == logging.INFO else line.replace(" ", f" {record.levelname} ", 1)


def _quiet_hugging_face(verbose: bool) -> None:
    """Hugging Face's own logs, advisory warnings and progress bars: shown with --verbose only.

    Environment variables, read when the libraries are first imported (after this);
    a value the user already set wins.
    """
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if verbose:
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "info")
        return
    for name, value in (
        ("TRANSFORMERS_VERBOSITY", "error"),
        ("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1"),
        ("HF_HUB_DISABLE_PROGRESS_BARS", "1"),
        ("HF_DATASETS_DISABLE_PROGRESS_BARS", "1"),
    ):
        os.environ.setdefault(name, value)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``qawl`` console script."""
    args = build_parser().parse_args(argv)
    handler = logging.StreamHandler()
    handler.setFormatter(_LogLines("%(asctime)s %(message)s", datefmt="%H:%M:%S"))
    # qawl's own lines (one per epoch, counts, warnings) always; other libraries'
    # information only with --verbose.
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, handlers=[handler])
    logging.getLogger("qawl").setLevel(logging.DEBUG if args.verbose else logging.INFO)
    _quiet_hugging_face(args.verbose)
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
