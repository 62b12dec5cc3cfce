from qawl.data.augment import entity_spans, replace_mentions
from qawl.data.readers import NerExample

EXAMPLES = [
    NerExample(
        ["قال", "الرئيس", "فلاديمير", "بوتين", "في", "موسكو"], ["O", "O", "B-PER", "I-PER", "O", "B-GPE"]
    ),
    NerExample(["زار", "ماكرون", "باريس"], ["O", "B-PER", "B-GPE"]),
    NerExample(["لا", "كيانات"], ["O", "O"]),
]


def test_augment_entity_spans_reads_inside_openers():
    assert entity_spans(["I-LOC", "I-LOC", "O", "B-PER"]) == [(0, 2, "LOC"), (3, 4, "PER")]


def test_augment_replaces_by_type_and_keeps_context():
    out = replace_mentions(EXAMPLES, copies=3, seed=1)
    assert len(out) == 6  # 3 copies of the 2 sentences that have entities
    pool = {"PER": {("فلاديمير", "بوتين"), ("ماكرون",)}, "GPE": {("موسكو",), ("باريس",)}}
    for ex in out:
        assert len(ex.words) == len(ex.tags)
        for start, end, typ in entity_spans(ex.tags):
            assert tuple(ex.words[start:end]) in pool[typ]
        assert ex.words[0] in ("قال", "زار")  # context words stay
    assert replace_mentions(EXAMPLES, 3, seed=1) == out  # seeded
    assert replace_mentions(EXAMPLES, 0) == []
    assert EXAMPLES[1].words == ["زار", "ماكرون", "باريس"]  # inputs untouched
