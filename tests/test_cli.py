"""A few end-to-end runs of the console script's functions (argument parsing included)."""

import json

from conftest import FIXTURES

from qawl.cli import main


def test_cli_train_with_overrides_and_predict(tmp_path, capsys):
    import yaml

    cfg = tmp_path / "c.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "task": "ner",
                "run_name": "cli",
                "data": {"train": str(FIXTURES / "ner_train.conll"), "dev": str(FIXTURES / "ner_dev.conll")},
                "model": {
                    "from_scratch": {
                        "vocab_size": 300,
                        "min_frequency": 1,
                        "hidden_size": 32,
                        "num_layers": 1,
                        "num_heads": 2,
                        "intermediate_size": 64,
                    },
                    "max_length": 32,
                    "stride": 8,
                },
            },
            allow_unicode=True,
        )
    )
    out = tmp_path / "m"
    assert main(["train", str(cfg), "--set", "training.epochs=2", f"output_dir={out}"]) == 0
    assert "epochs: 2.0" in (out / "training_config.yaml").read_text()
    printed = capsys.readouterr().out
    # A closing summary, and none of the Trainer's per-step dicts (those need --verbose).
    assert printed.startswith("best epoch ") and " of 2 (dev f1 " in printed
    assert "test: not evaluated" in printed and f"model: {out} (" in printed
    assert "{'loss'" not in printed and "'eval_loss'" not in printed
    assert (out / "learning_curve.png").is_file()
    assert "![dev f1 per epoch](learning_curve.png)" in (out / "README.md").read_text(encoding="utf-8")
    assert main(["predict", str(out), "قال بوتين في موسكو"]) == 0
    assert main(["predict", str(out), "قال بوتين في موسكو", "--min-score", "1.01"]) == 0
    assert capsys.readouterr().out.endswith("(no entities)\n")


