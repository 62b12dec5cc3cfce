"""Checks against the real public data beside the checkout (skipped when absent)."""

import pytest
from conftest import ROOT, SHARED_DATA

from qawl.data.labels import check_scheme
from qawl.data.readers import read_conll

ANERCORP = SHARED_DATA / "anercorp"
needs_anercorp = pytest.mark.skipif(
    not (ANERCORP / "train.txt").is_file(), reason="ANERcorp not in ../shared/data"
)


@needs_anercorp
def test_shared_anercorp_reads_with_documented_counts():
    train, dev, test = (read_conll(ANERCORP / f"{s}.txt") for s in ("train", "dev", "test"))
    assert (len(train), sum(len(s.words) for s in train)) == (3404, 111257)
    assert (len(dev), len(test)) == (378, 925)
    assert sum(len(s.words) for s in test) == 25008
    # ANERcorp's test split opens some entities with I- (default and strict seqeval differ).
    orphans = check_scheme([type(s)(s.words, list(s.tags), s.source) for s in test], "repair")
    assert 60 <= orphans <= 80


@needs_anercorp
def test_shared_anercorp_alignment_keeps_every_word():
    from qawl.data.align import encode_words
    from qawl.data.text import Normalizer
    from qawl.models.tokenizer import train_wordpiece_tokenizer

    sents = read_conll(ANERCORP / "dev.txt")
    tok = train_wordpiece_tokenizer(
        (" ".join(s.words) for s in sents), vocab_size=2000, min_frequency=2, model_max_length=64
    )
    for s in sents:
        words = Normalizer().normalize_words(s.words)
        windows = encode_words(words, tok, 64, 16, labels=[0] * len(words))
        seen = {w for win in windows for w in win.word_ids if w is not None}
        assert seen == set(range(len(words)))


@pytest.mark.slow
def test_shared_offline_default_learns_the_shipped_corpus(tmp_path):
    """Train the real ner-tiny config (minutes) and check it learned something real."""
    from qawl.config import load_config
    from qawl.training.trainer import train

    cfg = load_config(
        ROOT / "configs" / "ner-tiny.yaml",
        [
            f"output_dir={tmp_path}",
            f"data.train={ROOT / 'data/ner/train.conll'}",
            f"data.dev={ROOT / 'data/ner/dev.conll'}",
            f"data.test={ROOT / 'data/ner/test.conll'}",
        ],
    )
    metrics = train(cfg).metrics
    assert metrics["dev"]["default"]["micro"]["f1"] > 0.35
    assert metrics["test"]["default"]["per_type"]["GPE"]["f1"] > 0.4


ARABERT_TOKENIZER = SHARED_DATA / "arabert-v2-tokenizer"


@pytest.mark.skipif(
    not (ARABERT_TOKENIZER / "vocab.txt").is_file(), reason="AraBERT tokenizer not in ../shared/data"
)
def test_shared_pretrained_path_with_the_real_arabert_tokenizer(tmp_path):
    """model.pretrained with AraBERT's real WordPiece vocabulary (tiny random weights):
    training, saving and the article pipeline work as they do for the hub model."""
    from conftest import tiny_config
    from transformers import AutoTokenizer, BertConfig, BertForMaskedLM

    import qawl
    from qawl.bundle import export_bundle
    from qawl.training.trainer import train

    tok = AutoTokenizer.from_pretrained(ARABERT_TOKENIZER)
    assert tok.is_fast and len(tok) == 64000
    base = tmp_path / "arabert-shaped"
    BertForMaskedLM(
        BertConfig(
            vocab_size=len(tok),
            hidden_size=32,
            num_hidden_layers=1,
            num_attention_heads=2,
            intermediate_size=64,
        )
    ).save_pretrained(base)
    tok.save_pretrained(base)
    model = {"pretrained": str(base), "from_scratch": None, "max_length": 32}
    ner = train(
        tiny_config("ner", tmp_path / "ner", model={**model, "stride": 8}, training={"epochs": 1})
    ).output_dir
    stance = train(tiny_config("stance", tmp_path / "st", model=model, training={"epochs": 1})).output_dir
    nlp = qawl.load(export_bundle(ner, stance, tmp_path / "bundle"))
    text = "وقال الأمين العام مارك روته، اليوم الاثنين، إن “الحلف يراقب الوضع في كورسك”."
    doc = nlp(text)
    assert all(text[e.start : e.end] == e.text for e in doc.entities)
    assert [s.text for s in doc.statements] == ["الحلف يراقب الوضع في كورسك"]
    assert doc.statements[0].stance in ("condemnation", "escalation", "neutral")
