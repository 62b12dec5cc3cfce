"""NER examples from gold articles, and the NER config's optional extra training files."""

from __future__ import annotations

import logging

from conftest import tiny_config

from qawl.data.article_ner import article_ner_examples
from qawl.data.corpus import write_jsonl
from qawl.data.readers import read_ner_jsonl
from qawl.training.tasks import NerTask

TEXT = "أكد وزير الخارجية فهد الراشد في الرياض أن العمل مستمر. وقالت صحيفة الوئام إن الاتفاق قريب."


def _entity(words: str, label: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return {"start": start, "end": start + len(words), "label": label}


def _article(entities: list[dict]) -> dict:
    return {"id": "more:1", "text": TEXT, "entities": entities, "statements": []}


def test_article_ner_tags_each_sentence_as_the_pipeline_cuts_it():
    records, counts = article_ner_examples(
        [_article([_entity("فهد الراشد", "PER"), _entity("الرياض", "GPE"), _entity("الوئام", "ORG")])]
    )
    assert [r["id"] for r in records] == ["more:1#s0", "more:1#s1"]
    tagged = [(w, t) for r in records for w, t in zip(r["tokens"], r["ner_tags"], strict=True) if t != "O"]
    assert tagged == [("فهد", "B-PER"), ("الراشد", "I-PER"), ("الرياض", "B-GPE"), ("الوئام", "B-ORG")]
    assert records[0]["tokens"][-1] == "."  # punctuation is a word, as the tagger sees it
    assert counts == {"sentences": 2, "entities": 3}


def test_article_ner_counts_an_entity_inside_a_word_and_never_stretches_it():
    # "الراشد" without its first letters, and an entity over the end of "الخارجية"
    inside = {"start": TEXT.index("الراشد") + 2, "end": TEXT.index("الراشد") + 6, "label": "PER"}
    half = {"start": TEXT.index("وزير"), "end": TEXT.index("الخارجية") + 3, "label": "ORG"}
    records, counts = article_ner_examples([_article([inside, half, _entity("الرياض", "GPE")])])
    assert counts["not_on_words"] == 2 and counts["entities"] == 1
    assert [t for r in records for t in r["ner_tags"] if t != "O"] == ["B-GPE"]


def test_article_ner_records_read_back_as_ner_examples(tmp_path):
    records, _ = article_ner_examples([_article([_entity("فهد الراشد", "PER")])])
    write_jsonl(tmp_path / "real.jsonl", records)
    read = read_ner_jsonl(tmp_path / "real.jsonl")
    assert [(ex.words, ex.tags) for ex in read] == [(r["tokens"], r["ner_tags"]) for r in records]


def test_ner_train_extra_is_added_after_augmentation_when_present_and_said_when_absent(tmp_path, caplog):
    records, _ = article_ner_examples([_article([_entity("فهد الراشد", "PER"), _entity("الرياض", "GPE")])])
    write_jsonl(tmp_path / "real.jsonl", records)
    missing = tmp_path / "not-built.jsonl"
    cfg = tiny_config(
        "ner", tmp_path / "out", data={"train_extra": [str(tmp_path / "real.jsonl"), str(missing)]}
    )
    task = NerTask(cfg)
    plain = NerTask(tiny_config("ner", tmp_path / "plain")).load_splits()
    with caplog.at_level(logging.WARNING, logger="qawl.training.tasks"):
        splits = task.load_splits()
    assert len(splits["train"]) == len(plain["train"]) + 2  # the real sentences, not augmented
    assert [ex.tags for ex in splits["train"][-2:]] == [r["ner_tags"] for r in records]
    assert len(splits["dev"]) == len(plain["dev"])  # only training grows
    assert task.notes["train_extra_sentences"] == 2
    assert task.notes["train_extra_missing"] == 1
    assert any("not-built.jsonl not found" in r.getMessage() for r in caplog.records)


def test_ner_card_says_how_many_real_sentences_were_added_and_what_was_absent(tmp_path):
    from qawl.models.io import model_card

    cfg = tiny_config("ner", tmp_path / "out", data={"train_extra": ["data/local/realnews-ner.jsonl"]})
    card = model_card(cfg, {"labels": ["O", "B-PER"], "notes": {"train_extra_sentences": 3885}}, {})
    assert "plus data/local/realnews-ner.jsonl (3885 sentences added)" in card
    card = model_card(cfg, {"labels": ["O", "B-PER"], "notes": {"train_extra_missing": 1}}, {})
    assert "(0 sentences added; 1 file(s) absent, trained without them)" in card
