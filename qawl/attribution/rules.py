"""Rule-based statement attribution: who said what in an Arabic news article.

:func:`find_statements` reads a prepared article plus its named entities and
returns each quoted or reported statement with its reporting cue and speaker.
The cue lexicon lives in :mod:`~qawl.attribution.cues`, speaker merging in
:mod:`~qawl.attribution.speakers`, who a cue's subject is in
:mod:`~qawl.attribution.subjects`, and the by-word index every rule reads in
:mod:`~qawl.attribution.index`; this module holds the rules.

A **sentence rule** is a function ``rule(sentence, context) -> list[Statement] | None``:
it reads one :class:`SentenceSpan`, adds what it finds to the
:class:`AttributionContext` (which remembers the last speaker for pronoun and
continuation cues), and returns the statements it added, or None when the
sentence is not its kind. :data:`SENTENCE_RULES` are tried in order and the
first that answers (even with an empty list) decides the sentence:

1. :func:`headline_colon` — ``واشنطن: نص``: an entity opening a line, then a colon;
2. :func:`reporting_cues` — every reporting cue of the sentence (``قال``، ``وأضافت``،
   ``يحذر``، ``مؤكدا``…) and what it reports (:data:`CUE_SPAN_FINDERS`); according-to
   credits (``بحسب``), relaying verbs (``ونقلت رويترز عن مصدر أن``، ``نُقل عن الوزير
   قوله``) and reporting nouns (``وجاء في بيان الوزارة أن``) find their own speaker;
3. :func:`quote_continuation` — a lone quotation right after a statement goes on with it.

A **span finder** ``finder(cue) -> (start, end) | None`` says what a cue reports;
:data:`CUE_SPAN_FINDERS` are tried in order: a colon, a quotation of 3+ words or an
``إن``/``أن`` clause after the subject; a call's ``إلى`` complement (``دعا … إلى``);
a headline verb's complement (``“الناتو” يحذر من …``); a quotation opening the
sentence before a named speaker (``«…»، قال الوزير``); else, for verbs whose object
is what was said, that object (``أكد أهمية التعاون``، ``حث المسؤولين على …``).

Adding a rule means writing one function with one of these signatures, putting
it in its list, and adding sentence-shape tests (``tests/test_attribution.py``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from qawl.attribution.cues import (
    ACCUSES,
    ACCUSING,
    ADDRESSING_VERBS,
    ANNOUNCING,
    AS_REPORTED,
    AS_WELL,
    BEFORE_ABOUT,
    BUT,
    CALLS,
    CLAIMS,
    COMPLAINTS,
    CUES,
    DATA_NOUNS,
    DESCRIBING_FORMS,
    DESCRIBING_VERBS,
    EXPLAINING,
    HEADLINE_PREPS,
    IN_OCCASION,
    INFORMING,
    JOINERS,
    LI,
    MARKED_OBJECT_VERBS,
    MARKERS,
    NEGATIONS,
    NOT_REPORTING_BEFORE,
    OBJECT_PREPOSITIONS,
    OBJECT_VERBS,
    PARTICLES,
    PREPOSITIONS,
    RELATIVES,
    REQUEST_MARKERS,
    SPEECH_OCCASIONS,
    STRESSED,
    TO_THEM,
    TOPIC_NOUNS,
    URGING,
    claims_an_attack,
    there_are_some,
)
from qawl.attribution.index import (
    ADDRESSEE_WINDOW,
    COMMAS,
    DASHES,
    IDENTITY_WORDS,
    MIN_QUOTE_WORDS,
    PARTICLE_WINDOW,
    ArticleIndex,
    not_said,
)
from qawl.attribution.phrases import (
    QUOTE_MARKS,
    SubjectPhrase,
    document_owner,
    named_after_preposition,
    read_subject,
)
from qawl.attribution.speakers import speaker_label
from qawl.attribution.subjects import (
    APPOSED_TITLE_WORDS,
    CREDIT_WHAT,
    SpeakerBook,
    Subject,
    after_media_phrase,
    named_before,
    opening_speaker,
    own_body,
    subject_after,
    subject_of_phrase,
    verb_subject,
    while_clause_person,
)
from qawl.attribution.titles import (
    DOCUMENT_NOUNS,
    HONORIFICS,
    INDEFINITE_SOURCE_TITLES,
    ISSUED,
    OBJECT_NOUNS,
    ONE_OF_THEM,
    PERSON_TITLES,
    PHRASE_STOPS,
    RELAYED_IT,
    SAME,
    blessing_at,
    formula_at,
    formulas,
    plural_group,
)
from qawl.data.prepared import PreparedDocument, prepare  # noqa: F401  (prepare: docstring example)
from qawl.data.sentences import OPENING_QUOTES, TERMINATORS
from qawl.data.text import after_li, is_function_word, match_key, match_keys
from qawl.document import Entity, Mention, Source, Speaker, Statement

__all__ = [
    "AttributionContext",
    "CUE_SPAN_FINDERS",
    "CueSite",
    "SENTENCE_RULES",
    "SentenceSpan",
    "find_statements",
    "headline_colon",
    "quote_continuation",
    "reporting_cues",
]


@dataclass(frozen=True)
class SentenceSpan:
    """One sentence, by word, in its article's index.

    Attributes:
        index: The article's index.
        number: The sentence's position in the article.
        first: Its first word.
        stop: One past its last word.
    """

    index: ArticleIndex
    book: SpeakerBook
    number: int
    first: int
    stop: int


@dataclass
class AttributionContext:
    """What rules remember across sentences.

    Attributes:
        statements: Every statement found so far, in text order.
        speaker: The last speaker named or quoted (for pronoun and continuation
            cues); an unnamed :class:`~qawl.document.Source` can go on speaking too.
        speaker_line: The line that speaker was last named or quoted on.
        statement_sentence: The sentence of the last statement.
        group: The last unnamed group that spoke (``مسؤولون``، ``شهود عيان``), whom a
            plural verb with no subject goes on with after a person has spoken.
    """

    statements: list[Statement] = field(default_factory=list)
    speaker: Speaker | Source | None = None
    speaker_line: int = -1
    statement_sentence: int = -2
    group: Source | None = None

    @property
    def reported_until(self) -> int:
        """Where the last statement ends (a cue before this is inside it)."""
        return self.statements[-1].end if self.statements else 0

    def add(self, statement: Statement, line: int, sentence: int) -> None:
        """Record a statement; its speaker (or source) becomes the last speaker."""
        self.statements.append(statement)
        self.note_speaker(statement.speaker or statement.source, line)
        self.statement_sentence = sentence

    def note_speaker(self, speaker: Speaker | Source | None, line: int) -> None:
        """Remember a speaker named without a statement of its own."""
        self.speaker, self.speaker_line = speaker, line
        if isinstance(speaker, Source) and any(plural_group(match_key(w)) for w in speaker.text.split()[:2]):
            self.group = speaker


SentenceRule = Callable[[SentenceSpan, AttributionContext], "list[Statement] | None"]


# -- what a cue reports ---------------------------------------------------------------------


@dataclass(frozen=True)
class CueSite:
    """A reporting cue in its sentence, with its subject once found.

    Attributes:
        sentence: The sentence.
        word: The cue word.
        subject: Who speaks, and the words naming them here.
        stop: Where what it reports must end (:func:`clause_stop`).
    """

    sentence: SentenceSpan
    word: int
    subject: Subject
    stop: int

    @property
    def index(self) -> ArticleIndex:
        return self.sentence.index

    @property
    def after_subject(self) -> int:
        """The first word after the cue and, in VSO order, its named subject and a speaker
        joined to it by و (``أدانت [ORG منظمة التعاون الإسلامي] [GPE والولايات المتحدة]
        الهجوم``: they condemned it together)."""
        if self.subject.stop is not None and not self.subject.fronted:
            index, stop = self.sentence.index, self.subject.stop
            joined = index.entity_at_first.get(stop)
            if (
                self.subject.speaker is not None
                and joined is not None
                and joined in index.speakers
                and index.keys[stop][:1] == "و"
            ):
                return index.entity_span[joined].stop
            return _past_bracket(index, stop)
        return self.word + 1


BRACKET_WORDS = 5  # words of a bracket after a subject: "(إيه بي سي)"، "(45 عاما)"


def _past_bracket(index: ArticleIndex, word: int) -> int:
    """Past a short bracket right after a subject (and the comma before it): ``وذكرت هيئة
    الإذاعة الأسترالية، (إيه بي سي) نقلا عن …`` goes on at نقلا; ``word`` itself when none."""
    words = index.words
    opening = word + (word + 1 < len(words) and words[word].text in COMMAS)
    if opening >= len(words) or words[opening].text != "(":
        return word
    for k in range(opening + 1, min(len(words), opening + BRACKET_WORDS + 2)):
        if words[k].text == ")":
            return k + 1
        if index.keys[k] in PARTICLES or k in index.cues:
            return word
    return word


NEW_REPORT_WINDOW = 6  # words between "وحذر" and its إن/أن for it to open a new report
# Object verbs that also join clauses inside a report ("… وأكد أهمية …" may be the same
# speaker going on): they open a new report only before إن/أن, like any verb.
ASSERTING = frozenset(match_key(p + f) for p in "وف" for f in ("أكد", "أكدت", "أعلن", "أعلنت", "جدد", "جددت"))


def _opens_report(index: ArticleIndex, word: int, stop: int) -> bool:
    """A past reporting verb with و/ف, outside any quotation, whose إن/أن, colon or
    opening quotation mark follows within a few words: the narrator's next report in a
    run-on sentence ("…” وحذر الرئيس ريفلين بأن …"، "… وقالوا لـ«المدينة»: إن …"، "استنكر
    الدليمي تصريحات المالكي وقال "نستنكر …"")."""
    key = index.keys[word]
    if index.cues[word].kind != "past" or key[:1] not in "وف" or index.in_quote[word] >= 0:
        return False
    if key in OBJECT_VERBS and key not in ASSERTING:
        return True  # "… انتقد تصرفات فلان واعتبر وجوده خطأ": a verb of judgement reports its object
    if key in ADDRESSING_VERBS or key in CALLS or key in DESCRIBING_FORMS:
        return True  # "ورحب بوقف إطلاق النار وحث جميع الأطراف على …"، "… ووصفه بالفتح": its own report
    named = index.entity_at_first.get(word + 1)
    if named is not None and named in index.speakers and index.labels[named] == "PER":
        # "… حياض الوطن وأشار [PER الصيد] في كلمة توجه بها للشعب … أن": a person named right
        # after the verb reports anew, however far the إن/أن
        window = PARTICLE_WINDOW
    else:
        window = NEW_REPORT_WINDOW
    seen = 0
    for k in range(word + 1, stop):
        if k in index.cues:
            return False
        if index.keys[k] in PARTICLES or index.words[k].text == ":" or k in index.quote_at:
            return True
        seen += index.is_word[k]
        if seen > window:
            return False
    return False


# "…، كما أكد": as (also) he said; "…، ثم أعلن": then he announced; "…، بعدما أفادت
# معلومات": after reports said
_AS_OR_THEN = {AS_WELL} | match_keys("ثم بعدما عندما")
_WHERE = match_keys("حيث")  # "…، حيث أكد أن": whereupon he stressed (not "where X announced …")
_AS_ON = match_keys("على")  # "…، على ما أعلنت الوكالة": as the agency announced


# "And that (was) …" after a comma: the narrator says when or why (benchmarks/realnews
# README, decision 1: "، وذلك بمناسبة …")، but how it is done is still what was said
# ("والتأكد من عدم خروجهم عن المناهج، وذلك باختيار عينات عشوائية"، "، وذلك للراغبين في …").
_NARRATOR_THAT = match_keys("وذلك")
_NARRATOR_BI = match_keys("بمناسبة بعد بحضور بسبب")


def _narrator_that(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether ``، وذلك`` at ``word`` returns to the narrator (not inside a quotation)."""
    if index.keys[word] not in _NARRATOR_THAT or not index.after_comma(word) or index.in_quote[word] >= 0:
        return False
    after = index.keys[word + 1] if word + 1 < stop else ""
    return not after.startswith(("ب", "ل")) or after in _NARRATOR_BI


def _claimed_attack_described(index: ArticleIndex, cue_word: int, word: int) -> bool:
    """Whether ``، الذي`` at ``word`` describes the attack a claim verb's object names, in
    the paper's words ("وأعلنت طالبان مسؤوليتها عن الهجوم على القاعدة العسكرية، الذي جاء في
    أعقاب تفجير …"). Only for claims: after other verbs annotators keep such a clause in
    what was said as often as not (on the dev set, cutting it everywhere lost as many
    statements as it found)."""
    if not (index.keys[word] in RELATIVES and index.after_comma(word) and index.in_quote[word] < 0):
        return False
    if any(index.keys[k] in PARTICLES or k in index.quote_at for k in range(cue_word + 1, word)):
        return False
    key = index.keys[cue_word]
    said = index.span_text((cue_word + 1, word))
    return key in CLAIMS or (key in ANNOUNCING and claims_an_attack(said))


# Occasions a trailing note names; not a report or letter, which are also common nouns in what
# was said ("حق الشعوب في تقرير مصيرها": self-determination).
_TRAILING_OCCASIONS = SPEECH_OCCASIONS - match_keys("تقرير التقرير رسالة الرسالة")


def _trailing_occasion(index: ArticleIndex, cue_word: int, word: int, stop: int) -> bool:
    """Whether "في/خلال + a speech occasion" at ``word`` closes what was said with the
    paper's note of where it was said (``… أن السياسات تختلف "180 درجة" خلال خطاب ألقاه
    في مسجد``): after the reported particle, outside quotations, with no particle or cue
    after it (``قال إن الوزير أعلن في خطاب أن …`` reports on)."""
    if (
        index.keys[word] not in IN_OCCASION
        or word + 1 >= stop
        or index.keys[word + 1] not in _TRAILING_OCCASIONS
        or index.keys[word - 1] == "من"  # "من خلال لقائه": by means of
        or index.in_quote[word] >= 0
    ):
        return False
    if not any(index.keys[k] in PARTICLES for k in range(cue_word + 1, word)):
        return False  # "وأكد في كلمته أن …": where, before what was said
    return not any(index.keys[k] in PARTICLES or k in index.cues for k in range(word + 1, stop))


def clause_stop(index: ArticleIndex, cue_word: int, sentence_stop: int) -> int:
    """Where a clause reported by a cue ends: the sentence end, or a participle,
    an according-to credit or a new reporting clause ("، مؤكدا أن"، "بحسب ما جاء"،
    "وأضاف أن"، "وحذر الرئيس بأن")."""
    for word in range(cue_word + 1, sentence_stop):
        if _narrator_that(index, word, sentence_stop):
            return word  # "أعلن أن بلاده ستسمح …، وذلك في الوقت الذي …": the paper's words again
        if _trailing_occasion(index, cue_word, word, sentence_stop):
            return word  # "… أن السياسات تختلف مع سياسات إيران خلال خطاب ألقاه في مسجد …"
        if _claimed_attack_described(index, cue_word, word):
            return word  # "وتبنت حركة طالبان هذا الهجوم، الذي يأتي بعد سلسلة هجمات …"
        cue = index.cues.get(word)
        if cue and cue.kind in ("past", "present") and index.in_a_time(cue_word):
            # "في الوقت الذي أعلنت فيه الوزارة القبض على … .. أعلنت الوزارة تخريج …": the time's
            # clause ends where the sentence's own verb says something
            return word
        if cue and cue.kind == "according":
            # before the verb's إن/أن, near it: "وقال فلان نقلا عن مصادر محلية إن …" (counted
            # for credits only: every word of a long sentence would count the words before it)
            opening = _words_outside_brackets(index, cue_word + 1, word) < OPENING_CREDIT_REACH and not any(
                index.keys[k] in PARTICLES for k in range(cue_word + 1, word)
            )
            if _credit_aside(index, word, sentence_stop, opening) is not None:
                continue  # "، حسب وكالة الصحافة الفرنسية، إنه …" credits the clause it opens
        if cue and cue.kind == "according" and index.words[word - 1].text == ":":
            continue  # "وقال قائد الشرطة: بحسب المعلومات التي تلقيناها فإن …": his own words
        if cue and index.keys[word - 1] in JOINERS:
            # "في حين حث الأطراف …": the whole joiner goes with the new report
            return (
                word - 2
                if word > 1 and index.keys[word - 1] == "حين" and index.keys[word - 2] == "في"
                else word - 1
            )
        fronted = index.entity_of.get(word - 1) if cue else None
        if fronted is not None and index.keys[index.entity_span[fronted].first - 1] in JOINERS:
            # "…، ولكن [ORG العفو الدولية] تقول إن …": another speaker's report, its joiner with it
            return index.entity_span[fronted].first - 1
        if cue and index.keys[word - 1] == AS_WELL and index.keys[word] in DESCRIBING_FORMS:
            return word - 1  # "بتنفيذ القصاص بعملاء إيران كما وصفهم": "as he called them", his again
        if (
            cue
            and index.keys[word - 1] in _WHERE
            and index.after_comma(word - 1)
            and word + 1 < sentence_stop
            and (index.keys[word + 1] in PARTICLES or index.marks_object(word + 1))
        ):
            return word - 1  # "…، حيث أكد أن البحرين …": the same speaker's next report
        if cue and index.keys[word - 1] in _AS_OR_THEN and index.after_comma(word - 1):
            # "…، كما دعت إلى فرض العزلة"، "…)، ثم أعلن تحرير"، "…، بعدما أفادت": a new report
            return word - 1
        if cue and (some := there_are_some(index.keys, word)) is not None and some > cue_word:
            return some  # "… باللجوء إلى القانون، إلا أن هناك من يرى أن …": others' view
        if cue and index.keys[word - 1] in RELATIVES and index.after_comma(word - 1):
            return word - 1  # "… الرئيس فلان، الذي أكد أن …": that person's own report
        if cue and (was := _was_then_named(index, cue_word, word)) is not None:
            return was  # "…، وكان [PER فلان] المتحدث باسم الوزارة قال إن …": another's report
        if (
            cue
            and index.after_comma(word - 1)
            and index.keys[word - 1][:1] in "وف"
            and plural_group(index.keys[word - 1][1:])
        ):
            return word - 1  # "…، فالبعض يرى أن …"، "…، والمواطنون يقولون إن …": a group's own report
        if cue and cue.kind == "according" and not _credits_speaker(index, word, sentence_stop):
            continue  # "تنطلق وفقا للتوجيهات": in accordance with, not a credit
        if (
            cue
            and (
                cue.kind in ("participle", "according")  # "…، مؤكدا أن"، "… بحسب ما جاء في"
                or (index.after_comma(word) and not _predicate_after_topic(index, cue_word, word))
                or (cue.continues and index.keys[word][:1] in "وف")
                or _opens_report(index, word, sentence_stop)
            )
        ):
            return word
    return sentence_stop


_AND_WAS = match_keys("وكان وكانت")
WAS_SUBJECT_WORDS = 10  # "وكان [PER …] المتحدث باسم [ORG وزارة الصحة] قال": the subject and its title


def _was_then_named(index: ArticleIndex, cue_word: int, word: int) -> int | None:
    """The وكان after a comma that opens a new report at the verb ``word``, when an entity
    follows it at once and the verb ends its subject phrase within a few words (``قال إن …،
    وكان [PER وحد الله مايار] المتحدث باسم وزارة الصحة قال، في وقت سابق، إن …``); else None."""
    for k in range(word - 1, max(cue_word, word - WAS_SUBJECT_WORDS) - 1, -1):
        if index.keys[k] in PARTICLES or k in index.cues:
            return None
        if index.keys[k] in _AND_WAS and index.after_comma(k) and k + 1 in index.entity_at_first:
            return k
    return None


def _words_outside_brackets(index: ArticleIndex, first: int, stop: int) -> int:
    """How many words of ``first:stop`` stand outside round brackets, punctuation and times
    not counted: "هيئة الإذاعة الأسترالية، (إيه بي سي)" is three words, "صحيفة وول ستريت
    جورنال اليوم الخميس" four."""
    count, depth = 0, 0
    for k in range(first, stop):
        text = index.words[k].text
        depth += (text == "(") - (text == ")")
        count += depth <= 0 and index.is_word[k] and not index.time_at(k)
    return count


TOPIC_WORDS = 4  # words of a reported clause's subject set off by a comma before its verb


def _predicate_after_topic(index: ArticleIndex, cue_word: int, word: int) -> bool:
    """Whether a past verb after a comma is the reported clause's own verb, its subject a
    short name or definite phrase right after إن/أن and set off by the comma (``قال إن
    [ORG وزارة العمل] الفلبينية، رفضت اعتماد …``، ``وقال إن الاثنين المقبوض عليهما، اعترف
    الأول منهما …``): not a new report."""
    if index.cues[word].kind != "past" or index.keys[word][:1] in "وف":
        return False
    particle = next((k for k in range(cue_word + 1, word) if index.keys[k] in PARTICLES), None)
    if particle is None or particle - cue_word > PARTICLE_WINDOW:
        return False
    topic = range(particle + 1, word - 1)
    return 1 <= len(topic) <= TOPIC_WORDS and all(
        k in index.entity_of or index.keys[k].startswith("ال") or is_function_word(index.words[k].text)
        for k in topic
    )


# "Depending on" its kind, size or season: بحسب/حسب before these credits nobody.
_DEPENDING = match_keys("بحسب حسب وبحسب وحسب")
_KINDS = match_keys(
    "نوع النوع طبيعة حجم الحجم درجة نسبة مستوى الحاجة الموسم الظروف الأولوية الفئة المنطقة المدة الطلب "
    # the words after a بحسب with no comma before it in more.txt that credit nobody
    "نوعية التصنيف تصنيف المواصفات مواصفات الاختصاص التبعية الحالة حالة الاحتياج احتياج رغبة رغبات "
    "طلب ترتيب فئة القطاعات الأولويات ظروف إمكانات إمكانيات وقت نطاق المرحلة التسلسل الميزانيات "
    "مكان أماكن المكان عادات زيادة قدرة السن العمر الجنس المسافة الكمية الجودة"
)
_ITS = ("هما", "هم", "ها", "ه")  # a possessive pronoun: "بحسب أماكنها"، "حسب رغباتهم"


def _depending_on(key: str) -> bool:
    """Whether a word after بحسب/حسب names what something depends on (``تختلف الأسعار
    بحسب نوع السيارة``، ``بحسب أماكنها``، ``حسب رغباتهم``): no credit, so the clause it
    is in goes on. Its possessive pronoun is no part of the kind."""
    if key in _KINDS:
        return True
    bare = next((key[: -len(its)] for its in _ITS if key.endswith(its) and len(key) - len(its) >= 3), "")
    return bare in _KINDS


# Laws and customs credit nobody after any credit word: "حسب الشريعة الإسلامية"، "وفقا للقانون".
_LAWS = match_keys("الشريعة القانون الدستور الأعراف العادات التقاليد اللوائح الأنظمة الميثاق ميثاق")
# What one acts in accordance with: "وفق توجيهات الأمير"، "وفقا للتعليمات" credit nobody.
_DIRECTIVES = match_keys(
    "توجيهات التوجيهات تعليمات التعليمات توصيات التوصيات خطة الخطة برنامج البرنامج نظام النظام "
    "أحكام الأحكام معايير المعايير ضوابط الضوابط قرار القرار قرارات القرارات إجراءات الإجراءات "
    "شروط الشروط اشتراطات الاشتراطات متطلبات المتطلبات أوامر الأوامر رؤية الرؤية"
)
# "In accordance with" as often as "according to": a credit only when a speaker follows.
_ACCORDANCE = match_keys("وفقا ووفقا طبقا وفق ووفق")


# "The same source(s)": a credit to whoever was credited last ("بحسب المصدر نفسه"،
# "ووفقا لنفس المصادر"، "حسب المصادر ذاتها").
_SAME_HEADS = match_keys("المصدر المصادر مصدر مصادر")
_SAME_BEFORE = match_keys("نفس ذات لنفس لذات تلك هذه")
# Words that end a credit: "وفق المصدر الجمعة" is still the source quoted before.
_SAME_ENDS = match_keys("أمس اليوم السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة")


def _same_source(index: ArticleIndex, first: int, stop: int) -> int | None:
    """One past "the same source" at ``first`` (ل or عن before it skipped), or None:
    "المصدر نفسه"، "نفس المصادر"، "تلك المصادر", or "المصدر" alone where the credit
    ends ("…، وفق المصدر.")."""
    if first < stop and index.keys[first] in ("ل", "عن"):
        first += 1
    if first >= stop:
        return None
    key = index.keys[first]
    if first + 1 >= stop or not index.is_word[first + 1] or index.keys[first + 1] in _SAME_ENDS:
        # "…، وفق المصدر."؛ "… بحسب المصادر، وأضاف": the source the article quoted
        return first + 1 if key.startswith(("ال", "لل")) and after_li(key) in _SAME_HEADS else None
    after = index.keys[first + 1]
    if key in _SAME_BEFORE and after_li(after) in _SAME_HEADS:
        return first + 2
    if after_li(key) in _SAME_HEADS and after in SAME:
        return first + 2
    return None


_REMARKS = match_keys("تصريحات تصريح لتصريحات لتصريح")


def _credited(index: ArticleIndex, word: int, stop: int) -> SubjectPhrase | None:
    """Who an according-to word credits (past ل/عن: وفقا لـ، نقلا عن; past ما and a
    reporting verb, or حسبما and the verb: "حسب ما أعلن البيت الأبيض"، "بحسب ما نقلت
    الصحيفة عن متحدث"، "حسبما أفادت مصادر أمنية"): a
    person, body or unnamed source; "the same source" (a pronoun phrase: the last
    speaker or source goes on); a document (its author, when the article named one:
    "وبحسب البيان" after "أوضح بيان للتحالف"); or None (a regulation, "ما جاء في")."""
    first = word + 1
    same = _same_source(index, first, stop)
    if same is not None:
        return SubjectPhrase("pronoun", first, same)
    key = index.keys[first] if first < stop else ""
    if index.keys[word] in _ACCORDANCE and (after_li(key) in _DIRECTIVES or key[1:] in _DIRECTIVES):
        return None  # "وفق توجيهات الأمير فلان": in accordance with what he ordered
    if after_li(key) in _LAWS or (key[:1] == "ل" and key[1:] in _LAWS):
        return None  # "حسب الشريعة الإسلامية"، "وفقًا لميثاق الأمم المتحدة": by the law, nobody's words
    if key.startswith("لل") and (
        named_before(index, after_li(key), first) is not None or _surname_before(index, after_li(key), first)
    ):
        return SubjectPhrase("definite", first, first + 1)  # "وفقا للخزرجي": the person named before
    if key[:1] == "ل" and key[1:] in DOCUMENT_NOUNS and not key[1:].startswith("ال"):
        owner = document_owner(index, first, stop)
        if owner is not None:
            return owner  # "ووفقاً لتقرير مركز «أحرار» …، فإن": the centre's report, the centre's words
    if key in _REMARKS and first + 1 < stop:
        # "بحسب تصريحات مسؤولين أتراك": whose remarks
        remarked = read_subject(index, first + 1, stop, bare_names=False)
        if remarked is not None and remarked.kind in ("person", "org", "source"):
            return replace(remarked, first=first)
    if own_body(key):
        # "وبحسب مكتبه الاعلامي في جنيف، فقد زار …": his office, the last speaker goes on; its
        # adjective and place are the credit's, up to a comma close by
        window = range(first + 1, min(stop, first + OWN_BODY_WORDS + 1))
        comma = next((k for k in window if index.words[k].text in COMMAS), None)
        if comma is None or any(
            index.keys[j] in PARTICLES or j in index.cues for j in range(first + 1, comma)
        ):
            comma = first + 1
        return SubjectPhrase("pronoun", first, comma)
    data = key[1:] if key[:1] == "ل" else key
    if data in DATA_NOUNS and not data.startswith("ال") and first + 1 < stop:
        if index.entity_at_first.get(first + 1) in index.speakers:
            # "وفقا لبيانات [ORG وزارة المياه]"، "وبحسب معطيات [ORG منظمة السياحة العالمية] فإن":
            # the body's figures, the body's statement
            return named_after_preposition(index, first + 1, stop)
        if (
            index.keys[first + 1].startswith("ال")
            and index.untagged_word(first + 1)
            and index.keys[first + 1] not in PHRASE_STOPS
        ):
            # "وبحسب بيانات السلطات، أدلى المتهمان …"، "بيانات الدعوى": figures nobody is named for
            return SubjectPhrase("source", first, first + 2, title=(first, first + 2))
    if index.keys[word] in AS_REPORTED:  # "حسبما أفادت مصادر": the verb follows at once
        phrase = _reported_by(index, first, stop) if first < stop else None
    elif first + 1 < stop and index.keys[first] in ("ل", "عن"):
        # "نقلا عن [ORG وزارة الداخلية]": the preposition governs the speaker
        phrase = named_after_preposition(index, first + 1, stop)
    elif first + 2 < stop and index.keys[first] in CREDIT_WHAT:  # "وفق ما أوضحت"، "وفقا لما ذكرت"
        page = _page_owner(index, first + 1, stop)
        if page is not None:
            return page  # "وفق ما جاء على الصفحة الرسمية للمتحدث العسكري": whose page
        phrase = _reported_by(index, first + 1, stop)
    else:
        phrase = read_subject(index, first, stop, bare_names=False)
    return (
        phrase
        if phrase is not None and phrase.kind in ("person", "org", "source", "pronoun", "document")
        else None
    )


OWN_BODY_WORDS = 4  # tokens from "his office" to the comma closing it: "مكتبه الاعلامي في جنيف،"


def _surname_before(index: ArticleIndex, key: str, before: int) -> bool:
    """Whether a speaking person the tagger found before ``before`` ends on this family name
    (``[PER ياسمين الفاطمي]`` … ``وطبقا للفاطمي``)."""
    for number, speaker in index.speakers.items():
        stop = index.entity_span[number].stop
        if speaker.label == "PER" and stop <= before and index.keys[stop - 1] == key:
            return True
    return False


_PUBLISHED = match_keys("جاء نشر ورد")
_PAGES = match_keys("الصفحة الموقع الحساب صفحة موقع حساب")
PAGE_OWNER_REACH = 3  # words from the page to its owner's ل: "الصفحة الرسمية على فيسبوك للمتحدث"


def _page_owner(index: ArticleIndex, verb: int, stop: int) -> SubjectPhrase | None:
    """Whose page or site a credit names (``وفق ما جاء على الصفحة الرسمية للمتحدث
    العسكري``، ``بحسب ما نشر على الموقع الرسمي [ORG لوزارة الداخلية]``): a speaking entity
    after ل, or a title behind لل naming one the article named before; else None (``حسب ما
    جاء في النظام`` credits a regulation)."""
    if not (
        verb + 2 < stop
        and index.keys[verb] in _PUBLISHED
        and index.keys[verb + 1] in ("في", "على")
        and index.keys[verb + 2] in _PAGES
    ):
        return None
    for k in range(verb + 3, min(stop, verb + 3 + PAGE_OWNER_REACH)):
        key = index.keys[k]
        number = index.entity_at_first.get(k)
        if number is not None and number in index.speakers and key[:1] == "ل":
            return named_after_preposition(index, k, stop)
        if key.startswith("لل") and named_before(index, after_li(key), k) is not None:
            return SubjectPhrase("definite", k, k + 1)
        if key.startswith("لل") and after_li(key) in PERSON_TITLES:
            # "للمتحدث العسكري المصري": a title and its adjectives, its holder known or not
            end = k + 1
            while end < min(stop, k + 1 + PAGE_OWNER_REACH) and _nisba(index.keys[end]):
                end += 1
            return SubjectPhrase("person", k, end, title=(k, end))
    return None


def _reported_by(index: ArticleIndex, verb: int, stop: int) -> SubjectPhrase | None:
    """The subject of the reporting verb of "حسب ما ذكر(ته) X": X, or whom a relaying
    verb quotes after عن ("ما نقلته الوكالة عن مصدر"); None when the word is no
    reporting verb ("حسب ما جاء في")."""
    key = index.keys[verb]
    cue = CUES.get(key) or (CUES.get(key[:-1]) if key.endswith("ه") else None)  # ذكرته: what it said
    if cue is None or cue.kind not in ("past", "present", "relay") or cue.plural:
        return None
    if cue.kind == "relay":
        an = _relay_an(index, verb, stop)
        if an is None and verb + 1 < stop:
            # "بحسب ما نقلته وكالة رويترز"، "وفق ما نقلت وسائل إعلام تركية": what the medium
            # carried, quoting no one, its subject after it
            return read_subject(index, verb + 1, stop)
        return None if an is None else named_after_preposition(index, an + 1, stop)
    closing = index.quoted_name_after(verb)
    if closing is not None and closing < stop:
        # "بحسب ما ذكرت "ذي دايلي مايل"": the paper named in quotes is who said it
        return SubjectPhrase("org", verb + 1, closing + 1, title=(verb + 1, closing + 1))
    same = _same_source(index, verb + 1, stop)
    if same is not None:  # "بحسب ما أكدت تلك المصادر": the sources quoted before
        return SubjectPhrase("pronoun", verb + 1, same)
    first = verb + 1
    while first < stop:  # "بحسب ما أعلن أول من أمس مساعد المتحدث …": when, then who
        if index.keys[first : first + 3] == _DAY_BEFORE:
            first += 3
        elif _time(index, first, stop):
            first += 1
        else:
            break
    return read_subject(index, first, stop)


_DAY_BEFORE = [match_key(w) for w in ["أول", "من", "أمس"]]  # the day before yesterday


# "As planned, as he sees fit, as the rules require" after حسب ما / حسبما: no credit.
# In more.txt these follow "حسب ما" 69 times (تراه 21, هو مقرر 16, خطط 8, تقتضيه 6, تم 5 …),
# against some 700 reporting verbs.
_AS_PLANNED = match_keys("تراه يراه يرى ترى هو هي خطط تقتضيه يقتضيه تقتضي يقتضي تم ينص تنص نصت يتطلب تتطلب")


def _credits_speaker(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether an according-to word credits someone: for بحسب/حسب/نقلا ("بحسب ما
    جاء في") unless "as planned" follows ("يسير حسب ما خطط له"، "حسبما هو مقرر"), for
    وفقا/طبقا only before a person, body or source ("وفقا للوزارة", not "وفقا
    للتوجيهات")."""
    key = index.keys[word]
    verb = word + 1 if key in AS_REPORTED else word + 2
    if verb < stop and (verb == word + 1 or index.keys[word + 1] == "ما") and index.keys[verb] in _AS_PLANNED:
        return False
    if key in _DEPENDING and word + 1 < stop and _depending_on(index.keys[word + 1]):
        return False  # "تختلف الأسعار بحسب نوع السيارة": depending on, not according to
    return key not in _ACCORDANCE or _credited(index, word, stop) is not None


CREDIT_WORDS = 6  # words of a credit set off by commas: "، حسب وكالة الصحافة الفرنسية،"
OPENING_CREDIT_REACH = 6  # words from a verb to a credit that comes before its إن/أن


def _credit_aside(index: ArticleIndex, word: int, stop: int, opening: bool = False) -> int | None:
    """Past a credit between commas right before إن/أن ("، حسب وكالة الصحافة الفرنسية،
    إنه"): the word after its closing comma, or None when ``word`` opens none. With
    ``opening`` (the credit comes right after the verb or its subject), a credit with no
    commas runs to its إن/أن (or a comma right before it, or its colon), which is returned
    ("وقال وفقاً لما نقلته وكالة الأنباء إن"، "وقال المبعوث نقلا عن مصادر محلية في بيان صدر أمس
    إن"، "وقال وفقاً لما نقلته وكالة الأنباء البحرينية: «…»")."""
    if index.cues[word].kind != "according":
        return None
    if index.after_comma(word):
        for k in range(word + 1, min(word + CREDIT_WORDS + 2, stop)):
            if index.words[k].text in COMMAS:
                after = k + 1
                return after if after < stop and index.keys[after] in PARTICLES else None
        return None
    if not opening:
        return None
    for k in range(word + 1, min(word + 2 * CREDIT_WORDS + 1, stop)):
        if index.keys[k] in PARTICLES:
            return k
        if index.words[k].text in COMMAS and k + 1 < stop and index.keys[k + 1] in PARTICLES:
            return k + 1  # "وقال سكان محليون وفقاً لموقع المشهد اليمني، إن …": its comma closes it
        if k > word + 2 and index.speech_quote(k):
            return k  # "وقال النائب العام فلان وفق ما بثته وكالة الأنباء " تمت إحالة …"": the quotation
        if index.words[k].text in QUOTE_MARKS:
            continue  # a quoted name: "وأوضحت الأناضول وفقا لـ"الفرنسية"، أن"
        if index.words[k].text == ":" and k > word + 2:
            return k  # "وقال وفقاً لما نقلته وكالة الأنباء البحرينية: «…»": its colon
        if k in index.cues or not index.is_word[k]:
            return None
    return None


UNCLOSED_QUOTE_REACH = 3  # words between a cue and a quote mark that is never closed


MARKER_PARTICLE_WORDS = 3  # "وأعرب عن أمله في أن …": a particle this near still opens the report


def _glued_number(index: ArticleIndex, colon: int) -> bool:
    """Whether a colon is written onto the number after it, a label's and not speech's:
    "وطالب … الاتصال به على جوال رقم:0530306333"، "الساعة 10:30"; or it is a web
    address's ("عبر موقع العمادة https://dfpa.ksu.edu.sa/")."""
    after = colon + 1
    return (
        after < len(index.words)
        and index.words[after].start == index.words[colon].end
        and (index.words[after].text[:1].isdigit() or index.words[after].text.startswith("/"))
    )


# Verbs of plain saying, which papers follow with direct speech and no إن or colon.
_SAYING_VERBS = match_keys("قال وقال فقال قالت وقالت فقالت أضاف وأضاف أضافت وأضافت تابع وتابع تابعت وتابعت")
# A negation opening a clause: "لا يوجد"، "لا بد"، "لم تسجل"، "ليس هناك" (not "لا سيما").
_NEGATION_OPENERS = match_keys("لا لم لن ليس ليست")
# "We" opening a clause right after a verb of saying is his own words, with no إن: "وعن
# الأسرى قال نحن نقود عمليات عسكرية …".
_WE_OPENERS = match_keys("نحن ونحن")


def _not_reporting_before(key: str) -> bool:
    """Whether إن/أن after this word is no report's particle, with و or ف or without
    (``بعد أن``، ``ورغم أن``)."""
    return key in NOT_REPORTING_BEFORE or (key[:1] in "وف" and key[1:] in NOT_REPORTING_BEFORE)


_THEY_ARE = match_keys("وهم هم وهما منهم ومنهم")


def _list_colon(index: ArticleIndex, colon: int) -> bool:
    """Whether a colon opens a list of who the subject is (``كشف مختصون … وهم كل من:
    الدكتور فلان، …، أن``), not what was said."""
    before = index.keys[colon - 1] if colon else ""
    return before in _THEY_ARE or (before == "من" and colon > 1 and index.keys[colon - 2] == "كل")


def _says_negation(site: CueSite, word: int) -> bool:
    """Whether a verb of saying is followed right after its subject (or itself) by a
    negation or "we" that opens what was said (``وقال لا يوجد …``، ``وأضاف فلان لا بد من …``،
    ``قال نحن نقود …``)."""
    index = site.index
    return (
        index.keys[site.word] in _SAYING_VERBS
        and word < site.stop - 2
        and (index.keys[word] in _NEGATION_OPENERS or index.keys[word] in _WE_OPENERS)
        and index.keys[word + 1] not in ("سيما", "شك")
        and index.in_quote[word] < 0
        and (site.subject.named or word == site.word + 1)
    )


_ASIDE_MARKS = DASHES | COMMAS  # what opens and closes a relative aside


def _past_relative_aside(index: ArticleIndex, word: int, stop: int) -> int | None:
    """The إن/أن right after a relative aside that opens at ``word`` (a dash or comma, then
    الذي/التي/الذين) and closes with the next dash or comma, else None.

    A particle inside the aside is the aside's own (``وقال عبد الغني- الذي وضع … على أساس
    أن إسلام أباد قد تضغط …- إن على باكستان …``): what he said opens after it closes.
    """
    if (
        index.words[word].text not in _ASIDE_MARKS
        or word + 1 >= stop
        or index.keys[word + 1] not in RELATIVES
    ):
        return None
    closing = next((k for k in range(word + 2, stop) if index.words[k].text in _ASIDE_MARKS), None)
    if closing is None or closing + 1 >= stop or index.keys[closing + 1] not in PARTICLES:
        return None
    return closing + 1


RELATIVE_THEN_PARTICLE = 6  # words from the comma closing a relative to its إن/أن ("، في مؤتمر صحافي أن")


def _past_unmarked_relative(index: ArticleIndex, word: int, stop: int) -> int | None:
    """The إن/أن after a relative clause on the subject that opens with no mark and closes
    with a comma (``وأكد غني الذي كان باشر تقاربا مع إسلام آباد …، في مؤتمر صحافي أن …``):
    the relative's words are the subject's description, and what he said follows the
    particle a few words past the comma; None when no such particle comes."""
    if word >= stop or index.keys[word] not in RELATIVES:
        return None
    closing = None
    for k in range(word + 1, stop):
        if k in index.cues or index.keys[k] in PARTICLES:
            return None  # the relative's own report or particle: "الذي قال إن …"
        if index.words[k].text in COMMAS:
            closing = k
            break
    if closing is None:
        return None
    return next(
        (
            k
            for k in range(closing + 1, min(closing + 1 + RELATIVE_THEN_PARTICLE, stop))
            if index.keys[k] in PARTICLES
        ),
        None,
    )


def reported_after_subject(site: CueSite) -> tuple[int, int] | None:
    """A colon, a speech quotation or إن/أن after the subject, whichever comes
    first before the clause ends or another cue: "قال روته إن …"، "وأضاف: «…»"."""
    index, word, stop, seen = site.index, site.after_subject, site.stop, 0
    meeting = False  # inside a meeting the words were said after, which lists its parties
    marked = _marked_complement(site)
    # "وأعرب عن أمله في المرونة التي … بأن …": a marker right after the verb opens what it
    # reports, and a particle far into it is part of it ("وأشار إلى أن" still reports after أن)
    marker_first = word == site.word + 1 and index.marker_follows(site.word, stop)
    if _says_negation(site, word):
        return index.clause(word, stop)  # "وقال لا يوجد أي صحفي محبوس": direct speech, no إن
    if (particle := _past_unmarked_relative(index, word, stop)) is not None:
        word = particle  # "وأكد غني الذي كان باشر …، في مؤتمر صحافي أن …": the relative describes him
    while word < stop:
        past_aside = _past_relative_aside(index, word, stop)
        if past_aside is not None:
            word = past_aside  # "وقال فلان - الذي … على أساس أن … - إن …": the aside's أن is not his
            continue
        # (a relaying verb quotes nobody without its عن: "أحد ملاك صهريج نقل المياه «…»" carries)
        carries = index.cues.get(word) is not None and index.cues[word].kind == "relay"
        if word in index.cues and not (carries and _relay_an(index, word, stop) is None):
            # right after the subject, or after a time: "قالت صحيفة … اليوم الخميس نقلا عن …"
            opening = all(_time(index, k, stop) for k in range(site.after_subject, word))
            credit = _credit_aside(index, word, stop, opening=opening)
            if credit is None:
                return None
            word = credit  # "قال تورو، حسب وكالة الصحافة الفرنسية، إنه …": the paper's credit
            continue
        if index.words[word].text == ":" and not _glued_number(index, word) and not _list_colon(index, word):
            if index.speech_quote(word + 1):  # وأضاف: «…»، علمًا بأن … — the quotation
                quote = index.quote_at[word + 1]
                return quote.start, quote.end
            first = word + 1
            while first < stop and index.words[first].text in QUOTE_MARKS:
                first += 1  # a mark that paired with nothing: "وقال في بداية الاستقبال :” أوكلني …"
            skip = first < stop and index.keys[first] in PARTICLES  # قال: إن …
            return index.clause(first + skip, stop)
        if word in index.quote_at:
            # not the speaker's quoted title or name: "وقالت "لوس أنجلوس تايمز" إن"; nor a
            # quoted description of someone named before it ("اختيار الشيخ فلان "الذي قاتل …"")
            said = not (
                _quoted_title(index, word, stop)
                or index.quoted_subject(word)
                or (word + 1 < stop and index.keys[word + 1] in RELATIVES and _after_a_person(index, word))
            )
            after = index.quote_at[word].closing_word + 1
            if said and after < stop and index.keys[after] in PARTICLES and word > site.word + 1:
                # "في بيان صحفي «حصلت الجزيرة على نسخة منه» أن …": an aside on the statement,
                # whose words follow its أن
                word = after
                continue
            if index.speech_quote(word) and said:
                if marked:
                    return None  # "ودعا … إلى فتح صفحة … «مع العدو»": a quote inside the complement
                quote = index.quote_at[word]
                return quote.start, quote.end
            word = index.quote_at[word].closing_word + 1
            continue
        if marker_first and index.keys[word] in PARTICLES and seen > MARKER_PARTICLE_WORDS:
            return None
        if index.keys[word] in BUT and seen:
            return None  # "اعترف بقتل 27 امرأة، ولكن يعتقد أنه …": a particle after "but" is another clause's
        if index.keys[word] in PARTICLES and _claim_object(site, word):
            return None  # "واستنكر عسيري اتهامات المنظمة للتحالف بأن …": the object, بأن and all
        if (
            index.keys[word] in PARTICLES
            and word not in index.entity_of  # بان of "بان كي مون" is no بأن
            # after a comma the particle closes an aside, which may be long: "وقال السفير
            # فلان …، عقب لقائه وفدا من هيئة … برئاسة فلان، إن …"
            and seen <= PARTICLE_WINDOW * (2 if index.after_comma(word) or meeting else 1)
            and (word == 0 or not _not_reporting_before(index.keys[word - 1]))
            and not _relative_report(index, word)
        ):
            if _inner_report(index, word + 1, stop):
                return None  # "وأضافت أن غيدان أكد أن …": his words, relayed; the inner verb reports them
            # "وفيما وصفه [PER فلان] بأنه "معركة …" سمحت تركيا …": "in what he called …", the
            # quotation, then the sentence's own verb
            subordinate = site.word > 0 and index.keys[site.word - 1] in _IN_WHAT
            quoted = _quote_then_narration(index, word + 1, stop, subordinate)
            return quoted or index.clause(word + 1, stop)
        if seen <= UNCLOSED_QUOTE_REACH and index.words[word].text in OPENING_QUOTES:
            # "وقال الحميقاني «تمت السيطرة …" with the quote never closed: to the sentence end
            return index.clause(word + 1, stop)
        # where the words were said counts from its own start, however long the subject
        # before it: "ورأى وزير … ونظيرته … في بيان مشترك نشر في صحيفتي … أن"; not for a
        # verb whose object may follow the occasion ("يؤكد في مؤتمر صحفي … حرص المملكة على
        # … شرط أن …": that أن is inside the object)
        after_meeting = _after_meeting(index, word, stop)
        meeting = meeting or after_meeting
        occasion = index.occasion_at(word, stop) or after_meeting
        seen = 0 if occasion and index.keys[site.word] not in OBJECT_VERBS else seen + index.is_word[word]
        word += 1
    return None


_AFTER_WHEN = match_keys("بعد عقب إثر أثناء لدى")
_DURING = match_keys("خلال")
_MEETINGS = match_keys("اجتماع اجتماعه اجتماعها لقاء لقائه لقائها محادثات مباحثات استقباله استقبالها")


def _after_meeting(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether a meeting the words were said after starts at ``word`` (``وقالت الوزارة في وقت
    متأخر أمس بعد اجتماع بين نائب الوزير … ونظيرته … إن …``): like an occasion, it counts
    from its own start, however many names it lists."""
    return word + 1 < stop and index.keys[word] in _AFTER_WHEN and index.keys[word + 1] in _MEETINGS


# Words from a meeting to the party named in it: "عقب لقائه بوزير الخارجية الإيطالي [PER …]".
MEETING_REACH = 8


def _past_meeting(index: ArticleIndex, word: int, stop: int) -> int:
    """Past a meeting that comes after where the words were said and before an object
    verb's object (``وأدان [PER ليون] في تصريح صحفي عقب لقائه بوزير الخارجية الإيطالي [PER
    …] في [GPE روما] [DATE الليلة الماضية] اختطاف الموظفين``): through the first person or
    body named in it, then where and when; else ``word``."""
    if _after_meeting(index, word, stop):
        meeting = word + 1
    elif 0 < word < stop and index.keys[word] in _MEETINGS and index.keys[word - 1] in _AFTER_WHEN | _DURING:
        meeting = word  # its بعد/خلال already passed as a time word
    else:
        return word
    party = next(
        (
            k
            for k in range(meeting + 1, min(stop, meeting + 1 + MEETING_REACH))
            if k in index.entity_at_first and index.entity_at_first[k] in index.speakers
        ),
        None,
    )
    if party is None:
        return word
    k = index.entity_span[index.entity_at_first[party]].stop
    while k < stop:
        place = index.entity_at_first.get(k + 1) if index.keys[k] == "في" else None
        if place is not None and index.labels[place] in ("GPE", "LOC"):
            k = index.entity_span[place].stop  # "في [GPE روما]"
        elif k in index.entity_at_first and index.time_at(k):
            k = index.entity_span[index.entity_at_first[k]].stop  # "[DATE الليلة الماضية]"
        elif index.time_at(k):
            k += 1
        else:
            break
    if k >= stop or not index.is_word[k] or k in index.cues or index.keys[k][:1] == "و":
        return word  # the meeting runs on ("ونظيره …"), or nothing follows it
    return k


def _after_a_person(index: ArticleIndex, word: int) -> bool:
    """Whether the word before ``word`` ends a person: one the tagger found, or a name after
    an honorific (``اختيار الشيخ عبدالواحد الدعام "الذي …"``); a quoted relative clause there
    describes him (not ``أنظمة التمويل "التي من شأنها …"``, a quoted part of what was said)."""
    before = index.entity_of.get(word - 1)
    if before is not None:
        return speaker_label(index.labels[before]) == "PER"
    return any(index.keys[k] in HONORIFICS for k in range(max(0, word - 4), word))


def _inner_report(index: ArticleIndex, first: int, stop: int) -> bool:
    """Whether what a cue reports opens with a person's report, the person the tagger found
    and right after it a past reporting verb with its own إن/أن (``وأضافت المصادر أن [PER
    غيدان] أكد أن …``): the words are that person's, relayed, and the inner verb reports them
    (the real-text gold gives them to the inner speaker). Not for a body or a place (``مشيرا
    إلى أن [GPE تركيا] قالت إنها …`` stays the alliance's, which goes on after it)."""
    person = index.entity_at_first.get(first)
    if person is None or person not in index.speakers or index.labels[person] != "PER":
        return False
    verb = index.entity_span[person].stop
    cue = index.cues.get(verb)
    return (
        cue is not None
        and cue.kind == "past"
        and index.keys[verb][:1] not in "وف"
        and verb + 1 < stop
        and index.keys[verb + 1] in PARTICLES
    )


def _relative_report(index: ArticleIndex, particle: int) -> bool:
    """Whether the particle at ``particle`` follows a reporting verb inside a relative
    clause that is no cue of its own (``ورفد ما أسماها الخيارات التي قال إنها باتت
    ملحة``): it reports on the noun before, inside what the sentence's verb reports."""
    verb = particle - 1
    return (
        verb >= 1
        and verb not in index.cues
        and index.keys[verb] in CUES
        and index.keys[verb - 1] in RELATIVES
    )


# Nouns of what others said, whose إن/أن/بأن is their own content: "اتهامات المنظمة بأن …".
_CLAIM_NOUNS = match_keys(
    "اتهامات الاتهامات اتهام الاتهام مزاعم المزاعم ادعاءات الادعاءات شائعات الشائعات أنباء الأنباء"
)


def _claim_object(site: CueSite, particle: int) -> bool:
    """Whether a verb that judges its object (``استنكر``، ``نفى``، ``رفض``) has, between its
    subject and the particle at ``particle``, a noun of what others claimed: the particle
    opens that claim's content, and what the verb reports is the whole object (``واستنكر
    عسيري اتهامات هيومن رايتس ووتش للتحالف بأن طائراته قصفت مدنيين``)."""
    index = site.index
    if index.keys[site.word] not in OBJECT_VERBS or index.keys[site.word] in ASSERTING:
        return False
    return any(index.keys[k] in _CLAIM_NOUNS for k in range(site.after_subject, particle))


# The paper's words of when and where after a quotation (``وقال فلان انه "…" بعد جولة على
# مخيم``): the quotation was all that was said.
_NARRATION_AFTER_QUOTE = match_keys("بعد عقب خلال أثناء لدى قبيل")


_IN_WHAT = match_keys("فيما وفيما")


def _quote_then_narration(
    index: ArticleIndex, word: int, stop: int, subordinate: bool = False
) -> tuple[int, int] | None:
    """The quotation right after إن/أن at ``word`` when the paper's narration follows its
    closing mark (a time or occasion word, or any word when the report is a subordinate
    clause: ``فيما وصفه …``), else None."""
    if not index.speech_quote(word):
        return None
    quote = index.quote_at[word]
    after = quote.closing_word + 1
    if after < stop and (
        index.keys[after] in _NARRATION_AFTER_QUOTE or (subordinate and index.untagged_word(after))
    ):
        return quote.start, quote.end
    return None


def _quoted_title(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether the quotation opening at ``word`` is the speaker's title in quote marks,
    followed by إن/أن: "وقال اللواء فلان «رئيس مركز الشرق الأوسط للدراسات» إن …"."""
    quote = index.quote_at[word]
    after = quote.closing_word + 1
    return (
        word + 1 < quote.closing_word
        and index.keys[word + 1] in PERSON_TITLES
        and after < stop
        and index.keys[after] in PARTICLES
    )


def _marked_complement(site: CueSite) -> bool:
    """Whether a verb's marked complement opens right after its subject (a call's إلى, a
    marked verb's preposition or بـ word: "ودعا الائتلاف المناضلين إلى …"، "وناشد البيان
    الدول العربية بفتح قنوات …"), so that a quotation further on is part of it."""
    index, key = site.index, site.index.keys[site.word]
    if key not in CALLS and key not in MARKED_OBJECT_VERBS and key not in OBJECT_VERBS:
        return False
    near = range(site.after_subject, min(site.after_subject + 4, site.stop))
    return any(
        index.keys[k] in ("الى", "على", "عن")
        or (
            key not in CALLS
            and index.keys[k][:1] == "ب"
            and len(index.keys[k]) >= 4
            and k not in index.entity_of  # "فرانس برس"
            and not not_said(index.keys[k])
            and index.keys[k] not in PARTICLES  # "بأن" opens the clause itself
            and k not in index.cues  # "بالقول"
        )
        for k in near
        if index.in_quote[k] < 0 and k not in index.quote_at
    )


TIME_ASIDE_WORDS = 3  # a time between commas: "، صباح الجمعة،"
# tokens of a title between commas: "، مدير هيئة الأمن الفيدرالية الروسية (الاستخبارات)،"
APPOSITION_WORDS = 10


CALL_WORDS = 5  # words after a call's subject that may hold its ل complement


def _after_words(index: ArticleIndex, first: int, count: int) -> int:
    """The token after the first ``count`` words from ``first`` (punctuation not counted)."""
    k = first
    while k < len(index.words) and count:
        count -= index.is_word[k]
        k += 1
    return k


def call_complement(site: CueSite) -> tuple[int, int] | None:
    """A call's إلى complement of 3+ words: "دعا الأطراف إلى وقف القتال فورا"; or, with no
    إلى, its لـ complement after whom it calls: "دعت القوى المجتمع الدولي لتوفير الحماية"
    (a word the tagger did not call a name: not "لبنان")."""
    index, first, stop = site.index, site.after_subject, site.stop
    if index.keys[site.word] not in CALLS:
        return None
    if index.occasion_at(first, stop):
        first = _past_occasion(index, first, stop)  # "ودعا [PER البرزاني] في بيانه [ORG الحزب] لإبعاد …"
    if first < stop and index.words[first].text in COMMAS:
        first += 1  # the comma closing the subject's name: "ودعت وكيلة العمادة، الدكتورة فلانة، الطالبات إلى"
        closing = next(
            (
                k
                for k in range(first, min(first + TIME_ASIDE_WORDS + 1, stop))
                if index.words[k].text in COMMAS
            ),
            None,
        )
        if (
            closing is not None
            and closing > first
            and all(_time(index, k, stop) for k in range(first, closing))
        ):
            first = closing + 1  # a time set off by commas: "دعا، صباح الجمعة، إلى …"
        elif index.keys[first] in PERSON_TITLES:
            # the caller's title set off by commas: "دعا فلان، مدير هيئة الأمن الفيدرالية
            # الروسية (الاستخبارات)، لاستئناف التعاون …"
            window = range(first, min(first + APPOSITION_WORDS, stop))
            closing = next((k for k in window if index.words[k].text in COMMAS), None)
            if closing is not None:
                first = closing + 1
    # five words, a name's quote marks not counted: "ودعا أبو ردينة «إسرائيل» الدولة القائمة
    # بالاحتلال للتوقف فوراً"
    near = range(first, min(_after_words(index, first, CALL_WORDS), stop))
    # whom it calls may be long ("ودعا الشعب اليمني بمختلف مكوناتهم الوطنية إلى"، "دعا السبت
    # الحكومة التركية وحزب العمال الكردستاني إلى"): its إلى within the addressee's window, no
    # comma, particle or other cue before it
    to = None
    for k in range(first, min(first + ADDRESSEE_WINDOW, stop)):
        if index.keys[k] == "الى":
            to = k
            break
        if index.words[k].text in COMMAS or index.keys[k] in PARTICLES or k in index.cues:
            break
    if to is not None:
        first = to + 1
    elif any(index.keys[k] == "الى" for k in range(site.word + 1, first)):
        return None  # "دعا إلى حضور زواجه، عددا من منسوبي [الدفاع المدني] لاستمرار …": not a subject
    else:
        first = next(
            (
                k
                for k in near
                if index.keys[k][:1] == "ل"
                and len(index.keys[k]) >= 4
                and k not in index.entity_of
                and index.keys[k] not in PHRASE_STOPS
            ),
            stop,
        )
    if sum(index.is_word[first:stop]) < MIN_QUOTE_WORDS:
        return None
    return index.clause(first, stop)


def headline_complement(site: CueSite) -> tuple[int, int] | None:
    """A headline's present-tense verb after its speaker reports its complement,
    or its بـ«…» quotation: "“الناتو” يحذر من تأجيج النزاع"."""
    index, stop = site.index, site.stop
    if (
        not site.subject.fronted
        or site.subject.first is None
        or index.cues[site.word].kind != "present"
        or not index.opens_line(site.subject.first, lead=1)
    ):
        return None
    start = site.word + 1
    if start < stop and index.keys[start] in _ADVERBS:
        start += 1  # "الكويت تدين بشدة التفجير": how, then what
    start += start < stop and index.keys[start] in HEADLINE_PREPS
    quote = next(
        (
            k
            for k in range(start, stop)
            if index.speech_quote(k, 1) and (k == start or index.keys[k - 1] == "ب")
        ),
        None,
    )  # بـ«…»
    if quote is not None:
        return index.quote_at[quote].start, index.quote_at[quote].end
    if start < stop and index.keys[start] in TOPIC_NOUNS:
        return None  # "… يكشف تفاصيل إصابته": a topic, not what was said
    # a second present verb with و is a second report: "فلان يستنكر تصريحات … ويعلن تشكيل …"
    stop = next((k for k in range(start + 1, stop) if _and_present_verb(index, k)), stop)
    return index.clause(start, stop) if start < stop else None


def _and_present_verb(index: ArticleIndex, word: int) -> bool:
    """Whether ``word`` is a present-tense cue with و, outside any quotation (``ويعلن``)."""
    cue = index.cues.get(word)
    return (
        cue is not None and cue.kind == "present" and index.keys[word][:1] == "و" and index.in_quote[word] < 0
    )


def quote_before_cue(site: CueSite) -> tuple[int, int] | None:
    """A quotation opening the sentence, then its named speaker: "«…»، قال الوزير"."""
    index, first = site.index, site.sentence.first
    if not site.subject.named or not index.speech_quote(first):
        return None
    quote = index.quote_at[first]
    if any(index.is_word[quote.closing_word + 1 : site.word]):
        return None
    return quote.start, quote.end


MIN_OBJECT_WORDS = 2  # an object statement has at least two words: "نافيا أكاذيب مواقع التواصل"


def _nisba(key: str) -> bool:
    """A definite relative adjective, which describes the subject before it: السعودي، الأمريكية."""
    return key.startswith("ال") and len(key) > 4 and key.endswith(("ي", "يه", "ية"))


def _subject_adjective(index: ArticleIndex, site: CueSite, word: int) -> bool:
    """Whether a word right after the subject, or after its other adjectives, describes it:
    a nisba, or one joined to the nisba before it by و (``أدانت الحكومتان الألمانية
    والإسبانية التفجير`` → ``التفجير``; ``ناشدت الحكومة اليمنية الشرعية الأطباء``)."""
    if word == site.after_subject:
        return _nisba(index.keys[word])
    return (
        site.after_subject < word
        and _nisba(index.keys[site.after_subject])
        and all(
            _nisba(index.keys[k]) or _and_nisba(index.keys[k])
            for k in range(site.after_subject + 1, word + 1)
        )
    )


def _and_nisba(key: str) -> bool:
    """A nisba joined to the one before it: والإسبانية، والأمريكي."""
    return key[:1] == "و" and _nisba(key[1:])


_FROM = match_keys("من")
_ABOUT = match_keys("عن")


_ADVERBS = match_keys("بشدة بقوة بشده بقوه وبشدة وبقوة وبشده وبقوه")  # how it was said (ة or ه; و: "وبشدة")
# Phrases of manner and time between a verb and its object: "وأشار على وجه الخصوص إلى …"،
# "كشفت صحيفة «…» من قبل قصة …"، "وأكد في وقت سابق أهمية …".
_ADVERBIAL_PHRASES = formulas(
    # longest first: "وتوقع البنك في وقت سابق من الشهر الجاري ارتفاع …"
    *(
        f"في وقت سابق من {when}"
        for when in (
            "الشهر الجاري",
            "العام الجاري",
            "الأسبوع الجاري",
            "هذا الشهر",
            "هذا العام",
            "هذا الأسبوع",
            "اليوم",
        )
    ),
    "أول من أمس",  # "ندد فلان أول من أمس على صفحته …": when, not من's object
    "على وجه الخصوص",
    "على وجه التحديد",
    "من قبل",
    "في وقت سابق",
    "بصورة خاصة",
    "بشكل خاص",
    "بشكل غير مباشر",  # "واعترف … بشكل غير مباشر، بالخسارة"
    "بشكل مباشر",
    "بصورة غير مباشرة",
    "بصورة مباشرة",
    # at the same time: "مؤكدين في الوقت نفسه تضامنهم مع …"
    "في الوقت نفسه",
    "في الوقت ذاته",
    "في نفس الوقت",
    "في ذات الوقت",
    # in what terms: "أدانت المنظمة، بأشد العبارات، الجريمة"
    "بأشد العبارات",
    "بأقوى العبارات",
    "بأشد عبارات الإدانة",
)


def _past_adverbials(index: ArticleIndex, first: int, stop: int) -> int:
    """The first word past the phrases of manner or time that open an object."""
    while (length := formula_at(_ADVERBIAL_PHRASES, index.keys, first)) and first + length < stop:
        first += length
    return first


def _time(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether a word is a time between commas ("، اليوم السبت،"): a date or a time word
    (not "، خلال لقائه …", an aside whose words are no object)."""
    return word < stop and index.time_at(word)


def _plain_word(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether a word can open a verb's object: a word, no stop, preposition, relative,
    particle, cue or entity ("عدم"، "أهمية"; not "الذي"، "خلال"، "أن")."""
    return (
        word < stop
        and index.untagged_word(word)
        and index.keys[word] not in PHRASE_STOPS  # (the relatives are stops too)
        and index.keys[word] not in PARTICLES
    )


LONG_TITLE_EXTRA = 4  # words past APPOSED_TITLE_WORDS to the comma closing a long apposed title


def _past_apposed_title(site: CueSite, first: int, stop: int) -> int:
    """After a named subject, past the title in apposition and its comma (``أدان
    الأمير فلان الرئيس العام لرعاية الشباب، العمل الإرهابي …`` → ``العمل``), or past
    another name of it between commas (``وزارة الدفاع الأمريكية، البنتاغون، أمس عن``); else
    ``first``. Not past a particle or a cue (``… رئيس اللجنة أن …`` reports after أن)."""
    index = site.index
    if first != site.after_subject or site.subject.stop is None or first >= stop:
        return first
    if index.keys[first] in COMMAS and first + 1 < stop:
        # a name in apposition between commas: "أعلنت وزارة الدفاع الأمريكية، البنتاغون، أمس عن …"
        number = index.entity_at_first.get(first + 1)
        if number is not None and number in index.speakers:
            end = index.entity_span[number].stop
            return end + 1 if end + 1 < stop and index.keys[end] in COMMAS else first
    set_off = (
        index.keys[first] in COMMAS
        and first + 1 < stop
        and (index.keys[first + 1] in PERSON_TITLES or index.keys[first + 1] in INDEFINITE_SOURCE_TITLES)
    )
    if set_off:
        first += 1  # the title set off by commas: "انتقد رمطان لعمامرة، وزير الخارجية الجزائري، تصريحات"
    elif index.keys[first] not in PERSON_TITLES:
        return first
    if (
        set_off
        and stop - first <= APPOSED_TITLE_WORDS
        and not any(
            index.keys[k] in PARTICLES or k in index.cues or index.keys[k] in COMMAS
            for k in range(first, stop)
        )
    ):
        # the title ends the sentence: nothing after the name is reported ("…، كما أعلنت
        # لوكالة الصحافة الفرنسية فلانة، مسؤولة الإعلام في منطقة الساحل.")
        return stop
    body_end: int | None = None
    # a comma may close a long title ("مستشار المركز العربي في دول مجلس التعاون الخليجي،
    # ضرورة …"); with no comma the title ends within APPOSED_TITLE_WORDS
    for k in range(first + 1, min(first + APPOSED_TITLE_WORDS + LONG_TITLE_EXTRA, stop - 1)):
        if index.keys[k] in PARTICLES or k in index.cues:
            return first
        if index.keys[k] in COMMAS:
            return k + 1 if _plain_word(index, k + 1, stop) else first
        if not set_off and (index.keys[k] in _THIS_ONE or index.keys[k] in OBJECT_NOUNS):
            return k  # what the title's holder confirmed: "وأكد باهير مساعد حاكم الولاية هذه الحصيلة"
        number = index.entity_at_first.get(k)
        if k >= first + APPOSED_TITLE_WORDS:
            continue
        if body_end is None and number is not None and index.labels[number] in ("ORG", "GPE"):
            body_end = index.entity_span[number].stop
    # no comma: the title ends with the body it names ("أدان الأمير فلان الرئيس العام لرعاية
    # [ORG الشباب] العمل الإرهابي"), or the body that one is at ("مندوب [GPE اليمن] لدى [ORG
    # جامعة الدول العربية] الممارسات"), unless another title follows ("… أمير منطقة [مكة
    # المكرمة] رئيس لجنة الحج": the titles go on)
    while (
        body_end is not None
        and body_end + 1 < stop
        and index.keys[body_end] in _AT_BODY
        and (number := index.entity_at_first.get(body_end + 1)) is not None
        and index.labels[number] in ("ORG", "GPE")
    ):
        body_end = index.entity_span[number].stop
    while body_end is not None and body_end < stop:
        # the body's country and a time before the object: "دان [PER مسعود البرزاني] رئيس [GPE
        # اقليم كردستان] [GPE العراق] [DATE السبت] قصف تركيا …"
        number = index.entity_at_first.get(body_end)
        if number is not None and (index.labels[number] == "GPE" or index.time_at(body_end)):
            body_end = index.entity_span[number].stop
        elif index.time_at(body_end):
            body_end += 1
        else:
            break
    if (
        body_end is not None
        and _plain_word(index, body_end, stop)
        and index.keys[body_end] not in PERSON_TITLES
    ):
        return body_end
    return first


_THIS_ONE = match_keys("هذه هذا هذين هاتين")  # a demonstrative opens a verb's object, never a title's words
_AT_BODY = match_keys("لدى في")  # the body a title's holder is posted at: "مندوب اليمن لدى الجامعة"


def _past_place(index: ArticleIndex, word: int, stop: int) -> int | None:
    """The word after في and a place (a GPE or LOC entity) at ``word``, and the comma after
    it with a time set off by commas, when a plain word follows there ("في [GPE كابول] حالة"،
    "في [GPE الرياض]، أهمية"، "أعلن تنظيم الدولة في [GPE العراق]، اليوم الأحد، تفجير");
    else None."""
    number = index.entity_at_first.get(word + 1)
    if index.keys[word] != "في" or number is None or index.labels[number] not in ("GPE", "LOC"):
        return None
    after = index.entity_span[number].stop
    if after < stop and index.words[after].text in COMMAS:
        after += 1
        time = after
        while _time(index, after, stop):
            after += 1
        if after > time and after < stop and index.words[after].text in COMMAS:
            after += 1
    return after if _plain_word(index, after, stop) else None


def _past_medium(index: ArticleIndex, via: int, reach: int, stop: int) -> int | None:
    """The word after the medium a "via" phrase names (a quoted name or an organization the
    tagger found: ``عبر حسابه في «تويتر»``), when a plain word follows it; else None."""
    for k in range(via + 1, reach):
        if k in index.quote_at:
            after = index.quote_at[k].closing_word + 1
        elif (number := index.entity_at_first.get(k)) is not None and index.labels[number] == "ORG":
            after = index.entity_span[number].stop
        else:
            continue
        return after if _plain_word(index, after, stop) else None
    return None


_VIA = match_keys("عبر")
# A speaker's own page or account, where the words were posted: "على صفحته"، "عبر حسابها".
_OWN_PAGES = match_keys("صفحته صفحتها حسابه حسابها موقعه موقعها")
_ON = match_keys("على عبر في")
_SITE_WORDS = match_keys("موقع شبكة برنامج مواقع")
_SOCIAL_SITES = match_keys("تويتر فيسبوك الفيسبوك يوتيوب انستغرام")
_SOCIAL_NETWORKING = [match_key("التواصل"), match_key("الاجتماعي")]


def _past_own_page(index: ArticleIndex, first: int, stop: int) -> int | None:
    """The word after a speaker's own page named before what was said (``ندد فلان أمس على
    صفحته على موقع تويتر بقيام …``، ``دانت القوات على موقعها الإلكتروني القصف …``): the
    page, its adjectives and the site it is on, or the site alone (``على تويتر``); None when
    no such page opens at ``first``."""
    if not (first + 1 < stop and index.keys[first] in _ON):
        return None
    site = first + 1 + (index.keys[first + 1] in _SITE_WORDS)
    networking = index.keys[site : site + 2] == _SOCIAL_NETWORKING
    if networking:
        site += 2  # "استنكر مغردون على برنامج التواصل الاجتماعي "تويتر" حادثة …"
        if site < stop and site in index.quote_at:
            site = index.quote_at[site].closing_word + 1
        elif site < stop and index.keys[site] in _SOCIAL_SITES:
            site += 1
        return site if site < stop else None
    if site < stop and index.keys[site] in _SOCIAL_SITES:
        # the site alone: "وكان فلان ندد الأربعاء على تويتر بقيام …"
        return site + 1 if site + 1 < stop else None
    if index.keys[first + 1] not in _OWN_PAGES:
        return None
    k = first + 2
    while k < stop and _nisba(index.keys[k]):
        k += 1  # الإلكتروني، الرسمي، الشخصية
    if k + 1 < stop and index.keys[k] in _ON:
        site = k + 1 + (index.keys[k + 1] in _SITE_WORDS)
        if index.keys[site : site + 2] == _SOCIAL_NETWORKING:
            site += 2  # "على موقع التواصل الاجتماعي "فيس بوك""
        if site < stop and site in index.quote_at:
            k = index.quote_at[site].closing_word + 1
        elif site < stop and (number := index.entity_at_first.get(site)) is not None:
            k = index.entity_span[number].stop
        elif site < stop and index.keys[site] in _SOCIAL_SITES:
            k = site + 1
        else:
            return None  # a site it cannot tell from what was said
    while k < stop and index.words[k].text in COMMAS:
        k += 1
    return k if k < stop else None


VIA_EXTRA_WORDS = 5  # a medium's name is longer than a place: "عبر حسابها على موقع التواصل الاجتماعي …"
# words from في to عن: "أعلن العلماء في اليابان عن …"، "أعلنت في ساعة مبكرة من صباح أمس عن"
PLACE_BEFORE_ABOUT = 7
# Words after a speech occasion that still describe it: "في بيان لها"، "في تصريح صحفي".
_OCCASION_WORDS = match_keys(
    "له لها لهم صحفي صحافي صحفية صحافية رسمي رسمية مشترك مقتضب منفصل منفصلة مكتوب متلفز خاص خاصة"
)


def _past_occasion(index: ArticleIndex, first: int, stop: int) -> int:
    """The word after where an object verb's words were said, when that comes first
    (``وأكدت الوزارة في بيان لها أمس، مواصلة …`` → ``مواصلة``): في/خلال, a speech
    occasion, its pronoun, adjectives, a time and commas, and a meeting after it
    (:func:`_past_meeting`); else ``first``. An occasion set off by commas is passed whole
    (``وأكدت، في بيان صادر عن وزارة خارجيتها، تضامنها``)."""
    aside = index.past_occasion_aside(first, stop)
    if aside is not None:
        return aside
    if not index.occasion_at(first, stop):
        return _past_meeting(index, first, stop)  # "وأدان فلان عقب لقائه ب[PER …] اختطاف …"
    word = first + 2
    while word < stop:
        # issued by a body, broadcast by an agency: "في بيان صادر عن [ORG وزارة الخارجية]
        # بثته [ORG وكالة الأنباء اليمنية] اليوم، وقوف اليمن …"
        by = (
            word + 2
            if index.keys[word] in _ISSUED_WORDS and index.keys[word + 1 : word + 2] == ["عن"]
            else word + 1
        )
        if (
            index.keys[word] in _ISSUED_WORDS or index.keys[word] in RELAYED_IT
        ) and by in index.entity_at_first:
            word = index.entity_span[index.entity_at_first[by]].stop
        elif (
            index.keys[word] in LI
            and (told := after_media_phrase(index, word, stop, subject_next=False)) > word
        ):
            word = told  # the paper it was said to: "في تصريحات خاصة لـ»المدينة» أمس …"
        elif (copy := index.past_copy_sent(word, stop)) > word:
            word = copy  # the paper given a copy: "في بيان صحافي زود ال"الرياض" بنسخة منه أمس …"
        elif (
            index.keys[word] in _OCCASION_WORDS
            # issued, unless by whom follows: "في بيان صادر مساء اليوم، بأشد العبارات، الجريمة"
            or (index.keys[word] in _ISSUED_WORDS and not (word + 1 < stop and index.keys[word + 1] == "عن"))
            or (index.keys[word] in _FROM_IT and index.keys[word - 1] in _ISSUED_WORDS)  # "صادر عنها"
            or _time(index, word, stop)
            or (index.keys[word] in COMMAS and word + 1 < stop)
        ):
            word += 1
        else:
            break
    word = _past_meeting(index, _past_adverbials(index, word, stop), stop)
    while word < stop and index.keys[word] in COMMAS:
        word += 1
    published = _past_published(index, word, stop)
    while published < stop and _time(index, published, stop):
        published += 1
    return published


_ISSUED_WORDS = match_keys("صادر الصادر")
_FROM_IT = match_keys("عنه عنها عنهم")
_PUBLISHED_IN = match_keys("نشر نشرته نشرتها صدر بث بثته أذيع")
PUBLISHED_IN_WORDS = 4  # where a statement was published: "نشر على موقع تويتر"


def _past_published(index: ArticleIndex, word: int, stop: int) -> int:
    """Past where an occasion was published, up to the time that closes it (``في بيان نشر
    على موقع تويتر اليوم الخميس مسؤوليته`` → ``اليوم``); ``word`` itself when no time
    closes it within :data:`PUBLISHED_IN_WORDS` words."""
    if not (
        word + 2 < stop and index.keys[word] in _PUBLISHED_IN and index.keys[word + 1] in ("على", "في", "عبر")
    ):
        return word
    for k in range(word + 2, min(stop, word + 3 + PUBLISHED_IN_WORDS)):
        if _time(index, k, stop):
            return k
        if not index.is_word[k] or index.keys[k] in PARTICLES:
            return word
    return word


def _past_blessing(index: ArticleIndex, first: int, stop: int) -> int:
    """Past a blessing after the subject, with the dashes or commas around it: "وأكد سموه
    – حفظه الله – اعتزاز المملكة" (:func:`~qawl.attribution.titles.blessing_at`)."""
    opens = first < stop and not index.is_word[first]
    length = blessing_at(index.keys, first + opens)
    if not length:
        return first
    after = first + opens + length
    return after + 1 if opens and after < stop and not index.is_word[after] else after


AFFILIATION_REACH = 2  # words from في/من to the body: "مصادر في قيادة [ORG الجيش الوطني]"


def _past_affiliation(index: ArticleIndex, first: int, stop: int) -> int:
    """Past an unnamed source's body and where it spoke, before its object: "أكدت مصادر
    [في قيادة الجيش الوطني] [لـ «عكاظ»] السيطرة الكاملة على …"."""
    if first < stop and index.keys[first] in ("في", "من"):
        body = next(
            (
                k
                for k in range(first + 1, min(first + 1 + AFFILIATION_REACH, stop))
                if k in index.entity_at_first
            ),
            None,
        )
        if body is not None and all(index.is_word[k] for k in range(first, body)):
            first = index.entity_span[index.entity_at_first[body]].stop
    return after_media_phrase(index, first, stop, subject_next=False)


# Prepositions inside a "by means of" aside ("من خلال تغريدة له عبر حسابه على تويتر"): where
# it was written, never the marker of what was said.
_MEANS_WORDS = match_keys("على في من")


def _past_leading_relative(index: ArticleIndex, first: int, stop: int) -> int:
    """Past a short relative clause that describes the subject by who leads or holds it
    (``أعلنت قوات التحالف الذي تقوده [GPE الولايات المتحدة] أول من أمس تنفيذ …``: a
    relative, a verb with its pronoun, a name), so that the object starts after the name;
    else ``first``."""
    if (
        first + 2 < stop
        and index.keys[first] in RELATIVES
        and index.keys[first + 1].endswith(("ه", "ها", "هم"))
        and first + 2 in index.entity_at_first
    ):
        return index.entity_span[index.entity_at_first[first + 2]].stop
    return first


def object_complement(site: CueSite) -> tuple[int, int] | None:
    """What some verbs report is their object, with no إن/أن: "أكد أهمية التعاون"،
    "استنكر التصريحات"; behind a preposition for others: "أعرب عن أمله في …"،
    "طالب بالإفراج عن …"; and after the marker of the request for verbs that
    address somebody: "حث المسؤولين على مضاعفة الجهود". Not after a negation
    ("لم تعلن أي جهة مسؤوليتها")."""
    index, first, stop = site.index, site.after_subject, site.stop
    key = index.keys[site.word]
    if site.word and index.keys[site.word - 1] in NEGATIONS:
        return None
    if site.subject.speaker is None and site.subject.source is None:
        return None  # an object with nobody saying it: a headline's "يعلن افتتاح …"
    markers = REQUEST_MARKERS if key in ADDRESSING_VERBS else MARKERS
    if key in COMPLAINTS:
        markers = _FROM
    elif key in INFORMING or key in BEFORE_ABOUT:
        markers = _ABOUT  # "عبر المبعوث إلى سورية فلان عن قلقه": not the envoy's إلى

    def when(k: int) -> bool:  # a time word or a date, or no speaker's entity: "أمس"، "[DATE اليوم السبت]"
        return k < stop and (
            (
                index.keys[k] in PHRASE_STOPS - OBJECT_PREPOSITIONS - _VIA  # (via: how it was said)
                and _past_own_page(index, k, stop) is None  # (on Twitter: where, read below)
            )
            or (k in index.entity_of and index.entity_of[k] not in index.speakers)
        )

    first = _past_adverbials(index, _past_blessing(index, _past_apposed_title(site, first, stop), stop), stop)
    first = _past_leading_relative(index, first, stop)
    if site.subject.source is not None and first == site.after_subject:
        first = _past_affiliation(index, first, stop)
    while first < stop and (
        when(first)
        # the commas around a time: "أعلن الفريق فلان، اليوم السبت، عن مقتل …"
        or (
            index.keys[first] in COMMAS
            and (
                _time(index, first + 1, stop)
                or (first > site.after_subject and _time(index, first - 1, stop))
            )
        )
        or (
            site.subject.stop is not None
            and _subject_adjective(index, site, first)
            # a man's is masculine: "أدان … [PER فلان] العملية الإرهابية" is what he condemned
            # (unless the tagger's "person" is a body: "[PER سلطان الطبية] العسكرية")
            and not (
                site.subject.speaker is not None
                and site.subject.speaker.label == "PER"
                and index.keys[first].endswith(("ية", "يه"))
                and not index.keys[first - 1].endswith(("ة", "ه"))
            )
        )
        or index.keys[first] in _ADVERBS  # "استنكر الزياني، بشدة تصريحات …"
        # a comma after the named subject, the object after it: "وأكد المتحدث … اللواء فلان، عدم …"
        or (
            key in OBJECT_VERBS
            and first == site.after_subject
            and site.subject.stop is not None
            and index.keys[first] in COMMAS
            # or its عن: "أعلن المتحدث العسكري … العقيد فلان، عن مقتل …"
            and (_plain_word(index, first + 1, stop) or (first + 1 < stop and index.keys[first + 1] == "عن"))
        )
        # "وناشد البيان الدول العربية بفتح …": the last speaker's document, not what it said
        or (first == site.word + 1 and site.subject.stop is None and index.keys[first] in DOCUMENT_NOUNS)
    ):
        first += 1  # "أعلن النادي رسميا …"، "أكد أمس …"، "أعلن نادي الشباب السعودي …"
    if (page := _past_own_page(index, first, stop)) is not None:
        first = page  # "ندد فلان أمس على صفحته على موقع تويتر بقيام …": where he posted it
    if first < stop and (
        index.keys[first] in TOPIC_NOUNS
        or (index.keys[first] == "عن" and first + 1 < stop and index.keys[first + 1] in TOPIC_NOUNS)
    ):
        return None  # "كشف المدير تفاصيل المشروع"، "أعلن عن اسم الوزير": a topic, not what was said
    if key in ADDRESSING_VERBS or key in MARKED_OBJECT_VERBS:
        # The window counts words, not commas: "كشفت الشرطة، أمس، في المحكمة العسكرية في اللد، عن …";
        # a marker right after a comma closes an aside, which may be twice as long ("وأعرب
        # الزياني، لدى استقبال … بحاح، له الليلة الماضية في الرياض، عن ارتياحه").
        marker, seen, means, copied = None, 0, False, first
        for k in range(first, stop):
            if seen > 2 * ADDRESSEE_WINDOW:
                break
            if k < copied:
                continue
            if (copied := index.past_copy_sent(k, stop)) > k:
                seen += 1  # "وعبر في بيان زود "الرياض" بنسخة منه أمس عن …": who got a copy, no marker
                continue
            if index.keys[k] == "من" and not index.marks_object(k):
                # "طالب فلان، من خلال تغريدة له على “تويتر” بعدم …": by means of, an aside
                # as long as one set off by commas, and no marker
                seen, means = seen + 1, True
                continue
            if (seen < ADDRESSEE_WINDOW or means or index.after_comma(k)) and (
                (index.keys[k] in markers and not (means and index.keys[k] in _MEANS_WORDS))
                or (key in MARKED_OBJECT_VERBS and index.bi_object(k))
            ):
                marker = k
                break
            seen += index.is_word[k]
        if marker is None:
            return None
        if index.keys[marker] in markers:
            first = marker + 1
            if index.keys[marker] == "من" and key in ADDRESSING_VERBS:  # "طلب من المدافع فلان حزم حقائبه"
                addressee = read_subject(index, first, stop, objects=True)  # "من المواطنين عدم …"
                first = addressee.stop if addressee is not None else first
        else:
            first = marker  # "طالب بالإفراج": the preposition is part of the word
    elif key in EXPLAINING:
        if first < stop and index.keys[first] in TO_THEM:
            first += 1  # "موضحاً لهم أهمية …": whom he told
        if first >= stop or index.keys[first] not in STRESSED:
            return None  # "وأوضح الوزير الطريق …"، "بين البلدين": no object of what he said
    elif key in URGING:
        urged = _past_urged(index, first, stop)
        if urged is None:
            return None
        first = urged
    elif key in DESCRIBING_VERBS:
        # "ووصف [PER فلان] هذا العمل الإرهابي بالجبان"، "واصفاً إياه بالعمل غير المقبول": what
        # he described, then بـ and what he called it, which is what he said
        called = _called_it(index, first, stop)
        if called is None:
            return None
        first = called
    elif (key in ACCUSES or key in ACCUSING) and (accused := _past_accused(index, first, stop)) is not None:
        first = accused  # "متهما المتمردين الحوثيين وحلفاءهم … بشن الهجوم": of what, not whom
    elif key in OBJECT_VERBS:
        first = _past_occasion(index, first, stop)  # "وأكدت الحكومة في بيان لها أمس تضامنها"
        if first < stop and (index.keys[first] in IN_OCCASION or index.keys[first] in _VIA):
            # "أعلن علماء الفيزياء في اليابان عن نجاح …": where, then what is announced; "قد
            # أعلنت عبر حسابها على موقع التواصل الاجتماعي "فيس بوك" عن مقتل …": how
            reach = PLACE_BEFORE_ABOUT + (VIA_EXTRA_WORDS if index.keys[first] in _VIA else 0)
            about = next(
                (
                    k
                    for k in range(first + 1, min(first + reach, stop))
                    if index.keys[k] in _ABOUT or index.keys[k] in PARTICLES or k in index.cues
                ),
                None,
            )
            if about is not None and index.keys[about] in _ABOUT:
                first = about
            elif index.keys[first] in _VIA and (
                past := _past_medium(index, first, min(first + reach, stop), stop)
            ):
                first = past  # "أعلن فلان عبر حسابه في «تويتر» صرف مكافآت …": how, then what
            elif first + 1 < stop and index.time_at(first + 1):
                # when, then what it announced: "أعلنت السلطات في [DATE يناير] تحرير …"
                date = index.entity_of.get(first + 1)
                first = index.entity_span[date].stop if date is not None else first + 2
            elif (past := _past_place(index, first, stop)) is not None:
                # where the subject is, then what it announced: "أعلنت السلطات في [GPE كابول]
                # حالة التأهب القصوى"
                first = past
        if first < stop and index.keys[first] in OBJECT_PREPOSITIONS:
            first += 1
    else:
        return None
    if first >= stop or not index.is_word[first] or first in index.cues or index.keys[first] in PARTICLES:
        return None
    if key in _WELCOMING and _a_guest(index, first):
        return None  # "رحب خادم الحرمين برئيس الوزراء اللبناني والوفد المرافق": a host's greeting
    if key in _CONVICTS and any(index.keys[k] in _COURTS for k in range(site.word + 1, site.after_subject)):
        return None  # "ودانت المحكمة المتهم بالتستر …": a court convicts, a verdict, no statement
    # a claim names its attack in one word ("وقد تبنى تنظيم [داعش] الهجومين"), and a
    # description what it called it ("ووصف … الهجوم بالجبان")
    one_word = key in CLAIMS or key in DESCRIBING_VERBS
    if sum(index.is_word[first:stop]) < (1 if one_word else MIN_OBJECT_WORDS):
        return None
    return index.clause(first, stop)


# The words an accusation's object may take before بـ and what the accused is accused of.
ACCUSED_WORDS = 9
_BI_THAT = match_keys("بأن بأنه بأنها بأنهم بأنهما")  # "اتهم آخرون صالح بأنه يعاني …": what follows


def _past_accused(index: ArticleIndex, first: int, stop: int) -> int | None:
    """Where what the accused is accused of starts: the بـ word after whom (``متهما
    المتمردين الحوثيين وحلفاءهم من قوات النظام المخلوع بشن الهجوم`` → ``بشن``; the gold
    leaves the accused out), or the word after ``بأن``; None when no بـ word comes within
    :data:`ACCUSED_WORDS` words, before a particle, a cue or a comma."""
    for k in range(first, min(first + ACCUSED_WORDS, stop)):
        key = index.keys[k]
        if k in index.cues or key in PARTICLES or index.words[k].text in COMMAS:
            return None
        if key in _BI_THAT:
            return k + 1
        if (
            key[:1] == "ب"
            and len(key) >= 3
            and k not in index.entity_of
            and not is_function_word(index.words[k].text)
        ):
            return k
    return None


_ALL_OF = match_keys("بجميع بكافة بكل بعموم")  # "بجميع المواطنين": all of whom, then whom


def _past_urged(index: ArticleIndex, first: int, stop: int) -> int | None:
    """Where what an urging verb urges opens: past whom it urges (a بـ word, its genitive
    after بجميع/بكافة, and the plural adjectives after them) and an إلى (``بالمواطنين إلى
    ضرورة …`` → ``ضرورة``; ``بالمتدربين المقبولين سرعة …`` → ``سرعة``); None when no بـ word
    comes first (``وتهيب العلماء`` "feared": no urging)."""
    key = index.keys[first] if first < stop else ""
    if not (key[:1] == "ب" and len(key) > 3 and key not in PARTICLES):
        return None
    first += 2 if key in _ALL_OF else 1
    while first < stop and index.keys[first][:2] == "ال" and index.keys[first].endswith(("ين", "ات", "ون")):
        first += 1  # "بالمتدربين المقبولين"، "بجميع الإخوة المواطنين"
    if first < stop and index.keys[first] == "الى":
        first += 1
    return first


DESCRIBED_WORDS = 8  # "ووصف [PER فلان] العمل الإرهابي الذي استهدف مسجد الطوارئ بالجبان"


def _called_it(index: ArticleIndex, first: int, stop: int) -> int | None:
    """Where what a describing verb called something opens (``هذا العمل الإرهابي بالجبان``:
    بالجبان), when a بـ + definite word follows what it described within
    :data:`DESCRIBED_WORDS` words, with no punctuation, cue or particle between; else None
    (its بأنه is a particle, read before). A comma after the subject is skipped
    (``ووصف [PER فلان], هذا العمل بالجبان``)."""
    if first < stop and index.words[first].text in COMMAS:
        first += 1
    for k in range(first, min(stop, first + DESCRIBED_WORDS + 1)):
        if k > first and index.keys[k].startswith("بال") and index.bi_object(k):
            return k
        if k > first and index.keys[k] == "ب" and k + 1 < stop and k + 1 in index.quote_at:
            return k + 2  # "وصف بعض المغردين ما يقدمه بـ”الهياط”": the quoted name it gave
        if not index.is_word[k] or k in index.cues or index.keys[k] in PARTICLES:
            return None
    return None


_CONVICTS = match_keys("دان دانت أدان أدانت ودان ودانت وأدان وأدانت")
_COURTS = match_keys("المحكمة محكمة المحاكم القاضي القضاء")
_WELCOMING = match_keys("رحب رحبت ورحب ورحبت يرحب ترحب ويرحب وترحب")
_GUESTS = match_keys("الوفد الضيوف الحضور الزوار ضيوف ضيفه ضيفها الضيف وفد ضيف")  # "بضيف مصر …"


def _a_guest(index: ArticleIndex, word: int) -> bool:
    """Whether whom a welcome is for, at ``word`` behind its ب, is a person or a delegation
    (``برئيس الوزراء اللبناني``، ``بالضيوف``، ``ب[PER فلان]``): a host's greeting, not a
    position (``رحب بوقف إطلاق النار`` welcomes a decision and reports)."""
    key = index.keys[word]
    bare = key[1:] if key[:1] == "ب" else key
    number = index.entity_of.get(word)
    return (
        bare in PERSON_TITLES
        or bare in _GUESTS
        or (number is not None and speaker_label(index.labels[number]) == "PER")
    )


SAID_AFTER_OCCASION_WORDS = 4  # the fewest words of direct speech after where it was said


def said_after_occasion(site: CueSite) -> tuple[int, int] | None:
    """A verb of saying, where and to whom it was said, and then his words with no إن, colon
    or quotation (``وقال في تصريحات لـ «عكاظ» الإنجاز الكبير الذي تحقق … سيأتي مردوده …``):
    the rest of the clause. Only قال/أضاف/تابع, which always report something, and only past
    an occasion (``في تصريح``، ``خلال كلمته``), so that a subject's name is never read as
    what was said."""
    index, first, stop = site.index, site.after_subject, site.stop
    if index.keys[site.word] not in _SAYING_VERBS or not index.occasion_at(first, stop):
        return None
    after = _past_occasion(index, first, stop)
    if (
        after <= first + 1
        or after >= stop
        or not index.is_word[after]
        or after in index.cues
        or index.keys[after] in PREPOSITIONS
        or any(
            index.words[k].text == ":" or k in index.quote_at or index.keys[k] in PARTICLES
            for k in range(after, stop)
        )
        or sum(index.is_word[after:stop]) < SAID_AFTER_OCCASION_WORDS
    ):
        return None
    return index.clause(after, stop)


# Tried in order for each cue; the first span found is what the cue reports.
CUE_SPAN_FINDERS: Sequence[Callable[[CueSite], tuple[int, int] | None]] = (
    reported_after_subject,
    call_complement,
    headline_complement,
    quote_before_cue,
    object_complement,
    said_after_occasion,
)


def cue_span(site: CueSite, reported_until: int) -> tuple[int, int] | None:
    """What a cue reports (:data:`CUE_SPAN_FINDERS` in order), unless it starts
    inside a statement already found."""
    for finder in CUE_SPAN_FINDERS:
        span = finder(site)
        if span is not None:
            return _past_colon(site.sentence.index.doc.text, span) if span[0] >= reported_until else None
    return None


def _past_colon(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without a colon that opens it (``أعلنت المديرية أنه: تم توجيه …``): the
    colon introduces what is said and is no word of it."""
    start, end = span
    if text[start] != ":":
        return span
    start += 1
    while start < end and text[start].isspace():
        start += 1
    return (start, end) if start < end else span


# -- sentence rules -------------------------------------------------------------------------


# A teaser's word before a headline's colon: "شاهد:"، "بالفيديو:"، "عاجل:".
_WATCH = match_keys("شاهد بالفيديو فيديو بالصور عاجل")
HEADLINE_SUBJECT_WORDS = 10  # a headline's speaker phrase before its colon, with its marks (ل«الرياض»)


def headline_colon(sentence: SentenceSpan, context: AttributionContext) -> list[Statement] | None:
    """``واشنطن: نص`` — a speaker opening a line, then a colon; the rest of the
    sentence is the statement (cue ``:``).

    The speaker is an entity, or a subject phrase the NER missed (``رئيس النادي:
    …``). In one-line article formats (``title . content``) the headline is the
    first sentence, so the statement ends with the sentence, not the line.
    """
    index, stop = sentence.index, sentence.stop
    first = next((k for k in range(sentence.first, stop) if index.words[k].text not in OPENING_QUOTES), stop)
    if first >= stop or not index.opens_line(first):
        return None
    colon = next(
        (
            k
            for k in range(first + 1, min(first + HEADLINE_SUBJECT_WORDS, stop))
            if index.words[k].text == ":"
        ),
        None,
    )
    if colon is None or colon >= stop - 1:
        return None
    if colon == first + 1 and index.keys[first] in _WATCH:
        return None  # "شاهد: رقص وغناء …": "watch", a video's teaser, not a witness
    entity = index.entity_at_first.get(first)
    subject: Subject | None = None
    if entity is not None and entity in index.speakers:
        after = index.entity_span[entity].stop
        while after < colon and index.words[after].text in '”"»':
            after += 1
        if (
            after < colon
            and index.keys[after][:1] == "ل"
            and not any(k in index.cues for k in range(after, colon))
        ):
            after = colon  # "دونيس للاعبي الهلال: …": whom the speaker addressed
        if after == colon:
            subject = Subject(
                index.speakers[entity],
                first=first,
                stop=colon,
                mention=Mention(*index.char_span((first, index.entity_span[entity].stop))),
            )
    elif entity is None and not any(k in index.cues for k in range(first, colon)):
        phrase = read_subject(index, first, colon, bare_names=False)
        if phrase is not None and phrase.stop < colon and index.keys[phrase.stop][:1] == "ل":
            # "وزير الإدارة المحلية اليمني ل«الرياض»: …": the paper he told
            phrase = replace(phrase, stop=colon)
        if phrase is not None and phrase.kind == "person" and _post_place(index, phrase.stop, colon):
            phrase = replace(phrase, stop=colon)  # "السفير السعودي في عمان: …": where he serves
        if phrase is not None and phrase.stop == colon and phrase.kind in ("person", "org", "source"):
            subject = subject_of_phrase(index, sentence.book, phrase, False, context.speaker)
        elif colon == first + 1:
            subject = _short_name(index, first)
        elif (tail := _tail_of_body(index, first, colon)) is not None:
            subject = tail  # "مرور الشرقية: …" for [ORG إدارة مرور الشرقية] in the body
        elif _ministry_by_its_field(index, first, colon):
            # "الداخلية الأفغانية: …": a ministry named by its field and its country
            speaker = sentence.book.named((first, colon), "ORG")
            subject = Subject(
                speaker, first=first, stop=colon, mention=Mention(*index.char_span((first, colon)))
            )
    if subject is None:
        return None
    span = index.clause(colon + 1, min(index.line_stop(colon), stop))
    if not span:
        return None
    found = index.statement(span, colon, subject.speaker, ":")
    found.mention, found.source = subject.mention, subject.source
    context.add(found, index.line[sentence.first], sentence.number)
    return [found]


def _post_place(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether words ``word:stop`` are في and one place the tagger found, nothing else: the
    post of a title before a headline's colon (``السفير السعودي [في عمان]:``)."""
    place = index.entity_at_first.get(word + 1) if word + 1 < stop else None
    return (
        index.keys[word] == "في"
        and place is not None
        and index.labels[place] in ("GPE", "LOC")
        and index.entity_span[place].stop == stop
    )


# The fields papers name a ministry by, with its country's nisba: "الخارجية الروسية".
_MINISTRY_FIELDS = match_keys("الخارجية الداخلية الدفاع الصحة العدل المالية")


def _ministry_by_its_field(index: ArticleIndex, first: int, stop: int) -> bool:
    """Whether words ``first:stop`` are a ministry's field and nisba adjectives only."""
    return (
        stop - first >= 2
        and index.keys[first] in _MINISTRY_FIELDS
        and all(_nisba(index.keys[k]) for k in range(first + 1, stop))
    )


def _short_name(index: ArticleIndex, word: int) -> Subject | None:
    """A headline's one-word name for a body the article names in full: "الداخلية:" for
    وزارة الداخلية، "الأرصاد:" for الرئاسة العامة للأرصاد (the organization's last word,
    or a word behind ل after its first; "الصحة:" is not منظمة الصحة العالمية)."""
    key = index.keys[word]
    if not key.startswith("ال") or len(key) < 5:
        return None
    genitive = "ل" + key[1:]  # للأرصاد
    for number, speaker in index.speakers.items():
        span = index.entity_span[number]
        if speaker.label != "ORG" or span.stop - span.first < 2:
            continue
        if index.keys[span.stop - 1] == key or any(
            index.keys[k] == genitive for k in range(span.first + 1, span.stop)
        ):
            mention = Mention(*index.char_span((word, word + 1)))
            return Subject(speaker, first=word, stop=word + 1, mention=mention)
    return None


HEADLINE_TAIL_OF_BODY = 3  # words of a headline's short name for a body: "مرور المنطقة الشرقية"


def _tail_of_body(index: ArticleIndex, first: int, stop: int) -> Subject | None:
    """A headline's short name for a body the article names in full, the last two or
    three words of its name (``مرور الشرقية:`` for ``إدارة مرور الشرقية``), else None."""
    size = stop - first
    if not 2 <= size <= HEADLINE_TAIL_OF_BODY or not all(index.is_word[k] for k in range(first, stop)):
        return None
    words = index.keys[first:stop]
    for number, speaker in index.speakers.items():
        span = index.entity_span[number]
        if (
            speaker.label == "ORG"
            and span.stop - span.first > size
            and index.keys[span.stop - size : span.stop] == words
        ):
            mention = Mention(*index.char_span((first, stop)))
            return Subject(speaker, first=first, stop=stop, mention=mention)
    return None


def reporting_cues(sentence: SentenceSpan, context: AttributionContext) -> list[Statement] | None:
    """Every reporting cue of the sentence, in order, with its speaker and what it
    reports; None when the sentence has no cue.

    A participle (``مؤكدا``) takes the subject of the sentence's last verb, else
    that of the verb opening the sentence, else the last speaker; a verb's
    subject is found by :func:`~qawl.attribution.subjects.verb_subject`.
    """
    index = sentence.index
    cue_words = [w for w in range(sentence.first, sentence.stop) if w in index.cues]
    if not cue_words:
        return None
    added: list[Statement] = []
    verb_subjects: list[Subject] = []  # subjects of this sentence's verbs
    verb_words: list[int] = []  # and the verbs
    for word in cue_words:
        if index.words[word].start < context.reported_until:
            continue  # a cue inside a reported clause is part of it
        if index.cues[word].kind in ("according", "relay", "noun"):
            relay = index.cues[word].kind != "according"
            found = (_relayed if relay else _according_to)(sentence, word, context)
            if found is not None:
                context.add(found, index.line[word], sentence.number)
                added.append(found)
            continue
        if index.cues[word].kind == "participle":
            nearer = while_clause_person(index, verb_words[-1] if verb_words else sentence.first, word)
            if nearer is not None:
                subject = Subject(nearer)  # "…، في حين تحدث الرئيس فلان عن …، مشيرا إلى"
            elif verb_subjects:
                subject = Subject(verb_subjects[-1].speaker, verb_subjects[-1].source)
            else:
                opening = opening_speaker(index, sentence.book, sentence.first, word)
                subject = opening if opening is not None else _continued(context.speaker)
        elif _second_headline_verb(index, word, verb_words, verb_subjects):
            # "فلان يستنكر تصريحات … ويعلن تشكيل هيئة": the headline's subject reports again
            subject = verb_subjects[-1]
        elif (said_this := _said_this(sentence, word, context)) is not None:
            # "أعلن ذلك وزير الزراعة فلان، مبينا أن …": the sentence before is his
            before, subject = said_this
            verb_subjects.append(subject)
            verb_words.append(word)
            found = index.statement(before, word, subject.speaker)
            found.mention, found.source = subject.mention, subject.source
            context.add(found, index.line[word], sentence.number)
            added.append(found)
            continue
        else:
            subject = verb_subject(
                index,
                sentence.book,
                word,
                sentence.first,
                sentence.stop,
                _plural_speaker(index, context) if index.cues[word].plural else context.speaker,
                context.speaker_line,
            )
            subject = _relay_credit(sentence, word, subject, context)
            verb_subjects.append(subject)
            verb_words.append(word)
            if index.cues[word].continues and subject.named and subject.speaker is not None:
                # "أكد خبير أمني أن …" … "وأضاف اللواء فلان أن …": the expert, named now
                sentence.book.reveal(context.speaker, subject.speaker)
        site = CueSite(sentence, word, subject, clause_stop(index, word, sentence.stop))
        span = cue_span(site, context.reported_until)
        if span is None and index.cues[word].kind in ("past", "present"):
            span = _trailing_report(sentence, word, subject, context)
        if span is not None:
            found = index.statement(span, word, subject.speaker)
            found.mention, found.source = subject.mention, subject.source
            context.add(found, index.line[word], sentence.number)
            added.append(found)
        elif subject.named:
            context.note_speaker(subject.speaker or subject.source, index.line[word])
    return added


_THIS = match_keys("ذلك بذلك")


def _said_this(
    sentence: SentenceSpan, word: int, context: AttributionContext
) -> tuple[tuple[int, int], Subject] | None:
    """A verb opening its sentence with "this" for its object and a named subject after it
    (``أعلن ذلك وزير الزراعة المهندس فلان، مبينا …``، ``صرح بذلك المتحدث …``): what the
    subject said is the whole sentence before, which the paper wrote first in its own
    words; not when أن follows the subject (``أوضح ذلك المشرف فلان أن …``: what follows is
    his). When that sentence holds only a state's or a body's statements (``تعهدت [GPE مصر]
    …``), they are taken out of ``context``: the whole sentence is the speaker's. Returns that
    sentence's character span and the subject, or None."""
    index = sentence.index
    if (
        word != sentence.first
        or index.cues[word].kind != "past"
        or word + 2 >= sentence.stop
        or index.keys[word + 1] not in _THIS
    ):
        return None
    # past whom it was told: "صرح بذلك لـ«الجزيرة» رئيس البلدية …"
    phrase = read_subject(index, after_media_phrase(index, word + 2, sentence.stop), sentence.stop)
    if phrase is None:
        return None
    subject = subject_of_phrase(index, sentence.book, phrase, False, None)
    if subject is None or not subject.named:
        return None
    after = phrase.stop
    while after < sentence.stop and index.words[after].text in COMMAS:
        after += 1
    if after < sentence.stop and index.keys[after] in PARTICLES:
        return None  # "أوضح ذلك المشرف فلان أن …": what follows أن is what he made clear
    if sentence.number == 0:
        return None
    # the sentence before, as the prepared document split it, on the same line
    before = index.doc.sentences[sentence.number - 1]
    # past a link opening it: "إلى ذلك، تعهدت مصر …" (the paper's, not the speaker's)
    first, stop = _past_link(index, before.first_word, before.stop_word), before.stop_word
    if (
        sum(index.is_word[first:stop]) < TRAILING_MIN_WORDS
        or index.line[first] != index.line[word]
        or (
            index.words[first].start < context.reported_until
            and not _body_spoke_before(index, context, first)
        )
    ):
        return None
    span = index.clause(first, stop)
    if span is None:
        return None
    # "تعهدت [GPE مصر] باجراء الانتخابات … . أوضح ذلك رئيس الوزراء فلان": the state's pledge
    # was his words; the body's statement gives way to the whole sentence, his
    while context.statements and context.statements[-1].start >= index.words[first].start:
        context.statements.pop()
    return span, subject


def _body_spoke_before(index: ArticleIndex, context: AttributionContext, first: int) -> bool:
    """Whether every statement found from word ``first`` on is a state's or a body's
    (``تعهدت [GPE مصر] …``), all inside the sentence before a "said this" verb."""
    start = index.words[first].start
    after = [s for s in context.statements if s.end > start]
    return bool(after) and all(
        s.start >= start and s.speaker is not None and s.speaker.label in ("GPE", "ORG") for s in after
    )


def _second_headline_verb(
    index: ArticleIndex, word: int, verb_words: list[int], verb_subjects: list[Subject]
) -> bool:
    """Whether a present verb with و at ``word`` goes on from a headline's present verb and
    its fronted subject (the second verb's report ends the first's: headline_complement)."""
    if not verb_words or not _and_present_verb(index, word):
        return False
    subject = verb_subjects[-1]
    return (
        index.cues[verb_words[-1]].kind == "present"
        and subject.fronted
        and subject.first is not None
        and index.opens_line(subject.first, lead=1)
    )


def _plural_speaker(index: ArticleIndex, context: AttributionContext) -> Speaker | Source | None:
    """Whom a plural verb with no subject goes on with: the last speaker, unless one
    person spoke after a group (``قال مسؤولون إن … وقالت المتحدثة فلانة إن … وقالوا إنهم
    …``: they, the officials). Persons listed together are the plural themselves
    (``قال كل من فلان وفلان «…»، وتمنوا أن …``)."""
    last = context.speaker
    if not (isinstance(last, Speaker) and last.label == "PER" and context.group is not None):
        return last
    said = context.statements[-1].mention if context.statements else None
    if said is not None:
        after = bisect_left(index.starts, said.end)
        if after < len(index.words) and after in index.entity_at_first and index.keys[after][:1] == "و":
            return last
    return context.group


RELAY_WINDOW = 8  # words between a relaying verb and its عن: "ونقلت وكالة الأنباء السعودية (واس) عن"
# What a relayed speaker said: "نقل عنه قوله إن …" (the statement's cue is this word).
QAWLUH = match_keys("قوله قولها قولهم قولهما")


_RELAYING = match_keys("نقلا ونقلا")


def _relay_credit(
    sentence: SentenceSpan, word: int, subject: Subject, context: AttributionContext
) -> Subject:
    """The speaker a relaying medium quotes, when the credit sits between the verb's
    subject and its إن/أن: "وقالت وكالة أنباء البحرين، اليوم، نقلاً عن وزارة الداخلية، إن
    …" is the ministry's statement (the agency only carries it). A person quoting
    sources still speaks ("وقال المبعوث فلان نقلا عن مصادر محلية إن …": his statement)."""
    index = sentence.index
    if subject.speaker is not None and subject.speaker.label == "PER":
        return subject
    start = subject.stop if subject.stop is not None and not subject.fronted else word + 1
    for k in range(start, min(start + PARTICLE_WINDOW, sentence.stop - 2)):
        if index.keys[k] in PARTICLES or index.words[k].text == ":":
            break
        if index.keys[k] in _RELAYING and index.keys[k + 1] == "عن":
            phrase = named_after_preposition(index, k + 2, sentence.stop)
            if phrase is None or phrase.kind not in ("person", "org", "source"):
                phrase = _relayed_group(index, k + 2, sentence.stop)
            if phrase is None:
                break
            found = subject_of_phrase(index, sentence.book, phrase, False, context.speaker)
            return subject if found is None else replace(found, stop=phrase.stop, fronted=False)
        if k in index.cues and index.cues[k].kind != "according":
            break
    return subject


RELAYED_GROUP_WORDS = 4  # "نقلا عن غواصين أصدقاء للضحية أنه": the group and its description


def _relayed_group(index: ArticleIndex, first: int, stop: int) -> SubjectPhrase | None:
    """An unnamed group a medium quotes, an indefinite masculine plural up to إن/أن or a
    comma (``نقلا عن غواصين أصدقاء للضحية أنه``: divers, friends of the victim), where the
    lexicon of sources has no such noun; else None."""
    key = index.keys[first] if first < stop else ""
    if (
        first in index.entity_of
        or key.startswith("ال")
        or not key.endswith(("ين", "ون"))
        or is_function_word(index.words[first].text)
    ):
        return None
    for end in range(first + 1, min(stop, first + RELAYED_GROUP_WORDS + 1)):
        if index.keys[end] in PARTICLES or index.words[end].text in COMMAS:
            return SubjectPhrase("source", first, end)
        if not index.is_word[end] or end in index.cues:
            return None
    return None


def _relay_an(index: ArticleIndex, verb: int, stop: int) -> int | None:
    """The عن after a relaying verb that names whom it quotes ("ونقلت وكالة رويترز عن")."""
    reach = min(verb + RELAY_WINDOW + 1, stop)
    return next((k for k in range(verb + 1, reach) if index.keys[k] == "عن" and index.in_quote[k] < 0), None)


def _relayed(sentence: SentenceSpan, word: int, context: AttributionContext) -> Statement | None:
    """What a relaying verb or a reporting noun reports.

    A relaying verb names its speaker after عن, past the medium that relays it
    ("ونقلت وكالة رويترز عن مصدر مطلع أن …"، "ونُقل عن الوزير قوله: «…»"); the cue is
    ``قوله`` when it is there, else the verb. Without عن and a speaker it is not
    speech ("نقل المصابين إلى المستشفى"). A reporting noun after جاء في names its
    speaker as its complement ("وجاء في بيان الوزارة أن …"، "في بيان صادر عن الوزارة"),
    else it is the last speaker's ("وجاء في البيان أن …")."""
    index = sentence.index
    if index.cues[word].kind == "noun":
        # "في بيان الوزارة"، "في بيان صادر عن الوزارة"، "في البيان" (the last speaker's)
        first = word + 1
        if first + 1 < sentence.stop and index.keys[first] in ISSUED and index.keys[first + 1] == "عن":
            first += 2
        an: int | None = first - 1
    else:
        an = _relay_an(index, word, sentence.stop)
    if an is None:
        return None
    # the speaker follows عن (or the noun), so a preposition governs it: "ونقلت الوكالة عن وزارة الداخلية أن"
    phrase = named_after_preposition(index, an + 1, sentence.stop)
    if phrase is not None and (
        phrase.kind in ("person", "org", "source")
        # "ونقلت الصحيفة عن إحداهن قولها": one of a group, unnamed
        or (phrase.kind == "pronoun" and index.keys[phrase.first] in ONE_OF_THEM)
    ):
        subject = subject_of_phrase(index, sentence.book, phrase, False, context.speaker)
        after = phrase.stop
    elif index.cues[word].kind == "noun" and isinstance(context.speaker, Speaker):
        subject, after = Subject(context.speaker), an + 1  # "وجاء في البيان أن …"
    else:
        return None
    if subject is None:
        return None
    cue_word = word
    if after < sentence.stop and index.keys[after] in QAWLUH:
        cue_word, after = after, after + 1
    return _said_after(sentence, cue_word, subject, after, context)


def _said_after(
    sentence: SentenceSpan, cue_word: int, subject: Subject, after: int, context: AttributionContext
) -> Statement | None:
    """The statement a relayed speaker's words make after word ``after`` (past عن and whom,
    or past قوله), reported by ``cue_word`` up to where its clause ends ("… عن إحداهن قولها إن
    … الإرهابي وقالت: «…»"); None when nothing is reported there or it began inside the last
    statement."""
    index = sentence.index
    stop = clause_stop(index, cue_word, sentence.stop)
    site = CueSite(sentence, cue_word, replace(subject, stop=after, fronted=False), stop)
    span = reported_after_subject(site)
    if span is None or span[0] < context.reported_until:
        return None
    found = index.statement(span, cue_word, subject.speaker)
    found.mention, found.source = subject.mention, subject.source
    return found


# "وبحسب مصادر الاحتلال فقد أصيب …": فقد/فإن opens the credited clause like a comma.
_THEN = match_keys("فقد فإن فان فإنه فانه فإنها فانها")


def _then_at(index: ArticleIndex, word: int) -> bool:
    """Whether فإن/فقد opens the credited clause at ``word``; not فان right after a person,
    whose name it goes on (بحسب ما أكد مدرب يونايتد [PER لويس] فان جال), unless written with
    its hamza or before a definite word (``وفقا للرائد [PER بدر السحيباني] فإن شرطة …``)."""
    if index.keys[word] not in _THEN:
        return False
    person = index.entity_of.get(word - 1)
    van = (
        index.keys[word] == "فان"
        and "إ" not in index.words[word].text
        and not (word + 1 < len(index.keys) and index.keys[word + 1].startswith("ال"))
    )
    return not (van and person is not None and index.labels[person] == "PER")


def _according_to(sentence: SentenceSpan, word: int, context: AttributionContext) -> Statement | None:
    """A clause credited by a preposition: leading "وبحسب الوزارة، ارتفع العدد …" (the
    clause after the source and its comma) or trailing "… ارتفع العدد، بحسب الوزارة"
    (the clause before the preposition). The source must be a speaker (an entity, a
    title, an organization or an unnamed source), not a document or a regulation."""
    index = sentence.index
    # the source ends at فإن/فقد: "وبحسب شهود عيان فإن …"
    source_end = next((k for k in range(word + 1, sentence.stop) if _then_at(index, k)), sentence.stop)
    phrase = _credited(index, word, source_end)
    if phrase is not None and phrase.kind == "document" and _unnamed_report(index, phrase):
        phrase = replace(phrase, kind="source")  # "حسبما ذكر تقرير": a report, unnamed as sources are
    if phrase is None or (phrase.kind == "document" and sentence.book.issuer is None):
        return None  # "وفق التقرير": a document whose author the article never named
    subject = subject_of_phrase(index, sentence.book, phrase, False, context.speaker)
    if subject is None:
        return None
    after = _past_source_relative(index, phrase.stop, sentence.stop)
    saying = next(
        (
            k
            for k in range(after, min(after + CREDIT_SAYING_REACH, sentence.stop))
            if index.keys[k] in QAWLUH
            and not any(index.keys[j] in PARTICLES or j in index.cues for j in range(after, k))
        ),
        None,
    )
    if saying is not None:
        # "نشر موقع …، نقلاً عن عضو في الحزب، قوله: إن …": what the credited one said, after
        # his saying, not the paper's clause before the credit
        return _said_after(sentence, saying, subject, saying + 1, context)
    at_start = word == _past_link(index, sentence.first, word)
    if (
        at_start
        and after < source_end < sentence.stop
        and (
            _name_runs_on(index, after, source_end)
            or (phrase.kind == "source" and _source_details(index, after, source_end))
        )
    ):
        # "ووفقاً لتقرير مركز «أحرار» لدراسات الأسرى … (الذي …) فإن": the name's words;
        # "ووفق تصريحات مصدر عسكري، لم يتم ذكر اسمه، بقاعدة طبرق لـ «…» الجمعة، فإن": its details
        after = source_end
    then = after < sentence.stop and _then_at(index, after)
    comma = after < sentence.stop and index.words[after].text in ("،", ",")
    if then or (comma and (at_start or index.words[word - 1].text in COMMAS)):
        # a comma after the source only where the credit opens its clause (mid-clause, "…
        # بدأت في 2006 بحسب ويكيليكس ، وعاد …" credits what came before)
        if _between_clauses(index, sentence, word, after):
            span = _clause_before(sentence, word, context)  # "…"، بحسب فلان، وتحدث …: the clause before
        elif not at_start and after + 1 < sentence.stop and index.keys[after + 1] in RELATIVES:
            # "… يتصدر القائمة، بحسب منظمة “Top 500″، التي ترصد …": the relative clause
            # describes the source; what it credits came before
            span = _clause_before(sentence, word, context)
        elif (
            (
                verb_at := _past_time_aside(
                    index,
                    after + 1 + (after + 1 < sentence.stop and _then_at(index, after + 1)),
                    sentence.stop,
                )
            )
            < sentence.stop
            and (verb := index.cues.get(verb_at))
            and verb.kind == "past"
        ):
            # "وبحسب «رويترز»، قال الرئيس التنفيذي …"، "وبحسب «الألمانية»، فقد ذكرت الوزارة أن …":
            # the agency relays; the verb's speaker said it
            return None
        else:
            # leading: the clause after the source (and after its فإن: "وبحسب فلان، فإن …")
            first = after + 1 + (comma and after + 1 < sentence.stop and _then_at(index, after + 1))
            if _reporter_inside(index, first, sentence.stop):
                return None  # "وبحسب "الفرنسية"، فإن الباحث فلان … يعتبر أن …": the agency relays him
            first = _past_his_saying(index, first, sentence.stop)
            # to where a new report opens: "وحسب نشطاء فإن البطل حاول الهرب …، ونقل نشطاء عن …"
            span = index.clause(first, clause_stop(index, first - 1, sentence.stop))
    elif phrase.kind == "document" and at_start and after < sentence.stop:
        # leading with no comma, a one-word document ("وبحسب البيان ستتوقف …"); after a name
        # what follows may still be the name's ("وبحسب سلوى مفضل، زوجة …")
        span = index.clause(after, sentence.stop)
    else:
        span = _clause_before(sentence, word, context)  # trailing: the clause before it
    if span is None or span[0] < context.reported_until:
        return None
    found = index.statement(span, word, subject.speaker)
    found.mention, found.source = subject.mention, subject.source
    return found


def _past_time_aside(index: ArticleIndex, word: int, stop: int) -> int:
    """Past a time and the comma closing it at ``word`` ("، اليوم الإثنين، أفاد …"); else
    ``word``."""
    end = word
    while end < stop and _time(index, end, stop):
        end += 1
    if end > word and end < stop and index.words[end].text in COMMAS:
        return end + 1
    return word


CREDIT_SAYING_REACH = 8  # words from a credit's source to its قوله: "نقلاً عن عضو في حزب الرئيس السابق، قوله"
CREDIT_NAME_WORDS = 14  # a credited body's name and an aside on it, up to its فإن


def _name_runs_on(index: ArticleIndex, first: int, then: int) -> bool:
    """Whether the words between a credited source's phrase and the فإن of a leading credit
    go on naming it (``لتقرير مركز «أحرار» لدراسات الأسرى وحقوق الإنسان (الذي تلقت الجزيرة
    نسخةً عنه) فإن``): a few words with no comma, particle or cue outside a bracket."""
    if then - first > CREDIT_NAME_WORDS:
        return False
    depth = 0
    for k in range(first, then):
        text = index.words[k].text
        depth += (text == "(") - (text == ")")
        if depth == 0 and text != ")" and (text in COMMAS or index.keys[k] in PARTICLES or k in index.cues):
            return False
    return depth == 0


SOURCE_DETAIL_WORDS = 20  # tokens (words and marks) of an unnamed source's asides before its فإن


def _source_details(index: ArticleIndex, first: int, then: int) -> bool:
    """Whether the words between an unnamed source and the فإن of a leading credit only
    describe it (``ووفق تصريحات مصدر عسكري، لم يتم ذكر اسمه، بقاعدة طبرق لـ «بوابة الوسط»
    الجمعة، فإن``): a few words, commas allowed, with no particle, and no cue outside an
    aside on its name (ذكر there is not mentioning anything)."""
    if then - first > SOURCE_DETAIL_WORDS:
        return False
    aside: list[int] = []
    for k in range(first, then + 1):
        if k == then or index.words[k].text in COMMAS:
            unnamed = any(index.keys[j] in IDENTITY_WORDS for j in aside)
            if any(index.keys[j] in PARTICLES or (j in index.cues and not unnamed) for j in aside):
                return False
            aside = []
        else:
            aside.append(k)
    return True


_HIS_SAYING = match_keys("قوله قولها قولهم")


def _past_his_saying(index: ArticleIndex, first: int, stop: int) -> int:
    """Past "his saying" and its colon and إن/أن where a relayed clause opens with them
    (``نقلاً عن عضو في الحزب، قوله: إن ممثلين …`` → ``ممثلين``); ``first`` itself otherwise."""
    if first >= stop or index.keys[first] not in _HIS_SAYING:
        return first
    word = first + 1
    if word < stop and index.words[word].text == ":":
        word += 1
    if word < stop and index.keys[word] in PARTICLES:
        word += 1
    return word if word > first + 1 else first


SOURCE_RELATIVE_WORDS = 12  # a relative clause describing a credited source: "للفاطمي التي تتحدر من …"


def _past_source_relative(index: ArticleIndex, after: int, stop: int) -> int:
    """The word after a credited source, past a relative clause that describes it up to
    the comma before فإن (``وطبقا للفاطمي التي تتحدر من المعلا …، فإن المعلومات …``: the
    comma); ``after`` itself when no such clause follows."""
    if after >= stop or index.keys[after] not in RELATIVES:
        return after
    for k in range(after + 1, min(stop - 1, after + SOURCE_RELATIVE_WORDS + 2)):
        if index.words[k].text in COMMAS:
            return k if _then_at(index, k + 1) else after
        if k in index.cues and index.cues[k].kind != "according":
            return after
    return after


REPORTER_INSIDE_WORDS = 15  # a named subject and its description before its own verb and أن


def _reporter_inside(index: ArticleIndex, first: int, stop: int) -> bool:
    """Whether the clause a leading credit opens at ``first`` is itself a report: a person
    the tagger found opens it, and a verb of saying with إن/أن right after it comes before
    any comma (``… فإن [PER سيباستيان ابيس] الباحث في مؤسسة … يعتبر أن``)."""
    person = index.entity_at_first.get(first)
    if person is None or index.labels[person] != "PER":
        return False
    for k in range(index.entity_span[person].stop, min(stop - 1, first + REPORTER_INSIDE_WORDS)):
        if index.words[k].text in COMMAS or index.keys[k] in PARTICLES:
            return False
        cue = index.cues.get(k)
        if cue is not None:
            return cue.kind in ("past", "present") and index.keys[k + 1] in PARTICLES
    return False


_REPORT = match_keys("تقرير")


def _unnamed_report(index: ArticleIndex, phrase: SubjectPhrase) -> bool:
    """An indefinite report, alone or with an adjective, no author after it (``حسبما ذكر
    تقرير``، ``وفق تقرير إخباري``; not ``وفق تقرير [ORG لمنظمة الصحة]``): an unnamed source
    like ``تقارير``."""
    return (
        index.keys[phrase.first] in _REPORT
        and phrase.stop - phrase.first <= 2
        and not any(k in index.entity_of for k in range(phrase.first, phrase.stop + 1))
    )


def _between_clauses(index: ArticleIndex, sentence: SentenceSpan, word: int, comma: int) -> bool:
    """Whether a credit set off by commas closes the clause before it, a new clause opening
    with و after it ("وفجر انتحاري نفسه "…"، بحسب ما صرح رئيس الشرطة، وتحدث مسؤول …") or
    with a word of circumstance (``… في إسطنبول، بحسب ما أفاد التلفزيون، في وقت تشهد …``)."""
    before = word - 1
    return (
        before > sentence.first
        and index.words[before].text in COMMAS
        and sum(index.is_word[sentence.first : before]) >= TRAILING_MIN_WORDS
        and comma + 1 < sentence.stop
        and (index.joined_by_wa(comma + 1) or formula_at(_CLAUSE_OPENERS, index.keys, comma + 1) > 0)
    )


# Words that open a clause of circumstance after a credit set off by commas: "قام مسلحان
# بإطلاق النار …، بحسب ما أفاد التلفزيون، في وقت تشهد تركيا توتراً".
_CLAUSE_OPENERS = formulas("في وقت", "في حين", "فيما", "بينما", "حيث")


# The paper's links between stories, which open a sentence and belong to no source: "من
# جهة أخرى"، "من جانب آخر"، "في غضون ذلك"، "إلى ذلك".
_LINKS = formulas("من جهة أخرى", "من جهة ثانية", "من جانب آخر", "في غضون ذلك", "إلى ذلك", "في سياق متصل")


def _past_link(index: ArticleIndex, first: int, stop: int) -> int:
    """The first word after a link opening the sentence at ``first`` (and its comma)."""
    end = first + formula_at(_LINKS, index.keys, first)
    if first < end < stop:
        return end + (index.words[end].text in COMMAS)
    return first


def _clause_before(sentence: SentenceSpan, word: int, context: AttributionContext) -> tuple[int, int] | None:
    """The clause a trailing credit at ``word`` gives its source: from the sentence's
    start, past a link such as "من جهة أخرى" (or from the end of what was reported
    before in it), to the credit."""
    index = sentence.index
    start = _past_dateline(index, _past_link(index, sentence.first, word), word)
    for k in range(word - 1, sentence.first, -1):
        if index.words[k].start < context.reported_until:
            start = k + 1
            break
        if index.words[k - 1].text in COMMAS and index.keys[k : k + 2] in _BUT_THAT:
            start = k + 2  # "…، غير أنه لم تحدث أي استجابة بحسب مصادر محلية": the contrast is credited
            break
    return index.clause(start, word) if start < word else None


DATELINE_WORDS = 4  # words of a byline before its dash: "عين اليوم – دياربكر"


def _past_dateline(index: ArticleIndex, first: int, stop: int) -> int:
    """The first word past a byline and its place at ``first`` ("عين اليوم – دياربكر قتل
    شرطي …، حسب ما أفاد مصدر طبي": the paper's credit and where, not what the source said):
    a dash within the first few words, then one place (an entity, or one word)."""
    for k in range(first, min(first + DATELINE_WORDS + 1, stop)):
        if index.words[k].text in DASHES:
            place = k + 1
            if place >= stop or place in index.cues or not index.is_word[place]:
                break  # "الجيش – وفق مصادر – قصف": an aside between dashes, no dateline
            if place in index.entity_of:
                return index.entity_span[index.entity_of[place]].stop
            return place + 1 if place + 1 < stop else first
        if index.words[k].text in COMMAS or k in index.cues:
            break
    return first


# "But": a clause of its own after a comma ("…، غير أنه لم تحدث …"، "…، إلا أن …").
_BUT_THAT = [
    [match_key(a), match_key(b)] for a, b in (("غير", "أنه"), ("غير", "أن"), ("إلا", "أن"), ("إلا", "أنه"))
]


TRAILING_MIN_WORDS = 4  # a clause credited by a trailing "، كما أعلن X" has at least four words
NAME_TAIL_WORDS = 3  # definite words after a credited body the tagger left out: "للانباء الرسمية"


def _trailing_report(
    sentence: SentenceSpan, word: int, subject: Subject, context: AttributionContext
) -> tuple[int, int] | None:
    """The clause before "، كما أعلن وزير النقل." (a verb that reports nothing after its
    named subject, the sentence ending or going on past a comma with no إن/أن): what
    that subject said. "، كما أعلن الوزير أن …" reports forward instead and
    "، كما قالوا، …" (no subject named) is an aside."""
    index = sentence.index
    if index.keys[word] in ADDRESSING_VERBS or index.keys[word] in CALLS:
        return None  # "…، كما نصحت السكان المحليين باتخاذ …": whom it advised, not a source
    # "، كما أعلن"، or "، على ما أعلنت وكالة الأناضول الجمعة." (as the agency announced)
    lead = 2 if word >= 3 and index.keys[word - 1] == "ما" and index.keys[word - 2] in _AS_ON else 1
    if lead == 1 and not (word >= 2 and index.keys[word - 1] == AS_WELL):
        return None
    # "… في السباق على ما اوضح رئيس البلدية." needs no comma before its على ما: the clause
    # ends at على (and the sentence right after the subject, checked below)
    comma = index.words[word - lead - 1].text in COMMAS
    if not comma and (lead == 1 or word - lead <= sentence.first):
        return None
    first = word + 1
    told_to = index.entity_at_first.get(first)
    if (
        told_to is not None
        and index.keys[first][:1] == "ل"
        and index.entity_span[told_to].stop == subject.first
    ):
        first = subject.first  # whom it was told: "، كما أعلنت [لوكالة الصحافة الفرنسية] فلانة"
    if not subject.named or subject.fronted or subject.stop is None or subject.first != first:
        return None
    after = subject.stop
    tail = 0
    while (
        tail < NAME_TAIL_WORDS
        and after < sentence.stop
        and index.untagged_word(after)
        and index.keys[after].startswith(("لل", "ال"))
        and not _time(index, after, sentence.stop)
    ):
        after, tail = after + 1, tail + 1  # the rest of its name: "وكالة الاناضول للانباء الرسمية"
    while after < sentence.stop and _time(index, after, sentence.stop):
        after += 1  # "… وكالة الأناضول الجمعة."
    if after < sentence.stop and index.words[after].text in COMMAS and comma:
        if after + 1 < sentence.stop and index.keys[after + 1] in PARTICLES:
            return None
    elif after < sentence.stop and index.words[after].text not in TERMINATORS + "…":
        return None
    clause = _clause_before(sentence, word - lead - (1 if comma else 0), context)
    if clause is not None and len(index.doc.text[clause[0] : clause[1]].split()) < TRAILING_MIN_WORDS:
        return None  # "من جانب آخر، كما أشارت الصحيفة، …": a connective, what follows is reported
    return clause


def _continued(last: Speaker | Source | None) -> Subject:
    """The last speaker (or unnamed source) goes on: "، مؤكدا أن"."""
    return Subject(source=last) if isinstance(last, Source) else Subject(last)


def quote_continuation(sentence: SentenceSpan, context: AttributionContext) -> list[Statement] | None:
    """A quotation of its own right after a statement goes on with it (cue ``""``),
    unless a speaker is named after it ("«…»، غرّد الوزير فلان")."""
    index = sentence.index
    if (
        not context.statements
        or context.statement_sentence != sentence.number - 1
        or not index.speech_quote(sentence.first)
    ):
        return None
    quote = index.quote_at[sentence.first]
    named = subject_after(index, quote.closing_word, sentence.stop)
    last = context.statements[-1]
    speaker = index.speakers[named] if named is not None else last.speaker
    found = Statement(
        index.doc.text[quote.start : quote.end],
        quote.start,
        quote.end,
        "",
        speaker,
        source=None if named is not None else last.source,
    )
    context.statements.append(found)
    context.statement_sentence = sentence.number
    return [found]


# Tried in order for each sentence; the first that answers decides it.
SENTENCE_RULES: Sequence[SentenceRule] = (headline_colon, reporting_cues, quote_continuation)


def find_statements(doc: PreparedDocument, entities: list[Entity]) -> list[Statement]:
    """Find quoted and reported statements and who made them.

    Args:
        doc: The prepared article (:func:`qawl.data.prepared.prepare`).
        entities: Its named entities, with offsets into ``doc.text``; any label
            set works: PER/PERS, ORG and GPE entities (BIO prefixes ignored) can be
            speakers, the others (DATE…) are skipped over.

    Returns:
        The statements in text order, each with ``text == doc.text[start:end]``,
        the cue as written with its offsets (``":"`` for a headline colon, ``""``
        and -1 for a quotation continuing the previous statement), and its
        speaker: a :class:`~qawl.document.Speaker` named by the fullest mention,
        listing every mention of that speaker, or None. ``stance`` is left None.

    Raises:
        ValueError: An entity whose offsets fall outside the text.

    Example:
        >>> text = "وقال مارك روته إن الحلف يراقب الوضع. وأضاف: «لن نتردد في الدفاع»."
        >>> ents = [Entity("مارك روته", "PER", 5, 14)]
        >>> [(s.text, s.cue, s.speaker.name) for s in find_statements(prepare(text), ents)]
        [('الحلف يراقب الوضع', 'وقال', 'مارك روته'), ('لن نتردد في الدفاع', 'وأضاف', 'مارك روته')]
    """
    text = doc.text
    for e in entities:
        if not 0 <= e.start < e.end <= len(text):
            raise ValueError(
                f"entity {e.text!r} has offsets {e.start}:{e.end} outside the text "
                f"(length {len(text)}); pass entities found in this same text"
            )
    if not text.strip():
        return []
    index = ArticleIndex(doc, entities)
    book = SpeakerBook(index)
    context = AttributionContext()
    for number, s in enumerate(doc.sentences):
        if s.first_word >= s.stop_word:
            continue
        if context.statements and index.words[s.first_word].start < context.reported_until:
            continue  # inside a headline's line
        sentence = SentenceSpan(index, book, number, s.first_word, s.stop_word)
        for rule in SENTENCE_RULES:
            if rule(sentence, context) is not None:
                break
    _headline_title_named(index, book, context.statements)
    for statement in context.statements:  # a title the article names only later
        if statement.speaker is not None:
            statement.speaker = book.named_later(statement.speaker)
    return context.statements


def _headline_title_named(index: ArticleIndex, book: SpeakerBook, statements: list[Statement]) -> None:
    """A headline's speaker given by one person's title alone (``مسؤول أممي يحذر من …``،
    ``متحدث «الانتخابات البلدية»: …``، ``مدير الاتحاد السابق : …``) is the first person the
    body quotes with that title word beside the name (``حذر نائب الأمين العام … [PER ستيفن
    اوبراين]``): the paper headlines its main speaker by title. Only the headline's colon or
    present verb, in the article's first sentence, and only a singular title (``محللون``،
    ``سياسيون`` stay a group)."""
    sentences = index.doc.sentences
    if len(sentences) < 2:
        return
    end = index.words[sentences[0].stop_word - 1].end
    for statement in statements:
        if statement.start >= end or not (statement.cue == ":" or _present_cue(index, statement)):
            continue
        said_by = statement.mention or statement.source
        if said_by is None:
            continue
        first = bisect_left(index.starts, said_by.start)
        if plural_group(index.keys[first]):
            continue
        if statement.source is not None or (
            statement.speaker is not None
            and statement.speaker.label == "PER"
            and id(statement.speaker) in book.title_only
        ):
            body = _titled_in_body(index, book, statements, end, index.keys[first])
            if body is not None:
                statement.speaker, statement.source = body, None
                statement.mention = Mention(said_by.start, said_by.end)  # the title, where it names him


TITLE_NEAR_NAME = 8  # words either side of a body speaker's name where the headline's title may stand
_ANY_OFFICIAL = match_keys("مسؤول مسئول مسؤولة")  # "an official": any title will do


def _titled_in_body(
    index: ArticleIndex, book: SpeakerBook, statements: list[Statement], end: int, title: str
) -> Speaker | None:
    """The first named person quoted in the body with the headline's title word near his
    name (``مدير الاتحاد السابق`` … ``أكد مدير الكرة السابق … محمد السليمان``; for ``مسؤول``
    any title): else None, for the body may quote others first."""
    head = title[2:] if title.startswith("ال") else title
    body_first = bisect_left(index.starts, end)  # the headline's own title word is not near
    for s in statements:
        if s.start < end or s.speaker is None or s.speaker.label != "PER" or id(s.speaker) in book.title_only:
            continue
        # where the statement names him, or anywhere the body names him: "فجر رئيس نادي …
        # فلان، مفاجأة، بعدما كشف عن أن …" (the cue is far from his title)
        mentions = [s.mention] if s.mention is not None else []
        for mention in mentions + [m for m in s.speaker.mentions if m.start >= end]:
            first, stop = bisect_left(index.starts, mention.start), bisect_left(index.starts, mention.end)
            near = [
                k[2:] if k.startswith("ال") else k
                for k in index.keys[max(body_first, first - TITLE_NEAR_NAME) : stop + TITLE_NEAR_NAME]
            ]
            if head in near or (head in _ANY_OFFICIAL and any(k in PERSON_TITLES for k in near)):
                return s.speaker
    return None


def _present_cue(index: ArticleIndex, statement: Statement) -> bool:
    """Whether a statement's cue is a present-tense reporting verb (a headline's "يحذر")."""
    word = bisect_left(index.starts, statement.cue_start)
    cue = index.cues.get(word)
    return cue is not None and cue.kind == "present"
