"""Sentence splitting and quotation pairing for Arabic news text, with offsets.

Both functions return character offsets into the caller's string, so their spans
line up with :func:`qawl.data.text.split_words` and with entity offsets.

Quotation marks are paired one line at a time: a quote never spans a newline,
so a stray mark can spoil at most its own paragraph. Wire copy often uses the
closing mark ``”`` on both sides (``و”توسعا خطيرا”``), so an unmatched ``”``
opens a quote just as ``"`` does.
"""

from __future__ import annotations

import re
import unicodedata

from qawl.data.text import CLITICS, match_key, trim_span

TERMINATORS = ".!?؟"
OPENING_QUOTES = "“«"
# Which opening marks each closing mark can close (``”`` and ``"`` also open).
# ``″`` (the double prime) closes “ in some papers' copy (``منظمة “Top 500″``); like ``»``
# it never opens.
_CLOSES = {"»": "«", "”": "“”", '"': '"', "″": "“”"}
_QUOTE_MARKS = OPENING_QUOTES + "".join(_CLOSES)

# The Arabic semicolon is a clause separator, not a sentence end: papers write it where
# English has a comma ("… خاصة إذا كنا وسطاء في الحروب؛ هو أننا نتعامل …"), and the real-text
# gold runs a statement on across it wherever no new report follows (50 times in 420
# articles; it ends one 7 times, before a new reporting verb or a credit, which attribution
# finds as it does after a comma). It still ends a sentence before a link that turns to
# another party or matter ("…؛ من جهته أعلن الرئيس الفرنسي …"، "؛ إلى ذلك، …"): the
# two-word links by their first and second word, the one-word ones alone.
_IN_LINKS = frozenset({"المقابل", "غضون", "الاثناء", "سياق", "حين"})  # "في المقابل"، "وفي غضون"
_LINKS = {
    "من": frozenset(
        {"جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها", "جهة", "جانب"}
    ),
    "الى": frozenset({"ذلك"}),
    "في": _IN_LINKS,
    "وفي": _IN_LINKS,
}
_ONE_WORD_LINKS = frozenset({"بدوره", "بدورها", "بدورهم", "بينما", "فيما", "وبدوره", "وبدورها"})
_NEXT_TWO_WORDS_RE = re.compile(r"\s*(\w+)(?:\s+(\w+))?")

# The first visible character after a closing quote on the same line; matched in
# place so long articles are not sliced once per quote.
_NEXT_CHAR_RE = re.compile(r"[ \t]*(\S)")
# One to three plain words between spaces and a straight mark with no word after it: the
# inside of a short name quoted with stray spacing (عناصر" داعش " في), read from just after
# the first mark.
_SPACED_NAME_RE = re.compile(r" (?:[^\W\d_]+ ){1,3}\"(?!\w)")


def _closes_only(text: str, i: int) -> bool:
    """Whether an unmatched ``"`` or ``”`` at ``text[i]`` can only be a closing mark.

    It is, glued to the word before it and followed by a space, punctuation or the
    end of the line (``وليس له شيء". وأوضح: "…``): a writer closed a quote that was
    never opened, and opening one there would pair every later mark of the line
    the wrong way round. A mark glued to the next word opens (``و"توسعا خطيرا"``).
    """
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if before in CLITICS and (i < 2 or not text[i - 2].isalnum()):
        return False  # و" تفاوت كبير ": a clitic opens the quote, whatever follows
    if _SPACED_NAME_RE.match(text, i + 1):
        return False  # عناصر" داعش ": a short name quoted with the spaces on the wrong side
    return before.isalnum() and (after.isspace() or (not after.isalnum() and after not in _QUOTE_MARKS))


def _opens_after_colon(text: str, i: int) -> bool:
    """Whether a straight or ``”`` mark at ``text[i]`` can only open a quote: after a
    colon (a space between or not), before a word (a space between or not): ``قال
    المحلل: "العلاقات``، ``وقال في بداية الاستقبال :” أوكلني``. A writer never closes a
    quote that way, so an earlier mark still open was left unclosed."""
    before = i - 2 if i >= 2 and text[i - 1] == " " else i - 1
    after = i + 2 if i + 2 < len(text) and text[i + 1] == " " else i + 1
    return before >= 0 and text[before] == ":" and after < len(text) and text[after].isalpha()


def _first_sentence_end(text: str, i: int, opened: int) -> int | None:
    """Where a quote opened at ``opened`` and never closed ends, when a straight mark at
    ``text[i]`` opens another: the mark stands where a quote opens (a space before it,
    a letter glued after it) and a sentence ended inside the open quote (``نفذ "ردا على
    مجزرة سوروتش. وأعلنت … من اسمه "ش أ أ" التحق``). The first terminator followed by a
    space is where the unclosed quote ends (it stands for the missing mark); None when
    the mark does not open or no sentence ended."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if not (before.isspace() and after.isalpha()):
        return None
    return next(
        (k for k in range(opened + 2, i - 1) if text[k] in TERMINATORS and text[k + 1].isspace()),
        None,
    )


def _closes_reversed(text: str, i: int, opened: int) -> bool:
    """Whether a ``“`` at ``text[i]`` closes the quote opened with ``”`` at ``opened``
    (``وأضاف ” احتمالية تجدد القتال … جميعا “.``): no other mark between them, and no word
    follows it, only punctuation or the line's end."""
    if any(c in _QUOTE_MARKS for c in text[opened + 1 : i]):
        return False
    match = _NEXT_CHAR_RE.match(text, i + 1)
    return match is None or not match.group(1).isalnum()


