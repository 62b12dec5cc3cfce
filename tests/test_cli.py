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
    assert main(["train", str(cfg), "--set", "training.epochs=1", f"output_dir={out}"]) == 0
    assert "epochs: 1.0" in (out / "training_config.yaml").read_text()
    assert main(["predict", str(out), "قال بوتين في موسكو"]) == 0
    printed = capsys.readouterr().out
    assert "model saved to" in printed


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
