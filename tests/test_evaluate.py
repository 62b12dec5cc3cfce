import json

from conftest import FIXTURES

from qawl.eval.evaluate import evaluate
from qawl.models.io import model_task


def test_evaluate_ner_writes_json_and_markdown(tiny_ner, tmp_path):
    scores = evaluate(tiny_ner, FIXTURES / "ner_dev.conll", tmp_path)["scores"]
    assert model_task(tiny_ner) == "ner"
    report = json.loads((tmp_path / "eval-ner_dev.json").read_text())
    assert report == scores.to_dict()
    assert report["default"]["micro"]["f1"] == scores.default.micro.f1
    lines = (FIXTURES / "ner_dev.conll").read_text(encoding="utf-8").splitlines()
    assert report["words"] == sum(1 for line in lines if line.strip())
    md = (tmp_path / "eval-ner_dev.md").read_text()
    assert "strict IOB2" in md and "default (conlleval)" in md
    # The per-type chart sits beside the report, embedded by a relative link.
    assert "![Precision, recall and F1 per entity type](eval-ner_dev-per-type.png)" in md
    assert (tmp_path / "eval-ner_dev-per-type.png").read_bytes()[:4] == b"\x89PNG"


def test_evaluate_stance_writes_confusion(tiny_stance, tmp_path):
    scores = evaluate(tiny_stance, FIXTURES / "stance_dev.jsonl", tmp_path)["scores"]
    assert model_task(tiny_stance) == "stance"
    assert scores.n == 4
    assert sum(map(sum, scores.matrix)) == 4
    md = (tmp_path / "eval-stance_dev.md").read_text()
    assert "Confusion" in md and "![Stance confusion matrix](eval-stance_dev-confusion.png)" in md
    assert (tmp_path / "eval-stance_dev-confusion.png").is_file()


def test_evaluate_reports_go_where_asked_without_charts_if_asked(tiny_stance, tmp_path):
    result = evaluate(tiny_stance, FIXTURES / "stance_dev.jsonl", tmp_path / "deep" / "out", charts=False)
    assert result["charts"] == [] and "![" not in result["markdown"]
    assert sorted(p.name for p in (tmp_path / "deep" / "out").iterdir()) == [
        "eval-stance_dev.json",
        "eval-stance_dev.md",
    ]