def _closes_guillemet(text: str, i: int, stack: list[tuple[str, int]]) -> bool:
    """Whether a ``«`` at ``text[i]`` closes the ``«`` still open: a word before it and no
    word glued after it (``«والده وأمه وشقيقه « اثر هجوم``). A writer who types the
    opening mark at both ends leaves the second one spaced from what follows, where an
    opening mark is glued to its first word (``«علي``); read as an opening one, it would
    pair with a ``»`` sentences later and swallow the reports between."""
    if not stack or stack[-1][0] != "«":
        return False
    after = text[i + 1] if i + 1 < len(text) else "\n"
    before = text[i - 2] if i >= 2 and text[i - 1] == " " else (text[i - 1] if i else " ")
    return before.isalpha() and not after.isalnum() and after not in _QUOTE_MARKS


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Find top-level quotations and return the span inside each pair of marks.

    Pairs “ ”, « » and "…" (and ” “ written the wrong way round, when no word follows
    the ``“``: :func:`_closes_reversed`, and « « where the second ``«`` has no word
    glued after it: :func:`_closes_guillemet`); an unmatched ``”`` opens a quote, unless it can only
    close one (glued to the word before, a space or punctuation after: a stray
    closing mark, see :func:`_closes_only`); a straight or ``”`` mark after a colon and
    before a word opens a new quote even while one is open (the open one was never
    closed, :func:`_opens_after_colon`), and so does a straight mark shaped as an
    opening one after a sentence has ended inside the open quote, which then ends
    at that sentence's terminator (:func:`_first_sentence_end`; ``text[end]`` is
    that terminator). Quotes nested in another quote are
    part of it and are not returned separately. Marks left open at the end of a
    line are ignored.

    Args:
        text: Raw text.

    Returns:
        ``(start, end)`` of each quotation's inside, in order; the opening mark
        is ``text[start - 1]`` and the closing mark ``text[end]``.

    Example:
        >>> text = 'قال: «لن “نتراجع” أبدا» ثم "انتهى"'
        >>> [text[a:b] for a, b in find_quotes(text)]
        ['لن “نتراجع” أبدا', 'انتهى']
        >>> text = 'مشيرا إلى أنه متقاعد". وأوضح: "ما حدث عادي". وواصل: "الأمور طيبة"'
        >>> [text[a:b] for a, b in find_quotes(text)]
        ['ما حدث عادي', 'الأمور طيبة']
    """
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # open marks of the current line
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
        elif ch == "“" and stack and stack[-1][0] == "”" and _closes_reversed(text, i, stack[-1][1]):
            pairs.append((stack[-1][1], i))  # ” … “. : the marks written the wrong way round
            stack.pop()
        elif ch == "«" and _closes_guillemet(text, i, stack):
            pairs.append((stack[-1][1], i))  # «… « اثر: the opening mark typed at both ends
            stack.pop()
        elif ch in OPENING_QUOTES:
            stack.append((ch, i))
        elif ch in _CLOSES:
            depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] in _CLOSES[ch]), None)
            if depth is not None and ch in ('"', "”") and _opens_after_colon(text, i):
                # "… الجديدة. قال المحلل: "العلاقات …": the quote before was never closed
                del stack[depth:]
                stack.append((ch, i))
            elif depth is not None and ch == '"' and (end := _first_sentence_end(text, i, stack[depth][1])):
                pairs.append((stack[depth][1], end))  # the terminator stands for the missing mark
                del stack[depth:]
                stack.append((ch, i))
            elif depth is not None:
                pairs.append((stack[depth][1], i))
                del stack[depth:]
            elif ch not in "»″" and not _closes_only(text, i):
                stack.append((ch, i))
    # Keep the outermost pairs: sorted by opening mark, a pair inside the last
    # kept one is nested.
    outer: list[tuple[int, int]] = []
    for start, end in sorted(pairs):
        if not outer or start > outer[-1][1]:
            outer.append((start, end))
    return [(start + 1, end) for start, end in outer]


def _is_full_stop(text: str, i: int) -> bool:
    """Whether the period at ``text[i]`` ends a sentence."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before == "." or after == ".":
        return False  # an ellipsis ".." or "..."
    if before.isdigit() and after.isdigit():
        return False  # a decimal point, 3.5
    if after.isascii() and after.isalnum():
        return False  # a domain or a chained abbreviation, alhal.net, U.S
    if in_letter_chain(text, i):
        return False  # an Arabic acronym spelled letter by letter: إن.بي.سي، أ.ف.ب
    # A single-letter word is an initial (J. Smith, د. محمد), not a sentence; a letter
    # glued to a number is a year's era and may end one (العام الجاري 2015م. وأكدت). A
    # diacritic inside the word is no word boundary: "44 عامًا. غادة" ends a sentence.
    if not before.isalpha():
        return True
    k = i - 2
    while k >= 0 and unicodedata.category(text[k]) == "Mn":
        k -= 1
    return k >= 0 and text[k].isalnum()


