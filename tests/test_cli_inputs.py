"""What a new user hits first, through the console script: inputs are checked before models load."""

import gzip
import io
import json

import pytest

from qawl.cli import STDIN_HINT, main

ARTICLE = "وقال مارك روته إن الحلف يراقب الوضع في كورسك."


def test_cli_inputs_other_encodings_fail_before_the_models_load(tmp_path, capsys):
    # The model path does not exist: the input error must come first, and in one line.
    old = tmp_path / "old.txt"
    old.write_bytes(ARTICLE.encode("cp1256"))
    assert main(["analyze", "--model", str(tmp_path / "no-model"), str(old)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qawl analyze: error: ") and err.count("\n") == 1
    assert "Windows-1256" in err and "iconv -f WINDOWS-1256 -t UTF-8" in err and "Traceback" not in err
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02\x03garbage")
    assert main(["analyze", "--model", str(tmp_path / "no-model"), str(binary)]) == 2
    assert "looks binary" in capsys.readouterr().err


def test_cli_inputs_utf16_gzip_and_code_page_are_read(tiny_bundle, tmp_path, capsys):
    files = {"u16.txt": ARTICLE.encode("utf-16"), "a.txt.gz": gzip.compress(ARTICLE.encode())}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        assert main(["analyze", "--model", str(tiny_bundle), str(tmp_path / name)]) == 0
        assert json.loads(capsys.readouterr().out)["text"] == ARTICLE
    (tmp_path / "old.txt").write_bytes(ARTICLE.encode("cp1256"))
    args = ["analyze", "--model", str(tiny_bundle), "--encoding", "cp1256", str(tmp_path / "old.txt")]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["text"] == ARTICLE


def test_cli_inputs_invalid_utf8_error_or_replace(tiny_bundle, tmp_path, capsys):
    f = tmp_path / "bad.txt"
    f.write_bytes(ARTICLE.encode() + b" \xff")
    assert main(["analyze", "--model", str(tiny_bundle), str(f)]) == 2
    err = capsys.readouterr().err
    assert f"bad.txt: invalid UTF-8 at byte offset {len(ARTICLE.encode()) + 1} (line 1" in err
    assert main(["analyze", "--model", str(tiny_bundle), "--errors", "replace", str(f)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == ARTICLE + " \ufffd"


def test_cli_inputs_skip_bad_lines_counts_what_it_skipped(tiny_bundle, tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    good = [json.dumps({"id": f"d{i}", "text": ARTICLE}, ensure_ascii=False) for i in range(2)]
    corpus.write_text(good[0] + '\n{"id": "broken", "text": \n' + good[1] + "\n", encoding="utf-8")
    assert main(["analyze", "--model", str(tiny_bundle), "--jsonl", str(corpus)]) == 2
    assert "c.jsonl:2: not valid JSON" in capsys.readouterr().err
    assert main(["analyze", "--model", str(tiny_bundle), "--jsonl", "--skip-bad-lines", str(corpus)]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["d0", "d1"]
    assert (
        "qawl analyze: skipped 1 bad line(s): " in captured.err
        and "c.jsonl:2: not valid JSON" in captured.err
    )


class _Terminal(io.TextIOWrapper):
    """A stdin that says it is a terminal, with what the user typed in its buffer."""

    def isatty(self):
        return True


def test_cli_inputs_terminal_stdin_says_what_it_waits_for(tiny_bundle, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", _Terminal(io.BytesIO(ARTICLE.encode()), encoding="utf-8"))
    assert main(["analyze", "--model", str(tiny_bundle)]) == 0
    captured = capsys.readouterr()
    assert STDIN_HINT in captured.err and "Ctrl-D" in STDIN_HINT
    assert json.loads(captured.out)["text"] == ARTICLE


def test_cli_inputs_repeated_set_keeps_every_override(tmp_path, capsys):
    # The earlier --set is applied too: its typo must be the error reported.
    cfg = tmp_path / "c.yaml"
    cfg.write_text("task: ner\nrun_name: x\ndata: {train: a, dev: b}\nmodel: {pretrained: m}\n")
    assert main(["train", str(cfg), "--set", "trainig.epochs=1", "--set", "seed=3"]) == 2
    assert "trainig: unknown key" in capsys.readouterr().err
    from qawl.cli import build_parser

    args = build_parser().parse_args(["train", "c.yaml", "--set", "a=1", "b=2", "--set", "c=3"])
    assert args.set == ["a=1", "b=2", "c=3"]


@pytest.mark.parametrize("flag", ["--errors", "--encoding", "--skip-bad-lines"])
def test_cli_inputs_options_are_documented(flag, capsys):
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    assert flag in capsys.readouterr().out
