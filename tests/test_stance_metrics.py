import pytest

from qawl.eval.report import stance_markdown
from qawl.eval.stance_metrics import StanceScores, stance_scores

LABELS = ["condemnation", "escalation", "neutral"]


def test_stance_metrics_confusion_and_macro_f1():
    gold = ["escalation", "escalation", "condemnation", "neutral"]
    pred = ["escalation", "condemnation", "condemnation", "neutral"]
    s = stance_scores(gold, pred, LABELS)
    assert s.accuracy == 0.75
    assert s.matrix == [[1, 0, 0], [1, 1, 0], [0, 0, 1]]
    f1s = [s.per_class[lab].f1 for lab in LABELS]
    assert f1s == pytest.approx([2 / 3, 2 / 3, 1.0])
    assert s.macro_f1 == pytest.approx(sum(f1s) / 3)
    assert StanceScores.from_dict(s.to_dict()) == s
    md = stance_markdown(s)
    assert "| escalation | 1 | 1 | 0 |" in md


def test_stance_metrics_length_mismatch():
    with pytest.raises(ValueError):
        stance_scores(["neutral"], [], LABELS)
