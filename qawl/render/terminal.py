"""Show analyzed documents in a terminal: entities and statements as tables.

Most terminals lay text out left to right, so Arabic would read backwards. With
``bidi=True`` (the default) each Arabic cell is reordered for display with the
Unicode bidirectional algorithm (python-bidi); pass ``bidi=False`` in terminals
that already do bidi (Konsole, recent GNOME Terminal, mlterm), and for text
written to a file or a pipe (``qawl analyze`` reorders only on a terminal).
Stances and entity types are coloured as in the HTML view.
"""

from __future__ import annotations

import textwrap

from rich.console import Console
from rich.table import Table
from rich.text import Text

from qawl.document import Document

SPEAKER_WIDTH = 16  # characters per line of a speaker cell
# Colours of the HTML view's stances and entity types (rich styles); others stay plain.
# ``Console(color_system=None)`` or the NO_COLOR variable turns them off.
STANCE_STYLES = {"escalation": "bold red", "condemnation": "dark_orange", "neutral": "steel_blue"}
LABEL_STYLES = {
    "PER": "orange3",
    "ORG": "cyan",
    "GPE": "green",
    "LOC": "light_salmon3",
    "DATE": "medium_purple",
}


def _visual(text: str, bidi: bool, width: int | None = None) -> str:
    """Text as a terminal should draw it: wrapped first, then each line reordered.

    Wrapping must come before reordering: a reordered line wrapped by the
    terminal would show its last words first.
    """
    lines = textwrap.wrap(text, width) if width else [text]
    if not bidi:
        return "\n".join(lines)
    from bidi import get_display

    return "\n".join(get_display(line) for line in lines)


def render_document(
    doc: Document, console: Console | None = None, bidi: bool = True, title: str = ""
) -> None:
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
        ents.add_row(
            str(e.start),
            str(e.end),
            Text(e.label, LABEL_STYLES.get(e.label, "")),
            f"{e.score:.2f}",
            v(e.text),
        )
    console.print(ents)
    stmts = Table(title=f"{title} statements ({len(doc.statements)})".strip(), show_lines=True)
    # Cells are pre-wrapped (see _visual), so rich must not wrap them again; the
    # statement gets what the other columns and the borders leave.
    width = max(24, console.width - SPEAKER_WIDTH - 45)
    stmts.add_column("speaker", no_wrap=True, min_width=SPEAKER_WIDTH)
    for col in ("cue", "stance", "p"):
        stmts.add_column(col, no_wrap=True)
    stmts.add_column("statement", no_wrap=True, min_width=width)
    for s in doc.statements:
        p = f"{s.scores.get(s.stance, 0):.2f}" if s.stance else ""
        speaker = _visual(s.speaker.name, bidi, SPEAKER_WIDTH) if s.speaker else "?"
        stance = Text(s.stance or "-", STANCE_STYLES.get(s.stance or "", ""))
        stmts.add_row(speaker, v(s.cue), stance, p, _visual(s.text, bidi, width))
    console.print(stmts)
