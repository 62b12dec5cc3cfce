"""Show analyzed documents as one self-contained HTML page.

Each article is laid out right to left in an Arabic-capable font: entities are
highlighted by type (with the type beside them and a legend, as in spaCy's
displaCy), every statement is underlined in its stance colour with its speaker
named in a tag before it and the stance probabilities in its tooltip, and the
reporting cue is marked. Under each article a summary lists each speaker, what
they said and with which stance. A page for many documents starts with a list
of them, linked to each.

The page is one file: inline CSS, no script, font or image, nothing fetched from
the network (a Content-Security-Policy in the page forbids it), and every piece
of text is escaped, so an article containing ``<script>`` shows it as text. It
reads at phone width (long words wrap; nothing is wider than the screen).

How spans nest: offsets into ``doc.text`` decide everything. Statements are the
outer spans, entities sit inside them and reporting cues inside entities; where
a span crosses another's boundary it is split into pieces, so the markup stays
well formed. The statement tag goes before the first piece of a statement, the
entity type after the last piece of an entity.

Example:
    >>> from qawl.document import Document, Entity
    >>> page = render_html(Document("قال روته", [Entity("روته", "PER", 4, 8)]))
    >>> page.startswith("<!DOCTYPE html>"), '<mark class="ent ent-PER"' in page
    (True, True)
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable, Sequence

from qawl.document import Document, Statement

# Fonts that shape Arabic, from the most to the least bookish; all are local
# (nothing is downloaded): Debian ships Noto Naskh/Sans Arabic in fonts-noto-core,
# Amiri in fonts-hosny-amiri and KacstOne in fonts-kacst; Arial and Tahoma cover
# Arabic on Windows and macOS.
FONT_STACK = (
    '"Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "KacstOne", "Geeza Pro", "Arial", "Tahoma", sans-serif'
)

# Entity background colours by type (soft, so black text stays readable); a type
# not listed here gets the next colour of ENTITY_FALLBACK, in sorted order.
ENTITY_COLOURS = {
    "PER": "#fcd9a0",
    "ORG": "#a9e4ef",
    "GPE": "#c7e8a6",
    "LOC": "#f6b9a8",
    "DATE": "#d7c8f2",
}
ENTITY_FALLBACK = ("#f3e19b", "#b9d3f5", "#e9c1de", "#cde1d6", "#e2d2b8", "#d0d0d0")

# Stance colours (underline and tag); another stance label set gets STANCE_FALLBACK.
STANCE_COLOURS = {"escalation": "#c62828", "condemnation": "#b85c00", "neutral": "#4a6a80"}
STANCE_FALLBACK = ("#6a1b9a", "#00695c", "#283593", "#795548")
NO_STANCE_COLOUR = "#8a8a8a"

SUMMARY_HEAD = '<h3 dir="ltr" lang="en">Who said what</h3>'
_SAFE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")


def _esc(text: object) -> str:
    """Text escaped for HTML content and attribute values alike."""
    return html.escape(str(text), quote=True)


class _Palette:
    """CSS class names and colours for a set of labels.

    A label that is a safe CSS identifier keeps its name (``ent-PER``); any other
    (an Arabic label, one with spaces) gets a numbered class (``ent-t0``), so two
    labels never share a class.
    """

    def __init__(self, prefix: str, labels: Sequence[str], known: dict[str, str], fallback: Sequence[str]):
        ordered = [lab for lab in known if lab in labels] + sorted(set(labels) - set(known))
        self.classes: dict[str, str] = {}
        self.colours: dict[str, str] = {}
        spare = itertools.cycle(fallback)
        for n, lab in enumerate(ordered):
            self.classes[lab] = f"{prefix}-{lab}" if _SAFE_NAME.match(lab) else f"{prefix}-t{n}"
            self.colours[lab] = known.get(lab) or next(spare)

    def css(self, rule: Callable[[str], str]) -> str:
        return "\n".join(f".{self.classes[lab]} {{{rule(c)}}}" for lab, c in self.colours.items())


def _owners(n: int, spans: Sequence[tuple[int, int]]) -> list[int]:
    """For each character, the index of the span that covers it (-1: none).

    Where spans overlap, the one that starts first (the longer on a tie) keeps
    the shared characters; the other keeps the rest.
    """
    owner = [-1] * n
    order = sorted(range(len(spans)), key=lambda k: (spans[k][0], -spans[k][1]))
    for k in order:
        start, end = max(0, spans[k][0]), min(n, spans[k][1])
        for i in range(start, end):
            if owner[i] < 0:
                owner[i] = k
    return owner


def _ends(owner: Sequence[int]) -> tuple[dict[int, int], dict[int, int]]:
    """The first and one-past-last character each span owns (after overlaps are resolved)."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, k in enumerate(owner):
        if k >= 0:
            first.setdefault(k, i)
            last[k] = i + 1
    return first, last


