import pytest

from qawl.data.markup import MarkupError, ner_tags, parse_markup, read_article_source, read_ner_source


def test_markup_parse_entities_and_statements():
    text, ents, stmts = parse_markup(
        "وقال [PER@r مارك روته]: «{{r|condemnation|وقال| ما تفعله [GPE موسكو] تصعيد خطير}}»."
    )
    assert text == "وقال مارك روته: «ما تفعله موسكو تصعيد خطير»."
    assert [(text[e.start : e.end], e.label, e.key) for e in ents] == [
        ("مارك روته", "PER", "r"),
        ("موسكو", "GPE", None),
    ]
    assert text[stmts[0].start : stmts[0].end] == "ما تفعله موسكو تصعيد خطير"
    assert (stmts[0].key, stmts[0].stance, stmts[0].cue) == ("r", "condemnation", "وقال")


@pytest.mark.parametrize(
    "line", ["[PER بوتين", "بوتين]", "[PER [GPE x]]", "{{r|neutral|قال| x", "[per بوتين]", "{{bad}}"]
)
def test_markup_rejects_malformed_marks(line):
    with pytest.raises(MarkupError):
        parse_markup(line)


def test_markup_entity_must_cover_whole_words():
    text, ents, _ = parse_markup("زار ل[GPE كوريا] أمس")
    with pytest.raises(MarkupError, match="word"):
        ner_tags(text, ents)


def test_markup_ner_source_tags_clitics_whole(tmp_path):
    f = tmp_path / "n.txt"
    f.write_text("# article: a-1\nزار [GPE لكوريا الشمالية]، [DATE اليوم].\n", encoding="utf-8")
    [s] = read_ner_source(f)
    assert s.words == ["زار", "لكوريا", "الشمالية", "،", "اليوم", "."]
    assert s.tags == ["O", "B-GPE", "I-GPE", "O", "B-DATE", "O"]
    assert s.article_id == "a-1"


def test_markup_ner_source_error_names_file_and_line(tmp_path):
    f = tmp_path / "n.txt"
    f.write_text("# article: a-1\nجملة صحيحة.\nخطأ [PER بوتين\n", encoding="utf-8")
    with pytest.raises(MarkupError, match=r"n\.txt:3"):
        read_ner_source(f)


def test_markup_article_offsets_and_speaker_merge(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(
        "=== x-1\n@r: مارك روته\n[PER@r روته]: {{r|neutral|:| الحلف يراقب}}\n"
        "وقال [PER@r مارك روته] إن {{r|escalation|وقال| الحلف سيرد}}.\n",
        encoding="utf-8",
    )
    [a] = read_article_source(f)
    assert a["text"] == "روته: الحلف يراقب\nوقال مارك روته إن الحلف سيرد."
    for e in a["entities"]:
        assert a["text"][e["start"] : e["end"]] == e["text"]
    s1, s2 = a["statements"]
    assert s1["speaker"]["name"] == "مارك روته" and len(s1["speaker"]["mentions"]) == 2
    assert (s1["cue"], s2["cue"]) == (":", "وقال")
    assert a["text"][s2["start"] : s2["end"]] == s2["text"] == "الحلف سيرد"


def test_markup_article_statement_needs_speaker_mention(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("=== x-1\nقال روته إن {{r|neutral|قال| الحلف يراقب}}.\n", encoding="utf-8")
    with pytest.raises(MarkupError, match="speaker 'r'"):
        read_article_source(f)


def test_markup_speaker_and_source_marks_are_not_entities(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(
        "=== x1\n"
        "وقال [SPK@fm وزير الخارجية الفرنسي] إن {{fm|neutral|وقال| [GPE باريس] تتابع الوضع}}.\n"
        "ونقلت [ORG رويترز] عن [SRC@src مصادر مطلعة] أن {{src|neutral|ونقلت| المحادثات ستستأنف}}.\n",
        encoding="utf-8",
    )
    (article,) = read_article_source(src)
    assert [e["label"] for e in article["entities"]] == ["GPE", "ORG"]
    named, unnamed = article["statements"]
    assert named["speaker"]["name"] == "وزير الخارجية الفرنسي"
    assert named["speaker"]["label"] == "PER"
    assert unnamed["speaker"] is None
    assert unnamed["source"]["text"] == "مصادر مطلعة"
    text = article["text"]
    assert text[unnamed["source"]["start"] : unnamed["source"]["end"]] == "مصادر مطلعة"


def test_markup_source_key_cannot_also_name_a_speaker(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(
        "=== x1\nقال [PER@k روته] عن [SRC@k مصادر] إن {{k|neutral|قال| لا جديد}}.\n", encoding="utf-8"
    )
    with pytest.raises(MarkupError, match="both a speaker and an unnamed source"):
        read_article_source(src)
