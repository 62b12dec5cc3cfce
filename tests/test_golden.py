"""Golden outputs: a small fixed model must keep giving the same analysis.

The models are built here, never trained: a committed WordPiece vocabulary
(``fixtures/golden/vocab.txt``) and weights drawn from NumPy's legacy
``RandomState`` (stable across NumPy versions), large enough that no decision
sits near a tie. The whole path a user's bundle takes runs: model directories
with qawl's settings, ``export_bundle``, ``qawl.load``, the prepared document,
NER windows, decoding, attribution and stance. The expected output is
``fixtures/golden/expected.jsonl``; every entity, statement, speaker, cue and
label must match exactly, and scores to 2e-4.

A change that is meant to alter the output: run
``QAWL_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` (it rewrites the file and
fails, so nothing passes unreviewed), read ``git diff``, and commit the file with
the change that explains it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from conftest import FIXTURES

GOLDEN = FIXTURES / "golden"
EXPECTED = GOLDEN / "expected.jsonl"
NER_LABELS = ["O"] + [f"{p}-{t}" for t in ("DATE", "GPE", "LOC", "ORG", "PER") for p in "BI"]
STANCE_LABELS = ["condemnation", "escalation", "neutral"]
SCORE_TOLERANCE = 2e-4


def _fixed_model(task: str, tokenizer, out: Path, seed: int) -> Path:
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertForTokenClassification

    from qawl.config.settings import ModelSettings
    from qawl.data.text import Normalizer

    labels = NER_LABELS if task == "ner" else STANCE_LABELS
    config = BertConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        pad_token_id=tokenizer.pad_token_id,
        id2label=dict(enumerate(labels)),
        label2id={lab: i for i, lab in enumerate(labels)},
    )
    cls = BertForTokenClassification if task == "ner" else BertForSequenceClassification
    model = cls(config)
    rng = np.random.RandomState(seed)
    with torch.no_grad():
        for name, param in sorted(model.named_parameters()):
            if "LayerNorm" in name:  # keep normalization neutral: weight 1, bias 0
                param.fill_(1.0 if name.endswith("weight") else 0.0)
                continue
            # Word embeddings large so each word keeps its identity through the layers;
            # the rest large enough that no label decision sits near a tie.
            scale = 1.0 if "word_embeddings" in name else 0.3
            param.copy_(torch.from_numpy(rng.normal(0.0, scale, tuple(param.shape)).astype(np.float32)))
    settings = ModelSettings(
        task=task, normalizer=Normalizer(), max_length=64, stride=16, stance_input="pair_with_context"
    )
    settings.save_into(model.config)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def _texts() -> list[tuple[str, str]]:
    """The inputs: gold articles of the shipped corpus and the README's sample article,
    copied once into ``fixtures/golden/inputs.jsonl`` so corpus changes leave them be."""
    from qawl.data.readers import read_json_lines

    return [(str(rec["id"]), rec["text"]) for _, rec in read_json_lines(GOLDEN / "inputs.jsonl")]


@pytest.fixture(scope="module")
def golden_docs(tmp_path_factory) -> list[dict]:
    import qawl
    from qawl.bundle import export_bundle
    from qawl.models.tokenizer import wordpiece_tokenizer

    pieces = (GOLDEN / "vocab.txt").read_text(encoding="utf-8").split()
    tokenizer = wordpiece_tokenizer(pieces, 64)
    root = tmp_path_factory.mktemp("golden")
    bundle = export_bundle(
        _fixed_model("ner", tokenizer, root / "ner", 11),
        _fixed_model("stance", tokenizer, root / "stance", 12),
        root / "bundle",
    )
    items = _texts()
    docs = qawl.load(bundle).pipe([text for _, text in items])
    return [{"id": name, **doc.to_dict()} for (name, _), doc in zip(items, docs)]


def _without_scores(doc: dict) -> dict:
    return {
        **doc,
        "entities": [{k: v for k, v in e.items() if k != "score"} for e in doc["entities"]],
        "statements": [{k: v for k, v in s.items() if k != "scores"} for s in doc["statements"]],
    }


def test_golden_outputs_unchanged(golden_docs):
    if os.environ.get("QAWL_UPDATE_GOLDEN"):
        EXPECTED.write_text(
            "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in golden_docs), encoding="utf-8"
        )
        pytest.fail(f"rewrote {EXPECTED}: review `git diff` and commit it with its cause")
    expected = [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in golden_docs] == [d["id"] for d in expected]
    for got, want in zip(golden_docs, expected):
        assert _without_scores(got) == _without_scores(want), got["id"]
        got_scores = [e["score"] for e in got["entities"]] + [
            p for s in got["statements"] for p in s["scores"].values()
        ]
        want_scores = [e["score"] for e in want["entities"]] + [
            p for s in want["statements"] for p in s["scores"].values()
        ]
        assert got_scores == pytest.approx(want_scores, abs=SCORE_TOLERANCE), got["id"]


def test_golden_outputs_exercise_the_pipeline(golden_docs):
    # A golden file that had lost its entities or statements would guard nothing.
    assert sum(len(d["entities"]) for d in golden_docs) > 100
    statements = [s for d in golden_docs for s in d["statements"]]
    assert len(statements) > 30
    assert {s["stance"] for s in statements} > {"neutral"}
    assert sum(s["speaker"] is not None for s in statements) > 10
