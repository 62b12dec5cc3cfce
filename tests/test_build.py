from transformers import AutoTokenizer

from qawl.config.experiment import FromScratchConfig, ModelConfig
from qawl.models.build import build_model
from qawl.models.tokenizer import train_wordpiece_tokenizer

TEXTS = ["قال رئيس الوزراء إن الحكومة مستعدة", "أكد الأمين العام أن الحلف يراقب"] * 5


def test_build_tokenizer_keeps_hamza_and_strips_marks(tmp_path):
    tok = train_wordpiece_tokenizer(TEXTS, vocab_size=150, min_frequency=1, model_max_length=64)
    assert "ي" + "ي" not in "".join(tok.tokenize("رئيس"))  # hamza not folded (رئيس → رييس)
    assert tok.tokenize("رَئِيـــسُ") == tok.tokenize("رئيس")
    tok.save_pretrained(tmp_path)
    again = AutoTokenizer.from_pretrained(tmp_path)
    # The Arabic normalizer survives the round trip (BertTokenizer would drop it).
    for text in ("رَئِيـــسُ الوزراء", "أكد ٢٠٢٤ NATO"):
        assert again(text)["input_ids"] == tok(text)["input_ids"]
    pair = again("روته", "الحلف يراقب")
    assert set(pair["token_type_ids"]) == {0, 1}


def test_build_unseen_digits_and_latin_are_not_unk():
    tok = train_wordpiece_tokenizer(TEXTS, vocab_size=150, min_frequency=1, model_max_length=64)
    assert "[UNK]" not in tok.tokenize("٢٠٢٤ NATO Biden")


def test_build_from_scratch_model_has_labels():
    cfg = ModelConfig(
        from_scratch=FromScratchConfig(
            vocab_size=150, min_frequency=1, hidden_size=32, num_layers=1, num_heads=2, intermediate_size=64
        )
    )
    tok, model = build_model("ner", cfg, ["O", "B-PER", "I-PER"], TEXTS)
    assert model.config.id2label == {0: "O", 1: "B-PER", 2: "I-PER"}
    assert model.config.vocab_size == len(tok)
    _, clf = build_model("stance", cfg, ["escalation", "neutral"], TEXTS)
    assert clf.config.num_labels == 2
