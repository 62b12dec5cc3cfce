import logging
import random

import numpy as np
import pytest

from qawl.config.settings import ModelSettings
from qawl.data.stance_inputs import encode_stance, pool_windows, stance_segments
from qawl.data.text import Normalizer
from qawl.models.stance import StanceClassifier
from qawl.models.tokenizer import train_wordpiece_tokenizer

TOK = train_wordpiece_tokenizer(
    ["بيونغ يانغ غوتيريش لن نتردد في الرد على أي استفزاز قال الأمين العام"] * 3,
    vocab_size=400,
    min_frequency=1,
    model_max_length=64,
)
LONG = " ".join(["الرد"] * 100)
# 100 words in no repeating pattern, so each window's place in the statement is unique.
WORDS = ["لن", "نتردد", "في", "الرد", "على", "أي", "قال", "الأمين", "العام"]
VARIED = " ".join(random.Random(3).choices(WORDS, k=100))


def _statement_ids(row):
    # The second segment without its closing [SEP].
    return [t for t, s in zip(row["input_ids"], row["token_type_ids"]) if s == 1][:-1]


def test_stance_inputs_speaker_is_its_own_segment():
    enc = encode_stance(
        TOK, [("بيونغ يانغ", "لن نتردد في الرد", ""), ("غوتيريش", "لن نتردد في الرد", "")], 64, Normalizer()
    )
    assert enc.owners == [0, 1] and enc.n_windowed == 0
    a, b = (row["input_ids"] for row in enc.rows)
    assert a != b  # same words, different speakers: different inputs
    # Segment 0 is [CLS] speaker [SEP]; segment 1 is the statement.
    n_speaker = len(TOK.tokenize("بيونغ يانغ"))
    assert enc.rows[0]["token_type_ids"] == [0] * (n_speaker + 2) + [1] * (len(a) - n_speaker - 2)


def test_stance_inputs_context_mode():
    assert stance_segments("x", "y", "z", "pair") == ("x", "y")
    assert stance_segments("x", "y", "z", "pair_with_context", TOK.sep_token) == ("x", f"y {TOK.sep_token} z")
    assert stance_segments("x", "y", "z", "pair_with_context", "</s>") == ("x", "y </s> z")


def test_stance_inputs_long_statement_is_read_whole_in_equal_windows():
    enc = encode_stance(TOK, [("غوتيريش", VARIED, ""), ("غوتيريش", "لن نتردد", "")], 32, Normalizer())
    assert enc.n_windowed == 1 and enc.owners[-1] == 1
    windows = [row for row, owner in zip(enc.rows, enc.owners) if owner == 0]
    assert len(windows) >= 4 and all(len(w["input_ids"]) <= 32 for w in windows)
    # Equal sizes (no short tail: within one sub-word per window), each with the speaker first.
    sizes = [len(_statement_ids(w)) for w in windows]
    assert min(sizes) >= max(sizes) - len(sizes)
    speaker = TOK("غوتيريش", add_special_tokens=False)["input_ids"]
    assert all(w["input_ids"][1 : 1 + len(speaker)] == speaker for w in windows)
    # Together the windows hold every sub-word of the statement, in order, overlapping.
    full = TOK(VARIED, add_special_tokens=False)["input_ids"]
    assert len(full) == 100
    end = 0
    for w in windows:
        ids = _statement_ids(w)
        start = next(s for s in range(len(full)) if full[s : s + len(ids)] == ids)
        assert start <= end < start + len(ids)  # no gap, and each window adds words
        end = start + len(ids)
    assert end == len(full)


def test_stance_inputs_context_is_shortened_before_the_statement():
    statement = "لن نتردد في الرد على أي استفزاز"
    enc = encode_stance(TOK, [("غوتيريش", statement, LONG)], 32, Normalizer(), "pair_with_context")
    assert (enc.n_context_trimmed, enc.n_windowed, len(enc.rows)) == (1, 0, 1)
    assert len(enc.rows[0]["input_ids"]) == 32
    whole = TOK(statement, add_special_tokens=False)["input_ids"]
    assert _statement_ids(enc.rows[0])[: len(whole)] == whole


def test_stance_inputs_overlong_speaker_is_cut_to_half_the_window():
    enc = encode_stance(TOK, [(LONG, "لن نتردد", "")], 32, Normalizer())
    assert enc.n_speaker_cut == 1 and len(enc.rows) == 1
    assert enc.rows[0]["token_type_ids"].count(0) <= 2 + (32 - 3) // 2


