"""Stand-off gold (offsets into text the project does not ship) and the real-text dev set."""

import importlib.util
import json

import pytest
from conftest import ROOT

from qawl.data.files import file_sha256
from qawl.data.markup import read_article_source
from qawl.eval.standoff import (
    SharedDataMissingError,
    StandoffError,
    line_sha1,
    read_standoff,
    shared_data_dir,
    to_standoff,
)

LINES = [
    "خبر أول . قال وزير الخارجية إن الحكومة تتابع الوضع.",
    "سلام . وقال المتحدث باسم الحلف مارك روته إن موسكو تصعد بلا مبرر، ونقلت رويترز عن مصادر مطلعة أن القوات تتحرك.",
    "سطر ثالث بلا تعليق.",
]
MARKUP = """=== more:2
@rutte: مارك روته
سلام . وقال [SPK@rutte المتحدث باسم الحلف] [PER@rutte مارك روته] إن {{rutte|condemnation|وقال| [GPE موسكو] تصعد بلا مبرر}}، ونقلت [ORG رويترز] عن [SRC@src مصادر مطلعة] أن {{src|neutral|ونقلت| القوات تتحرك}}.

=== more:1
خبر أول . قال [SPK@fm وزير الخارجية] إن {{fm|neutral|قال| الحكومة تتابع الوضع}}.
"""


def _build_module(name: str = "build"):
    spec = importlib.util.spec_from_file_location(f"realnews_{name}", ROOT / f"benchmarks/realnews/{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tiny(tmp_path):
    text = tmp_path / "more.txt"
    text.write_text("".join(line + "\n" for line in LINES), encoding="utf-8")
    markup = tmp_path / "dev-a.txt"
    markup.write_text(MARKUP, encoding="utf-8")
    return text, markup


def test_standoff_round_trip_equals_the_markup_records(tiny, tmp_path):
    text, markup = tiny
    build = _build_module()
    records = build.build([markup], text, order=[1, 2])
    assert [r["id"] for r in records] == ["more:1", "more:2"]  # sample order, not file order
    out = tmp_path / "dev.jsonl"
    build.write_jsonl(records, out)
    stored = out.read_text(encoding="utf-8")
    for word in ("موسكو", "روته", "مصادر", "الحكومة"):
        assert word not in stored  # offsets only: no article text
    gold = read_standoff(out, text)
    expected = {r["id"]: r for r in read_article_source(markup)}
    assert gold == [expected["more:1"], expected["more:2"]]
    second = gold[1]
    assert second["statements"][0]["speaker"]["name"] == "مارك روته"
    assert second["statements"][1]["speaker"] is None
    assert second["statements"][1]["source"]["text"] == "مصادر مطلعة"
    assert [e["text"] for e in second["entities"]] == ["مارك روته", "موسكو", "رويترز"]


def test_build_rejects_text_that_differs_from_the_line(tiny, tmp_path):
    text, markup = tiny
    markup.write_text(MARKUP.replace("تتابع الوضع", "تتابع الأوضاع"), encoding="utf-8")
    with pytest.raises(StandoffError, match="differs from the text file's line"):
        _build_module().build([markup], text)


def test_build_rejects_an_article_outside_the_sample(tiny):
    text, markup = tiny
    with pytest.raises(StandoffError, match="more:2 is not in the dev sample"):
        _build_module().build([markup], text, order=[1, 3])


def test_to_standoff_needs_the_name_to_be_a_mention(tmp_path):
    markup = tmp_path / "a.txt"
    markup.write_text("=== more:1\n@fm: لوران فابيوس\n" + MARKUP.splitlines()[-1] + "\n", encoding="utf-8")
    art = read_article_source(markup)[0]
    with pytest.raises(StandoffError, match="not the text of one of its mentions"):
        to_standoff(art, 1)


def test_sha1_mismatch_names_file_and_line(tiny, tmp_path):
    text, markup = tiny
    records = _build_module().build([markup], text)
    out = tmp_path / "dev.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    changed = tmp_path / "other.txt"
    changed.write_text(LINES[0] + "\n" + LINES[1].replace("سلام", "سلاما") + "\n", encoding="utf-8")
    with pytest.raises(StandoffError, match=r"dev.jsonl:1 .*more:2.*different version"):
        read_standoff(out, changed)


def test_offsets_out_of_range_and_missing_lines(tiny):
    text, _ = tiny
    rec = {
        "id": "more:3",
        "line": 3,
        "sha1": line_sha1(LINES[2]),
        "entities": [{"start": 0, "end": 500, "label": "GPE"}],
        "statements": [],
    }
    with pytest.raises(StandoffError, match="out of range"):
        read_standoff([rec], text)
    with pytest.raises(StandoffError, match="no line 9"):
        read_standoff([dict(rec, line=9, id="more:9")], text)


def test_missing_text_file_says_where_and_why(tmp_path):
    with pytest.raises(SharedDataMissingError, match="not found.*not redistribute"):
        read_standoff([], tmp_path / "absent" / "more.txt")


def test_shared_data_dir_honours_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("QAWL_SHARED_DATA", str(tmp_path))
    assert shared_data_dir() == tmp_path
    monkeypatch.delenv("QAWL_SHARED_DATA")
    assert shared_data_dir() == ROOT.parent / "shared" / "data"


MORE = shared_data_dir() / "saudinewsnet" / "more.txt"
REALNEWS = ROOT / "benchmarks" / "realnews"
SPLITS = tuple(_build_module().SPLIT_FILES)  # every split build.py writes


def test_build_has_one_markup_pattern_per_sampled_split():
    # sample.py owns the split names; build.py's patterns and the benchmarks' choices follow it.
    assert SPLITS == _build_module("sample").SPLITS


@pytest.mark.skipif(not MORE.is_file(), reason="SaudiNewsNet more.txt not in the shared data folder")
@pytest.mark.parametrize("split", SPLITS)
def test_shared_realnews_splits_verify_against_more_txt_and_the_sample(split):
    path = REALNEWS / f"{split}.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not built yet")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    # The split holds exactly its sampled articles, in the sample's order (no hand-picking).
    assert [r["line"] for r in records] == _build_module("sample").sample(MORE)[split]
    gold = read_standoff(path, MORE)  # checks every line's SHA-1 and every offset
    assert len(gold) == len(records) > 0
    for rec, art in zip(records, gold):
        assert art["id"] == rec["id"] == f"more:{rec['line']}"
        size = len(art["text"])
        spans = art["entities"] + art["statements"]
        spans += [m for s in art["statements"] if s["speaker"] for m in s["speaker"]["mentions"]]
        assert all(0 <= s["start"] < s["end"] <= size for s in spans)
        assert all(e["text"] == e["text"].strip() and e["text"] for e in art["entities"])
        for s in art["statements"]:
            assert s["stance"] in ("escalation", "condemnation", "neutral")
            if s["speaker"] is None:
                assert "source" in s