# One layer of markup: who owns each character, and how to wrap a run
# ``(span index, inner HTML, run start, run end) -> HTML``.
_Layer = tuple[list[int], Callable[[int, str, int, int], str]]


def _nest(text: str, lo: int, hi: int, layers: Sequence[_Layer]) -> str:
    """HTML for ``text[lo:hi]``: runs of the first layer wrapped around the rest."""
    if not layers:
        return _esc(text[lo:hi])
    owner, wrap = layers[0]
    parts = []
    i = lo
    while i < hi:
        j = i
        while j < hi and owner[j] == owner[i]:
            j += 1
        inner = _nest(text, i, j, layers[1:])
        parts.append(wrap(owner[i], inner, i, j) if owner[i] >= 0 else inner)
        i = j
    return "".join(parts)


def _scores_title(s: Statement) -> str:
    """The statement's tooltip: speaker, then each stance with its probability."""
    who = s.speaker.name if s.speaker else "no speaker found"
    probs = " · ".join(f"{lab} {p:.2f}" for lab, p in sorted(s.scores.items(), key=lambda kv: -kv[1]))
    return f"{who} — {s.stance or 'no stance'}" + (f" ({probs})" if probs else "")


def _stance_badge(s: Statement, stances: _Palette) -> str:
    if not s.stance:
        return '<span class="badge stance-none" dir="ltr">no stance</span>'
    p = f" {s.scores[s.stance]:.2f}" if s.stance in s.scores else ""
    return f'<span class="badge {stances.classes[s.stance]}" dir="ltr">{_esc(s.stance)}{p}</span>'


def _article_text(doc: Document, anchor: str, ents: _Palette, stances: _Palette) -> str:
    """The article's text with statements, entities and cues marked up."""
    text, n = doc.text, len(doc.text)
    statements, entities = doc.statements, doc.entities
    cues = [(s.cue_start, s.cue_end) for s in statements if 0 <= s.cue_start < s.cue_end]
    stmt_owner = _owners(n, [(s.start, s.end) for s in statements])
    ent_owner = _owners(n, [(e.start, e.end) for e in entities])
    stmt_first, _ = _ends(stmt_owner)
    _, ent_last = _ends(ent_owner)

    def statement(k: int, inner: str, lo: int, hi: int) -> str:
        s = statements[k]
        cls = stances.classes[s.stance] if s.stance else "stance-none"
        attrs = (
            f'class="stmt {cls}" data-stmt="{k}" data-stance="{_esc(s.stance or "")}" '
            f'title="{_esc(_scores_title(s))}"'
        )
        if lo != stmt_first[k]:  # a later piece of a split statement: no second tag
            return f"<span {attrs}>{inner}</span>"
        who = _esc(s.speaker.name) if s.speaker else "؟"
        tag = (
            f'<span class="stmt-tag {cls}" data-stmt="{k}" aria-hidden="true">'
            f'<bdi>{who}</bdi> <small dir="ltr">{_esc(s.stance or "no stance")}</small></span>'
        )
        return f'{tag}<span id="{anchor}-s{k}" {attrs}>{inner}</span>'

    def entity(k: int, inner: str, lo: int, hi: int) -> str:
        e = entities[k]
        label = (
            f'<span class="ent-label" aria-hidden="true">{_esc(e.label)}</span>' if hi == ent_last[k] else ""
        )
        return (
            f'<mark class="ent {ents.classes[e.label]}" data-ent="{k}" data-label="{_esc(e.label)}" '
            f'title="{_esc(e.label)} {e.score:.2f}">{inner}{label}</mark>'
        )

    def cue(k: int, inner: str, lo: int, hi: int) -> str:
        return f'<span class="cue" title="reporting cue">{inner}</span>'

    layers: list[_Layer] = [
        (stmt_owner, statement),
        (ent_owner, entity),
        (_owners(n, cues), cue),
    ]
    return _nest(text, 0, n, layers)