_CHAIN_PART = 3  # letters at most in each part of a spelled-out acronym (إن.بي.سي)


def in_letter_chain(text: str, i: int) -> bool:
    """Whether the period at ``text[i]`` joins short letter groups of a chain of three or
    more (``إن.بي.سي``، ``أ.ف.ب``), not two sentences a scraper glued together
    (``صالح.وكان``): both neighbours are 1-3 letters, and another period glued between
    letters continues the chain on one side."""
    start = i
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = i + 1
    while end < len(text) and text[end].isalpha():
        end += 1
    if not (1 <= i - start <= _CHAIN_PART and 1 <= end - i - 1 <= _CHAIN_PART):
        return False
    chained_before = start >= 2 and text[start - 1] == "." and text[start - 2].isalpha()
    chained_after = end + 1 < len(text) and text[end] == "." and text[end + 1].isalpha()
    return chained_before or chained_after


def _link_follows(text: str, i: int) -> bool:
    """Whether a link to another party or matter follows the semicolon at ``text[i]``
    (``؛ من جهته``، ``؛ في المقابل``، ``؛ بدوره``): then it ends the sentence."""
    m = _NEXT_TWO_WORDS_RE.match(text, i + 1)
    if not m:
        return False
    first, second = match_key(m.group(1)), match_key(m.group(2) or "")
    return first in _ONE_WORD_LINKS or second in _LINKS.get(first, ())


def _quote_ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether a quote (inside ``start:end``) ends its sentence: «… نتراجع.» وأضاف."""
    inside = text[start:end].rstrip()
    if not inside or inside[-1] not in TERMINATORS or inside.endswith(".."):
        return False
    m = _NEXT_CHAR_RE.match(text, end + 1)
    # A following comma or terminator keeps the sentence going or ends it itself.
    return m is not None and m.group(1) not in TERMINATORS + "،,:؛;" + _QUOTE_MARKS


def split_sentences(text: str, quotes: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Split raw text into sentences, keeping character offsets.

    A sentence ends at a newline, at ``. ! ? ؟`` (a run of them counts once), at the
    semicolon ``؛`` only before a link to another party (``؛ من جهته``: elsewhere it
    separates clauses in Arabic news), after a closing quote
    whose inside ends with a terminator, and around a bullet ``*`` standing alone
    between scraped items. Never inside a quotation, at a decimal
    point (3.5), inside an ellipsis (``..``، ``...``، ``…``), after a one-letter
    initial (``J.``) or before a Latin letter glued to the period (alhal.net).

    Args:
        text: Raw text, as the caller has it.
        quotes: Its :func:`find_quotes`, when the caller has them already.

    Returns:
        ``(start, end)`` of each sentence, end exclusive, with surrounding
        whitespace and direction marks trimmed; empty sentences are dropped.

    Example:
        >>> text = "ارتفع السعر 3.5 بالمئة.. ثم توقف. وقال: «لن نتراجع. أبدا».\\nعنوان"
        >>> [text[a:b] for a, b in split_sentences(text)]
        ['ارتفع السعر 3.5 بالمئة.. ثم توقف.', 'وقال: «لن نتراجع. أبدا».', 'عنوان']
    """
    if quotes is None:
        quotes = find_quotes(text)
    opening_at = {start - 1: end for start, end in quotes}
    cuts: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if i in opening_at:
            end = opening_at[i]
            # a quote left unclosed ends at a terminator, which ends the sentence too
            if text[end] in TERMINATORS or _quote_ends_sentence(text, i + 1, end):
                cuts.append(end + 1)
            i = end + 1
            continue
        if ch in "\n\r":
            cuts.append(i)
        elif ch == "؛" and _link_follows(text, i):
            cuts.append(i + 1)
        elif ch in TERMINATORS and (ch != "." or _is_full_stop(text, i)):
            while i + 1 < n and text[i + 1] in TERMINATORS:
                i += 1
            cuts.append(i + 1)
        elif ch == "*" and (i == 0 or text[i - 1].isspace()) and (i + 1 == n or text[i + 1].isspace()):
            cuts += [i, i + 1]  # a bullet between items: "… الهجوم. * الخرطوم تدعو … * الخرطوم: فلان."
        i += 1
    spans = []
    previous = 0
    for cut in cuts + [n]:
        start, end = trim_span(text, previous, cut)
        if start < end and text[start:end] != "*":  # the bullet itself is no sentence
            spans.append((start, end))
        previous = max(previous, cut)
    return spans
