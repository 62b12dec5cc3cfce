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


def test_evaluate_refuses_gold_labels_the_model_does_not_know(tiny_ner, tiny_stance, tmp_path):
    import pytest

    from qawl.data.readers import DataError

    stance = tmp_path / "s.jsonl"
    rows = [
        {"speaker": "روته", "statement": "لن نتردد في الرد", "label": "escalation"},
        {"speaker": "روته", "statement": "نرفض هذا العدوان", "label": "angry"},
    ]
    stance.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    with pytest.raises(DataError, match=r"does not know: 'angry' ×1 \(first at .*s\.jsonl:2\)") as err:
        evaluate(tiny_stance, stance, tmp_path)
    assert "--allow-unknown-labels" in str(err.value)
    scores = evaluate(tiny_stance, stance, tmp_path, allow_unknown_labels=True)["scores"]
    assert scores.labels[-1] == "angry" and scores.per_class["angry"].support == 1
    assert sum(scores.matrix[-1]) == 1 and scores.per_class["angry"].f1 == 0.0

    ner = tmp_path / "n.conll"
    ner.write_text("قال O\nبوتين B-FOO\nفي O\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"'B-FOO' ×1 \(first at .*n\.conll:1\)"):
        evaluate(tiny_ner, ner, tmp_path)
    assert evaluate(tiny_ner, ner, tmp_path, allow_unknown_labels=True)["scores"].default.micro.recall == 0.0
    ner.write_text("قال O\nبوتين PERSON\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"n\.conll:1 word 1 \(.بوتين.\): tag .PERSON. is not IOB2"):
        evaluate(tiny_ner, ner, tmp_path, allow_unknown_labels=True)
