import numpy as np

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


def test_augment_printed_spelling_copies_keep_tags():
    from qawl.data.augment import orthographic_noise

    ex = [NerExample(["أعلنت", "إيران", "إلى", "الصحة"], ["O", "B-GPE", "O", "B-ORG"])]
    out = orthographic_noise(ex, 3, seed=1)
    assert len(out) == 3 and all(o.tags == ex[0].tags for o in out)
    printed = {w for o in out for w in o.words}
    assert "ايران" in printed or "اعلنت" in printed  # about half the words changed
    assert all(len(o.words) == 4 for o in out)


def test_augment_folding_tagger_gives_the_same_entities_for_both_spellings(tiny_ner):
    from qawl.data.text import Normalizer
    from qawl.models.ner import NerTagger
    from qawl.pipeline import Pipeline

    tagger = NerTagger.from_pretrained(tiny_ner)
    folding = Normalizer(fold_alef=True, fold_ya=True, fold_ta_marbuta=True)
    tagger.settings = tagger.settings.model_copy(update={"normalizer": folding})
    tagger.normalizer = folding
    nlp = Pipeline(tagger)
    full = "أعلنت إيران أن الرئيس سيزور مدينة البصرة إلى جانب مصطفى"
    printed = "اعلنت ايران ان الرئيس سيزور مدينه البصره الي جانب مصطفي"
    assert len(full) == len(printed)  # same offsets, so the entities compare directly
    assert [(e.label, e.start, e.end) for e in nlp(full).entities] == [
        (e.label, e.start, e.end) for e in nlp(printed).entities
    ]
    # Not by luck: the model sees the very same input, to the last probability ...
    folded = [tagger.predict_proba([s.split()])[0] for s in (full, printed)]
    np.testing.assert_array_equal(folded[0], folded[1])
    # ... which it does not without folding.
    plain = NerTagger.from_pretrained(tiny_ner)
    unfolded = [plain.predict_proba([s.split()])[0] for s in (full, printed)]
    assert not np.array_equal(unfolded[0], unfolded[1])
