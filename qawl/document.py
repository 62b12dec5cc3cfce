"""What the article pipeline returns: a document with entities and statements.

The JSON shape of :meth:`Document.to_dict` is the shape of the gold articles in
``data/articles/*.jsonl`` (plus scores), so predictions and gold diff directly.
All offsets are character offsets into ``Document.text``, the caller's original
string, end exclusive: ``doc.text[e.start:e.end] == e.text``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace


@dataclass
class Entity:
    """A named entity found in the text.

    Attributes:
        text: The entity as written in the original text.
        label: Entity type from the model's ``id2label`` (e.g. ``"PER"``).
        start: Character offset of its first character.
        end: Character offset just past it.
        score: Mean probability of the entity's word labels (1.0 for gold).
        kb_id: The gazetteer entry the entity names (``org:nato`` for both
            ``الناتو`` and ``حلف شمال الأطلسي``), when the pipeline's entity ruler
            knows it; None otherwise. Speakers with one ``kb_id`` are one speaker.
    """

    text: str
    label: str
    start: int
    end: int
    score: float = 1.0
    kb_id: str | None = None

    def to_dict(self) -> dict:
        out = {
            "text": self.text,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "score": round(float(self.score), 4),
        }
        if self.kb_id is not None:  # only entities a gazetteer knows carry it
            out["kb_id"] = self.kb_id
        return out


@dataclass
class Mention:
    """One span of the text that refers to a speaker."""

    start: int
    end: int


@dataclass
class Source:
    """An unnamed source a statement is credited to: ``مصدر مسؤول``، ``شهود عيان``.

    Attributes:
        text: The source phrase as written.
        start: Character offset of the phrase.
        end: Character offset just past it.
    """

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Speaker:
    """Who made a statement: a canonical name and every mention of it.

    Attributes:
        name: The canonical (fullest) name, e.g. ``"مارك روته"`` for mentions
            ``مارك روته`` and ``روته``.
        label: ``PER``, ``ORG`` or ``GPE``.
        mentions: Every span in the text that refers to this speaker.
    """

    name: str
    label: str
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "label": self.label,
            "mentions": [{"start": m.start, "end": m.end} for m in self.mentions],
        }


@dataclass
class Statement:
    """Quoted or reported speech attributed to a speaker.

    Attributes:
        text: The statement's words as written (inside the quotes, or the clause
            after إن/أن).
        start: Character offset of the statement span.
        end: Character offset just past it.
        cue: The reporting word as written (``قال``، ``وأضاف``، ``مؤكدا``) or ``":"``
            for a headline of the form ``واشنطن: …``.
        speaker: Who said it, or None when no speaker could be found or the
            statement is credited to an unnamed source.
        stance: ``escalation``, ``condemnation`` or ``neutral`` once classified.
        scores: Probability of each stance label.
        cue_start: Character offset of the cue (-1 if none).
        cue_end: Character offset just past the cue (-1 if none).
        mention: Where the speaker is named at this statement (its name, or its
            title), or None when the cue names nobody (``وأضاف``، ``معاليه``).
        source: The unnamed source (``مصدر مسؤول``) when there is no named speaker.
    """

    text: str
    start: int
    end: int
    cue: str
    speaker: Speaker | None = None
    stance: str | None = None
    scores: dict[str, float] = field(default_factory=dict)
    cue_start: int = -1
    cue_end: int = -1
    mention: Mention | None = None
    source: Source | None = None

    def to_dict(self) -> dict:
        out: dict = {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "stance": self.stance,
            "scores": {k: round(float(v), 4) for k, v in self.scores.items()},
            "cue": self.cue,
        }
        if self.mention is not None:
            out["mention"] = {"start": self.mention.start, "end": self.mention.end}
        if self.source is not None:
            out["source"] = self.source.to_dict()
        return out


@dataclass
class Document:
    """An analyzed article.

    Example:
        >>> doc = Document("قال روته", [Entity("روته", "PER", 4, 8)], [])
        >>> doc.to_dict()["entities"]
        [{'text': 'روته', 'label': 'PER', 'start': 4, 'end': 8, 'score': 1.0}]
    """

    text: str
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "entities": [e.to_dict() for e in self.entities],
            "statements": [s.to_dict() for s in self.statements],
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def with_min_score(self, min_score: float) -> Document:
        """A copy without the entities scored below ``min_score`` (statements unchanged).

        Example:
            >>> low, high = Entity("قال", "ORG", 0, 3, 0.01), Entity("روته", "PER", 4, 8, 0.9)
            >>> doc = Document("قال روته", [low, high])
            >>> [e.text for e in doc.with_min_score(0.5).entities]
            ['روته']
        """
        return replace(self, entities=[e for e in self.entities if e.score >= min_score])

    def to_html(self, title: str = "qawl", name: str = "document") -> str:
        """This document as one self-contained HTML page (see :func:`qawl.render.html.render_html`).

        Args:
            title: The page title.
            name: The document's heading (a file name, an id).

        Returns:
            The page; write it with ``encoding="utf-8"``.

        Example:
            >>> page = Document("قال روته <b>", [Entity("روته", "PER", 4, 8)]).to_html()
            >>> 'dir="rtl"' in page, "&lt;b&gt;" in page
            (True, True)
        """
        # The one import of a higher layer from the ground floor: an output type
        # delegates to its view (tests/test_layers.py allows exactly this import).
        from qawl.render.html import render_html

        return render_html([self], [name], title)