def test_stance_inputs_are_normalized_like_training():
    enc1 = encode_stance(TOK, [("غوتيريش", "لَن نتـردد", "")], 64, Normalizer())
    enc2 = encode_stance(TOK, [("غوتيريش", "لن نتردد", "")], 64, Normalizer())
    assert enc1.rows == enc2.rows


def test_stance_inputs_pool_windows_averages_each_statement():
    probs = np.array([[0.2, 0.8], [0.6, 0.4], [1.0, 0.0]])
    np.testing.assert_allclose(pool_windows(probs, [0, 0, 1], 2), [[0.4, 0.6], [1.0, 0.0]], atol=1e-6)
    with pytest.raises(ValueError, match="no window"):
        pool_windows(probs, [0, 0, 2], 3)


class _MarkerBackend:
    """A model double: 'escalation' for each window that holds the marker sub-word."""

    name = "marker"

    def __init__(self, marker_id):
        self.marker_id = marker_id
        self.rows = 0

    def logits(self, batch):
        self.rows += len(batch["input_ids"])
        hit = (batch["input_ids"] == self.marker_id).any(axis=1)
        return np.where(hit[:, None], [[0.0, 9.0, 0.0]], [[0.0, 0.0, 9.0]]).astype(np.float32)


def test_stance_inputs_words_at_the_end_of_a_long_statement_reach_the_model():
    # The one escalating word is the last of 100: cut at the end it would be lost.
    marker = TOK("استفزاز", add_special_tokens=False)["input_ids"]
    assert len(marker) == 1
    backend = _MarkerBackend(marker[0])
    settings = ModelSettings(task="stance", max_length=32, stance_input="pair")
    clf = StanceClassifier(backend, TOK, {0: "condemnation", 1: "escalation", 2: "neutral"}, settings)
    long = " ".join(["الرد"] * 99 + ["استفزاز"])
    (probs_long, probs_short) = clf.predict_proba([("غوتيريش", long, ""), ("غوتيريش", "استفزاز", "")])
    assert backend.rows > 2  # the long statement was read in several windows
    assert probs_long[1] > 0.1 and probs_short[1] > 0.99
    assert probs_long.sum() == pytest.approx(1.0, abs=1e-5)


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def test_stance_inputs_no_tokenizer_length_warning(monkeypatch):
    # "Token indices sequence length is longer than the specified maximum" must never
    # appear in normal use: long statements, long speakers and long words are measured
    # without it and fed in windows. A fresh tokenizer: it warns once per instance.
    from qawl.data.align import encode_words

    tok = train_wordpiece_tokenizer([LONG + " قال غوتيريش"] * 2, 60, 1, model_max_length=16)
    collect = _Collect()
    logger = logging.getLogger("transformers")
    logger.addHandler(collect)
    try:
        encode_stance(tok, [(LONG, LONG, LONG)], 16, Normalizer(), "pair_with_context")
        encode_words(["قال", "ق" * 99, "غوتيريش"] * 20, tok, 16, 4)
    finally:
        logger.removeHandler(collect)
    assert not [m for m in collect.messages if "sequence length is longer" in m], collect.messages
    # The guard works: a plain call on the same input does warn.
    logger.addHandler(collect)
    try:
        tok(LONG)
    finally:
        logger.removeHandler(collect)
    assert any("sequence length is longer" in m for m in collect.messages)


def test_stance_inputs_training_sees_the_windows_and_dev_pools_them(tmp_path):
    from conftest import tiny_config

    from qawl.training.tasks import StanceTask

    task = StanceTask(tiny_config("stance", tmp_path))
    from qawl.data.readers import StanceExample

    examples = [
        StanceExample("غوتيريش", LONG, "escalation"),
        StanceExample("غوتيريش", "لن نتردد", "neutral"),
    ]
    label2id = {"condemnation": 0, "escalation": 1, "neutral": 2}
    rows, owners = task.features(examples, TOK, label2id)
    assert task.notes["windowed_statements"] == 1
    assert [r["labels"] for r in rows] == [1] * (len(rows) - 1) + [2]
    compute = task.metric_fn(examples, owners, {i: lab for lab, i in label2id.items()})

    class Pred:  # what the Trainer hands compute_metrics: one logit row per window
        predictions = np.array([[0.0, 5.0, 0.0]] * (len(rows) - 1) + [[0.0, 0.0, 5.0]])

    assert compute(Pred())["accuracy"] == 1.0