def _summary(doc: Document, anchor: str, stances: _Palette) -> str:
    """Who said what: each speaker (in order of first statement), their statements and stances."""
    if not doc.statements:
        none = '<p class="none" dir="ltr">No statements found.</p>'
        return f'<section class="summary">{SUMMARY_HEAD}{none}</section>'
    groups: dict[tuple[str, str] | None, list[int]] = {}
    for k, s in enumerate(doc.statements):
        groups.setdefault((s.speaker.name, s.speaker.label) if s.speaker else None, []).append(k)
    items = []
    for key, ks in groups.items():
        name = (
            f'<bdi>{_esc(key[0])}</bdi> <small dir="ltr">{_esc(key[1])}</small>'
            if key
            else '<span dir="ltr" lang="en">no speaker found</span>'
        )
        counts: dict[str, int] = {}
        for k in ks:
            stance = doc.statements[k].stance or "no stance"
            counts[stance] = counts.get(stance, 0) + 1
        tally = ", ".join(f"{c} {_esc(lab)}" for lab, c in counts.items())
        said = "".join(
            f'<li>{_stance_badge(doc.statements[k], stances)} <a href="#{anchor}-s{k}">'
            f"{_esc(doc.statements[k].text)}</a></li>"
            for k in ks
        )
        items.append(
            f'<li class="speaker"><span class="speaker-name">{name}</span> '
            f'<span class="tally" dir="ltr">({tally})</span><ol class="said">{said}</ol></li>'
        )
    return f'<section class="summary">{SUMMARY_HEAD}<ul class="speakers">{"".join(items)}</ul></section>'


def _legend(ents: _Palette, stances: _Palette) -> str:
    """Swatches for each entity type and stance on the page, and for a cue."""
    ent_items = (
        "".join(f'<mark class="swatch {cls}">{_esc(lab)}</mark>' for lab, cls in ents.classes.items())
        or '<span class="none">none found</span>'
    )
    stance_items = "".join(
        f'<span class="swatch-stmt {cls}">{_esc(lab)}</span>' for lab, cls in stances.classes.items()
    )
    return (
        '<section class="legend" aria-label="legend">'
        f'<div><span class="legend-head">entities</span> {ent_items}</div>'
        f'<div><span class="legend-head">statements</span> {stance_items} '
        '<span class="swatch-stmt stance-none">no stance</span> '
        '<span class="legend-head">reporting cue</span> <span class="cue" lang="ar">قال</span></div>'
        '<p class="hint">Each statement is underlined in its stance colour, its speaker tagged before '
        "it; hover it for the stance probabilities.</p></section>"
    )


def _counts(doc: Document) -> str:
    return f"{len(doc.entities)} entities, {len(doc.statements)} statements"


def _css(ents: _Palette, stances: _Palette) -> str:
    return f"""
*, *::before, *::after {{ box-sizing: border-box; }}
html {{ color-scheme: light; -webkit-text-size-adjust: 100%; }}
body {{ margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: {FONT_STACK};
  color: #1d232a; background: #fdfdfb; line-height: 1.7; overflow-wrap: anywhere; }}
header.page h1 {{ font-size: 1.3rem; margin: 0 0 .5rem; }}
nav.docs ol {{ padding-inline-start: 1.5rem; }}
.legend {{ font-size: .9rem; border: 1px solid #ddd; border-radius: .5rem; padding: .5rem .75rem;
  margin-bottom: 1rem; background: #fff; }}
.legend div {{ display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin: .2rem 0; }}
.legend-head {{ color: #555; font-size: .85em; }}
.hint, .none, .tally {{ color: #666; font-size: .85em; margin: .2rem 0; }}
article.doc {{ border-top: 2px solid #ccc; padding-top: .5rem; margin-top: 1.5rem; }}
.doc-head h2 {{ font-size: 1.05rem; margin: 0; }}
.doc-head .counts {{ color: #666; font-size: .85rem; margin: 0 0 .5rem; }}
.text {{ white-space: pre-wrap; font-size: 1.15rem; line-height: 2.4; margin: 0; }}
mark.ent, mark.swatch {{ color: inherit; padding: .1em .3em; border-radius: .35em;
  background: var(--ent, #ddd); -webkit-box-decoration-break: clone; box-decoration-break: clone; }}
.ent-label {{ font: 600 .6em/1 system-ui, sans-serif; margin-inline-start: .3em; padding: .1em .25em;
  border-radius: .25em; background: #ffffffb0; vertical-align: .15em; user-select: none; }}
.stmt, .swatch-stmt {{ border-bottom: .2em solid var(--stance, {NO_STANCE_COLOUR});
  background: var(--tint, transparent); padding-bottom: .1em; }}
.stance-none {{ border-bottom-style: dashed; --stance: {NO_STANCE_COLOUR}; }}
.stmt-tag {{ font-size: .68em; line-height: 1.2; color: #fff; background: var(--stance, {NO_STANCE_COLOUR});
  border-radius: .3em; padding: .1em .35em; margin-inline-end: .25em; user-select: none;
  display: inline-block; max-width: 100%; white-space: normal; }}
.stmt-tag small {{ opacity: .9; }}
.cue {{ font-weight: 700; outline: 1px dotted #333; outline-offset: 1px; border-radius: .15em; }}
.badge {{ display: inline-block; font-size: .75em; line-height: 1.4; color: #fff; border-radius: .3em;
  padding: 0 .35em; background: var(--stance, {NO_STANCE_COLOUR}); }}
.summary h3 {{ font-size: 1rem; margin: 1rem 0 .25rem; }}
.speakers {{ list-style: none; padding: 0; margin: 0; }}
.speaker {{ margin: .4rem 0; }}
.speaker-name {{ font-weight: 700; }}
.said {{ margin: .2rem 0; padding-inline-start: 1.5rem; }}
.said a {{ color: inherit; }}
{ents.css(lambda c: f"--ent: {c};")}
{stances.css(lambda c: f"--stance: {c}; --tint: {c}14;")}
"""


