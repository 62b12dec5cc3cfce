"""NER scores with seqeval, in both of its modes, stated in the output.

seqeval's default mode is conlleval-compatible: an entity opened by ``I-X`` still
counts. Strict IOB2 mode does not. Both are reported because corpora such as
ANERcorp contain ``I-`` openers, and the two modes can differ by points.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from seqeval.metrics import classification_report
from seqeval.metrics.sequence_labeling import get_entities
from seqeval.scheme import IOB2

from qawl.eval.scores import PRF, pct


@dataclass(frozen=True)
class ModeScores:
    """Scores in one seqeval mode.

    Attributes:
        mode: ``"default (conlleval)"`` or ``"strict IOB2"``.
        micro: Over all entities.
        macro: The mean over types.
        per_type: Each type's scores, with its gold ``support``.
    """

    mode: str
    micro: PRF
    macro: PRF
    per_type: dict[str, PRF]

    def to_dict(self) -> dict:
        return {
            "mode": self.mode,
            "micro": self.micro.to_dict(),
            "macro": self.macro.to_dict(),
            "per_type": {t: v.to_dict() for t, v in self.per_type.items()},
        }

    @classmethod
    def from_dict(cls, d: dict) -> ModeScores:
        return cls(
            d["mode"],
            PRF.from_dict(d["micro"]),
            PRF.from_dict(d["macro"]),
            {t: PRF.from_dict(v) for t, v in d["per_type"].items()},
        )


@dataclass(frozen=True)
class NerScores:
    """NER scores in both seqeval modes, with entity counts.

    Attributes:
        default: conlleval-compatible mode (an ``I-`` opener counts).
        strict: strict IOB2 mode.
        gold_entities: Gold entities per type.
        predicted_entities: Predicted entities per type.
        sentences: Sentences scored.
        words: Words scored (every gold word).
    """

    default: ModeScores
    strict: ModeScores
    gold_entities: dict[str, int]
    predicted_entities: dict[str, int]
    sentences: int
    words: int

    def headline(self) -> str:
        """One line: ``micro-F1 52.7 (strict 52.7), macro-F1 47.7``."""
        return (
            f"micro-F1 {pct(self.default.micro.f1)} (strict {pct(self.strict.micro.f1)}), "
            f"macro-F1 {pct(self.default.macro.f1)}"
        )

    def to_dict(self) -> dict:
        return {
            "default": self.default.to_dict(),
            "strict": self.strict.to_dict(),
            "gold_entities": self.gold_entities,
            "predicted_entities": self.predicted_entities,
            "sentences": self.sentences,
            "words": self.words,
        }

    @classmethod
    def from_dict(cls, d: dict) -> NerScores:
        return cls(
            ModeScores.from_dict(d["default"]),
            ModeScores.from_dict(d["strict"]),
            d["gold_entities"],
            d["predicted_entities"],
            d["sentences"],
            d["words"],
        )


def _mode_scores(y_true, y_pred, strict: bool) -> ModeScores:
    kwargs = {"mode": "strict", "scheme": IOB2} if strict else {}
    report = classification_report(y_true, y_pred, output_dict=True, zero_division=0, **kwargs)

    def prf(v: dict, support: bool = False) -> PRF:
        # Plain floats: numpy scalars do not serialize to JSON.
        return PRF(
            float(v["precision"]),
            float(v["recall"]),
            float(v["f1-score"]),
            int(v["support"]) if support else None,
        )

    return ModeScores(
        mode="strict IOB2" if strict else "default (conlleval)",
        micro=prf(report["micro avg"]),
        macro=prf(report["macro avg"]),
        per_type={k: prf(v, support=True) for k, v in report.items() if not k.endswith(" avg")},
    )


def ner_scores(y_true: list[list[str]], y_pred: list[list[str]]) -> NerScores:
    """Precision, recall and F1 per type and averaged, in default and strict mode.

    Args:
        y_true: Gold tags per sentence.
        y_pred: Predicted tags per sentence, the same lengths.

    Returns:
        :class:`NerScores` (``to_dict()`` gives ``{"default": {...}, "strict": {...},
        "gold_entities": {type: n}, "predicted_entities": {type: n}, "sentences": n,
        "words": n}``; each mode has ``micro``, ``macro`` and ``per_type``).

    Raises:
        ValueError: Sentences whose gold and predicted lengths differ (every gold
            word must be scored).

    Example:
        >>> s = ner_scores([["B-PER", "I-PER", "O"]], [["B-PER", "I-PER", "O"]])
        >>> s.default.micro.f1, s.strict.micro.f1, s.headline()
        (1.0, 1.0, 'micro-F1 100.0 (strict 100.0), macro-F1 100.0')
    """
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} gold sentences but {len(y_pred)} predicted")
    for k, (t, p) in enumerate(zip(y_true, y_pred, strict=True)):
        if len(t) != len(p):
            raise ValueError(f"sentence {k}: {len(t)} gold tags but {len(p)} predicted")
    count = lambda seqs: dict(sorted(Counter(t for t, _, _ in get_entities(seqs)).items()))
    return NerScores(
        default=_mode_scores(y_true, y_pred, strict=False),
        strict=_mode_scores(y_true, y_pred, strict=True),
        gold_entities=count(y_true),
        predicted_entities=count(y_pred),
        sentences=len(y_true),
        words=sum(len(t) for t in y_true),
    )
