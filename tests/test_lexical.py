"""The stance model's lexical head: fit, save, load, mix, and a trained model that carries one."""

import json

import numpy as np
import pytest
from conftest import FIXTURES, tiny_config

import qawl
from qawl.bundle import export_bundle
from qawl.data.readers import read_stance_jsonl
from qawl.data.text import Normalizer
from qawl.models.io import ModelError
from qawl.models.lexical import HEAD_JSON, HEAD_WEIGHTS, LexicalHead, lexical_text, mix
from qawl.models.stance import StanceClassifier
from qawl.training.trainer import train

LABELS = ["condemnation", "escalation", "neutral"]
TEXTS = [
    "ندد الوزير بالهجوم الجبان على المسجد",
    "توعد القائد بالرد القاسي على العدوان",
    "أعلنت الوزارة افتتاح المعرض الدولي",
    "استنكرت الحكومة التفجير الإرهابي",
    "هدد الجيش بسحق المتمردين",
    "أكد المدير اكتمال المشروع",
] * 3
GOLD = ["condemnation", "escalation", "neutral"] * 6


def test_lexical_head_learns_its_words_and_round_trips(tmp_path):
    head = LexicalHead.fit(TEXTS, GOLD, LABELS)
    probe = ["استنكر الوزير الهجوم الجبان", "توعد بالرد على العدوان", "افتتاح المشروع"]
    assert [LABELS[i] for i in head.log_proba(probe).argmax(-1)] == LABELS
    assert np.allclose(np.exp(head.log_proba(probe)).sum(-1), 1, atol=1e-5)
    head.save(tmp_path)
    again = LexicalHead.load(tmp_path)
    assert again is not None and again.labels == LABELS
    np.testing.assert_allclose(again.log_proba(probe), head.log_proba(probe), atol=1e-6)
    assert head.log_proba([]).shape == (0, 3)


def test_lexical_head_refuses_what_it_cannot_serve(tmp_path):
    with pytest.raises(ValueError, match="escalation"):
        LexicalHead.fit(TEXTS[:2], ["condemnation", "neutral"], LABELS)
    assert LexicalHead.load(tmp_path) is None  # no head: the encoder alone
    LexicalHead.fit(TEXTS, GOLD, LABELS).save(tmp_path)
    meta = json.loads((tmp_path / HEAD_JSON).read_text(encoding="utf-8"))
    (tmp_path / HEAD_JSON).write_text(json.dumps({**meta, "format": 99}), encoding="utf-8")
    with pytest.raises(ValueError, match="format 99"):
        LexicalHead.load(tmp_path)
    (tmp_path / HEAD_JSON).unlink()
    with pytest.raises(ValueError, match=HEAD_WEIGHTS):
        LexicalHead.load(tmp_path)


def test_a_head_that_reads_the_speaker_learns_his_voice_and_keeps_reading_it(tmp_path):
    # the same words in two voices: only the speaker tells them apart
    statements = ["القوات ستدخل المدينة", "العملية مستمرة في المنطقة", "الوضع في المدينة تحت السيطرة"] * 4
    speakers = ["الناطق باسم الميليشيا", "وزارة الصحة"] * 6
    gold = ["escalation" if sp.startswith("الناطق") else "neutral" for sp in speakers]
    normalizer = Normalizer()
    texts = [lexical_text(st, st, normalizer, sp) for st, sp in zip(statements, speakers, strict=True)]
    head = LexicalHead.fit(texts + TEXTS, gold + GOLD, LABELS, min_df=1, reads_speaker=True)
    probe = [lexical_text("القوات في المدينة", "القوات في المدينة", normalizer, sp) for sp in speakers[:2]]
    assert [LABELS[i] for i in head.log_proba(probe).argmax(-1)] == ["escalation", "neutral"]
    head.save(tmp_path)
    again = LexicalHead.load(tmp_path)
    assert again is not None and again.reads_speaker
    # a head saved before the speaker could be read has no key: it reads none
    meta = json.loads((tmp_path / HEAD_JSON).read_text(encoding="utf-8"))
    del meta["reads_speaker"]
    (tmp_path / HEAD_JSON).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    old = LexicalHead.load(tmp_path)
    assert old is not None and not old.reads_speaker


