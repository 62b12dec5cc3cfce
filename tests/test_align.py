import numpy as np
import pytest

from qawl.data.align import IGNORE, encode_words, first_subtoken_positions, word_scores
from qawl.data.text import Normalizer
from qawl.models.tokenizer import train_wordpiece_tokenizer

CORPUS = [
    "قال الرئيس الروسي فلاديمير بوتين إن موسكو لن تتراجع",
    "وأكد الناتو في بروكسل أن كوريا الشمالية أرسلت قوات",
    "والناتو بالعاصمة لكوريا الجنوبية وللأمم المتحدة",
] * 3


@pytest.fixture(scope="module")
def tok():
    return train_wordpiece_tokenizer(CORPUS, vocab_size=120, min_frequency=1, model_max_length=32)


def _check_invariants(words, windows, tok):
    covered = set()
    for w in windows:
        assert len(w.input_ids) <= 32
        assert len(w.input_ids) == len(w.word_ids) == len(w.attention_mask)
        covered |= set(first_subtoken_positions(w))
    assert covered == set(range(len(words)))


@pytest.mark.parametrize(
    "words",
    [
        ["والناتو", "بالعاصمة", "لكوريا", "وللأمم"],  # clitic-heavy words
        ["NATO", "F", "-", "16", "2024", "3.5"],  # Latin and digit tokens
        ["«", "قال", "»", "،", ".", "؟"],  # punctuation
        ["مُحَمَّد", "الرئيـــس"],  # diacritics and tatweel
        ["ﮚﮛ", "ж"],  # characters the vocabulary lacks: [UNK]
        ["قال", "\u200d", "روته"],  # a word that tokenizes to nothing
    ],
)
def test_align_one_label_per_word(tok, words):
    words = Normalizer().normalize_words(words)
    labels = list(range(len(words)))
    windows = encode_words(words, tok, max_length=32, stride=8, labels=labels)
    _check_invariants(words, windows, tok)
    # The first sub-token of each word carries that word's label, others are ignored.
    for w in windows:
        firsts = first_subtoken_positions(w)
        for pos, label in enumerate(w.labels):
            wid = w.word_ids[pos]
            if wid is None or firsts[wid] != pos:
                assert label == IGNORE
            else:
                assert label == labels[wid]
    scores = word_scores(
        windows, [np.eye(40)[[max(lab, 0) for lab in w.labels]] for w in windows], len(words)
    )
    assert scores.shape[0] == len(words)


def test_align_long_sentence_is_windowed_not_truncated(tok):
    words = (CORPUS[0].split() + CORPUS[2].split()) * 40  # 600 words
    assert len(words) == 600
    windows = encode_words(words, tok, max_length=32, stride=8, labels=[k % 5 for k in range(600)])
    assert len(windows) > 10
    _check_invariants(words, windows, tok)
    # Windows overlap, and each window starts where the last left enough context.
    assert all(b.first_word < a.last_word for a, b in zip(windows, windows[1:]))
    # Reading labels back through the inverse map gives every word its own label.
    onehots = [np.eye(5)[[max(lab, 0) for lab in w.labels]] for w in windows]
    got = word_scores(windows, onehots, 600).argmax(-1)
    assert got.tolist() == [k % 5 for k in range(600)]


def test_align_label_all_subtokens_uses_inside_form(tok):
    words = ["بالعاصمة"]
    pieces = tok.tokenize(words[0])
    assert len(pieces) > 1
    [w] = encode_words(words, tok, 32, labels=[1], label_all_subtokens=True, inside_of={1: 2})
    assert [lab for lab in w.labels if lab != IGNORE] == [1] + [2] * (len(pieces) - 1)


def test_align_rejects_label_count_mismatch(tok):
    with pytest.raises(ValueError, match="2 words but 1 labels"):
        encode_words(["قال", "روته"], tok, 32, labels=[0])


def test_align_tokenizer_without_segment_ids(tok):
    from transformers import PreTrainedTokenizerFast

    plain = PreTrainedTokenizerFast(
        tokenizer_object=tok.backend_tokenizer,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        model_input_names=["input_ids", "attention_mask"],
    )
    [w] = encode_words(["قال", "روته"], plain, 32)
    assert w.token_type_ids is None and "token_type_ids" not in w.features()
