from rich.console import Console

from qawl.document import Document, Entity, Mention, Speaker, Statement
from qawl.render.terminal import render_document

DOC = Document(
    "قال روته إن الحلف يراقب",
    [Entity("روته", "PER", 4, 8, 0.93)],
    [
        Statement(
            "الحلف يراقب",
            12,
            23,
            "قال",
            Speaker("روته", "PER", [Mention(4, 8)]),
            "neutral",
            {"neutral": 0.8, "escalation": 0.1, "condemnation": 0.1},
        )
    ],
)


def _render(bidi: bool) -> str:
    console = Console(record=True, width=120)
    render_document(DOC, console, bidi=bidi, title="t.txt")
    return console.export_text()


def test_render_tables_show_entities_and_statements():
    out = _render(bidi=False)
    assert "t.txt entities (1)" in out and "t.txt statements (1)" in out
    assert "روته" in out and "الحلف يراقب" in out and "neutral" in out and "0.80" in out


def test_render_bidi_reorders_arabic_for_ltr_terminals():
    out = _render(bidi=True)
    assert "الحلف يراقب"[::-1] in out  # visual order: the logical string reversed
    assert "الحلف يراقب" not in out
