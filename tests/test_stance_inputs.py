from qawl.data.stance_inputs import encode_stance, stance_segments
from qawl.data.text import Normalizer
from qawl.models.tokenizer import train_wordpiece_tokenizer

TOK = train_wordpiece_tokenizer(
    ["بيونغ يانغ غوتيريش لن نتردد في الرد على أي استفزاز"] * 3,
    vocab_size=120,
    min_frequency=1,
    model_max_length=64,
)


def test_stance_inputs_speaker_is_its_own_segment():
    enc, cut = encode_stance(
        TOK, [("بيونغ يانغ", "لن نتردد في الرد", ""), ("غوتيريش", "لن نتردد في الرد", "")], 64, Normalizer()
    )
    assert cut == 0
    a, b = (row["input_ids"] for row in enc)
    assert a != b  # same words, different speakers: different inputs
    # Segment 0 is [CLS] speaker [SEP]; segment 1 is the statement.
    n_speaker = len(TOK.tokenize("بيونغ يانغ"))
    assert enc[0]["token_type_ids"] == [0] * (n_speaker + 2) + [1] * (len(a) - n_speaker - 2)


def test_stance_inputs_context_mode_and_truncation_counted():
    assert stance_segments("x", "y", "z", "pair") == ("x", "y")
    assert stance_segments("x", "y", "z", "pair_with_context", TOK.sep_token) == ("x", f"y {TOK.sep_token} z")
    assert stance_segments("x", "y", "z", "pair_with_context", "</s>") == ("x", "y </s> z")
    long = " ".join(["الرد"] * 100)
    enc, cut = encode_stance(TOK, [("غوتيريش", long, ""), ("غوتيريش", "لن نتردد", "")], 32, Normalizer())
    assert cut == 1
    assert max(len(row["input_ids"]) for row in enc) == 32


def test_stance_inputs_are_normalized_like_training():
    enc1, _ = encode_stance(TOK, [("غوتيريش", "لَن نتـردد", "")], 64, Normalizer())
    enc2, _ = encode_stance(TOK, [("غوتيريش", "لن نتردد", "")], 64, Normalizer())
    assert enc1[0]["input_ids"] == enc2[0]["input_ids"]
