import json

import pytest

from qawl.eval.ner_metrics import NerScores, ner_scores


def test_ner_metrics_default_and_strict_differ_on_inside_opener():
    gold = [["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "B-ORG"]]
    pred = [["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "O", "B-ORG"]]
    s = ner_scores(gold, pred)
    assert s.default.micro.f1 == 1.0
    # Strict mode drops the predicted entity opened by I-: P = 2/2, R = 2/3.
    assert s.strict.micro.f1 == pytest.approx(0.8)
    assert s.strict.per_type["LOC"].f1 == 0.0
    assert s.gold_entities == {"LOC": 1, "ORG": 1, "PER": 1}
    assert NerScores.from_dict(json.loads(json.dumps(s.to_dict()))) == s  # plain JSON round trip


def test_ner_metrics_macro_averages_types():
    gold = [["B-PER", "O", "B-GPE"], ["B-PER", "O", "O"]]
    pred = [["B-PER", "O", "O"], ["B-PER", "O", "B-GPE"]]
    s = ner_scores(gold, pred)
    assert s.default.per_type["PER"].f1 == 1.0
    assert s.default.per_type["GPE"].f1 == 0.0
    assert s.default.macro.f1 == pytest.approx(0.5)
    assert s.default.micro.f1 == pytest.approx(2 / 3)
    assert s.words == 6 and s.sentences == 2
    assert s.headline() == "micro-F1 66.7 (strict 66.7), macro-F1 50.0"


def test_ner_metrics_refuses_unequal_lengths():
    with pytest.raises(ValueError, match="sentence 0: 2 gold tags but 1 predicted"):
        ner_scores([["O", "O"]], [["O"]])