def test_mix_is_the_logits_at_weight_zero_and_the_head_at_one():
    logits = np.array([[2.0, 0.0, -1.0]], dtype=np.float32)
    head = np.log(np.array([[0.1, 0.1, 0.8]], dtype=np.float32))
    assert mix(logits, head, 0.0) is logits
    np.testing.assert_allclose(mix(logits, head, 1.0), head, atol=1e-6)
    half = mix(logits, head, 0.5)
    assert half.argmax() == 0 and half[0, 2] > mix(logits, head, 0.0)[0, 2] - 3  # between the two


@pytest.fixture(scope="module")
def head_model(tmp_path_factory):
    """A tiny stance model trained with a lexical head (weight 0.5)."""
    cfg = tiny_config(
        "stance", tmp_path_factory.mktemp("lexical"), model={"lexical": {"weight": 0.5, "min_df": 1}}
    )
    return train(cfg).output_dir


def test_a_stance_model_trained_with_a_head_saves_it_and_every_loader_mixes_it(head_model, tmp_path):
    out = head_model
    assert (out / HEAD_JSON).is_file() and (out / HEAD_WEIGHTS).is_file()
    settings = json.loads((out / "config.json").read_text())["qawl"]
    assert settings["lexical_weight"] == 0.5
    examples = read_stance_jsonl(FIXTURES / "stance_dev.jsonl")
    items = [(e.speaker, e.statement, e.context) for e in examples]
    clf = StanceClassifier.from_pretrained(out)
    assert clf.lexical is not None
    mixed = clf.logits(items)
    np.testing.assert_allclose(
        mixed, mix(clf.encoder_logits(items), clf.lexical_log_proba(items), 0.5), atol=1e-4
    )
    # the head moves the scores: without it the same model scores otherwise
    assert not np.allclose(mixed, clf.encoder_logits(items), atol=1e-3)
    # the training run's dev scores were qawl's, head mixed in
    metrics = json.loads((out / "metrics.json").read_text())
    preds = [label for label, _ in clf.predict(items)]
    assert metrics["dev"]["accuracy"] == pytest.approx(
        sum(p == e.label for p, e in zip(preds, examples, strict=True)) / len(examples)
    )
    # through a bundle and qawl.load, the pipeline's classifier is the same
    bundle = export_bundle(tiny_ner_dir(tmp_path), out, tmp_path / "bundle")
    nlp = qawl.load(bundle)
    assert nlp.stance is not None and nlp.stance.lexical is not None
    np.testing.assert_allclose(nlp.stance.logits(items), mixed, atol=1e-5)
    # a head's files lost: refused, with what to do
    (bundle / "stance" / HEAD_JSON).unlink()
    (bundle / "stance" / HEAD_WEIGHTS).unlink()
    with pytest.raises(ModelError, match="lexical_head.json"):
        qawl.load(bundle)


def test_a_stance_model_whose_head_reads_the_speaker_reads_it_at_prediction(tmp_path):
    cfg = tiny_config("stance", tmp_path, model={"lexical": {"weight": 0.5, "min_df": 1, "speaker": True}})
    out = train(cfg).output_dir
    assert json.loads((out / HEAD_JSON).read_text(encoding="utf-8"))["reads_speaker"] is True
    clf = StanceClassifier.from_pretrained(out)
    example = read_stance_jsonl(FIXTURES / "stance_dev.jsonl")[0]
    items = [(speaker, example.statement, example.context) for speaker in (example.speaker, "مصادر محلية")]
    scores = clf.lexical_log_proba(items)
    assert not np.allclose(scores[0], scores[1], atol=1e-6)  # another speaker, other evidence


def tiny_ner_dir(tmp_path):
    """A one-epoch tiny NER model to bundle with."""
    return train(tiny_config("ner", tmp_path / "ner", training={"epochs": 1})).output_dir


def test_the_onnx_backend_mixes_the_head_as_torch_does(head_model, tmp_path):
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnxscript")
    from qawl.cli import main

    out = tmp_path / "bundle"
    args = ["export", "--ner", str(tiny_ner_dir(tmp_path)), "--stance", str(head_model)]
    assert main([*args, "--out", str(out), "--no-gazetteer", "--onnx"]) == 0
    items = [(e.speaker, e.statement, e.context) for e in read_stance_jsonl(FIXTURES / "stance_dev.jsonl")]
    onnx = qawl.load(out, backend="onnx").stance
    torch_scores = qawl.load(out).stance.logits(items)
    assert onnx is not None and onnx.lexical is not None
    np.testing.assert_allclose(onnx.logits(items), torch_scores, atol=1e-4)
