"""The HTML view: markup read back with a parser, then the page in a real browser.

The sample document is built by hand (deterministic): entities nested in
statements, one entity crossing a statement's end, a statement without speaker
or stance, an entity type that is not a CSS name, and ``<script>`` in the text.
The browser tests open it in headless Chromium (Debian's ``chromium``; skipped
where none is installed) at phone width.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from headless import Chromium, find_chromium

from qawl.document import Document, Entity, Mention, Speaker, Statement
from qawl.render.html import render_html

TEXT = (
    "قال الأمين العام مارك روته إن “أي اعتداء على رومانيا سيقابل برد حازم”. وندد المتحدث باسم "
    "الكرملين دميتري بيسكوف بما وصفه بـ<script>alert(1)</script> الاستفزازات الغربية.\n"
    "مصادر: الحوار هو السبيل الوحيد."
)


def _span(text: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(text, after)
    return start, start + len(text)


def sample_document() -> Document:
    """Three statements, five entities, with the awkward cases."""

    def ent(text: str, label: str, score: float = 0.9, after: int = 0) -> Entity:
        return Entity(text, label, *_span(text, after), score)

    rutte = ent("مارك روته", "PER", 0.99)
    peskov = ent("دميتري بيسكوف", "PER", 0.97)
    entities = [
        rutte,
        ent("رومانيا", "GPE", 0.95),  # inside statement 0
        ent("حازم”. وندد", "خطأ", 0.2),  # crosses statement 0's end; not a CSS name
        ent("الكرملين", "ORG", 0.93),
        peskov,
    ]

    def stmt(text: str, cue: str, speaker: Entity | None, stance: str | None, scores: dict) -> Statement:
        start, end = _span(text)
        cue_start = TEXT.rindex(cue, 0, start)
        who = Speaker(speaker.text, speaker.label, [Mention(speaker.start, speaker.end)]) if speaker else None
        return Statement(text, start, end, cue, who, stance, scores, cue_start, cue_start + len(cue))

    statements = [
        stmt(
            "أي اعتداء على رومانيا سيقابل برد حازم",
            "قال",
            rutte,
            "escalation",
            {"escalation": 0.81, "condemnation": 0.12, "neutral": 0.07},
        ),
        stmt(
            "<script>alert(1)</script> الاستفزازات الغربية",
            "ندد",
            peskov,
            "condemnation",
            {"condemnation": 0.66, "escalation": 0.3, "neutral": 0.04},
        ),
        stmt("الحوار هو السبيل الوحيد", ":", None, None, {}),
    ]
    return Document(TEXT, entities, statements)


@dataclass
class Node:
    """An element of the parsed page (enough of a DOM for these tests)."""

    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self, skip: tuple[str, ...] = ()) -> str:
        """The text inside, leaving out elements with any class in ``skip``."""
        return "".join(
            c if isinstance(c, str) else ("" if c.classes & set(skip) else c.text(skip))
            for c in self.children
        )

    def find_all(self, pred) -> list[Node]:
        found = [self] if pred(self) else []
        for c in self.children:
            if isinstance(c, Node):
                found += c.find_all(pred)
        return found

    def by_class(self, cls: str) -> list[Node]:
        return self.find_all(lambda n: cls in n.classes)


VOID = {"meta", "br", "link", "img", "hr", "input"}


class _TreeBuilder(HTMLParser):
    """Builds :class:`Node` trees and fails on any end tag that does not close the open element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>: markup not well formed"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], "unclosed elements"
    return builder.root


def test_html_page_is_one_self_contained_file():
    page = render_html(sample_document())
    lowered = page.lower()
    for outside in ("<script", "<link", "<img", "http://", "https://", "url(", "@import", "@font-face"):
        assert outside not in lowered, outside
    assert "default-src 'none'" in page  # the page's own CSP forbids fetching and scripts
    assert '<meta charset="utf-8">' in page and 'name="viewport"' in page
    assert "Noto Naskh Arabic" in page  # an Arabic font stack, local fonts only


def test_html_article_text_survives_the_markup_exactly():
    doc = sample_document()
    root = parse(render_html(doc))
    (article,) = root.find_all(lambda n: n.tag == "article")
    assert article.attrs["dir"] == "rtl" and article.attrs["lang"] == "ar"
    (text,) = article.by_class("text")
    # Tags and entity types are decoration: without them, the article reads as given.
    assert text.text(skip=("stmt-tag", "ent-label")) == doc.text


