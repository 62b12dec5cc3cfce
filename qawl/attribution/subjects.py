"""Who a reporting cue's subject is: the entity before it (SVO), after it (VSO), or none named.

Each function reads an :class:`~qawl.attribution.index.ArticleIndex` by word
index and returns an entity number (a key of ``index.speakers``) or None. The
sentence rules in :mod:`qawl.attribution.rules` combine them.
"""

from __future__ import annotations

from qawl.attribution.cues import CUES, NO_SUBJECT_NEXT, PARTICLES, RELATIVES, SVO_FILLERS
from qawl.attribution.index import ArticleIndex
from qawl.data.text import match_keys
from qawl.document import Speaker

VSO_WINDOW = 10  # words (an entity counts one) between a verb and its subject's name
SVO_REACH = 6  # words scanned back from a verb for its fronted subject


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
                return None if index.prepositional(entity) else entity
            word = index.entity_span[entity].first - 1  # a date between subject and verb
        elif index.keys[word] in SVO_FILLERS or index.keys[word] in RELATIVES or not index.is_word[word]:
            word -= 1
        else:
            return None
    return None


def subject_after(index: ArticleIndex, cue_word: int, sentence_stop: int) -> int | None:
    """VSO: the first person among the next few words, else an ORG/GPE.

    A person right after the organization wins ("المتحدث باسم الخارجية
    الأمريكية ماثيو ميلر"), so does one after titles ("وزير الخارجية لافروف").
    """
    seen, other, other_seen = 0, None, 0
    word = cue_word + 1
    while word < sentence_stop and seen < VSO_WINDOW and (other is None or seen <= other_seen + 3):
        if word in index.cues or index.keys[word] in PARTICLES or index.words[word].text == ":":
            break
        if index.speech_quote(word):
            # An unlabelled quoted name in a title, رئيس “المجلس الأوروبي للعلاقات”:
            # a name may follow it; were it speech, none will.
            word, seen = index.quote_at[word].closing_word + 1, seen + 1
            continue
        entity = index.entity_at_first.get(word)
        if entity is not None:
            speaks = entity in index.speakers and not index.prepositional(entity)
            if speaks and index.speakers[entity].label == "PER":
                return entity
            if other is not None or speaks:
                other = entity if other is None else other
                other_seen = seen  # the title runs on: سفير روسيا لدى الأمم المتحدة
            word, seen = max(word + 1, index.entity_span[entity].stop), seen + 1
            continue
        seen += index.is_word[word]
        word += 1
    return other


def names_no_subject(index: ArticleIndex, cue_word: int, sentence_stop: int, continues: bool) -> bool:
    """Whether the verb has a pronoun subject ("وأكدت أن", "وقال في"), or, for a
    continuing verb, a definite one that points back ("وأضاف المسؤول")."""
    following = cue_word + 1
    if following >= sentence_stop or not index.is_word[following] or index.keys[following] in NO_SUBJECT_NEXT:
        return True
    entity = index.entity_of.get(following)
    if entity is not None:
        return entity not in index.speakers
    key = index.keys[following]
    return key[:1] in ("ل", "ب") or (continues and key[:2] == "ال")


def refers_back(index: ArticleIndex, cue_word: int, speaker: Speaker | None) -> bool:
    """Whether the verb's subject is a definite noun from the last speaker's
    name: "وقالت الوزارة" after "وزارة الدفاع الروسية"."""
    key = index.keys[cue_word + 1] if cue_word + 1 < len(index.words) else ""
    return speaker is not None and key[:2] == "ال" and key[2:] in match_keys(speaker.name)


def opening_subject(index: ArticleIndex, sentence_first: int, cue_word: int) -> int | None:
    """The subject of the verb opening the sentence, for a later verb or
    participle naming none: "من جهتها، رحبت الحكومة بالخطوة، وقالت إن"."""
    # Past a fronted "من جهتها،" or "وفي باريس،".
    opener = next(
        (
            k + 1
            for k in range(sentence_first, min(sentence_first + 5, cue_word))
            if index.words[k].text in ("،", ",")
        ),
        sentence_first,
    )
    entity = index.entity_at_first.get(opener, -1) if opener < cue_word else None
    if entity == -1:  # a verb: its subject follows
        return subject_after(index, opener, cue_word)
    return entity if entity in index.speakers and not index.prepositional(entity) else None


def verb_subject(
    index: ArticleIndex,
    cue_word: int,
    sentence_first: int,
    sentence_stop: int,
    last_speaker: Speaker | None,
    last_speaker_line: int,
) -> tuple[Speaker | None, int | None, int | None]:
    """The speaker of the reporting verb at ``cue_word``, and the entities naming it.

    Tried in order: a fronted subject (SVO) unless the verb carries و/ف; a subject
    after it (VSO), a person winning over a fronted place or organization; a
    definite noun pointing back to the last speaker; a pronoun subject, which
    takes the subject of the verb opening the sentence, else the last speaker
    (for continuing verbs, or on the same line).

    Returns:
        ``(speaker, named entity, fronted entity)``; the entities are None when
        the speaker was not named here.
    """
    cue, key = index.cues[cue_word], index.keys[cue_word]
    prefixed = key[:1] in "وف" and key[1:] in CUES
    if key[:1] == "ف" and "اما" in index.keys[sentence_first:cue_word]:
        prefixed = False  # "أما رئيس الوفد فلان فقال"
    before = None if prefixed else subject_before(index, cue_word, sentence_first)
    after = subject_after(index, cue_word, sentence_stop)
    if (
        before is not None
        and index.speakers[before].label != "PER"
        and index.after_comma(cue_word)
        and after is not None
        and index.speakers[after].label == "PER"
    ):
        before = None  # "تل أبيب، قال رئيس الأركان زامير": the person
    named = before if before is not None else after
    if named is not None:
        return index.speakers[named], named, before
    if refers_back(index, cue_word, last_speaker):
        return last_speaker, None, None
    if names_no_subject(index, cue_word, sentence_stop, cue.continues):
        opening = opening_subject(index, sentence_first, cue_word)
        if opening is not None:
            return index.speakers.get(opening, last_speaker), None, None
        if cue.continues or last_speaker_line == index.line[cue_word]:
            return last_speaker, None, None
    return None, None, None
