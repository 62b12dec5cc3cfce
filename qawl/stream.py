"""The corpus mode: a JSONL corpus of any size, analyzed with constant memory.

    corpus.jsonl ──lazy reader──▶ chunks ──▶ worker processes (each holds a Pipeline)
                                                   │ JSON lines
    out.jsonl ◀── one complete line per document, in input order, written by the parent

- **Constant memory.** Input is read lazily, and at most ``2 × workers`` chunks are
  in flight or waiting for their turn to be written, however big the corpus.
- **Workers.** ``workers=1`` analyzes in this process; ``N > 1`` starts N processes
  (``spawn``), each loading the bundle once and using ``cores / N`` threads
  unless ``threads`` is given.
- **Safe output.** Only the parent writes, one ``write`` of one complete line per
  document on a file opened for appending. A worker that dies (killed, out of
  memory) never wrote anything: its documents are analyzed again by a fresh pool
  (up to ``max_restarts`` times), so no line is partial or duplicated.
- **Resume.** With ``resume=True`` the ids already in the output are skipped
  (a partial last line, left by a run killed in the middle of a write, is cut
  off first), so an interrupted run finishes without redoing or duplicating
  documents. Each output line carries the input's ``id``.
- **Progress.** A bar with documents per second and the time left (``tqdm``).

Example:
    >>> stats = analyze_corpus("models/bundle-tiny", ["corpus.jsonl"], "out.jsonl",   # doctest: +SKIP
    ...                        workers=2, resume=True)
    >>> stats.written, stats.skipped                                                 # doctest: +SKIP
    (9500, 500)
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from qawl.data.readers import SkippedLines, iter_texts

logger = logging.getLogger(__name__)

Chunk = list[tuple[int, str, str]]  # (position in the input, id, text)


@dataclass
class CorpusStats:
    """What a corpus run did.

    Attributes:
        written: Documents analyzed and written by this run.
        skipped: Documents skipped because the output already had them (resume).
        seconds: Wall time of the run, model loading included.
        restarts: Times the worker pool was restarted after a worker died.
    """

    written: int = 0
    skipped: int = 0
    seconds: float = 0.0
    restarts: int = 0

    @property
    def docs_per_second(self) -> float:
        return self.written / self.seconds if self.seconds else 0.0


def finished_ids(output: str | Path) -> Counter[str]:
    """How many times each id already appears in an output file, for ``resume``.

    A last line without its newline (a writer killed mid-write) is cut off the
    file first, so the resumed run appends after whole lines only.

    Args:
        output: A JSONL output of this mode (absent: nothing finished).

    Returns:
        Counts of ``id`` values (an id repeated in the input is counted per line).

    Raises:
        ValueError: A complete line that is not this mode's JSON (the wrong file).
    """
    path = Path(output)
    done: Counter[str] = Counter()
    if not path.is_file():
        return done
    with path.open("rb+") as handle:
        good = 0  # bytes up to the end of the last complete line
        for n, raw in enumerate(handle, 1):
            if not raw.endswith(b"\n"):
                break
            try:
                done[str(json.loads(raw)["id"])] += 1
            except (ValueError, KeyError, TypeError):
                raise ValueError(
                    f"{path}:{n}: not an output line of `qawl analyze --jsonl` (no JSON with an id); "
                    "choose another --output or drop --resume"
                ) from None
            good += len(raw)
        if handle.seek(0, os.SEEK_END) > good:
            logger.warning("%s: cutting off a partial last line left by an interrupted run", path)
            handle.truncate(good)
    return done


def count_documents(paths: Iterable[str | Path]) -> int:
    """Non-empty lines of JSONL files (the progress bar's total), read in blocks."""
    total = 0
    for p in paths:
        with open(p, "rb") as handle:
            total += sum(1 for line in handle if line.strip())
    return total


class _Writer:
    """Appends complete lines to a file descriptor (or a text stream), one ``write`` each."""

    def __init__(self, output: str | Path | None, append: bool):
        self.stream: IO[str] | None = None
        self.fd: int | None = None
        if output is None:
            self.stream = sys.stdout
        else:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
            self.fd = os.open(output, flags, 0o644)

    def write(self, line: str) -> None:
        if self.stream is not None:
            self.stream.write(line)
            self.stream.flush()
            return
        assert self.fd is not None
        data = memoryview(line.encode("utf-8"))
        while data:  # a regular file takes the whole line at once; loop for safety
            data = data[os.write(self.fd, data) :]

    def close(self) -> None:
        if self.fd is not None:
            os.fsync(self.fd)
            os.close(self.fd)


# Worker side ----------------------------------------------------------------------

_PIPELINE: Any = None
_SETTINGS: dict[str, Any] = {}


def _start_worker(
    model: str, options: dict[str, Any], settings: dict[str, Any], in_worker: bool = True
) -> None:
    """Load the pipeline once per process. In a worker, Ctrl-C is the parent's to handle."""
    global _PIPELINE, _SETTINGS
    if in_worker:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    from qawl.pipeline import load

    _PIPELINE = load(model, **options)
    _SETTINGS = settings


def _analyze_chunk(chunk: Chunk) -> list[tuple[int, str]]:
    """``(position, JSON line)`` for each document of a chunk (in a worker or in-process)."""
    docs = _PIPELINE.pipe((text for _, _, text in chunk), doc_batch_size=_SETTINGS["doc_batch_size"])
    out = []
    for (seq, name, _), doc in zip(chunk, docs, strict=True):
        record = {"id": name, **doc.with_min_score(_SETTINGS["min_score"]).to_dict()}
        out.append((seq, json.dumps(record, ensure_ascii=False) + "\n"))
    return out


# Parent side ----------------------------------------------------------------------


def _chunks(records: Iterable[tuple[str, str]], done: Counter[str], size: int, stats: CorpusStats):
    """Chunks of the documents still to do, numbered in input order."""
    todo = []
    seq = 0
    for name, text in records:
        if done[name] > 0:  # already in the output (resume)
            done[name] -= 1
            stats.skipped += 1
            continue
        todo.append((seq, name, text))
        seq += 1
        if len(todo) == size:
            yield todo
            todo = []
    if todo:
        yield todo


def analyze_corpus(
    model: str | Path,
    inputs: list[str],
    output: str | Path | None,
    *,
    field: str = "text",
    workers: int = 1,
    resume: bool = False,
    doc_batch_size: int = 8,
    chunk_size: int | None = None,
    min_score: float = 0.0,
    progress: bool = True,
    max_restarts: int = 3,
    errors: str = "strict",
    encoding: str | None = None,
    skipped: SkippedLines | None = None,
    **load_options: Any,
) -> CorpusStats:
    """Analyze a JSONL corpus into a JSONL output, streaming (see the module docstring).

    Args:
        model: The bundle (or NER model directory) for :func:`qawl.load`.
        inputs: JSONL files (one article per line, text in ``field``, id in
            ``id``); empty: standard input.
        output: The output file, or None for standard output (then no resume).
        field: The JSONL field with the text.
        workers: Processes analyzing documents; 1 analyzes in this process.
        resume: Skip documents whose id the output already holds, and append.
            Without it an existing output is replaced.
        doc_batch_size: Documents a pipeline analyzes together.
        chunk_size: Documents sent to a worker at once (default ``doc_batch_size``).
        min_score: Leave out entities scored below this.
        progress: Show a progress bar on stderr.
        max_restarts: How many times a pool whose worker died is restarted
            before the run stops (the output then holds whole lines only:
            rerun with ``resume=True``).
        errors, encoding, skipped: How input bytes are read, as in
            :func:`qawl.data.readers.iter_texts` (``--errors``, ``--encoding``,
            ``--skip-bad-lines``: skipped lines are counted into ``skipped``).
        load_options: Passed to :func:`qawl.load` (``backend``, ``threads``,
            ``device``, ``model_batch_size``…).

    Returns:
        The run's :class:`CorpusStats`.

    Raises:
        ValueError: ``resume`` without an output file, ``workers`` < 1, or an
            output that is not this mode's.
        RuntimeError: Workers kept dying (after ``max_restarts`` restarts).
        qawl.data.readers.DataError: A JSONL line without the text field.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if resume and output is None:
        raise ValueError("resume needs an output file (--output): standard output cannot be resumed")
    began = time.perf_counter()
    stats = CorpusStats()
    done = finished_ids(output) if resume and output is not None else Counter()
    total = count_documents(inputs) if inputs else None
    records = iter_texts(inputs, jsonl=True, field=field, errors=errors, encoding=encoding, skipped=skipped)
    chunks = _chunks(records, done, chunk_size or doc_batch_size, stats)
    if workers > 1 and not load_options.get("threads"):
        load_options["threads"] = max(1, (os.cpu_count() or 1) // workers)
    settings = {"doc_batch_size": doc_batch_size, "min_score": min_score}
    writer = _Writer(output, append=resume)
    from tqdm import tqdm

    bar = tqdm(total=total, unit="doc", desc="analyze", disable=not progress, file=sys.stderr, smoothing=0.1)
    try:
        if workers == 1:
            _start_worker(str(model), load_options, settings, in_worker=False)
            for chunk in chunks:
                for _, line in _analyze_chunk(chunk):
                    writer.write(line)
                    stats.written += 1
                _advance(bar, stats)
        else:
            _run_pool(str(model), load_options, settings, workers, chunks, writer, stats, bar, max_restarts)
    finally:
        writer.close()
        bar.close()
    stats.seconds = time.perf_counter() - began
    return stats


def _advance(bar: Any, stats: CorpusStats) -> None:
    """Move the bar to the documents done so far (written, or skipped on resume)."""
    bar.update(stats.written + stats.skipped - bar.n)


def _run_pool(
    model: str,
    options: dict[str, Any],
    settings: dict[str, Any],
    workers: int,
    chunks: Iterator[Chunk],
    writer: _Writer,
    stats: CorpusStats,
    bar: Any,
    max_restarts: int,
) -> None:
    """Feed chunks to worker processes; write their lines in input order as they come."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    limit = 2 * workers  # chunks in flight or finished but not yet written
    in_flight: dict[Future, Chunk] = {}
    redo: list[Chunk] = []  # chunks of a pool that broke, to submit again first
    finished: dict[int, str] = {}  # position → line, waiting for the ones before it
    next_seq = 0  # the next position to write
    unwritten_chunks: Counter[int] = Counter()  # chunk first position → lines not yet written
    first_of: dict[int, int] = {}  # position → its chunk's first position
    exhausted = False

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=(model, options, settings)
        )

    pool = new_pool()
    try:
        while True:
            for chunk in redo:  # already counted in unwritten_chunks
                in_flight[pool.submit(_analyze_chunk, chunk)] = chunk
            redo = []
            while len(unwritten_chunks) < limit and not exhausted:
                chunk = next(chunks, [])
                if not chunk:
                    exhausted = True
                    break
                unwritten_chunks[chunk[0][0]] = len(chunk)
                for seq, _, _ in chunk:
                    first_of[seq] = chunk[0][0]
                in_flight[pool.submit(_analyze_chunk, chunk)] = chunk
            if not in_flight:
                break
            ready, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            try:
                for future in ready:
                    for seq, line in future.result():
                        finished[seq] = line
                    del in_flight[future]
            except BrokenProcessPool:
                stats.restarts += 1
                if stats.restarts > max_restarts:
                    raise RuntimeError(
                        f"worker processes died {stats.restarts} times; the output holds every "
                        "document finished before, whole lines only: rerun with --resume"
                    ) from None
                logger.warning("a worker process died; restarting the pool and redoing its documents")
                redo = sorted(in_flight.values(), key=lambda c: c[0][0])
                in_flight.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool()
            while next_seq in finished:  # write in input order
                writer.write(finished.pop(next_seq))
                first = first_of.pop(next_seq)
                unwritten_chunks[first] -= 1
                if unwritten_chunks[first] == 0:
                    del unwritten_chunks[first]
                stats.written += 1
                next_seq += 1
            _advance(bar, stats)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