def test_html_statements_carry_speaker_stance_and_probabilities():
    doc = sample_document()
    root = parse(render_html(doc))
    for k, s in enumerate(doc.statements):
        pieces = root.find_all(lambda n, k=k: "stmt" in n.classes and n.attrs.get("data-stmt") == str(k))
        assert "".join(p.text(skip=("ent-label",)) for p in pieces) == s.text
        assert all(f"stance-{s.stance or 'none'}" in p.classes for p in pieces)
        (tag,) = root.find_all(lambda n, k=k: "stmt-tag" in n.classes and n.attrs.get("data-stmt") == str(k))
        assert tag.text() == f"{s.speaker.name if s.speaker else '؟'} {s.stance or 'no stance'}"
    title = root.find_all(lambda n: n.attrs.get("data-stmt") == "0" and "stmt" in n.classes)[0].attrs["title"]
    assert title == "مارك روته — escalation (escalation 0.81 · condemnation 0.12 · neutral 0.07)"
    cues = [c.text() for c in root.by_class("cue") if c.attrs.get("title") == "reporting cue"]
    assert cues == ["قال", "ندد", ":"]


def test_html_entities_nest_in_statements_and_split_at_their_edges():
    doc = sample_document()
    root = parse(render_html(doc))
    for k, e in enumerate(doc.entities):
        marks = root.find_all(lambda n, k=k: n.tag == "mark" and n.attrs.get("data-ent") == str(k))
        assert "".join(m.text(skip=("ent-label",)) for m in marks) == e.text
        assert all(m.attrs["data-label"] == e.label for m in marks)
        assert [lab.text() for m in marks for lab in m.by_class("ent-label")] == [e.label]  # once, at the end
    (rumania,) = root.find_all(lambda n: n.attrs.get("data-ent") == "1")
    inside = root.find_all(lambda n: "stmt" in n.classes and n.attrs.get("data-stmt") == "0")[0]
    assert rumania in inside.find_all(lambda n: True)  # an entity inside a statement nests in it
    crossing = root.find_all(lambda n: n.attrs.get("data-ent") == "2")
    assert len(crossing) == 2  # one piece inside the statement, one after it
    assert crossing[0] in inside.find_all(lambda n: True) and crossing[1] not in inside.find_all(
        lambda n: True
    )
    # A label that is not a CSS name gets a numbered class with its own colour rule.
    assert "ent-t3" in crossing[0].classes and ".ent-t3 {--ent:" in render_html(doc)


