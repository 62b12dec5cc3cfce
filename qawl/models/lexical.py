"""The stance model's lexical head: word and character n-gram evidence beside the encoder.

The offline encoder is small and its stance training set is small (some 1,700
corpus statements and 2,800 real ones); the words themselves (توعد، بالانتقام، ندد،
الجبان، «سنلاحقهم») carry much of what the classes mean. A logistic regression over
TF-IDF word 1-2-grams and character 2-5-grams of the statement and its sentence,
trained on the same examples as the encoder, is mixed with it in log-probability:

    score = (1 - w) * log_softmax(encoder logits) + w * log p_lexical

with ``w`` the model's ``settings.lexical_weight``, chosen on cross-fitted real
statements (``benchmarks/stance_crossfit.py``), not on the data it was fit on. The
model's decision rule (temperature, prior shift: :mod:`qawl.models.calibration`)
applies to the mixed score as it did to the logits. ``w = 0`` (or no head) is the
encoder alone.

The head is saved beside the model as two plain files, no pickles:
``lexical_head.json`` (the vocabularies, the label order and how text was cut) and
``lexical_head.safetensors`` (the IDF vectors and the regression's weights).

Example:
    >>> head = LexicalHead.fit(["ندد بالهجوم الجبان", "أعلن افتتاح المعرض"] * 4,
    ...                        ["condemnation", "neutral"] * 4, ["condemnation", "neutral"])
    >>> head.log_proba(["ندد بالهجوم"]).argmax(-1).tolist()
    [0]
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from qawl.data.text import Normalizer

HEAD_JSON = "lexical_head.json"
HEAD_WEIGHTS = "lexical_head.safetensors"
FORMAT = 1  # the files' layout; a newer one is refused with the version that reads it
# How text is cut into features (sklearn's TfidfVectorizer options, saved with the head).
_CHAR = {"analyzer": "char_wb", "ngram_range": (2, 5), "sublinear_tf": True}
_WORD = {"analyzer": "word", "ngram_range": (1, 2), "sublinear_tf": True}
SEPARATOR = " || "  # between a statement and its sentence, one text for the vectorizers


def lexical_text(statement: str, context: str, normalizer: Normalizer, speaker: str | None = None) -> str:
    """The one text the head reads for a statement, in training and at prediction: the
    speaker when the head reads it (:attr:`LexicalHead.reads_speaker`), the statement, then
    its sentence, normalized as the encoder's input is (the model's ``settings.normalizer``).

    Who speaks is evidence of its own: a militia's spokesman and a health ministry say
    "forces" and "operations" in different voices (two-fold on the real dev statements, the
    head alone gained 0.9 points of accuracy with the speaker; benchmarks/NOTES.md)."""
    text = statement + SEPARATOR + context
    return normalizer.normalize_text(text if speaker is None else speaker + SEPARATOR + text)


class LexicalHead:
    """TF-IDF n-grams and a multinomial logistic regression over the stance labels.

    Args:
        labels: The label order of the model it serves (``id2label``'s).
        vectorizers: The fitted character and word vectorizers.
        coef: ``[labels, features]`` regression weights.
        intercept: ``[labels]``.
        reads_speaker: Whether its texts start with the speaker (:func:`lexical_text`); saved
            with the head, so a model reads at prediction what it was fit on.
    """

    def __init__(
        self,
        labels: Sequence[str],
        vectorizers: list[Any],
        coef: np.ndarray,
        intercept: np.ndarray,
        reads_speaker: bool = False,
    ):
        self.labels = list(labels)
        self.reads_speaker = reads_speaker
        self.vectorizers = vectorizers
        # contiguous: scikit-learn's coef_ is Fortran-ordered, and safetensors writes raw bytes
        self.coef = np.ascontiguousarray(coef, dtype=np.float32)
        self.intercept = np.ascontiguousarray(intercept, dtype=np.float32)

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        labels: Sequence[str],
        label_order: Sequence[str],
        c: float = 10.0,
        min_df: int = 2,
        reads_speaker: bool = False,
    ) -> LexicalHead:
        """Fit the head on texts (:func:`lexical_text`).

        Args:
            texts: One text per statement.
            labels: Their gold labels.
            label_order: The model's label order; each must occur in ``labels``.
            c: Inverse regularization strength (scikit-learn's ``C``).
            min_df: A character n-gram must occur in this many texts to be a feature.
            reads_speaker: Whether ``texts`` start with the speaker (recorded with the head).

        Raises:
            ValueError: A label of ``label_order`` with no example (its weights would be
                meaningless), or texts and labels of different lengths.
        """
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        if len(texts) != len(labels):
            raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
        missing = sorted(set(label_order) - set(labels))
        if missing:
            raise ValueError(f"no training example for label(s) {missing}: the lexical head needs each")
        vectorizers = [TfidfVectorizer(min_df=min_df, **_CHAR), TfidfVectorizer(min_df=1, **_WORD)]
        x = hstack([v.fit_transform(texts) for v in vectorizers]).tocsr()
        y = [list(label_order).index(label) for label in labels]
        # "balanced" weights: the corpus is balanced and the real statements mostly neutral
        regression = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y)
        return cls(label_order, vectorizers, regression.coef_, regression.intercept_, reads_speaker)

    def log_proba(self, texts: Sequence[str]) -> np.ndarray:
        """``[n, labels]`` log-probabilities, in :attr:`labels` order."""
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        from scipy.sparse import hstack

        x = hstack([v.transform(texts) for v in self.vectorizers]).tocsr()
        z = np.asarray(x @ self.coef.T, dtype=np.float64) + self.intercept
        z -= z.max(-1, keepdims=True)
        return (z - np.log(np.exp(z).sum(-1, keepdims=True))).astype(np.float32)

    def save(self, model_dir: str | Path) -> None:
        """Write :data:`HEAD_JSON` and :data:`HEAD_WEIGHTS` into a model directory."""
        from safetensors.numpy import save_file

        model_dir = Path(model_dir)
        meta = {
            "format": FORMAT,
            "labels": self.labels,
            "reads_speaker": self.reads_speaker,
            "vectorizers": [
                {
                    "options": {k: list(v) if isinstance(v, tuple) else v for k, v in opts.items()},
                    # n-gram -> column, in column order (JSON keeps it)
                    "vocabulary": sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__),
                }
                for opts, vec in zip((_CHAR, _WORD), self.vectorizers, strict=True)
            ],
        }
        (model_dir / HEAD_JSON).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        tensors = {
            f"idf_{i}": np.ascontiguousarray(v.idf_, dtype=np.float32) for i, v in enumerate(self.vectorizers)
        }
        save_file({**tensors, "coef": self.coef, "intercept": self.intercept}, str(model_dir / HEAD_WEIGHTS))

    @classmethod
    def load(cls, model_dir: str | Path) -> LexicalHead | None:
        """The head saved in a model directory, or None when it has none.

        Raises:
            ValueError: Files of another format, or one of the two files without the other
                (names the file and what to do).
        """
        from safetensors.numpy import load_file
        from sklearn.feature_extraction.text import TfidfVectorizer

        model_dir = Path(model_dir)
        meta_path, weights_path = model_dir / HEAD_JSON, model_dir / HEAD_WEIGHTS
        if not meta_path.is_file() and not weights_path.is_file():
            return None
        if not (meta_path.is_file() and weights_path.is_file()):
            present = meta_path if meta_path.is_file() else weights_path
            raise ValueError(
                f"{present} has no partner file ({HEAD_JSON} and {HEAD_WEIGHTS} go together): "
                "copy both from the training output, or delete it to use the encoder alone"
            )
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(
                f"{meta_path}: lexical head format {meta.get('format')!r}, this qawl reads {FORMAT}; "
                "retrain the stance model or use the qawl version that trained it"
            )
        tensors = load_file(str(weights_path))
        vectorizers = []
        for i, spec in enumerate(meta["vectorizers"]):
            options = {k: tuple(v) if isinstance(v, list) else v for k, v in spec["options"].items()}
            vec = TfidfVectorizer(vocabulary={g: n for n, g in enumerate(spec["vocabulary"])}, **options)
            vec.idf_ = tensors[f"idf_{i}"].astype(np.float64)  # sets the fitted IDF, as fit would
            vectorizers.append(vec)
        # heads saved before the speaker could be read have no key: they read none
        reads_speaker = meta.get("reads_speaker", False)
        return cls(meta["labels"], vectorizers, tensors["coef"], tensors["intercept"], reads_speaker)


def mix(encoder_logits: np.ndarray, lexical_log_proba: np.ndarray, weight: float) -> np.ndarray:
    """The mixed score of the module docstring, ``[n, labels]`` (``weight`` 0: the logits
    themselves, so a model without a head scores exactly as before)."""
    if weight == 0:
        return encoder_logits
    z = np.asarray(encoder_logits, dtype=np.float64)
    z = z - z.max(-1, keepdims=True)
    log_softmax = z - np.log(np.exp(z).sum(-1, keepdims=True))
    return ((1 - weight) * log_softmax + weight * lexical_log_proba).astype(np.float32)
