"""NER examples from gold articles: each sentence's words with IOB2 tags from the entity offsets.

Gold articles (the ``data/articles/*.jsonl`` shape, which the real-text stand-off records
of ``benchmarks/realnews`` are read into) give entities as character offsets; the tagger
learns from sentences of words with one tag each. :func:`article_ner_examples` cuts each
article the way the pipeline does (:func:`qawl.data.prepared.prepare`: the cleaned view's
words, its sentences), so the model trains on the words it will be asked to tag. The
records have the shape :func:`qawl.data.readers.read_ner_jsonl` reads, so an NER config
lists their file under ``data.train_extra``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from qawl.data.prepared import prepare
from qawl.data.text import word_span

__all__ = ["article_ner_examples"]


def article_ner_examples(articles: Iterable[dict]) -> tuple[list[dict], Counter[str]]:
    """One NER record per sentence of ``articles``, and what could not be tagged.

    An entity is tagged on the words it covers. One that starts or ends inside a word
    (``بصحيفة [ORG الوئام]`` glued to its clitic in the markup), in text the cleaner
    removed (a scraped footer) or on words an earlier entity took (an overlap) covers no
    whole free words as written: it is left out and counted, never stretched to other words.

    Args:
        articles: Gold articles ``{"id", "text", "entities": [{"start", "end", "label"}]}``.

    Returns:
        ``(records, counts)``: records ``{"id", "article_id", "tokens", "ner_tags"}`` in article
        order, ``id`` being ``<article id>#s<n>``; counts of ``sentences``, ``entities`` tagged,
        ``not_on_words`` (left out as above) and ``across_sentences`` (an entity the
        sentence split cuts: tagged on each side, B- where each part starts).

    Example:
        >>> art = {"id": "a1", "text": "قال الوزير فهد الراشد إن العمل مستمر. وانتهى اللقاء.",
        ...        "entities": [{"start": 11, "end": 21, "label": "PER"}]}
        >>> records, counts = article_ner_examples([art])
        >>> list(zip(records[0]["tokens"], records[0]["ner_tags"]))[1:4]
        [('الوزير', 'O'), ('فهد', 'B-PER'), ('الراشد', 'I-PER')]
        >>> counts["sentences"], counts["entities"]
        (2, 1)
    """
    records: list[dict] = []
    counts: Counter[str] = Counter()
    for art in articles:
        doc = prepare(art["text"])
        starts = [w.start for w in doc.words]
        tags = ["O"] * len(doc.words)
        for ent in sorted(art["entities"], key=lambda e: (e["start"], -e["end"])):
            span = word_span(doc.words, starts, ent["start"], ent["end"])
            if span is None or any(tag != "O" for tag in tags[span[0] : span[1]]):
                counts["not_on_words"] += 1
                continue
            first, stop = span
            tags[first:stop] = ["B-" + ent["label"]] + ["I-" + ent["label"]] * (stop - first - 1)
            counts["entities"] += 1
        for n, sentence in enumerate(doc.sentences):
            if sentence.first_word >= sentence.stop_word:
                continue
            words = doc.sentence_words(sentence)
            sentence_tags = tags[sentence.first_word : sentence.stop_word]
            if sentence_tags[0].startswith("I-"):
                counts["across_sentences"] += 1
                sentence_tags[0] = "B-" + sentence_tags[0][2:]
            records.append(
                {
                    "id": f"{art['id']}#s{n}",
                    "article_id": art["id"],
                    "tokens": [w.text for w in words],
                    "ner_tags": sentence_tags,
                }
            )
            counts["sentences"] += 1
    return records, counts
