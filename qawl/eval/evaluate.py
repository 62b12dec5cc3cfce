"""Evaluate a trained model directory on a labelled file.

``qawl evaluate MODEL_DIR DATA_FILE`` calls :func:`evaluate`: it reads the task
from the model's ``config.json``, predicts every gold word or statement, and
writes JSON + Markdown reports.
"""

from __future__ import annotations

import json
from pathlib import Path

from qawl.data.readers import NerExample, StanceExample, read_ner_file, read_stance_jsonl
from qawl.eval.ner_metrics import ner_scores
from qawl.eval.report import ner_markdown, stance_markdown, write_report
from qawl.eval.stance_metrics import stance_scores


def evaluate_ner_examples(tagger, examples: list[NerExample]) -> dict:
    """seqeval scores of a :class:`~qawl.models.taggers.NerTagger` on gold sentences.

    Gold tags are scored as written (an ``I-X`` opener is not repaired: that is
    where default and strict mode differ). Types the model cannot produce still
    count as misses; every gold word is scored.
    """
    gold = [list(ex.tags) for ex in examples]
    predicted = [[lab for lab, _ in sent] for sent in tagger.predict([ex.words for ex in examples])]
    return ner_scores(gold, predicted)


def evaluate_stance_examples(classifier, examples: list[StanceExample]) -> dict:
    """Accuracy, macro-F1, per-class scores and confusion of a stance classifier."""
    preds = classifier.predict([(ex.speaker, ex.statement, ex.context) for ex in examples])
    labels = [classifier.id2label[i] for i in sorted(classifier.id2label)]
    return stance_scores([ex.label for ex in examples], [lab for lab, _ in preds], labels)


def model_task(model_dir: str | Path) -> str:
    """``"ner"`` or ``"stance"``, read from the directory's ``config.json``.

    Raises:
        FileNotFoundError: Not a model directory.
    """
    config_path = Path(model_dir) / "config.json"
    if not config_path.is_file():
        raise FileNotFoundError(f"{model_dir} has no config.json: not a model directory")
    config = json.loads(config_path.read_text(encoding="utf-8"))
    task = (config.get("qawl") or {}).get("task")
    if task:
        return task
    archs = " ".join(config.get("architectures") or [])
    return "ner" if "TokenClassification" in archs else "stance"


def evaluate(model_dir: str | Path, data_file: str | Path, out_dir: str | Path | None = None,
             batch_size: int = 32) -> dict:
    """Score a saved model on a labelled file and write the reports.

    Args:
        model_dir: A directory written by ``qawl train``.
        data_file: CoNLL/JSONL NER data, or stance JSONL, matching the model's task.
        out_dir: Where ``eval-<data name>.json``/``.md`` go (default: ``model_dir``).
        batch_size: Windows or statements per forward pass.

    Returns:
        The scores (see :func:`qawl.eval.ner_metrics.ner_scores` and
        :func:`qawl.eval.stance_metrics.stance_scores`), with ``report_json`` and
        ``report_markdown`` paths added.

    Example:
        >>> scores = evaluate("models/ner-tiny", "data/ner/test.conll")  # doctest: +SKIP
        >>> round(scores["default"]["micro"]["f1"], 3)                    # doctest: +SKIP
        0.712
    """
    from qawl.models.taggers import NerTagger, StanceClassifier

    task = model_task(model_dir)
    name = "eval-" + Path(data_file).stem
    if task == "ner":
        scores = evaluate_ner_examples(NerTagger.from_pretrained(model_dir, batch_size),
                                       read_ner_file(data_file))
        md = ner_markdown(scores, f"NER evaluation of {model_dir} on {data_file}")
    else:
        scores = evaluate_stance_examples(StanceClassifier.from_pretrained(model_dir, batch_size),
                                          read_stance_jsonl(data_file))
        md = stance_markdown(scores, f"Stance evaluation of {model_dir} on {data_file}")
    json_path, md_path = write_report(scores, md, out_dir or model_dir, name)
    scores["report_json"], scores["report_markdown"] = str(json_path), str(md_path)
    scores["markdown"] = md
    return scores
