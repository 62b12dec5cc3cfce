"""Evaluate a trained model directory on a labelled file.

``qawl evaluate MODEL_DIR DATA_FILE`` calls :func:`evaluate`: it reads the task
from the model's ``config.json``, predicts every gold word or statement, and
writes JSON + Markdown reports. Gold labels the model does not know (``B-FOO``,
``angry``) are refused before scoring, naming each with its count and first
place; ``allow_unknown_labels=True`` (``--allow-unknown-labels``) scores them
anyway, as labels the model never predicts.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from qawl.data.labels import check_tags
from qawl.data.readers import DataError, NerExample, StanceExample, read_ner_file, read_stance_jsonl
from qawl.eval import plots
from qawl.eval.ner_metrics import NerScores, ner_scores
from qawl.eval.report import ner_markdown, stance_markdown, write_report
from qawl.eval.stance_metrics import StanceScores, stance_scores
from qawl.models.io import model_labels, model_task
from qawl.models.ner import NerTagger
from qawl.models.stance import StanceClassifier


def check_gold_labels(
    gold: Iterable[tuple[str, str]],
    known: list[str],
    data_file: str | Path,
    model_dir: str | Path,
    allow_unknown: bool = False,
) -> list[str]:
    """Find the gold labels a model cannot predict, and refuse them unless told to score them.

    Args:
        gold: ``(label, where)`` for every gold label (``where`` is ``file:line``).
        known: The model's labels.
        data_file: The gold file, for the message.
        model_dir: The model, for the message.
        allow_unknown: Return the unknown labels instead of raising.

    Returns:
        The unknown labels, sorted (empty when the model knows every gold label).

    Raises:
        DataError: Unknown labels (each with its count and first place) and
            ``allow_unknown`` is false.

    Example:
        >>> check_gold_labels([("neutral", "d:1"), ("angry", "d:2")], ["neutral"], "d", "m", True)
        ['angry']
    """
    counts: dict[str, list] = {}
    known_set = set(known)
    for label, where in gold:
        if label not in known_set:
            counts.setdefault(label, [0, where])[0] += 1
    if counts and not allow_unknown:
        listed = ", ".join(f"{lab!r} ×{n} (first at {where})" for lab, (n, where) in sorted(counts.items()))
        raise DataError(
            f"{data_file}: gold labels that the model {model_dir} does not know: {listed}. Its labels "
            f"are {known}. Fix or map these labels in the data, evaluate a model trained on them, or "
            "pass --allow-unknown-labels to score them anyway (the model never predicts them)"
        )
    return sorted(counts)


def evaluate_ner_examples(tagger: NerTagger, examples: list[NerExample]) -> NerScores:
    """seqeval scores of a :class:`~qawl.models.ner.NerTagger` on gold sentences.

    Gold tags are scored as written (an ``I-X`` opener is not repaired: that is
    where default and strict mode differ). Types the model cannot produce still
    count as misses; every gold word is scored.
    """
    gold = [list(ex.tags) for ex in examples]
    predicted = [[lab for lab, _ in sent] for sent in tagger.predict([ex.words for ex in examples])]
    return ner_scores(gold, predicted)


def evaluate_stance_examples(
    classifier: StanceClassifier, examples: list[StanceExample], extra_labels: Iterable[str] = ()
) -> StanceScores:
    """Accuracy, macro-F1, per-class scores and confusion of a stance classifier.

    ``extra_labels`` (gold labels the model does not know, when they are to be
    scored) get their own rows in the confusion matrix and count in macro-F1.
    """
    preds = classifier.predict([(ex.speaker, ex.statement, ex.context) for ex in examples])
    labels = [classifier.id2label[i] for i in sorted(classifier.id2label)] + list(extra_labels)
    return stance_scores([ex.label for ex in examples], [lab for lab, _ in preds], labels)


def headline_of(metrics: dict, split: str) -> str:
    """The one-line scores of a split in a model directory's ``metrics.json`` content.

    Example:
        >>> headline_of({"task": "stance", "dev": {"n": 2, "accuracy": 0.5, "macro_f1": 0.5,
        ...     "per_class": {}, "confusion": {"labels": [], "matrix": []}}}, "dev")
        'macro-F1 50.0, accuracy 50.0'
    """
    scores = metrics.get(split)
    if not scores:
        return "not evaluated"
    typed = NerScores if metrics["task"] == "ner" else StanceScores
    return typed.from_dict(scores).headline()


def evaluate(
    model_dir: str | Path,
    data_file: str | Path,
    out_dir: str | Path,
    model_batch_size: int = 32,
    charts: bool = True,
    allow_unknown_labels: bool = False,
) -> dict[str, Any]:
    """Score a saved model on a labelled file and write the reports.

    The data is read and its labels checked against the model's before the
    model loads.

    Args:
        model_dir: A directory written by ``qawl train``.
        data_file: CoNLL/JSONL NER data, or stance JSONL, matching the model's task.
        out_dir: Where ``eval-<data name>.json``/``.md`` go, and the charts the
            Markdown embeds: ``eval-<data name>-per-type.png`` (NER: precision,
            recall, F1 per type) or ``eval-<data name>-confusion.png`` (stance).
        model_batch_size: Windows or statements per forward pass.
        charts: Draw the PNG charts (matplotlib).
        allow_unknown_labels: Score gold labels the model does not know (as
            labels it never predicts) instead of refusing the file.

    Returns:
        ``{"scores": NerScores | StanceScores, "report_json", "report_markdown", "markdown",
        "charts"}`` (``charts``: the PNG paths).

    Raises:
        DataError: Unreadable data, gold NER tags that are not IOB2, or (unless
            ``allow_unknown_labels``) gold labels the model does not know.

    Example:
        >>> r = evaluate("models/ner-tiny", "data/ner/test.conll", "reports")  # doctest: +SKIP
        >>> round(r["scores"].default.micro.f1, 3)                             # doctest: +SKIP
        0.712
    """
    task = model_task(model_dir)
    known = model_labels(model_dir)
    name = "eval-" + Path(data_file).stem
    scores: NerScores | StanceScores
    if task == "ner":
        sentences = read_ner_file(data_file)
        check_tags(sentences)
        gold = [(tag, ex.source) for ex in sentences for tag in ex.tags]
        check_gold_labels(gold, known, data_file, model_dir, allow_unknown_labels)
        scores = evaluate_ner_examples(NerTagger.from_pretrained(model_dir, model_batch_size), sentences)
        md = ner_markdown(scores, f"NER evaluation of {model_dir} on {data_file}")
    else:
        statements = read_stance_jsonl(data_file)
        gold = [(ex.label, ex.source) for ex in statements]
        extra = check_gold_labels(gold, known, data_file, model_dir, allow_unknown_labels)
        scores = evaluate_stance_examples(
            StanceClassifier.from_pretrained(model_dir, model_batch_size), statements, extra
        )
        md = stance_markdown(scores, f"Stance evaluation of {model_dir} on {data_file}")
    figures: list[tuple[str, Path]] = []
    if charts:
        out, data = Path(out_dir), Path(data_file).name
        if isinstance(scores, NerScores):
            figures.append(
                (
                    "Precision, recall and F1 per entity type",
                    plots.per_type_bars(
                        scores.default.per_type,
                        out / f"{name}-per-type.png",
                        f"NER on {data} ({scores.default.mode})",
                    ),
                )
            )
        else:
            figures.append(
                (
                    "Stance confusion matrix",
                    plots.confusion_heatmap(
                        scores.labels, scores.matrix, out / f"{name}-confusion.png", f"Stance on {data}"
                    ),
                )
            )
        md += plots.figures_markdown(figures, out)
    json_path, md_path = write_report(scores.to_dict(), md, out_dir, name)
    return {
        "scores": scores,
        "report_json": str(json_path),
        "report_markdown": str(md_path),
        "markdown": md,
        "charts": [str(p) for _, p in figures],
    }