def test_a_bundle_is_never_counted_as_trained_on_a_file_rebuilt_since(tmp_path, monkeypatch):
    # benchmarks/realnews.py marks figures a model trained on; after a new draw rebuilds
    # data/local/realnews-*.jsonl, an older bundle's count would come from the new file
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("realnews_benchmark", ROOT / "benchmarks" / "realnews.py")
    realnews = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(realnews)
    extra = tmp_path / "extra.jsonl"
    extra.write_text('{"article_id": "more:1"}\n{"article_id": "more:2"}\n', encoding="utf-8")
    model = tmp_path / "bundle" / "stance"
    model.mkdir(parents=True)
    (model / "training_config.yaml").write_text(
        f"data:\n  train: {tmp_path / 'train.jsonl'}\n  train_extra: [{extra}]\n", encoding="utf-8"
    )
    (model / "metrics.json").write_text(json.dumps({"data_sha256": {str(extra): file_sha256(extra)}}))
    gold = [{"id": "more:1"}, {"id": "more:3"}]
    assert realnews.trained_on(tmp_path / "bundle", gold) == 1
    extra.write_text('{"article_id": "more:1"}\n{"article_id": "more:3"}\n', encoding="utf-8")
    assert realnews.trained_on(tmp_path / "bundle", gold) is None  # rebuilt: unknown, not 2
    (model / "metrics.json").write_text("{}")
    assert realnews.trained_on(tmp_path / "bundle", gold) is None  # no digest recorded: unknown
