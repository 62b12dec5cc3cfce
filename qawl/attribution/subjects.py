"""Who a reporting cue's subject is: named before it (SVO), after it (VSO), or not named.

The entity-level helpers (:func:`subject_before`, :func:`subject_after`,
:func:`opening_subject`) read an :class:`~qawl.attribution.index.ArticleIndex`
by word index and return an entity number. :func:`verb_subject` combines them
with the subject phrase of :mod:`qawl.attribution.phrases`, so a speaker the NER
missed is still found by its title or name, and :class:`SpeakerBook` keeps one
:class:`~qawl.document.Speaker` per person across the article: full name,
surname and title phrase name the same speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import takewhile

from qawl.attribution.cues import (
    ACCORDING_TO,
    ACCUSES,
    ADDRESSING_VERBS,
    AGENCIES,
    AS_WELL,
    ASCRIBING,
    BLAMES,
    BUT,
    CALLS,
    CONSIDERING_IT,
    CUES,
    DATA_NOUNS,
    DESCRIBING_FORMS,
    DESCRIBING_VERBS,
    EXPLAINING,
    JOINERS,
    LEARNED,
    LI,
    MARKED_OBJECT_VERBS,
    MEDIA,
    NO_SUBJECT_NEXT,
    OBJECT_VERBS,
    OWN_SPEECH,
    PARTICLES,
    PREPOSITIONS,
    REFUSING,
    RELATIVES,
    REPORT_NOUNS,
    SHOWING,
    STRESSED,
    SVO_FILLERS,
    TELLING,
    TO_THEM,
    VERB_NEGATIONS,
    WAS,
    first_person,
    reporting_verb,
    there_are_some,
    without_that,
)
from qawl.attribution.index import COMMAS, DASHES, IN_IT, ONES_SIDE, PRIVATE_PERSONS, ArticleIndex
from qawl.attribution.phrases import (
    AIDES,
    FAMILY,
    LED_BY,
    QUOTE_MARKS,
    SOME_OF,
    SPEAKING_NOUNS,
    SubjectPhrase,
    is_source_head,
    name_like,
    nisba_shape,
    people_plural,
    read_subject,
    told,
)
from qawl.attribution.titles import (
    DOCUMENT_NOUNS,
    FIRST_NAMES,
    HONORED_BY,
    HONORIFIC_PRONOUNS,
    HONORIFICS,
    INDEFINITE_SOURCE_TITLES,
    ONE_OF_THEM,
    ORG_HEADS,
    PERSON_TITLES,
    PHRASE_STOPS,
    RELAYED_IT,
    SAME,
    SOURCE_HEADS,
    STATE_HEADS,
    masdar_shape,
    plural_group,
)
from qawl.data.sentences import OPENING_QUOTES
from qawl.data.text import (
    after_li,
    clitic_variants,
    has_tanwin,
    is_function_word,
    match_key,
    match_keys,
    strip_marks,
)
from qawl.document import Mention, Source, Speaker

VSO_WINDOW = 10  # words (an entity counts one) between a verb and its subject's name
SVO_REACH = 6  # words scanned back from a verb for its fronted subject
# Words after "وأكد وقوف …" within which إن/أن or a colon shows "وقوف …" was a subject after all.
OBJECT_REACH = 8
# Marks that close a dateline or an agency credit before the text: "الرياض – (واس):".
_DATELINE_MARKS = frozenset(":()") | DASHES
DATELINE_REACH = 10  # words from a sentence's start within which a colon ends a dateline


_ERA = match_keys("م هـ")  # the era after a dateline's year: "2015 م واس"


def _dateline_place(index: ArticleIndex, entity: int) -> bool:
    """A place right after a dash (``عين اليوم – بغداد دعا …``): the dateline; or a
    person after a place and a dash (``الأحساء - عماد السلمان أكد مدير الكرة …``):
    the reporter's byline; or the agency after the dateline's year and era (``… 2015 م
    واس دان مجلس …``, 348 articles of more.txt)."""
    first, stop = index.entity_span[entity].first, index.entity_span[entity].stop
    if (
        first > 0
        and index.keys[first - 1] in _ERA
        and index.speakers[entity].label != "PER"
        and stop - first == 1
    ):
        return True  # "كييف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م [ORG واس] اتهمت الحكومة …": the agency's
    if first == 0 or index.words[first - 1].text not in DASHES:
        return False
    if index.speakers[entity].label == "GPE" or (index.speakers[entity].label == "ORG" and stop - first == 1):
        return True  # a place, or one word the tagger called a body ("عين اليوم – [ORG سول] قالت")
    place = index.entity_of.get(first - 2)
    return (
        index.speakers[entity].label == "PER" and place is not None and index.labels[place] in ("GPE", "LOC")
    )


# "By the hand of": what follows is who did it, in the genitive ("سقوط قضاء سنجار بيد
# [ORG داعش] طالب رئيس الجمهورية …"), never a fronted subject.
_HAND = match_keys("يد بيد ويد أيدي بأيدي وبأيدي قبضة بقبضة")


def _genitive_place(index: ArticleIndex, entity: int) -> bool:
    """A place that ends a noun phrase (``على مستوى المملكة``، ``خارج اليمن``): the
    genitive of the noun before it, not a fronted subject, which opens its clause
    (``مصر أكدت``، ``، مصر أكدت``، ``إلا أن مصر أكدت``); and any speaker after "by the
    hand of" (``بيد [ORG داعش]``)."""
    first, stop = index.entity_span[entity].first, index.entity_span[entity].stop
    if first > 0 and index.keys[first - 1] in _HAND:
        return True
    if index.speakers[entity].label != "GPE" or first == 0 or not index.is_word[first - 1]:
        return False
    if stop < len(index.keys) and index.keys[stop] in RELATIVES:
        return False  # "مدير إدارة مرور جدة الذي أوضح": the title's clause (_titled_antecedent)
    key = index.keys[first - 1]
    return key not in PARTICLES and key not in SVO_FILLERS and key not in JOINERS and key[:1] != "و"


TITLE_BEFORE_BODY = 3  # a person's title words before the body it names: "عضو مجلس الشورى"


_ON_BEHALF = match_keys("باسم")  # "[PER فلان] المتحدث باسم [ORG وزارة الصحة] قال": his title's body


def _title_holder(index: ArticleIndex, entity: int) -> int | None:
    """The person whose title names this body, right before it (``[PER فلان] عضو [ORG مجلس
    الشورى] قال``): the person speaks, the body is his title's. None when no person title
    and person stand there."""
    if index.labels[entity] not in ("ORG", "GPE"):
        return None
    word = index.entity_span[entity].first - 1
    titled = False
    for _ in range(TITLE_BEFORE_BODY):
        if word < 0 or not index.is_word[word] or word in index.entity_of:
            break
        if index.keys[word] in PERSON_TITLES:
            titled = True
        elif index.keys[word] not in _ON_BEHALF and not index.keys[word].startswith("ال"):
            break  # (the title's adjective: "الأمين العام"; "المتحدث باسم [ORG الوزارة]")
        word -= 1
    person = index.entity_of.get(word)
    if (
        titled
        and person is not None
        and person in index.speakers
        and index.labels[person] == "PER"
        and index.entity_span[person].stop == word + 1
    ):
        return person
    return None


CREDIT_WHAT = match_keys("ما لما")  # "وفق ما أوضحت"، "وفقا لما أوردته": a credit's "what"
_CREDIT_VERBS = RELAYED_IT | match_keys(
    "أورد أوردت ذكر ذكرت ذكره ذكرته نشر نشرت نقل نقلت بث بثت أعلن أعلنت أعلنته أعلنتها"
)


def _credited_medium(index: ArticleIndex, first: int) -> bool:
    """Whether the entity starting at ``first`` is what a credit names (``وبحسب «[ORG رويترز]»
    قال فلان``): the medium that carries the words, not the verb's subject."""
    before = first - 1
    while before >= 0 and not index.is_word[before] and index.words[before].text in QUOTE_MARKS:
        before -= 1
    # "ووفقاً لما أوردته [ORG وكالة …]، أفاد ناشطون": the credit's verb and its ما between
    if before >= 2 and index.keys[before - 1] in CREDIT_WHAT and index.keys[before] in _CREDIT_VERBS:
        before -= 2
    return before >= 0 and index.keys[before] in ACCORDING_TO


def _headline_title_over(index: ArticleIndex, first: int, cue_word: int, sentence_first: int) -> bool:
    """Whether the body or place starting at word ``first`` is inside a person's title that
    opens a headline before its present verb (``الرئيس العام لرعاية [ORG الشباب] يدين``):
    the title's holder speaks, named in the body, not the body."""
    return (
        index.cues[cue_word].kind == "present"
        and index.opens_line(sentence_first, lead=1)
        and sentence_first < first
        and index.keys[sentence_first] in PERSON_TITLES
        # a body's head too ("مؤسسة" is a foundation, and a founder): the body speaks
        and index.keys[sentence_first] not in ORG_HEADS
        and all(index.is_word[k] and k not in index.entity_of for k in range(sentence_first, first))
    )


def subject_before(index: ArticleIndex, cue_word: int, sentence_first: int) -> int | None:
    """SVO: a speaker entity right before the verb (``روته قال``، ``كيربي، قال``،
    ``إيدي، الذي دعا``); not one after a preposition (``وفي باريس، قال``)."""
    word = cue_word - 1
    while word >= max(sentence_first, cue_word - SVO_REACH):
        entity = index.entity_of.get(word)
        if entity is not None:
            if index.speech_quote(index.in_quote[word]):
                return None  # the last words of a quotation, not a subject
            if entity in index.speakers:
                first = index.entity_span[entity].first
                after = index.entity_span[entity].stop
                if (
                    index.speakers[entity].label == "PER"
                    and after == cue_word - 1
                    and index.keys[after] in RELATIVES
                    and index.prepositional(entity)
                ):
                    return entity  # "أجرت اتصالا [PER بالرويلي] الذي أكد": the relative's person
                if (
                    index.prepositional(entity)
                    or _dateline_place(index, entity)
                    or _genitive_place(index, entity)
                    or (first and index.keys[first - 1] in AIDES)  # "مساعدة [PER كلينتون] تؤكد": her aide
                    or (first and index.keys[first - 1] in FAMILY)  # "عائلة [PER الملا عمر] ترفض": his family
                    or _credited_medium(index, first)
                    or _listed_last(index, first, after, cue_word)
                ):
                    return None
                holder = _title_holder(index, entity)
                if holder is None and _headline_title_over(index, first, cue_word, sentence_first):
                    return None  # "الرئيس العام لرعاية [ORG الشباب] يدين": the title's holder speaks
                return holder if holder is not None else entity
            word = index.entity_span[entity].first - 1  # a date between subject and verb
        elif (
            word == cue_word - 1
            and word - 1 in index.entity_of
            and index.labels[index.entity_of[word - 1]] == "PER"
            and index.entity_span[index.entity_of[word - 1]].stop == word
            and name_like(index, word)
        ):
            word -= 1  # "[PER عبد الودود] وحيدي قال إن": a family name the tagger cut off
        elif index.words[word].text in _DATELINE_MARKS:
            return None  # "سبق- الرياض: أكد …": a dateline, not a subject
        elif index.keys[word] in RELATIVES and word == cue_word - 1 and _relative_is_object(index, cue_word):
            return None  # "وفاة [PER الملا عمر] التي قالت [ORG المخابرات] الأفغانية إنها حدثت"
        elif index.keys[word] in SVO_FILLERS or index.keys[word] in RELATIVES or not index.is_word[word]:
            word -= 1
        else:
            return None
    return None


_CALLED = match_keys("يدعى ويدعى يدعي ويدعي تدعى وتدعى اسمه واسمه")


def _called(index: ArticleIndex, span: tuple[int, int]) -> int | None:
    """The person an unnamed source's phrase names after "called" (``أحد المحققين ويدعى
    [PER فلان]``), the tagger's speaking PER right after it; else None."""
    for word in range(span[0] + 1, span[1]):
        if index.keys[word] in _CALLED:
            person = index.entity_at_first.get(word + 1)
            if person is not None and person in index.speakers and index.labels[person] == "PER":
                return person
    return None


_KNOWN = match_keys("تعرف يعرف المعروفة المعروف")
_CALLED_ITSELF = match_keys("أطلقت أطلق تطلق يطلق")  # + على نفسها: "called itself"
_NAMED_ITSELF = match_keys("تسمي يسمي سمت سمى")  # + نفسها: "names itself"
_ITSELF = match_keys("نفسها نفسه")
_BY_THE_NAME = match_keys("باسم")
KNOWN_NAME_WORDS = 5  # words inside the brackets or quotes of the name a group goes by


def _known_as(index: ArticleIndex, word: int) -> tuple[int, int] | None:
    """The words of the name a group goes by after it (``الجماعة التي تعرف باسم (الفرقة
    30)``، ``الجماعة المعروفة باسم «…»``، ``جماعة مجهولة أطلقت على نفسها «…»``، ``تسمي
    نفسها «…»``), set off by brackets or quote marks; else None."""
    if word < len(index.keys) and index.keys[word] in RELATIVES:
        word += 1
    keys = index.keys[word : word + 3]
    if len(keys) == 3 and keys[0] in _KNOWN and keys[1] in _BY_THE_NAME:
        opening = word + 2
    elif len(keys) == 3 and keys[0] in _CALLED_ITSELF and keys[1] == "على" and keys[2] in _ITSELF:
        opening = word + 3  # "جماعة مجهولة أطلقت على نفسها «المقاومة الإسلامية …»"
    elif len(keys) >= 2 and keys[0] in _NAMED_ITSELF and keys[1] in _ITSELF:
        opening = word + 2  # "جماعة تسمي نفسها «…»"
    else:
        return None
    if opening >= len(index.words):
        return None
    if index.words[opening].text not in ("(", *QUOTE_MARKS):
        return None
    for close in range(opening + 2, min(opening + KNOWN_NAME_WORDS + 2, len(index.words))):
        if index.words[close].text in (")", *QUOTE_MARKS):
            return (opening + 1, close)
    return None


_GENERIC_NAME_ENDS = match_keys("أنباء الأنباء وكالة صحيفة قناة")  # a head with no name of its own


def _bracketed_name(index: ArticleIndex, word: int) -> int | None:
    """The speaking organization in brackets right after a body the tagger named only by its
    head (``[ORG وكالة أنباء] ( [ORG الأناضول] )``), when the words before end on a generic
    head; else None."""
    if not (
        word + 2 < len(index.words)
        and index.words[word].text == "("
        and index.keys[word - 1] in _GENERIC_NAME_ENDS
    ):
        return None
    number = index.entity_at_first.get(word + 1)
    if number is None or number not in index.speakers or index.labels[number] != "ORG":
        return None
    stop = index.entity_span[number].stop
    return number if stop < len(index.words) and index.words[stop].text == ")" else None


def _listed_last(index: ArticleIndex, first: int, after: int, cue_word: int) -> bool:
    """The entity before a comma and the verb is the last item of a list, not its subject:
    its first word is و + the article and a word runs on into it (``التصدي لإرهاب داعش وحزب
    الله [ORG والحوثيين]، أكد عبر حسابه``: the speaker goes on; a subject before a singular
    verb is not joined to what precedes it by و)."""
    return (
        first > 0
        and index.keys[first].startswith("وال")
        and index.is_word[first - 1]
        and any(not index.is_word[word] for word in range(after, cue_word))
    )


# إن/أن with a pronoun that points back to what a relative clause is about.
_RESUMING = match_keys("إنه إنها أنه أنها")
RESUMING_REACH = 3  # words between the subject's name and the particle: its adjectives


