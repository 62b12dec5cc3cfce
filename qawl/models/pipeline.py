"""The article pipeline: raw Arabic news in, entities and attributed statements out.

    text → sentences → words (+offsets) → NER (windows batched across documents)
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

import json
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import numpy as np

from qawl.data.text import Word, extend_over_marks, split_words
from qawl.models.attribution import find_statements, split_sentences
from qawl.models.document import Document, Entity
from qawl.models.taggers import NerTagger, StanceClassifier

BUNDLE_FILE = "qawl_pipeline.json"


def tags_to_entities(text: str, words: Sequence[Word], labels: Sequence[str],
                     scores: Sequence[float]) -> list[Entity]:
    """Merge per-word IOB2 labels into entities with offsets into ``text``.

    An ``I-X`` that does not continue an entity of type X opens one (seqeval's
    default reading). The span runs from the first word's start to the last
    word's end, extended over trailing diacritics.

    Example:
        >>> t = "زار بوتين موسكو"
        >>> ws = split_words(t)
        >>> [(e.text, e.label) for e in tags_to_entities(t, ws, ["O", "B-PER", "B-GPE"], [1, .9, .8])]
        [('بوتين', 'PER'), ('موسكو', 'GPE')]
    """
    entities: list[Entity] = []
    run: list[int] = []
    run_type: str | None = None

    def close():
        if run:
            start, end = words[run[0]].start, extend_over_marks(text, words[run[-1]].end)
            entities.append(Entity(text[start:end], run_type, start, end,
                                   float(np.mean([scores[k] for k in run]))))
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

    Example:
        >>> nlp = Pipeline(NerTagger.from_pretrained("models/ner-tiny"), None)  # doctest: +SKIP
        >>> nlp("قال مارك روته إن الحلف يراقب").entities[0].text                # doctest: +SKIP
        'مارك روته'
    """

    def __init__(self, ner: NerTagger, stance: StanceClassifier | None = None):
        self.ner = ner
        self.stance = stance

    def __call__(self, text: str) -> Document:
        """Analyze one article."""
        return next(self.pipe([text]))

    def pipe(self, texts: Iterable[str], batch_size: int = 8) -> Iterator[Document]:
        """Analyze many articles, batching model calls across documents.

        Args:
            texts: Raw article texts.
            batch_size: Documents per batch (NER windows and statements of a
                batch go through the models together).

        Yields:
            One :class:`Document` per text, in order.
        """
        batch: list[str] = []
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"expected article text (str), got {type(text).__name__}")
            batch.append(text)
            if len(batch) == batch_size:
                yield from self._analyze(batch)
                batch = []
        if batch:
            yield from self._analyze(batch)

    def entities(self, texts: Sequence[str]) -> list[list[Entity]]:
        """Named entities of each text, offsets into it."""
        return self._entities(texts, [split_sentences(t) for t in texts])

    def _entities(self, texts: Sequence[str], spans: list[list[tuple[int, int]]]) -> list[list[Entity]]:
        per_doc_words, flat = [], []
        for text, doc_spans in zip(texts, spans):
            sentences = []
            for start, end in doc_spans:
                words = [Word(w.text, w.start + start, w.end + start)
                         for w in split_words(text[start:end])]
                if words:
                    sentences.append(words)
            per_doc_words.append(sentences)
            flat.extend(sentences)
        predictions = iter(self.ner.predict([[w.text for w in s] for s in flat]))
        out = []
        for text, sentences in zip(texts, per_doc_words):
            ents: list[Entity] = []
            for words in sentences:
                pred = next(predictions)
                ents += tags_to_entities(text, words, [p[0] for p in pred], [p[1] for p in pred])
            out.append(ents)
        return out

    def _analyze(self, texts: list[str]) -> list[Document]:
        # Sentence spans serve NER and, below, the stance context: split once.
        spans = [split_sentences(t) for t in texts]
        docs = []
        for text, ents in zip(texts, self._entities(texts, spans)):
            docs.append(Document(text, ents, find_statements(text, ents)))
        if self.stance is not None:
            items, targets = [], []
            for doc, doc_spans in zip(docs, spans):
                for st in doc.statements:
                    context = next((doc.text[a:b] for a, b in doc_spans if a <= st.start < b), st.text)
                    speaker = st.speaker.name if st.speaker else ""
                    items.append((speaker, st.text, context))
                    targets.append(st)
            for st, (label, scores) in zip(targets, self.stance.predict(items)):
                st.stance, st.scores = label, scores
        return docs


def load(path: str | Path, batch_size: int = 32) -> Pipeline:
    """Open a bundle written by ``qawl export``, or one NER model directory.

    Args:
        path: The bundle (with ``qawl_pipeline.json``) or an NER model directory.
        batch_size: Windows/statements per forward pass.

    Raises:
        FileNotFoundError: Neither a bundle nor a model directory.
    """
    path = Path(path)
    manifest = path / BUNDLE_FILE
    if manifest.is_file():
        spec = json.loads(manifest.read_text(encoding="utf-8"))
        ner = NerTagger.from_pretrained(path / spec["ner"], batch_size)
        stance = (StanceClassifier.from_pretrained(path / spec["stance"], batch_size)
                  if spec.get("stance") else None)
        return Pipeline(ner, stance)
    if (path / "config.json").is_file():
        return Pipeline(NerTagger.from_pretrained(path, batch_size), None)
    raise FileNotFoundError(
        f"{path} is neither a qawl bundle (no {BUNDLE_FILE}) nor a model directory "
        "(no config.json); build one with `qawl export --ner DIR --stance DIR --out DIR`"
    )
