"""Thin predictors over saved model directories: NER per word, stance per statement.

A model directory is a plain Hugging Face directory. qawl's own settings (task,
normalizer, window sizes, stance input mode) sit in ``config.json`` under the
``qawl`` key, written at training time, so the directory is self-describing and
nothing is configured twice. Labels come from ``config.json`` ``id2label``.

Example:
    >>> tagger = NerTagger.from_pretrained("models/ner-tiny")        # doctest: +SKIP
    >>> tagger.predict([["قال", "الرئيس", "فلاديمير", "بوتين"]])[0]    # doctest: +SKIP
    [('O', 0.99), ('O', 0.97), ('B-PER', 0.91), ('I-PER', 0.93)]
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import torch

from qawl.data.align import encode_words, word_scores
from qawl.data.labels import decode_iob2, validate_id2label
from qawl.data.stance_inputs import encode_stance
from qawl.data.text import Normalizer

QAWL_KEY = "qawl"


def qawl_settings(task: str, model_cfg) -> dict:
    """The settings saved in ``config.json`` under ``qawl`` for a trained model."""
    return {
        "task": task,
        "normalizer": model_cfg.normalizer.model_dump(),
        "max_length": model_cfg.max_length,
        "stride": model_cfg.stride,
        "stance_input": model_cfg.stance_input,
    }


def _settings(model) -> dict:
    settings = getattr(model.config, QAWL_KEY, None)
    if not isinstance(settings, dict):
        # A plain HF model fine-tuned elsewhere: sensible defaults, no normalization
        # beyond what its own tokenizer does.
        max_len = min(getattr(model.config, "max_position_embeddings", 512), 512)
        settings = {"normalizer": {"strip_diacritics": False, "strip_tatweel": False,
                                   "map_digits": False, "nfkc": False},
                    "max_length": max_len, "stride": 32, "stance_input": "pair"}
    return settings


def _load(path: str | Path, auto_cls):
    from transformers import AutoTokenizer

    path = Path(path)
    if not (path / "config.json").is_file():
        raise FileNotFoundError(
            f"{path} is not a model directory (no config.json); train one with "
            "`qawl train configs/ner-tiny.yaml` or pass the directory it wrote"
        )
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = auto_cls.from_pretrained(path)
    return tokenizer, model


def _batches(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _pad(tokenizer, rows: list[dict[str, list[int]]]) -> dict[str, torch.Tensor]:
    """Dynamic padding: each batch only as long as its longest row."""
    width = max(len(r["input_ids"]) for r in rows)
    pads = {"input_ids": tokenizer.pad_token_id or 0, "attention_mask": 0, "token_type_ids": 0}
    return {key: torch.tensor([r[key] + [pad] * (width - len(r[key])) for r in rows])
            for key, pad in pads.items() if key in rows[0]}


class NerTagger:
    """One label per word, from a token-classification model.

    Args:
        model: A ``*ForTokenClassification`` model with IOB2 ``id2label``.
        tokenizer: Its fast tokenizer.
        batch_size: Windows per forward pass.
    """

    def __init__(self, model, tokenizer, batch_size: int = 32):
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.batch_size = batch_size
        self.id2label = {int(k): v for k, v in model.config.id2label.items()}
        validate_id2label(self.id2label)
        self.label2id = {v: k for k, v in self.id2label.items()}
        settings = _settings(model)
        self.normalizer = Normalizer(**settings["normalizer"])
        self.max_length = int(settings["max_length"])
        self.stride = int(settings["stride"])

    @classmethod
    def from_pretrained(cls, path: str | Path, batch_size: int = 32) -> "NerTagger":
        """Load a saved NER model directory."""
        from transformers import AutoModelForTokenClassification

        tokenizer, model = _load(path, AutoModelForTokenClassification)
        return cls(model, tokenizer, batch_size)

    @torch.no_grad()
    def predict_proba(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Label probabilities ``[n_words, n_labels]`` for each sentence of words.

        Windows of all sentences are batched together; every word gets a row.
        """
        per_sentence = [
            encode_words(self.normalizer.normalize_words(list(words)), self.tokenizer,
                         self.max_length, self.stride) if words else []
            for words in sentences
        ]
        flat = [(s, w) for s, wins in enumerate(per_sentence) for w in wins]
        logits: list[np.ndarray] = []
        for batch in _batches(flat, self.batch_size):
            inputs = _pad(self.tokenizer, [w.features() for _, w in batch])
            inputs = {k: v.to(self.model.device) for k, v in inputs.items()}
            out = self.model(**inputs).logits.float().softmax(-1).cpu().numpy()
            logits.extend(out)
        result, k = [], 0
        for words, wins in zip(sentences, per_sentence):
            chunk = logits[k:k + len(wins)]
            k += len(wins)
            n_labels = len(self.id2label)
            result.append(word_scores(wins, chunk, len(words)) if words
                          else np.zeros((0, n_labels), dtype=np.float32))
        return result

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, float]]]:
        """The best valid IOB2 labels and their probabilities, for each sentence.

        Labels come from :func:`qawl.data.labels.decode_iob2` (Viterbi over the
        word probabilities, so no entity opens with ``I-``).

        Returns:
            For each sentence, ``[(label, probability), ...]`` — as many pairs as words.
        """
        out = []
        for probs in self.predict_proba(sentences):
            labels = decode_iob2(probs, self.id2label)
            out.append([(lab, float(probs[j, self.label2id[lab]])) for j, lab in enumerate(labels)])
        return out