def _relative_is_object(index: ArticleIndex, cue_word: int) -> bool:
    """The relative pronoun before the verb at ``cue_word`` is what the verb reports
    about, not who speaks: a speaker entity follows the verb, then إنه/أنها within a few
    words (``التي قالت [ORG المخابرات] الأفغانية إنها حدثت``: the intelligence said it),
    or a describing verb's group follows it (``الذي وصفه بعض المغردين بأنه``)."""
    if index.keys[cue_word] in DESCRIBING_FORMS and _group_next(index, cue_word + 1):
        return True
    number = index.entity_at_first.get(cue_word + 1)
    if number is None or number not in index.speakers:
        return False
    end = index.entity_span[number].stop
    return any(index.keys[k] in _RESUMING for k in range(end, min(end + RESUMING_REACH, len(index.keys))))


def subject_after(index: ArticleIndex, cue_word: int, sentence_stop: int) -> int | None:
    """VSO: the first person among the next few words, else an ORG/GPE.

    A person right after the organization wins ("المتحدث باسم الخارجية
    الأمريكية ماثيو ميلر"), so does one after titles ("وزير الخارجية لافروف").
    """
    seen, other, other_seen = 0, None, 0
    governed = False  # the last entity was a preposition's, and so is one joined to it by و
    word = cue_word + 1
    while word < sentence_stop and seen < VSO_WINDOW and (other is None or seen <= other_seen + 3):
        if word in index.cues or index.keys[word] in PARTICLES or index.words[word].text == ":":
            break
        if word not in index.quote_at and index.words[word].text in OPENING_QUOTES:
            break  # a quotation opened and never closed: what is said, not who says it
        if index.keys[word] in _NOT:
            break  # "وقال لا يوجد أي من أولئك الصحفيين [PER محبوس]": what he said, no subject in it
        if index.speech_quote(word):
            # An unlabelled quoted name in a title, رئيس “المجلس الأوروبي للعلاقات”:
            # a name may follow it; were it speech, none will.
            word, seen = index.quote_at[word].closing_word + 1, seen + 1
            continue
        entity = index.entity_at_first.get(word)
        if entity is not None:
            # "على مناطق عسير و الباحة": a place joined to a preposition's place is the preposition's
            joined = governed and (index.keys[word - 1] == "و" or index.keys[word][:1] == "و")
            governed = index.prepositional(entity) or joined
            speaks = (
                entity in index.speakers
                and not governed
                # "قال اقرباء لعائلة الرهينة [ORG لفرانس برس] ان": whom they told, after the subject
                and not (seen and _told_organization(index, entity))
                # "أوضح فيها موقف [GPE باكستان]": after "in it" the verb's object, a plain noun,
                # comes first, and a place or body after it is that noun's genitive
                and not (
                    index.labels[entity] != "PER"
                    and word == cue_word + 3
                    and index.keys[cue_word + 1] in _IN_OR_DURING_IT
                    and index.untagged_word(cue_word + 2)
                    and not index.keys[cue_word + 2].startswith("ال")
                    and not is_source_head(index.keys[cue_word + 2])
                )
            )
            if speaks and index.speakers[entity].label == "PER":
                if other is not None and _object_begun(index, index.entity_span[other].stop, word):
                    return other  # "استنكرت [ORG الأمانة العامة] … تصريحات [PER المالكي]": the object's
                if other is not None and _body_then_object(index, cue_word, other, word):
                    return other  # "وقدم [ORG مجلس الوزراء] البحريني [PER خالص] تعازيه": the body
                return entity
            if other is not None or speaks:
                other = entity if other is None else other
                other_seen = seen  # the title runs on: سفير روسيا لدى الأمم المتحدة
            word, seen = max(word + 1, index.entity_span[entity].stop), seen + 1
            continue
        seen += index.is_word[word]
        word += 1
    return other


def _body_then_object(index: ArticleIndex, cue_word: int, body: int, person: int) -> bool:
    """Whether a body right after the verb is its subject, with only its definite adjectives
    before a tagged person whose name starts at word ``person`` (``وقدم مجلس الوزراء البحريني
    خالص تعازيه``): a body's officer comes after a title (``المتحدث باسم الخارجية الأمريكية
    ماثيو ميلر``), and with none the person is the object's."""
    span = index.entity_span[body]
    if span.first != cue_word + 1 or index.labels[body] == "PER":
        return False
    between = range(span.stop, person)
    return all(index.untagged_word(k) and index.keys[k].startswith("ال") for k in between) and not any(
        index.keys[k] in PERSON_TITLES or index.keys[k] in HONORIFICS for k in between
    )


def _object_begun(index: ArticleIndex, first: int, person: int) -> bool:
    """Whether a plain indefinite noun between a body named after the verb and a person
    begins the verb's object, the person its genitive (``استنكرت الأمانة العامة لمنظمة
    التعاون الإسلامي تصريحات المالكي``); a title, an honorific or a preposition goes on
    to the body's officer (``المتحدث باسم الخارجية الأمريكية ماثيو ميلر``)."""
    for k in range(first, person):
        key = index.keys[k]
        if (
            index.untagged_word(k)
            and not key.startswith(("ال", "بال", "لل", "وال"))
            and key not in PERSON_TITLES
            and key not in HONORIFICS
            and key not in FIRST_NAMES
            and not is_function_word(index.words[k].text)
            and not has_tanwin(index.words[k].text)
        ):
            return True
    return False


_IN_OR_DURING_IT = IN_IT | match_keys("خلالها خلاله")  # the occasion, right after the verb: "أوضح فيها"
_NOT = match_keys("لا لم لن ليس")  # a negation opens a clause; no subject follows it


LEARNED_REACH = 5  # words from "علمت" past the paper to its من: "وعلمت «الوطن» من مصادر"


def _learned_from(
    index: ArticleIndex,
    book: SpeakerBook,
    cue_word: int,
    stop: int,
    last: Speaker | Source | None,
) -> Subject | None:
    """Whom a paper learned it from (``وعلمت «الوطن» من مصادر مطلعة أن …``): the source,
    person or body after من, within :data:`LEARNED_REACH` words; None when the paper names
    nobody (``وعلمت «عكاظ» أن …``: the paper itself)."""
    for word in range(cue_word + 1, min(stop, cue_word + LEARNED_REACH + 1)):
        if index.keys[word] in PARTICLES or word in index.cues:
            return None
        if index.keys[word] == "من":
            phrase = read_subject(index, word + 1, stop, bare_names=False)
            if phrase is None or phrase.kind not in ("source", "person", "org"):
                return None
            found = subject_of_phrase(index, book, phrase, False, last)
            return replace(found, first=cue_word + 1) if found is not None else None
    return None


def _plural_name(index: ArticleIndex, entity: int) -> bool:
    """Whether an entity names a group in the plural (الحوثيون، الحوثيين), the subject a
    plural verb takes."""
    span = index.entity_span[entity]
    key = index.keys[span.stop - 1]
    return index.labels[entity] != "PER" and (plural_group(key) or key.endswith(("ون", "يين")))


def _told_organization(index: ArticleIndex, entity: int) -> bool:
    """Whether an organization is ل + whom the words were told (``لفرانس برس``، ``لرويترز``):
    :func:`~qawl.attribution.phrases.told`, and not an organization's head read as itself
    (``لجنة``)."""
    first = index.entity_span[entity].first
    key = index.keys[first]
    return key[:1] == "ل" and key not in ORG_HEADS and told(index, first, entity)


def names_no_subject(index: ArticleIndex, cue_word: int, sentence_stop: int, continues: bool) -> bool:
    """Whether the verb has a pronoun subject ("وأكدت أن", "وقال في"), or, for a
    continuing verb, a definite one that points back ("وأضاف المسؤول")."""
    following = cue_word + 1
    if following >= sentence_stop or not index.is_word[following] or index.keys[following] in NO_SUBJECT_NEXT:
        return True
    if first_person(index.keys[following]) or reporting_verb(index.keys[following]):
        return True  # "قال أؤكد وبشكل حازم أن …": the speaker quoting himself; "وأردف يقول"
    if has_tanwin(index.words[following].text):
        return True  # "وأضاف ووقوفًا على دواعي …": an adverb with its tanwin
    entity = index.entity_of.get(following)
    if entity is not None:
        return entity not in index.speakers
    key = index.keys[following]
    if index.keys[cue_word] in OBJECT_VERBS and _possessed(key):
        return True  # "واعتبر وجوده …": its object (a noun with a pronoun), the subject unsaid
    if key in OWN_SPEECH:
        return True  # "واختتم حديثه بالقول:": his own speech, the subject unsaid
    if _upon_own(index, following, sentence_stop):
        return True  # "وقال فور وصوله في تصريحات …": upon his arrival, the subject unsaid
    if (
        index.keys[cue_word] in OBJECT_VERBS
        and key in _THAT
        and not (
            following + 1 < sentence_stop
            and index.keys[following + 1].startswith("ال")
            and not is_function_word(index.words[following + 1].text)  # (إلى: الى)
        )
    ):
        return True  # "وعزا ذلك إلى …": "that", its object; not "وأكد ذلك المسؤول" (that official)
    if _verbal_noun(key) and index.particle_next(following):
        return True  # "وجدد التأكيد على أن …": what he renewed, the subject unsaid
    return key[:1] in ("ل", "ب") or (continues and key[:2] == "ال")


_VERBAL_NOUNS = match_keys("الإشارة الدعوة")
_THAT = match_keys("ذلك هذا هذه تلك")  # "that" after an object verb, its object: "وعزا ذلك إلى"


_UPON = match_keys("فور إثر اثر عقب أثناء قبيل بعيد بعد")