def render_html(
    docs: Document | Sequence[Document], names: Sequence[str] | None = None, title: str = "qawl"
) -> str:
    """One self-contained HTML page showing analyzed documents.

    Args:
        docs: One document or several (a page for many starts with a list of them).
        names: A name per document (a file name, a corpus id), shown as its
            heading; default ``document 1``, ``document 2``….
        title: The page title.

    Returns:
        The page, a complete HTML5 document (UTF-8; save it with ``encoding="utf-8"``).

    Raises:
        ValueError: ``names`` of another length than ``docs``.

    Example:
        >>> from qawl.document import Document, Entity, Mention, Speaker, Statement
        >>> rutte = Speaker("روته", "PER", [Mention(4, 8)])
        >>> doc = Document("قال روته إن الحلف يراقب", [Entity("روته", "PER", 4, 8, 0.9)],
        ...     [Statement("الحلف يراقب", 12, 23, "قال", rutte, "neutral", {"neutral": 0.8},
        ...                cue_start=0, cue_end=3)])
        >>> page = render_html(doc, ["t.txt"])
        >>> '<span class="cue" title="reporting cue">قال</span>' in page
        True
        >>> 'data-stmt="0" data-stance="neutral"' in page, "<script" in page
        (True, False)
    """
    docs = [docs] if isinstance(docs, Document) else list(docs)
    names = list(names) if names is not None else [f"document {i}" for i in range(1, len(docs) + 1)]
    if len(names) != len(docs):
        raise ValueError(f"{len(names)} names for {len(docs)} documents")
    ents = _Palette(
        "ent", sorted({e.label for d in docs for e in d.entities}), ENTITY_COLOURS, ENTITY_FALLBACK
    )
    found = {s.stance for d in docs for s in d.statements if s.stance}
    stance_labels = sorted(
        found | set(STANCE_COLOURS) | {lab for d in docs for s in d.statements for lab in s.scores}
    )
    stances = _Palette("stance", stance_labels, STANCE_COLOURS, STANCE_FALLBACK)
    articles = []
    for i, (doc, name) in enumerate(zip(docs, names, strict=True), 1):
        anchor = f"doc-{i}"
        articles.append(
            f'<article class="doc" id="{anchor}" dir="rtl" lang="ar">'
            f'<header class="doc-head" dir="ltr" lang="en"><h2><bdi>{_esc(name)}</bdi></h2>'
            f'<p class="counts">{_counts(doc)}</p></header>'
            f'<div class="text">{_article_text(doc, anchor, ents, stances)}</div>'
            f"{_summary(doc, anchor, stances)}</article>"
        )
    nav = ""
    if len(docs) > 1:
        links = "".join(
            f'<li><a href="#doc-{i}"><bdi>{_esc(name)}</bdi></a> '
            f'<span class="tally">{_counts(doc)}</span></li>'
            for i, (doc, name) in enumerate(zip(docs, names, strict=True), 1)
        )
        nav = f'<nav class="docs" aria-label="documents"><h2>{len(docs)} documents</h2><ol>{links}</ol></nav>'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        # Nothing may be fetched or run: the page stands alone, whatever the article holds.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">\n"
        '<meta name="generator" content="qawl">\n'
        f"<title>{_esc(title)}</title>\n<style>{_css(ents, stances)}</style>\n</head>\n<body>\n"
        f'<header class="page"><h1><bdi>{_esc(title)}</bdi></h1></header>\n'
        f"{_legend(ents, stances)}\n{nav}\n" + "\n".join(articles) + "\n</body>\n</html>\n"
    )