class StanceClassifier:
    """Stance label and per-label probabilities for (speaker, statement) pairs.

    Args:
        model: A ``*ForSequenceClassification`` model.
        tokenizer: Its tokenizer.
        batch_size: Statements per forward pass.
    """

    def __init__(self, model, tokenizer, batch_size: int = 32):
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.batch_size = batch_size
        self.id2label = {int(k): v for k, v in model.config.id2label.items()}
        settings = _settings(model)
        self.normalizer = Normalizer(**settings["normalizer"])
        self.max_length = int(settings["max_length"])
        self.mode = settings.get("stance_input", "pair")

    @classmethod
    def from_pretrained(cls, path: str | Path, batch_size: int = 32) -> "StanceClassifier":
        """Load a saved stance model directory."""
        from transformers import AutoModelForSequenceClassification

        tokenizer, model = _load(path, AutoModelForSequenceClassification)
        return cls(model, tokenizer, batch_size)

    @torch.no_grad()
    def predict_proba(self, items: Sequence[tuple[str, str, str]]) -> np.ndarray:
        """Probabilities ``[n_items, n_labels]`` for ``(speaker, statement, context)`` triples."""
        if not items:
            return np.zeros((0, len(self.id2label)), dtype=np.float32)
        enc, _ = encode_stance(self.tokenizer, list(items), self.max_length, self.normalizer, self.mode)
        rows = [dict(zip(enc, vals)) for vals in zip(*enc.values())]
        probs = []
        for batch in _batches(rows, self.batch_size):
            inputs = {k: v.to(self.model.device) for k, v in _pad(self.tokenizer, batch).items()}
            probs.append(self.model(**inputs).logits.float().softmax(-1).cpu().numpy())
        return np.concatenate(probs)

    def predict(self, items: Sequence[tuple[str, str, str]]) -> list[tuple[str, dict[str, float]]]:
        """The label and the probability of every label, for each triple.

        Example:
            >>> clf.predict([("روته", "لن نتردد في الرد", "")])  # doctest: +SKIP
            [('escalation', {'condemnation': 0.1, 'escalation': 0.8, 'neutral': 0.1})]
        """
        out = []
        for row in self.predict_proba(items):
            scores = {self.id2label[i]: float(p) for i, p in enumerate(row)}
            out.append((self.id2label[int(row.argmax())], scores))
        return out