def test_cli_bad_config_key_is_a_clear_error(tmp_path, capsys):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("task: ner\nrun_name: x\nmodle: {}\n")
    assert main(["train", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert "c.yaml" in err and "modle: unknown key" in err


def test_cli_analyze_json_jsonl_and_table(tiny_bundle, tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("وقال مارك روته إن الحلف يراقب الوضع في كورسك.", encoding="utf-8")
    assert main(["analyze", "--model", str(tiny_bundle), str(art)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["text"].startswith("وقال") and [s["text"] for s in doc["statements"]] == [
        "الحلف يراقب الوضع في كورسك"
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps({"id": f"d{i}", "body": "قال روته إن الحلف يراقب."}, ensure_ascii=False)
            for i in range(3)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert (
        main(
            [
                "analyze",
                "--model",
                str(tiny_bundle),
                "--jsonl",
                "--field",
                "body",
                "--output",
                str(out),
                str(corpus),
            ]
        )
        == 0
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["d0", "d1", "d2"]
    assert main(["analyze", "--model", str(tiny_bundle), "--format", "table", str(art)]) == 0
    table = capsys.readouterr().out
    assert "statements (1)" in table
    assert any(label in table for label in ("neutral", "escalation", "condemnation"))


def test_cli_predict_refuses_stance_model(tiny_stance, capsys):
    assert main(["predict", str(tiny_stance), "نص"]) == 2
    assert "stance model" in capsys.readouterr().err


def test_cli_missing_input_file(tiny_bundle, capsys):
    assert main(["analyze", "--model", str(tiny_bundle), "nope.txt"]) == 2
    assert "nope.txt: no such file" in capsys.readouterr().err


def test_cli_corpus_check_and_report(capsys):
    from conftest import ROOT

    assert main(["corpus", "check", "--data", str(ROOT / "data")]) == 0
    assert "0 problem(s)" in capsys.readouterr().out
    assert main(["corpus", "report", "--data", str(ROOT / "data")]) == 0
    assert "| split | articles | sentences | tokens |" in capsys.readouterr().out


def test_cli_version_and_help_teach(capsys):
    import argparse

    import pytest

    from qawl import __version__
    from qawl.cli import build_parser

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out == f"qawl {__version__}\n"
    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert commands.help
    for name, sub in commands.choices.items():
        positionals = [a for a in sub._actions if not a.option_strings]
        assert all(a.help for a in positionals), f"{name}: a positional argument without help"
        assert sub.epilog and f"qawl {name}" in sub.epilog, f"{name}: no example"
        assert sub.format_help().rstrip().endswith(sub.epilog.strip().splitlines()[-1].strip())
    # --verbose reads the same before and after the command.
    assert (
        parser.parse_args(["train", "c.yaml", "-v"]).verbose
        and parser.parse_args(["-v", "train", "c.yaml"]).verbose
    )
    assert not parser.parse_args(["train", "c.yaml"]).verbose


def test_cli_analyze_html_page_and_min_score(tiny_bundle, tmp_path, capsys, monkeypatch):
    art = tmp_path / "a.txt"
    art.write_text("وقال مارك روته إن الحلف يراقب الوضع في كورسك.", encoding="utf-8")
    page = tmp_path / "view.html"
    assert main(["analyze", "--model", str(tiny_bundle), str(art), "--html", str(page)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and f"wrote {page} (1 document(s))" in captured.err  # the page is the output
    html = page.read_text(encoding="utf-8")
    assert 'dir="rtl"' in html and 'class="stmt ' in html and str(art) in html
    # --min-score filters entities in every format: JSON, the page, the table.
    assert main(["analyze", "--model", str(tiny_bundle), str(art)]) == 0
    scores = [e["score"] for e in json.loads(capsys.readouterr().out)["entities"]]
    cut = sorted(scores)[len(scores) // 2] if scores else 0.5
    args = ["analyze", "--model", str(tiny_bundle), str(art), "--min-score", str(cut)]
    assert main([*args, "--html", str(page), "--format", "json"]) == 0
    kept = json.loads(capsys.readouterr().out)["entities"]
    assert [e["score"] for e in kept] == [s for s in scores if s >= cut]
    assert page.read_text(encoding="utf-8").count('<mark class="ent ') == len(kept)
    monkeypatch.chdir(tmp_path)  # a short name keeps the table's title on one line
    assert (
        main(["analyze", "--model", str(tiny_bundle), "a.txt", "--min-score", "1.01", "--format", "table"])
        == 0
    )
    assert "a.txt entities (0)" in capsys.readouterr().out


def test_cli_analyze_corpus_html_lists_documents(tiny_bundle, tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps({"id": f"d{i}", "text": "قال روته إن الحلف يراقب."}, ensure_ascii=False)
            for i in range(3)
        ),
        encoding="utf-8",
    )
    page = tmp_path / "corpus.html"
    assert main(["analyze", "--model", str(tiny_bundle), "--jsonl", str(corpus), "--html", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "3 documents" in html and all(f'href="#doc-{i}"' in html for i in (1, 2, 3))
    assert all(f"<bdi>d{i}</bdi>" in html for i in range(3))


def test_cli_table_bidi_only_on_a_terminal_or_when_asked(tiny_bundle, tmp_path, capsys, monkeypatch):
    art = tmp_path / "a.txt"
    statement = "الحلف يراقب الوضع"  # short: one line in an 80-column table
    art.write_text(f"وقال مارك روته إن {statement}.", encoding="utf-8")
    table = ["analyze", "--model", str(tiny_bundle), str(art), "--format", "table"]
    assert main(table) == 0  # captured stdout is a pipe: logical order, as in the file
    out = capsys.readouterr().out
    assert statement in out and "\x1b[" not in out
    assert main([*table, "--bidi"]) == 0
    assert statement[::-1] in capsys.readouterr().out  # reordered for a left-to-right terminal
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich now takes stdout for a terminal
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert main(table) == 0
    out = capsys.readouterr().out
    assert "\x1b[" in out and statement[::-1] in out  # a terminal: colours and bidi by default
    assert main([*table, "--no-color", "--no-bidi"]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" not in out and statement in out


def test_cli_closed_labels_reach_the_pipeline():
    from qawl.cli import _engine, build_parser

    parser = build_parser()
    args = parser.parse_args(["analyze", "a.txt", "--closed-labels", "GPE,LOC,ORG"])
    assert _engine(args)["closed_labels"] == ["GPE", "LOC", "ORG"]
    assert _engine(parser.parse_args(["analyze", "a.txt", "--closed-labels", ""]))["closed_labels"] == []
    # Unset: qawl.load's default (CLOSED_LABELS) applies.
    assert "closed_labels" not in _engine(parser.parse_args(["evaluate-articles", "b", "g.jsonl"]))


def test_cli_cue_stance_reaches_the_pipeline():
    from qawl.cli import _engine, build_parser

    parser = build_parser()
    assert _engine(parser.parse_args(["analyze", "a.txt", "--no-cue-stance"]))["cue_stance"] is False
    assert (
        _engine(parser.parse_args(["evaluate-articles", "b", "g.jsonl", "--cue-stance"]))["cue_stance"]
        is True
    )
    # Unset: qawl.load's default (on) applies.
    assert "cue_stance" not in _engine(parser.parse_args(["analyze", "a.txt"]))
