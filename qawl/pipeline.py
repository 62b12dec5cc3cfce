"""The article pipeline: raw Arabic news in, entities and attributed statements out.

    text → prepared document (words + offsets, sentences, quotes, lines; once)
         → NER on each sentence's words (windows batched across documents)
         → attribution (cues, quotes, speakers) → stance of each statement → Document

Offsets always point into the caller's original string. ``qawl.load(path)`` opens
a bundle written by ``qawl export`` (NER + stance) or a single NER model
directory (statements are then found and attributed but get no stance).

Example:
    >>> nlp = load("models/bundle-tiny")                                   # doctest: +SKIP
    >>> doc = nlp("وقال وزير الخارجية سيرغي لافروف إن موسكو لن تتراجع.")   # doctest: +SKIP
    >>> [(s.speaker.name, s.text, s.stance) for s in doc.statements]       # doctest: +SKIP
    [('سيرغي لافروف', 'موسكو لن تتراجع', 'escalation')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from qawl.attribution import find_statements
from qawl.bundle import read_manifest
from qawl.data.prepared import PreparedDocument, prepare
from qawl.data.text import Word, extend_over_marks
from qawl.document import Document, Entity
from qawl.models.io import MODEL_FILE
from qawl.models.ner import NerTagger
from qawl.models.ruler import EntityRuler, merge_tags
from qawl.models.stance import StanceClassifier

BACKENDS = ("torch",)


class Tagger(Protocol):
    """What the pipeline needs of an NER predictor."""

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, float]]]: ...


class Classifier(Protocol):
    """What the pipeline needs of a stance predictor."""

    def predict(self, items: Sequence[tuple[str, str, str]]) -> list[tuple[str, dict[str, float]]]: ...


def join_split_names(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """One person where the tagger opened a new person at every word of a name.

    A tagger that never saw a name often tags each of its words ``B-PER``
    (``عبدالله محمد شيبان`` as three people). Two person names never follow each
    other with nothing between them in Arabic prose, so a ``B-PER`` right after a
    person continues it, unless the word starts with the conjunction و
    (``محمد وأحمد`` are two people; a name starting with و such as ``وليد`` is
    left apart too).

    Args:
        tags: IOB2 tags of a sentence's words.
        words: The words (punctuation is a word of its own, so it keeps names apart).

    Returns:
        The tags, with those ``B-PER`` turned into ``I-PER``.

    Example:
        >>> words = ["قال", "عبدالله", "شيبان", "وأحمد", "علي"]
        >>> join_split_names(["O", "B-PER", "B-PER", "B-PER", "B-PER"], words)
        ['O', 'B-PER', 'I-PER', 'B-PER', 'I-PER']
    """
    out = list(tags)
    for k in range(1, len(out)):
        if out[k] == "B-PER" and out[k - 1] in ("B-PER", "I-PER") and not words[k].startswith("و"):
            out[k] = "I-PER"
    return out


def tags_to_entities(
    text: str, words: Sequence[Word], labels: Sequence[str], scores: Sequence[float]
) -> list[Entity]:
    """Merge per-word IOB2 labels into entities with offsets into ``text``.

    An ``I-X`` that does not continue an entity of type X opens one (seqeval's
    default reading). The span runs from the first word's start to the last
    word's end, extended over trailing diacritics.

    Example:
        >>> from qawl.data.text import split_words
        >>> t = "زار بوتين موسكو"
        >>> ws = split_words(t)
        >>> [(e.text, e.label) for e in tags_to_entities(t, ws, ["O", "B-PER", "B-GPE"], [1, .9, .8])]
        [('بوتين', 'PER'), ('موسكو', 'GPE')]
    """
    entities: list[Entity] = []
    run: list[int] = []
    run_type: str | None = None

    def close() -> None:
        if run and run_type:
            start, end = words[run[0]].start, extend_over_marks(text, words[run[-1]].end)
            entities.append(
                Entity(text[start:end], run_type, start, end, float(np.mean([scores[k] for k in run])))
            )

    for k, label in enumerate(labels):
        prefix, typ = (label[:2], label[2:]) if label != "O" else ("O", None)
        if prefix == "I-" and typ == run_type:
            run.append(k)
            continue
        close()
        run, run_type = ([k], typ) if typ else ([], None)
    close()
    return entities


class Pipeline:
    """NER, attribution and stance over raw article text.

    Args:
        ner: The entity tagger.
        stance: The stance classifier, or None (statements keep ``stance=None``).
        ruler: A gazetteer :class:`~qawl.models.ruler.EntityRuler` merged with the
            tagger's entities (:func:`~qawl.models.ruler.merge_tags`), or None.

    Example:
        >>> nlp = Pipeline(NerTagger.from_pretrained("models/ner-tiny"), None)  # doctest: +SKIP
        >>> nlp("قال مارك روته إن الحلف يراقب").entities[0].text                # doctest: +SKIP
        'مارك روته'
    """

    def __init__(self, ner: Tagger, stance: Classifier | None = None, ruler: EntityRuler | None = None):
        self.ner = ner
        self.stance = stance
        self.ruler = ruler
        id2label = getattr(ner, "id2label", None)
        # The entity types the tagger knows (a gazetteer label it lacks is mapped or dropped).
        self._types = {lab[2:] for lab in id2label.values() if lab != "O"} if id2label else None

    def __call__(self, text: str) -> Document:
        """Analyze one article."""
        return next(self.pipe([text]))

    def pipe(self, texts: Iterable[str], doc_batch_size: int = 8) -> Iterator[Document]:
        """Analyze many articles, batching model calls across documents.

        Args:
            texts: Raw article texts.
            doc_batch_size: Documents per batch (NER windows and statements of a
                batch go through the models together, in batches of the
                predictors' ``model_batch_size``).

        Yields:
            One :class:`~qawl.document.Document` per text, in order.

        Raises:
            TypeError: An item that is not a string.
        """
        batch: list[str] = []
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"expected article text (str), got {type(text).__name__}")
            batch.append(text)
            if len(batch) == doc_batch_size:
                yield from self._analyze(batch)
                batch = []
        if batch:
            yield from self._analyze(batch)

    def _entities(self, docs: Sequence[PreparedDocument]) -> list[list[Entity]]:
        """Entities of each document: one NER call for every sentence of the batch."""
        sentences = [
            (d, doc.sentence_words(s))
            for d, doc in enumerate(docs)
            for s in doc.sentences
            if s.first_word < s.stop_word
        ]
        predictions = self.ner.predict([[w.text for w in words] for _, words in sentences])
        out: list[list[Entity]] = [[] for _ in docs]
        for (d, words), pred in zip(sentences, predictions, strict=True):
            tags, scores = [p[0] for p in pred], [p[1] for p in pred]
            tags = join_split_names(tags, [w.text for w in words])
            if self.ruler is not None:
                merged = merge_tags(tags, self.ruler.match([w.text for w in words]), self._types)
                # A word the gazetteer decided is as sure as the gazetteer: score 1.
                scores = [
                    1.0 if new != old else score for new, old, score in zip(merged, tags, scores, strict=True)
                ]
                tags = merged
            out[d] += tags_to_entities(docs[d].text, words, tags, scores)
        if self.ruler is not None:
            for ents in out:  # the entry each name is known as: one speaker for الناتو and its full name
                for e in ents:
                    e.kb_id = self.ruler.entry_id(e.text)
        return out

    def _analyze(self, texts: list[str]) -> list[Document]:
        prepared = [prepare(t) for t in texts]
        docs = [
            Document(p.text, ents, find_statements(p, ents))
            for p, ents in zip(prepared, self._entities(prepared), strict=True)
        ]
        if self.stance is not None:
            items, targets = [], []
            for doc, p in zip(docs, prepared, strict=True):
                for st in doc.statements:
                    sentence = p.sentence_at(st.start)
                    context = doc.text[sentence.start : sentence.end] if sentence else st.text
                    items.append((st.speaker.name if st.speaker else "", st.text, context))
                    targets.append(st)
            for st, (label, scores) in zip(targets, self.stance.predict(items), strict=True):
                st.stance, st.scores = label, scores
        return docs


def load(
    path: str | Path,
    model_batch_size: int = 32,
    backend: str = "torch",
    device: str | None = None,
    gazetteer: bool | str | Path | Sequence[str | Path] = True,
) -> Pipeline:
    """Open a bundle written by ``qawl export``, or one NER model directory.

    Args:
        path: The bundle (with ``qawl_pipeline.json``) or an NER model directory.
        model_batch_size: Rows per forward pass (NER windows, stance statements).
        backend: The inference engine (:data:`BACKENDS`).
        device: Where the torch backend runs (``"cpu"``, ``"cuda"``); None: CPU.
        gazetteer: ``True``: the bundle's gazetteer, if it ships one; ``False``:
            none; a JSONL file or folder (or several): these patterns instead
            (:meth:`~qawl.models.ruler.EntityRuler.from_jsonl`).

    Raises:
        FileNotFoundError: Neither a bundle nor a model directory; a gazetteer path
            that does not exist.
        ValueError: An unknown backend, or a bundle whose manifest this version
            of qawl cannot read (the message says which field and why).
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    path = Path(path)
    manifest = read_manifest(path)
    if manifest is not None:
        ner = NerTagger.from_pretrained(path / manifest["ner"], model_batch_size, device)
        stance = (
            StanceClassifier.from_pretrained(path / manifest["stance"], model_batch_size, device)
            if manifest.get("stance")
            else None
        )
        shipped = path / manifest["gazetteer"] if manifest.get("gazetteer") else None
        return Pipeline(ner, stance, _ruler(gazetteer, shipped))
    if (path / MODEL_FILE).is_file():
        return Pipeline(
            NerTagger.from_pretrained(path, model_batch_size, device), None, _ruler(gazetteer, None)
        )
    raise FileNotFoundError(
        f"{path} is neither a qawl bundle (no qawl_pipeline.json) nor a model directory "
        "(no config.json); build one with `qawl export --ner DIR --stance DIR --out DIR`"
    )


def _ruler(choice: bool | str | Path | Sequence[str | Path], shipped: Path | None) -> EntityRuler | None:
    """The entity ruler ``load`` was asked for (see its ``gazetteer`` argument)."""
    if choice is False:
        return None
    if choice is True:
        return EntityRuler.from_jsonl([shipped]) if shipped is not None else None
    paths = [choice] if isinstance(choice, (str, Path)) else list(choice)
    return EntityRuler.from_jsonl(paths)
