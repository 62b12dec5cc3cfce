"""Tests for qawl.data.clean: scraper residue read through a view, offsets into the original."""

from __future__ import annotations

import pytest

from qawl.attribution import find_statements
from qawl.data.clean import clean_view
from qawl.data.prepared import prepare
from qawl.document import Entity


@pytest.mark.parametrize(
    "text, view",
    [
        ("قال: &quot;لن نتراجع&quot;", 'قال: "لن نتراجع"'),
        ("الشركة AT&amp;T", "الشركة AT&T"),
        ("سطر أول<br>سطر ثان", "سطر أول\nسطر ثان"),
        ("نص <b>مهم</b> هنا", "نص  مهم  هنا"),
        ("قال الوزير & quot ;نعم& quot ;", 'قال الوزير "نعم"'),
        ("الخبر الأول في السطر...المزيد\nسطر", "الخبر الأول في السطر\nسطر"),
        ("نص بلا بقايا.", "نص بلا بقايا."),
    ],
)
def test_clean_view_decodes_and_maps_every_character(text, view):
    cleaned = clean_view(text)
    assert cleaned.text == view
    for k, ch in enumerate(cleaned.text):
        start, end = cleaned.span(k, k + 1)
        assert 0 <= start < end <= len(text)
        if end - start == 1:
            assert text[start] == ch  # plain characters map one to one


def test_clean_view_drops_a_repeated_title_footer():
    body = "أعلنت الأمانة انتهاء أعمال الصيانة في الحي، وقال المتحدث إن العمل سيستمر أسبوعا آخر."
    text = body + " رابط الخبر بصحيفة الوئام: الأمانة تنهي الصيانة هذا الخبر يتبع لـ خبر آخر"
    assert clean_view(text).text == body + " "
    # Only to the end of its line: the next article of a several-line text is kept whole.
    other = "وقال وزير الخارجية إن المحادثات مستمرة، وإن الاجتماع المقبل سيعقد في الرياض."
    view = clean_view(text + "\n" + other + " رابط الخبر: المحادثات مستمرة")
    assert view.text == body + " \n" + other + " "
    start = view.text.index("الرياض")
    assert (text + "\n" + other)[slice(*view.span(start, start + 6))] == "الرياض"


def test_clean_prepared_offsets_point_into_the_original():
    text = "وقال الوزير فهد السالم: &quot;لن نسمح بأي تجاوز&quot; .<br>وأضاف أن العمل مستمر."
    doc = prepare(text)
    for w in doc.words:
        assert 0 <= w.start < w.end <= len(text)
    statements = find_statements(doc, [Entity("فهد السالم", "PER", 12, 22)])
    assert [text[s.start : s.end] for s in statements] == ["لن نسمح بأي تجاوز", "العمل مستمر"]
    assert all(s.text == text[s.start : s.end] for s in statements)
    assert statements[1].speaker.name == "فهد السالم"  # the <br> made a new line, the speaker goes on
