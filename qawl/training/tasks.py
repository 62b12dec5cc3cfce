"""What differs between NER and stance training: data, labels, features, metrics.

The trainer (:mod:`qawl.training.trainer`) is shared; it asks the task object for
examples, the label list, model features and the dev metric. The registry is a
plain dict keyed by the config's ``task``.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

from qawl.config.experiment import NerConfig, StanceConfig
from qawl.data.align import encode_words, word_scores
from qawl.data.augment import orthographic_noise, replace_mentions
from qawl.data.labels import build_label_list, check_labels_cover, check_scheme, check_tags, decode_iob2
from qawl.data.readers import DataError, read_hub_ner, read_ner_file, read_stance_jsonl
from qawl.data.stance_inputs import encode_stance, pool_windows
from qawl.eval.evaluate import evaluate_ner_examples, evaluate_stance_examples
from qawl.eval.ner_metrics import NerScores, ner_scores
from qawl.eval.stance_metrics import StanceScores, stance_scores
from qawl.models.backends import softmax
from qawl.models.lexical import LexicalHead, lexical_text
from qawl.models.ner import NerTagger
from qawl.models.stance import StanceClassifier

logger = logging.getLogger(__name__)

SPLITS = ("train", "dev", "test")


def read_train_extra(paths: list[str], read: Callable[[str], list], unit: str, notes: dict[str, int]) -> list:
    """The examples of a config's ``data.train_extra`` files that are here.

    They are built from text that is not redistributed (``scripts/realnews_data.py`` writes
    them from ``../shared/data``), so one may be absent: it is skipped with a warning and
    counted in ``notes["train_extra_missing"]``; those read are counted in
    ``notes["train_extra_<unit>"]`` (the model's ``metrics.json`` keeps both).

    Args:
        paths: The files, in order.
        read: The task's reader of one file.
        unit: What an example is, for the log and the note ("sentences", "statements").
        notes: The task's notes, updated in place.

    Returns:
        Every example of the files found, in order.

    Example:
        >>> notes = {}
        >>> read_train_extra(["/nonexistent/x.jsonl"], read_stance_jsonl, "statements", notes), notes
        ([], {'train_extra_missing': 1})
    """
    examples: list = []
    for extra in paths:
        if not Path(extra).is_file():
            logger.warning(
                "data.train_extra: %s not found; training without it (scripts/realnews_data.py "
                "builds it from ../shared/data)",
                extra,
            )
            notes["train_extra_missing"] = notes.get("train_extra_missing", 0) + 1
            continue
        more = read(extra)
        logger.info("data.train_extra: %d %s from %s added to train", len(more), unit, extra)
        examples += more
        notes[f"train_extra_{unit}"] = notes.get(f"train_extra_{unit}", 0) + len(more)
    return examples


class NerTask:
    """Token classification: one IOB2 label per word."""

    name = "ner"
    metric = "f1"  # dev micro-F1 (seqeval default mode) picks the best checkpoint

    def __init__(self, cfg: NerConfig):
        self.cfg = cfg
        self.normalizer = cfg.model.normalizer
        self.notes: dict[str, int] = {}

    def load_splits(self) -> dict[str, list]:
        """Read train/dev (and test, if set); repair or reject IOB2 errors in train."""
        d = self.cfg.data
        splits = {}
        for split in SPLITS:
            path = getattr(d, split)
            if path:
                splits[split] = read_ner_file(path, d.tokens_field, d.tags_field)
            elif d.hub_dataset:
                hub_split = "validation" if split == "dev" else split
                splits[split] = read_hub_ner(
                    d.hub_dataset, hub_split, d.hub_config, d.tokens_field, d.tags_field
                )
        for split, examples in splits.items():
            if not examples:
                source = getattr(d, split) or f"{d.hub_dataset} [{split}]"
                raise DataError(
                    f"{source} (data.{split}): no sentences; the file is empty or holds only "
                    "blank and -DOCSTART- lines"
                )
        check_tags(ex for examples in splits.values() for ex in examples)
        repaired = check_scheme(splits["train"], d.scheme_errors)
        if repaired:
            logger.warning("repaired %d orphan I- tag(s) to B- in the training data", repaired)
        self.notes["repaired_train_tags"] = repaired
        extra = replace_mentions(splits["train"], self.cfg.training.mention_replacement, self.cfg.seed)
        if extra:
            logger.info("mention replacement: %d augmented training sentences", len(extra))
            self.notes["augmented_train_sentences"] = len(extra)
            splits["train"] = splits["train"] + extra
        noisy = orthographic_noise(splits["train"], self.cfg.training.orthographic_noise, self.cfg.seed)
        if noisy:
            logger.info("orthographic noise: %d training sentences in printed spelling", len(noisy))
            self.notes["printed_spelling_sentences"] = len(noisy)
            splits["train"] = splits["train"] + noisy
        # Real text joins after the augmentations: it is printed as papers print it already,
        # and swapping its mentions would triple the run for words the corpus has taught.
        more = read_train_extra(
            d.train_extra, lambda p: read_ner_file(p, d.tokens_field, d.tags_field), "sentences", self.notes
        )
        if more:
            check_tags(more)
            repaired = check_scheme(more, d.scheme_errors)
            if repaired:
                logger.warning("repaired %d orphan I- tag(s) to B- in data.train_extra", repaired)
            splits["train"] = splits["train"] + more
        return splits

    def labels(self, splits: dict[str, list]) -> list[str]:
        tags = [ex.tags for split in splits.values() for ex in split]
        return build_label_list(tags, self.cfg.data.labels)

    def training_texts(self, splits):
        return (" ".join(self.normalizer.normalize_words(ex.words)) for ex in splits["train"])

    def features(self, examples, tokenizer, label2id) -> tuple[list[dict], list[list]]:
        """Windows for each sentence, flattened for the Trainer, plus the per-sentence grouping."""
        m = self.cfg.model
        inside_of = {
            label2id[t]: label2id["I-" + t[2:]]
            for t in label2id
            if t.startswith("B-") and "I-" + t[2:] in label2id
        }
        grouped = []
        for ex in examples:
            ids = [label2id[t] for t in ex.tags]  # labels() covered every split
            grouped.append(
                encode_words(
                    self.normalizer.normalize_words(ex.words),
                    tokenizer,
                    m.max_length,
                    m.stride,
                    ids,
                    m.label_all_subtokens,
                    inside_of,
                )
            )
        split_windows = sum(len(g) > 1 for g in grouped)
        if split_windows:
            logger.info(
                "%d sentence(s) longer than %d sub-words were split into overlapping "
                "windows (no word dropped)",
                split_windows,
                m.max_length,
            )
        return [w.features() for g in grouped for w in g], grouped

    def class_weights(self, examples, labels) -> None:
        return None  # token classification trains unweighted (the config rejects weights)

    def metric_fn(self, examples, grouped, id2label):
        """A Trainer ``compute_metrics`` that scores every dev word, not every window."""
        gold = [list(ex.tags) for ex in examples]

        def compute(eval_pred):
            logits = eval_pred.predictions
            preds, k = [], 0
            for ex, windows in zip(examples, grouped, strict=True):
                scores = word_scores(windows, logits[k : k + len(windows)], len(ex.words))
                k += len(windows)
                # The same decoding as NerTagger.predict, so the checkpoint is chosen
                # by the score the saved model will get.
                preds.append(decode_iob2(softmax(scores), id2label))
            s = ner_scores(gold, preds)
            return {"f1": s.default.micro.f1, "f1_strict": s.strict.micro.f1, "macro_f1": s.default.macro.f1}

        return compute

    def fit_extras(self, splits, labels) -> None:
        """Nothing beside the model for NER."""

    def save_extras(self, out_dir: Path) -> None:
        """Nothing beside the model for NER."""

    def evaluate(self, model, tokenizer, examples) -> NerScores:
        return evaluate_ner_examples(
            NerTagger.from_model(model, tokenizer, self.cfg.training.eval_batch_size), examples
        )


class StanceTask:
    """Sequence classification of (speaker, statement) pairs."""

    name = "stance"
    metric = "macro_f1"

    def __init__(self, cfg: StanceConfig):
        self.cfg = cfg
        self.normalizer = cfg.model.normalizer
        self.notes: dict[str, int] = {}
        self.lexical: LexicalHead | None = None  # fit by fit_extras when the config asks for one

    def load_splits(self) -> dict[str, list]:
        d = self.cfg.data
        splits = {s: read_stance_jsonl(getattr(d, s)) for s in SPLITS if getattr(d, s)}
        for split, examples in splits.items():
            if not examples:
                raise DataError(f"{getattr(d, split)} (data.{split}): no statements; the file is empty")
        more = read_train_extra(d.train_extra, read_stance_jsonl, "statements", self.notes)
        splits["train"] = [*splits["train"], *more]
        # The same id in two splits is usually one statement in both: evaluation would see
        # training data. Said, not refused (some files number their records per file).
        first: dict[str, str] = {}
        shared = []
        for examples in splits.values():
            for ex in examples:
                if ex.id and first.setdefault(ex.id, ex.source) != ex.source:
                    shared.append(f"{ex.id} ({first[ex.id]}, {ex.source})")
        if shared:
            logger.warning(
                "%d id(s) occur in more than one split, e.g. %s: check that no statement is in two",
                len(shared),
                shared[0],
            )
            self.notes["ids_in_several_splits"] = len(shared)
        return splits

    def labels(self, splits) -> list[str]:
        seen = Counter(ex.label for split in splits.values() for ex in split)
        configured = self.cfg.data.labels
        return check_labels_cover(seen, configured) if configured is not None else sorted(seen)

    def training_texts(self, splits):
        for ex in splits["train"]:
            for text in (ex.speaker, ex.statement, ex.context):
                yield self.normalizer.normalize_text(text)

    def features(self, examples, tokenizer, label2id):
        """One row per window (a long statement gives several, each with its label),
        plus each row's statement, to pool the windows' predictions on dev."""
        m = self.cfg.model
        items = [(ex.speaker, ex.statement, ex.context) for ex in examples]
        enc = encode_stance(tokenizer, items, m.max_length, self.normalizer, m.stance_input)
        for key, n in (
            ("windowed_statements", enc.n_windowed),
            ("context_trimmed", enc.n_context_trimmed),
            ("speakers_cut", enc.n_speaker_cut),
        ):
            self.notes[key] = self.notes.get(key, 0) + n
        for row, owner in zip(enc.rows, enc.owners, strict=True):
            row["labels"] = label2id[examples[owner].label]
        return enc.rows, enc.owners

    def class_weights(self, examples, labels) -> list[float] | None:
        if self.cfg.training.class_weights == "none":
            return None
        counts = Counter(ex.label for ex in examples)
        # "balanced": n / (k * count), as scikit-learn defines it.
        return [len(examples) / (len(labels) * max(1, counts[lab])) for lab in labels]

    def metric_fn(self, examples, grouped, id2label):
        labels = [id2label[i] for i in sorted(id2label)]
        gold = [ex.label for ex in examples]

        def compute(eval_pred):
            # Windows of one statement are pooled, as StanceClassifier.predict does.
            probs = pool_windows(softmax(np.asarray(eval_pred.predictions)), grouped, len(gold))
            preds = [id2label[int(i)] for i in probs.argmax(-1)]
            s = stance_scores(gold, preds, labels)
            return {"macro_f1": s.macro_f1, "accuracy": s.accuracy}

        return compute

    def fit_extras(self, splits, labels) -> None:
        """Fit the lexical head (:mod:`qawl.models.lexical`) on the training statements, the
        encoder's own (train and train_extra), when ``model.lexical.weight`` is above 0."""
        head = self.cfg.model.lexical
        if head.weight <= 0:
            return
        train = splits["train"]
        texts = [
            lexical_text(ex.statement, ex.context, self.normalizer, ex.speaker if head.speaker else None)
            for ex in train
        ]
        gold = [ex.label for ex in train]
        self.lexical = LexicalHead.fit(
            texts, gold, labels, c=head.c, min_df=head.min_df, reads_speaker=head.speaker
        )
        logger.info("lexical head: %d statements, weight %s", len(train), head.weight)

    def save_extras(self, out_dir: Path) -> None:
        """Save the lexical head beside the model (nothing without one)."""
        if self.lexical is not None:
            self.lexical.save(out_dir)

    def evaluate(self, model, tokenizer, examples) -> StanceScores:
        clf = StanceClassifier.from_model(model, tokenizer, self.cfg.training.eval_batch_size, self.lexical)
        return evaluate_stance_examples(clf, examples)


TASKS = {"ner": NerTask, "stance": StanceTask}
