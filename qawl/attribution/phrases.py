"""Reading a subject phrase: who the words after a reporting verb name, with or without NER.

Real reporting puts the speaker after the verb as a chain: honorifics, a title
with its complements, then the name, ``وكشف وكيل وزارة الشؤون الاجتماعية المساعد
للتنمية مشوح الحوشان أن`` or ``وقال الدكتور المسند إن``; or a title alone
(``وأوضح المتحدث الأمني أن``), an organization (``وأكدت أمانة محافظة الطائف``), an
unnamed source (``مصدر مسؤول``), an honorific pronoun (``وأضاف معاليه``). The NER
may have missed any name in it. :func:`read_subject` reads that chain word by word
with the word classes of :mod:`qawl.attribution.titles` and the entities the
index knows, and says which part is the name, which the title, and what kind of
speaker it is. It never invents a speaker from words that are not a subject: it
stops at particles, prepositions, time words, punctuation and cues.

Example:
    >>> from qawl.data.prepared import prepare
    >>> from qawl.attribution.index import COMMAS, IDENTITY_WORDS, ArticleIndex
    >>> doc = prepare("وقال المدير الطبي للعيادات الدكتور محمد الزعبي إن الحملة مستمرة")
    >>> index = ArticleIndex(doc, [])
    >>> phrase = read_subject(index, 1, len(doc.words))
    >>> phrase.kind, index.span_text(phrase.name), index.span_text(phrase.title)
    ('person', 'محمد الزعبي', 'المدير الطبي للعيادات')
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from qawl.attribution.cues import (
    ATTACK_NOUNS,
    DESCRIBING_VERBS,
    IN_OCCASION,
    MEDIA,
    NO_SUBJECT_NEXT,
    OBJECT_VERBS,
    OPENING_CUES,
    OWN_SPEECH,
    PARTICLES,
    PREPOSITIONS,
    RELATIVES,
    SPEECH_OCCASIONS,
    first_person,
    reporting_verb,
)
from qawl.attribution.index import COMMAS, IDENTITY_WORDS, PRIVATE_PERSONS, ArticleIndex
from qawl.attribution.speakers import speaker_label
from qawl.attribution.titles import (
    ANSWERABLE,
    DOCUMENT_NOUNS,
    FIRST_NAMES,
    FOREIGN_RANKS,
    HONORIFIC_PRONOUNS,
    HONORIFICS,
    INDEFINITE_SOURCE_TITLES,
    ISSUED,
    NAME_LINKS,
    NAME_PARTICLES,
    OBJECT_NOUNS,
    ONE_OF_THEM,
    ORG_HEADS,
    PERSON_TITLES,
    PHRASE_STOPS,
    PLACE_NOUNS,
    SOURCE_HEADS,
    TIME_WORDS,
    TOLD_JOURNALISTS,
    TOLD_THE_JOURNALISTS,
    masdar_shape,
    plural_group,
)
from qawl.data.text import after_li, has_tanwin, is_function_word, match_keys

MAX_PHRASE = 12  # words a subject phrase may run (a long title with an organization in it)
MAX_NAME = 5  # words of a person's name: first, father's, grandfather's and family names
MAX_BARE_NAME = 3  # a name with no title or honorific before it: "وقال لوبيز"، "وقال سعد الثويني"
QUOTE_MARKS = frozenset("“”«»\"'")
# Words that count people before من: "عدد من السكان"، "العديد من المواطنين"، "عدد كبير من المسؤولين".
_QUANTITIES = match_keys(
    "عدد العديد الكثير كثير عشرات مئات عدة "
    # a few counted: "وذكرت ثلاثة مصادر في الشرطة أن"
    "ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة"
)
_HE_IS = match_keys("وهو وهي")  # an aside on the name before it; never a name (هو alone may be: هو جين تاو)
_CLAUSE_PUNCT = set(":،,;؛.!?؟()[]-–—/")
# Kinship titles carry their pronoun and are followed by the name at once: "نجله إدواردو".
_KIN = frozenset(k for k in PERSON_TITLES if k.endswith(("ه", "ها")) and not k.startswith("ال"))
# Prepositions a person's title may run through: "مدير إدارة الحج في منطقة مكة".
# "رئيس مجلس عشائر الأنبار المنتفضة ضد الإرهاب الشيخ فلان": what a council stands against.
_TITLE_PREPOSITIONS = frozenset({"في", "على", "لدى", "ضد"})
# Titles sent to a place, whose إلى belongs to the title: "مبعوث الأمم المتحدة إلى سورية فلان".
_ENVOYS = match_keys("مبعوث المبعوث مبعوثة المبعوثة سفير السفير مندوب المندوب وسيط الوسيط")
# Title complements that look like names: "المتحدث باسم الجيش" (باسم is also a first name).
_TITLE_GLUE = frozenset({"باسم", "عام", "العام"}) | match_keys(
    # Portfolios and bodies written without the article inside a title: "وزير خارجية
    # فرنسا"، "رئيس وزراء باكستان"، "نائب رئيس مجلس إدارة".
    "خارجية داخلية دفاع عدل مالية صحة تعليم إعلام نفط طاقة تجارة اقتصاد عمل زراعة نقل "
    "وزراء وزارة مجلس إدارة شؤون حكومة أركان جمهورية دولة هيئة "
    "أمن شرطة "  # a body's field in construct: "مديرية أمن [GPE شمال سيناء]"، "مدير شرطة"
    "مقام قضاء "  # Iraq's district head: "قائم مقام قضاء الرمادي فلان"
    "شرف"  # an honorary member: "عضو شرف نادي الاتحاد"
)


@dataclass(frozen=True)
class SubjectPhrase:
    """What the words after a verb say about its subject.

    Attributes:
        kind: ``person`` (a title and/or a name), ``org``, ``source`` (unnamed),
            ``pronoun`` (``معاليه``: the last speaker), ``document`` (``البيان``:
            the last speaker's), or ``definite`` (one definite noun such as
            ``الوزارة`` or a family name such as ``القريني``, resolved against the
            speakers known so far).
        first: The phrase's first word.
        stop: One past its last word.
        name: Words of the person's name (``(first, stop)``), or None.
        title: Words of the title or organization phrase, or None.
        entity: A speaking entity inside the phrase (its number in the index), or None.
    """

    kind: str
    first: int
    stop: int
    name: tuple[int, int] | None = None
    title: tuple[int, int] | None = None
    entity: int | None = None


def _prefixed(key: str) -> bool:
    """Whether a word carries a preposition clitic: بوزارة، للتنمية، لمجلس."""
    return len(key) > 3 and (key.startswith(("لل", "بال", "كال")) or (key[0] in "بل" and key[1:3] == "ال"))


def _lexical(key: str) -> bool:
    return (
        key in PERSON_TITLES
        or key in ORG_HEADS
        or key in HONORIFICS
        or key in SOURCE_HEADS
        or key in PHRASE_STOPS
        or key in PARTICLES
        or key in DOCUMENT_NOUNS
        or key in _TITLE_GLUE
        or key in PLACE_NOUNS  # "حاكم ولاية لوغار فلان": a place, never a name
    )


# "وسائل إعلام"، "مواقع إخبارية" are one unnamed source: the genitive of the media's head.
_MEDIA_HEADS_OF = match_keys("وسائل وسيلة")
_MEDIA_GENITIVES = match_keys("إعلام")


def _complement(key: str) -> bool:
    """A prepositional complement of a title: لصحة جدة، بوزارة، لشركة (but not the given
    names that start with ب or ل: بندر، لؤي)."""
    return _prefixed(key) or (len(key) > 3 and key[0] in "بل" and key not in FIRST_NAMES)


# What is praised or condemned, written definite after بـ: "ونوه رئيس الهيئة بالجهود",
# "ندد … بالتفجير" (other بال words are a title's place: بالطائف، بالجامعة).
_PRAISED_OR_CONDEMNED = match_keys(
    "الجهود الدور الإنجازات النجاح الخطوة القرار المبادرة الدعم الموقف المواقف التعاون "
    "الإجراءات الاهتمام التفجير الهجوم الاعتداء الجريمة الحادث العمل الأعمال الإنجاز المستوى"
)


def _marked_object(key: str) -> bool:
    """Whether an untagged word after a title is the بـ object of a verb (بجهود، بوقف،
    بأهمية، بالجهود، بالتفجير), not the title's place or body (بوزارة، بمنطقة، بالطائف، a
    given name بندر)."""
    if key.startswith("بال"):
        return key[1:] in _PRAISED_OR_CONDEMNED
    return (
        len(key) > 3
        and key[0] == "ب"
        and key[1:] not in ORG_HEADS
        and key[1:] not in PLACE_NOUNS
        and key not in FIRST_NAMES
    )


# Time words that are given names too: after an honorific they are the name
# ("البروفيسورة صباح مشرف"), elsewhere they end a subject ("وقال صباح اليوم").
_TIME_NAMES = match_keys("صباح فجر")


def _honored_name(index: ArticleIndex, word: int) -> bool:
    return index.keys[word] in _TIME_NAMES and word > 0 and index.keys[word - 1] in HONORIFICS


def name_like(index: ArticleIndex, word: int) -> bool:
    """Whether a word can start a person's name: a word of letters that is not
    definite, not a known title, organization, stop or particle, and carries no
    preposition (مشوح، نجيب، لوبيز; not الوزارة، للتنمية، لصحة، رسميا); a time word
    that is also a name, after an honorific (``الدكتورة صباح``)."""
    key = index.keys[word]
    if _honored_name(index, word):
        return True
    return (
        index.is_word[word]
        and not any(c.isdigit() for c in key)
        and len(key) > 1
        and not key.startswith("ال")
        # و + a definite word ("… السياسية والاستراتيجية، الدكتور فلان"; not والد، والدة)
        and not (key.startswith("وال") and len(key) >= 7)
        and not _complement(key)
        and not _lexical(key)
        and word not in index.cues
        and not first_person(key)  # "قال أؤكد وبشكل حازم أن"
        and key not in _HE_IS  # "ويقول وهو يقرأ ورقة إن"
        # "وأردف يقول «…»": a verb, not a name; but after a name link any word is one (أبو طالب)
        and not (reporting_verb(key) and not (word and index.keys[word - 1] in NAME_LINKS))
        and not has_tanwin(index.words[word].text)  # "وأضاف ووقوفًا على …": an adverb
        and not is_function_word(index.words[word].text)  # "صرح قبلها بأنهم"
    )


def _not_a_bare_name(key: str) -> bool:
    """Words that start no bare name after a verb: و and a word (``وأوضح وأبحث``، ``مطالبا
    وعمره``، ``أعمى وأسود``; not وليد، وائل), an adverbial participle in -ا (``وكتب
    معلقا``، ``مبتسما``), and the speaker's own speech (``وختم كلمته بأن``)."""
    conjoined = key[:1] == "و" and len(key) > 3 and key not in FIRST_NAMES
    adverbial = key[:1] == "م" and key.endswith("ا") and len(key) >= 5
    return conjoined or adverbial or key in OWN_SPEECH


def _ends_phrase(index: ArticleIndex, word: int) -> bool:
    text, key = index.words[word].text, index.keys[word]
    if _honored_name(index, word) or (key in PARTICLES and word in index.entity_at_first):
        return False  # "الدكتورة صباح …"، "الأمين العام بان كي مون": a name, not a time or بأن
    return (
        word in index.cues
        or first_person(key)
        or key in PARTICLES
        or key in PHRASE_STOPS
        or key in NO_SUBJECT_NEXT
        or text in _CLAUSE_PUNCT
        or text in QUOTE_MARKS
        or any(c.isdigit() for c in key)
        # "المدير التنفيذي للنادي بما حققه"; not ك + a particle: جمعية كفى is a name
        or (
            is_function_word(text)
            and key not in _INSIDE_TITLES
            and key not in NAME_PARTICLES  # أم: "شركة ام اس سي اي"، "أم كلثوم"
            and not key.startswith("ك")
        )
    )


