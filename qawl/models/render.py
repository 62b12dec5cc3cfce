"""Show analyzed documents in a terminal: entities and statements as tables.

Most terminals lay text out left to right, so Arabic would read backwards. With
``bidi=True`` (the default) each Arabic cell is reordered for display with the
Unicode bidirectional algorithm (python-bidi); pass ``bidi=False`` in terminals
that already do bidi (Konsole, recent GNOME Terminal, mlterm).
"""

from __future__ import annotations

from typing import Iterable

from rich.console import Console
from rich.table import Table

from qawl.models.document import Document


def _visual(text: str, bidi: bool) -> str:
    if not bidi:
        return text
    from bidi import get_display

    return get_display(text)


def render_document(doc: Document, console: Console | None = None, bidi: bool = True,
                    title: str = "") -> None:
    """Print one document's entities and statements as two tables.

    Args:
        doc: An analyzed document.
        console: Where to print (a fresh stdout console by default).
        bidi: Reorder right-to-left text for left-to-right terminals.
        title: A caption, e.g. the file name.
    """
    console = console or Console()
    v = lambda s: _visual(s, bidi)
    ents = Table(title=f"{title} entities ({len(doc.entities)})".strip(), show_lines=False)
    for col in ("start", "end", "label", "score", "text"):
        ents.add_column(col, justify="right" if col in ("start", "end", "score") else "left")
    for e in doc.entities:
        ents.add_row(str(e.start), str(e.end), e.label, f"{e.score:.2f}", v(e.text))
    console.print(ents)
    stmts = Table(title=f"{title} statements ({len(doc.statements)})".strip(), show_lines=True)
    for col in ("speaker", "cue", "stance", "p", "statement"):
        stmts.add_column(col)
    for s in doc.statements:
        p = f"{s.scores.get(s.stance, 0):.2f}" if s.stance else ""
        speaker = v(s.speaker.name) if s.speaker else "?"
        stmts.add_row(speaker, v(s.cue), s.stance or "-", p, v(s.text))
    console.print(stmts)


def render_documents(docs: Iterable[tuple[str, Document]], bidi: bool = True,
                     console: Console | None = None) -> None:
    """Print several ``(name, document)`` pairs, one block each."""
    console = console or Console()
    for name, doc in docs:
        render_document(doc, console, bidi, name)