def _upon_own(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether upon, after or during and a verbal noun with the subject's own pronoun open at
    ``word`` (``فور وصوله``، ``عقب لقائه``): a time, never a subject, and the subject is the
    pronoun's."""
    return index.keys[word] in _UPON and word + 1 < stop and _possessed(index.keys[word + 1])


def _verbal_noun(key: str) -> bool:
    """A definite verbal noun of the تفعيل shape (التأكيد، التشديد، التذكير، التحذير) or
    a listed one: the object of "جدد"/"أعاد", never a speaker."""
    stem = key[2:] if key.startswith("ال") else ""
    return key in _VERBAL_NOUNS or (len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي")


def _possessed(key: str) -> bool:
    """A noun with a possessive pronoun, not a name: وجوده، موقفها، تصريحاتهم."""
    return len(key) > 4 and not key.startswith("ال") and key.endswith(("ه", "ها", "هم", "هما"))


def refers_back(index: ArticleIndex, cue_word: int, speaker: Speaker | None) -> bool:
    """Whether the verb's subject is a definite noun from the last speaker's
    name: "وقالت الوزارة" after "وزارة الدفاع الروسية"."""
    key = index.keys[cue_word + 1] if cue_word + 1 < len(index.words) else ""
    return speaker is not None and key[:2] == "ال" and key[2:] in match_keys(speaker.name)


_IN_TURN = match_keys("بدوره بدورها بدورهم")


def _opener(index: ArticleIndex, sentence_first: int, cue_word: int) -> int:
    """The first word of the sentence's own clause: past a dateline (``سبق- الرياض:``),
    a fronted ``من جهتها،`` or ``وفي باريس،``, and a joiner (``ولكن``)."""
    sentence_first = next(
        (
            k + 1
            for k in range(sentence_first, min(sentence_first + DATELINE_REACH, cue_word))
            # "وقال: إن التحالف …" and "يقول الغامدي: «…»" are a verb and its report, not a dateline
            if index.words[k].text == ":" and not any(j in index.cues for j in range(sentence_first, k))
        ),
        sentence_first,
    )
    opener = next(
        (
            k + 1
            for k in range(sentence_first, min(sentence_first + 5, cue_word))
            if index.words[k].text in ("،", ",")
        ),
        sentence_first,
    )
    if _opens_with_was(index, sentence_first, cue_word):
        # "وكانت [ORG المنظمة الدولية للهجرة]، وهي …، أدلت …": the comma closes the subject
        # of كان, not a fronted phrase
        opener = sentence_first
    if opener < cue_word and index.keys[opener] in JOINERS:
        opener += 1  # "ولكن بينيتيز الذي …، أكد أنه"
    if opener + 2 < cue_word and index.keys[opener] == "من" and index.keys[opener + 1] in ONES_SIDE:
        opener += 2  # "من جهته نقل نائب المحافظ [PER فلان] … تعازي …، مشيراً": no comma after it
    elif opener + 1 < cue_word and index.keys[opener] in _IN_TURN:
        opener += 1  # "بدوره نقل …"
    if opener + 1 < cue_word and index.keys[opener] in VERB_NEGATIONS and index.keys[opener + 1] in CUES:
        # "ولم يؤكد المتحدث أي معلومات …، وأشار إلى أن": the reporting verb denied opens it
        # (not "لم يعد وزير الصحة هو المسؤول": no one reported anything)
        opener += 1
    return opener


def _opening_verb_phrase(
    index: ArticleIndex, opener: int, cue_word: int
) -> tuple[int, SubjectPhrase | None] | None:
    """Where the subject of the verb at ``opener`` starts and what it reads, or None when
    the verb names where it was said and then its object (``نفى لـ«الرياض» …``)."""
    after = after_media_phrase(index, opener + 1, cue_word)
    if _object_body(index, opener, after):
        return None
    return after, read_subject(index, after, cue_word, objects=True)


def _untagged_title(phrase: SubjectPhrase | None) -> bool:
    """A person's title with no person in it ("سمو أمير منطقة [GPE عسير]"), or a body's
    name the tagger missed ("وتقدمت المقاومة الشعبية … نحو مطار [GPE تعز]")."""
    return (
        phrase is not None
        and phrase.kind in ("person", "org")
        and phrase.entity is None
        and phrase.title is not None
    )


_CAME = match_keys("جاء وجاء")


def _opening(
    index: ArticleIndex, sentence_first: int, cue_word: int
) -> tuple[int | None, SubjectPhrase | None]:
    """The subject of the verb opening the sentence: ``(entity, None)`` for a speaker
    entity, ``(None, phrase)`` for a person's title that names no person, tagged or
    apposed (``واطمأن سمو أمير منطقة [GPE عسير] …``), else ``(None, None)``."""
    opener = _opener(index, sentence_first, cue_word)
    entity = index.entity_at_first.get(opener, -1) if opener < cue_word else None
    if entity == -1 and opener + 1 < cue_word and index.keys[opener + 1] in RELATIVES:
        # a noun the relative clause describes, not a verb: a person the article names
        # with this word ("رافاييل [PER بينيتيز]" … "بينيتيز الذي تولى تدريب ريال مدريد")
        return _person_named(index, index.keys[opener]), None
    if (
        entity == -1
        and opener + 1 < cue_word
        and index.keys[opener] in _CAME
        and index.keys[opener + 1] in _THIS
    ):
        # "جاء ذلك في كلمة ألقاها معاليه خلال زيارته لملتقى [ORG المدينة الشبابية]، واصفا …":
        # the paper frames the last speaker's words; no one new opens the sentence
        return None, None
    if entity == -1 and index.keys[opener] in _TOPIC_OPENERS:
        return None, None  # "وحول الاتهامات … بوقوف دول … قال أؤكد أن": a topic, not a verb and its subject
    if (
        entity == -1
        and opener in index.cues
        and index.cues[opener].kind == "relay"
        # (not "نقل نائب المحافظ [PER فلان] … تعازي المحافظ …، مشيراً": he conveyed condolences,
        # relaying nobody's words)
        and any(index.keys[k] == "عن" for k in range(opener + 1, cue_word))
    ):
        # "ونقلت صحيفة “تليغراف” عن إحداهن قولها إن … وقالت:": the one it relays goes on, not the paper
        return None, None
    if entity == -1:  # a verb: its subject follows, past where it was said (نفى لـ«الرياض» فلان)
        read = _opening_verb_phrase(index, opener, cue_word)
        if read is None:
            return None, None
        after, phrase = read
        if phrase is not None and phrase.kind == "source":
            # unnamed, with no later name: "وأكدت الصحف الألمانية سير المفاوضات، وأفادت أن"; a
            # verb that reports nothing gives its source to what follows ("ومضت المصادر بالقول إن":
            # the sources, not whoever the paper quoted before them); a reporting verb's own
            # statement has its subject already
            reports = any(k in index.cues for k in range(sentence_first, opener + 1))
            return None, (None if reports else phrase)
        if phrase is not None and _titled_person(index, phrase):
            # the person a long title ends on, past the places in it: "رجح رئيس مجلس عشائر
            # [GPE الأنبار] المنتفضة ضد الإرهاب الشيخ [PER فلان] …، لكنه استبعد أن"
            return phrase.entity, None
        if phrase is not None and phrase.entity is None and index.keys[phrase.first] in AIDES:
            return None, phrase  # "وشدد نائب [PER البشير] …، وأضاف": his deputy, not Bashir
        named = subject_after(index, after - 1, cue_word)
        if (
            _untagged_title(phrase)
            and (named is None or index.speakers[named].label != "PER")
            and not (
                phrase is not None
                and phrase.kind == "org"
                and (
                    # a body whose name the tagger found in part speaks by it ("سفارة [GPE المملكة]"),
                    # and a paper that relays speaks for nobody after ("ونقلت صحيفة … عن إحداهن …")
                    any(k in index.entity_of for k in range(phrase.first, phrase.stop))
                    or (opener in index.cues and index.cues[opener].kind == "relay")
                )
            )
        ):
            return None, phrase  # a title naming no person: not a place inside it (عسير)
        return named, None
    return (entity if entity in index.speakers and not index.prepositional(entity) else None), None


def opening_subject(index: ArticleIndex, sentence_first: int, cue_word: int) -> int | None:
    """The speaker entity subject of the verb opening the sentence, for a later verb or
    participle naming none: "من جهتها، رحبت الحكومة بالخطوة، وقالت إن"."""
    return _opening(index, sentence_first, cue_word)[0]


# "While" opening a second clause after a comma, with a verb and its subject of its own.
_WHILE = match_keys("حين بينما فيما")
WHILE_REACH = 25  # words back from a participle to the "while" clause it goes on from


def while_clause_person(index: ArticleIndex, first: int, cue_word: int) -> Speaker | None:
    """The person who is the subject of a "while" clause after word ``first`` and before a
    participle (``اتهمت المعارضة الحزب …، في حين تحدث الرئيس [PER إردوغان] عن …، مشيرا
    إلى``): the participle goes on with the nearer clause, not the verb before it."""
    for k in range(cue_word - 2, max(first, cue_word - WHILE_REACH), -1):
        if index.keys[k] not in _WHILE or not index.after_comma(k - (index.keys[k - 1] == "في")):
            continue
        verb = k + 1
        if verb in index.entity_of or verb in index.cues or not index.is_word[verb]:
            return None
        person = subject_after(index, verb, cue_word)
        return (
            index.speakers[person] if person is not None and index.speakers[person].label == "PER" else None
        )
    return None


def opening_speaker(
    index: ArticleIndex, book: SpeakerBook, sentence_first: int, cue_word: int
) -> Subject | None:
    """The subject of the verb opening the sentence as a later verb's or participle's
    speaker: its speaker entity, or the title phrase after it when that names no person
    ("واطمأن سمو أمير منطقة [GPE عسير] على صحة المصابين، داعياً الله …": the governor, not
    عسير); None when neither."""
    entity, title = _opening(index, sentence_first, cue_word)
    if entity is not None:
        return Subject(index.speakers[entity])
    if title is None:
        return None
    found = subject_of_phrase(index, book, title, False, None)
    return Subject(found.speaker, found.source) if found is not None else None


def _in_place_phrase(index: ArticleIndex, cue_word: int, entity: int) -> bool:
    """Whether a body or place found after a verb is inside a prepositional phrase that
    follows the verb at once (``وقال أمام لجنة القوات المسلحة``): where the words were
    said, not who said them; a person after such a phrase may still be the subject."""
    return (
        index.labels[entity] != "PER"
        and cue_word + 1 < len(index.keys)
        and index.keys[cue_word + 1] in PREPOSITIONS
        and not any(
            index.words[k].text in COMMAS or index.keys[k] in PARTICLES
            for k in range(cue_word + 1, index.entity_span[entity].first)
        )
    )


def _titled_person(index: ArticleIndex, phrase: SubjectPhrase) -> bool:
    """Whether a subject phrase is a person's title (``رئيس``، ``وزير`` …) and the tagged
    name it ends on."""
    return (
        phrase.kind == "person"
        and phrase.title is not None
        and phrase.name is not None
        and phrase.entity in index.speakers
        and index.keys[phrase.title[0]] in PERSON_TITLES
        and index.entity_span[phrase.entity].first == phrase.name[0]
    )


# What a speaker issues and says things in: "بيانا أعلن فيه"، "كلمة أكد فيها".
_ISSUED_IN = match_keys("بيان بيانا البيان كلمة الكلمة رسالة الرسالة تصريح تصريحا خطاب خطابا الخطاب تغريدة")
DOCUMENT_REACH = 3  # words from the document to the verb: "بيانا رسميا أعلنت فيه"، "البيان الذي أكد فيه"


_CALLS_RECEIVED = match_keys("اتصال اتصالا اتصالاً برقية رسالة مكالمة")
CALLER_REACH = 5  # words from the call to its من: "اتصالاً هاتفياً أمس، من"
CALLER_HONORIFICS = 3  # honorific words between من and the caller's name


def _caller(index: ArticleIndex, cue_word: int, sentence_first: int) -> int | None:
    """The person a call, cable or letter came from, when a verb with فيه/فيها says what was
    in it (``وتلقى الأمير فلان اتصالاً هاتفياً أمس من الشيخ [PER …] نائب رئيس الوزراء … أدان
    فيه التفجير``): the caller, not the one who received it; else None."""
    if cue_word + 1 >= len(index.keys) or index.keys[cue_word + 1] not in _IN_OR_DURING_IT:
        return None
    for call in range(cue_word - 1, sentence_first - 1, -1):
        if index.keys[call] not in _CALLS_RECEIVED:
            continue
        for k in range(call + 1, min(call + CALLER_REACH, cue_word)):
            if index.keys[k] != "من":
                continue
            # past honorifics: "من جلالة الملك [PER …]"، "من صاحب السمو الشيخ [PER …]"
            for j in range(k + 1, min(k + 2 + CALLER_HONORIFICS, cue_word)):
                number = index.entity_at_first.get(j)
                if number is not None and number in index.speakers and index.speakers[number].label == "PER":
                    return number
                if index.keys[j] not in HONORIFICS and index.keys[j] not in _KING:
                    break
        return None
    return None


def _said_in_document(index: ArticleIndex, cue_word: int, sentence_first: int) -> bool:
    """Whether a verb says what it reports "in" a document just named (``بيانا رسميا أعلنت
    فيه عن …``، ``كلمة أكد فيها أن``): its subject is who issued the document."""
    if cue_word + 1 >= len(index.keys) or index.keys[cue_word + 1] not in IN_IT:
        return False
    return any(
        index.keys[k] in _ISSUED_IN for k in range(max(sentence_first, cue_word - DOCUMENT_REACH), cue_word)
    )


_AND_RELATIVES = match_keys("الذي التي والذي والتي")
ISSUER_REACH = 14  # words back from "والذي قال فيه" to the name of who issued the document


def _document_issuer(index: ArticleIndex, cue_word: int, sentence_first: int) -> int | None:
    """The person or body who issued the document a relative before the verb refers to, when
    the verb says what is "in" it (``البيان الذي أصدره … [PER فلان] والذي قال فيه إن``): the
    nearest person or body named before the relative, with a document named before it;
    None otherwise."""
    if (
        cue_word + 1 >= len(index.keys)
        or index.keys[cue_word + 1] not in IN_IT
        or cue_word - 1 <= sentence_first
        or index.keys[cue_word - 1] not in _AND_RELATIVES
    ):
        return None
    for k in range(cue_word - 2, max(sentence_first, cue_word - ISSUER_REACH) - 1, -1):
        entity = index.entity_of.get(k)
        if entity is not None and entity in index.speakers and index.speakers[entity].label in ("PER", "ORG"):
            first = index.entity_span[entity].first
            named = any(index.keys[j] in _ISSUED_IN for j in range(sentence_first, first))
            return entity if named else None
    return None


def _object_body(index: ArticleIndex, verb: int, word: int) -> bool:
    """Whether a body named right after a verb is its object: a body whose head ends in ة
    takes a feminine verb as its subject (شكرت السفارة), so after a masculine verb
    it is whom the subject acted on ("وشكر سفارة المملكة في سلطنة عمان …، مضيفا، ان":
    the father thanked the embassy, and goes on speaking)."""
    if word >= len(index.keys) or not index.is_word[word]:
        return False
    verb_key, head = index.keys[verb], index.keys[word]
    if verb_key[:1] in ("و", "ف") and len(verb_key) > 3:
        verb_key = verb_key[1:]
    feminine = verb_key.endswith("ت") or verb_key.startswith("ت")  # شكرت، تشكر
    return not feminine and head.endswith("ة") and head in ORG_HEADS


# Prepositions that open a sentence on its topic, never verbs (not عبر, also "he expressed";
# not من of "من جانبه هاجم فلان"): "وحول الاتهامات …، قال …"، "وعن اللقاء قال …".
_TOPIC_OPENERS = match_keys("حول وحول بشأن وبشأن عن وعن")


def _person_named(index: ArticleIndex, key: str) -> int | None:
    """A person entity of the article whose last word is ``key`` (a surname), or None."""
    for number, span in enumerate(index.entity_span):
        if (
            number in index.speakers
            and index.speakers[number].label == "PER"
            and index.keys[span.stop - 1] == key
        ):
            return number
    return None


@dataclass(frozen=True)
class Subject:
    """Who speaks at one cue, and where the text names them.

    Attributes:
        speaker: The speaker, or None (an unnamed source, or nobody found).
        source: The unnamed source when there is no named speaker.
        first: The first word naming the subject at this cue (None: not named here).
        stop: One past the last word naming it.
        fronted: Named before the verb (SVO).
        mention: The characters naming the speaker here (its name, else its title).
    """

    speaker: Speaker | None = None
    source: Source | None = None
    first: int | None = None
    stop: int | None = None
    fronted: bool = False
    mention: Mention | None = None

    @property
    def named(self) -> bool:
        return self.first is not None


# A ministry's head word, which papers drop inside a title: "المتحدث باسم [وزارة] الخارجية".
_MINISTRY = match_keys("وزارة لوزارة بوزارة")


_KING = match_keys("الملك")  # between a title and the name: "خادم الحرمين الشريفين الملك [PER سلمان]"
LOOSE_TITLE_WORDS = 3  # definite words a title needs to match a longer one loosely
LOOSE_TITLE_EXTRA = 3  # words the longer title may have more ("للرئيس"، "عبدربه منصور")


def _title_key(index: ArticleIndex, words: tuple[int, int]) -> tuple[str, ...]:
    """A title phrase's words as keys, honorifics and a ministry's head word inside it left
    out: what two mentions of one title share (``المتحدث باسم وزارة الخارجية الأمريكية`` and
    ``المتحدث باسم الخارجية الأمريكية``)."""
    keys = [
        _same_title(k)
        for k in (index.keys[w] for w in range(*words) if index.is_word[w])
        if k not in HONORIFICS and k not in _OFFICIAL  # "المتحدث الرسمي باسم …" is "المتحدث باسم …"
    ]
    if keys and keys[0].startswith("لل"):
        keys[0] = after_li(keys[0])  # "الصفحة الرسمية للمتحدث العسكري": the title is المتحدث العسكري
    return tuple(
        k
        for n, k in enumerate(keys)
        if (not n or k not in _MINISTRY)  # "وزارة الدفاع" keeps it
        # "خادم الحرمين الشريفين" is "خادم الحرمين", as papers shorten it
        and not (n and k in _NOBLE and keys[n - 1] in _TWO_MOSQUES)
    )


_OFFICIAL = match_keys("الرسمي الرسمية")
_TWO_MOSQUES = match_keys("الحرمين")
_NOBLE = match_keys("الشريفين")
# Between a title and the name beside it, no word of either: "خادم الحرمين الشريفين الملك [PER …]"
_BESIDE_SKIPPED = _KING | _NOBLE
# Two words for one title: "المتحدث الرسمي للهيئة" is "الناطق الرسمي للهيئة"; and two
# spellings papers print of one nisba: "الرئيس الاميركي" is "الرئيس الأمريكي".
_SYNONYMS = {
    "ناطق": "متحدث",
    "ناطقة": "متحدثة",
    "اميركي": "امريكي",
    "اميركية": "امريكية",
    "اميركيه": "امريكية",
    "امريكيه": "امريكية",
}


def _same_title(key: str) -> str:
    """A title word said one way (``الناطق`` → ``المتحدث``), its article kept."""
    article = "ال" if key.startswith("ال") else ""
    return article + _SYNONYMS.get(key[len(article) :], key[len(article) :])


def _head(key: str) -> str:
    return _same_title(key[2:] if key.startswith("ال") else key)


def _without_preposition(name: str) -> str:
    """A title-named speaker's name without the preposition it was read behind (``بيان
    للقيادة المشتركة`` → ``القيادة المشتركة``; ``لبعثة الأمم المتحدة`` → ``بعثة …``)."""
    first, _, rest = name.partition(" ")
    key = match_key(first)
    if key.startswith("لل") and len(key) > 4:
        first = "ال" + first[2:]
    elif key[:1] in "لب" and key[1:] in ORG_HEADS:
        first = first[1:]
    return f"{first} {rest}".strip()


_STATE_WORDS = STATE_HEADS | match_keys("المملكة في ب")


def _place_folded(key: tuple[str, ...]) -> tuple[str, ...]:
    """A title's keys with its country said one way: a nisba becomes its place and "in
    the kingdom of" goes (``رئيس مجلس النواب البحريني`` and ``رئيس مجلس النواب في مملكة
    البحرين`` both read رئيس مجلس النواب البحرين)."""
    folded = []
    for word in key:
        if word in _STATE_WORDS:
            continue
        if word.startswith("ال") and len(word) > 5 and word.endswith(_NISBA):
            word = word[: -1 if word.endswith("ي") else -2]  # البحريني → البحرين
        folded.append(word)
    return tuple(folded)


class SpeakerBook:
    """One :class:`~qawl.document.Speaker` per person in an article, by name, surname and title.

    Speakers the NER found come in through the index (clustered by
    :func:`~qawl.attribution.speakers.cluster_speakers`); speakers named only by
    a subject phrase are added as the rules meet them, and later mentions by
    surname (``وأفاد الحوشان``), by the same title (``وأكد وكيل الوزارة …``) or by
    a definite title word (``وأضاف الوزير``) find them again.
    """

    def __init__(self, index: ArticleIndex):
        self.index = index
        self.by_name: dict[tuple[str, ...], Speaker] = {}
        self.by_title: dict[tuple[str, ...], Speaker | Source] = {}
        self.by_head: dict[str, Speaker | Source] = {}
        self.title_only: dict[int, tuple[str, ...]] = {}  # id of a speaker named by a title alone
        self.revealed: dict[int, Speaker] = {}  # id of such a speaker: the person named next (reveal)
        # who issued the last document named with its author ("ذكر بيان للسفارة الأميركية"):
        # "وأكد البيان" later is theirs, whoever spoke in between
        self.issuer: Speaker | Source | None = None
        for speaker in {id(s): s for s in index.speakers.values()}.values():
            self._register(speaker)
        for number, speaker in index.speakers.items():
            # "تنظيم [داعش] … وقال التنظيم": the generic head before a name is its title word
            before = index.entity_span[number].first - 1
            if (
                speaker.label != "PER"
                and before >= 0
                and _head(index.keys[before]) in ORG_HEADS
                # "ودعت الكلية [ORG الراغبين في التقدم]": whom it called, which the tagger named
                and not people_plural(index.keys[before + 1])
                # "قوات التحالف [ORG بقيادة السعودية]": a phrase after the body, not its name
                and not index.prepositional(number)
            ):
                self.by_head.setdefault(_head(index.keys[before]), speaker)

    def _register(self, speaker: Speaker) -> None:
        words = tuple(match_key(w) for w in speaker.name.split())
        if not words:
            return
        self.by_name.setdefault(words, speaker)
        if speaker.label == "PER" and len(words) > 1:
            self.by_name.setdefault(words[-1:], speaker)  # the surname alone
        if speaker.label == "PER" and len(words) > 2:
            self.by_name.setdefault(words[-2:], speaker)  # a surname of two words: "سيد قادر"
        if speaker.label != "PER" and _head(words[0]) in ORG_HEADS:
            self.by_head[_head(words[0])] = speaker  # وزارة الصحة → "الوزارة"

    def find(self, words: tuple[str, ...]) -> Speaker | None:
        """A known speaker with this name (or surname), clitics allowed on the first word."""
        if words in self.by_name:
            return self.by_name[words]
        for rest, _, restore in clitic_variants(words[0]) if words else []:
            found = self.by_name.get((restore + rest if restore else rest, *words[1:]))
            if found is not None:
                return found
        return None

    def named(self, words: tuple[int, int], label: str = "PER") -> Speaker:
        """The speaker a name (word span) refers to, created on first sight."""
        index = self.index
        keys = tuple(index.keys[w] for w in range(*words) if index.is_word[w])
        speaker = self.find(keys)
        text = " ".join(strip_marks(index.span_text(words)).split())
        surname = self.by_name.get(keys[-1:]) if label == "PER" and len(keys) > 1 else None
        if (
            speaker is None
            and surname is not None
            and surname.label == "PER"
            and len(surname.name.split()) == 1
        ):
            # the tagger found the surname alone elsewhere ("وأشار [PER الشريع]"): one person,
            # named now in full ("المشرف على برنامج … سليمان احمد الشريع")
            speaker, speaker.name = surname, text
            self._register(speaker)
        if speaker is None:
            speaker = Speaker(text, label, [])
            self._register(speaker)
        self._mention(speaker, words)
        return speaker

    def titled(self, words: tuple[int, int], label: str) -> Speaker | Source:
        """The speaker a title phrase refers to: a known holder of this title, else a
        speaker named by the title itself (``المتحدث الأمني بوزارة الداخلية``).

        A title matches a known one when either starts the other (``المبعوث الأممي``
        and ``المبعوث الأممي إلى ليبيا``), unless the article wrote this very title beside
        a person's name (``مع وزير الخارجية الألماني [PER فلان]`` … ``عبر وزير الخارجية
        الألماني``: that person, not the ``وزير الخارجية`` quoted before); a single
        definite word matches the head of a known title or body (``الوزارة``، ``الوزير``).
        """
        key = _title_key(self.index, words)
        known = (
            self.by_title.get(key)
            or (self._titled_name(key) if len(key) > 2 and not key[0].startswith("ال") else None)
            or self.by_prefix(key)
        )
        if known is None and len(key) == 1:
            known = self.by_head.get(_head(key[0]))  # "الوزارة"، "الوزير"
        if (
            known is None
            and label == "PER"
            and key[0].startswith("ال")
            and (len(key) == 1 or (len(key) == 2 and key[1].startswith("ال")))
        ):
            # "وزير الخارجية [فلان]" … "الوزير"; "الأمين العام للمركز معالي الأستاذ [فلان]"
            # … "الأمين العام"
            known = self._titled_before(_head(key[0]), words[0], key[1:])
        if (
            known is None
            and label == "PER"
            and len(key) == 2
            and not key[0].startswith("ال")
            and key[1].startswith("ال")
            and key[0] in PERSON_TITLES
        ):
            # "مدير تعليم ينبع [PER فلان]" … "واعتبر مدير التعليم": the same office, its place
            # left out and its field made definite; a person this very title is written beside
            # comes first ("معالي وزير الخارجية الأستاذ [PER الجبير]", not "وزير خارجية روسيا
            # [PER لافروف]")
            known = self._titled_name(key) or self._titled_before(
                _head(key[0]), words[0], (key[1][2:],), strict=True
            )
        title_words = [w for w in range(*words) if self.index.is_word[w]]
        written_keys = tuple(after_li(self.index.keys[w]) for w in title_words)
        if (
            known is None
            and label == "PER"
            and len(written_keys) >= LOOSE_TITLE_WORDS
            # definite words, or a person the title serves: "السكرتير الخاص للرئيس [PER هادي]"
            and all(
                k.startswith("ال") or w in self.index.entity_of
                for w, k in zip(title_words, written_keys, strict=True)
            )
        ):
            # "نفى اللواء [PER فلان] المستشار العسكري للرئيس اليمني" … "وأكد المستشار العسكري
            # اليمني": the same title with a word left out
            known = self._loosely_titled(written_keys, words[0])
        if known is None and label == "PER" and len(key) > 1 and key[0] in AIDES:
            # "نائب [PER البشير]" after "نائب الرئيس السوداني [PER حسبو …]": the deputy the
            # article named before with a title of this head, not a new speaker
            known = self._titled_before(_head(key[0]), words[0])
        if known is None:
            # quote marks around a body's name are the paper's, not the name's: سلطات “ديار بكر”
            written = "".join(c for c in strip_marks(self.index.span_text(words)) if c not in QUOTE_MARKS)
            text = _without_preposition(" ".join(written.split()))
            known = Speaker(text, label, [])
            self.remember_title(words, known)
            self.title_only[id(known)] = key
        if isinstance(known, Speaker):
            self._mention(known, words)
        return known

    def named_later(self, speaker: Speaker) -> Speaker:
        """The named person that a speaker known only by a title turned out to be, with
        the title's mentions, when the article names them after the first mention
        ("أمير منطقة جازان: …" in the headline, "… الأمير فلان أمير منطقة جازان" in the
        body); else ``speaker`` itself."""
        key = self.title_only.get(id(speaker))
        if key is None or speaker.label != "PER":
            return speaker
        revealed = self.revealed.get(id(speaker))
        if revealed is not None:
            holder: Speaker | Source | None = revealed
        elif len(key) < 2:
            return speaker
        else:
            holder = self.by_title.get(key) or self.by_prefix(key)
        if not isinstance(holder, Speaker) or holder is speaker or id(holder) in self.title_only:
            # a longer title of a named person: "قائد الجيش الباكستاني" … "قائد الجيش الباكستاني الجنرال فلان"
            longer = self.by_prefix(key, named=True)
            holder = longer if isinstance(longer, Speaker) else self._titled_name(key)
        if holder is None or holder.label != "PER":
            return speaker
        for mention in speaker.mentions:
            self._mention_at(holder, mention)
        return holder

    def reveal(self, speaker: Speaker | Source | None, named: Speaker | None) -> None:
        """Record that a speaker known only by an indefinite title (``أكد خبير أمني أن …``)
        is the person a continuation names next (``وأضاف اللواء فلان أن …``): papers
        introduce an expert, then give his name. :meth:`named_later` then gives that
        person for the title's statements."""
        if (
            not isinstance(speaker, Speaker)
            or named is None
            or named is speaker
            or named.label != "PER"
            or id(named) in self.title_only  # "وأضاف المتحدث": another title, no name given
        ):
            return
        key = self.title_only.get(id(speaker))
        # indefinite through and through ("خبير أمني"; not "وزير الخارجية", definite by its construct)
        if key and not any(k.startswith("ال") for k in key) and speaker.label == "PER":
            self.revealed.setdefault(id(speaker), named)

    def _titled_name(self, key: tuple[str, ...]) -> Speaker | None:
        """The person the tagger found right beside this title, honorifics between
        (``الأمير فلان أمير منطقة جازان``، ``أمير منطقة جازان صاحب السمو الأمير فلان``)."""
        index = self.index

        def former(word: int) -> bool:  # "فلان الرئيس المصري السابق" holds it no more
            return word < len(index.keys) and index.keys[word] in _FORMER

        def beside(word: int, step: int) -> tuple[str, ...]:
            """The keys from ``word`` on (step 1) or back (step -1), honorifics
            skipped, up to the first punctuation: a colon or comma parts a title from
            a name (``قاضية أميركية: قردة …`` is a headline, not an apposition)."""
            keys: list[str] = []
            while 0 <= word < len(index.words) and index.is_word[word] and len(keys) < len(key):
                if index.keys[word] not in HONORIFICS and index.keys[word] not in _BESIDE_SKIPPED:
                    keys.append(index.keys[word])
                word += step
            if step < 0 and 0 <= word < len(index.words) and index.keys[word] in AIDES:
                return ()  # "نائب خادم الحرمين الشريفين الأمير فلان": his deputy holds another title
            return tuple(keys if step > 0 else reversed(keys))

        for number, speaker in index.speakers.items():
            span = index.entity_span[number]
            if speaker.label != "PER":
                continue
            title_after = beside(span.stop, 1) == key and not former(span.stop + len(key))
            if title_after or beside(span.first - 1, -1) == key:
                return speaker
        return None

    def _loosely_titled(self, key: tuple[str, ...], before: int) -> Speaker | None:
        """The person named last before word ``before`` whose title right after the name
        has every word of ``key`` in order, with at most :data:`LOOSE_TITLE_EXTRA` more
        (``المستشار العسكري للرئيس اليمني`` for ``المستشار العسكري اليمني``; a ل before a
        word is no difference)."""
        index = self.index
        found: tuple[int, Speaker] | None = None
        for number, speaker in index.speakers.items():
            span = index.entity_span[number]
            if speaker.label != "PER" or span.first >= before:
                continue
            after: list[str] = []
            word = span.stop
            while (
                word < len(index.keys) and index.is_word[word] and len(after) < len(key) + LOOSE_TITLE_EXTRA
            ):
                after.append(after_li(index.keys[word]))
                word += 1
            place = 0
            for k in after:
                if place < len(key) and k == key[place]:
                    place += 1
            if place == len(key) and after[:1] == [key[0]] and (found is None or span.first > found[0]):
                found = (span.first, speaker)
        return found[1] if found else None

    def _titled_before(
        self, head: str, before: int, adjectives: tuple[str, ...] = (), strict: bool = False
    ) -> Speaker | None:
        """The person named last before word ``before`` with a title of this head just
        before the name (``أجرت الصحيفة حوارا مع وزير الخارجية البريطاني [PER فيليب هاموند]``
        … ``وصرح الوزير``), honorifics and the title's other words between. With the
        title's adjectives (``الوزير الأمريكي``), a person whose title has them comes first
        (``وزير الخارجية الأمريكي جون كيري`` … ``وزير خارجية قطر فلان`` … ``أكد الوزير
        الأمريكي``: Kerry), and one whose title has another nisba (``وزير الخارجية القطري``)
        is never it; ``strict``: only a person whose title has them all, or None."""
        index = self.index
        best: tuple[int, Speaker] | None = None
        matching: tuple[int, Speaker] | None = None
        for number, speaker in index.speakers.items():
            span = index.entity_span[number]
            if speaker.label != "PER" or span.first >= before:
                continue
            for word in range(span.first - 1, max(-1, span.first - 1 - TITLE_BEFORE_NAME), -1):
                if not index.is_word[word]:
                    break
                if _head(index.keys[word]) == head:
                    title = index.keys[word : span.first]
                    if adjectives and all(a in title for a in adjectives):
                        if matching is None or span.first > matching[0]:
                            matching = (span.first, speaker)
                    elif adjectives and any(k.startswith("ال") and k.endswith(_NISBA) for k in title[1:]):
                        break  # another nisba: "وزير الخارجية القطري" is not "الوزير الأمريكي"
                    if best is None or span.first > best[0]:
                        best = (span.first, speaker)
                    break
        found = matching if strict else matching or best
        return found[1] if found else None

    def by_prefix(self, key: tuple[str, ...], named: bool = False) -> Speaker | Source | None:
        """The most recent holder of a title that starts with ``key`` or that ``key``
        starts with (two words at least in common); with ``named``, only a speaker with
        a name of their own (not one known by a title alone)."""
        if len(key) < 2:
            return None
        found = None
        folded = _place_folded(key)
        for known, who in self.by_title.items():  # insertion order: the last match is the latest
            if named and (not isinstance(who, Speaker) or id(who) in self.title_only):
                continue
            n = min(len(known), len(key))
            if n >= 2 and known[:n] == key[:n]:
                found = who
                continue
            other = _place_folded(known)
            n = min(len(other), len(folded))
            if n >= 3 and other[:n] == folded[:n]:
                found = who  # "رئيس مجلس النواب البحريني" … "رئيس مجلس النواب في مملكة البحرين"
        return found

    def nearest_person(self, before_word: int) -> Speaker | None:
        """The person named last before a word (an honorific pronoun with no speaker
        yet: "دشن صاحب السمو الأمير فلان … وقال سموه"); the last one with the
        pronoun's own honorific when there is one (``سموه`` is the prince, not the king
        named after him: "أدى صاحب السمو الملكي الأمير فلان … نيابة عن خادم الحرمين
        الشريفين الملك سلمان … وقال سموه")."""
        index = self.index
        pronoun = index.keys[before_word] if before_word < len(index.keys) else ""
        honors: frozenset[str] = HONORED_BY.get(pronoun, frozenset())
        nearest: Speaker | None = None
        for word in range(before_word - 1, -1, -1):
            number = index.entity_at_first.get(word)
            if number is None or number not in index.speakers or index.speakers[number].label != "PER":
                continue
            if not honors or any(index.keys[k] in honors for k in range(max(0, word - HONORED_REACH), word)):
                return index.speakers[number]
            nearest = nearest or index.speakers[number]
        return nearest

    def remember_title(self, words: tuple[int, int] | None, who: Speaker | Source) -> None:
        """Record that a title phrase names ``who`` (a later bare title finds them)."""
        if words is None:
            return
        key = _title_key(self.index, words)
        if key:
            self.by_title[key] = who
            self.by_head[_head(key[0])] = who

    def _mention(self, speaker: Speaker, words: tuple[int, int]) -> None:
        self._mention_at(speaker, Mention(*self.index.char_span(words)))

    @staticmethod
    def _mention_at(speaker: Speaker, mention: Mention) -> None:
        if not any(m.start == mention.start and m.end == mention.end for m in speaker.mentions):
            speaker.mentions.append(mention)
            speaker.mentions.sort(key=lambda m: m.start)


HONORED_REACH = 5  # words before a name within which its honorific stands (titles.HONORED_BY)

_ALL = match_keys("جميع كل كافة")


_NAME_MARKS = (*QUOTE_MARKS, "(", ")")


def _past_quoted_name(index: ArticleIndex, word: int, stop: int) -> int:
    """Past a medium's name after ل when its quote marks did not pair (``لـ" الرياض"``,
    a space inside the marks) or are brackets (``لـ(عكاظ)``): the marks, the name (an
    entity, else one word), the marks."""
    while word < stop and index.words[word].text in _NAME_MARKS:
        word += 1
    if word < stop:
        number = index.entity_at_first.get(word)
        word = index.entity_span[number].stop if number is not None else word + 1
    while word < stop and index.words[word].text in _NAME_MARKS:
        word += 1
    return word


def addressee(index: ArticleIndex, word: int) -> bool:
    """Whether the entity opening at ``word`` is whom a verb spoke to, ل and a name
    (``وأضاف لرويترز:``، ``وقال لوكالة الأنباء``): the ل is a clitic when what follows it
    heads an organization or a medium, or the article writes it elsewhere without the ل
    (a name that starts with the letter, ``ليفربول``، ``لجنة``, is read as itself).
    In ``وقال راي بابار إن … وأضاف لرويترز: "…"`` the second statement is Babar's;
    ``[ORG لرويترز]`` is no speaker because رويترز is written elsewhere.
    """
    number = index.entity_at_first.get(word)
    key = index.keys[word] if word < len(index.keys) else ""
    if number is None or not key.startswith("ل") or key.startswith("لل") or len(key) < 4:
        return False
    rest = key[1:]
    if rest in ORG_HEADS or rest in MEDIA or rest in AGENCIES:
        return True
    return rest in index.keys  # the word itself reads ل + rest, never rest


def after_media_phrase(
    index: ArticleIndex, word: int, stop: int, subject_next: bool = True, told: bool = False
) -> int:
    """Past a short phrase naming where it was said, when a subject follows it:
    "كشف لـ«الاقتصادية» عبدالله الشيخي"، "وقال للصحفيين الوزير فلان"، "وقال لرويترز
    الوزير فلان" (:func:`addressee`), and after a verb of telling (``told``) the quoted
    paper it told ("وأبلغ «الوطن» قائد المنطقة"); with ``subject_next`` False, whatever
    follows ("أكدت مصادر … لـ «عكاظ» السيطرة": the object)."""
    key = index.keys[word] if word < stop else ""
    skip = word
    if told and word in index.quote_at and not index.speech_quote(word):
        skip = index.quote_at[word].closing_word + 1
    elif word < stop and addressee(index, word):
        skip = index.entity_span[index.entity_at_first[word]].stop
    elif key in LI:
        skip = word + 1
        quote = index.quote_at.get(skip)
        skip = quote.closing_word + 1 if quote is not None else _past_quoted_name(index, skip, stop)
    elif key.startswith("لل") and len(key) > 4:
        skip = word + 1
    if skip == word or skip >= stop:
        return word
    if not subject_next:
        return skip
    timed = skip
    while timed < stop and (index.words[timed].text in COMMAS or index.time_at(timed)):
        timed += 1  # "وقال لـ"الاقتصادية"، أمس، مصدر مطلع …": when, between commas
    if timed > skip and timed < stop and _starts_subject(index, timed):
        return timed
    return skip if _starts_subject(index, skip) else word


def _starts_subject(index: ArticleIndex, word: int) -> bool:
    """Whether a subject can start at a word: an entity, an unnamed source's head
    ("وكشف لـ"الرياض" مصدر بشركة الكهرباء بأن"), an honorific, a title, a body's head or
    a name."""
    key = index.keys[word]
    return (
        word in index.entity_at_first
        or is_source_head(key)
        or key in HONORIFICS
        or key in PERSON_TITLES
        or key in ORG_HEADS
        or name_like(index, word)
    )


def _source_of(index: ArticleIndex, words: tuple[int, int]) -> Source:
    """The unnamed source the words ``(first, stop)`` name, with their characters."""
    start, end = index.char_span(words)
    return Source(index.doc.text[start:end], start, end)


def _source(index: ArticleIndex, phrase: SubjectPhrase) -> Source:
    return _source_of(index, phrase.title or (phrase.first, phrase.stop))


_HIS_HER = ("ه", "ها")


def own_body(key: str) -> bool:
    """A body with the pronoun of its head or owner (``مكتبه``، ``لمكتبه``، ``حكومتها``): the
    speaker named before, by his office or her government."""
    key = key[1:] if key.startswith("ل") and len(key) > 4 else key
    for pronoun in _HIS_HER:
        stem = key[: -len(pronoun)] if key.endswith(pronoun) else ""
        if len(stem) >= 3 and (stem in ORG_HEADS or (stem.endswith("ت") and stem[:-1] + "ة" in ORG_HEADS)):
            return True
    return False


def subject_of_phrase(
    index: ArticleIndex,
    book: SpeakerBook,
    phrase: SubjectPhrase,
    cue_continues: bool,
    last: Speaker | Source | None,
) -> Subject | None:
    """The subject a phrase names, or None to fall back on the entity-level rules.

    A document named with its author (``ذكر بيان للسفارة الأميركية``) is remembered, so
    that the document alone later (``وأكد البيان``) is that author's, whoever spoke between.

    Args:
        index: The article index.
        book: The article's speakers.
        phrase: What :func:`~qawl.attribution.phrases.read_subject` read.
        cue_continues: Whether the cue goes on with the last speaker when the
            phrase names nobody new (``وأضاف المسؤول``).
        last: The last speaker or unnamed source.
    """
    if phrase.kind == "document" and book.issuer is not None:
        last = book.issuer
    found = _subject_of_phrase(index, book, phrase, cue_continues, last)
    if (
        found is not None
        and phrase.kind != "document"
        and index.keys[phrase.first] in DOCUMENT_NOUNS
        and found.named
    ):
        book.issuer = found.speaker or found.source
    return found


def _subject_of_phrase(
    index: ArticleIndex,
    book: SpeakerBook,
    phrase: SubjectPhrase,
    cue_continues: bool,
    last: Speaker | Source | None,
) -> Subject | None:
    span = (phrase.first, phrase.stop)
    goes_by = _known_as(index, phrase.stop)
    if phrase.kind in ("definite", "source", "org") and goes_by is not None:
        # "وقالت الجماعة التي تعرف باسم (الفرقة 30) إن": the name it goes by
        speaker = book.named(goes_by, "ORG")
        book.remember_title(span, speaker)  # "واتهمت الجماعة …" later: the same group
        # past the closing mark: what an object verb reports follows it ("… «…» مسؤوليتها عن")
        return Subject(
            speaker, first=span[0], stop=goes_by[1] + 1, mention=Mention(*index.char_span(goes_by))
        )
    if phrase.kind in ("pronoun", "document"):
        if index.keys[phrase.first] in ONE_OF_THEM and not isinstance(last, Source):
            # "one of them" with no unnamed group before: some of a group, unnamed
            return Subject(source=_source_of(index, span), first=span[0], stop=span[1])
        if phrase.kind == "pronoun" and (
            last is None
            # "سموه" is a person: not the place or body spoken of last ("… بمنطقة عسير. وعبر سموه")
            or (index.keys[phrase.first] in HONORIFIC_PRONOUNS and not _a_person(last))
            # "his office" is a person's: "وبحسب مكتبه الاعلامي" after an agency relayed him
            or (own_body(index.keys[phrase.first]) and not _a_person(last))
        ):
            return Subject(book.nearest_person(phrase.first), first=span[0], stop=span[1])
        # the words that name it end before what is said: "وأكد سموه – حفظه الله – اعتزاز"
        return replace(_continue(last), first=span[0], stop=span[1])
    words = phrase.title or phrase.name
    official = phrase.kind == "person" and phrase.entity is None and words and _the_official(index, words)
    if official and words is not None and not (isinstance(last, Source) or _a_person(last)):
        # another spoke in between: the official quoted before him ("اعلن مسؤول في الحكومة
        # التركية" … "وقالت وحدات حماية الشعب" … "وقال المسؤول التركي")
        last = book.by_head.get(_head(index.keys[words[0]]))
    if official and (isinstance(last, Source) or _a_person(last)):
        # "وعن حجم الخسائر قال «المسؤول اليمني»:": the official quoted last goes on
        return replace(_continue(last), first=span[0], stop=span[1])
    if phrase.kind == "source" and (called := _called(index, span)) is not None:
        # "وقال أحد المحققين ويدعى [PER فاليري زولوتاريف]": one of them, named after all
        speaker, stop = index.speakers[called], max(span[1], index.entity_span[called].stop)
        return Subject(speaker, first=span[0], stop=stop, mention=Mention(*index.char_span((span[0], stop))))
    if phrase.kind == "source":
        head = index.keys[phrase.title[0] if phrase.title else phrase.first]
        if head.startswith("ال") and head[2:] in INDEFINITE_SOURCE_TITLES and isinstance(last, Source):
            return Subject(source=last, first=span[0], stop=span[1])  # "مسؤول تركي" … "المسؤول"
        source = _source(index, phrase)
        book.remember_title(phrase.title, source)
        return Subject(source=source, first=span[0], stop=span[1])
    if phrase.entity is not None and (bracketed := _bracketed_name(index, phrase.stop)) is not None:
        # "وأوضحت [ORG وكالة أنباء] ( [ORG الأناضول] ) أن": the agency is the one in brackets
        entity = index.entity_span[bracketed]
        return Subject(
            index.speakers[bracketed],
            first=span[0],
            stop=entity.stop + 1,
            mention=Mention(*index.char_span((span[0], entity.stop + 1))),
        )
    if phrase.entity is not None:
        speaker = index.speakers[phrase.entity]
        book.remember_title(phrase.title, speaker)
        if speaker.label == "PER" and (phrase.title is None or index.keys[phrase.title[0]] in HONORIFICS):
            # "قال [PER جون كيربي] المتحدث باسم وزارة الخارجية الأمريكية" … "المتحدث باسم الخارجية
            # الأمريكية"; after an honorific too: "قال الشيخ [PER فلان] مفتي عام السعودية" … "المفتي"
            book.remember_title(_title_after(index, phrase.stop), speaker)
        entity = index.entity_span[phrase.entity]
        start, end = index.char_span((entity.first, entity.stop))
        return Subject(speaker, first=span[0], stop=span[1], mention=Mention(start, end))
    if phrase.kind == "person" and phrase.name is not None:
        speaker = book.named(phrase.name)
        book.remember_title(phrase.title or _title_after(index, phrase.stop), speaker)
        start, end = index.char_span(phrase.name)
        return Subject(speaker, first=span[0], stop=span[1], mention=Mention(start, end))
    if phrase.kind == "org" and phrase.title is not None and index.keys[phrase.title[0]].startswith("ال"):
        anaphor = book.by_head.get(index.keys[phrase.title[0]][2:])
        if anaphor is not None and _describes(index, phrase.title, anaphor):
            # "ودعت الوزارة المواطنين": the ministry named before; "الحكومة التونسية" after
            # "الحكومة الأردنية" is another body
            stop = phrase.title[0] + 1
            subject = _continue(anaphor)
            return Subject(
                subject.speaker,
                subject.source,
                phrase.first,
                stop,
                mention=Mention(*index.char_span((phrase.title[0], stop))),
            )
    if phrase.kind in ("person", "org") and phrase.title is not None:
        known = book.titled(phrase.title, "PER" if phrase.kind == "person" else "ORG")
        start, end = index.char_span(phrase.title)
        if isinstance(known, Source):
            return Subject(source=known, first=span[0], stop=span[1])
        return Subject(known, first=span[0], stop=span[1], mention=Mention(start, end))
    if phrase.kind == "definite":
        key = after_li(index.keys[phrase.first])  # a credit's "وفقا للخزرجي": ل + الخزرجي
        if key in _THE_SOURCE and isinstance(last, Source):
            return Subject(source=last, first=span[0], stop=span[1])  # "مصادر في …" … "ونوه المصدر"
        if key in _THE_SOURCE:
            # "the sources" after a named speaker: still sources, never the one named ("ومضت
            # المصادر بالقول إن …" after the resistance's media centre was quoted)
            return Subject(source=_source_of(index, span), first=span[0], stop=span[1])
        if isinstance(last, Speaker) and key[2:] in match_keys(last.name):
            return _continue(last)  # "وقالت الوزارة" after "وزارة الدفاع الروسية"
        referent: Speaker | Source | None = (
            book.find((key,)) or book.by_head.get(key[2:]) or named_before(index, key, phrase.first)
        )
        if referent is not None:
            subject = _continue(referent)
            return Subject(
                subject.speaker, subject.source, span[0], span[1], mention=Mention(*index.char_span(span))
            )
        if (
            key in PRIVATE_PERSONS
            and phrase.stop < len(index.keys)
            and (index.keys[phrase.stop] in PARTICLES or index.words[phrase.stop].text == ":")
        ):
            # a private person the story never names, right before what he said: "وقال الشاكي
            # إنه …"، "وأكد المواطن أن"، "ويضيف المواطن: «…»" (not a title before a name: "حذر
            # الضابط المنشق … [PER فلان]"), even after a continuing verb: the last speaker may be
            # whom he complains of
            return Subject(source=_source_of(index, span), first=span[0], stop=span[1])
        if cue_continues:
            return _continue(last)  # "وأضاف المسؤول"
        return None
    return None


_THE_SOURCE = match_keys("المصدر المصادر")
# The country itself, a verb's subject after كما: "كما أعلنت البلاد الحداد لمدة يوم".
_THE_COUNTRY = match_keys("البلاد الدولة")
# Words of a title written after a person's name, up to its comma: "المتحدث باسم وزارة
# الخارجية الأمريكية"، "رئيس تحالف قبائل مأرب" (here and in rules._past_apposed_title).
APPOSED_TITLE_WORDS = 8


def _title_after(index: ArticleIndex, word: int) -> tuple[int, int] | None:
    """A person's title written right after their name, up to the next comma, particle,
    cue or quotation (``الشيخ صالح لنجف رئيس تحالف قبائل مأرب، أن``), or set off by a comma
    (``أحمد عبدالعزيز قطان، سفير خادم الحرمين في القاهرة،``), or None."""
    if word + 1 < len(index.keys) and index.words[word].text in COMMAS:
        word += 1
    if word >= len(index.keys) or index.keys[word] not in PERSON_TITLES:
        return None
    stop = word + 1
    while (
        stop < min(len(index.keys), word + APPOSED_TITLE_WORDS)
        and index.is_word[stop]
        and index.keys[stop] not in PARTICLES
        and stop not in index.cues
        and stop not in index.quote_at
    ):
        stop += 1
    return (word, stop)


_PLACE_HEADS = match_keys("العاصمة مدينة محافظة منطقة ولاية إقليم")
_SAYS_NOW = match_keys("يقول ويقول فيقول تقول وتقول فتقول")
_THIS = match_keys("هذا هذه تلك ذلك")
_THE_SAME = match_keys("ذات نفس")  # "وقالت ذات المصادر إن": the sources quoted before
_NISBA = ("ي", "ية", "يه")  # the endings of a relative adjective: الأردني، التونسية


def _describes(index: ArticleIndex, title: tuple[int, int], known: Speaker | Source) -> bool:
    """Whether a definite title can be a body named before: unless each has a word the
    other lacks (``الحكومة التونسية`` is not ``الحكومة الأردنية``), one names the body
    the other does (``الوزارة``، ``الوزارة الروسية`` for ``وزارة الدفاع الروسية``; ``القوى
    الوطنية الفلسطينية`` for ``القوى الفلسطينية``). Only a definite word describes the
    head; a word behind a preposition is what the verb reports (``وتعهد الائتلاف بالعمل``)."""
    named = [match_key(w) for w in (known.name if isinstance(known, Speaker) else known.text).split()]
    keys = [index.keys[w] for w in range(title[0], title[1]) if index.is_word[w]]
    # the definite nisba adjectives right after the head (none in "الأمانة أصحاب المركبات"
    # or "التنظيم الهجمات")
    adjectives = list(takewhile(lambda key: key.startswith("ال") and key.endswith(_NISBA), keys[1:]))
    new = any(key not in named for key in adjectives)
    # The body's own head word is no word the title lacks; a name the head was only written
    # before is (``حكومة [إسرائيل]`` is not ``الحكومة الأردنية``).
    own = named[1:] if named and keys and _head(named[0]) == _head(keys[0]) else named
    return not (new and any(key not in keys for key in own))


def _a_person(who: Speaker | Source | None) -> bool:
    return isinstance(who, Speaker) and who.label == "PER"


def _feminine_name(index: ArticleIndex, entity: int) -> bool:
    """Whether a speaker entity takes a feminine verb: a country or city, or an
    organization whose head ends in ة (``وكالة التنمية``، ``وزارة الخارجية``)."""
    if index.speakers[entity].label == "GPE":
        return True
    head = index.keys[index.entity_span[entity].first]
    return index.speakers[entity].label == "ORG" and head.endswith("ة") and head in ORG_HEADS


def named_before(index: ArticleIndex, key: str, before: int) -> Speaker | None:
    """The person whose name the article wrote with this family name, when the tagger
    stopped short of it: ``بدر عبد الرحمن [PER] السمحان`` … ``وأكد السمحان أن``.

    The last earlier place where the word follows a speaking person's entity at once.
    """
    for word in range(before - 1, 0, -1):
        if index.keys[word] != key:
            continue
        number = index.entity_of.get(word - 1)
        if (
            number is not None
            and index.entity_span[number].stop == word
            and number in index.speakers
            and index.speakers[number].label == "PER"
        ):
            return index.speakers[number]
    return None


_THE_OFFICIAL = match_keys("المسؤول المسؤولة")


def _the_official(index: ArticleIndex, words: tuple[int, int]) -> bool:
    """Whether a phrase is "the official" and the nisba adjectives after it (``المسؤول
    اليمني``، ``المسؤول الأمني``، quoted or not): a paper's way back to whom it just quoted."""
    keys = [index.keys[k] for k in range(*words) if index.is_word[k]]
    after = words[1]
    if after < len(index.words) and index.words[after].text in QUOTE_MARKS:
        after += 1  # «المسؤول اليمني»:
    said_next = (
        after >= len(index.words)
        or index.keys[after] in PARTICLES
        or index.words[after].text == ":"
        or index.keys[after] in SPEAKING_NOUNS  # "ورفض المسؤول العسكري اليمني الحديث عن …"
    )
    return (
        said_next  # not "وقال المسؤول الصحي في عدن الخضر لصور ان": a new official, named
        and len(keys) > 1
        and keys[0] in _THE_OFFICIAL
        and all(k.startswith("ال") and k.endswith(_NISBA) for k in keys[1:])
    )


def _continue(last: Speaker | Source | None) -> Subject:
    """The last speaker (or source) goes on speaking; not named at this cue."""
    if isinstance(last, Source):
        return Subject(source=last)
    return Subject(last)


FRONTED_TITLE_WORDS = 6  # "لكن محافظ البنك المركزي حذر": a title's words between "but" and its verb
FRONTED_SOURCE_WORDS = 3  # "إلا أن مصادر [مطلعة] ذكرت": an unnamed source's words before its verb


def _construct_genitive(index: ArticleIndex, word: int, sentence_first: int) -> bool:
    """Whether ``word`` follows an indefinite body head or title it completes (``اتحاد
    الحقوقيين العرب يدين``، ``كبير المفاوضين``): the group is the genitive, not who speaks."""
    first = word
    while first > sentence_first and word - first < 2 and index.keys[first - 1].startswith("ال"):
        first -= 1  # "كبير المفاوضين الفلسطينيين": back over the genitive's own words
    if first <= sentence_first:
        return False
    head = index.keys[first - 1]
    return not head.startswith("ال") and (head in ORG_HEADS or head in PERSON_TITLES)


def _fronted_phrase(
    index: ArticleIndex, book: SpeakerBook, cue_word: int, sentence_first: int, present: bool
) -> Subject | None:
    """SVO with no entity before the verb: an unnamed source right before it (``إلا أن
    مصادر ذكرت أن``), a title or organization phrase between "but" and the verb (``لكن
    محافظ البنك المركزي حذر من``), or, for a present-tense verb opening a headline, the
    whole title or organization phrase before it (``النيابة الفيدرالية البلجيكية تعلن …``)."""
    verb = cue_word
    cue_word = _before_anonymity(index, cue_word, sentence_first)
    for head in range(cue_word - 1, max(sentence_first, cue_word - FRONTED_SOURCE_WORDS) - 1, -1):
        key = index.keys[head]
        # with و or ف right before the verb: "تحرك حوثي باتجاه مأرب والقبائل تناشد قوات
        # التحالف"، "…، فالبعض يرى أن"
        joined = head == cue_word - 1 and key[:1] in "وف" and plural_group(key[1:])
        if (is_source_head(key) or joined) and not _construct_genitive(index, head, sentence_first):
            while (
                head - 1 >= sentence_first
                and index.untagged_word(head - 1)
                and is_source_head(index.keys[head - 1])
            ):
                head -= 1  # a source head in construct with another: "لكن وسائل إعلام حكومية وصفت"
            between = range(head + 1, cue_word)
            if all(
                index.is_word[w]
                and w not in index.entity_of
                and w not in index.cues
                # "… جرائم الحوثيين إلى ذلك علمت «الرياض» أن": a link, no source's description
                # (which may hold a preposition: "ترجيحات قادها متعاملون في القطاع تفيد")
                and index.keys[w] not in _LINK_ENDS
                for w in between
            ):
                last = cue_word
                while last > head + 1 and index.keys[last - 1] in SVO_FILLERS:
                    last -= 1  # "وكان مصدر أمني قد ذكر": قد is no part of the source
                return Subject(source=_source_of(index, (head, last)), first=head, stop=last, fronted=True)
        if not index.is_word[head] or head in index.entity_of:
            break
    cue_word = verb
    relative = _relative_source(index, cue_word, sentence_first)
    if relative is not None:
        return relative
    was = _was_subject(index, book, cue_word, sentence_first)
    if was is not None:
        return was
    but = next(
        (
            k
            for k in range(cue_word - 2, max(sentence_first, cue_word - FRONTED_TITLE_WORDS) - 1, -1)
            if index.keys[k] in BUT
        ),
        None,
    )
    if but is not None:
        # "… لكن محافظ البنك المركزي حذر من …": a title or body fronted after "but"
        fronted = _opening_phrase(index, book, cue_word, but + 1)
        if fronted is not None:
            return fronted
    if present and index.opens_line(sentence_first, lead=1):
        return _opening_phrase(index, book, cue_word, sentence_first)
    return None


# The last words of a link phrase ("إلى ذلك"، "وفي غضون ذلك"، "من جهة أخرى"): a subheading
# printed with no stop runs into the next sentence's verb through them.
_LINK_ENDS = match_keys("ذلك أخرى ثانية")
ANONYMITY_WORDS = 6  # "، طلب عدم الكشف عن اسمه،"


def _before_anonymity(index: ArticleIndex, cue_word: int, sentence_first: int) -> int:
    """Where the words before a verb end when an aside asking not to be named stands
    between them and it (``مسؤولا محليا، طلب عدم ذكر اسمه، قال``: the comma before طلب);
    else ``cue_word``."""
    if cue_word - 1 <= sentence_first or index.words[cue_word - 1].text not in COMMAS:
        return cue_word
    for k in range(cue_word - 2, max(sentence_first, cue_word - 2 - ANONYMITY_WORDS), -1):
        if index.words[k].text in COMMAS:
            asks = k + 2 < cue_word and index.keys[k + 2] == "عدم"
            return k if asks else cue_word
    return cue_word


def _opening_phrase(
    index: ArticleIndex, book: SpeakerBook, cue_word: int, sentence_first: int
) -> Subject | None:
    """The whole title or organization phrase from the sentence's start to the verb, as
    its subject (``النيابة الفيدرالية البلجيكية تعلن …``، ``صحيفة "الأيام" البحرينية أوضحت
    أن …``), or None."""
    if cue_word - sentence_first < 1:
        return None
    phrase = _headline_phrase(index, read_subject(index, sentence_first, cue_word), cue_word)
    if phrase is None or phrase.stop != cue_word or phrase.kind not in ("org", "person", "source"):
        return None
    if phrase.kind == "source":  # "والد رهينة كرواتي يناشد [ORG داعش] …": unnamed, never whom he implores
        return Subject(source=_source(index, phrase), first=sentence_first, stop=cue_word, fronted=True)
    found = subject_of_phrase(index, book, phrase, False, None)
    if found is None or not found.named:
        return None
    return Subject(
        found.speaker, found.source, first=sentence_first, stop=cue_word, fronted=True, mention=found.mention
    )


def _opens_with_was(index: ArticleIndex, sentence_first: int, cue_word: int) -> bool:
    """Whether كان (وكان، وكانت …) opens the sentence before the verb at ``cue_word``."""
    opener = index.keys[sentence_first] if sentence_first < cue_word else ""
    return opener in WAS or (opener[:1] == "و" and opener[1:] in WAS)


def _described_after_was(index: ArticleIndex, cue_word: int, sentence_first: int) -> Subject | None:
    """The speaker right after كان opening the sentence when a description set off by a
    comma comes between it and ``قد`` + the verb (``وكانت [ORG جبهة النصرة] الموالية لتنظيم
    القاعدة والمناهضة لتنظيم [ORG داعش]، قد أعلنت``): not the body the description names."""
    if not _opens_with_was(index, sentence_first, cue_word):
        return None
    entity = index.entity_at_first.get(sentence_first + 1)
    if entity is None or entity not in index.speakers or index.prepositional(entity):
        return None
    span = index.entity_span[entity]
    end = cue_word
    while end > span.stop and index.keys[end - 1] in SVO_FILLERS:
        end -= 1
    if not (
        span.stop < end - 1
        and index.words[end - 1].text in COMMAS
        and index.keys[span.stop].startswith("ال")
        and not any(k in index.cues or index.keys[k] in PARTICLES for k in range(span.stop, end))
    ):
        return None
    start, stop = index.char_span((span.first, span.stop))
    return Subject(
        index.speakers[entity], first=span.first, stop=span.stop, fronted=True, mention=Mention(start, stop)
    )


def _was_subject(
    index: ArticleIndex, book: SpeakerBook, cue_word: int, sentence_first: int
) -> Subject | None:
    """The subject between كان opening the sentence and the verb: ``وكان المتحدث الأمني
    بوزارة الداخلية، قد صرح بأن …`` (a title or body the tagger did not find whole), or an
    unnamed source and where it is (``وكانت مصادر عسكرية في عدن قد أفادت أن``)."""
    if not _opens_with_was(index, sentence_first, cue_word):
        return None
    end = cue_word
    while end > sentence_first + 1 and (
        index.keys[end - 1] in SVO_FILLERS or index.words[end - 1].text in COMMAS
    ):
        end -= 1
    phrase = read_subject(index, sentence_first + 1, end)
    place = phrase.stop + 1 if phrase is not None else 0
    if place < end and index.keys[place] in _PLACE_HEADS:
        place += 1  # "في العاصمة صنعاء"
    if (
        phrase is not None
        and phrase.kind == "source"
        and place < end
        and index.keys[phrase.stop] == "في"
        and index.entity_at_first.get(place) is not None
        and index.entity_span[index.entity_at_first[place]].stop == end
    ):
        # where the source is: "وكانت مصادر عسكرية في عدن قد أفادت أن"، "في العاصمة صنعاء ذكرت"
        phrase = replace(phrase, stop=end)
    if phrase is None or phrase.stop != end or phrase.kind not in ("person", "org", "source"):
        return None
    return _fronted_subject(index, book, phrase, None)


def _fronted_subject(
    index: ArticleIndex, book: SpeakerBook, phrase: SubjectPhrase, last: Speaker | Source | None
) -> Subject | None:
    """The speaker a phrase before its verb names, as a fronted subject, or None."""
    found = subject_of_phrase(index, book, phrase, False, last)
    if found is None:
        return None
    return Subject(
        found.speaker, found.source, phrase.first, phrase.stop, fronted=True, mention=found.mention
    )


RELATIVE_SOURCE_WORDS = 6  # "مستندة إلى مصادر مقربة من الفنان العالمي، والتي قالت": back to the head


def _relative_source(index: ArticleIndex, cue_word: int, sentence_first: int) -> Subject | None:
    """An unnamed source the verb's relative pronoun refers to: ``… إلى مصادر مقربة من
    الفنان، والتي قالت إنه …`` (the source's words up to the comma before the relative)."""
    relative = cue_word - 1
    if relative <= sentence_first or not (
        index.keys[relative] in RELATIVES or index.keys[relative][1:] in RELATIVES
    ):
        return None
    end = relative - 1 if index.words[relative - 1].text in COMMAS else relative
    for head in range(end - 1, max(sentence_first, end - RELATIVE_SOURCE_WORDS) - 1, -1):
        if not index.is_word[head] or head in index.entity_of or head in index.cues:
            return None
        if is_source_head(index.keys[head]):
            return Subject(source=_source_of(index, (head, end)), first=head, stop=end, fronted=True)
    return None


def _accusative_plural(key: str) -> bool:
    """A group word in the accusative or genitive sound plural (-ين: السياسيين، المواطنين),
    which cannot be the subject right after a verb (the subject would be in -ون)."""
    return key.endswith("ين") and plural_group(key)


_OWNER_PREPOSITIONS = match_keys("من عن لدى")
# A study or survey as the subject of any reporting verb speaks for its owner ("وكشفت
# دراسة حديثة صادرة من جامعة …"، "وأكدت إحصائية …"), and so do information and data
# ("وأفادت معلومات أن …": an unnamed source, not a speaker named معلومات); indefinite,
# since "وأضافت الدراسة" goes on with the study named before.
_DATA_SUBJECTS = match_keys("دراسة إحصائية إحصاءات مسح استطلاع معلومات بيانات")
_LATEST = match_keys("أحدث آخر")  # "وكانت أحدث الاستطلاعات أظهرت": the latest surveys
DATA_OWNER_WORDS = 6  # from the data noun to its owner: "دراسة أجراها باحثون في [جامعة …]"


def _data_owner(index: ArticleIndex, cue_word: int, stop: int, last: Speaker | Source | None) -> Subject:
    """Whose data, survey or study showed (a :data:`~qawl.attribution.cues.SHOWING` cue):
    the body or person named a few words after the data noun (``أظهرت بيانات [ORG الإدارة
    المركزية للإحصاء] أن``، ``بيانات من [ORG إدارة معلومات الطاقة]``); with no owner, the
    data named before, whose speaker goes on (``وأظهرت البيانات أن``), or else the data as
    an unnamed source (``أظهرت نتائج مسح أن``). Data written before the verb is an unnamed
    source, with a superlative before it (``وكانت بيانات أظهرت أن``، ``وكانت أحدث الاستطلاعات
    أظهرت أن``)."""
    noun = cue_word + 1
    before = cue_word > 0 and index.keys[cue_word - 1] in DATA_NOUNS
    if before and (noun >= stop or index.keys[noun] not in DATA_NOUNS):
        first = cue_word - 1
        first -= first > 0 and index.keys[first - 1] in _LATEST
        return Subject(source=_source_of(index, (first, cue_word)), first=first, stop=cue_word, fronted=True)
    owners = []
    for k in range(noun + 1, min(noun + 1 + DATA_OWNER_WORDS, stop)):
        if index.keys[k] in PARTICLES or not index.is_word[k]:
            break
        number = index.entity_at_first.get(k)
        if number is not None and number in index.speakers:
            owners.append(number)
    # The owner after من/عن wins over a word the tagger took for a name before it
    # ("دراسة طبية [ORG حديثة] صادرة من [ORG جامعة كولومبيا]").
    owners.sort(key=lambda n: index.keys[index.entity_span[n].first - 1] not in _OWNER_PREPOSITIONS)
    if owners:
        span = index.entity_span[owners[0]]
        mention = Mention(*index.char_span((span.first, span.stop)))
        return Subject(index.speakers[owners[0]], first=noun, stop=span.stop, mention=mention)
    if index.keys[noun].startswith("ال") and last is not None:
        going_on = _continue(last)
        return Subject(going_on.speaker, going_on.source, first=noun, stop=noun + 1)
    end_word = noun + 1  # "نتائج مسح"، "بيانات رسمية": the data noun and what qualifies it
    while end_word < min(noun + 3, stop) and (
        index.keys[end_word] in DATA_NOUNS
        # an adjective (رسمية), not a relative (الاستطلاع الذي نشرت نتائجه)
        or (index.keys[end_word].endswith(("ي", "ية", "يه")) and index.keys[end_word] not in RELATIVES)
    ):
        end_word += 1
    return Subject(source=_source_of(index, (noun, end_word)), first=noun, stop=end_word)


HEADLINE_TAIL_WORDS = 3  # words a headline's body or group runs on past what the reader read


def _headline_phrase(
    index: ArticleIndex, phrase: SubjectPhrase | None, cue_word: int
) -> SubjectPhrase | None:
    """A headline's body or group before its present verb, whole: the reader stops an
    organization after its head, complement and adjectives, and a headline writes more
    (``ائتلاف القوى السنية جنوب العراق يستنكر``، ``مجموعة يسارية متطرفة تتبنى``): up to
    three more words with no cue, preposition or punctuation are its name too."""
    if phrase is None or phrase.kind != "org" or phrase.title is None or phrase.stop >= cue_word:
        return phrase
    tail = range(phrase.stop, cue_word)
    if len(tail) > HEADLINE_TAIL_WORDS or any(
        not index.is_word[k] or k in index.cues or index.keys[k] in PHRASE_STOPS for k in tail
    ):
        return phrase
    return replace(phrase, stop=cue_word, title=(phrase.title[0], cue_word))


_SOURCE_COMPLEMENT = match_keys("عن من في")
SOURCE_COMPLEMENT_WORDS = 4


def _vso_subject(index: ArticleIndex, phrase: SubjectPhrase | None, stop: int) -> bool:
    """Whether the words after a verb are its subject beyond doubt: a person, title,
    organization or source phrase followed at once (or after a comma) by إن/أن or a colon
    (``القدس قالت الشرطة إن``: the dateline before the verb is not who spoke)."""
    if phrase is None or phrase.kind not in ("person", "org", "source", "definite"):
        return False
    word = phrase.stop
    if phrase.kind == "source" and word < stop and index.keys[word] in _SOURCE_COMPLEMENT:
        # "يقول المدافعون عن حقوق الإنسان، إنه": the group's complement, then what it says
        # (with its comma or without: "يقول المدافعون عن حقوق الانسان انه")
        word = next(
            (
                k
                for k in range(word + 1, min(stop, word + 1 + SOURCE_COMPLEMENT_WORDS))
                if not index.is_word[k] or index.keys[k] in PARTICLES
            ),
            word,
        )
    while word < stop and index.keys[word] in SVO_FILLERS:  # "قالت الشرطة أيضا إنه"
        word += 1
    if word + 1 < stop and index.words[word].text in COMMAS:
        word += 1  # "واس أكد الأمين العام …، الدكتور فلان، أن": the name set off by commas
    return word < stop and (index.keys[word] in PARTICLES or index.words[word].text == ":")


TITLE_BEFORE_NAME = 5  # words between a title's head and the name: "وزير الخارجية البريطاني فيليب"
_FORMER = match_keys("السابق السابقة الأسبق الأسبقة")
TITLED_ANTECEDENT_WORDS = 6  # "مدير إدارة مرور جدة الذي أوضح": title words before the place


def _titled_antecedent(
    index: ArticleIndex,
    book: SpeakerBook,
    place: int,
    cue_word: int,
    sentence_first: int,
    last: Speaker | Source | None,
) -> Subject | None:
    """The title a relative clause's place ends (``… مدير إدارة مرور جدة الذي أوضح أن``:
    the director spoke, not Jeddah), or None when no title heads the words before it."""
    span = index.entity_span[place]
    if not any(index.keys[k] in RELATIVES for k in range(span.stop, cue_word)):
        return None
    start = None
    for k in range(span.first - 1, max(sentence_first, span.first - TITLED_ANTECEDENT_WORDS) - 1, -1):
        if not index.is_word[k] or index.keys[k] in PARTICLES or k in index.cues:
            break
        if index.keys[k] in PERSON_TITLES or index.keys[k] in ORG_HEADS:
            start = k
    if start is None:
        return None
    phrase = read_subject(index, start, span.stop)
    if phrase is None or phrase.stop != span.stop or phrase.kind not in ("person", "org"):
        return None
    found = subject_of_phrase(index, book, phrase, False, last)
    return (
        None if found is None else Subject(found.speaker, found.source, start, span.stop, True, found.mention)
    )


def _title_over_body(
    index: ArticleIndex, book: SpeakerBook, body: int, cue_word: int, sentence_first: int
) -> Subject | None:
    """The person a title names when the body or place before the verb is the title's
    genitive and the title opens the subject (``وكان رئيس [ORG مجلس النواب العراقي] أعلن``،
    ``رئيس [ORG الوزراء] يؤكد``): the head of the body speaks, not the body; None when no
    person title stands right before the body."""
    first = index.entity_span[body].first
    if not (
        first - 1 >= sentence_first
        and index.keys[first - 1] in PERSON_TITLES
        and index.keys[first - 1] not in ORG_HEADS
        and index.untagged_word(first - 1)
    ):
        return None
    return _was_subject(index, book, cue_word, sentence_first) or (
        _opening_phrase(index, book, cue_word, sentence_first) if first - 1 == sentence_first else None
    )


# A body's head with a verbal noun's shape that ORG_HEADS lacks: "أعلن مرور الرياض" (the
# traffic police). Other heads of bodies (حرس، جهاز، كتائب، مطار …) have no such shape.
_BODY_HEADS = match_keys("مرور")


PRAISED_REACH = 3  # subject words before a marked verb's بـ object: "وأشاد العميد سرحان بمواقف"


def _praised_at(index: ArticleIndex, cue_word: int, stop: int) -> int:
    """Where a marked verb's بـ object opens after a subject that is only a name, with
    its rank (``وأشاد العميد سرحان بمواقف الرئيس هادي``: the subject is سرحان, not "the
    president Hadi" in the object), else ``stop``. After a title the بـ word is its field
    (``كشف المتحدث الرسمي بجوازات منطقة عسير``، ``وزير الدولة بالاتصالات``)."""
    for k in range(cue_word + 2, min(stop, cue_word + 2 + PRAISED_REACH)):
        key = index.keys[k]
        if not index.is_word[k] or k in index.cues or key in PARTICLES:
            return stop
        if (nisba_shape(key) or key.endswith("يان")) and any(  # (and the dual: بريطانيان)
            is_source_head(index.keys[j]) for j in range(max(cue_word + 1, k - 2), k)
        ):
            continue  # "كشفت مصادر برلمانية عن …"، "مسؤول بريطاني": the source's nisba, not بـ + object
        if (
            index.bi_object(k)
            and len(key) >= 4  # "وطالب «بلو» الهيئة": a name that starts with ب
            and key[1:3] != "ال"
            and key not in LED_BY
            and all(
                index.keys[j] in HONORIFICS
                or j in index.entity_of
                or name_like(index, j)
                or plural_group(index.keys[j])  # "وأفادت المصادر ذاتها بوصول 400 نازح"
                or index.keys[j] in SAME
                for j in range(cue_word + 1, k)
            )
        ):
            return k
    return stop


ACCUSED_TOGETHER = 2  # more names joined by و that one verb accuses


def _accused(index: ArticleIndex, word: int, stop: int) -> bool:
    """Whether the entity opening at ``word`` is followed at once by a بـ word, of what it
    is accused, past others joined to it by و: ``واتهم [GPE أوكرانيا] بشن قصف``، ``واتهم [ORG حزب
    العمال] و[ORG داعش] بأن`` (not ``واتهمت [GPE روسيا] [GPE أوكرانيا] بشن``, where the first is
    the subject)."""
    entity = index.entity_at_first.get(word)
    if entity is None:
        return False
    after = index.entity_span[entity].stop
    for _ in range(ACCUSED_TOGETHER):  # "واتهم حزب العمال الكردستاني وتنظيم داعش بأن": both accused
        if after >= stop or index.keys[after][:1] != "و":
            break
        other = next((k for k in (after, after + 1) if k in index.entity_at_first), None)
        if other is None:
            break
        after = index.entity_span[index.entity_at_first[other]].stop
    key = index.keys[after] if after < stop else ""
    return key[:1] == "ب" and len(key) >= 3 and after not in index.entity_of


def _accuser_before_accused(index: ArticleIndex, phrase: SubjectPhrase, stop: int) -> SubjectPhrase | None:
    """The accuser's title alone when the name a long title phrase ends on is whom he
    accuses, of what follows in بـ (``اتهم زعيم [ORG حزب الشعب] أكبر أحزاب المعارضة الرئيس
    [PER فلان] بعرقلة …``): a second, definite title after a body starts the accused."""
    if not (
        phrase.kind == "person"
        and phrase.title is not None
        and phrase.stop < stop
        and index.keys[phrase.stop][:1] == "ب"
        and phrase.stop not in index.entity_of
    ):
        return phrase
    first, end = phrase.title
    for k in range(first + 2, end):
        if (
            index.keys[k].startswith("ال")
            and index.keys[k] in PERSON_TITLES
            and index.untagged_word(k)
            and any(w in index.entity_of for w in range(first + 1, k))
        ):
            return read_subject(index, phrase.first, k, objects=True)
    return phrase


def _group_next(index: ArticleIndex, word: int) -> bool:
    """Whether an unnamed group or some of one opens at ``word``: ``بعض المغردين``،
    ``مراقبون``، ``المواطنون``."""
    if word >= len(index.keys) or not index.untagged_word(word):
        return False
    key = index.keys[word]
    return key in SOME_OF or plural_group(key) or is_source_head(key)


def _described_first(index: ArticleIndex, cue_word: int, stop: int) -> bool:
    """Whether وصف's next words are what it describes, up to its بأن/بـ (``ووصف قصف
    الانفصاليين في الساعات الأخيرة بأنه الأعنف``): no entity, title, honorific, body or
    source opens them, and a بأنّ or a بـ + definite word comes before any other
    punctuation, cue or particle."""
    word = cue_word + 1
    if index.keys[cue_word] not in DESCRIBING_VERBS or word >= stop or not index.is_word[word]:
        return False
    key = index.keys[word]
    if (
        word in index.entity_of
        or key in PERSON_TITLES
        or key in HONORIFICS
        or key in ORG_HEADS
        or key in _BODY_HEADS
        or is_source_head(key)
        or plural_group(key)
        or key in SOME_OF  # "وصف بعض المغردين ما يقدمه بـ”الهياط”": some of them describe
    ):
        return False
    for k in range(word + 1, min(stop, word + 2 * OBJECT_REACH)):
        if index.keys[k] in PARTICLES:
            return index.keys[k].startswith("ب")  # بأنه، بأنها
        if index.keys[k].startswith("بال") and k not in index.entity_of:
            return True  # "ووصف الاتفاق بالتاريخي"
        if not index.is_word[k] or k in index.cues:
            return False
    return False


def _object_first(index: ArticleIndex, cue_word: int) -> bool:
    """Whether an object verb's next word opens its object: an indefinite verbal noun
    in construct (:func:`~qawl.attribution.titles.masdar_shape`), none of a title, honorific, source or body
    (``وأكد وقوف البرلمان العربي خلف حق …``، ``وأكد دعم مسار حقوق الإنسان``). A name read there is part
    of what was said, not the subject; a bare name before أن was read as the subject
    phrase before this is asked (``وأكد نشوان الحسام أن``). A subject in construct is
    followed by what it said, after إن/أن or a colon (``وأكد والد الطفل أن``,
    ``وأعلن مدرب الفريق لـ«اليوم»: …``): then this is no object."""
    word, verb = cue_word + 1, index.keys[cue_word]
    if verb in EXPLAINING and index.cues[cue_word].kind != "present" and word + 1 < len(index.keys):
        # "وأوضح أهمية ومكانة [GPE الطائف]"، "موضحاً لهم أهمية …": what he stressed, no subject
        stressed = word + 1 if index.keys[word] in TO_THEM else word
        return index.keys[stressed] in STRESSED
    if (
        verb not in OBJECT_VERBS
        or verb in ADDRESSING_VERBS  # "وناشد اهل اليمن": whom he appealed to
        or verb in CALLS
        or index.cues[cue_word].kind != "past"  # "تقرير طبي … يؤكد تلقيه العلاج": a clause
        or word + 1 >= len(index.keys)
    ):
        return False
    key = index.keys[word]
    if verb in ASCRIBING and _ascribed_first(index, word):
        return True  # "وأرجع استخدام الحوثيين للألغام … إلى وجود ارتباك": what, then to what
    return (
        index.untagged_word(word)
        and not key.startswith("ال")
        and index.is_word[word + 1]
        # titles, bodies and names that have a verbal noun's shape (أستاذ، مفوض، تحالف، اتحاد،
        # سعود); honorifics and place nouns have none (مدينة الملك عبدالله)
        and key not in PERSON_TITLES
        and key not in ORG_HEADS
        and key not in _BODY_HEADS
        and key not in FIRST_NAMES
        and not is_source_head(key)
        and not plural_group(key)
        and name_like(index, word)
        and masdar_shape(key)
        and not any(
            index.keys[k] in PARTICLES or index.words[k].text in (":", *QUOTE_MARKS)
            for k in range(word + 1, min(word + OBJECT_REACH, len(index.keys)))
        )
    )


ASCRIBE_REACH = 12  # words from what is ascribed to its إلى


def _ascribed_first(index: ArticleIndex, word: int) -> bool:
    """Whether an ascribing verb's next word opens what it ascribes: a plain noun (a verbal
    noun, or any with its إلى ahead), not a title, body, name or source, إلى within
    :data:`ASCRIBE_REACH` words and no إن/أن before it."""
    key = index.keys[word]
    if (
        not index.untagged_word(word)
        or key in PERSON_TITLES
        or key in HONORIFICS
        or _head(key) in ORG_HEADS
        or key in FIRST_NAMES
        or is_source_head(key)
    ):
        return False
    for k in range(word + 1, min(word + ASCRIBE_REACH, len(index.keys))):
        if index.keys[k] in PARTICLES or index.words[k].text in ".!?؟:":
            return False
        if index.keys[k] == "الى":
            return masdar_shape(_head(key)) or key.startswith("ال") or _possessed(key)
    return False


# "Turning his words to": whom the speaker addressed, after the verb ("وأضاف موجها خطابه لزعيم
# الجماعة «…»"), never the subject.
_TURNING = match_keys("موجها موجهة موجهاً موجهةً")
_WORDS_OF = match_keys("خطابه خطابها كلامه كلامها حديثه حديثها رسالته رسالتها")


def _addressing_aside(index: ArticleIndex, word: int) -> bool:
    """Whether "موجها خطابه" (turning his words) opens at ``word``."""
    return word + 1 < len(index.keys) and index.keys[word] in _TURNING and index.keys[word + 1] in _WORDS_OF


# Words between a verb and its subject that are neither: "at that time" ("وأوضح آنذاك مسؤول
# في منظمة الأغذية أن"، "وذكر حينها فلان، الناطق …، أن"، "قال خلاله القائد المحلي للشرطة
# فلان") and to whom, as a pronoun ("وقال له رئيس اللجنة إن": the chairman, not whom he
# told). With nothing after them, "وقال حينها إن"، "وقالت لها إن" name no subject.
_INTERPOSED = match_keys("آنذاك انذاك حينذاك وقتذاك وقتها حينها خلاله خلالها له لها لهم لهما لنا")


def _past_interposed(index: ArticleIndex, word: int, stop: int) -> int:
    """The first word after an interposed "at that time", "to him" or "for his part", or the
    "in it" of a time's relative clause, else ``word``."""
    if word + 2 < stop and index.keys[word] == "من" and index.keys[word + 1] in ONES_SIDE:
        return word + 2  # "ويقول من جانبه أمين عام اللجنة السابق: إن …": for his part
    if word + 1 < stop and index.in_a_time(word - 1):
        return word + 1  # "في الوقت الذي أعلنت فيه [ORG الوزارة] …": the subject follows "in it"
    return word + 1 if word + 1 < stop and index.keys[word] in _INTERPOSED else word


def _amma_subject(
    index: ArticleIndex, book: SpeakerBook, cue_word: int, sentence_first: int, last: Speaker | Source | None
) -> Subject | None:
    """The person or body named right after أما, whose فقال follows: "أما إسماعيل أبو حديد،
    عضو الهيئة العليا لحزب النور، فقال: إن" (not the body in his title, the nearest name)."""
    amma = max(k for k in range(sentence_first, cue_word) if index.keys[k] == "اما")
    phrase = read_subject(index, amma + 1, cue_word)
    if (
        phrase is None
        or phrase.kind not in ("person", "org", "source")
        or (phrase.name is None and phrase.entity is None and phrase.kind == "person")
    ):
        return None
    return _fronted_subject(index, book, phrase, last)


_ALL_ACCUSATIVE = match_keys("جميعا كافة")  # (جميعاً folds to جميعا)


def verb_subject(
    index: ArticleIndex,
    book: SpeakerBook,
    cue_word: int,
    sentence_first: int,
    sentence_stop: int,
    last: Speaker | Source | None,
    last_line: int,
) -> Subject:
    """The subject of the reporting verb at ``cue_word``.

    Tried in order: a fronted speaker entity (SVO), unless the verb carries و/ف
    or a person is named after a fronted place (``تل أبيب، قال رئيس الأركان``);
    the subject phrase after the verb (:func:`~qawl.attribution.phrases.read_subject`:
    an honorific pronoun or a document continues the last speaker; a source is
    kept unnamed; a name, title or organization names a speaker, found again by
    surname or title); an entity a few words on (VSO); a definite noun from the
    last speaker's name; a pronoun subject, which takes the subject of the verb
    opening the sentence, else the last speaker (for continuing verbs, or on the
    same line).

    Returns:
        The :class:`Subject`.
    """
    cue, key = index.cues[cue_word], index.keys[cue_word]
    if (
        key in DESCRIBING_FORMS
        and cue_word
        and index.keys[cue_word - 1] in RELATIVES
        and not _group_next(index, cue_word + 1)  # "الذي وصفه بعض المغردين بأنه …": they did
    ):
        return _continue(last)  # "وقوات التحالف الذين وصفهم بـ…": whom the speaker described
    if there_are_some(index.keys, cue_word) is not None and cue_word - 2 >= sentence_first:
        # "إلا أن هناك من يرى أن …": some who think so, unnamed, never the last speaker
        first = cue_word - 2
        return Subject(source=_source_of(index, (first, cue_word)), first=first, stop=cue_word, fronted=True)
    caller = _caller(index, cue_word, sentence_first)
    if caller is not None:
        # "وتلقى الأمير فلان اتصالاً هاتفياً من الشيخ [PER …] … أدان فيه …": the caller said it
        return Subject(index.speakers[caller], first=cue_word + 1, stop=cue_word + 2)
    if _said_in_document(index, cue_word, sentence_first):
        # "أصدرت إدارة النادي بيانا رسميا أعلنت فيه عن …": who issued it, never a name after
        issuer = opening_subject(index, sentence_first, cue_word)
        subject = Subject(index.speakers[issuer]) if issuer is not None else _continue(last)
        return replace(subject, first=cue_word + 1, stop=cue_word + 2)  # what is said follows فيه
    issuer = _document_issuer(index, cue_word, sentence_first)
    if issuer is not None:
        # "جاء ذلك في البيان الذي أصدره الأمين العام … الدكتور [PER فلان] والذي قال فيه إن":
        # the one who issued the document the relative names
        return Subject(index.speakers[issuer], first=cue_word + 1, stop=cue_word + 2)
    learned = _learned_from(index, book, cue_word, sentence_stop, last) if key in LEARNED else None
    if learned is not None:
        return learned
    # (the و of "واعتبرتها" joins it to the sentence's verb too, though bare "اعتبرتها" is no cue)
    prefixed = (key[:1] in "وف" and key[1:] in CUES) or key in CONSIDERING_IT
    if key[:1] == "ف" and "اما" in index.keys[sentence_first:cue_word]:
        prefixed = False  # "أما رئيس الوفد فلان فقال"
        topic = _amma_subject(index, book, cue_word, sentence_first, last)
        if topic is not None:
            return topic
    described = None if prefixed else _described_after_was(index, cue_word, sentence_first)
    if described is not None:
        return described
    if not prefixed and _opens_with_was(index, sentence_first, cue_word):
        # "وكان مسؤول بمجلس [ORG شورى] [ORG مقاتلي درنة] قد صرح بأن": an unnamed source
        # whose body the tagger cut speaks, not the body's tail right before the verb
        was = _was_subject(index, book, cue_word, sentence_first)
        if was is not None and was.source is not None:
            return was
    before = None if prefixed else subject_before(index, cue_word, sentence_first)
    if before is not None:
        titled_body = _title_over_body(index, book, before, cue_word, sentence_first)
        if titled_body is not None:
            return titled_body
    if before is not None and index.speakers[before].label == "GPE":
        titled = _titled_antecedent(index, book, before, cue_word, sentence_first, last)
        if titled is not None:
            return titled
    if key in SHOWING or (
        cue_word + 1 < sentence_stop
        and index.keys[cue_word + 1] in _DATA_SUBJECTS
        and cue.kind != "participle"
    ):
        return _data_owner(index, cue_word, sentence_stop, last)  # "كشفت دراسة صادرة من …"
    if (
        cue.kind != "participle"
        and last is not None
        and cue_word + 1 < sentence_stop
        and index.keys[cue_word + 1] in DATA_NOUNS
        and index.keys[cue_word + 1].startswith("ال")
    ):
        # "وقال الملحم لـ(اليوم) تؤكد المعلومات التاريخية ارتباط [GPE الأحساء] بالنخلة": the
        # data he cites, in his words; never a name in what it shows
        going_on = _continue(last)
        return Subject(going_on.speaker, going_on.source, first=cue_word + 1, stop=cue_word + 2)
    if before is None and not prefixed:
        fronted = _fronted_phrase(index, book, cue_word, sentence_first, cue.kind == "present")
        if fronted is not None:
            return fronted
    if (
        before is None
        and isinstance(last, Source)
        and cue_word + 2 < sentence_stop
        and (index.keys[cue_word + 1] in _THIS or index.keys[cue_word + 1] in _THE_SAME)
        and (index.keys[cue_word + 2] in _THE_SOURCE or index.keys[cue_word + 2] in SOURCE_HEADS)
    ):
        # "وقال هذا المصدر"، "تلك المصادر"، "وقالت ذات المصادر"، "وأضاف هذا المسؤول الذي طلب …"
        return Subject(source=last, first=cue_word + 1, stop=cue_word + 3)
    if cue.plural and before is None:  # "وطالبوا فيه الوزير …": a group named before
        group = opening_subject(index, sentence_first, cue_word)
        if group is not None and _plural_name(index, group):
            # "وكان [الحوثيون] … استولوا على الرضمة فيما قالوا إنها ثورة": the sentence's group
            return Subject(index.speakers[group])
        return _continue(last)
    if before is None and cue_word + 1 < sentence_stop and index.according_at(cue_word + 1):
        return _continue(last)  # "وقال وفقاً لما نقلته وكالة الأنباء إن": the credit, no subject
    if before is None and _addressing_aside(index, cue_word + 1):
        return _continue(last)  # "وأضاف موجها خطابه لزعيم الحوثيين «…»": whom he spoke to
    if before is None and cue_word + 2 < sentence_stop and without_that(index.keys, cue_word + 1):
        return _continue(last)  # "وكتب دون أن يذكر [PER إردوغان] بالاسم «…»": whom he did not name
    takes_object = (
        key in OBJECT_VERBS or key in MARKED_OBJECT_VERBS or key in ADDRESSING_VERBS or key in REFUSING
    )
    # "وأكد وقوف البرلمان …"، "وأعرب عن أمله في المرونة التي تبديها موسكو …": no subject after the verb
    object_first = (
        _object_first(index, cue_word)
        or _described_first(index, cue_word, sentence_stop)
        or index.marker_follows(cue_word, sentence_stop)
        # "وقال في مؤتمر صحفي عقده ونظيره الألماني فلان … إنه": whom he met, not the subject
        or index.occasion_with_clause(cue_word + 1, sentence_stop)
    )
    # "وأكدت، في بيان صادر عن وزارة خارجيتها، تضامنها": the subject, if any, comes after the aside
    aside = index.past_occasion_aside(cue_word + 1, sentence_stop)

    def read(objects: bool) -> SubjectPhrase | None:
        return read_subject(
            index,
            aside
            or after_media_phrase(
                index,
                _past_interposed(index, cue_word + 1, sentence_stop),
                sentence_stop,
                told=key in TELLING,
            ),
            _praised_at(index, cue_word, sentence_stop) if key in MARKED_OBJECT_VERBS else sentence_stop,
            # a present verb reads a bare name only before its colon ("ويضيف طواشي :"), or
            # after "says" ("ويقول علي العواضي وهو من سكان صنعاء إن")
            bare_names=cue.kind != "present"
            or key in _SAYS_NOW
            or index.keys[min(cue_word + 2, sentence_stop - 1)] == ":",
            objects=objects,
        )

    phrase = None if object_first else read(takes_object)
    if phrase is not None and key in DESCRIBING_VERBS and phrase.name is None and phrase.entity is None:
        # "ووصف الوزير الهجوم بالجبان": what a title describes ends it; a title running on to
        # its holder's name keeps him ("وصف الأكاديمي والمتخصص في … الدكتور [PER فلان] من …")
        phrase = read(True)
    if (
        before is None
        and phrase is not None
        and phrase.entity is not None
        and phrase.first == cue_word + 1
        and _feminine_name(index, phrase.entity)
        and (key in CALLS or key in ADDRESSING_VERBS)
        and cue.kind == "past"
        and not key.endswith("ت")
    ):
        return _continue(last)  # "ودعا الهند إلى"، "ودعا وكالة التنمية": she would take دعت; whom he called
    if (
        before is None
        and cue_word > sentence_first
        and index.keys[cue_word - 1] == AS_WELL
        and key in OBJECT_VERBS
        and phrase is not None
        and phrase.kind == "definite"
        and phrase.first == cue_word + 1
        and index.keys[phrase.first] not in _THE_COUNTRY
    ):
        return _continue(last)  # "كما أدان النظام القضائي …": he also condemned it, its object
    if before is None and key in ACCUSES and _accused(index, cue_word + 1, sentence_stop):
        return _continue(last)  # "واتهم أوكرانيا بشن قصف مدفعي": whom he accused, the subject unsaid
    if (
        before is None
        and (key in CALLS or key in ADDRESSING_VERBS)
        and cue_word + 1 < sentence_stop
        and (
            index.keys[cue_word + 1] in _ALL
            # a definite noun no title, body or name heads: "وحث الأطراف المتحاربة على السعي …"
            or (phrase is not None and phrase.kind == "definite" and phrase.first == cue_word + 1)
            # a body after a masculine verb: "وحث الحكومة على …" (she would take حثت)
            or (index.keys[cue_word + 1].startswith("ال") and _object_body(index, cue_word, cue_word + 1))
        )
    ):
        return _continue(last)  # "وحث جميع الأطراف على …": all of them are whom he urged
    if (
        before is None
        and phrase is not None
        and phrase.first == cue_word + 1
        and addressee(index, phrase.first)
    ):
        return _continue(last)  # "وأضاف لرويترز: …": whom he told, and no subject after it
    if (
        before is None
        and phrase is not None
        and phrase.kind == "source"
        and phrase.first == cue_word + 1
        and (takes_object or key in CALLS)
        and (
            _accusative_plural(index.keys[phrase.first])
            # "all of them" in the accusative after the group: "ودعا نواب المحافظة جميعا للعمل"
            or any(
                index.keys[k] in _ALL_ACCUSATIVE
                for k in range(phrase.first + 1, min(phrase.stop + 1, sentence_stop))
            )
        )
    ):
        return _continue(last)  # "ودعا السياسيين إلى التحرك": whom he called, in the accusative
    if (
        key in BLAMES
        and phrase is not None
        and phrase.stop < sentence_stop
        and index.responsibility(phrase.stop)
    ):
        # "وحمّل [ORG الحزب] مسؤولية …": the phrase reaching the responsibility is whom
        # the speaker blames; the speaker is before it, or the last one.
        blamed = next((k for k in range(phrase.first, phrase.stop) if k in index.entity_at_first), None)
        if blamed is None or blamed == phrase.first:
            return _continue(last)
        phrase = read_subject(index, phrase.first, blamed, objects=True)
    if key in ACCUSES and phrase is not None:
        phrase = _accuser_before_accused(index, phrase, sentence_stop)
    person_after = (
        phrase is not None
        and phrase.kind == "person"
        and (phrase.name is not None or phrase.entity is not None)
    )
    if before is not None and not (
        (index.speakers[before].label != "PER" and index.after_comma(cue_word) and person_after)
        or _vso_subject(index, phrase, sentence_stop)
    ):
        entity = index.entity_span[before]
        if (
            index.speakers[before].label == "PER"
            and entity.stop == cue_word - 1
            and index.untagged_word(cue_word - 1)
            and name_like(index, cue_word - 1)
        ):
            # "[PER أمين] مشاقبة أكد": the family name the tagger cut is part of the name
            full = (entity.first, cue_word)
            return Subject(
                book.named(full),
                first=entity.first,
                stop=cue_word,
                fronted=True,
                mention=Mention(*index.char_span(full)),
            )
        start, end = index.char_span((entity.first, entity.stop))
        return Subject(
            index.speakers[before],
            first=entity.first,
            stop=entity.stop,
            fronted=True,
            mention=Mention(start, end),
        )
    if phrase is not None and _upon_own(index, phrase.first, sentence_stop):
        phrase = None  # "وقال فور وصوله في تصريحات …": when (upon his arrival), not who
    if phrase is not None and key in CONSIDERING_IT and index.keys[phrase.first] in REPORT_NOUNS:
        phrase = None  # "واعتبرتها تصريحات تثير الفتنة": what she judged them, no one who judges
    if phrase is not None and key in CONSIDERING_IT and phrase.kind == "source":
        # "وتعتبره جماعات مدنية ليبرالية انتكاسة للإجراءات": the source's adjectives end at
        # what they judged it to be (a word of no relative adjective's shape)
        judged = next(
            (k for k in range(phrase.first + 1, phrase.stop) if not index.keys[k].endswith(_NISBA)),
            phrase.stop,
        )
        title = (phrase.title[0], min(phrase.title[1], judged)) if phrase.title else None
        phrase = replace(phrase, stop=judged, title=title)
    if phrase is not None:
        found = subject_of_phrase(index, book, phrase, cue.continues, last)
        if found is not None:
            return found
    after = None if object_first or aside else subject_after(index, cue_word, sentence_stop)
    if after is not None and _in_place_phrase(index, cue_word, after):
        after = None  # "وقال أمام لجنة [ORG القوات المسلحة] في مجلس الشيوخ إنه": where he spoke
    if after is None and phrase is None and not prefixed and before is None and cue.kind == "past":
        # SVO with no entity in the subject and nothing after the verb: "صحيفة "الأيام"
        # البحرينية أوضحت أن …"
        whole = _opening_phrase(index, book, cue_word, sentence_first)
        if whole is not None:
            return whole
    if after is not None:
        entity = index.entity_span[after]
        start, end = index.char_span((entity.first, entity.stop))
        return Subject(
            index.speakers[after], first=entity.first, stop=entity.stop, mention=Mention(start, end)
        )
    last_speaker = last if isinstance(last, Speaker) else None
    if refers_back(index, cue_word, last_speaker):
        return _continue(last)
    # "وأكد وقوف البرلمان …": what he affirmed, the subject unsaid; "ونشر [ORG أرسنال] بيانا …
    # ونفى الأنباء عن …": a definite object after a second verb with و, whose subject opened the sentence
    second_verb_object = prefixed and takes_object and phrase is not None and phrase.kind == "definite"
    # "واعتبرتها تصريحات تغذي التطرف": its pronoun is what was just said, no subject after it
    judged_it = key in CONSIDERING_IT and phrase is None
    # "وعن الموقف من الأسرى قال نحن نقود …": asked about a topic, the last speaker answers
    answers = (
        phrase is None
        and after is None
        and index.keys[_opener(index, sentence_first, cue_word)] in _TOPIC_OPENERS
    )
    if (
        object_first
        or second_verb_object
        or judged_it
        or answers
        or names_no_subject(index, cue_word, sentence_stop, cue.continues)
    ):
        opening = opening_speaker(index, book, sentence_first, cue_word)
        if opening is not None:
            return opening
        if cue.continues or answers or last_line == index.line[cue_word]:
            return _continue(last)
    return Subject()