# Function words that may sit inside a subject: "المنظمات غير الحكومية"، "فان غال" (van Gaal,
# spelled like the printed فإن).
_INSIDE_TITLES = match_keys("غير فان")


# Indefinite adjectives of a source that have neither shape _adjective_like reads.
_SOURCE_ADJECTIVES = match_keys(
    "عيان كبير كبار رفيع رفيعو بارز بارزون آخر آخرون آخرين ذاتها نفسها ذاته نفسه ذاتهم أنفسهم قريبة قريب"
)


_OTHER = match_keys("آخر آخرون آخرين")
# Indefinite documents with no one author: "أكدت وثائق سياسية نشرت على الانترنت أن"، "وكشف تقرير
# حديث عن …" (a report, not whoever the paper quoted before it; "تقرير صادر عن …"، "تقرير [ORG
# …]" keep their owner)
_SOME_DOCUMENTS = match_keys("وثائق تقرير")
# What a speaker offers someone, the object of رفع/قدم/بعث: condolences, congratulations, thanks.
_OFFERED = match_keys("التعازي التعزية العزاء التهاني التهنئة الشكر برقية تعازيه تهانيه شكره")


def _adjective_like(key: str) -> bool:
    """Whether a word after an unnamed source's head can describe it: a relative
    adjective (سياسيون، أردني، رسمية), a participle (مطلعة، مسؤول) or one of a few
    others (شهود عيان، مسؤول كبير), not a noun that starts the verb's object (تصرفات)."""
    if key in OBJECT_NOUNS:
        return False  # "أكد محللون مصريون أهمية الزيارة": the object, though it ends in ية
    return (
        key.endswith(("ي", "يه", "ية", "يون", "يين", "يان"))
        # a nisba as Egyptian papers print it, with ى: "مصدر أمنى"، "مسؤول محلى"
        or (key.endswith("ى") and len(key) >= 4 and not key.startswith("و"))  # not "ويدعى"
        or (key.startswith("م") and len(key) > 3)
        or key in _SOURCE_ADJECTIVES
    )


def people_plural(key: str) -> bool:
    """A group of people in the sound plural: a listed group or any participle in -ون/-ين
    (``المناضلين``، ``المتظاهرون``، ``الراغبين``), which no singular body takes as its
    adjective or its name."""
    stem = key[2:] if key.startswith("ال") else key
    participle = stem.startswith("م") or stem[1:2] == "ا"  # مفعول/متفاعل, or فاعل: الراغبين
    return plural_group(key) or (participle and len(stem) >= 6 and stem.endswith(("ين", "ون")))


def _feminine_adjective(key: str) -> bool:
    """An indefinite adjective agreeing with a feminine head (``مجموعة يسارية متطرفة``،
    ``منظمة حقوقية دولية``): a nisba or a participle in ة, not a noun with a pronoun
    (``مسؤوليته``)."""
    # ه: ة as some papers print it
    feminine = key.endswith("ة") or (key.endswith("ه") and not key.endswith("ته"))
    return feminine and (key[:-1].endswith("ي") or key.startswith("م"))


# Definite words that still describe a place named just before them: "[GPE حضرموت] الشرقية".
_PLACE_ADJECTIVES = match_keys(
    "الشرقية الغربية الشمالية الجنوبية الوسطى الشرقي الغربي الشمالي الجنوبي الأوسط الإدارية المحتلة"
)


def _definite_after_place(index: ArticleIndex, word: int) -> bool:
    """Whether an untagged definite word follows a place the tagger found (``عدد من المواطنين
    بمنطقة [GPE تبوك] العملية``): a place's name takes no article-bearing genitive, so unless the
    word says which part of the place it is, it starts the verb's object."""
    number = index.entity_of.get(word - 1) if word else None
    return (
        number is not None
        and index.labels[number] in ("GPE", "LOC")
        and index.entity_span[number].stop == word
        and word not in index.entity_of
        and index.keys[word].startswith("ال")
        and index.keys[word] not in _PLACE_ADJECTIVES
    )


def _definite_after_indefinite(index: ArticleIndex, word: int, head: int) -> bool:
    """Whether a definite word follows an indefinite head and its indefinite adjective
    (``منظمات بيئية محلية المجمع``): adjectives agree in definiteness, so it starts
    something else; not right after the head (``مصادر الاحتلال``) or an adjective that
    takes a genitive (``مسؤول رفيع المستوى``, which ends there)."""
    previous = index.keys[word - 1]
    if word <= head + 1 or not index.keys[word].startswith("ال") or index.keys[head].startswith("ال"):
        return False
    if previous.startswith("ال"):  # "رفيع المستوى الحكومة": the genitive ends the adjective
        return word - 2 > head and index.keys[word - 2] in _SOURCE_ADJECTIVES
    # "آخر" takes no genitive here: "واكد مصدر عسكري آخر الحصيلة"
    return not _prefixed(previous) and (previous not in _SOURCE_ADJECTIVES or previous in _OTHER)


# Definite words that are never an adjective: whom a verb addresses ("وطالب الخطباء الجميع").
_NEVER_ADJECTIVES = match_keys("الجميع الكل")
# Adjectives with none of the shapes _plain_adjective reads: "الهيئة العامة"، "القوات الخاصة".
_PLAIN_ADJECTIVES = match_keys(
    "عام عامة خاص خاصة كبير كبيرة جديد جديدة قديم قديمة شريف شريفين حر حرة ثاني ثانية مساعد موحد عظمى "
    # peoples in the broken plural: "الصحافيين الإسبان"، "المسؤولين الأتراك"
    "إسبان أتراك أكراد عرب روس ألمان أفغان إنجليز يهود"
)


def _plain_adjective(stem: str) -> bool:
    """Whether a word without its article may be an adjective though no nisba or participle
    in م: the active participle (السابق، الحاكم، الراحل), the elative and its feminine
    (الأعلى، الأحمر، العليا، الكبرى) and a few listed ones (العام، الخاصة)."""
    four = len(stem) == 4
    return (
        stem in _PLAIN_ADJECTIVES
        or (four and stem[1] in "ائ" and stem[-1] != "ة")  # فاعل: سابق، حاكم، فائز; not حاجة
        or (four and stem[0] == "ا")  # أفعل: أعلى، أحمر، أول (folded)
        or (four and stem[-1] in "ىا")  # فعلى: عليا، كبرى، قصوى
        or _adjective_like(stem)
    )


VERB_REACH = 3  # words back from a subject phrase to its verb


def _after_object_verb(index: ArticleIndex, first: int) -> bool:
    """Whether the phrase at ``first`` follows a verb whose object comes after its subject
    (``OBJECT_VERBS``: دان، استنكر، أكد …; وصف, whose object is what it describes)."""
    return any(
        index.keys[k] in OBJECT_VERBS or index.keys[k] in OPENING_CUES or index.keys[k] in DESCRIBING_VERBS
        for k in range(max(0, first - VERB_REACH), first)
        if k in index.cues
    )


def nisba_shape(key: str) -> bool:
    """Whether a word ends as a relative adjective does: الأمريكي، الأمريكية، الإسلاميين."""
    return key.endswith(("ي", "يه", "ية", "يون", "يين"))


SPEAKING_NOUNS = match_keys("الحديث التعليق")  # what a refusal names: "رفض … الحديث عن"


def _object_after_definite(index: ArticleIndex, word: int, object_verb: bool) -> bool:
    """Whether a definite word right after a definite one starts the verb's object: a
    definite word takes no genitive, so what follows it is its adjective or something
    else. A sound feminine plural (``الشائعات``، ``المعلومات``) or ``الجميع`` is no
    adjective: ``نفت الحكومة الشائعات المتكررة``; after a verb whose object follows its
    subject (``دان``، ``استنكر``: ``ودان الوزير الجريمة الوحشية``) neither is any word of no
    adjective's shape (:func:`_plain_adjective`), nor a title (``الملكي الأمير`` goes on);
    not ``الحكومة اليمنية``، ``الرئيس السابق``."""
    key, previous = index.keys[word], index.keys[word - 1]
    if not (key.startswith("ال") and previous.startswith("ال")):
        return False
    body = index.entity_at_first.get(word)
    if body is not None and index.labels[body] in ("ORG", "GPE"):
        # "وشكر اللاعب [ORG اللجنة الأولمبية]": a body the tagger found is no adjective (not a
        # nisba it took for one: "الرئيس [GPE الأمريكي]"; not العام of a title)
        return not index.prepositional(body) and not nisba_shape(key) and key not in _TITLE_GLUE
    if not index.untagged_word(word):
        return False
    if key in _NEVER_ADJECTIVES or (key.endswith("ات") and len(key) > 5):
        return True
    if key in SPEAKING_NOUNS and index.keys[word + 1 : word + 2] in (["عن"], ["على"]):
        return True  # "ورفض المسؤول العسكري اليمني الحديث عن …": speaking of, not "modern"
    return (
        object_verb
        and key not in PERSON_TITLES
        and key not in HONORIFICS
        and key not in TIME_WORDS
        and not _plain_adjective(key[2:])
    )


def _conjunction(index: ArticleIndex, word: int) -> bool:
    """A و that joins another title or body: "وزير الإدارة والمتحدث باسم الحكومة"."""
    key = index.keys[word]
    rest = key[1:]
    return key.startswith("و") and len(rest) > 2 and (rest in PERSON_TITLES or rest in ORG_HEADS)


def _org_head(key: str) -> bool:
    """An organization head, bare or behind a preposition: شركة، لشركة، بوزارة، للوكالة."""
    return key in ORG_HEADS or (
        len(key) > 3 and (key[1:] in ORG_HEADS or (key.startswith("لل") and key[2:] in ORG_HEADS))
    )


def _abbreviation_dot(index: ArticleIndex, word: int) -> bool:
    """The period of an abbreviated honorific, part of the phrase: ``د. هشام الفالح``."""
    return index.abbreviation_dot(word)


def _window(index: ArticleIndex, first: int, stop: int) -> int:
    """One past the last word a subject phrase starting at ``first`` may reach: the
    first particle, preposition, time word, punctuation or cue (a parenthesized
    acronym inside a title is passed over: "للطاقة الذرية (IAEA) رافائيل غروسي")."""
    word = first
    while word < stop and word - first < MAX_PHRASE:
        quote = index.quote_at.get(word)
        if (
            word > first
            and quote is not None
            and (quote.closing_word - word <= 5 or not index.speech_quote(word, min_words=1))
            and not any(is_function_word(index.words[k].text) for k in range(word + 1, quote.closing_word))
        ):
            # a quoted name in a title: رئيس “المجلس الأوروبي”; not a short quotation of
            # speech after a title, which has particles: … شؤون الإرهاب «نعتقد أنه مر بسوريا»
            word = quote.closing_word + 1
            continue
        if index.words[word].text == "(":
            close = next(
                (k for k in range(word + 1, min(word + 5, stop)) if index.words[k].text == ")"), None
            )
            if close is not None:
                word = close + 1
                continue
        if _ends_phrase(index, word) and not _abbreviation_dot(index, word):
            break
        word += 1
    return word


