"""The article pipeline: raw Arabic news in, entities and attributed statements out.

    text → prepared document (words + offsets, sentences, quotes, lines; once)
         → NER on each sentence's words (windows batched across documents)
         → attribution (cues, quotes, speakers) → stance of each statement → Document

Offsets always point into the caller's original string. ``qawl.load(path)`` opens
a bundle written by ``qawl export`` (NER + stance) or a single NER model
directory (statements are then found and attributed but get no stance).

Speed options (arguments of :func:`load`; each gives the plain path's entities,
statements and stances, which tests check): ``sort_by_length`` batches NER
windows and statements of similar length together, ``batch_tokens`` caps the
padded positions of a forward pass (smaller batches of long rows), ``pack`` puts several short
sentences into one model row with a block-diagonal attention mask, ``threads``
sets the engine's threads, ``onednn`` runs torch's linear layers on a CPU through
oneDNN, ``backend="onnx"`` runs the fp32 models exported by ``qawl export --onnx``
with ONNX Runtime, and ``stance_window`` bounds what the stance model reads of a
statement and its sentence. Two engines trade a little accuracy for speed, so their
answers are measured (benchmarks/RESULTS.md), not held to the plain path's:
``backend="onnx-int8"`` (int8 weights) and ``backend="torch-bf16"`` (bfloat16;
several times faster on CPUs with bf16 instructions).

Example:
    >>> nlp = load("models/bundle-tiny")                                   # doctest: +SKIP
    >>> doc = nlp("وقال وزير الخارجية سيرغي لافروف إن موسكو لن تتراجع.")   # doctest: +SKIP
    >>> [(s.speaker.name, s.text, s.stance) for s in doc.statements]       # doctest: +SKIP
    [('سيرغي لافروف', 'موسكو لن تتراجع', 'escalation')]
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np

from qawl.attribution import find_statements
from qawl.attribution.cues import denounces, only_reports, prays, reports_others_fighting, speech_act
from qawl.bundle import read_manifest
from qawl.config.settings import ModelSettings
from qawl.data.prepared import PreparedDocument, prepare
from qawl.data.text import Word, extend_over_marks
from qawl.document import Document, Entity, Statement
from qawl.models.backends import BACKENDS, OnnxBackend, Progress, TorchBackend
from qawl.models.io import MODEL_FILE, load_model_dir
from qawl.models.lexical import LexicalHead
from qawl.models.names import (
    can_be_entity,
    drop_clitic_words,
    drop_movement_heads,
    known_words,
    repeat_names,
    spells_ala,
    tidy_tags,
)
from qawl.models.ner import NerTagger
from qawl.models.onnx import onnx_file
from qawl.models.ruler import EntityRuler, merge_tags
from qawl.models.stance import StanceClassifier

logger = logging.getLogger(__name__)


CLOSED_LABELS = ("GPE", "LOC")
"""Entity types the gazetteer decides alone by default (see :class:`Pipeline`).
Chosen on the dev sets: on the real-text dev set, dropping the from-scratch
tagger's GPE and LOC entities that no gazetteer entry knows raised entity F1 from
0.42 to 0.51 (GPE 0.50 to 0.84, LOC 0.17 to 0.35), and on the shipped dev
articles from 0.70 to 0.75; the same for ORG or PER (open classes) lost recall."""

CPU_BATCH_TOKENS = 512
"""Default ``batch_tokens`` on a CPU: padded positions per forward pass. On the
AraBERT-shaped benchmark model, batches of 32 length-sorted rows carried 44% of
padding in NER and 47% in stance; with 512 positions a batch, 8% and 6%, and the
pipeline ran 1.6x faster (1.25x with the small shipped models); 256 to 4096 were
measured (``benchmarks/NOTES.md``)."""

STANCE_WINDOW = 512
"""Default ``stance_window``: words of a statement, and of its sentence on each side
of the statement's start, that reach the stance model. Every word is at least one
sub-word and a stance model reads at most its ``max_length`` sub-words (128–512 in
qawl's configs, 512 for BERT-base), so with a window of at least ``max_length`` the
model sees exactly what it saw unbounded, for any statement that starts within
that many words of its sentence's start."""


class Tagger(Protocol):
    """What the pipeline needs of an NER predictor."""

    def predict(
        self, sentences: Sequence[Sequence[str]], progress: Progress | None = None
    ) -> list[list[tuple[str, float]]]: ...


class Classifier(Protocol):
    """What the pipeline needs of a stance predictor."""

    def predict(self, items: Sequence[tuple[str, str, str]]) -> list[tuple[str, dict[str, float]]]: ...


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


TITLE_CHARS = 100  # characters before a speaker's first mention read as its title


def _words_before_speaker(text: str, st: Statement) -> str | None:
    """The text just before the first mention of a statement's speaker, where its title
    stands (``مبعوث الأمم المتحدة إلى سورية [PER فلان]``); None with no named speaker."""
    if st.speaker is None or not st.speaker.mentions:
        return None
    first = st.speaker.mentions[0].start
    return text[max(0, first - TITLE_CHARS) : first]


class Pipeline:
    """NER, attribution and stance over raw article text.

    Args:
        ner: The entity tagger.
        stance: The stance classifier, or None (statements keep ``stance=None``).
        ruler: A gazetteer :class:`~qawl.models.ruler.EntityRuler` merged with the
            tagger's entities (:func:`~qawl.models.ruler.merge_tags`), or None.
        stance_window: What the stance model reads, in words: a statement's first
            ``stance_window`` words, and its sentence from ``stance_window`` words
            before the statement's start to as many after. None reads whole
            sentences and statements (a 300 KB article without punctuation is
            one sentence: every statement's input is then the whole text).
        closed_labels: Entity types the gazetteer decides alone (:data:`CLOSED_LABELS`):
            with a ruler, an entity of such a type that no gazetteer entry knows is
            dropped. Place names are a closed class the gazetteer lists, and on
            real newspaper text a from-scratch tagger calls common words places
            (``وربما``، ``والسكن``). Empty: the tagger's places are kept.
        cue_stance: A statement whose cue names its speech act (``أدان``، ``منتقدا``:
            condemnation; ``هدد``، ``توعد``، a claimed attack: escalation;
            :data:`~qawl.attribution.cues.SPEECH_ACTS`), or whose words offer
            condolences (:func:`~qawl.attribution.cues.offers_condolences`:
            condemnation, as the guidelines define it), takes that stance, when
            the stance model has that label; a monitor's, a news medium's or an
            observer's (``شهود عيان``، ``مصادر محلية``) statement is never escalation
            (:func:`~qawl.attribution.cues.only_reports`: the model's next label), nor
            is a statement that opens with a prayer (``اللهم …``: :func:`~qawl.attribution.cues.prays`)
            or with an armed group the speaker is not (``الحوثيين … قصفوا``:
            :func:`~qawl.attribution.cues.reports_others_fighting`);
            a statement the model calls neutral whose words denounce (``الجبان``،
            ``انتهكت``، ``نستنكر``: :func:`~qawl.attribution.cues.denounces`) is
            condemnation; ``scores`` stay the model's.
            False: the model decides every statement.

    Example:
        >>> nlp = Pipeline(NerTagger.from_pretrained("models/ner-tiny"), None)  # doctest: +SKIP
        >>> nlp("قال مارك روته إن الحلف يراقب").entities[0].text                # doctest: +SKIP
        'مارك روته'
    """

    def __init__(
        self,
        ner: Tagger,
        stance: Classifier | None = None,
        ruler: EntityRuler | None = None,
        stance_window: int | None = STANCE_WINDOW,
        closed_labels: Sequence[str] = CLOSED_LABELS,
        cue_stance: bool = True,
    ):
        if stance_window is not None and stance_window < 1:
            raise ValueError(f"stance_window must be a positive number of words or None, not {stance_window}")
        self.ner = ner
        self.stance = stance
        self.ruler = ruler
        self.stance_window = stance_window
        self.closed_labels = frozenset(closed_labels)
        self.cue_stance = cue_stance
        id2label = getattr(ner, "id2label", None)
        # The entity types the tagger knows (a gazetteer label it lacks is mapped or dropped).
        self._types = {lab[2:] for lab in id2label.values() if lab != "O"} if id2label else None
        # The tagger's whole words: common words, which tell a future-tense verb from a name.
        vocabulary = getattr(getattr(ner, "tokenizer", None), "get_vocab", None)
        self._known = known_words(vocabulary()) if callable(vocabulary) else frozenset()

    def __call__(self, text: str, progress: Progress | None = None) -> Document:
        """Analyze one article (``progress`` as in :meth:`pipe`)."""
        return next(self.pipe([text], progress=progress))

    def pipe(
        self, texts: Iterable[str], doc_batch_size: int = 8, progress: Progress | None = None
    ) -> Iterator[Document]:
        """Analyze many articles, batching model calls across documents.

        Args:
            texts: Raw article texts.
            doc_batch_size: Documents per batch (NER windows and statements of a
                batch go through the models together, in batches of the
                predictors' ``model_batch_size``).
            progress: Called as ``progress(done, total)`` with the NER windows of
                the current batch of documents done and in all, after each
                forward pass (a long article's progress bar).

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
                yield from self._analyze(batch, progress)
                batch = []
        if batch:
            yield from self._analyze(batch, progress)

    def _entities(
        self, docs: Sequence[PreparedDocument], progress: Progress | None = None
    ) -> list[list[Entity]]:
        """Entities of each document: one NER call for every sentence of the batch."""
        sentences = [
            (d, doc.sentence_words(s))
            for d, doc in enumerate(docs)
            for s in doc.sentences
            if s.first_word < s.stop_word
        ]
        texts = [[w.text for w in ws] for _, ws in sentences]
        predictions = self.ner.predict(texts) if progress is None else self.ner.predict(texts, progress)
        out: list[list[Entity]] = [[] for _ in docs]
        distinguishes = [spells_ala([w.text for w in doc.words]) for doc in docs]
        for (d, words), word_texts, pred in zip(sentences, texts, predictions, strict=True):
            tags, scores = [p[0] for p in pred], [p[1] for p in pred]
            tags = tidy_tags(tags, word_texts, distinguishes[d], self._known)
            if self.ruler is not None:
                merged = merge_tags(tags, self.ruler.match(word_texts), self._types)
                # A word the gazetteer decided is as sure as the gazetteer: score 1.
                scores = [
                    1.0 if new != old else score for new, old, score in zip(merged, tags, scores, strict=True)
                ]
                tags = merged
            tags = drop_movement_heads(tags, word_texts)  # after the gazetteer: تنظيم [داعش]
            out[d] += tags_to_entities(docs[d].text, words, tags, scores)
        if self.ruler is not None:
            for d, ents in enumerate(out):
                for e in ents:  # the entry each name is known as: one speaker for الناتو and its full name
                    e.kb_id = self.ruler.entry_id(e.text, e.label)
                # Places the gazetteer does not know are the tagger's guesses on unseen words
                # (a form two entries share, واشنطن the capital and the state, is known).
                ruler = self.ruler
                out[d] = [
                    e
                    for e in ents
                    if e.kb_id is not None
                    or e.label not in self.closed_labels
                    or ruler.knows(e.text, e.label)
                ]
        kept = [
            [
                e
                for e in ents
                if e.kb_id is not None
                or (can_be_entity(e.text) and not (self.ruler is not None and self.ruler.is_demonym(e.text)))
            ]
            for ents in out
        ]
        return [
            repeat_names(doc.text, doc.words, drop_clitic_words(ents))
            for doc, ents in zip(docs, kept, strict=True)
        ]

    def _analyze(self, texts: list[str], progress: Progress | None = None) -> list[Document]:
        prepared = [prepare(t) for t in texts]
        docs = [
            Document(p.text, ents, find_statements(p, ents))
            for p, ents in zip(prepared, self._entities(prepared, progress), strict=True)
        ]
        if self.stance is not None:
            # Only statements found go to the stance model, all of the batch's documents at once.
            items, targets = [], []
            for doc, p in zip(docs, prepared, strict=True):
                items += self._stance_inputs(p, doc.statements)
                targets += [(st, doc.text) for st in doc.statements]
            cut = sum(statement != st.text for (_, statement, _), (st, _) in zip(items, targets, strict=True))
            if cut:  # counted, never silent
                logger.warning(
                    "%d statement(s) longer than stance_window=%s words were classified on their first "
                    "%s words (qawl.load(..., stance_window=None) reads them whole, in windows)",
                    cut,
                    self.stance_window,
                    self.stance_window,
                )
            for (st, text), (label, scores) in zip(targets, self.stance.predict(items), strict=True):
                act = speech_act(st.cue, st.text) if self.cue_stance else None
                speaker = st.speaker.name if st.speaker else None
                source = st.source.text if st.source else None
                if (
                    act is None
                    and self.cue_stance
                    and label == "escalation"
                    and (
                        only_reports(speaker, source, _words_before_speaker(text, st))
                        or prays(st.text)
                        or reports_others_fighting(st.text, speaker or source)
                    )
                ):
                    # a monitor, a news medium or an observer reports fighting, a prayer asks God
                    # to act, and an armed group the speaker is not fights: none of them escalates
                    label = max((k for k in scores if k != "escalation"), key=scores.__getitem__)
                elif act is None and self.cue_stance and label == "neutral" and denounces(st.text):
                    act = "condemnation"  # "هذا العمل الإرهابي الجبان"، "الهند انتهكت وقف النار"
                st.stance, st.scores = (act if act in scores else label), scores
        return docs

    def stance_inputs(self, doc: Document) -> list[tuple[str, str, str]]:
        """What the stance model reads for each statement of an analyzed document.

        The one owner of those inputs: calibration and benchmarks that classify
        statements outside :meth:`pipe` call it, so that they see what the pipeline
        sees (a statement without a named speaker is read with its source phrase,
        ``مصادر عسكرية``, and its context within ``stance_window``).

        Args:
            doc: A document this pipeline returned.

        Returns:
            One ``(speaker, statement, context)`` triple per statement, in order.

        Example:
            >>> doc = nlp("قال الوزير فهد الراشد إن العمل مستمر.")  # doctest: +SKIP
            >>> nlp.stance_inputs(doc)                                # doctest: +SKIP
            [('فهد الراشد', 'العمل مستمر', 'قال الوزير فهد الراشد إن العمل مستمر.')]
        """
        return self._stance_inputs(prepare(doc.text), doc.statements)

    def _stance_inputs(
        self, doc: PreparedDocument, statements: list[Statement]
    ) -> list[tuple[str, str, str]]:
        """:meth:`_stance_input` for each of a prepared document's statements."""
        starts = [w.start for w in doc.words] if self.stance_window else []
        return [self._stance_input(doc, st, starts) for st in statements]

    def _stance_input(self, doc: PreparedDocument, st: Statement, starts: list[int]) -> tuple[str, str, str]:
        """``(speaker, statement, context)`` for the stance model, within ``stance_window``.

        Unbounded, the context is the statement's whole sentence. Bounded, the
        statement keeps its first ``stance_window`` words, and the context its
        sentence's words from ``stance_window`` before the statement's first word
        to ``stance_window`` after it; a cut side ends on a word boundary, an
        uncut side keeps the sentence's own offsets (so short sentences are
        unchanged, character for character).
        """
        # who speaks, named or not: "مصادر عسكرية" reads differently from a minister
        speaker = st.speaker.name if st.speaker else (st.source.text if st.source else "")
        window = self.stance_window
        if window is None:
            return speaker, st.text, doc.sentence_text(st.start, st.text)
        sentence = doc.sentence_at(st.start)
        first = bisect_left(starts, st.start)  # the statement's first word
        statement = st.text
        if first + window < len(starts) and starts[first + window] < st.end:
            statement = doc.text[st.start : doc.words[first + window - 1].end]
        if sentence is None:
            return speaker, statement, statement
        lo = max(sentence.first_word, first - window)
        hi = min(sentence.stop_word, first + window)
        start = sentence.start if lo == sentence.first_word else doc.words[lo].start
        end = sentence.end if hi == sentence.stop_word else doc.words[hi - 1].end
        return speaker, statement, doc.text[start:end]


def load(
    path: str | Path,
    model_batch_size: int = 32,
    backend: str = "torch",
    device: str | None = None,
    gazetteer: bool | str | Path | Sequence[str | Path] = True,
    *,
    threads: int | None = None,
    sort_by_length: bool = True,
    pack: bool = False,
    batch_tokens: int | None | Literal["auto"] = "auto",
    stance_window: int | None = STANCE_WINDOW,
    onednn: bool = True,
    closed_labels: Sequence[str] = CLOSED_LABELS,
    cue_stance: bool = True,
) -> Pipeline:
    """Open a bundle written by ``qawl export``, or one NER model directory.

    Args:
        path: The bundle (with ``qawl_pipeline.json``) or an NER model directory.
        model_batch_size: Rows per forward pass (NER windows, stance statements).
        backend: The inference engine (:data:`BACKENDS`): ``torch``; ``torch-bf16``,
            the same models in bfloat16 (on a CPU with AVX512-BF16 or AMX, such
            as Zen 4 or Sapphire Rapids, and on GPUs, several times faster than
            fp32; its answers differ from fp32's in a few close decisions, measured
            in benchmarks/RESULTS.md; on a CPU without them it is slower, and a
            warning says so); ``onnx`` or ``onnx-int8`` for the models
            ``qawl export --onnx`` wrote beside them (ONNX Runtime; int8 is faster
            on CPU and a little less accurate).
        device: ``"cpu"``, ``"cuda"``, ``"cuda:1"``…; None: a GPU when torch sees
            one, else the CPU (as training does).
        gazetteer: ``True``: the bundle's gazetteer, if it ships one; ``False``:
            none; a JSONL file or folder (or several): these patterns instead
            (:meth:`~qawl.models.ruler.EntityRuler.from_jsonl`).
        threads: Threads of one forward pass (``torch.set_num_threads``, for the
            whole process, and ONNX Runtime's intra-op threads); None leaves the
            engine's default (every core). On a busy machine, or with several
            worker processes, fewer threads than cores is faster.
        sort_by_length: Batch NER windows and statements of similar length together.
        pack: Pack several short NER windows into each model row (block-diagonal
            attention); off by default: it saved little on a CPU with
            ``sort_by_length``, and on an H200 it was slower (13 against 18
            articles/s on the AraBERT-shaped benchmark model, benchmarks/RESULTS.md).
        batch_tokens: Most padded positions (rows x width) in one forward pass,
            so that sorted batches of long rows are smaller than batches of short
            ones (:func:`~qawl.models.backends.token_batches`); ``"auto"``:
            :data:`CPU_BATCH_TOKENS` on a CPU, none on a GPU (which wants full
            batches); None: always ``model_batch_size`` rows. The answers do not
            depend on it.
        stance_window: Bound, in words, of what the stance model reads around a
            statement (see :class:`Pipeline`); None: whole sentences.
        onednn: With ``torch`` or ``torch-bf16`` on a CPU, run the linear layers
            through oneDNN (:mod:`qawl.models.onednn`): the same answers, about
            twice as fast in fp32 on AMD CPUs with AVX-512, whose fp32 products
            torch's default library (MKL) runs with AVX2 code, and memory that
            stays flat over a long corpus; False keeps torch's own layers.
        closed_labels: Entity types the gazetteer decides alone when one is
            loaded (see :class:`Pipeline`); ``()`` keeps every tagger entity.
        cue_stance: A cue that names its speech act (``أدان``، ``هدد``), or
            condolences in the statement's words, decides its stance (see
            :class:`Pipeline`); False: the model decides every statement.

    Returns:
        The :class:`Pipeline`.

    Raises:
        FileNotFoundError: Neither a bundle nor a model directory; a gazetteer path
            that does not exist; an ONNX backend without exported models.
        ValueError: An unknown backend, or a bundle whose manifest this version
            of qawl cannot read (the message says which field and why).

    Example:
        >>> nlp = load("models/bundle-tiny", backend="onnx-int8", threads=1)  # doctest: +SKIP
        >>> nlp("قال لافروف إن موسكو لن تتراجع").statements[0].stance          # doctest: +SKIP
        'escalation'
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    path = Path(path)
    device = device or default_device()
    if batch_tokens == "auto":
        batch_tokens = None if device.startswith("cuda") else CPU_BATCH_TOKENS
    elif batch_tokens is not None and (not isinstance(batch_tokens, int) or batch_tokens < 1):
        raise ValueError(
            f"batch_tokens must be a positive number of positions, None or 'auto', not {batch_tokens!r}"
        )
    if threads:
        import torch

        torch.set_num_threads(threads)
    manifest = read_manifest(path)
    if manifest is not None:
        ner_dir = path / manifest["ner"]
        stance_dir = path / manifest["stance"] if manifest.get("stance") else None
        shipped = path / manifest["gazetteer"] if manifest.get("gazetteer") else None
    elif (path / MODEL_FILE).is_file():
        ner_dir, stance_dir, shipped = path, None, None
    else:
        raise FileNotFoundError(
            f"{path} is neither a qawl bundle (no qawl_pipeline.json) nor a model directory "
            "(no config.json); build one with `qawl export --ner DIR --stance DIR --out DIR`"
        )
    ner_parts = _model_parts(ner_dir, "ner", backend, device, threads, onednn)
    ner = NerTagger(
        *ner_parts, model_batch_size, sort_by_length=sort_by_length, pack=pack, batch_tokens=batch_tokens
    )
    stance = None
    if stance_dir is not None:
        stance_parts = _model_parts(stance_dir, "stance", backend, device, threads, onednn)
        stance = StanceClassifier(
            *stance_parts,
            model_batch_size,
            sort_by_length=sort_by_length,
            batch_tokens=batch_tokens,
            lexical=LexicalHead.load(stance_dir),
        )
    return Pipeline(
        ner,
        stance,
        _ruler(gazetteer, shipped),
        stance_window=stance_window,
        closed_labels=closed_labels,
        cue_stance=cue_stance,
    )


def default_device() -> str:
    """``"cuda"`` when torch sees a GPU, else ``"cpu"`` (what training picks too)."""
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def _model_parts(
    model_dir: Path, task: str, backend: str, device: str, threads: int | None, onednn: bool = True
) -> tuple[Any, Any, dict[int, str], ModelSettings]:
    """``(backend, tokenizer, id2label, settings)`` of one model directory."""
    if backend in ("torch", "torch-bf16"):
        tokenizer, model = load_model_dir(model_dir, task)
        return (
            TorchBackend(model, device, bf16=backend == "torch-bf16", onednn=onednn),
            tokenizer,
            model.config.id2label,
            ModelSettings.of_model(model.config),
        )
    from transformers import AutoConfig, AutoTokenizer

    # The ONNX file holds the weights: only the tokenizer and config.json are read here.
    engine = OnnxBackend(onnx_file(model_dir, quantized=backend == "onnx-int8"), threads, device)
    config = AutoConfig.from_pretrained(model_dir)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    return engine, tokenizer, config.id2label, ModelSettings.of_model(config)


def _ruler(choice: bool | str | Path | Sequence[str | Path], shipped: Path | None) -> EntityRuler | None:
    """The entity ruler ``load`` was asked for (see its ``gazetteer`` argument)."""
    if choice is False:
        return None
    if choice is True:
        return EntityRuler.from_jsonl([shipped]) if shipped is not None else None
    paths = [choice] if isinstance(choice, (str, Path)) else list(choice)
    return EntityRuler.from_jsonl(paths)