def test_html_escapes_every_text():
    doc = sample_document()
    doc.statements[0].speaker.name = 'روته "<b>'  # type: ignore[union-attr]
    page = render_html(doc, ["<i>name</i>"], title="a & b")
    root = parse(page)
    assert not root.find_all(lambda n: n.tag in ("script", "b", "i"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<title>a &amp; b</title>" in page and "&lt;i&gt;name&lt;/i&gt;" in page
    assert root.find_all(lambda n: "stmt-tag" in n.classes)[0].text().startswith('روته "<b>')


def test_html_summary_lists_speakers_statements_and_stances():
    doc = sample_document()
    root = parse(render_html(doc))
    (summary,) = root.by_class("summary")
    speakers = summary.by_class("speaker")
    assert [s.by_class("speaker-name")[0].text() for s in speakers] == [
        "مارك روته PER",
        "دميتري بيسكوف PER",
        "no speaker found",
    ]
    said = [[li.text() for li in s.by_class("said")[0].find_all(lambda n: n.tag == "li")] for s in speakers]
    assert said[0] == ["escalation 0.81 أي اعتداء على رومانيا سيقابل برد حازم"]
    assert said[2] == ["no stance الحوار هو السبيل الوحيد"]
    links = [a.attrs["href"] for a in summary.find_all(lambda n: n.tag == "a")]
    ids = {n.attrs["id"] for n in root.find_all(lambda n: "id" in n.attrs)}
    assert links == ["#doc-1-s0", "#doc-1-s1", "#doc-1-s2"] and {link[1:] for link in links} <= ids


def test_html_overlapping_statements_stay_well_formed():
    text = "قال روته إن الحلف يراقب الوضع عن كثب"
    a = Statement("الحلف يراقب الوضع", 12, 29, "قال")
    b = Statement("يراقب الوضع عن كثب", 18, 36, "قال")
    root = parse(render_html(Document(text, [Entity("الوضع عن", "LOC", 24, 32)], [a, b])))
    for k, s in enumerate((a, b)):
        pieces = root.find_all(lambda n, k=k: "stmt" in n.classes and n.attrs.get("data-stmt") == str(k))
        shown = "".join(p.text(skip=("ent-label",)) for p in pieces)
        assert shown and shown in s.text  # the shared words are drawn once, in the first statement
    assert len(root.by_class("stmt-tag")) == 2
    assert root.by_class("text")[0].text(skip=("stmt-tag", "ent-label")) == text


def test_html_many_documents_get_a_linked_list():
    docs = [sample_document(), Document("لا شيء هنا")]
    root = parse(render_html(docs, ["a.txt", "corpus.jsonl:2"], title="corpus"))
    (nav,) = root.find_all(lambda n: n.tag == "nav")
    assert [a.attrs["href"] for a in nav.find_all(lambda n: n.tag == "a")] == ["#doc-1", "#doc-2"]
    assert "3 statements" in nav.text() and "0 entities, 0 statements" in nav.text()
    assert [n.attrs["id"] for n in root.find_all(lambda n: n.tag == "article")] == ["doc-1", "doc-2"]
    assert "No statements found." in root.find_all(lambda n: n.tag == "article")[1].text()
    with pytest.raises(ValueError, match="1 names for 2 documents"):
        render_html(docs, ["a.txt"])


def test_html_document_to_html_and_min_score():
    doc = sample_document()
    assert doc.to_html(name="x.txt") == render_html([doc], ["x.txt"], "qawl")
    kept = doc.with_min_score(0.5)
    assert [e.label for e in kept.entities] == [
        "PER",
        "GPE",
        "ORG",
        "PER",
    ] and kept.statements == doc.statements
    assert len(doc.entities) == 5  # the original is untouched


# --- In a real browser -------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(find_chromium() is None, reason="no chromium on PATH")


def _png_size(path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def _widths(browser: Chromium) -> dict:
    """The viewport's width, the page's, and the elements that stick out of the viewport."""
    return browser.evaluate(
        """({inner: innerWidth, scroll: document.documentElement.scrollWidth,
            out: [...document.querySelectorAll('body *')].filter(e => {
                const r = e.getBoundingClientRect();
                return r.width > 0 && (r.left < -0.5 || r.right > innerWidth + 0.5);
            }).map(e => e.tagName + '.' + e.className)})"""
    )


@pytest.fixture(scope="module")
def browser():
    with Chromium() as b:
        yield b


@needs_chromium
def test_html_browser_phone_width_spans_and_direction(browser, tmp_path):
    doc = sample_document()
    page = tmp_path / "view.html"
    page.write_text(render_html([doc, Document("لا شيء هنا")], ["sample.txt", "empty"]), encoding="utf-8")
    browser.open(page.as_uri(), width=390, height=900, mobile=True)

    # The DOM the browser built: every span with its class, nothing run.
    dom = browser.evaluate(
        """({
        ents: [...document.querySelectorAll('article mark.ent')].map(m => m.dataset.ent + ':' + m.dataset.label),
        stmts: [...document.querySelectorAll('article .stmt')].map(s => s.dataset.stmt + ':' + s.dataset.stance),
        tags: document.querySelectorAll('article .stmt-tag').length,
        cues: document.querySelectorAll('article .cue').length,
        scripts: document.querySelectorAll('script').length,
        dirs: [...document.querySelectorAll('article')].map(a => getComputedStyle(a).direction),
        shownScript: document.querySelector('[data-stmt="1"].stmt').textContent.startsWith('<script>'),
    })"""
    )
    assert dom["ents"] == ["0:PER", "1:GPE", "2:خطأ", "2:خطأ", "3:ORG", "4:PER"]
    assert dom["stmts"] == ["0:escalation", "1:condemnation", "2:"]
    assert dom["tags"] == 3 and dom["cues"] == 3
    assert dom["scripts"] == 0 and dom["shownScript"]  # the article's <script> is text
    assert dom["dirs"] == ["rtl", "rtl"]

    # Laid out right to left: the cue (first in the text) sits right of the speaker after it.
    cue_left, speaker_right = browser.evaluate(
        """[document.querySelector('article .cue').getBoundingClientRect().left,
            document.querySelector('article mark[data-ent="0"]').getBoundingClientRect().right]"""
    )
    assert cue_left >= speaker_right

    # No horizontal scrolling at 390 px: the page is no wider than the screen, and no
    # element sticks out on either side (in right-to-left text overflow goes left,
    # where scrollWidth would not see it).
    assert _widths(browser) == {"inner": 390, "scroll": 390, "out": []}
    shot = browser.screenshot(tmp_path / "phone.png")
    assert _png_size(shot)[0] == 390


@needs_chromium
def test_html_browser_long_unbroken_words_wrap(browser, tmp_path):
    # A URL-like word far wider than a phone must wrap, not widen the page.
    word = "https://example.org/" + "ا" * 300
    page = tmp_path / "long.html"
    page.write_text(Document(f"قال روته {word}").to_html(name="x" * 200), encoding="utf-8")
    browser.open(page.as_uri(), width=390, height=900, mobile=True)
    assert _widths(browser) == {"inner": 390, "scroll": 390, "out": []}