def _title_reach(index: ArticleIndex, first: int, stop: int, end: int) -> int:
    """How far a person's title may run: past up to two short prepositional groups
    (a preposition and two words, or a quoted name) when the phrase starts with a person
    title; عن only after a title of responsibility (``المسؤول عن الطوارئ``), إلى only after
    an envoy's (``المبعوث الأممي إلى اليمن``)."""
    key = index.keys[first]
    if key not in PERSON_TITLES and key not in HONORIFICS and key not in INDEFINITE_SOURCE_TITLES:
        return end  # (مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس: a title too)
    reach, groups = end, 0
    while (
        reach < stop
        and groups < 2
        and (
            index.keys[reach] in _TITLE_PREPOSITIONS
            or (index.keys[reach] == "عن" and key in ANSWERABLE)
            or (index.keys[reach] == "الى" and key in _ENVOYS)  # "المبعوث الأممي إلى اليمن"
        )
    ):
        after = reach + 3
        quote = index.quote_at.get(reach + 1)
        if quote is not None and quote.closing_word - reach <= 4:
            after = quote.closing_word + 1  # a quoted body: "مدير الإعلام في "عكاظ" محمد سمان"
        else:
            # the group ends at إن/أن, a cue or a mark: "سفير خادم الحرمين في [GPE القاهرة] أن
            # موضوع [PER فلان] …" (that person is inside what was said)
            ends = next(
                (
                    k
                    for k in range(reach + 1, min(after, stop))
                    if index.keys[k] in PARTICLES or k in index.cues or not index.is_word[k]
                ),
                None,
            )
            if ends is not None:
                return ends
        reach = _window(index, after, stop) if after < stop else stop
        groups += 1
    return reach


def _name_ends_phrase(index: ArticleIndex, word: int, end: int, stop: int) -> bool:
    """Whether the name-like words from ``word`` run (a name's length at most) to a
    reported clause, a colon, a comma or a quote, or to a title in apposition: then
    they are a name ("… المساعد للتنمية مشوح الحوشان أن"), not the verb's object
    ("وأكد رئيس الهيئة أهمية التعاون بين …")."""
    last = word
    while (
        last < end
        and last - word < MAX_NAME
        and (
            name_like(index, last)
            or index.keys[last] in NAME_PARTICLES
            or (last > word and index.keys[last].startswith("ال"))
        )
    ):
        if last > word and index.keys[last].startswith("ال"):
            last += 1
            break  # a family name ends the name
        last += 1
    if last >= stop:
        return True
    text, key = index.words[last].text, index.keys[last]
    return key in PARTICLES or text in (":", "،", ",") or text in QUOTE_MARKS or key in PERSON_TITLES


def _name_ending_reach(index: ArticleIndex, end: int, reach: int, stop: int) -> tuple[int, int] | None:
    """A name the tagger missed at the end of a title's prepositional group (words
    ``end:reach``), ending the phrase before a colon, comma or إن/أن (``الخبير في الشؤون
    السياسية تامر الزيادي:``): it starts at a given name, else at a name-like word right
    after the group's last definite word, and has two words or more."""
    if reach >= stop or not _ends_clause(index, reach, stop) or index.keys[reach] in PHRASE_STOPS:
        return None
    if any(index.keys[k] in PARTICLES or k in index.cues or k in index.quote_at for k in range(end, reach)):
        return None  # "وشدد رئيس المجلس على أن تلك الأعمال مرفوضة": what he stressed
    run = reach
    while run - 1 > end and reach - run < MAX_NAME + 2:
        if not index.is_word[run - 1] or not (
            name_like(index, run - 1) or index.keys[run - 1].startswith("ال")
        ):
            break
        run -= 1
    starts = [k for k in range(run, reach - 1) if name_like(index, k)]
    given = [k for k in starts if index.keys[k] in FIRST_NAMES]
    after_group = [k for k in starts if k > run and index.keys[k - 1].startswith("ال")]
    candidates = given or after_group
    if not candidates or reach - candidates[-1] > MAX_NAME:
        return None
    return candidates[-1], reach


def _named_place(index: ArticleIndex, entity: int) -> bool:
    """Whether a tagged person is the name of a place, right after an indefinite place
    noun that it completes (``حاكم ولاية [PER لوغار] حليم فداي``، ``حاكم مقاطعة [PER شينكاي]
    …``; not after ``حاكم الولاية``, which needs no name)."""
    before = index.entity_span[entity].first - 1
    return before >= 0 and index.keys[before] in PLACE_NOUNS and not index.keys[before].startswith("ال")


