import copy

import pytest

import qawl
from qawl.eval.articles import articles_markdown, evaluate_articles, match_statements, score_articles

TEXT = "قال مارك روته إن الحلف يراقب الوضع. وأضاف أن موسكو تصعد."
SPK = {"name": "مارك روته", "label": "PER", "mentions": [{"start": 4, "end": 13}]}
GOLD = {
    "id": "g1",
    "text": TEXT,
    "entities": [
        {"start": 4, "end": 13, "label": "PER", "text": "مارك روته"},
        {"start": TEXT.index("موسكو"), "end": TEXT.index("موسكو") + 5, "label": "GPE", "text": "موسكو"},
    ],
    "statements": [
        {"speaker": SPK, "start": 17, "end": 34, "text": TEXT[17:34], "stance": "neutral", "cue": "قال"},
        {
            "speaker": SPK,
            "start": TEXT.index("موسكو"),
            "end": len(TEXT) - 1,
            "text": "موسكو تصعد",
            "stance": "condemnation",
            "cue": "وأضاف",
        },
    ],
}


def test_articles_eval_perfect_prediction():
    s = score_articles([GOLD], [copy.deepcopy(GOLD)])
    assert s.entities_exact.f1 == 1.0
    assert s.entities_overlap.f1 == 1.0
    assert s.statements.f1 == 1.0 and s.speaker_stance.f1 == 1.0
    assert s.speaker_accuracy == 1.0
    assert "speaker + stance" in articles_markdown(s, "t")


def test_articles_eval_partial_credit():
    pred = copy.deepcopy(GOLD)
    pred["entities"][0] = {"start": 9, "end": 13, "label": "PER", "text": "روته"}  # span too short
    pred["statements"][0]["start"] = 20  # overlaps > 1/2
    pred["statements"][1]["stance"] = "escalation"  # wrong stance
    pred["statements"].append(
        {"speaker": None, "start": 0, "end": 3, "text": "قال", "stance": "neutral", "cue": ""}
    )  # spurious
    s = score_articles([GOLD], [pred])
    assert s.entities_exact.tp == 1
    assert s.entities_overlap.tp == 2  # روته and موسكو words still typed right
    assert s.statements.tp == 2 and s.statements.predicted == 3
    assert s.speaker_accuracy == 1.0
    assert s.speaker_stance.tp == 1
    assert s.speaker_stance.precision == pytest.approx(1 / 3)
    assert s.to_dict()["speaker_stance"]["precision"] == pytest.approx(1 / 3)


def test_articles_eval_wrong_speaker_and_small_overlap():
    other = {"name": "سيرغي لافروف", "label": "PER", "mentions": [{"start": 0, "end": 3}]}
    pred = copy.deepcopy(GOLD)
    pred["statements"][0]["speaker"] = other
    assert score_articles([GOLD], [pred]).speaker_accuracy == 0.5
    assert match_statements([{"start": 0, "end": 20}], [{"start": 15, "end": 25}]) == []


def test_articles_eval_runs_the_bundle(tiny_bundle, tmp_path):
    import json

    f = tmp_path / "gold.jsonl"
    f.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    s = evaluate_articles(qawl.load(tiny_bundle), f, tmp_path)["scores"]
    assert s.articles == 1 and s.statements.gold == 2
    report = json.loads((tmp_path / "articles-gold.json").read_text(encoding="utf-8"))
    assert report == json.loads(json.dumps(s.to_dict()))
    md = (tmp_path / "articles-gold.md").read_text(encoding="utf-8")
    for name in ("articles-gold-entity-types.png", "articles-gold-stance-confusion.png"):
        assert (tmp_path / name).read_bytes()[:4] == b"\x89PNG" and f"]({name})" in md
