"""Round trip: train tiny → save → reload through transformers and qawl → same predictions."""

import json

import numpy as np
import pytest
import torch
import yaml
from conftest import FIXTURES, TINY_MODEL, tiny_config
from transformers import AutoModelForTokenClassification, pipeline

from qawl.config import ConfigError
from qawl.data.files import file_sha256
from qawl.data.readers import DataError, read_conll, read_stance_jsonl
from qawl.models.ner import NerTagger
from qawl.models.stance import StanceClassifier
from qawl.training.trainer import train


def test_trainer_writes_plain_hf_directory(tiny_ner):
    names = {p.name for p in tiny_ner.iterdir()}
    assert {
        "model.safetensors",
        "config.json",
        "tokenizer.json",
        "training_config.yaml",
        "metrics.json",
        "README.md",
        "learning_curve.png",
    } <= names
    assert not any(n.endswith((".bin", ".pt", ".pkl")) for n in names)
    assert "checkpoints" not in names
    config = json.loads((tiny_ner / "config.json").read_text())
    assert config["id2label"]["0"] == "O" and config["qawl"]["task"] == "ner"
    resolved = yaml.safe_load((tiny_ner / "training_config.yaml").read_text())
    assert resolved["training"]["epochs"] == 3 and resolved["model"]["max_length"] == 32
    metrics = json.loads((tiny_ner / "metrics.json").read_text())
    assert set(metrics["dev"]) >= {"default", "strict"}
    # the training file's bytes are recorded, so a file rebuilt under its name is told apart
    train_file = resolved["data"]["train"]
    assert metrics["data_sha256"] == {train_file: file_sha256(train_file)}


def test_trainer_dev_metric_matches_evaluation_order_kept(tiny_ner):
    # The Trainer's per-epoch dev F1 (windows mapped back to words inside
    # compute_metrics) must equal a fresh evaluation of the saved best model:
    # if evaluation order were shuffled, these would differ.
    metrics = json.loads((tiny_ner / "metrics.json").read_text())
    best = metrics["best_checkpoint_metric"]["f1"]
    assert best == pytest.approx(metrics["dev"]["default"]["micro"]["f1"], abs=1e-9)


def test_trainer_round_trip_same_predictions(tiny_ner):
    sentences = [ex.words for ex in read_conll(FIXTURES / "ner_dev.conll")]
    tagger = NerTagger.from_pretrained(tiny_ner)
    first = tagger.predict(sentences)
    again = NerTagger.from_pretrained(tiny_ner).predict(sentences)
    assert first == again
    assert [len(s) for s in first] == [len(s) for s in sentences]
    # transformers loads the same directory; its logits equal qawl's, position by position.
    model = AutoModelForTokenClassification.from_pretrained(tiny_ner).eval()
    enc = tagger.tokenizer(sentences[0], is_split_into_words=True, return_tensors="pt")
    with torch.no_grad():
        logits = model(**enc).logits.softmax(-1)[0].numpy()
    firsts = {}
    for pos, w in enumerate(enc.word_ids()):
        if w is not None and w not in firsts:
            firsts[w] = pos
    ours = tagger.predict_proba([sentences[0]])[0]
    np.testing.assert_allclose(ours, logits[[firsts[w] for w in range(len(sentences[0]))]], atol=1e-5)


def test_trainer_model_loads_in_transformers_pipeline(tiny_ner):
    # The stock pipeline reads the saved directory and, on each word's first
    # sub-token, picks the label qawl's tagger scores highest.
    text = "قال الرئيس فلاديمير بوتين إن موسكو لن تتراجع"
    clf = pipeline("token-classification", model=str(tiny_ner), ignore_labels=[])
    firsts = [t["entity"] for t in clf(text) if not t["word"].startswith("##")]
    tagger = NerTagger.from_pretrained(tiny_ner)
    probs = tagger.predict_proba([text.split()])[0]
    assert firsts == [tagger.id2label[int(i)] for i in probs.argmax(-1)]
    grouped = pipeline("token-classification", model=str(tiny_ner), aggregation_strategy="simple")
    assert all(0 <= e["start"] < e["end"] <= len(text) for e in grouped(text))


