"""The corpus mode (qawl.stream): order, ids, resume, workers, and killed processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from test_speed import fixed_bundle  # noqa: F401  (a module fixture, reused)

from qawl.stream import analyze_corpus, finished_ids


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """80 short articles (the golden inputs' first paragraphs), with ids, one repeated."""
    from test_golden import _texts

    paragraphs = [text.split("\n")[1] if "\n" in text else text for _, text in _texts()]
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    lines = [{"id": f"d{k:03d}", "text": paragraphs[k % len(paragraphs)]} for k in range(80)]
    lines.append({"id": "d000", "text": paragraphs[0]})  # an id seen twice is written twice
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    return path


def ids_of(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def expected_ids(corpus: Path) -> list[str]:
    return [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def reference(fixed_bundle, corpus, tmp_path_factory) -> list[str]:  # noqa: F811
    """The corpus analyzed in this process, in one go: the lines every run must give."""
    out = tmp_path_factory.mktemp("ref") / "out.jsonl"
    stats = analyze_corpus(fixed_bundle, [str(corpus)], out, progress=False, threads=1)
    assert stats.written == 81 and stats.skipped == 0
    return out.read_text(encoding="utf-8").splitlines()


def test_stream_writes_every_document_in_input_order_with_its_id(reference, corpus):
    assert [json.loads(line)["id"] for line in reference] == expected_ids(corpus)
    assert all({"id", "text", "entities", "statements"} <= set(json.loads(line)) for line in reference)


def test_stream_resume_skips_finished_documents_and_cuts_a_partial_line(
    fixed_bundle,  # noqa: F811
    corpus,
    reference,
    tmp_path,
):
    out = tmp_path / "out.jsonl"
    # An interrupted run: 50 whole lines, then half of the next one.
    out.write_text("\n".join(reference[:50]) + "\n" + reference[50][:40], encoding="utf-8")
    assert sum(finished_ids(out).values()) == 50 and out.read_text().endswith("\n")
    stats = analyze_corpus(fixed_bundle, [str(corpus)], out, resume=True, progress=False, threads=1)
    assert (stats.written, stats.skipped) == (31, 50)
    assert out.read_text(encoding="utf-8").splitlines() == reference
    # Resuming a finished run does nothing.
    again = analyze_corpus(fixed_bundle, [str(corpus)], out, resume=True, progress=False)
    assert (again.written, again.skipped) == (0, 81)


def test_stream_refuses_resume_without_output_and_foreign_files(fixed_bundle, corpus, tmp_path):  # noqa: F811
    with pytest.raises(ValueError, match="output"):
        analyze_corpus(fixed_bundle, [str(corpus)], None, resume=True)
    other = tmp_path / "other.jsonl"
    other.write_text('{"text": "no id"}\n')
    with pytest.raises(ValueError, match="not an output line"):
        analyze_corpus(fixed_bundle, [str(corpus)], other, resume=True)


def _start_cli(bundle: Path, corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TOKENIZERS_PARALLELISM": "false"}
    argv = [sys.executable, "-m", "qawl.cli", "analyze", "--jsonl", str(corpus), "--output", str(out)]
    argv += ["--model", str(bundle), "--doc-batch-size", "2", "--threads", "1", *extra]
    return subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_lines(out: Path, n: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.is_file() and out.read_bytes().count(b"\n") >= n:
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError(f"no {n} lines in {out} after {timeout} s")


def test_stream_killed_worker_leaves_no_partial_or_duplicated_line(fixed_bundle, corpus, reference, tmp_path):  # noqa: F811
    psutil = pytest.importorskip("psutil")
    out = tmp_path / "out.jsonl"
    proc = _start_cli(fixed_bundle, corpus, out, "--workers", "2")
    try:
        _wait_for_lines(out, 6, proc)
        workers = [c for c in psutil.Process(proc.pid).children() if "spawn_main" in " ".join(c.cmdline())]
        assert len(workers) >= 2
        os.kill(workers[0].pid, signal.SIGKILL)  # mid-run: most documents are still to do
        _, err = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "worker process died" in err
    lines = out.read_text(encoding="utf-8").splitlines()
    # Every document once, whole, in input order: the pool was restarted and redid the
    # dead worker's documents, which it had never written (only the parent writes).
    assert lines == reference


def test_stream_killed_run_resumes_without_redoing_or_duplicating(fixed_bundle, corpus, reference, tmp_path):  # noqa: F811
    out = tmp_path / "out.jsonl"
    proc = _start_cli(fixed_bundle, corpus, out)
    try:
        _wait_for_lines(out, 6, proc)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)  # also closes the pipes
    finally:
        proc.kill()
    done = out.read_bytes().count(b"\n")
    assert 6 <= done < len(reference)
    resumed = _start_cli(fixed_bundle, corpus, out, "--resume")
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    assert f"{len(reference) - done} document(s) written, {done} already done" in err
    assert out.read_text(encoding="utf-8").splitlines() == reference


def test_stream_datasets_map_example_gives_the_same_lines(fixed_bundle, corpus, reference, tmp_path):  # noqa: F811
    # The batch job on another engine: Hugging Face datasets.map(num_proc=2), a local
    # "cluster" of one machine (examples/datasets_map.py, run as the README shows).
    from test_speed import assert_same_analysis

    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_DATASETS_OFFLINE": "1"}
    argv = [sys.executable, str(ROOT / "examples" / "datasets_map.py"), str(corpus), str(out)]
    argv += ["--bundle", str(fixed_bundle), "--num-proc", "2", "--batch-size", "8"]
    argv += ["--cache-dir", str(tmp_path / "cache")]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "81 articles analyzed by 2 process(es)" in done.stdout
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert_same_analysis(got, [json.loads(line) for line in reference])


def test_stream_flags_need_a_jsonl_corpus(tmp_path, capsys):
    from qawl.cli import main

    article = tmp_path / "a.txt"
    article.write_text("قال روته إن الحلف يراقب.", encoding="utf-8")
    assert main(["analyze", str(article), "--workers", "2"]) == 2
    assert "--jsonl" in capsys.readouterr().err
