"""Stance examples from gold articles, and the stance config's optional extra training files."""

from __future__ import annotations

import json
import logging

import pytest
from conftest import tiny_config

from qawl.data.article_stance import article_stance_examples
from qawl.data.readers import read_stance_jsonl
from qawl.training.tasks import StanceTask

TEXT = "أكد الوزير فهد الراشد أن العمل مستمر. وقالت مصادر مطلعة إن الاتفاق قريب."


def _article(statements: list[dict]) -> dict:
    return {"id": "more:1", "text": TEXT, "entities": [], "statements": statements}


def _statement(words: str, stance: str, **who) -> dict:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words), "text": words, "stance": stance, **who}


NAMED = _statement("العمل مستمر", "neutral", speaker={"name": "فهد الراشد", "label": "PER", "mentions": []})
UNNAMED = _statement(
    "الاتفاق قريب", "neutral", speaker=None, source={"text": "مصادر مطلعة", "start": 44, "end": 55}
)


def test_article_stance_each_statement_gets_its_speaker_or_source_and_its_own_sentence():
    records = article_stance_examples([_article([NAMED, UNNAMED])])
    assert [(r["id"], r["speaker"], r["speaker_type"], r["statement"]) for r in records] == [
        ("more:1#0", "فهد الراشد", "PER", "العمل مستمر"),
        ("more:1#1", "مصادر مطلعة", "SOURCE", "الاتفاق قريب"),
    ]
    # the sentence of each statement, not the article
    assert records[0]["context"] == "أكد الوزير فهد الراشد أن العمل مستمر."
    assert records[1]["context"] == "وقالت مصادر مطلعة إن الاتفاق قريب."


def test_article_stance_refuses_a_statement_nobody_said():
    nobody = _statement("العمل مستمر", "neutral", speaker=None)
    with pytest.raises(ValueError, match="more:1: statement 0 .* neither a speaker nor a source"):
        article_stance_examples([_article([nobody])])


def test_article_stance_records_read_back_as_stance_examples(tmp_path):
    path = tmp_path / "real.jsonl"
    records = article_stance_examples([_article([NAMED, UNNAMED])])
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    read = read_stance_jsonl(path)
    assert [(ex.speaker, ex.statement, ex.label, ex.context) for ex in read] == [
        (r["speaker"], r["statement"], r["label"], r["context"]) for r in records
    ]


def test_stance_train_extra_is_added_when_present_and_said_when_absent(tmp_path, caplog):
    extra = tmp_path / "real.jsonl"
    records = article_stance_examples([_article([NAMED, UNNAMED])])
    extra.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    missing = tmp_path / "not-built.jsonl"
    cfg = tiny_config("stance", tmp_path / "out", data={"train_extra": [str(extra), str(missing)]})
    task = StanceTask(cfg)
    plain = StanceTask(tiny_config("stance", tmp_path / "plain")).load_splits()
    with caplog.at_level(logging.WARNING, logger="qawl.training.tasks"):
        splits = task.load_splits()
    assert len(splits["train"]) == len(plain["train"]) + 2
    assert [ex.statement for ex in splits["train"][-2:]] == ["العمل مستمر", "الاتفاق قريب"]
    assert len(splits["dev"]) == len(plain["dev"])  # only training grows
    assert task.notes["train_extra_statements"] == 2
    assert task.notes["train_extra_missing"] == 1
    assert any("not-built.jsonl not found" in r.getMessage() for r in caplog.records)
