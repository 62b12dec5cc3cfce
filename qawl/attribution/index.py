"""The article index attribution rules read: words, quotes, lines, entities and cues by word.

:class:`ArticleIndex` is built once per article from its
:class:`~qawl.data.prepared.PreparedDocument` and its entities. Rules ask it
questions by word index (is this word a cue? which entity covers it? does a
speech quotation open here?) instead of re-reading the text, and build
:class:`~qawl.document.Statement` objects through :meth:`ArticleIndex.statement`
so every offset points into the caller's text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container
from dataclasses import dataclass

from qawl.attribution.cues import (
    ACCORDING_TO,
    ACCUSING,
    ADDING,
    ADMITS,
    AFTER_COMMA_PARTICIPLES,
    AS_REPORTED,
    AS_WELL,
    ASCRIBING,
    ASKING,
    ATTACK_NOUNS,
    BEFORE_ABOUT,
    BEFORE_ADDRESSEE,
    BEFORE_PARTICLE_FORMS,
    BLAMES,
    BUT,
    CLAIMS,
    CUES,
    DATA_NOUNS,
    DESCRIBING_FORMS,
    IN_OCCASION,
    INFORMING,
    LI,
    MARKED_OBJECT_VERBS,
    MARKERS,
    MEDIA,
    OPENING_CUES,
    PARTICLES,
    PREPOSITIONS,
    RELATIVES,
    REPORT_NOUN_VERBS,
    REPORT_NOUNS,
    RESPONSIBILITY,
    SAYING,
    SEEING,
    SHOWING,
    SPEECH_OCCASIONS,
    TO_PARTICLE,
    UNLEARNED,
    VERB_NEGATIONS,
    WAS,
    Cue,
    without_that,
)
from qawl.attribution.speakers import cluster_speakers, speaker_label
from qawl.attribution.titles import (
    DEATHS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    NAME_LINKS,
    ORG_HEADS,
    PERSON_TITLES,
    PLACE_NOUNS,
    PLACE_PLURALS,
    PROPHET,
    SOURCE_HEADS,
    STATE_HEADS,
    TIME_WORDS,
    eulogy_at,
)
from qawl.data.prepared import PreparedDocument
from qawl.data.sentences import in_letter_chain
from qawl.data.text import has_tanwin, is_function_word, match_key, match_keys
from qawl.document import Entity, Speaker, Statement

CLAIM_WINDOW = 10  # a claim verb and the attack it claims fewer words on: "وتبنى التنظيم في بيان الهجوم",
# "وتبنى المتحدث باسم حركة طالبان ذبيح الله مجاهد، الاعتداء"
ADMIT_WINDOW = 10  # words from an admitting verb to its بـ object ("اعترفت وسائل الإعلام التابعة لـ… بزراعة")
BLAME_WINDOW = 9  # from a blame verb to the responsibility: "وحملت حركتا حماس والجهاد الإسلامي الاحتلال …"
# Honorifics abbreviated with a period (د. for الدكتور, م. for المهندس, أ. for الأستاذ).
_ABBREVIATIONS = match_keys("د م أ")
# Words between an addressing verb and the marker of what it asks ("وطلبت وزارة الصحة من"):
# how far طلب looks for its من to be a cue, and how far the rules look for the marker.
ADDRESSEE_WINDOW = 8
_CLAIM_PREFIXES = ("", "ال", "و", "وال", "ب", "بال", "ف", "فال")
FINAL_PUNCT = set(".،,؛;:!?؟…-–—")
# Clause separators: the Arabic semicolon is one, read like a comma (it ends a sentence only
# before a link to another party: qawl.data.sentences).
COMMAS = {"،", ",", "؛", ";"}
# What opens a clause of its own inside where the words were said: "في مؤتمر صحفي عقده
# ونظيره …"، "خلال لقائه مع …", and who published it ("وتابع في حديث نشرته وكالة «إيتار -
# تاس» الروسية:"), within OCCASION_CLAUSE_REACH words of the occasion.
_OCCASION_CLAUSE = match_keys(
    "عقده عقدها عقداه عقدته أجراه أجرته أجرتها ألقاه ألقاها أدلى مع جمعه جمعها "
    "نشرته نشرتها نقلته نقلتها بثته بثتها أوردته أوردتها"
)
OCCASION_CLAUSE_REACH = 3
ASIDE_WORDS = 8  # words of an occasion between commas after a verb: "، في بيان صادر عن وزارة خارجيتها،"
_WHAT = match_keys("ما بما لما مما")
_WHAT_OR_WHOM = _WHAT | match_keys("من")  # before a describing verb: "بما وصفه"، "من وصفهم"
# Things that indicate before a present verb: "واقع الأمور يشير"، "المؤشرات تؤكد".
_STATES_OF_THINGS = match_keys("الأمور المؤشرات الدلائل الشواهد الوقائع المعطيات")
# After a preposition or a quantifier a word is a noun: "عن أبلغ التهاني"، "أن يقوم كل طالب بتمثيل".
# "أمام طلب يتضاعف": before a demand; "عبر كشف طرق …"، "خلال كشف …": a verbal noun after a
# preposition of means or time (not بعد, also "yet": "لم يوقع عليه بعد بقوله «…»")
_NOUN_BEFORE = match_keys("عن على في إلى كل أي أمام عبر خلال")
_WILL = match_keys("سوف وسوف")
# Things named like a verb: "خدمة تواصل"، "برنامج أبشر"، "منصة تابع".
_SERVICES = match_keys("خدمة برنامج تطبيق منصة مبادرة حملة بوابة")
_DREW = match_keys("لفت ولفت لفتت ولفتت")
_EYES = match_keys("أنظار الأنظار انتباه الانتباه")
# "again" as well as "renewing": before a preposition or the sentence's end it is the adverb
# ("السيطرة مجددا على العاصمة"، "وشدد روحاني مجددا على أن"; the cue is "مجددا التأكيد على").
_AGAIN = match_keys("مجددا ومجددا")
# "For his part" after من ("من جهته، قال …"، "وشدد من جانبه على …"): the speaker's own side.
ONES_SIDE = match_keys("جهته جهتها جهتهم جانبه جانبها جانبهم ناحيته ناحيتها طرفه طرفها")
# شدد is "stressed" before على and "tightened" before من, unless من opens "for his part":
# "وكانت تونس قد شددت من إجراءاتها الأمنية" (4 of the 6 شدد/شددت من in more.txt).
_STRESSED = match_keys("شدد شددت وشدد وشددت فشدد فشددت")
_STUDENT = match_keys("طالب طالبة")  # also "demanded"; after a name and its comma, a student
_WHAT_IS_ASKED = match_keys("أن بأن :")  # the particle or colon of a request (طلب)
_TIMES = match_keys("الوقت المرة الأولى اليوم الأسبوع الشهر العام اللحظة الفترة")  # a time's relative clause
# "In it" right after a verb: what a document or a time holds ("بيانا أعلنت فيه"، "في الوقت الذي
# أعلنت فيه"; not خلاله).
IN_IT = match_keys("فيه فيها")
# و + دعا and ودّع "bade farewell" share their letters; the shadda on the دال tells them apart
# ("ودّعت محافظة ميسان أصغر الشهداء"), where the paper writes it.
_FAREWELL = match_keys("ودعت ودعوا ودعا")
_SHADDA_AFTER_DAL = re.compile("\u0648[\u064b-\u0652]*\u062f[\u064b-\u0650\u0652]*\u0651")
# Two parties in the dual after بين: "بين البلدين" is "between the two countries", never
# بيّن with its subject (a dual subject would read البلدان).
_PAIRS = match_keys(
    "البلدين الطرفين الجانبين الدولتين الشعبين الحكومتين الفريقين الرجلين الزعيمين الرئيسين "
    "الوزيرين الناديين المنتخبين الجهتين المملكتين العاصمتين الجارتين الشقيقتين الشقيقين"
)
# "بينه وبين"، "بين الدولة وبين": the first "between" of a pair, whose وبين is never بيّن.
_BETWEEN_FORMS = match_keys("بين بينه بينها بينهم بينهما بيننا بينك بينكم")
ASCRIBE_TO_REACH = 24  # tokens from عزا/أرجع to its إلى: "أرجعت جهات الاختصاص … تأخر تنفيذ مشروع … إلى"
BETWEEN_AND_REACH = 4  # words from the first بين to وبين: "بين الحكومة اليمنية الشرعية وبين"
# "ما بين"، "فيما بين": the preposition "between", never بيّن "explained".
_BETWEEN = match_keys("ما فيما")
# The ة participles of saying, a cue before a colon: "قائلة:"، "مضيفة:".
_SAYING_ONE = match_keys("قائلة مضيفة موضحة مردفة")  # (a ة form takes no و: cues._prefixes)
DASHES = frozenset("-–—")  # between a byline or a dateline and the text
# and a dash written with tatweels, "ــ": before a trailing credit, no word of the statement
_DRAWN_DASHES = DASHES | {"ـ"}
# Nouns of discourse the tagger may call a body: "وفي نفس [ORG السياق]، أوضح" is "in the same
# context", never a speaker.
_DISCOURSE_NOUNS = match_keys("السياق الصدد الإطار الشأن المقابل")
BYLINE_WORDS = 4  # a reporter's name between the title's full stop and the dash before his paper
# Private persons a story never names, by what they are to it ("وقال الشاكي إنه …"): common
# nouns, though the tagger may call one a person ("[PER الشاكي]"); read as an unnamed source.
PRIVATE_PERSONS = match_keys("المواطن المواطنة الشاكي الشاكية المشتكي المشتكية")
_COMMON_NOUNS = _DISCOURSE_NOUNS | PRIVATE_PERSONS  # never a speaking entity, whatever the tagger says


# Refusing to be named is no report: "وصرح مسؤول تركي رفض الكشف عن هويته لوكالة فرانس برس";
# nor asking or preferring not to be ("طالبا عدم كشف اسمه"، "مفضلا عدم ذكر اسمه").
_REFUSED = match_keys("رفض ورفض رفضت ورفضت طالبا طالبة طلب طلبت مفضلا مفضلة فضل فضلت")
# The name or identity a speaker withholds ("رفض الكشف عن هويته"، "الذي طلب عدم ذكر اسمه").
IDENTITY_WORDS = match_keys("اسمه اسمها اسمهم هويته هويتها هويتهم")
IDENTITY_REACH = 4  # words from رفض to اسمه: "رفض الكشف عن هويته"
_EXALTED = match_keys("سبحانه تعالى تبارك")
_GOD = match_keys("الله الحق المولى")
# After من these make an adverbial, not a verb's marked object: "أشارت من خلالها الإدارة إلى".
# What a state recognizes rather than admits: "اعترفت السويد بدولة فلسطين".
_RECOGNIZED = match_keys("دولة حكومة سيادة شرعية استقلال حق حقوق")
# A preposition with the pronoun of the thing a relative clause describes: "الذي حذر منه".
_OF_IT = match_keys("منه منها عنه عنها عليه عليها به بها إليه إليها")
_FROM_ADVERBIALS = match_keys("خلال خلاله خلالها جهته جهتها جانبه جانبها")
# أفاد's participle is "useful" too: a cue only as "، مفيدا أن" (every written form of it).
_USEFUL = frozenset(k for k in INFORMING if CUES[k].kind == "participle")
_SAYS = match_keys("قال وقال فقال يقول ويقول") | match_keys("بقوله وبقوله")  # "بقوله سبحانه (…)"
# A cue word after these is a verbal noun: "عدم ذكر اسمه"، "لم يشأ كشف هويته".
# And after تم/يتم, which passivize a verbal noun: "أن يتم وصف من يقتلون … بأنهم".
# (and after a verb of intending: "يعتزم طلب العقوبة القصوى")
_BEFORE_VERBAL_NOUNS = frozenset(
    match_keys(
        "عدم دون بدون وعدم يشأ تشأ يشاء تشاء يمكن تم يتم وتم ويتم "
        "يعتزم تعتزم يعتزمون ويعتزم وتعتزم ينوي تنوي وينوي وتنوي"
    )
)
# Imperfect forms read as a passive when أن follows at once: "ويذكر أن" (it is noted
# that) closes 1,358 more.txt articles with background, with no speaker; a subject
# between them (يذكر المؤلف أن) keeps the cue. "تبين أن" (it turned out that; 252 times in
# more.txt) is the same: the finding of an inquiry, not anyone's words. So are "ويتوقع
# أن" and "ويعتقد أن", with or without و (it is expected, believed: 100 and 43 times in
# more.txt with it).
# توقع is "expects" and, spelled for أوقع, "inflicts": with a count of the dead after it, the latter.
_INFLICTS = match_keys("توقع يوقع وتوقع ويوقع")
_CASUALTIES = match_keys("قتيل قتيلا قتلى جريح جريحا جرحى مصاب مصابا مصابين شهيد شهيدا شهداء ضحية ضحايا")
_IMPERSONAL = frozenset(match_keys("يذكر ويذكر فيذكر تبين وتبين فتبين يتوقع ويتوقع يعتقد ويعتقد"))
_DEMONSTRATIVES = match_keys("هذه هذا هذان هاتان هؤلاء تلك ذلك")  # "وتكشف هذه الهجمات"
_OPENERS = frozenset(".!?؟:\n")  # what a sentence-opening cue comes after (OPENING_CUES)
# Words from عبّر back to an earlier عبّر (the later bare عبر is "via"), and the words a
# via phrase adds before the عن of what it expresses.
ABOUT_VERB_REACH = 6
# Who got a copy of the statement: "في بيان حصلت «عكاظ» على نسخة منه"، "تلقت وكالة فرانس برس
# نسخة منه"، "زودت "الرياض" بنسخة منه" (125 more.txt lines say "نسخة منه/منها").
_COPY_VERBS = match_keys("حصلت حصل تلقت تلقى زودت زود تسلمت تسلم وصلت وصل")
_COPY_WORDS = match_keys("نسخة بنسخة")
_COPY_OF_IT = match_keys("منه منها")
COPY_CLAUSE_TOKENS = 9  # from the verb to منه: "تلقت وكالة الأنباء الألمانية نسخة منه"
BETWEEN_REACH = 5  # words from بين to the و of its second party
MIN_QUOTE_WORDS = 3  # a shorter quote is a scare quote or a name, not speech
# A medium's quoted name: at most this many words, after at most this many adjectives of the
# medium's noun (القناة التلفزيونية الألمانية الرسمية «آي آر دي»).
MEDIUM_NAME_WORDS = 4
MEDIUM_ADJECTIVES = 4
# "In his name": whose words they are, never what a marked verb reports ("وأعرب الملك باسمه
# واسم شعبه عن …").
_ON_BEHALF = match_keys("باسم باسمه باسمها باسمهم")


def not_said(key: str) -> bool:
    """Whether a بـ word names how or whose the words are, never what a marked verb
    reports: a report noun ("في بيان": where) or "in his name" (باسمه)."""
    return key in REPORT_NOUNS or key in _ON_BEHALF


# Numbers in words, after which a verb-shaped word is the noun counted: "200 ألف طالب".
_NUMBER_WORDS = match_keys("ألف آلاف مليون ملايين مئة مائة مئات عشرات")
PARTICLE_WINDOW = 15  # words between a cue's subject and its إن/أن


def _clitic_form_of(key: str, words: Container[str]) -> bool:
    """Whether a match key is one of ``words`` behind ال or a clitic (:data:`_CLAIM_PREFIXES`)."""
    return any(key.startswith(p) and key[len(p) :] in words for p in _CLAIM_PREFIXES)


def _narrator_cut(index: ArticleIndex, opening: int, closing: int) -> int:
    """Where a quotation really closes: at the comma before a participle cue and its
    particle inside the marks (``قال إن "الحملة تدرك أهمية …، مؤكداً أنه يتم …"``), which
    is the paper's narration left inside the speaker's words, not the speaker's own (a
    speaker does not say "مؤكدا" of himself). The comma's word stands as the closing mark;
    the participle then reports the rest as its own statement. Else ``closing``."""
    for k in range(opening + 3, closing - 2):
        cue = CUES.get(index.keys[k])
        if cue is None or cue.kind != "participle" or index.words[k - 1].text not in COMMAS:
            continue
        after = k + 2 if index.keys[k + 1] == "الى" else k + 1  # "لافتا إلى أن"
        if after < closing and index.keys[after] in PARTICLES:
            return k - 1
    return closing


@dataclass(frozen=True)
class Quote:
    """A quotation, by word and by character.

    Attributes:
        start: Offset of the first character inside the marks (the first inner word).
        end: Offset just past the last inner word.
        closing_word: Index of the closing mark's word.
    """

    start: int
    end: int
    closing_word: int


@dataclass(frozen=True)
class EntitySpan:
    """An entity by word: ``first`` to ``stop`` (exclusive)."""

    first: int
    stop: int


class ArticleIndex:
    """Words, quotes, lines and entities of one article, indexed by word.

    Args:
        doc: The prepared article.
        entities: Its named entities (any label set; PER/ORG/GPE can speak).

    Attributes:
        doc: The prepared article (``doc.text`` is the caller's string).
        words: ``doc.words``.
        keys: Each word's :func:`~qawl.data.text.match_key`.
        is_word: Whether each word has a letter or digit (not punctuation).
        line: The line each word is on.
        quote_at: The quotation opening at each opening-mark word.
        in_quote: For each word, the opening-mark word of its quotation, or -1.
        speakers: The :class:`~qawl.document.Speaker` of each speaking entity, by entity number.
        entity_span: Each entity's words (entities sorted by start, longest first).
        entity_at_first: The entity starting at a word (the first one listed).
        entity_of: The entity covering a word.
        labels: Each entity's label, by entity number.
        cues: The reporting cue at each cue word.
    """

    def __init__(self, doc: PreparedDocument, entities: list[Entity]):
        self.doc = doc
        self.words = doc.words
        self.keys = [match_key(w.text) for w in self.words]
        for k in range(len(self.words) - 1):
            # a letter of a spelled-out acronym is no particle: "إن.بي.سي" (not إن); never
            # "صالح.وكان", two sentences a scraper glued (in_letter_chain, the splitter's test)
            period = self.words[k + 1]
            if (
                period.text == "."
                and self.words[k].end == period.start
                and in_letter_chain(doc.text, period.start)
            ):
                self.keys[k] += "."
        self.is_word = [any(c.isalnum() for c in w.text) for w in self.words]
        self.starts = [w.start for w in self.words]
        ends = [w.end for w in self.words]
        self.line = [doc.line_of(s) for s in self.starts]
        self.quote_at: dict[int, Quote] = {}
        self.in_quote = [-1] * len(self.words)
        self._orphan_marks: set[int] = set()  # closing marks of quotations cut at their narration
        for inside_start, inside_end in doc.quotes:
            # The opening mark is the word ending where the inside begins (it may stand
            # for several characters of the original: &quot;).
            opening = bisect_left(ends, inside_start)
            written = bisect_left(self.starts, inside_end)
            closing = _narrator_cut(self, opening, written)
            if closing != written:
                self._orphan_marks.add(written)
            if closing > opening + 1:  # the inside, from its first word to its last
                self.quote_at[opening] = Quote(self.starts[opening + 1], ends[closing - 1], closing)
            self.in_quote[opening + 1 : closing] = [opening] * (closing - opening - 1)
        ordered = sorted(entities, key=lambda e: (e.start, -e.end))
        self.labels = [e.label for e in ordered]
        self.entity_span: list[EntitySpan] = []
        self.entity_at_first: dict[int, int] = {}
        self.entity_of: dict[int, int] = {}
        for number, entity in enumerate(ordered):
            first, stop = bisect_right(ends, entity.start), bisect_left(self.starts, entity.end)
            self.entity_span.append(EntitySpan(first, stop))
            if first < stop:  # an entity over no word (whitespace) marks nothing
                self.entity_at_first.setdefault(first, number)
            for word in range(first, stop):
                self.entity_of.setdefault(word, number)
        self.speakers = cluster_speakers(
            doc.text, [(e, self._speaker_label(n, e)) for n, e in enumerate(ordered)]
        )
        self.cues = {word: cue for word in range(len(self.words)) if (cue := self._cue_at(word))}

    def _speaker_label(self, number: int, entity: Entity) -> str:
        """The entity's speaker label (:func:`~qawl.attribution.speakers.speaker_label`), or
        none: for a noun of discourse the tagger took for a name (``وفي نفس [ORG السياق]``)
        and for the reporter's byline, a name right after the title's full stop (or after one
        untagged given name) and before a dash (``… . [PER عمر ابراهيم] – عين اليوم``، ``… .
        لجين [GPE الأحمدي] –``; 492 articles of more.txt open so): the reporter reports, the
        people quoted are others; a dateline's place there speaks no more (``… . [GPE الرياض] –``)."""
        label = speaker_label(entity.label)
        span = self.entity_span[number]
        # the given name may be left untagged, the surname taken for a place ("لجين [GPE الأحمدي] –")
        # (not a reporting verb: "… . وقال [PER عبد الغني]- الذي …" is a speaker and his aside)
        given = (
            span.first > 1
            and self.is_word[span.first - 1]
            and span.first - 1 not in self.entity_of
            and self.keys[span.first - 1] not in CUES
            and self.keys[span.first - 1][1:] not in CUES
        )
        after_stop = span.first - 1 - given
        byline = (
            bool(label)
            and after_stop >= 0
            and self.words[after_stop].text == "."
            and span.stop < len(self.words)
            and self.words[span.stop].text in DASHES
        )
        event = span.first < span.stop and self.keys[span.first] in DEATHS  # "[ORG استشهاد الحربي] يكشف"
        common = match_key(entity.text) in _COMMON_NOUNS  # "وفي نفس [ORG السياق]"، "[PER الشاكي]"
        return "" if byline or event or common or self._byline_paper(span) else label

    def _byline_paper(self, span: EntitySpan) -> bool:
        """Whether an entity is the paper or place of a byline, right after its dash: "… . حنان
        الحامدي – [ORG عين اليوم] أكدت مواقع …" (the reporter's paper or where he writes from,
        never the subject of the verb after it). The byline is at most BYLINE_WORDS words after
        the title's full stop."""
        dash = span.first - 1
        if dash < 1 or self.words[dash].text not in DASHES:
            return False
        for k in range(dash - 1, max(-1, dash - 1 - BYLINE_WORDS), -1):
            if self.words[k].text == ".":
                return k < dash - 1
            if not self.is_word[k]:
                return False
        return False

    # -- cues ---------------------------------------------------------------------------

    def _cue_at(self, word: int) -> Cue | None:
        if (
            self.keys[word] in REPORT_NOUNS
            and word > 1
            and self.keys[word - 1] == "في"
            and self.keys[word - 2] in REPORT_NOUN_VERBS
            and self.in_quote[word] < 0
        ):
            return Cue("noun", False)  # "وجاء في بيان الوزارة أن …"
        cue = CUES.get(self.keys[word])
        if (
            cue is not None
            and self.keys[word] in _FAREWELL
            and _SHADDA_AFTER_DAL.match(self.words[word].text)
        ):
            return None  # "ودّعت المدينة شهيدها": bade farewell, not "and called"
        if (
            self.keys[word] in _STUDENT
            and word > 1
            and self.words[word - 1].text in COMMAS
            and self.entity_of.get(word - 2) is not None
            and self.labels[self.entity_of[word - 2]] == "PER"
        ):
            return None  # "حطم [PER توم بيتمان]، طالب الثانوي الفرنسي، الرقم": a student, not "demanded"
        if (
            self.keys[word] in _STRESSED
            and word + 2 < len(self.keys)
            and self.keys[word + 1] == "من"
            and self.keys[word + 2] not in ONES_SIDE
        ):
            return None  # "شددت من إجراءاتها الأمنية": tightened, not "stressed"
        if cue is None and (
            word == 0 or self.words[word - 1].text in _OPENERS or self.keys[word - 1] == AS_WELL
        ):
            cue = OPENING_CUES.get(self.keys[word])  # "… . دان معالي رئيس المجلس"، "كما دان الأمين العام"
        if cue is None or self.in_quote[word] >= 0:
            return None  # quoted words are the speaker's
        if (
            word
            and self.keys[word - 1] in CUES
            and cue.kind != "according"
            and not self._noun_after_but(word - 1)
            # a weak verb that is no cue here leaves the word after it its own ("واختتم بالقول")
            and (not CUES[self.keys[word - 1]].weak or self._cue_at(word - 1) is not None)
        ):
            return None  # "قال محذرا" is one cue; "وقال وفقاً لما نقلته الوكالة" credits its source
        if (
            self.keys[word] in AFTER_COMMA_PARTICIPLES
            and not self.after_comma(word)
            # a prayer opening its own sentence goes on from the speaker too: "… . سائلاً الله -
            # تعالى - أن يرحم الشهداء"
            and not (self.keys[word] in ASKING and word and self.words[word - 1].text in ".؛;")
            # accusing a named party of something needs no comma: "إنه سيصعد هجماته متهمًا [GPE
            # تركيا] بانتهاك وقف إطلاق النار"
            and not (self.keys[word] in ACCUSING and self._named_then_bi(word + 1))
        ):
            return None  # "20 متهما" are defendants, "معبرا حدوديا" a crossing
        if self.keys[word] in _USEFUL and not (
            self.after_comma(word) and word + 1 < len(self.keys) and self.keys[word + 1] in PARTICLES
        ):
            return None  # "كان مفيدا للطرفين" is useful; "، مفيداً أن …" informs
        if word and self.keys[word - 1] in _BEFORE_VERBAL_NOUNS:
            return None  # "عدم ذكر اسمه": a verbal noun, not a verb
        if self.keys[word] in _INFLICTS and self._casualties_after(word):
            return None  # "حرب الانقلابيين توقع 3800 قتيل": inflicts (أوقع), not expects
        if word > 1 and without_that(self.keys, word - 2):
            return None  # "وكتب دون أن يذكر إردوغان بالاسم «…»": without naming, nobody's report
        if word and self.keys[word - 1] in _NOUN_BEFORE:
            return None  # "عن أبلغ التهاني"، "كل طالب": a noun, not a verb
        if word and self.keys[word - 1] in _SERVICES:
            return None  # "يذكر أن خدمة تواصل تستقبل …": the service's name, not "went on"
        if word and self.keys[word - 1] == "من" and cue.kind == "past" and self.keys[word][:1] == "ت":
            return None  # "يتمكنوا من تجنب خطرها": a verbal noun of the form تفعّل, not a verb
        if word and self.keys[word - 1] in _WILL:
            return None  # "والتي سوف تعلن عنها الوزارة": nothing said yet
        if word and self.keys[word - 1] == "مما" and cue.kind in ("past", "present"):
            return None  # "مما يشير إلى أن"، "مما يهدد بإبادة جماعية": which shows, nobody's words
        if word and self.keys[word - 1] in VERB_NEGATIONS:
            return None  # "ولم تعلن أي جهة المسؤولية"، "ولم تعترف واشنطن بأنها …": nothing said
        if self.keys[word] in _IMPERSONAL and word + 1 < len(self.words) and self.keys[word + 1] in PARTICLES:
            return None  # "ويذكر أن …": "it is noted that", the paper's own background
        if cue.kind != "participle" and self._demonstrative_subject(word):
            return None  # "وتكشف هذه الهجمات تصاعد …": things that show, not people who say
        if self._ends_a_name(word):
            return None  # "رئيس بلدية بوخارست نيكوشور دان": a surname, not "condemned"
        if self._cites_scripture(word):
            return None  # "فقال سبحانه (…)"، "وقال الله تعالى": a citation inside the speaker's words
        if word and self.keys[word - 1] in _WHAT_OR_WHOM and self.keys[word] in DESCRIBING_FORMS:
            # "ندد بما وصفه بـ«الاستفزازات»"، "أن من وصفهم بالأعداء تحالفوا": named in passing
            return None
        if word and cue.kind == "present" and self.keys[word - 1] in _STATES_OF_THINGS:
            return None  # "لكن واقع الأمور يشير إلى أنه …": things indicate, nobody says
        if word and cue.kind == "present" and self._subjunctive_an(word - 1):
            return None  # "يمكن لمجلس الأمن أن يطلب من المحكمة …": what may be done, not said
        if word and self.keys[word - 1] in NAME_LINKS:
            return None  # "موفق أبو طالب", "حسن بن طالب": part of a name, not "طالب" (demanded)
        if (
            word
            and cue.kind in ("past", "present")
            and self.keys[word][:1] not in "وف"
            and self._counted(word - 1)
        ):
            return None  # "أكثر من 200 ألف طالب": students counted, not "طالب" (demanded)
        relative = word - 2 if word > 1 and self.keys[word - 1] in WAS else word - 1
        if self._noun_after_but(word):
            return None  # "لكن منتقدين يقولون إن …": a noun after "but", the subject of what follows
        if (
            relative >= 0
            and self.keys[relative].removeprefix("و") in RELATIVES
            and self._key_at(word + 1) in _OF_IT
        ):
            return None  # "الحادث … والذي حذر منه في مقاله": what he warned of is the thing named before
        if relative >= 0 and self.keys[relative] in RELATIVES and cue.continues and cue.kind == "present":
            return None  # "المرصد السوري الذي يتابع العنف في سوريا": follows, never "goes on to say"
        if relative >= 0 and self.keys[relative] in RELATIVES and not self.in_a_time(word):
            # "ألباريس، الذي دعا": the relative is the speaker named just before; but in
            # "المسؤول الذي طلب عدم ذكر اسمه" the clause describes the subject, and in
            # "التوقعات التي كانت تشير إلى" a thing points.
            named = (
                relative - 1 if relative > 0 and self.words[relative - 1].text not in COMMAS else relative - 2
            )
            entity = self.entity_of.get(named) if named >= 0 else None
            if entity is None or entity not in self.speakers:
                return None
        if self.keys[word] in ASCRIBING and not self._to_follows(word):
            return None  # "وقد عزت الجزائر عائلات الضحايا": offered condolences; عزا ascribes only to (إلى)
        if self.keys[word] in UNLEARNED:
            return None  # "أستاذ علم الاجتماع": science, not a paper that learned
        if self.keys[word] in ADMITS and not self._admits_something(word):
            return None  # "اعترفت السويد بدولة فلسطين": recognition, nothing said
        if self.keys[word] in CLAIMS and not self._claims_attack(word):
            return None  # "تبنى البرلمان القانون" adopts; only an attack claimed is a report
        if self.keys[word] in SHOWING and not self._data_show(word):
            return None  # "أظهرت الصور"، "أظهر اللاعب مستوى": only data reports
        if self.withholds_identity(word):
            return None  # "مسؤول تركي رفض الكشف عن هويته": who would not be named, not what was refused
        if self.keys[word] == "بين" and word and self.keys[word - 1] in _BETWEEN:
            return None  # "لمحاولة التفرقة ما بين مواقف الحلفاء …، مشددا": between
        if self._credits_quoted_name(word):
            return None  # "بحسب ما ذكرت "ذي دايلي مايل"": the credit's verb, read with بحسب
        if self.keys[word] in ("بين", "وبين") and self._key_at(word + 1) in _PAIRS:
            return None  # "في إطار الحوار الاستراتيجي بين البلدين، لا شك … أن": between
        if self.keys[word] == "وبين" and self._between_and(word):
            return None  # "العهد الذي بينه وبين الإرهاب أن يغتال": between him and terror
        if self.keys[word] == "بين" and self._between_two(word):
            return None  # "الاحتقان الكبير بين اللاعب صاحب الكرة الذهبية ومدربه، قرر … أن"
        if self.keys[word] == "بين" and self._between_then_comma(word):
            return None  # "تراوحت أعمارهم بين خمسة أعوام وأقل، من ضمنهم …، واتضح أن": between
        if self.keys[word] in _AGAIN and (
            word + 1 >= len(self.keys) or self.keys[word + 1] in PREPOSITIONS or not self.is_word[word + 1]
        ):
            return None  # "وترجيح كفتها مجددا على الخارطة": again, not renewing
        if self.keys[word] in _AGAIN and word and self.keys[word - 1].startswith("الت"):
            return None  # "مع التذكير مجددا أن …": a verbal noun's "again", no speaker renewing
        if self._draws_eyes(word):
            return None  # "لفت ابراهيم الشهري انظار الجهاز الفني بالمستويات": caught the eye
        if self.keys[word] in BLAMES and not self._lays_responsibility(word):
            return None  # "حمل الطفل"، "محملة بالأسلحة": carrying; only blame is a report
        if cue.weak and cue.kind != "participle":
            found = self.reporting_word_after(word)
            if self.keys[word] in BEFORE_PARTICLE_FORMS:
                if found is not None and self.keys[word] in SEEING and self.keys[found] not in PARTICLES:
                    return None  # "حين رأوا دموع فلان …: «…»": saw, and a poem quoted
                return cue if found is not None else None  # وبين أن, not "بين الطرفين"
            if self.keys[word] in ADDING:  # "وزاد: …"، "وزاد أن …", not "وزاد المؤشر"
                after = word + 1
                return (
                    cue
                    if after < len(self.keys)
                    and (self.words[after].text == ":" or self.keys[after] in PARTICLES)
                    else None
                )
            if self.keys[word] in BEFORE_ABOUT:
                if self.keys[word] == "عبر" and any(
                    self.keys[k] in BEFORE_ABOUT for k in range(max(0, word - ABOUT_VERB_REACH), word)
                ):
                    return None  # "عبرت جماهير النادي عبر وسائل التواصل عن سخطها": via
                # "وعبّر الوزير عن ارتياحه", not "عبر الحدود"
                return cue if self._about_follows(word) else None
            if self.keys[word] in BEFORE_ADDRESSEE:
                if self._key_at(word + 1) == "عدم":
                    return None  # "مسؤولا محليا، طلب عدم ذكر اسمه، قال": asked not to be named
                asks = self._soon(word, lambda k: self.keys[k] == "من")
                if (
                    found is not None
                    and self.keys[found] not in _WHAT_IS_ASKED
                    and not self._soon(
                        word,
                        lambda k: (
                            self.keys[k] == "من"
                            and not any(self.words[j].text in COMMAS for j in range(word + 1, k))
                        ),
                    )
                ):
                    # what is asked opens with a bare أن and a verb ("وطلبت أن يُعاد …"), never
                    # "أنه", unless whom it asks comes first: "والتنسيق مع السلطات وطلب معرفة
                    # ملابساته، وتبين من التحقيق أنه …" is a request (a verbal noun) and another
                    # verb's أن
                    return None
                return cue if found is not None or asks else None  # "طلب من"، not "طلب قوي على"
            # وردّ … بأن، وواصل: «…», not "في رد على" or "واصل العمل".
            return (
                cue
                if found is not None and (self.words[found].text == ":" or self.keys[found][:1] == "ب")
                else None
            )
        if (
            cue.weak
            and not has_tanwin(self.words[word].text)
            and not self.after_comma(word)  # and a semicolon: "…"؛ مشيرة إلى استمرار …"
            and not self.particle_next(word)
            # "… قائلة في بيان على موقعها على الإنترنت إن …": where she said it, then what
            and not (self.keys[word] in _SAYING_ONE and self._occasion_then_particle(word))
            # a colon after a saying one opens what she says: "غردت على صفحتها قائلة: «…»"
            # (not a byline's "متابعة:", "follow-up")
            and not (
                word + 1 < len(self.words)
                and self.words[word + 1].text == ":"
                and self.keys[word] in _SAYING_ONE
            )
        ):
            return None  # مؤكدةً, "، مؤكدة" or "مشيرة إلى أن" is an adverb; bare لافتة is a sign
        return cue

    def in_a_time(self, verb: int) -> bool:
        """Whether a verb opens a relative clause about a time and says "in it" what was said
        (``في الوقت الذي أعلنت فيه [ORG وزارة الداخلية] القبض على …``، ``المرة الأولى التي تعلن
        فيها الجامعة …``): its subject follows فيه, as after any verb."""
        return (
            verb >= 2
            and self.keys[verb - 1] in RELATIVES
            and self.keys[verb - 2] in _TIMES
            and self._key_at(verb + 1) in IN_IT
        )

    def _occasion_then_particle(self, word: int) -> bool:
        """Whether where the words were said follows ``word`` (في بيان …) and إن/أن closes it
        within :data:`ASIDE_WORDS` words, with no punctuation between."""
        if not self.occasion_at(word + 1, len(self.keys)):
            return False
        for k in range(word + 3, min(word + 3 + ASIDE_WORDS, len(self.keys))):
            if self.keys[k] in PARTICLES:
                return True
            if self.words[k].text in FINAL_PUNCT:
                return False
        return False

    def _subjunctive_an(self, word: int) -> bool:
        """Whether ``word`` is أن (not إن) before a verb: "to", never "that"."""
        return self.keys[word] == "ان" and "إ" not in self.words[word].text

    def _to_follows(self, word: int) -> bool:
        """Whether إلى follows ``word`` within :data:`ASCRIBE_TO_REACH` tokens of its sentence."""
        for k in range(word + 1, min(len(self.words), word + ASCRIBE_TO_REACH + 1)):
            if self.words[k].text in ".!?؟":
                return False
            if self.keys[k] == "الى":
                return True
        return False

    def _between_and(self, word: int) -> bool:
        """وبين at ``word`` closes a pair whose first بين is a few words before it in the same
        clause (``بينه وبين الإرهاب``): "and between", not "and he explained"."""
        for back in range(word - 1, max(-1, word - 1 - BETWEEN_AND_REACH), -1):
            if not self.is_word[back]:
                return False
            if self.keys[back] in _BETWEEN_FORMS:
                return True
        return False

    def time_at(self, word: int) -> bool:
        """Whether a word is a time word or inside a date the tagger found: "أمس"، "[DATE
        اليوم السبت]"."""
        entity = self.entity_of.get(word)
        return self.keys[word] in TIME_WORDS or (entity is not None and self.labels[entity] == "DATE")

    def within_name(self, word: int) -> bool:
        """Whether a word goes on the entity of the word before it (``المتحدة`` of ``[ORG الأمم
        المتحدة]``): windows that count a name as one word skip it."""
        return word in self.entity_of and self.entity_of.get(word - 1) == self.entity_of[word]

    def untagged_word(self, word: int) -> bool:
        """Whether a word has letters or digits, and no entity covers it nor is it a cue: a plain
        word the rules may read as a name or an object's start."""
        return self.is_word[word] and word not in self.entity_of and word not in self.cues

    def withholds_identity(self, word: int) -> bool:
        """Whether a word opens a refusal to be named: "رفض الكشف عن هويته"، "رفضت ذكر اسمها"."""
        reach = range(word + 1, min(word + 1 + IDENTITY_REACH, len(self.keys)))
        return self.keys[word] in _REFUSED and any(self.keys[k] in IDENTITY_WORDS for k in reach)

    def _counted(self, word: int) -> bool:
        """Whether a word is a number (digits, or ألف، مليون…), so the noun after it is what is
        counted."""
        return any(c.isdigit() for c in self.words[word].text) or self.keys[word] in _NUMBER_WORDS

    def _draws_eyes(self, word: int) -> bool:
        """Whether a لفت drew someone's eyes, with no إن/أن after it: "لفت اللاعب أنظار
        الجهاز الفني" (not "ولفت انتباه الحضور إلى أن …", which reports)."""
        return (
            self.keys[word] in _DREW
            and self._soon(word, lambda k: self.keys[k] in _EYES)
            and not self._soon(word, lambda k: self.keys[k] in PARTICLES)
        )

    def _soon(self, word: int, found: Callable[[int], bool], window: int = ADDRESSEE_WINDOW) -> bool:
        """Whether ``found`` holds for a word fewer than ``window`` after ``word`` (what a
        verb asks of whom, or what it is about, follows it soon)."""
        return any(found(k) for k in range(word + 1, min(word + window, len(self.keys))))

    def _between_two(self, word: int) -> bool:
        """Whether a bare بين after a definite word names two parties, the second joined by
        و before any إن/أن or comma (``بين اللاعب صاحب الكرة الذهبية ومدربه``، ``الاتفاق النووي
        بين [GPE إيران] والقوى الكبرى``): between; بيّن after its subject goes straight to
        what it explains (``المدير بين أن``)."""
        first_party = self._key_at(word + 1).startswith("ال") or word + 1 in self.entity_at_first
        if not (word and self.keys[word - 1].startswith("ال") and first_party):
            return False
        for k in range(word + 2, min(word + 2 + BETWEEN_REACH, len(self.keys))):
            if self.keys[k] in PARTICLES or self.words[k].text in COMMAS or not self.is_word[k]:
                return False
            if self.joined_by_wa(k):
                return True
        return False

    def _between_then_comma(self, word: int) -> bool:
        """Whether a bare بين inside a clause (a word before it) meets a comma before any
        إن/أن or colon: "between" (``أعمارهم بين خمسة أعوام وأقل، …، واتضح أن``); بيّن goes
        straight to what it explains (``المدير بين أن``)."""
        if not (word and self.is_word[word - 1]):
            return False
        for k in range(word + 1, min(word + PARTICLE_WINDOW, len(self.keys))):
            if self.keys[k] in PARTICLES or self.words[k].text == ":":
                return False
            if self.words[k].text in COMMAS:
                return True
        return False

    def joined_by_wa(self, word: int) -> bool:
        """Whether a word is a content word with و before it, joining something to what came
        before (``ومدربه``، ``وتحدث``), not a particle written with it (``وأن``، ``وهو``)."""
        key = self.keys[word]
        return key[:1] == "و" and len(key) > 2 and not is_function_word(self.words[word].text)

    def _named_then_bi(self, word: int) -> bool:
        """Whether a named entity opens at ``word`` and a بـ word follows it at once (``[GPE
        تركيا] بانتهاك``): of what the named party is accused."""
        entity = self.entity_at_first.get(word)
        if entity is None:
            return False
        after = self.entity_span[entity].stop
        return after < len(self.keys) and self.keys[after][:1] == "ب" and len(self.keys[after]) >= 4

    def past_copy_sent(self, word: int, stop: int) -> int:
        """The word after a clause on who got a copy of the statement, opening at ``word``
        (``زود ال"الرياض" بنسخة منه`` → what follows منه); ``word`` itself when none does.

        Example: "وعبر في بيان صحافي زود "الرياض" بنسخة منه أمس عن إدانته": the verb's عن
        and its object come after the paper that got the copy."""
        if word >= stop or self.keys[word] not in _COPY_VERBS:
            return word
        for k in range(word + 1, min(stop - 1, word + COPY_CLAUSE_TOKENS)):
            if self.keys[k] in _COPY_WORDS and self.keys[k + 1] in _COPY_OF_IT:
                return k + 2
            if self.keys[k] in PARTICLES:
                break  # (cues are not known yet: _about_follows finds them)
        return word

    def _about_follows(self, word: int) -> bool:
        """Whether the عن of what عبّر expresses follows soon, past a "via" phrase between
        (``عبرت جماهير النادي عبر وسائل التواصل الاجتماعية المختلفة عن سخطها``)."""
        via = self._soon(word, lambda k: self.keys[k] == "عبر")
        window = ADDRESSEE_WINDOW + (ABOUT_VERB_REACH if via else 0)
        # a name counts as one word: "عبر مبعوث [الأمم المتحدة] إلى سورية [ستيفان دي ميستورا] عن",
        # and a comma none: "عبر المشرف العام على [ORG …]، الدكتور [PER …]، عن سعادته"
        # and where it was said one: "وعبر معالي رئيس [ORG مجلس الشورى] في تصريح له أمس عن"
        seen, k = 1, word + 1
        while k < len(self.keys) and seen < window:
            if self.keys[k] == "عن" and self._key_at(k + 1) != "طريق":
                return True
            seen += not (self.within_name(k) or self.words[k].text in COMMAS)
            copy = self.past_copy_sent(k, len(self.keys))
            k = copy if copy > k else k + (2 if self.occasion_at(k, len(self.keys)) else 1)
        return False

    def _credits_quoted_name(self, word: int) -> bool:
        """Whether a verb is a credit's and a quoted name follows it (``بحسب ما ذكرت
        "ذي دايلي مايل"``، ``حسبما أفادت «رويترز»``): the name is the credit's source,
        not speech the verb reports."""
        credit = word > 0 and (
            self.keys[word - 1] in AS_REPORTED
            or (self.keys[word - 1] == "ما" and word > 1 and self.keys[word - 2] in ACCORDING_TO)
        )
        return credit and self.quoted_name_after(word) is not None

    def quoted_name_after(self, word: int) -> int | None:
        """The closing mark of a quotation right after ``word`` short enough to be a
        name (``ذكرت "ذي دايلي مايل"``), or None."""
        quote = self.quote_at.get(word + 1)
        if quote is None or quote.closing_word - word - 2 > MEDIUM_NAME_WORDS:
            return None
        return quote.closing_word

    def _key_at(self, word: int) -> str:
        return self.keys[word] if word < len(self.keys) else ""

    def _cites_scripture(self, word: int) -> bool:
        """Whether the verb's subject is God (``قال سبحانه``، ``وقال تعالى``، ``قال الله
        تعالى``، ``قال الله عز وجل``، ``بقوله سبحانه``) or the Prophet (``قال رسول الله``، ``وقال صلى الله
        عليه وسلم``، ``قال عليه الصلاة والسلام``): a verse or hadith a speaker or writer
        cites, not a report."""
        if self.keys[word] not in _SAYS:
            return False  # "سائلا الله تعالى أن …": God is whom he asks, not who speaks
        after = [self.keys[k] for k in range(word + 1, min(word + 3, len(self.keys)))]
        if not after:
            return False
        if after[0] in PROPHET and (after[0] != "رسول" or after[1:2] == ["الله"]):
            return True  # "قال النبي"، "قال رسول الله", not "قال رسول الرئيس"
        return (
            after[0] in _EXALTED
            # "قال الله تعالى"، "يقول الحق تبارك وتعالى"
            or (after[0] in _GOD and len(after) > 1 and after[1] in _EXALTED | {"عز"})
            or eulogy_at(self.keys, word + 1) > 0
        )

    def _casualties_after(self, word: int) -> bool:
        """Whether a number and the dead or wounded follow word ``word`` at once."""
        after = self.keys[word + 1 : word + 3]
        return len(after) == 2 and after[0][:1].isdigit() and after[1] in _CASUALTIES

    def _demonstrative_subject(self, word: int) -> bool:
        """Whether a verb's subject is "this/these" + a noun that is no document or source,
        after the verb or right before it (``وتكشف هذه الهجمات``، ``ويؤكد ذلك الارتفاع``،
        ``هذا الأمر يشير إلى``; not ``وتؤكد هذه الدراسة``). A participle has no subject after
        it: there the demonstrative starts the object (``واصفا تلك التصريحات بأنها``), so
        participles are not read this way."""
        after = word + 1
        if after + 1 < len(self.keys) and self.keys[after] in _DEMONSTRATIVES:
            return self._a_thing(after + 1)
        key = self.keys[word]
        if key[:1] in "وف" and key[1:] in CUES:
            return False  # "… هذا الصيف\nوقال رئيس النادي": a new clause, its subject after it
        # the demonstrative opens the clause ("هذا الأمر يشير"), not a phrase of place or
        # topic before the verb ("وفي هذا الجانب قال مدير …")
        return (
            word >= 2
            and self.keys[word - 2] in _DEMONSTRATIVES
            and (word == 2 or not self.is_word[word - 3])
            and self._a_thing(word - 1)
        )

    def _a_thing(self, word: int) -> bool:
        """Whether a noun after a demonstrative is no document, source, person or body."""
        key = self.keys[word]
        return (
            self.is_word[word]
            and len(key) > 1  # a preposition alone: "قال ذلك لـ«الرياض» الوزير": to whom
            and word not in self.entity_of  # "ذكر ذلك [PER فلان] مدير …": who said "that"
            and key not in PARTICLES  # "وقال هؤلاء إن …": "these" people, no noun after it
            and not is_function_word(self.words[word].text)  # "وعزا ذلك إلى …": "that", the object
            and key not in DOCUMENT_NOUNS
            and key not in SOURCE_HEADS
            and key not in PERSON_TITLES
            and key not in ORG_HEADS
        )

    def marks_object(self, word: int) -> bool:
        """Whether a word is a preposition that marks what a verb reports (:data:`MARKERS`:
        ``وأعرب عن``، ``وشدد على``، ``وحذر من``), not the start of an adverbial (``من
        خلالها``، ``من جهته``)."""
        if word >= len(self.keys) or self.keys[word] not in MARKERS:
            return False
        return not (self.keys[word] == "من" and self._key_at(word + 1) in _FROM_ADVERBIALS)

    def according_at(self, word: int) -> bool:
        """Whether an according-to credit starts at a word (``وفقا``، ``بحسب``، ``نقلا``)."""
        cue = self.cues.get(word)
        return cue is not None and cue.kind == "according"

    def bi_object(self, word: int) -> bool:
        """Whether a بـ word can open what a marked verb reports (``ندد بالتفجير``، ``وأشاد
        بجهود …``): not where or whose the words are (:func:`not_said`), and not a place
        (``ندد الخطباء بمحافظة أملج بالتفجير``، ``بمملكة النرويج``)."""
        key = self.keys[word]
        if word in self.entity_of:
            return False  # "وطالبت باكستان الهند بضرورة …": a name, not بـ and a noun
        if key[1:] in STATE_HEADS and word + 1 in self.entity_at_first:
            return False  # "أعرب المركز … بمملكة [GPE النرويج] في بيان …، عن": where it sits
        if key.startswith("بعض"):
            return False  # "some", its ب the root's: "وصفه بعض المغردين بأنه …"
        return key[:1] == "ب" and len(key) >= 3 and not not_said(key) and key[1:] not in PLACE_NOUNS

    def marker_follows(self, cue_word: int, stop: int) -> bool:
        """Whether a marked verb's marker comes right after it, before ``stop``
        (``وأعرب عن أمله …``، ``وشدد على …``، ``وأشاد بجهود …``): then no subject follows
        the verb, and what it reports opens there."""
        return (
            self.keys[cue_word] in MARKED_OBJECT_VERBS
            and cue_word + 1 < stop
            and (
                self.marks_object(cue_word + 1)
                or (
                    self.bi_object(cue_word + 1)
                    and self.keys[cue_word + 1] not in PARTICLES
                    # with its و/ف: "وأشاد بجهود"; not "تفاؤل حذر بإمكان" (cautious) or
                    # "خطابا يفيد بذلك" (a verb after a noun describes it)
                    and self.keys[cue_word][:1] in "وف"
                    and (cue_word not in self.cues or self.cues[cue_word].kind != "present")
                )
            )
        )

    def occasion_at(self, word: int, stop: int) -> bool:
        """Whether where the words were said starts at ``word``, before ``stop``: في/خلال
        and a speech occasion (``في بيان``، ``خلال لقائه``، ``في مؤتمر``)."""
        return word + 1 < stop and self.keys[word] in IN_OCCASION and self.keys[word + 1] in SPEECH_OCCASIONS

    def occasion_with_clause(self, word: int, stop: int) -> bool:
        """Whether the words from ``word`` say where the words were said and go on with a
        clause of their own (``وقال في مؤتمر صحفي عقده ونظيره الألماني فلان … إنه``،
        ``خلال لقائه مع …``): the people named in it met the speaker and are not the
        verb's subject, which is unsaid."""
        if not self.occasion_at(word, stop):
            return False
        for k in range(word + 2, min(stop, word + 2 + OCCASION_CLAUSE_REACH)):
            if self.keys[k] in _OCCASION_CLAUSE:
                return True
            if self.keys[k] in PARTICLES or self.words[k].text in COMMAS or k in self.entity_at_first:
                return False
        return False

    def past_occasion_aside(self, word: int, stop: int) -> int | None:
        """The word after an occasion set off by commas that starts at ``word`` (``وأكدت،
        في بيان صادر عن وزارة خارجيتها، تضامنها`` → ``تضامنها``): a comma, في/خلال, a
        speech occasion, at most :data:`ASIDE_WORDS` words and the closing comma, with no
        cue or إن/أن inside; else None."""
        if not (self.occasion_at(word + 1, stop) and self.keys[word] in COMMAS):
            return None
        for k in range(word + 3, min(stop - 1, word + 3 + ASIDE_WORDS)):
            if k in self.cues or self.keys[k] in PARTICLES:
                return None
            if self.keys[k] in COMMAS:
                return k + 1
        return None

    def particle_next(self, word: int) -> bool:
        """Whether إن/أن follows a word at once or after إلى/على ("مشيرة إلى أن")."""
        after = word + 1
        if after < len(self.keys) and self.keys[after] in TO_PARTICLE:
            after += 1
        return after < len(self.keys) and self.keys[after] in PARTICLES

    def _ends_a_name(self, word: int) -> bool:
        """Whether a cue word is the last word of a person the tagger found, not followed by
        a reporting particle or a colon (a surname such as دان; "قال" ending a bad span
        before إن is still a cue)."""
        entity = self.entity_of.get(word)
        if entity is None or self.labels[entity] != "PER":
            return False
        span = self.entity_span[entity]
        if word == span.first or word != span.stop - 1:
            return False
        after = word + 1
        return not (
            after < len(self.words) and (self.keys[after] in PARTICLES or self.words[after].text == ":")
        )

    def _claims_attack(self, word: int) -> bool:
        """Whether an attack noun (:data:`ATTACK_NOUNS`, after ال or a clitic, with or
        without tanwin) follows a claim verb within a few words of its sentence."""
        return self._ahead(
            word,
            CLAIM_WINDOW,
            lambda j: _clitic_form_of(self.keys[j].removesuffix("ا"), ATTACK_NOUNS),  # تفجيرا
        )

    def _noun_after_but(self, word: int) -> bool:
        """Whether a participle's word right after لكن is a noun, the subject in the
        accusative (``لكن منتقدين يقولون``)."""
        cue = CUES.get(self.keys[word])
        return cue is not None and cue.kind == "participle" and word > 0 and self.keys[word - 1] in BUT

    def _admits_something(self, word: int) -> bool:
        """Whether what was admitted follows an admitting verb: إن/أن before its sentence
        ends (``واعترف الحوثي في خطاب تلفزيوني مساء أمس بأن …``), or within a few words ب +
        a noun that is no entity and no state or its standing (``بتنفيذ``، ``بقتل``، ``بخطئه``;
        not ``بدولة فلسطين``، ``بشرعية الحكومة``)."""

        def admitted(j: int) -> bool:
            key = self.keys[j]
            rest = key[1:]
            return (
                key[:1] == "ب"
                and j not in self.entity_of
                and not rest.startswith("ال")
                and len(rest) >= 3
                and rest not in _RECOGNIZED
                and key not in PARTICLES
            )

        return self._ahead(word, len(self.words), lambda j: self.keys[j] in PARTICLES) or self._ahead(
            word, ADMIT_WINDOW, admitted
        )

    def _data_show(self, word: int) -> bool:
        """Whether data, a survey or a study is what shows (:data:`DATA_NOUNS` right after
        the verb, or right before it): "أظهرت بيانات الإدارة أن …"، "أظهرت نتائج المسح ارتفاع
        …"، "وكانت بيانات أظهرت أن …"."""
        after = word + 1 < len(self.words) and self.keys[word + 1] in DATA_NOUNS
        return after or (word > 0 and self.keys[word - 1] in DATA_NOUNS)

    def _lays_responsibility(self, word: int) -> bool:
        """Whether the responsibility follows a blame verb within a few words of its
        sentence: "وحمّل المسؤول الحزب مسؤولية …"."""
        return self._ahead(word, BLAME_WINDOW, self.responsibility)

    def _ahead(self, word: int, window: int, found: Callable[[int], bool]) -> bool:
        """Whether ``found`` holds for a word after ``word``, fewer than ``window`` on,
        before its sentence ends."""
        for j in range(word + 1, min(word + window, len(self.words))):
            if self.words[j].text in ".!?؟":
                return False
            if found(j):
                return True
        return False

    def responsibility(self, word: int) -> bool:
        """Whether a word is the responsibility a blame lays (:data:`RESPONSIBILITY`,
        after ال or a clitic): مسؤولية، المسؤولية، بالمسؤولية."""
        return _clitic_form_of(self.keys[word], RESPONSIBILITY)

    def abbreviation_dot(self, word: int) -> bool:
        """The period of an abbreviated honorific (``د. هشام الفالح``، ``م. فلان``), no end of
        anything."""
        return word > 0 and self.words[word].text == "." and self.keys[word - 1] in _ABBREVIATIONS

    def reporting_word_after(self, word: int) -> int | None:
        """The first colon or reporting particle (أن، إن، بأن…) after ``word`` in its
        sentence, within a few words, or None: "وردّ الوزير بأن"، "وبين أن". Where the
        words were said counts from its own start ("ورأى الوزيران في بيان مشترك نشر في
        صحيفتين … أن")."""
        end = min(word + PARTICLE_WINDOW, len(self.words))
        # a verb opening its clause may have a long subject whose names count as one word each
        # ("وبين مدير عام [ORG …] المتحدث الإعلامي [ORG …] [PER فلان] أن"); mid-clause بين is
        # "between" more often ("مواجهات مسلحة بين المتمردين وقوات الأمن …، علما بأن")
        opens = word == 0 or not self.is_word[word - 1]
        j = word + 1
        while j < end:
            if self.words[j].text in ".!?؟" and not self.abbreviation_dot(j):
                return None  # (not "ويعتبر اللواء د. فلان «أن …": the doctor's دال)
            if self.words[j].text == ":" or self.keys[j] in PARTICLES:
                return j
            if self.keys[j] in SAYING:
                return None  # "واختتم بالقول "… ومع أن …"": "by saying" reports; its quote's أن is inside
            if self.occasion_at(j, len(self.words)):
                end = min(j + PARTICLE_WINDOW, len(self.words))
            elif opens and self.within_name(j):
                end = min(end + 1, len(self.words))
            j += 1
        return None

    # -- words ---------------------------------------------------------------------------

    def after_comma(self, word: int) -> bool:
        """Whether a comma comes right before ``word``."""
        return word > 0 and self.words[word - 1].text in COMMAS

    def speech_quote(self, word: int, min_words: int = MIN_QUOTE_WORDS) -> bool:
        """Whether a quotation that can be speech opens at ``word``: 3+ words, not
        only a name (“حلف شمال الأطلسي” is a scare-quoted name), with or without its
        ranks and honorifics ("اللواء الركن جارالله بن محمد العلويط")."""
        if word not in self.quote_at:
            return False
        inner = [k for k in range(word + 1, self.quote_at[word].closing_word) if self.is_word[k]]
        if len(inner) <= MEDIUM_NAME_WORDS and self.names_medium(word):
            return False
        if all(len(self.words[k].text) == 1 for k in inner):
            return False  # an agency's initials under a photograph: «د.ب.أ»، «أ ف ب»
        return len(inner) >= min_words and not all(
            k in self.entity_of or self.keys[k] in HONORIFICS for k in inner
        )

    def quoted_subject(self, word: int) -> bool:
        """Whether the quotation opening at ``word`` right after a reporting verb is short
        and followed at once by إن/أن, so that it names who speaks, not what is said:
        ``وقالت "لوس أنجلوس تايمز" إن النيران …``."""
        quote = self.quote_at.get(word)
        if quote is None or word == 0 or word - 1 not in self.cues:
            return False
        inner = sum(self.is_word[word + 1 : quote.closing_word])
        return 1 <= inner <= MEDIUM_NAME_WORDS and self._key_at(quote.closing_word + 1) in PARTICLES

    def names_medium(self, word: int) -> bool:
        """Whether the quotation opening at ``word`` follows a medium's noun and its
        adjectives, so that it is the medium's name: ``صحيفة "فيلت أم زونتاج" الألمانية``،
        ``القناة التلفزيونية الألمانية الرسمية «آي آر دي»``، ``وصحيفة «صنداي تايمز»``."""
        k = word - 1
        for _ in range(MEDIUM_ADJECTIVES + 1):
            if k < 0 or not self.is_word[k]:
                return False
            key = self.keys[k]
            bare = key[1:] if key[:1] in ("و", "ف", "ب", "ل") and len(key) > 4 else key
            if any(head in MEDIA for head in (key, bare, key[2:], bare[2:])):
                return True
            if key[:2] != "ال":
                return False  # not an adjective of the noun: "وقال المتحدث «…»"
            k -= 1
        return False

    def prepositional(self, entity: int) -> bool:
        """Whether an entity is governed by a preposition: "في بيان لوكالة رويترز"."""
        first = self.entity_span[entity].first
        if first - 1 in self.cues:
            return False  # "وبين الجبير أن": the verb بيّن, not the preposition بين
        before = self.keys[first - 1] if first else ""
        if before in PREPOSITIONS or (before[:1] in ("و", "ف") and before[1:] in PREPOSITIONS):
            return True  # "في باريس"، "وفي باريس"
        if (
            (before in PLACE_NOUNS or before in PLACE_PLURALS)
            and first >= 2
            and self.keys[first - 2] in PREPOSITIONS
        ):
            # "أدلى بها في مدينة روما": the place it was said, never who said it; "على مناطق عسير"
            return True
        marked = first - 1
        while marked > 0 and self.words[marked].text in '“«"”':
            marked -= 1
        if marked < first - 1 and self.keys[marked] in LI:
            return True  # "أوضحت لـ«عكاظ» البروفيسورة فلانة": the paper she spoke to
        if marked < first - 1 and self.keys[marked] in PREPOSITIONS and marked not in self.cues:
            # "أقر بانتمائه إلى «داعش»، نفى المتهمون": a quoted name governed all the same (not
            # after the verb عبّر: "عبّر “مركز الميزان” عن استنكاره")
            return True
        own = self.keys[first]
        if (
            before[:1] in ("ل", "ب")
            and (before[1:3] == "ال" or before[1:] in MEDIA)
            # not after the place a title ends on: "عضو الحكومة المحلية [GPE بالأنبار] [PER فلان]"
            and not (first - 1 in self.entity_of and self.labels[self.entity_of[first - 1]] in ("GPE", "LOC"))
        ):
            return True
        if self.words[first].text.startswith(("لإ", "لأ")):
            return True  # "بزيارة رسمية [PER لإيطاليا]": ل + a name written with its hamza (not لافروف)
        # "بالوزارة"، "[PER للجناح] العسكري" (ل + ال loses its alef), and ل/ب + a body's head
        # ("الأمين العام [ORG لرابطة العالم الإسلامي]"); not a person's name the tagger ran
        # a word into ("المالكة [PER للناقلة ايريك هانيل]")
        span = self.entity_span[entity]
        one_word = self.labels[entity] != "PER" or span.stop - span.first == 1
        return (own.startswith("لل") and len(own) > 4 and one_word) or (
            own[:1] in ("ب", "ل") and ((own[1:3] == "ال" and len(own) > 4) or own[1:] in ORG_HEADS)
        )

    def opens_line(self, first: int, lead: int = 0) -> bool:
        """Whether word ``first`` starts its line, opening quote marks aside, or
        follows at most ``lead`` plain words there (a headline's "حركة الشباب")."""
        while (
            lead
            and first > 0
            and self.is_word[first - 1]
            and first - 1 not in self.entity_of
            and self.line[first - 1] == self.line[first]
        ):
            first, lead = first - 1, lead - 1
        before = first - 1
        while before >= 0 and self.line[before] == self.line[first] and self.words[before].text in '“«"”':
            before -= 1
        return before < 0 or self.line[before] != self.line[first]

    def span_text(self, words: tuple[int, int] | None) -> str:
        """The text from the first word of ``(first, stop)`` to its last word ("" for None)."""
        if words is None or words[0] >= words[1]:
            return ""
        return self.doc.text[self.words[words[0]].start : self.words[words[1] - 1].end]

    def char_span(self, words: tuple[int, int]) -> tuple[int, int]:
        """The character span of words ``(first, stop)``."""
        return self.words[words[0]].start, self.words[words[1] - 1].end

    def line_stop(self, word: int) -> int:
        """One past the last word on ``word``'s line."""
        return bisect_left(self.line, self.line[word] + 1)

    # -- building statements --------------------------------------------------------------

    def clause(self, first: int, stop: int) -> tuple[int, int] | None:
        """The statement starting at word ``first`` up to ``stop``: a quotation
        that fills it, or a speech quotation the writer follows with a comma and
        words of their own (``أن "الهجوم مرتبط بالحزب"، وهي مجموعة …``), else the
        words without final punctuation and without the closing mark of a quotation cut
        at its narration (character span)."""
        if first in self.quote_at:
            quote = self.quote_at[first]
            after = quote.closing_word + 1
            if any(self.is_word[first + 1 : quote.closing_word]) and (
                all(self.words[k].text in FINAL_PUNCT for k in range(after, stop))
                or (after < stop and self.words[after].text in COMMAS and self.speech_quote(first))
            ):
                return quote.start, quote.end
        last = stop - 1
        while last >= first and (
            self.words[last].text in FINAL_PUNCT
            or (self.words[last].text and set(self.words[last].text) <= _DRAWN_DASHES)
            or last in self._orphan_marks
        ):
            last -= 1
        return (self.words[first].start, self.words[last].end) if last >= first else None

    def statement(
        self, span: tuple[int, int], cue_word: int, speaker: Speaker | None, cue: str | None = None
    ) -> Statement:
        """A statement over a character span, reported by the word ``cue_word``."""
        (start, end), word = span, self.words[cue_word]
        return Statement(
            self.doc.text[start:end],
            start,
            end,
            cue or word.text,
            speaker,
            cue_start=word.start,
            cue_end=word.end,
        )
