"""Tests for qawl.data.sentences: sentence spans and quotation pairs."""

from __future__ import annotations

import pytest

from qawl.data.sentences import find_quotes, split_sentences


def sentences(text: str) -> list[str]:
    spans = split_sentences(text)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "وصل الوفد. وبدأت المحادثات! هل تنجح؟ لا أحد يعرف",
            ["وصل الوفد.", "وبدأت المحادثات!", "هل تنجح؟", "لا أحد يعرف"],
        ),
        (
            "ارتفع التضخم إلى 3.5 بالمئة في أيار. وتراجع لاحقا.",
            ["ارتفع التضخم إلى 3.5 بالمئة في أيار.", "وتراجع لاحقا."],
        ),
        (
            "الوضع معقد.. والحل بعيد... لكن الأمل قائم… كما يقولون.",
            ["الوضع معقد.. والحل بعيد... لكن الأمل قائم… كما يقولون."],
        ),
        ("عنوان بلا نقطة\nفقرة أولى.\n\n  فقرة ثانية  ", ["عنوان بلا نقطة", "فقرة أولى.", "فقرة ثانية"]),
        ("قال: «لن نتراجع. ولن نساوم». ثم غادر.", ["قال: «لن نتراجع. ولن نساوم».", "ثم غادر."]),
        ("قال: «لن نتراجع.» وغادر القاعة.", ["قال: «لن نتراجع.»", "وغادر القاعة."]),
        (
            "أكد أن “الأمر انتهى. نهائيا”، مضيفا أنه سيغادر.",
            ["أكد أن “الأمر انتهى. نهائيا”، مضيفا أنه سيغادر."],
        ),
        ('ردد "كفى. كفى" ثم صمت.', ['ردد "كفى. كفى" ثم صمت.']),
        ("هل انتهت الحرب؟! لا.", ["هل انتهت الحرب؟!", "لا."]),
        ("التقى J. Smith الوفد. ثم سافر.", ["التقى J. Smith الوفد.", "ثم سافر."]),
        (
            "بلغت 320 مليونا في العام 2015م. وأكدت الوزارة ذلك.",
            ["بلغت 320 مليونا في العام 2015م.", "وأكدت الوزارة ذلك."],
        ),
        ("وقال م. سامي الراشد إن المشروع اكتمل.", ["وقال م. سامي الراشد إن المشروع اكتمل."]),
        (
            "انتهى. * الخرطوم تدعو للحوار * الخرطوم: فلان. وبدأ 3*4",
            ["انتهى.", "الخرطوم تدعو للحوار", "الخرطوم: فلان.", "وبدأ 3*4"],
        ),
        ("نشر الموقع alhal.net التقرير. وانتهى.", ["نشر الموقع alhal.net التقرير.", "وانتهى."]),
        ("انتهى الاجتماع.وبدأ المؤتمر الصحفي.", ["انتهى الاجتماع.", "وبدأ المؤتمر الصحفي."]),
        # the semicolon separates clauses, never sentences: what follows it may be a new
        # report (attribution ends a statement there as after a comma) or the same one
        ("رفضت الحكومة الخطة؛ وأعلنت المعارضة الإضراب.", ["رفضت الحكومة الخطة؛ وأعلنت المعارضة الإضراب."]),
        ("تأجل الاجتماع؛ لأن الوفد لم يصل.", ["تأجل الاجتماع؛ لأن الوفد لم يصل."]),
        (
            "يزرعون الألغام؛ لتعطيل التقدم؛ حتى يتراجع الخصم. وانسحبوا.",
            ["يزرعون الألغام؛ لتعطيل التقدم؛ حتى يتراجع الخصم.", "وانسحبوا."],
        ),
        (
            "تكون الصورة واضحة؛ وأن تكون ملتقطة بكاميرا؛ للحد من التلاعب؛ لم يقبلها أحد.",
            ["تكون الصورة واضحة؛ وأن تكون ملتقطة بكاميرا؛ للحد من التلاعب؛ لم يقبلها أحد."],
        ),
        (
            "قال إن الوضع صعب؛ من جهته أكد الوزير الدعم؛ بدوره شكر السفير.",
            ["قال إن الوضع صعب؛", "من جهته أكد الوزير الدعم؛", "بدوره شكر السفير."],
        ),
        ("\u200fوصل الوفد.\u200f وبدأ اللقاء.", ["وصل الوفد.", "وبدأ اللقاء."]),
        ("قال «سنرد؛ وبقوة». وغادر.", ["قال «سنرد؛ وبقوة».", "وغادر."]),
        # a tanwin inside the last word is no word boundary: the period ends the sentence
        ("عمرها 44 عامًا. غادة قالت ذلك.", ["عمرها 44 عامًا.", "غادة قالت ذلك."]),
        ("", []),
        ("  \n  ", []),
    ],
    ids=[
        "terminators",
        "decimal",
        "ellipses",
        "newlines",
        "quote_periods",
        "quote_ends",
        "curly_quote_comma",
        "ascii_quote",
        "terminator_run",
        "latin_initial",
        "year_era_ends",
        "honorific_initial",
        "bullets",
        "domain",
        "glued_period",
        "semicolon_then_new_verb",
        "semicolon_because",
        "semicolon_purpose",
        "semicolon_and_that_and_reason",
        "semicolon_before_link",
        "direction_marks",
        "semicolon_in_quote",
        "tanwin_before_period",
        "empty",
        "blank",
    ],
)
def test_sentences_split(text, expected):
    assert sentences(text) == expected