def test_trainer_stance_round_trip(tiny_stance):
    examples = read_stance_jsonl(FIXTURES / "stance_dev.jsonl")
    clf = StanceClassifier.from_pretrained(tiny_stance)
    items = [(e.speaker, e.statement, e.context) for e in examples]
    ours = clf.predict(items)
    assert ours == StanceClassifier.from_pretrained(tiny_stance).predict(items)
    assert all(abs(sum(s.values()) - 1) < 1e-5 for _, s in ours)
    hf = pipeline("text-classification", model=str(tiny_stance))
    for (label, scores), e in zip(ours, examples):
        out = hf({"text": e.speaker, "text_pair": e.statement}, top_k=None)
        hf_scores = {d["label"]: d["score"] for d in out}
        assert max(hf_scores, key=hf_scores.get) == label
        for k, v in scores.items():
            assert hf_scores[k] == pytest.approx(v, abs=1e-4)  # batch padding: float noise
    metrics = json.loads((tiny_stance / "metrics.json").read_text())
    assert set(metrics["dev"]["confusion"]["labels"]) == {
        e.label for e in read_stance_jsonl(FIXTURES / "stance_train.jsonl")
    }


def test_trainer_rejects_unknown_labels_in_dev(tmp_path):
    bad = tmp_path / "dev.conll"
    bad.write_text("روسيا\tB-COUNTRY\n", encoding="utf-8")
    cfg = tiny_config(
        "ner",
        tmp_path / "out",
        data={
            "dev": str(bad),
            "labels": [
                "O",
                "B-PER",
                "I-PER",
                "B-GPE",
                "I-GPE",
                "B-ORG",
                "I-ORG",
                "B-LOC",
                "I-LOC",
                "B-DATE",
                "I-DATE",
            ],
        },
    )
    with pytest.raises(DataError, match="B-COUNTRY"):
        train(cfg)


def test_trainer_seed_makes_runs_repeatable(tmp_path):
    first = train(tiny_config("ner", tmp_path / "a", training={"epochs": 1}))
    # Reusing the first run's tokenizer (the WordPiece trainer itself is not
    # deterministic), the seeded run repeats: same initial weights, same batches.
    model = {"from_scratch": {**TINY_MODEL["from_scratch"], "tokenizer": str(first.output_dir)}}
    again = [
        train(tiny_config("ner", tmp_path / d, training={"epochs": 1}, model=model)).metrics
        for d in ("b", "c")
    ]
    losses = [[h["eval_loss"] for h in m["history"]] for m in again]
    assert losses[0] == pytest.approx(losses[1], rel=1e-6)
    assert again[0]["dev"] == again[1]["dev"]
    vocab = lambda d: (d / "tokenizer.json").read_text(encoding="utf-8")
    assert vocab(tmp_path / "b") == vocab(first.output_dir)


def test_trainer_reset_head_trains_a_new_head_for_other_labels(tiny_ner, tmp_path):
    # Without model.reset_head the same config is refused (docs/bad-inputs.md); with it,
    # the old head is re-initialised and the new label order is the model's.
    labels = ["O", "B-PER", "I-PER", "B-GPE", "I-GPE", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-DATE", "I-DATE"]
    cfg = tiny_config(
        "ner",
        tmp_path / "out",
        data={"labels": labels},
        model={"pretrained": str(tiny_ner), "from_scratch": None, "reset_head": True},
        training={"max_steps": 2},
    )
    result = train(cfg)
    assert json.loads((result.output_dir / "config.json").read_text())["id2label"]["1"] == "B-PER"


def test_trainer_freeze_embeddings_keeps_pretrained_vectors(tiny_ner, tmp_path):
    # Fine-tuning a pretrained model with training.freeze_embeddings leaves its word-piece
    # vectors exactly as they were, while the encoder and the head still learn.
    from safetensors.torch import load_file

    cfg = tiny_config(
        "ner",
        tmp_path / "out",
        model={"pretrained": str(tiny_ner), "from_scratch": None},
        training={"max_steps": 3, "freeze_embeddings": True},
    )
    before = load_file(tiny_ner / "model.safetensors")
    after = load_file(train(cfg).output_dir / "model.safetensors")
    key = "bert.embeddings.word_embeddings.weight"
    assert torch.equal(before[key], after[key])
    assert not torch.equal(before["classifier.weight"], after["classifier.weight"])


def test_trainer_freeze_embeddings_needs_a_pretrained_model(tmp_path):
    with pytest.raises(ConfigError, match="training.freeze_embeddings"):
        tiny_config("ner", tmp_path / "out", training={"freeze_embeddings": True})
