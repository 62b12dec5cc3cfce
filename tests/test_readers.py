import json

import pytest

from qawl.data.readers import (
    DataError,
    iter_texts,
    read_conll,
    read_ner_file,
    read_ner_jsonl,
    read_stance_jsonl,
)


def test_readers_conll_tolerates_tabs_crlf_bom_marks_docstart(tmp_path):
    f = tmp_path / "x.conll"
    f.write_bytes(
        "\ufeff-DOCSTART- O\r\n\r\nقال O\r\n\u200fبوتين\u200f\tB-PER\r\n\r\n\r\nروسيا  B-GPE\r\n".encode()
    )
    sents = read_conll(f)
    assert [s.words for s in sents] == [["قال", "بوتين"], ["روسيا"]]
    assert [s.tags for s in sents] == [["O", "B-PER"], ["B-GPE"]]
    assert sents[1].source.endswith(":7")


@pytest.mark.parametrize("line", ["قال", "قال O extra"])
def test_readers_conll_wrong_columns_names_file_and_line(tmp_path, line):
    f = tmp_path / "bad.conll"
    f.write_text(f"روسيا B-GPE\n{line}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad\.conll:2: expected 2 columns"):
        read_conll(f)


def test_readers_jsonl_length_mismatch_names_line(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text(
        json.dumps({"tokens": ["a"], "ner_tags": ["O"]})
        + "\n"
        + json.dumps({"tokens": ["a", "b"], "ner_tags": ["O"]})
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"x\.jsonl:2: 2 tokens but 1 tags"):
        read_ner_jsonl(f)


def test_readers_jsonl_empty_tag_and_custom_fields(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"words": ["بوتين"], "labels": ["B-PER"]}) + "\n", encoding="utf-8")
    assert read_ner_file(f, "words", "labels")[0].tags == ["B-PER"]
    with pytest.raises(DataError, match="data.tokens_field"):
        read_ner_file(f)
    f.write_text(json.dumps({"tokens": ["بوتين"], "ner_tags": [" "]}) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="empty or non-string tag"):
        read_ner_jsonl(f)


def test_readers_stance_missing_field(tmp_path):
    f = tmp_path / "s.jsonl"
    f.write_text(
        json.dumps({"speaker": "روته", "statement": "x", "label": "neutral"})
        + "\n"
        + json.dumps({"speaker": "روته", "label": "neutral"})
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"s\.jsonl:2: missing or empty field\(s\) \['statement'\]"):
        read_stance_jsonl(f)


def test_readers_missing_file_is_named(tmp_path):
    with pytest.raises(DataError, match="nope.conll: no such file"):
        read_conll(tmp_path / "nope.conll")


def test_readers_iter_texts_files_jsonl_and_stdin(tmp_path):
    import io

    (tmp_path / "a.txt").write_text("نص أول", encoding="utf-8")
    j = tmp_path / "c.jsonl"
    j.write_text(
        json.dumps({"id": "x", "body": "نص"}) + "\n" + json.dumps({"body": 3}) + "\n", encoding="utf-8"
    )
    assert list(iter_texts([str(tmp_path / "a.txt")])) == [(str(tmp_path / "a.txt"), "نص أول")]
    assert list(iter_texts([], stdin=io.StringIO("من المدخل"))) == [("<stdin>", "من المدخل")]
    with pytest.raises(DataError, match=r"c\.jsonl:2: no string field 'body'"):
        list(iter_texts([str(j)], jsonl=True, field="body"))


def test_readers_hub_dataset_path_works_on_a_local_dataset_folder(tmp_path):
    # The hub loader is datasets.load_dataset; a local folder exercises the same
    # path offline (a real hub id needs network).
    from qawl.data.readers import read_hub_ner

    rows = [{"tokens": ["قال", "بوتين"], "ner_tags": ["O", "B-PER"]}]
    for split in ("train", "validation"):
        (tmp_path / f"{split}.jsonl").write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8"
        )
    got = read_hub_ner(str(tmp_path), "validation")
    assert got[0].words == ["قال", "بوتين"] and got[0].tags == ["O", "B-PER"]
    with pytest.raises(DataError, match="has no column 'labels'"):
        read_hub_ner(str(tmp_path), "train", tags_field="labels")
    with pytest.raises(DataError, match="could not load hub dataset"):
        read_hub_ner(str(tmp_path / "missing"), "train")
