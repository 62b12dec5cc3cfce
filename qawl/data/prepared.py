"""One prepared document per article: its words, sentences, quotes and lines, computed once.

Every stage reads the same :class:`PreparedDocument`: the NER tags the words of
each sentence, attribution indexes words, quotes and lines, and stance takes each
statement's sentence as context. Nothing splits the text a second time, and every
offset points into the caller's original string.

Example:
    >>> doc = prepare("قال روته: «لن نتردد».\\nوأضاف أن الحلف جاهز.")
    >>> [doc.text[s.start:s.end] for s in doc.sentences]
    ['قال روته: «لن نتردد».', 'وأضاف أن الحلف جاهز.']
    >>> [w.text for w in doc.sentence_words(doc.sentences[1])]
    ['وأضاف', 'أن', 'الحلف', 'جاهز', '.']
    >>> doc.quotes, doc.line_of(25)
    ([(11, 19)], 1)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from qawl.data.clean import CleanText, clean_view
from qawl.data.sentences import find_quotes, split_sentences
from qawl.data.text import Word, split_words


@dataclass(frozen=True)
class Sentence:
    """One sentence: its character span and the words inside it.

    Attributes:
        start: Offset of its first character in the text.
        end: Offset just past its last character.
        first_word: Index (into :attr:`PreparedDocument.words`) of its first word.
        stop_word: One past the index of its last word.
    """

    start: int
    end: int
    first_word: int
    stop_word: int


@dataclass
class PreparedDocument:
    """A text split once into everything the pipeline stages need.

    Attributes:
        text: The caller's original string; every offset points into it.
        words: All words (:func:`~qawl.data.text.split_words`).
        sentences: Sentence spans (:func:`~qawl.data.sentences.split_sentences`),
            with their word ranges.
        quotes: Top-level quotations, ``(start, end)`` of each inside
            (:func:`~qawl.data.sentences.find_quotes`).
        line_starts: Offset of the first character of each line.
        view: The cleaned view the words were read from (None: the text as is).
    """

    text: str
    words: list[Word]
    sentences: list[Sentence]
    quotes: list[tuple[int, int]]
    line_starts: list[int] = field(default_factory=lambda: [0])
    view: CleanText | None = None
    _sentence_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sentence_starts = [s.start for s in self.sentences]

    def sentence_words(self, sentence: Sentence) -> list[Word]:
        """The words of one sentence."""
        return self.words[sentence.first_word : sentence.stop_word]

    def line_of(self, offset: int) -> int:
        """The line (0-based) a character offset is on."""
        return bisect_right(self.line_starts, offset) - 1

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing a character offset, or None (between sentences)."""
        k = bisect_right(self._sentence_starts, offset) - 1
        if k >= 0 and offset < self.sentences[k].end:
            return self.sentences[k]
        return None

    def sentence_text(self, offset: int, fallback: str) -> str:
        """The text of the sentence containing ``offset``, else ``fallback``: a statement's
        context for the stance model (a statement that starts between sentences is its
        own context).

        Example:
            >>> prepare("قال الوزير إن العمل مستمر. وانتهى اللقاء.").sentence_text(15, "")
            'قال الوزير إن العمل مستمر.'
        """
        sentence = self.sentence_at(offset)
        return self.text[sentence.start : sentence.end] if sentence else fallback


def prepare(text: str, clean: bool = True) -> PreparedDocument:
    """Split a text into words, quotes, sentences and lines, once.

    Scraper residue (HTML entities and tags, repeated-title footers, teasers) is
    read through a cleaned view (:func:`qawl.data.clean.clean_view`); every offset
    is mapped back to ``text``. A word's ``text`` is the cleaned form (``&quot;``
    reads ``"``), its offsets the original characters.

    Args:
        text: The raw article, as the caller has it.
        clean: Read through the cleaned view (False: the text as is).

    Returns:
        The prepared document; ``doc.text is text``.

    Example:
        >>> doc = prepare("قال: &quot;لن نتراجع&quot;")
        >>> [w.text for w in doc.words], doc.quotes, doc.text[11:20]
        (['قال', ':', '"', 'لن', 'نتراجع', '"'], [(11, 20)], 'لن نتراجع')
    """
    view = clean_view(text) if clean else CleanText(text, text)
    seen = view.text
    words = [Word(w.text, view.start(w.start), view.end(w.end)) for w in split_words(seen)]
    quotes_seen = find_quotes(seen)
    # The inside of a quotation runs from its first character to the closing mark.
    quotes = [(view.start(a), view.start(b)) for a, b in quotes_seen]
    starts = [w.start for w in words]
    sentences = []
    for a, b in split_sentences(seen, quotes_seen):
        start, end = view.span(a, b)
        sentences.append(Sentence(start, end, bisect_left(starts, start), bisect_left(starts, end)))
    line_starts = [0] + [view.start(i + 1) for i, ch in enumerate(seen) if ch == "\n"]
    return PreparedDocument(text, words, sentences, quotes, line_starts, view)