def _surname_before_clause(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether a word starting with ب or ل after an honorific is a surname, not where the
    person works: what was said follows at once (``وبين الدكتور باطوق أن``; not ``الأستاذ
    بجامعة الملك سعود``)."""
    key = index.keys[word]
    if not (_complement(key) and not _prefixed(key) and index.is_word[word]) or word + 1 >= stop:
        return False
    return index.keys[word + 1] in PARTICLES or index.words[word + 1].text in _CLAUSE_PUNCT


def _ends_clause(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether a bare name may end before ``word``: a particle, colon, comma, quote
    or preposition follows it (``وقال لوبيز :``، ``وقال فاضل إن``)."""
    if word >= stop:
        return True
    text, key = index.words[word].text, index.keys[word]
    return (
        key in PARTICLES
        or text in _CLAUSE_PUNCT
        or text in QUOTE_MARKS
        or key in PHRASE_STOPS
        or key in NO_SUBJECT_NEXT
        or key in PERSON_TITLES  # "سعد الثويني المتحدث الإعلامي …"
        or possessed_title(key)  # "فاليري جاريت مساعدته البارزة"
        or key in _HE_IS  # "علي العواضي وهو من سكان صنعاء"
    )


def possessed_title(key: str) -> bool:
    """A title with its holder's pronoun (``مساعدته``، ``مستشاره``، ``نائبها``): after a
    name it is the title of the person named, never part of the name."""
    for suffix in ("ته", "تها", "ه", "ها"):
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            stem = key[: -len(suffix)] + ("ة" if suffix.startswith("ت") else "")
            if stem in PERSON_TITLES or stem in AIDES:
                return True
    return False


QUOTED_NAME_WORDS = 3  # words of a name in quotation marks: وقالت "لوس أنجلوس تايمز"


def _quoted_name(index: ArticleIndex, first: int, stop: int) -> SubjectPhrase | None:
    """A name in quotation marks right after the verb: وقال " العلويط " في لقاء، وقالت
    "لوس أنجلوس تايمز" إن."""
    quote = index.quote_at.get(first)
    if quote is None or quote.closing_word >= stop:
        return None
    inner = [k for k in range(first + 1, quote.closing_word) if index.is_word[k]]
    if not (
        1 <= len(inner) <= QUOTED_NAME_WORDS and not index.speech_quote(first)
    ) and not index.quoted_subject(first):
        return None
    return SubjectPhrase("person", first, quote.closing_word + 1, name=(inner[0], inner[-1] + 1))


QUOTED_HOLDER_WORDS = 5  # a quoted full name: "إسماعيل ولد الشيخ أحمد"


def _quoted_holder(index: ArticleIndex, word: int, end: int) -> tuple[int, int] | None:
    """The words of a short quoted name at ``word`` right after a person's title, when what
    follows the quote opens what was said (إن/أن, a colon, عن; a comma after a quote too
    short for speech); not a quoted programme inside a title (``المشرف على برنامج "إحالتي"
    فلان``)."""
    quote = index.quote_at[word]
    inner = [k for k in range(word + 1, quote.closing_word) if index.is_word[k]]
    after = quote.closing_word + 1
    if not (1 <= len(inner) <= QUOTED_HOLDER_WORDS) or after > end or after >= len(index.keys):
        return None
    opens = index.keys[after] in PARTICLES or index.words[after].text == ":" or index.keys[after] == "عن"
    # a comma after it only for a quote too short to be speech ("قال المتحدث «نرفض ذلك»، مشيرا"
    # quotes him)
    if not (opens or (index.words[after].text in ("،", ",", "؛") and not index.speech_quote(word))):
        return None
    return inner[0], inner[-1] + 1


def is_source_head(key: str) -> bool:
    """An unnamed source: indefinite (مصدر، مسؤول تركي; accusative after إن: مسؤولاً; two
    of them: مندوبان) or a plural group (المسؤولون، متضررون)."""
    if plural_group(key):
        return True
    if key.startswith("ال"):
        return False
    accusative = key[:-1] if key.endswith("ا") else ""
    dual = key[:-2] if key.endswith("ان") else ""  # "قال مندوبان بمنظمة أوبك"، "مصدران"
    return (
        key in SOURCE_HEADS
        or accusative in INDEFINITE_SOURCE_TITLES
        or accusative == "مصدر"
        or dual in INDEFINITE_SOURCE_TITLES
        or dual == "مصدر"
    )


def _title_adjective(index: ArticleIndex, entity: int) -> bool:
    """Whether a one-word person the tagger found right after a person title is the
    title's adjective (``المدير الطبي``، ``المتحدث الرسمي``): definite, after a title word."""
    span = index.entity_span[entity]
    return (
        span.stop - span.first == 1
        and span.first > 0
        and index.keys[span.first].startswith("ال")
        and index.keys[span.first - 1] in PERSON_TITLES
    )


def _title_word(index: ArticleIndex, entity: int) -> bool:
    """Whether a one-word person the tagger found is a title word (``[PER أمين] عام
    الهيئة``: أمين is a given name too, but here the title's head)."""
    span = index.entity_span[entity]
    return span.stop - span.first == 1 and index.keys[span.first] in PERSON_TITLES


def _private_person(index: ArticleIndex, entity: int) -> bool:
    """Whether a one-word person the tagger found is a private person's common noun
    (``وقال [PER الشاكي] إنه``): read as words, which make an unnamed source."""
    span = index.entity_span[entity]
    return span.stop - span.first == 1 and index.keys[span.first] in PRIVATE_PERSONS


def _tagged_source_word(index: ArticleIndex, entity: int, first: int) -> bool:
    """Whether a one-word person the tagger found is an unnamed source's own words.

    ``وقالت [PER متحدثة] عسكرية``: the indefinite title itself; ``أعلن مسؤول [PER تركي]``،
    ``وكشف مصدر رسمي [PER تركي]``: its nisba, after at most one other (تركي is also a
    first name). Both read as unnamed sources.
    """
    span = index.entity_span[entity]
    head = index.keys[first]
    if span.stop - span.first != 1 or not is_source_head(head) or head.startswith("ال"):
        return False
    return span.first == first or (
        span.first - first <= 2
        and all(index.keys[k].endswith(("ي", "يه", "ية")) for k in range(first + 1, span.stop))
    )


# "… الذي طلب عدم الكشف عن اسمه": a speaker who asked not to be named is an unnamed source.
ANONYMITY_WINDOW = 8  # words from الذي to اسمه: "الذي فضل عدم الكشف عن اسمه"


def _unnamed_by_request(index: ArticleIndex, phrase: SubjectPhrase | None, stop: int) -> SubjectPhrase | None:
    """A title or definite word followed by a relative clause that withholds the name
    (``المسؤول الذي لم يشأ كشف هويته``، ``مصدر التي رفضت الكشف عن اسمها``) is an unnamed
    source, not a speaker named by the title."""
    if (
        phrase is None
        or phrase.kind not in ("person", "definite")
        or phrase.name is not None
        or phrase.entity is not None
        or phrase.stop >= stop
        or index.keys[phrase.stop] not in RELATIVES
    ):
        return phrase
    for word in range(phrase.stop + 1, min(phrase.stop + ANONYMITY_WINDOW + 1, stop)):
        if index.keys[word] in IDENTITY_WORDS:
            return replace(phrase, kind="source", title=phrase.title or (phrase.first, phrase.stop))
        if word in index.cues or index.keys[word] in PARTICLES:
            break
    return phrase


APPOSED_ASIDES = 1  # comma-set asides between a title and its name: "، التابعة لرابطة …،"
ASIDE_WORDS = 6


def _titled_person_after(index: ArticleIndex, first: int, stop: int) -> int | None:
    """The person a second title leads to right after a comma (``، المشرف على الفريق
    الكروي الأول [PER فلان]``): a person title at ``first``, then within
    :data:`ASIDE_WORDS` words, no comma, particle or cue between, a tagged person."""
    if first >= stop or index.keys[first] not in PERSON_TITLES:
        return None
    for k in range(first + 1, min(first + ASIDE_WORDS + 1, stop)):
        if index.words[k].text in COMMAS or index.keys[k] in PARTICLES or k in index.cues:
            return None
        number = index.entity_at_first.get(k)
        if number is not None and index.labels[number] == "PER":
            return number
    return None


def _untagged_name_between_commas(
    index: ArticleIndex, first: int, stop: int, honored: bool = False, minimum: int = 2
) -> tuple[int, int] | None:
    """Two or three untagged name words set off by commas before إن/أن (``، صباح كرحوت،
    أنه``): the name of the title's holder the tagger missed. After an honorific
    (``honored``: ``، الدكتور لبنى العسوم، الطالبات``) the closing comma is enough. After
    a given name the tagger found, one word is enough (``minimum=1``)."""
    end = first
    while (
        end < stop
        and end - first < 3
        and index.untagged_word(end)
        and index.words[end].text.isalpha()
        and not is_function_word(index.words[end].text)
        and index.keys[end] not in PERSON_TITLES
        and not _org_head(index.keys[end])
        and (not index.keys[end].startswith("ال") or (end > first and _family_name(index.keys[end])))
    ):
        end += 1  # (صباح is a time word too: set off by commas before أن it is a name)
    if (
        end - first >= minimum
        and end + 1 < stop
        and index.words[end].text in COMMAS
        and (honored or index.keys[end + 1] in PARTICLES)
    ):
        return first, end
    return None


def _plain_given_name(index: ArticleIndex, word: int) -> bool:
    """Whether an untagged word between a comma and a tagged person can be the given name the
    tagger cut off (``، بختيار [PER دوغان]،``): no article, title, body, particle or cue."""
    key = index.keys[word]
    return (
        index.untagged_word(word)
        and not key.startswith("ال")
        and not is_function_word(index.words[word].text)
        and not has_tanwin(index.words[word].text)
        and key not in PERSON_TITLES
        and key not in HONORIFICS
        and key not in ORG_HEADS
    )


def _apposed_name(index: ArticleIndex, phrase: SubjectPhrase | None, stop: int) -> SubjectPhrase | None:
    """A person's title set off by commas from the name that follows it: ``وأوضح
    الناطق الإعلامي بشرطة منطقة مكة، العقيد [PER فلان]، أن`` names فلان, past at most
    one more aside (``أمين عام الهيئة، التابعة للرابطة، [PER فلان]، أن``). The name is a
    person the tagger found, after any honorifics, ending at a comma, a colon or إن/أن."""
    if phrase is None or phrase.kind != "person" or phrase.name is not None or phrase.title is None:
        return phrase
    word = phrase.stop
    if word < stop and index.keys[word] in _TITLE_PREPOSITIONS:
        # where the title is held, then the comma: "أكد وزير البيشمركة في حكومة إقليم
        # كردستان، مصطفى سيد قادر، أن"
        # a name counts as one word: "المشرف العام على [ORG مركز الملك سلمان للإغاثة والأعمال
        # الإنسانية]، الدكتور [PER فلان]، عن"
        reach = ASIDE_WORDS + sum(
            index.within_name(k) for k in range(word + 1, min(word + ASIDE_WORDS + MAX_PHRASE, stop))
        )
        word = next(
            (
                k
                for k in range(word + 1, min(word + reach + 1, stop))
                if index.words[k].text in COMMAS
                and not any(j in index.cues or index.keys[j] in PARTICLES for j in range(word, k))
            ),
            word,
        )
    for _ in range(APPOSED_ASIDES + 1):
        if word >= stop or index.words[word].text not in COMMAS:
            return phrase
        word += 1
        first = word
        while first < stop and index.keys[first] in HONORIFICS:
            first += 1
        if (
            first + 1 < stop
            and index.keys[first].startswith("ال")
            and index.untagged_word(first)
            and _adjective_like(index.keys[first])
            and (person := index.entity_at_first.get(first + 1)) is not None
            and index.labels[person] == "PER"
        ):
            first += 1  # his nationality before the name: "الأمين العام للحلف، النرويجي [PER فلان]"
        number = index.entity_at_first.get(first)
        if number is None and first + 1 < stop and _plain_given_name(index, first):
            number = index.entity_at_first.get(first + 1)  # "، بختيار [PER دوغان]،": a given name it cut
        if number is None:
            # a second title before the name: "عضو شرف نادي الاتحاد، المشرف على الفريق الأول [PER فلان] عن أن"
            number = _titled_person_after(index, first, stop)
        if number is not None and number in index.speakers and index.speakers[number].label == "PER":
            end = index.entity_span[number].stop
            rest = _untagged_name_between_commas(index, end, stop, minimum=1)
            if rest is not None:  # "، [PER مصطفى] سيد قادر، أن": the rest of the name it cut
                return replace(phrase, stop=rest[1], name=(index.entity_span[number].first, rest[1]))
            if (
                end >= stop
                or index.words[end].text in COMMAS
                or index.words[end].text == ":"  # "الرئيس التنفيذي للشركة، [PER فلان]: «…»"
                or index.keys[end] in PARTICLES
                or (index.keys[end] == "عن" and end + 1 < stop and index.keys[end + 1] in PARTICLES)
                # where he said it, then his إن/أن: "…، [PER فلان] في ختام اجتماع السفراء، أن"
                or _where_then_particle(index, end, stop)
            ):
                return replace(phrase, stop=end, name=(index.entity_span[number].first, end), entity=number)
        name = _untagged_name_between_commas(index, first, stop, honored=first > word)
        if name is not None:  # "رئيس مجلس محافظة الأنبار، صباح كرحوت، أنه": a name the tagger missed
            return replace(phrase, stop=name[1], name=name)
        while word < stop and index.words[word].text not in COMMAS:  # past an aside
            if word - first >= ASIDE_WORDS or word in index.cues or index.keys[word] in PARTICLES:
                return phrase
            word += 1
    return phrase


def _where_then_particle(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether where a person spoke starts at ``word`` (في/خلال) and his إن/أن follows within
    twice :data:`ASIDE_WORDS` words, no cue between: "…، [PER فلان] في ختام اجتماع السفراء،
    أن"."""
    if index.keys[word] not in IN_OCCASION:
        return False
    reach = range(word + 1, min(stop, word + 2 * ASIDE_WORDS))
    return any(index.keys[k] in PARTICLES for k in reach) and not any(k in index.cues for k in reach)


def _family_name(key: str) -> bool:
    """A family name with the article: not a title, a body's head or a prefixed word."""
    return (
        key.startswith("ال")
        and len(key) > 4
        and key not in PERSON_TITLES
        and not _org_head(key)
        and not _prefixed(key)
    )


# The fields a title's adjective names, never a family name after a rank-like title ("المستشار
# العسكري"، "المستشار الإعلامي"): surnames of this shape (القحطاني) are not fields.
_TITLE_ADJECTIVES = match_keys(
    "العسكري الإعلامي القانوني الاقتصادي السياسي الأمني الثقافي الشرعي الطبي الصحفي الفني الرسمي الخاص"
)

LATE_NAME_REACH = 8  # words from where a title's reading stopped to its holder's name


def _late_name(index: ArticleIndex, phrase: SubjectPhrase | None, stop: int) -> SubjectPhrase | None:
    """A long title whose holder is named only right before إن/أن (``وأكد رئيس اللجنة
    المنظمة لفعاليات صيف حائل 36 في متنزه السمراء السياحي علي الفايز أن``): the reader
    stops inside the title (at the number, the place, a quoted name), and the name is the
    common given name and the one or two words after it, none tagged, that end the phrase at
    the particle or at a comma before it, or a person the tagger found there. Past no other
    comma, cue, quote or sentence end."""
    if phrase is None or phrase.kind != "person" or phrase.name is not None or phrase.title is None:
        return phrase
    word, reach = phrase.stop, min(stop, phrase.stop + LATE_NAME_REACH)
    # (one word more for the marker of "إلى أن")
    while word < reach or (
        word == reach < stop and index.keys[word] in PARTICLES and index.keys[word - 1] in _TO
    ):
        if word in index.quote_at and not index.speech_quote(word):
            # a quoted name inside the title: "المشرف على برنامج "إحالتي" فلان"
            closing = index.quote_at[word].closing_word
            reach = min(stop, reach + closing - word + 1)
            word = closing + 1
            continue
        ranked = _ranked_person(index, word, phrase.stop)
        if ranked is not None:
            # the holder's rank or honorific, then his name, whatever follows it: "وصف مستشار
            # رئيس [GPE الجمهورية اليمنية] للشؤون العسكرية قائد عمليات غضب [GPE عدن] اللواء ركن
            # [PER فلان] النجاحات …"
            name = index.entity_span[ranked]
            return replace(
                phrase,
                stop=name.stop,
                name=(name.first, name.stop),
                title=(phrase.title[0], word),
                entity=ranked,
            )
        before_particle = (
            index.words[word].text in COMMAS and word + 1 < stop and index.keys[word + 1] in PARTICLES
        )  # "المشرف على برنامج "إحالتي" سليمان احمد الشريع، أن"
        # or the colon or participle that opens what he said: "وقال مدير إدارة الطوارئ الصحية
        # بـ"صحة الطائف" سعيد الزهراني: إنه"، "وأوضح الناطق الإعلامي لـ"صحة الطائف" بالنيابة
        # [PER فلان] قائلاً: إن"
        opens_report = index.words[word].text == ":" or (
            word in index.cues and index.cues[word].kind == "participle"
        )
        if index.keys[word] in PARTICLES or before_particle or opens_report:
            # "وأشار القيادي في المقاومة … [PER شلال] علي شابع إلى أن": the marker is not the name's
            if index.keys[word - 1] in _TO and word - 1 > phrase.stop:
                word -= 1
            # the tagger's person, and one or two words of the name it cut off
            tail = word
            while tail - 1 > phrase.stop and word - tail < 2 and tail - 1 not in index.entity_of:
                if not (index.untagged_word(tail - 1) and name_like(index, tail - 1)):
                    break
                tail -= 1
            number = index.entity_of.get(tail - 1)
            if (
                number is not None
                and number in index.speakers
                and index.labels[number] == "PER"
                and index.entity_span[number].stop == tail
                and index.entity_span[number].first >= phrase.stop
                and not any(
                    index.keys[k] in _OFF_TITLE for k in range(phrase.stop, index.entity_span[number].first)
                )
            ):  # the holder's name the tagger found: "… في متنزه السمراء السياحي [PER علي الفايز] أن"
                first = index.entity_span[number].first
                whole = number if tail == word else None  # the name is the words, past the tagger's cut
                return replace(
                    phrase, stop=word, name=(first, word), title=(phrase.title[0], first), entity=whole
                )
            for given in (word - 3, word - 2):  # a given name and one or two more, the longest first
                if (
                    given >= phrase.stop
                    and index.keys[given] in FIRST_NAMES
                    and all(index.untagged_word(k) for k in range(given, word - 1))
                    and all(name_like(index, k) for k in range(given + 1, word - 1))
                    # the surname untagged, or tagged alone: "سليمان احمد [PER الشريع]"
                    and (index.untagged_word(word - 1) or _lone_person(index, word - 1))
                    and (name_like(index, word - 1) or _family_name(index.keys[word - 1]))
                ):
                    return replace(phrase, stop=word, name=(given, word), title=(phrase.title[0], given))
            return phrase
        if (
            index.words[word].text in COMMAS
            or word in index.cues
            or word in index.quote_at
            or (not index.is_word[word] and index.words[word].text in ".!?؟:")
        ):
            return phrase
        word += 1
    return phrase


def _ranked_person(index: ArticleIndex, word: int, title_stop: int) -> int | None:
    """The person entity right after a rank or honorific that starts at ``word`` (``اللواء ركن
    [PER فلان]``، ``الدكتور [PER فلان]``), in a title read up to ``title_stop``, or None: none
    there, or a preposition between that leaves the title (``عن لقائه مع اللواء [PER فلان]``)."""
    if index.keys[word] not in HONORIFICS:
        return None
    first = word
    while first < len(index.keys) and index.keys[first] in HONORIFICS and first not in index.entity_of:
        first += 1
    number = index.entity_at_first.get(first)
    if (
        number is None
        or first == word
        or index.labels[number] != "PER"
        or number not in index.speakers
        or any(index.keys[k] in _OFF_TITLE for k in range(title_stop, word))
    ):
        return None
    return number


_TO = match_keys("إلى")  # the marker of أشار إلى أن, between a name and its particle
# Prepositions that leave a title for what was said about or with whom ("وقال الوزير عن
# لقائه مع [PER فلان] إن": not the minister's name).
_OFF_TITLE = match_keys("عن مع خلال عقب بعد قبل أثناء حول إلى الى لدى")


def _lone_person(index: ArticleIndex, word: int) -> bool:
    """Whether a word is a person the tagger found as that one word."""
    number = index.entity_of.get(word)
    if number is None:
        return False
    span = index.entity_span[number]
    return index.labels[number] == "PER" and span.stop - span.first == 1


def read_subject(
    index: ArticleIndex, first: int, stop: int, bare_names: bool = True, objects: bool = False
) -> SubjectPhrase | None:
    """Read the subject phrase starting at word ``first`` (before ``stop``).

    Args:
        index: The article index.
        first: The word right after the verb (or after a skipped phrase).
        stop: The end of the sentence or clause.
        bare_names: Accept a name with no title or honorific before it (``وقال
            لوبيز :``); off after a present-tense headline verb, whose subject
            comes first (``الحرس الثوري يعلن احتجاز ناقلة``).
        objects: The verb takes its object with no إن/أن (``أكد``، ``أعلن``): a plain
            word after a title that is not a name starts that object.

    Returns:
        The :class:`SubjectPhrase`, or None when the words there are not a
        subject (a particle, a preposition, a time word…).
    """
    phrase = _read_subject(index, first, stop, bare_names, objects)
    phrase = _through_person(index, _close_to(index, _imam_of(index, phrase, stop), stop), stop)
    return _late_name(index, _apposed_name(index, _unnamed_by_request(index, phrase, stop), stop), stop)


_CLOSE = match_keys("قريبة قريب مقربة مقرب")
# Loyal to someone: "مصدر عسكري موال [PER لهادي]" is a source of his side, not him.
_LOYAL = match_keys("موال موالي موالية موالون موالين الموالي الموالية الموالون الموالين")


def _close_to(index: ArticleIndex, phrase: SubjectPhrase | None, stop: int) -> SubjectPhrase | None:
    """An unnamed source close to someone runs on through whom (``كشفت مصادر قريبة من
    [ORG الحوثيين] عن …``): من there is part of the source, not what a verb reports; so
    does one inside a body (``وانتقدت مصادر دبلوماسية في الحكومة اليمنية الأمم المتحدة``،
    ``مصادر في [ORG وزارة الدفاع]``): في and the body are where the source sits; and one
    loyal to someone through whom (``مصدر عسكري موال [PER لهادي]``)."""
    if (
        phrase is not None
        and phrase.kind == "person"
        and phrase.name is not None
        and phrase.title is not None
        and index.keys[phrase.name[0] - 1] in _LOYAL
        and is_source_head(index.keys[phrase.title[0]])
    ):
        # "مصدر عسكري موال [PER لهادي]": a source of his side, read as a title and his name
        return SubjectPhrase("source", phrase.first, phrase.stop, title=(phrase.title[0], phrase.stop))
    if phrase is None or phrase.kind != "source" or phrase.stop + 1 >= stop:
        return phrase
    if index.keys[phrase.stop] == "في":
        return _in_body(index, phrase, stop)
    if index.keys[phrase.stop - 1] not in _CLOSE or index.keys[phrase.stop] != "من":
        return phrase
    whom = phrase.stop + 1
    quoted = index.quote_at.get(whom)
    if quoted is not None and quoted.closing_word + 1 <= stop:
        # a quoted name: "بحسب مصادر مقربة من "[ORG أبل]"،" runs on past the quote
        return replace(
            phrase,
            stop=quoted.closing_word + 1,
            title=(phrase.title[0], quoted.closing_word + 1) if phrase.title else None,
        )
    number = index.entity_at_first.get(whom)
    if number is not None:
        end = index.entity_span[number].stop
    elif index.keys[whom].startswith("ال") and index.is_word[whom]:
        end = whom + 1  # "مصادر مقربة من الحكومة"
    else:
        return phrase
    return replace(phrase, stop=end, title=(phrase.title[0], end) if phrase.title else None)


def _in_body(index: ArticleIndex, phrase: SubjectPhrase, stop: int) -> SubjectPhrase:
    """The source phrase run on over في and the body it sits in: a tagged organization,
    or a definite organization head and its relative adjectives (الحكومة اليمنية). The
    source's own words (its title) stay as they were: ``مصادر دبلوماسية``."""
    where = phrase.stop + 1
    number = index.entity_at_first.get(where)
    if number is not None and index.labels[number] == "ORG":
        end = index.entity_span[number].stop
    elif (
        index.untagged_word(where)
        and index.keys[where].startswith("ال")
        and index.keys[where][2:] in ORG_HEADS
    ):
        end = where + 1
        while (
            end < stop
            and index.untagged_word(end)
            and index.keys[end].startswith("ال")
            and (index.keys[end].endswith(("ي", "ية", "يه")))
        ):
            end += 1
    else:
        return phrase
    return replace(phrase, stop=end)  # the source is still its own words, the body marked apart


LED_BY = match_keys("بزعامة برئاسة بقيادة")
_ON_TONGUE = match_keys("على"), match_keys("لسان")
PERSON_REACH = 6  # words from بزعامة or على لسان to the end of the person named


_IMAM = match_keys("إمام")
_PREACHER = match_keys("وخطيب")
_MOSQUES = match_keys("المسجد مسجد جامع الجامع")
MOSQUE_NAME_WORDS = 3  # "جامع الملك فهد"


def _imam_of(index: ArticleIndex, phrase: SubjectPhrase | None, stop: int) -> SubjectPhrase | None:
    """A long title that goes on with "imam (and preacher) of" a mosque runs on to the
    holder's name (``معالي المستشار بالديوان الملكي عضو هيئة كبار العلماء إمام وخطيب المسجد
    الحرام الشيخ الدكتور [PER …]``: 87 times ``إمام وخطيب المسجد`` in more.txt). Only after
    a title: bare امام is also أمام, "in front of", which ends a phrase."""
    if phrase is None or phrase.kind != "person" or phrase.name is not None or phrase.stop + 2 >= stop:
        return phrase
    at = phrase.stop
    if index.keys[at] not in _IMAM or not (index.keys[at + 1] in _PREACHER or index.keys[at + 1] in _MOSQUES):
        return phrase
    at += 2 if index.keys[at + 1] in _PREACHER else 1
    if at < stop and index.keys[at] in _MOSQUES and at not in index.entity_at_first:
        at += 1  # "جامع الملك فهد": the mosque's head, then its name
    number = index.entity_at_first.get(at)
    if number is not None:
        at = index.entity_span[number].stop
    else:
        name_end = at
        while (
            name_end < min(stop, at + MOSQUE_NAME_WORDS)
            and index.untagged_word(name_end)
            and index.keys[name_end] not in HONORIFICS
        ):
            name_end += 1
        at = name_end
    person = _read_subject(index, at, min(stop, at + PERSON_REACH), bare_names=True, objects=True)
    if person is None or person.kind != "person" or person.name is None:
        return phrase
    return replace(phrase, stop=person.stop, name=person.name, entity=person.entity)


def _through_person(index: ArticleIndex, phrase: SubjectPhrase | None, stop: int) -> SubjectPhrase | None:
    """A body's subject phrase runs on through the person who leads it or speaks for it
    (``طالب ائتلاف الوطنية بزعامة فلان الحكومة …``، ``وأكدت الخارجية على لسان متحدثها
    المستشار فلان تضامن …``): the body still speaks, and what it said starts after the
    person. The person is a tagged person or a titled name within :data:`PERSON_REACH`."""
    if phrase is None or phrase.kind not in ("org", "person") or phrase.stop + 1 >= stop:
        return phrase
    if phrase.kind == "person" and phrase.name is not None:
        return phrase  # a named person speaks for nobody here
    at = phrase.stop
    if index.keys[at] in LED_BY:
        at += 1
    elif index.keys[at] in _ON_TONGUE[0] and index.keys[at + 1] in _ON_TONGUE[1]:
        at += 2
    else:
        return phrase
    person = _read_subject(index, at, min(stop, at + PERSON_REACH), bare_names=True, objects=True)
    if person is None or person.kind != "person" or person.name is None:
        return phrase
    return replace(phrase, stop=person.stop)


# Indefinite titles that make the person named right after them whose aide it is
# (construct state: "مساعدة كلينتون"، "مستشار أوباما"); with the article the name
# after a title is its holder ("المستشار فلان").
AIDES = match_keys("مساعد مساعدة مستشار مستشارة سكرتير سكرتيرة محامي محامية متحدث متحدثة نائب نائبة")
_ONE_OF = match_keys("أحد إحدى")
_SOME = match_keys("بعض")  # before the group itself
SOME_OF = _ONE_OF | _SOME  # one or some of a group, before it: "بعض المغردين"، "أحد المغردين"
# A relative of someone the story is about: "يقول والد الشهيد [PER فلان]:" is the father
# speaking, unnamed; the name is his son's (92 times "والد الشهيد" in more.txt).
_RELATIVE = match_keys("والد والدة شقيق شقيقة زوج زوجة عم خال جد جدة أخ أخت ابن ابنة نجل")
# Whose family speaks before a name: "عائلة [PER الملا عمر] ترفض …" is the family, not him.
FAMILY = _RELATIVE | match_keys("عائلة أسرة")
# The relations whose construct form never starts a name or a title of one's own, so the
# noun or name after them is whose relative speaks: "وصرح والد الفتاة لصحيفة …"، "والد محمد".
_PARENT_OR_SIBLING = match_keys("والد والدة شقيق شقيقة زوجة")
_WHOM_THE_STORY_IS_ABOUT = match_keys(
    "الشهيد الشهيدة الطفل الطفلة الضحية الفقيد الفقيدة المتوفى المتوفاة القتيل المصاب المصابة "
    "الشاب الشابة الفتاة المفقود المفقودة الأسير المعتقل الراحل الراحلة المغدور"
)


def _group_of_people(key: str) -> bool:
    """A group one of whom speaks unnamed: a source head or any definite word, a plural
    after أحد (``أحد الشهود``، ``أحد الناجين``، ``احد القضاة``، ``إحدى الموظفات``), or a
    plural in construct, which drops its ن (``أحد موظفي خدمات الأمتعة``، ``أحد مسؤولي الشركة``)."""
    return is_source_head(key) or key.startswith("ال") or (key.endswith("ي") and is_source_head(key + "ن"))


def _medium_told(index: ArticleIndex, title_first: int | None, word: int) -> bool:
    """Whether ``word`` is ل + a medium right after a one-word definite title (``وصرح
    الوزير لصحيفة «…»``، ``وقال المسؤول لوكالة فرانس برس``): the paper he spoke to, not
    part of his title."""
    key = index.keys[word]
    return (
        title_first is not None
        and word == title_first + 1
        and index.keys[title_first].startswith("ال")
        and key[:1] == "ل"
        and key[1:] in MEDIA
    )


def told(index: ArticleIndex, word: int, entity: int) -> bool:
    """Whether an organization the tagger found right at ``word`` is ل + whom a source
    told (``[ORG لرويترز]``; not ``لجنة`` after في, which is the body itself)."""
    key = index.keys[word]
    return (
        speaker_label(index.labels[entity]) == "ORG"
        and not key.startswith("لل")
        and len(key) > 3
        and not (word and index.keys[word - 1] in PREPOSITIONS)
    )


def _some_of(
    index: ArticleIndex, first: int, members: int, stop: int, bare_names: bool, objects: bool, joined: bool
) -> SubjectPhrase:
    """One, some or many of a group as an unnamed source, from ``first`` through the group
    read at ``members`` and its adjectives (``أحد المسؤولين المحليين``; not في, which ends in
    ي too); ``joined``: and groups joined by و (``العديد من المواطنين والمقيمين``)."""
    read = _read_subject(index, members, stop, bare_names, objects)
    last = read.stop if read is not None and read.kind == "source" else members + 1
    # (not a definite word after a place: "… بمنطقة [GPE تبوك] العملية" is the verb's object)
    while last < stop and (
        (
            _adjective_like(index.keys[last])
            and not is_function_word(index.words[last].text)
            and not _definite_after_place(index, last)
        )
        or (joined and index.keys[last][:1] == "و" and is_source_head(index.keys[last][1:]))
        or (joined and index.keys[last].startswith("وال") and index.keys[last].endswith(("ين", "ون")))
        # a joined broken plural's genitive: "عدد من المحللين … وشيوخ القبائل"
        or (joined and index.keys[last].startswith("ال") and _joined_broken_plural(index.keys[last - 1]))
    ):
        last += 1
    return SubjectPhrase("source", first, last, title=(first, last))


def _joined_broken_plural(key: str) -> bool:
    """Whether a word is و and a group in the broken plural (``وشيوخ``), which takes a
    genitive; a sound plural in construct drops its ن (``ومسؤولو``)."""
    return key[:1] == "و" and is_source_head(key[1:]) and not key.endswith(("ون", "ين"))


def _read_subject(
    index: ArticleIndex, first: int, stop: int, bare_names: bool, objects: bool
) -> SubjectPhrase | None:
    if first >= stop:
        return None
    key = index.keys[first]
    if key in HONORIFIC_PRONOUNS or key in ONE_OF_THEM:
        return SubjectPhrase("pronoun", first, first + 1)
    if (
        key[-1:] == "ا"
        and key[:-1] in PERSON_TITLES
        and first + 1 < stop
        and index.keys[first + 1][:2] == "ال"
    ):
        # two holders of a title, named before: "وتابع وزيرا الداخلية في بيانهما"
        return SubjectPhrase("pronoun", first, first + 2)
    if key in DOCUMENT_NOUNS:
        owner = document_owner(index, first, stop)
        if (
            owner is None
            and key in _SOME_DOCUMENTS
            # not when who published them follows: "كشفت وثائق نشرها موقع [ORG ويكيليكس]"
            and not any(
                index.entity_of.get(k) in index.speakers for k in range(first + 1, min(stop, first + 5))
            )
        ):
            # "أكدت وثائق سياسية نشرت على الانترنت أن …": documents nobody is named for, unnamed
            end = first + 1
            while end < stop and _adjective_like(index.keys[end]) and not index.keys[end].startswith("ال"):
                end += 1
            return SubjectPhrase("source", first, end)
        return owner if owner is not None else SubjectPhrase("document", first, first + 1)
    quoted = _quoted_name(index, first, stop)
    if quoted is not None:
        return quoted
    honored = first
    while honored < stop and index.keys[honored] in HONORIFICS:
        honored += 1
    quote = index.quote_at.get(honored) if honored > first else None
    if quote is not None and quote.closing_word < stop:
        # "كشف الدكتور «جيكسون إن جي» -أخصائي أطفال- أنه": after an honorific a short quote is
        # his name, whatever its words (إن here is a syllable of it, not "that")
        inner = [k for k in range(honored + 1, quote.closing_word) if index.is_word[k]]
        if 1 <= len(inner) <= QUOTED_NAME_WORDS:
            return SubjectPhrase("person", first, quote.closing_word + 1, name=(inner[0], inner[-1] + 1))
    if first + 1 < stop and (
        key in _PARENT_OR_SIBLING or (key in _RELATIVE and index.keys[first + 1] in _WHOM_THE_STORY_IS_ABOUT)
    ):
        relative = _relative_of(index, first, stop)
        if relative is not None:
            return relative
    if key in _ONE_OF and first + 1 < stop and _group_of_people(index.keys[first + 1]):
        # "وقال أحد الشهود إنه"، "أحد العاملين في وزارة الأوقاف": one of a group, unnamed
        return _some_of(index, first, first + 1, stop, bare_names, objects, joined=False)
    counted = key in _QUANTITIES and first + 2 < stop and index.keys[first + 1] == "من"
    members = first + 2 if counted else first + 1
    if (key in _QUANTITIES or key in _SOME) and members < stop and is_source_head(index.keys[members]):
        # "ذكر العديد من المواطنين والمقيمين في محافظة [GPE الداير] أن": many of a group,
        # unnamed (not the place they live in)
        return _some_of(index, first, members, stop, bare_names, objects, joined=True)
    end = _window(index, first, stop)
    if end == first:
        return None
    # The NER found the name: a speaking person in the phrase, after its titles (a person
    # title may run on through a short prepositional group: "المدير الإقليمي للحملة …
    # في سوريا بدر السمحان"، "المشرف العام على صندوق التنمية منصور بن ماضي").
    person_end = _title_reach(index, first, stop, end)
    # Not when an organization or a group heads the phrase: "إدارة الاتفاق المكلفة برئاسة
    # فلان"، "محللون سياسيون أردنيون تصرفات … نوري المالكي" (a group is never one person).
    heads = _org_head(index.keys[first]) or plural_group(index.keys[first])
    people = [
        (word, number)
        for word in range(first, person_end if not heads else first)
        if (number := index.entity_at_first.get(word)) is not None
        and number in index.speakers
        and not index.prepositional(number)
        and index.speakers[number].label == "PER"
        and not _tagged_source_word(index, number, first)
        and not _title_word(index, number)
        and not _named_place(index, number)
        and not (objects and _object_between(index, first, word))
        and not _head_of_where_he_works(index, first, word)
        and not _aide_of(index, first, word)
        and not (objects and any(index.keys[k] in _OFFERED for k in range(first, word)))
    ]
    if people and people[0][0] > first and name_like(index, first) and first not in index.entity_at_first:
        bare = _read_words(index, first, end, stop, bare_names, objects)
        if (
            bare is not None
            and bare.title is None
            and bare.stop - bare.first >= 2  # a given and a family name, not "متحدثها المستشار …"
            and bare.stop < stop
            and index.keys[bare.stop] in PERSON_TITLES
            and index.keys[bare.stop] not in HONORIFICS
        ):
            return bare  # "وقالت جنيفر بالمييري الناطقة باسم حملة [PER كلينتون]": her name, then her title
    typed = index.entity_at_first.get(first)
    if people and typed is not None and _name_typed_as_body(index, typed, people[0][0]):
        stop_word = index.entity_span[typed].stop
        return SubjectPhrase("person", first, stop_word, name=(first, stop_word))
    if people and people[0][0] == first + 1 and index.keys[first] in AIDES:
        # "مساعدة [PER هيلاري كلينتون] تؤكد": her aide, named by the title, not Clinton
        stop_word = index.entity_span[people[0][1]].stop
        return SubjectPhrase("person", first, stop_word, title=(first, stop_word))
    for k, (word, number) in enumerate(people):
        if k + 1 < len(people) and _title_adjective(index, number):
            continue  # "المدير [PER الطبي] … الدكتور محمد الزعبي": the tagger's guess on an adjective
        if k + 1 < len(people) and (_org_head(index.keys[word]) or _org_head(index.keys[word - 1])):
            continue  # "بأكاديمية [PER ناصر] العسكرية … اللواء محمود خلف": the institution's name
        title = (first, word) if word > first else None
        return SubjectPhrase(
            "person",
            first,
            index.entity_span[number].stop,
            name=(word, index.entity_span[number].stop),
            title=title,
            entity=number,
        )
    if not people and not heads and person_end > end:
        name = _name_ending_reach(index, end, person_end, stop)
        if name is not None and not _head_of_where_he_works(index, first, name[0]):
            # "قال الخبير في الشؤون السياسية تامر الزيادي:": untagged
            return SubjectPhrase("person", first, name[1], name=name, title=(first, name[0]))
    number = index.entity_at_first.get(first)
    if number is not None and (
        _tagged_source_word(index, number, first)
        or _title_word(index, number)
        or _private_person(index, number)
    ):
        # "وقالت [PER متحدثة] عسكرية": read the words; the title makes a source
        return _read_words(index, first, end, stop, bare_names, objects, plain=number)
    if number is not None:  # an organization or government as the whole subject
        if number in index.speakers and not index.prepositional(number):
            stop_word = index.entity_span[number].stop
            # and the body it belongs to: "[ORG الأمانة العامة] [ORG لهيئة كبار العلماء]"
            while (
                (after := index.entity_at_first.get(stop_word)) is not None
                and index.labels[after] in ("ORG", "GPE")
                and index.keys[stop_word][:1] == "ل"
                and index.prepositional(after)
            ):
                stop_word = index.entity_span[after].stop
            return SubjectPhrase("org", first, stop_word, title=(first, stop_word), entity=number)
        return None  # a date, a place after a preposition: no subject here
    return _of_whom(index, _read_words(index, first, end, stop, bare_names, objects), stop)


_IN_THE_NAME_OF = match_keys("باسم")
TITLE_TO_GENITIVE = 3  # words from a title to its باسم: "الناطقة الرسمية باسم"


def _name_typed_as_body(index: ArticleIndex, entity: int, person: int) -> bool:
    """Whether a body or place the tagger found is a person's name, its title after it and
    the person at word ``person`` whom that title speaks for (``وقالت [ORG جنيفر بالمييري]
    الناطقة باسم حملة [PER كلينتون]``): a body has no spokesperson's title in apposition.
    Its own spokesman (``الخارجية المتحدثة باسمها فلان``) is not one: باسم alone counts."""
    title = index.entity_span[entity].stop
    return (
        index.labels[entity] in ("ORG", "GPE")
        and not index.prepositional(entity)
        and title < person
        and index.keys[title] in PERSON_TITLES
        and index.keys[title] not in HONORIFICS
        and any(
            index.keys[k] in _IN_THE_NAME_OF
            for k in range(title + 1, min(person, title + 1 + TITLE_TO_GENITIVE))
        )
    )


def _object_between(index: ArticleIndex, first: int, word: int) -> bool:
    """Whether the verb's object has begun between a definite title at ``first`` and a
    person at ``word``: the first word after the title and its adjectives is a plain
    indefinite one (``وأكد الوزير الأردني موقف بلاده [PER الداعي] …``), so the person is in
    the object, not the title's holder. A title's own words go on (``المتحدث باسم خفر
    السواحل``، ``الرئيس السابق وعضو الشرف``، ``السفير لدى سلطنة عمان``). After a definite
    honorific the plain word is the given name the tagger cut (``أعرب المهندس جديع [PER
    القحطاني]``): the words are then read as the name, whole."""
    body = index.entity_at_first.get(first)
    if body is not None and index.labels[body] in ("ORG", "GPE"):
        # a body or state named by a construct, "استنكرت [GPE مملكة البحرين] تصريحات [PER
        # المالكي]": the plain word after it is the object, as after a definite title
        k = index.entity_span[body].stop
    elif not index.keys[first].startswith("ال"):
        return False
    else:
        k = first + 1
    while k < word and index.keys[k].startswith("ال") and index.is_word[k] and k not in index.entity_of:
        k += 1  # the title's adjectives: "الوزير الأردني"
    if k >= word or k in index.entity_of or not index.is_word[k]:
        return False
    key = index.keys[k]
    bare = key[1:] if key[:1] == "و" else key
    return not (
        bare in PERSON_TITLES
        or key in HONORIFICS
        or key in _TITLE_GLUE
        or key in NAME_PARTICLES
        or key in _TITLE_PREPOSITIONS
        or key == "الى"
        or _complement(key)
        or is_function_word(index.words[k].text)
    )


def _head_of_where_he_works(index: ArticleIndex, first: int, word: int) -> bool:
    """Whether the person at ``word`` heads the body an indefinite title works in (``مسؤول
    في مكتب رئيس الوزراء [PER فلان]``، ``عضو في حزب الرئيس [PER فلان]``): the title is
    an unnamed man's, and the person a title inside its place names is its genitive."""
    key = index.keys[first]
    if key.startswith("ال") or not (key in PERSON_TITLES or is_source_head(key)):
        return False
    place = first + 1
    while (
        place < word
        and index.keys[place] not in _TITLE_PREPOSITIONS
        and _adjective_like(index.keys[place])
        and not index.keys[place].startswith("ال")
    ):
        place += 1  # "مسؤول كبير في …"
    return (
        place < word
        and index.keys[place] in _TITLE_PREPOSITIONS
        and any(index.keys[k] in PERSON_TITLES for k in range(place + 1, word))
    )


def _aide_of(index: ArticleIndex, first: int, word: int) -> bool:
    """Whether the person at ``word`` is whom an aide's title serves, named right after ل and
    a person's title (``وأكد السكرتير الخاص للرئيس [PER هادي] أن``، ``المستشار الإعلامي
    للوزير [PER فلان]``): the secretary speaks, not the president; not a body's name
    (``المتحدث الرسمي لمديرية الدفاع المدني … الرائد [PER فلان]``: the spokesman, by rank).
    """
    head = index.keys[first]
    if (head[2:] if head.startswith("ال") else head) not in AIDES:
        return False
    for k in range(max(first + 1, word - AIDE_OF_REACH), word):
        key = index.keys[k]
        served = after_li(key) if key[:2] == "لل" else key[1:]
        if key[:1] == "ل" and served in PERSON_TITLES and not _org_head(served) and served not in HONORIFICS:
            # only nisbas between the served title and the name: "للرئيس اليمني [PER …]"; a
            # title with its own genitive is complete, and the name after it is the aide's
            # ("النائب العلمي لرئيس البرنامج [PER فلان]")
            return all(
                index.keys[j] not in HONORIFICS
                and index.keys[j].startswith("ال")
                and _adjective_like(index.keys[j])
                for j in range(k + 1, word)
            )
    return False


AIDE_OF_REACH = 2  # words from ل and the served title to the person: "للرئيس اليمني [PER …]"


def _in_name(index: ArticleIndex, word: int) -> bool:
    return name_like(index, word) or index.keys[word] in NAME_PARTICLES


def _relative_of(index: ArticleIndex, first: int, stop: int) -> SubjectPhrase | None:
    """A relative of the one the story is about, named after the relation: the relative
    is unnamed, and the phrase runs through whose relative it is, a name, tagged or not
    (``والد الشهيد [PER مشعل العسيري]``، ``والدة الطفلة ريم``، ``والد محمد``), or a definite
    noun right before what was said or where (``والد الفتاة لصحيفة …``، ``والد الطفل أن``).
    None when a title or a name follows that noun (``شقيق الرئيس ماهر الأسد``: read as a
    title)."""
    word = first + 1
    if index.keys[word] in _WHOM_THE_STORY_IS_ABOUT:
        word += 1
    number = index.entity_at_first.get(word)
    if number is not None and index.labels[number] == "PER":
        end = index.entity_span[number].stop
    else:
        end = word
        while end < stop and end - word < MAX_NAME and _in_name(index, end):
            end += 1
    if end == word:  # no name: whose relative by a definite noun ("والد الطفل"، "والد الفتاة")
        if word == first + 1:
            if not index.keys[word].startswith("ال") or _prefixed(index.keys[word]):
                return None
            end = word + 1
        titled = end < stop and index.keys[end] in PERSON_TITLES
        if end < stop and (end in index.entity_of or _in_name(index, end) or titled):
            return None
    return SubjectPhrase("source", first, end, title=(first, end))


def named_after_preposition(index: ArticleIndex, word: int, stop: int) -> SubjectPhrase | None:
    """The speaker phrase after عن or ل (``نقلا عن وزارة الداخلية``، ``صادر عن الوزارة``):
    a speaking entity there is the speaker, though a preposition governs it; else the
    phrase :func:`read_subject` reads."""
    number = index.entity_at_first.get(word)
    if number is not None and number in index.speakers:
        span = index.entity_span[number]
        kind = "person" if index.speakers[number].label == "PER" else "org"
        return SubjectPhrase(kind, span.first, span.stop, entity=number)
    return read_subject(index, word, stop)


DEFINITE_OWNER_REACH = 3  # words from a definite document to its author's ل: "التقرير الـ 51 لمؤسسة"


# Who published or leaked documents, right after them: "وثائق نشرها موقع ويكيليكس".
_PUBLISHED_IT = match_keys("نشرها نشرتها سربها سربتها أصدرها أصدرتها")
_SITE_HEADS = match_keys("موقع صحيفة")
# What kind of document a statement was: "بيان صحافي"، "بيان رسمي".
_DOCUMENT_KINDS = match_keys("صحافي صحفي رسمي مشترك ختامي")


def document_owner(index: ArticleIndex, first: int, stop: int) -> SubjectPhrase | None:
    """The author of an indefinite document subject, who is the speaker: ``قال بيان
    للقيادة المشتركة إن``، ``وأفاد بيان صادر عن الوزارة بأن``، ``وأضاف بيان سلطات
    المقاطعة أن`` (in construct, a body or a named speaker), or whoever published it
    (``كشفت وثائق نشرها موقع [ORG ويكيليكس]``); a definite one only with its
    author after ل (``وأوضح التقرير السنوي لمؤسسة النقد أن``); None for ``وأضاف البيان``
    (the last speaker's document) or a document with no author named."""
    if first + 1 >= stop:
        return None
    if index.keys[first].startswith("ال"):
        # its author after ل, past an adjective or its number: "وأوضح التقرير السنوي [ORG لمؤسسة
        # النقد] أن"، "التقرير الـ 51 [ORG لمؤسسة النقد]"
        for after in range(first + 1, min(first + DEFINITE_OWNER_REACH + 1, stop)):
            number = index.entity_at_first.get(after)
            if number is not None or not index.is_word[after] or index.keys[after] in PARTICLES:
                break
        else:
            return None
        if number is None or index.keys[after][:1] != "ل" or index.labels[number] != "ORG":
            return None
        owner = named_after_preposition(index, after, stop)
        return replace(owner, first=first) if owner is not None and owner.kind == "org" else None
    after = first + 1
    if after + 1 < stop and index.keys[after] in _PUBLISHED_IT:
        # "كشفت وثائق نشرها موقع [ORG ويكيليكس] أن": whoever published them speaks by them
        named = after + 1 + (index.keys[after + 1] in _SITE_HEADS)
        number = index.entity_at_first.get(named)
        if number is not None and number in index.speakers and not index.prepositional(number):
            span = index.entity_span[number]
            kind = "person" if index.labels[number] == "PER" else "org"
            return SubjectPhrase(kind, first, span.stop, entity=number)
    if after + 2 < stop and index.keys[after] in _DOCUMENT_KINDS and index.keys[after + 1] in ISSUED:
        after += 1  # "بيان صحافي صدر عن المنظمة": its kind, then who issued it
    if after + 1 < stop and index.keys[after] in ISSUED and index.keys[after + 1] == "عن":
        owner = named_after_preposition(index, after + 2, stop)
        kinds: tuple[str, ...] = ("person", "org", "source")
    elif (
        _org_head(index.keys[after])
        and (index.keys[after][:1] == "ل" or index.keys[after] in ORG_HEADS)
        and index.entity_at_first.get(after) not in index.speakers  # "بيان [ORG للقيادة …]": below
    ):
        # "بيان للقيادة المشتركة"، and in construct "وأضاف بيان سلطات المقاطعة أن"
        owner = _read_subject(index, after, stop, bare_names=False, objects=False)
        kinds = ("org",)
    elif index.entity_at_first.get(after) in index.speakers:
        owner = named_after_preposition(index, after, stop)  # "وقال بيان [ORG الجيش] إن"
        kinds = ("person", "org")
    else:
        return None
    return replace(owner, first=first) if owner is not None and owner.kind in kinds else None


def _of_whom(index: ArticleIndex, phrase: SubjectPhrase | None, stop: int) -> SubjectPhrase | None:
    """An unnamed quantity takes in whom it counts: ``عدد من جيران المبنى``, not ``عدد``."""
    if (
        phrase is None
        or phrase.kind != "source"
        or index.keys[phrase.first] not in _QUANTITIES
        or phrase.stop >= stop
        or index.keys[phrase.stop] != "من"
    ):
        return phrase
    end = phrase.stop + 1
    while end < min(stop, phrase.stop + 4) and not _ends_phrase(index, end):
        end += 1
    if end == phrase.stop + 1:
        return phrase
    return replace(phrase, stop=end, title=(phrase.first, end))


_OWNER = match_keys("صاحب صاحبة")
_UNNAMED_ADJECTIVES = match_keys("سابق سابقة كبير كبيرة رفيع رفيعة بارز بارزة")
# Titles a paper leaves unnamed this way (an expert is often named in the next sentence:
# "أكد خبير أمني أن …" … "وأضاف اللواء فلان": the speaker book reveals him, so not خبير).
_UNNAMED_TITLES = match_keys("قائد وزير نائب سفير رئيس مدير مستشار")
UNNAMED_REACH = 5  # words after an indefinite title in which no person is named


def _unnamed_holder(index: ArticleIndex, word: int, end: int) -> bool:
    """An indefinite person title with an indefinite adjective and no name after it (``فيما
    أشار قائد عسكري إلى أن``، ``وقال وزير سابق``): an unnamed source, like مسؤول عسكري;
    not ``قائد عسكري أمريكي [PER فلان]``."""
    if index.keys[word] not in _UNNAMED_TITLES or word + 1 >= end:
        return False
    adjective = index.keys[word + 1]
    if (
        not index.untagged_word(word + 1)
        or adjective.startswith("ال")
        or not (adjective.endswith(("ي", "ية")) or adjective in _UNNAMED_ADJECTIVES)
        or _org_head(adjective)  # a body in construct, no nisba: "رئيس بلدية [GPE القريات]"
    ):
        return False
    return not any(
        (number := index.entity_at_first.get(k)) is not None and index.labels[number] == "PER"
        for k in range(word + 1, min(word + UNNAMED_REACH + 1, len(index.keys)))
    )


def _read_words(
    index: ArticleIndex,
    first: int,
    end: int,
    stop: int,
    bare_names: bool,
    objects: bool,
    plain: int | None = None,
) -> SubjectPhrase | None:
    """Titles, an organization or a name the NER missed, in words ``first:end``
    (the entity numbered ``plain`` read as words: a title the tagger called a name)."""
    kind: str | None = None
    title_first: int | None = None
    name_first: int | None = None
    after_honorific = bare = False
    org_name_left = 0  # words of an organization's own name after its head: "لشركة ستينا"
    object_verb = objects and _after_object_verb(index, first)
    word = first
    while word < end:
        key = index.keys[word]
        if index.withholds_identity(word):
            break  # "مسؤول تركي رفض الكشف عن هويته": the source ends where its request begins
        number = index.entity_at_first.get(word)
        if number is not None and number != plain:  # a place or organization in a title: "وكيل وزارة …"
            if kind == "source" and key[:1] == "ل" and (key[1:] in MEDIA or told(index, word, number)):
                break  # "وقال مصدر عسكري لوكالة فرانس برس"، "وأضافت المصادر لرويترز": whom it told
            if kind == "source" and key in MEDIA:
                break  # "بحسب ما أفاد مسؤول محلي [ORG وكالة فرانس برس]": أفاد's object, whom it told
            if kind == "person" and _medium_told(index, title_first, word):
                break  # "وقال المسؤول [ORG لوكالة فرانس برس]"
            if (
                kind == "source"
                and index.labels[number] == "PER"
                and not index.prepositional(number)
                and not _adjective_like(key)  # "مسؤول [PER تركي]": the tagger's guess on a nisba
            ):
                break  # "وأكدت الصحف الألمانية [PER سير] المفاوضات": a source names no person
            if objects and title_first == word - 1 and _object_after_definite(index, word, True):
                break  # "وشكر اللاعب [ORG اللجنة الأولمبية] على دعمها": whom he thanked
            word = max(word + 1, index.entity_span[number].stop)
            after_honorific, org_name_left = False, 0
            continue
        if objects and kind == "source" and _definite_after_place(index, word):
            break  # "عدّ عدد من المواطنين بمنطقة [GPE تبوك] العملية الإرهابية …": what they deemed
        if _abbreviation_dot(index, word):  # د. فلان: the honorific goes on
            word += 1
            continue
        if index.words[word].text == "(":  # an acronym inside a title
            word = next((k + 1 for k in range(word + 1, end) if index.words[k].text == ")"), end)
            continue
        if word in index.quote_at and kind == "person" and name_first is None:
            holder = _quoted_holder(index, word, end)
            if holder is not None:
                # "وقال مدير عام مكتب الصحة "الخضر لصور" إن": the title's holder, in quotes
                return SubjectPhrase(
                    "person", first, holder[1] + 1, name=holder, title=(title_first or first, word)
                )
        if word in index.quote_at:  # a quoted name inside a title
            word = min(index.quote_at[word].closing_word + 1, end)
            if kind == "org" and word < end and not index.keys[word].startswith("ال"):
                break  # "وأعلنت سلطات “ديار بكر” مقتل …": the body's name ends at its quote
            continue
        if name_first is not None:  # inside a name: particles, family names, more names
            if (
                word - name_first >= MAX_NAME
                or key in PERSON_TITLES
                or possessed_title(key)
                or key in ORG_HEADS
                or key in HONORIFICS
                or not (
                    name_like(index, word)
                    or key in NAME_PARTICLES
                    or key.startswith("ال")
                    or _surname_before_clause(index, word, stop)
                    # "وقالت جنيفر بالمييري الناطقة باسم الحملة": a surname, then her title
                    or (_complement(key) and word + 1 < stop and index.keys[word + 1] in PERSON_TITLES)
                )
            ):
                break
            word += 1
            if key.startswith("ال") and index.keys[word - 2] not in NAME_PARTICLES:
                break  # a family name ends the name: "مشعل بن ماجد الجهات" stops at الجهات
            continue
        if (
            kind is None
            and key in _OWNER
            and word + 1 < end
            and not index.keys[word + 1].startswith("ال")
            and word + 1 not in index.entity_of
        ):
            # "وقالت صاحبة منشأة خاصة إنها": the owner of something unnamed is a source
            # (صاحب before a definite word is an honorific: صاحب السمو)
            kind, title_first = "source", word
            word += 1
            continue
        if (
            key in HONORIFICS
            and key in PERSON_TITLES
            and word + 1 < len(index.keys)
            and index.keys[word + 1] in _TITLE_ADJECTIVES
        ):
            # "وأكد المستشار العسكري اليمني أن": a title and its field, no honorific before a name
            kind, title_first = kind or "person", word if title_first is None else title_first
            word += 1
            continue
        if key in HONORIFICS:
            after_honorific, kind = True, kind or "person"
            word += 1
            continue
        if (
            after_honorific
            and key not in PERSON_TITLES
            and not _org_head(key)
            and (
                name_like(index, word)
                or key.startswith("ال")
                or key in NAME_PARTICLES
                or _surname_before_clause(index, word, stop)
            )
        ):
            name_first = word  # "الدكتور المسند"، "الأستاذ سامي بن خالد"، "الدكتور باطوق أن"
            word += 1
            continue
        after_honorific = False
        if title_first is None:
            if kind is None and (is_source_head(key) or _unnamed_holder(index, word, end)):
                kind, title_first = "source", word
            elif key in PERSON_TITLES:
                kind, title_first = kind or "person", word
            elif _org_head(key):
                # the body's own name may follow an indefinite head ("شركة ستينا"), not a
                # definite one ("وأعلنت السلطات إمكان الإفراج": what they announced)
                kind, title_first, org_name_left = kind or "org", word, 0 if key.startswith("ال") else 1
            elif kind is None and name_like(index, word) and not _not_a_bare_name(key):
                kind, name_first, bare = "person", word, True  # "وقال لوبيز"
            elif (
                kind is None
                and key.startswith("ال")
                and not _prefixed(key)
                and word + 1 < end
                and index.keys[word + 1] in FIRST_NAMES
                and name_like(index, word + 1)
            ):
                kind, title_first = "person", word  # "وأوضح البائع بسام العامري": a calling, then a name
            elif kind is None and key.startswith("ال") and not _prefixed(key):
                return SubjectPhrase("definite", word, word + 1)
            else:
                return None if kind is None else _finish(index, kind, first, word, title_first, None)
            word += 1
            continue
        if kind == "person" and _medium_told(index, title_first, word):
            break  # "وصرح الوزير لصحيفة «…»": the paper he spoke to, not his title
        if key in TOLD_JOURNALISTS or (key in TOLD_THE_JOURNALISTS and kind != "org"):
            break  # "وقال الجيش لصحفيين يرافقون الوزير إن": whom it told, no part of its name
        if kind == "source" and key.startswith("ال") and key[2:] in MEDIA and word > first + 1:
            break  # "وأبلغت مصادر مطلعة الصحيفة بأن": the paper it told, no word of the source
        if key in OWN_SPEECH:
            break  # "واختتم الوزير كلمته بأن …": his speech, the verb's object
        if objects and key in _OFFERED:
            break  # "ورفع وزير العدل … التعازي لخادم الحرمين …": what he offered, and to whom
        if _conjunction(index, word):  # two titles of one person, or two bodies
            word += 1
            continue
        if kind == "org" and index.keys[title_first].startswith("ال") and people_plural(key):
            break  # "ودعا الائتلاف المناضلين إلى": a definite body takes no plural after it
        if (
            objects
            and kind == "org"
            and key.startswith("ال")
            and key[2:] in ATTACK_NOUNS
            and (named := index.entity_of.get(word - 1)) is not None
            and index.entity_span[named].stop == word
        ):
            break  # "وتبنى تنظيم [داعش] الهجوم": after the body's name, the attack is the object
        if org_name_left and name_like(index, word) and key not in FIRST_NAMES:
            org_name_left -= 1  # the organization's own name, not a person's
            word += 1
            continue
        # After an organization head or a prepositional complement, the next plain word
        # is its name: "لشركة ستينا"، "لصحة جدة".
        definite = key.startswith("ال") or _prefixed(key)
        # and after a place noun in construct, the place's name: "سلطات إقليم كردستان العراق"
        org_name_left = (
            1 if (_org_head(key) or _complement(key) or key in PLACE_NOUNS) and not definite else 0
        )
        if (
            kind == "person"
            and name_like(index, word)
            and key not in _TITLE_GLUE
            and (
                key in FIRST_NAMES
                or (word > title_first + 1 and _name_ends_phrase(index, word, end, stop))
                or index.keys[title_first] in _KIN
                or index.keys[title_first] in FOREIGN_RANKS  # "البريجادير جنرال الأمريكي كيفين"
            )
        ):
            name_first = word  # the name after the title: "… للتنمية مشوح الحوشان أن"
            word += 1
            continue
        if objects and kind == "person" and name_like(index, word) and key not in _TITLE_GLUE:
            break  # the verb's object, not a name: "وأكد رئيس الهيئة أهمية التعاون"
        if objects and kind in ("person", "org") and _marked_object(key):
            break  # "وأشاد الأمين العام بجهود المملكة": what he praised, not where he works
        if (
            kind in ("org", "source")
            and not (key.startswith("ال") or _prefixed(key))
            # a place it is of, and the place's name: "الادارة العامة للتعليم بمنطقة [GPE جازان]"
            and not (key[:1] in "بل" and key[1:] in PLACE_NOUNS and word + 1 in index.entity_at_first)
            and (
                word > title_first + (2 if kind == "source" else 1)
                # a definite head takes no indefinite complement: "وأعلنت السلطات إمكان الإفراج"
                or (kind == "org" and index.keys[title_first].startswith("ال"))
            )
            and not (
                kind == "org"
                and _feminine_adjective(key)
                and _adjective_like(index.keys[word - 1])
                # an indefinite head's adjectives ("منظمة حقوقية دولية"); after a definite one an
                # indefinite word is how it went ("وتقدمت المقاومة الشعبية مدعومة بوحدات …")
                and not index.keys[title_first].startswith("ال")
            )
        ):
            break  # an organization's phrase is its head, its complement and adjectives
        if (
            objects
            and kind == "source"
            and not (_adjective_like(key) or key.startswith("ال") or _prefixed(key) or _complement(key))
            # another group joined by و: "وأكد مسؤولون ومنظمات إسلامية ريادة …"
            and not (key[:1] == "و" and is_source_head(key[1:]))
            # media in construct: "وأشارت وسائل إعلام محلية إلى أن"
            and not (key in _MEDIA_GENITIVES and index.keys[word - 1] in _MEDIA_HEADS_OF)
            # a group in construct with a group, the first a broken plural (a sound one in
            # construct drops its ن): "وناشد شيوخ قبائل [GPE مأرب] قوات التحالف"
            and not (
                word == title_first + 1
                and is_source_head(key)
                and not index.keys[word - 1].endswith(("ون", "ين"))
            )
        ):
            break  # the verb's object: "اعتبر محللون سياسيون تصرفاته …"
        if objects and kind == "source" and key.startswith("ال") and masdar_shape(key[2:]):
            break  # what is asked of them: "وطلب الوزير من المواطنين الالتزام بالتعليمات"
        if (
            kind == "source"
            and index.keys[title_first].endswith("ون")
            and key.endswith("ين")
            and plural_group(key)
        ):
            break  # "ودعا المسؤولون المواطنين إلى": the subject in -ون, whom it calls in -ين
        if (
            kind == "source"
            and word == title_first + 1
            and index.keys[title_first].endswith("ون")
            and not index.keys[title_first].startswith("ال")
            and key.startswith("ال")
            and key not in TIME_WORDS
        ):
            break  # "واتهم معارضون الرئيس التركي": a plural in -ون has no genitive (معارضو)
        if objects and kind == "source" and _definite_after_indefinite(index, word, title_first):
            break  # "وتتهم منظمات بيئية محلية المجمع بإلقاء …": المجمع is whom they accuse
        if objects and _object_after_definite(index, word, object_verb):
            break  # "نفت الحكومة الشائعات المتكررة"، "وطالب الخطباء الجميع بأن"
        word += 1
    if kind is None:
        return None
    if bare and (not bare_names or word - first > MAX_BARE_NAME or not _ends_clause(index, word, stop)):
        return None  # a verbal noun, not a name: "يعلن احتجاز ناقلة نفط …"
    if (
        bare
        and objects
        and word < stop
        and index.keys[word] in PHRASE_STOPS - PARTICLES
        and not (word + 1 < stop and index.keys[word + 1] in SPEECH_OCCASIONS)
    ):
        # the object of "واعتبر وجوده في المعادلة خطأ", not a name before في; but a name
        # before where it was said is the speaker: "وأكد جروس في حديثه للاعبين أن"
        return None
    return _finish(index, kind, first, word, title_first, name_first)


def _finish(
    index: ArticleIndex, kind: str, first: int, stop: int, title_first: int | None, name_first: int | None
) -> SubjectPhrase:
    name = (name_first, stop) if name_first is not None else None
    title_stop = name_first if name_first is not None else stop
    while title_first is not None and title_stop > title_first and index.keys[title_stop - 1] in HONORIFICS:
        title_stop -= 1  # "المدير الطبي الدكتور فلان": the title ends before the honorific
    title = (title_first, title_stop) if title_first is not None and title_first < title_stop else None
    if kind == "source" and name is not None:
        kind = "person"  # "متحدث باسم الشرطة فلان": named after all
    return SubjectPhrase(kind, first, stop, name=name, title=title)
