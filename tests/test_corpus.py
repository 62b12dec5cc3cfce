"""The shipped corpus keeps the data card's promises, and its files come from the source."""

import json
from pathlib import Path

from qawl.data.corpus import build_corpus, near_duplicates, normalize_sentence
from qawl.data.corpus_check import corpus_report, validate_corpus

DATA = Path(__file__).parents[1] / "data"


def test_corpus_keeps_its_promises():
    assert validate_corpus(DATA) == []


def test_corpus_files_are_built_from_source(tmp_path):
    counts = build_corpus(DATA / "source", tmp_path)
    for name in counts:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), (
            f"data/{name} is stale: run `qawl corpus build`"
        )


def test_corpus_report_lists_counts_and_names():
    report = corpus_report(DATA)
    assert "| train |" in report and "Most frequent entity strings" in report
    assert "Hard cases:" in report


def test_corpus_validator_catches_broken_data(tmp_path):
    build_corpus(DATA / "source", tmp_path)
    # Break one article offset, one stance label and one NER tag.
    arts = (tmp_path / "articles" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(arts[0])
    first["entities"][0]["start"] += 1
    arts[0] = json.dumps(first, ensure_ascii=False)
    (tmp_path / "articles" / "dev.jsonl").write_text("\n".join(arts) + "\n", encoding="utf-8")
    rows = (tmp_path / "stance" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    bad = json.loads(rows[0])
    bad["label"] = "hostile"
    rows[0] = json.dumps(bad, ensure_ascii=False)
    (tmp_path / "stance" / "dev.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ner = (tmp_path / "ner" / "test.conll").read_text(encoding="utf-8").replace(" B-PER", " I-PER", 1)
    (tmp_path / "ner" / "test.conll").write_text(ner, encoding="utf-8")
    problems = "\n".join(validate_corpus(tmp_path))
    assert "articles/dev.jsonl:1" in problems and "!= text[" in problems
    assert "label 'hostile'" in problems
    assert "does not continue a PER" in problems


def test_corpus_near_duplicates():
    a = [normalize_sentence("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في جنيف.")]
    b = [
        normalize_sentence("قال الوزير إنّ المحادثات ستُستأنف الأسبوع المقبل في جنيف"),
        normalize_sentence("ارتفعت أسعار النفط"),
    ]
    assert len(near_duplicates(a, b)) == 1
