"""Stance examples from gold articles: each attributed statement with its speaker and sentence.

Gold articles (the ``data/articles/*.jsonl`` shape, which the real-text stand-off records
of ``benchmarks/realnews`` are read into) say who said what with which stance; the stance
model learns from ``(speaker, statement, context)`` triples. :func:`article_stance_examples`
turns one into the other, with the context the pipeline gives the model when its
``stance_window`` is off: the statement's sentence
(:meth:`qawl.data.prepared.PreparedDocument.sentence_text`). The records have the shape of
``data/stance/*.jsonl``, so :func:`qawl.data.readers.read_stance_jsonl` reads them and a
stance config lists their file under ``data.train_extra``.
"""

from __future__ import annotations

from collections.abc import Iterable

from qawl.data.prepared import prepare

__all__ = ["article_stance_examples"]


def article_stance_examples(articles: Iterable[dict]) -> list[dict]:
    """One stance record per gold statement of ``articles``.

    Args:
        articles: Gold articles ``{"id", "text", "statements": [{"start", "end", "text",
            "stance", "speaker": {"name", "label", …} | None, "source": {"text", …}?}]}``.

    Returns:
        Records ``{"id", "article_id", "speaker", "speaker_type", "statement", "context",
        "label"}``, in article order: ``id`` is ``<article id>#<n>``; ``speaker`` is the
        speaker's canonical name, or the source phrase of an unnamed source (``مصادر
        مطلعة``, as the pipeline passes it), with ``speaker_type`` ``PER``/``ORG``/``GPE``
        or ``SOURCE``; ``context`` is the sentence holding the statement's first character
        (the statement itself when it starts between sentences).

    Raises:
        ValueError: A statement with neither a speaker nor a source (no one to condition
            the stance on), naming the article and the statement.

    Example:
        >>> art = {"id": "a1", "text": "قال الوزير فهد الراشد إن العمل مستمر. وانتهى اللقاء.",
        ...        "statements": [{"start": 25, "end": 36, "text": "العمل مستمر", "stance": "neutral",
        ...                        "speaker": {"name": "فهد الراشد", "label": "PER", "mentions": []}}]}
        >>> rec = article_stance_examples([art])[0]
        >>> rec["id"], rec["speaker"], rec["context"], rec["label"]
        ('a1#0', 'فهد الراشد', 'قال الوزير فهد الراشد إن العمل مستمر.', 'neutral')
    """
    records = []
    for art in articles:
        doc = prepare(art["text"])
        for n, st in enumerate(art["statements"]):
            speaker, source = st.get("speaker"), st.get("source")
            if speaker:
                who, kind = speaker["name"], speaker["label"]
            elif source:
                who, kind = source["text"], "SOURCE"
            else:
                raise ValueError(
                    f"{art['id']}: statement {n} ({st['text'][:40]!r}) has neither a speaker nor a "
                    "source; give it one ([SPK …] or [SRC …] in the markup)"
                )
            records.append(
                {
                    "id": f"{art['id']}#{n}",
                    "article_id": art["id"],
                    "speaker": who,
                    "speaker_type": kind,
                    "statement": st["text"],
                    "context": doc.sentence_text(st["start"], st["text"]),
                    "label": st["stance"],
                }
            )
    return records
