"""A cleaned view of scraped news text, with one offset map back to the original.

Scrapers leave residue in article text: HTML entities (``&quot;``، ``&#39;``), tags
(``<br>``), a footer that repeats the title and glues on another story (``رابط الخبر
بصحيفة …``), teasers (``...المزيد``). The pipeline reads a cleaned view, but every
offset it returns must point into the caller's original string. :func:`clean_view`
returns both the view and, for each view character, the span of original
characters it stands for: an entity decodes to one character that stands for
the whole entity, a tag becomes a space or a newline standing for the tag, a
footer or teaser is dropped. Text with no residue gets the identity map and costs
nothing.

Example:
    >>> view = clean_view('قال: &quot;لن نتراجع&quot;')
    >>> view.text
    'قال: "لن نتراجع"'
    >>> view.span(6, 15), 'قال: &quot;لن نتراجع&quot;'[11:20]
    ((11, 20), 'لن نتراجع')
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# An HTML character reference: named (&quot;) or numeric (&#39; &#x27;).
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
# Entities written with a space inside, as some scrapers leave them: "& quot ;".
_SPACED_ENTITY_RE = re.compile(r"&\s(quot|amp|apos|lt|gt|nbsp)\s;")
# An HTML tag; block-level ones become a line break.
_TAG_RE = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]{0,10})(?:\s[^<>]{0,300})?/?>")
_BLOCK_TAGS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})
# A footer that repeats the title and often glues on another story: drop it to the end of its
# line (a scraped article is one line; in a text of several lines, the next line is kept).
_FOOTER_RE = re.compile(r"(?:رابط الخبر|هذا الخبر يتبع)")
# A teaser at the end of a line: "...المزيد", "… المزيد", "اقرأ المزيد".
_TEASER_RE = re.compile(r"(?:\.{2,}|…|اقرأ|إقرأ)\s*المزيد\s*(?=\n|$)")
_RESIDUE_HINT = re.compile(r"[&<]|رابط الخبر|هذا الخبر يتبع|المزيد")
MIN_FOOTER_OFFSET = 80  # a footer comes after the article, never in its first characters


@dataclass(frozen=True)
class CleanText:
    """The cleaned view of a text and its map back to the original.

    Attributes:
        text: The view the pipeline reads.
        original: The caller's text.
        starts: For each view character, the offset of the first original character
            it stands for; None when the view is the original (the identity map).
        ends: For each view character, one past the last original character it stands for.
    """

    text: str
    original: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    @property
    def identity(self) -> bool:
        return self.starts is None

    def start(self, offset: int) -> int:
        """The original offset of view offset ``offset`` (a span's start)."""
        if self.starts is None:
            return offset
        return self.starts[offset] if offset < len(self.starts) else len(self.original)

    def end(self, offset: int) -> int:
        """The original offset of view offset ``offset`` as a span's exclusive end."""
        if self.ends is None:
            return offset
        return self.ends[offset - 1] if offset > 0 else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A view span ``[start, end)`` as an original span."""
        return self.start(start), self.end(end)


def clean_view(text: str) -> CleanText:
    """The cleaned view of scraped text (see the module docstring).

    Args:
        text: The article as the caller has it.

    Returns:
        The :class:`CleanText`; ``identity`` when nothing needed cleaning.
    """
    if not _RESIDUE_HINT.search(text):
        return CleanText(text, text)
    # Each piece: (view text, original start, original end). Walk the text once.
    pieces: list[tuple[str, int, int]] = []
    stop = len(text)
    # Footers first: each is dropped up to the end of its line, and nothing in it is decoded.
    footers: list[tuple[int, int, str]] = []
    for m in _FOOTER_RE.finditer(text, MIN_FOOTER_OFFSET):
        if footers and m.start() < footers[-1][1]:
            continue  # inside a footer already dropped
        line_end = text.find("\n", m.end())
        footers.append((m.start(), stop if line_end < 0 else line_end, ""))

    def outside(start: int) -> bool:
        return not any(f_start <= start < f_end for f_start, f_end, _ in footers)

    events = sorted(
        footers
        + [
            e
            for e in (
                [(m.start(), m.end(), html.unescape(m.group())) for m in _ENTITY_RE.finditer(text)]
                + [
                    (m.start(), m.end(), html.unescape("&" + m.group(1) + ";"))
                    for m in _SPACED_ENTITY_RE.finditer(text)
                ]
                + [
                    (m.start(), m.end(), "\n" if m.group(1).lower() in _BLOCK_TAGS else " ")
                    for m in _TAG_RE.finditer(text)
                ]
                + [(m.start(), m.end(), "") for m in _TEASER_RE.finditer(text)]
            )
            if outside(e[0])
        ]
    )
    pos = 0
    for start, end, replacement in events:
        if start < pos:
            continue  # overlapping matches: the first one wins
        pieces.append((text[pos:start], pos, start))
        if replacement:
            pieces.append((replacement, start, end))
        pos = end
    pieces.append((text[pos:stop], pos, stop))
    view: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for piece, start, end in pieces:
        if end - start == len(piece):  # plain text: one to one
            view.append(piece)
            starts.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
        else:  # a replacement: every view character stands for the whole source span
            view.append(piece)
            starts.extend([start] * len(piece))
            ends.extend([end] * len(piece))
    return CleanText("".join(view), text, starts, ends)