def test_sentences_unclosed_quote_does_not_swallow_the_paragraph():
    text = "قال «لن نتراجع. وغادر.\nسطر جديد."
    assert sentences(text) == ["قال «لن نتراجع.", "وغادر.", "سطر جديد."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('قال «أ ب» و“ج د” و"هـ و"', ["أ ب", "ج د", "هـ و"]),
        ("و”توسعا خطيرا” للحرب", ["توسعا خطيرا"]),
        ("«قال “نعم” ثم»", ["قال “نعم” ثم"]),
        ("«غير مغلق\nو«مغلق»", ["مغلق"]),
        ("بلا علامات", []),
        ("نص » شارد", []),
        # a closing mark never opened (glued to its word, punctuation after) pairs nothing
        ('أنه متقاعد". وأوضح: "ما حدث عادي". وواصل: "الأمور طيبة"', ["ما حدث عادي", "الأمور طيبة"]),
        ("قالت إنها انتهت” ثم ”بدأت مرحلة” جديدة", ["بدأت مرحلة"]),
        # after a one-letter clitic the mark opens, even with a space inside
        ('نقص شديد و" تفاوت كبير " في المحتوى', [" تفاوت كبير "]),
        # a short name quoted with the spaces on the wrong side of its first mark: that mark
        # opens, so the later pairs stay names and no quote swallows the reports between them
        (
            'مقتل 8 من عناصر" داعش " غربا . لقي 8 من " داعش " مصرعهم . وأفاد مصدر أن 20 من " داعش " قتلوا',
            [" داعش ", " داعش ", " داعش "],
        ),
        # a quote never closed, then a colon and a new quote: the new mark opens
        ('وقال "هذه المشاركة مهمة. قال المحلل: "العلاقات قوية" ثم انتهى', ["العلاقات قوية"]),
        # a quote never closed, a sentence end, then a mark that opens: the first quote
        # ends at its sentence's terminator and the new mark opens
        (
            'وكتب أن الهجوم نفذ "ردا على المجزرة. وأعلنت السلطات أن الشاب "ش أ أ" التحق بالتنظيم',
            ["ردا على المجزرة", "ش أ أ"],
        ),
        # ” … “ written the wrong way round, with no word after the “: one quotation; with
        # a word after it, or another mark between, the “ opens as before
        ("وأضاف ” احتمالية تجدد القتال كبيرة “. ثم انتهى", [" احتمالية تجدد القتال كبيرة "]),
        ("وقال ”والد الطفلة“ ان الطلق استقر", []),
        # « typed at both ends: the second, spaced from the next word, closes; the report
        # after it is not swallowed by a quote that pairs with a later »
        (
            "أصيب أفراد عائلته «والده وأمه « اثر هجوم. وقالت العائلة :» إن المنزل سيبقى",
            ["والده وأمه "],
        ),
        ("قال «الحرب «الأخيرة» انتهت»", ["الحرب «الأخيرة» انتهت"]),
    ],
    ids=[
        "three_kinds",
        "closing_mark_opens",
        "nested",
        "reset_at_newline",
        "none",
        "stray",
        "stray_straight_closer",
        "stray_curly_closer",
        "clitic_opens",
        "spaced_short_name",
        "colon_reopens",
        "sentence_end_reopens",
        "reversed_pair",
        "reversed_with_a_word_after",
        "guillemet_typed_twice",
        "nested_guillemets",
    ],
)
def test_sentences_find_quotes(text, expected):
    spans = find_quotes(text)
    assert [text[a:b] for a, b in spans] == expected
    for a, b in spans:  # a closing mark, or the terminator that stands for a missing one
        assert text[a - 1] in '“«"”' and text[b] in '”»".!?؟“«'  # “ or «: a reversed pair


def test_split_sentences_an_acronym_spelled_with_periods_is_one_word_not_three_sentences():
    text = "وقالت العائلة في بيان بثته شبكة إن.بي.سي: إنه توفي. ونقلت أ.ف.ب الخبر."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "وقالت العائلة في بيان بثته شبكة إن.بي.سي: إنه توفي.",
        "ونقلت أ.ف.ب الخبر.",
    ]
    # two sentences a scraper glued together still part: the word before is no acronym letter
    text = "قتل علي عبدالله صالح.وكان الحوثيون قد استغلوا الهدنة."
    assert len(split_sentences(text)) == 2
