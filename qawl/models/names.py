"""Rules over a tagger's name spans, read on real newspaper text.

A tagger trained on a few thousand hand-written sentences finds names on real
papers in pieces and with their neighbours: a person in three persons
(``عبدالله`` ``محمد`` ``شيبان``), a nasab cut after ``بن``, a title inside the
span (``للدكتور فهد القريني``), two people joined by و, a date in fragments, a
surname found once and missed where the article repeats it, and guesses on
particles and generic heads (``فإن``, ``الجمعية``). The pipeline applies these
rules to every sentence's tags (:func:`tidy_tags`) and to every document's
entities (:func:`can_be_entity`, :func:`repeat_names`); each is measured on the
real-text dev set (``benchmarks/realnews.py``) and never on the holdout.

Words are compared by :func:`qawl.data.text.match_key`; tags are IOB2 over a
sentence's words (punctuation is a word of its own).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Container, Iterable, Sequence

from qawl.attribution.cues import (
    AGENCIES,
    CUES,
    MEDIA,
    NO_SUBJECT_NEXT,
    PARTICLES,
    SAYING,
    SPEECH_OCCASIONS,
    TO_PARTICLE,
    VERB_NEGATIONS,
    first_person,
    reporting_verb,
)
from qawl.attribution.titles import (
    FIRST_NAMES,
    FOREIGN_RANKS,
    HONORIFICS,
    NAME_LINKS,
    ORG_HEADS,
    PERSON_TITLES,
    PHRASE_STOPS,
    TOLD_JOURNALISTS,
    blessing_at,
    masdar_shape,
    plural_group,
)
from qawl.data.text import (
    CLITICS,
    Word,
    after_li,
    extend_over_marks,
    has_tanwin,
    is_function_word,
    match_key,
    match_keys,
    spelling_key,
    strip_marks,
)
from qawl.document import Entity

_FUTURE = "س"
_PRESENT_PREFIXES = "يتن"  # not أ: after folding سا- is سامي, سالما


def known_words(vocabulary: Iterable[str]) -> frozenset[str]:
    """The whole words of a tokenizer's vocabulary, by :func:`~qawl.data.text.spelling_key`.

    A WordPiece vocabulary holds the frequent words of the text it was trained on
    whole; :func:`is_future_verb` reads it as a list of common Arabic words.

    Example:
        >>> sorted(known_words(["[CLS]", "يقابل", "##ون", "الى"]))
        ['الي', 'يقابل']
    """
    return frozenset(
        spelling_key(t)
        for t in vocabulary
        if t and not t.startswith(("##", "[")) and any(c.isalpha() for c in t)
    )


def is_future_verb(word: str, known: Container[str]) -> bool:
    """Whether a word is a verb in the future tense: س + a present-tense verb it knows.

    A tagger that never saw ``سيقابل`` ("will be met") or ``سيناقش`` may call it a
    name. The present-tense form without the س (``يقابل``) is a common word, a
    whole word of the tagger's own vocabulary (``known``, :func:`known_words`);
    names that start the same way are not (``سيرغي`` → ``يرغي``, ``ستيفن``,
    ``سنغافورة``). The rest must be three letters or more (``سيف``، ``سيد`` stay).

    Example:
        >>> known = known_words(["يقابل", "نرى"])
        >>> [is_future_verb(w, known) for w in ["سيقابل", "وسنرى", "سيرغي", "سيف"]]
        [True, True, False, False]
    """
    key = spelling_key(word)
    if key[:1] in "وف" and key[1:2] == _FUTURE:
        key = key[1:]
    rest = key[1:]
    return key[:1] == _FUTURE and len(rest) >= 3 and rest[0] in _PRESENT_PREFIXES and rest in known


def drop_future_verbs(tags: Sequence[str], words: Sequence[str], known: Container[str]) -> list[str]:
    """No entity takes in a future-tense verb (:func:`is_future_verb`); the span after it reopens.

    Example:
        >>> drop_future_verbs(["B-ORG", "B-PER", "I-PER"], ["سيقابل", "مارك", "روته"], {"يقابل"})
        ['O', 'B-PER', 'I-PER']
        >>> drop_future_verbs(["B-PER", "I-PER", "I-PER"], ["مارك", "سيزور", "بغداد"], {"يزور"})
        ['B-PER', 'O', 'B-PER']
    """
    return _drop_words(tags, lambda k: is_future_verb(words[k], known))


def drop_negated_verbs(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """No entity starts on the verb after لم/لن (``المسؤول الذي لم [PER يشأ] كشف هويته``:
    a tagger that never saw the verb calls it a name); the span after it reopens.

    Example:
        >>> drop_negated_verbs(["O", "O", "O", "B-PER", "O"], ["المسؤول", "الذي", "لم", "يشأ", "كشف"])
        ['O', 'O', 'O', 'O', 'O']
    """
    return _drop_words(tags, lambda k: k > 0 and match_key(words[k - 1]) in VERB_NEGATIONS)


# Verbs of asking not to be named, before عدم: "مسؤول محلي فضل عدم الكشف عن اسمه".
_ASKED_NOT = match_keys("فضل فضلت فضلوا طلب طلبت طلبوا آثر آثرت آثروا اشترط اشترطت اشترطوا")
_NOT_TO = match_key("عدم")


def drop_anonymity_verbs(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """No entity holds the verb of a source asking not to be named (``وقال مسؤول محلي [PER
    فضل] عدم الكشف عن اسمه``: فضل is "preferred", a given name too), unless a reporting
    verb stands right before it, whose subject a name would be (``وأكد فضل عدم …``).

    Example:
        >>> drop_anonymity_verbs(["O", "O", "B-PER", "O"], ["مسؤول", "محلي", "فضل", "عدم"])
        ['O', 'O', 'O', 'O']
        >>> drop_anonymity_verbs(["O", "B-PER", "O"], ["وأكد", "فضل", "عدم"])
        ['O', 'B-PER', 'O']
    """
    return _drop_words(
        tags,
        lambda k: (
            k + 1 < len(words)
            and match_key(words[k + 1]) == _NOT_TO
            and match_key(words[k]) in _ASKED_NOT
            and not (k > 0 and _reporting_verb(words[k - 1], ("past",)))
        ),
    )


def drop_eulogies(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """No entity holds a blessing (:func:`~qawl.attribution.titles.blessing_at`): the tagger
    runs a name into it or calls its last word a person (``النبي صلى الله عليه [PER وسلم]``،
    ``[PER الملك عبدالله رحمه]``); the name before it keeps its own words.

    Example:
        >>> drop_eulogies(["B-PER", "I-PER", "I-PER", "O"], ["عبدالله", "رحمه", "الله", "قال"])
        ['B-PER', 'O', 'O', 'O']
    """
    keys = [match_key(w) for w in words]
    blessed: set[int] = set()
    for k in range(len(keys)):
        if length := blessing_at(keys, k):
            # a dash that opens the blessing goes with it: "وأبي هريرة ــ رضي الله عنه ــ"
            opens = k > 0 and not any(c.isalnum() and c != "\u0640" for c in words[k - 1])  # (ـ is a letter)
            blessed.update(range(k - opens, k + length))
    return _drop_words(tags, blessed.__contains__)


_ALLAH = match_key("الله")


def cut_god_after_family_name(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """No person ends on الله after a definite family name: the name before it is whom a
    prayer addresses God for (``ودعا الدكتور [PER خالد المصلح] الله أن ينتقم``); after an
    indefinite word الله is part of the name (``حسن نصر الله``، ``عبد الله``).

    Example:
        >>> cut_god_after_family_name(["B-PER", "I-PER", "I-PER", "O"], ["خالد", "المصلح", "الله", "أن"])
        ['B-PER', 'I-PER', 'O', 'O']
        >>> cut_god_after_family_name(["B-PER", "I-PER", "I-PER"], ["حسن", "نصر", "الله"])
        ['B-PER', 'I-PER', 'I-PER']
    """
    out = list(tags)
    for first, stop, label in _spans(out):
        if label == "PER" and stop - first >= 2 and match_key(words[stop - 1]) == _ALLAH:
            before = match_key(words[stop - 2])
            if before.startswith("ال") and before != _ALLAH:
                out[stop - 1] = "O"
    return out


def cut_told_journalists(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """No entity runs on into the journalists its speaker told (``وقال [ORG الجيش لصحفيين]
    يرافقون الوزير إن``: the army told journalists); the words from there are dropped.

    Example:
        >>> cut_told_journalists(["O", "B-ORG", "I-ORG", "O"], ["وقال", "الجيش", "لصحفيين", "يرافقون"])
        ['O', 'B-ORG', 'O', 'O']
    """
    out = list(tags)
    for first, stop, _ in _spans(out):
        told = _first_told(words, first, stop, TOLD_JOURNALISTS)
        if told is not None:
            out[told:stop] = ["O"] * (stop - told)
    return out


def _first_told(words: Sequence[str], first: int, stop: int, whom: Container[str]) -> int | None:
    """The first word after a span's first, before ``stop``, that is ل + whom its speaker told
    (a medium, journalists), or None."""
    return next((k for k in range(first + 1, stop) if match_key(words[k]) in whom), None)


def _reporting_verb(word: str, kinds: tuple[str, ...] = ("past", "present")) -> bool:
    key = match_key(word)
    return reporting_verb(key, kinds) or ("present" in kinds and first_person(key))


# Past reporting verbs that are given names too: "عزت الدوري"، "طالب الرفاعي".
_GIVEN_NAME_VERBS = match_keys("عزت طالب")


def drop_edge_verbs(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """No entity holds a reporting verb after its first word, nor starts on one in the
    present tense: the tagger ran a byline or a subject into the verb after it (``[ORG واس
    استنكر]``، ``[ORG أمانة الأحساء تبنت]``، a headline's ``[ORG إمارة الباحة يدين الإرهاب
    ويوجه]``: the verb and what follows it go), or a verb into what follows it
    (``[PER يفيد بنشوب]``، ``[GPE ويقول عاملون في المجال]``: the whole span goes, for
    what is left is the verb's subject or object, no name). A past verb that is a given name
    too may open a person's name (``عزت أبوعوف``، ``عزت الدوري``); any other goes before a
    definite word (``[ORG استنكرت الأمانة العامة]``، ``[PER أبلغ الجبوري]``), and after a
    name link any word is a name (``موفق أبو طالب``); a one-word span is
    :func:`can_be_entity`'s to judge.

    Example:
        >>> drop_edge_verbs(["B-ORG", "I-ORG", "O"], ["واس", "استنكر", "قائد"])
        ['B-ORG', 'O', 'O']
        >>> drop_edge_verbs(["B-GPE", "I-GPE", "I-GPE"], ["ويقول", "عاملون", "إنسانيون"])
        ['O', 'O', 'O']
        >>> drop_edge_verbs(["B-PER", "I-PER", "I-PER"], ["موفق", "أبو", "طالب"])
        ['B-PER', 'I-PER', 'I-PER']
        >>> drop_edge_verbs(["B-ORG", "I-ORG", "I-ORG"], ["استنكرت", "الأمانة", "العامة"])
        ['O', 'B-ORG', 'I-ORG']
    """
    out = list(tags)
    for first, stop, _ in _spans(out):
        if stop - first < 2:
            continue
        if _reporting_verb(words[first], ("present",)):
            out[first:stop] = ["O"] * (stop - first)
            continue
        if (
            (out[first][2:] != "PER" or match_key(words[first]) not in _GIVEN_NAME_VERBS)
            and _reporting_verb(words[first], ("past",))
            and match_key(words[first + 1]).startswith("ال")
        ):
            # "[ORG استنكرت الأمانة العامة]"، "[PER أبلغ الجبوري]": the verb before its
            # definite subject or object, never a name (a past verb opens a person's name
            # only where it is a given name too: عزت الدوري)
            out[first] = "O"
            out[first + 1] = "B-" + out[first + 1][2:]
            first += 1
            if stop - first < 2:
                continue
        # the first reporting verb after the first word ends the name, whatever follows it
        # ("[ORG إمارة الباحة يدين الإرهاب ويوجه]" → إمارة الباحة)
        verb = next(
            (
                k
                for k in range(first + 1, stop)
                if _reporting_verb(words[k]) and match_key(words[k - 1]) not in _NAME_LINKS
            ),
            None,
        )
        if verb is not None:
            out[verb:stop] = ["O"] * (stop - verb)
    return out


def _drop_words(tags: Sequence[str], dropped: Callable[[int], bool]) -> list[str]:
    """The tags with each tagged word ``dropped`` tells out of its entity; a span it cut
    reopens after it."""
    out = list(tags)
    for k in range(len(out)):
        if out[k] != "O" and dropped(k):
            out[k] = "O"
            if k + 1 < len(out) and out[k + 1].startswith("I-"):
                out[k + 1] = "B-" + out[k + 1][2:]
    return out


# Honorifics that mean something else too: الفريق is "the team", أول "first", سعادة
# "happiness" (سعادة غامرة).
_PLAIN_HONORIFICS = HONORIFICS - frozenset(match_keys("الفريق فريق أول ركن بحري طيار م د سعادة"))


def join_linked_names(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """A person's name that the tagger split at a link word or behind an honorific.

    A person ending on ``آل``/``أبو``/``عبد``/``بن`` takes in the next word whatever
    the tagger called it (``علي آل`` + ``[ORG حرفش]``); a one-word place right after an
    honorific is a given name (``المهندس [LOC فارس] الشفق``: فارس is also "Persia"); a person
    opened on ``ولد`` right after another goes on with it (``[إسماعيل] [ولد الشيخ]``).

    Example:
        >>> join_linked_names(["B-PER", "I-PER", "B-ORG", "O"], ["علي", "آل", "حرفش", "إن"])
        ['B-PER', 'I-PER', 'I-PER', 'O']
        >>> join_linked_names(["O", "B-LOC", "O"], ["المهندس", "فارس", "الشفق"])
        ['O', 'B-PER', 'O']
    """
    out = list(tags)
    for k in range(len(out) - 1):
        single = k + 2 >= len(out) or not out[k + 2].startswith("I-")
        if not single or not words[k + 1].isalpha():
            continue
        key = match_key(words[k])
        if (
            out[k] in ("B-PER", "I-PER")
            and key in _NAME_LINKS
            and out[k + 1] != "I-PER"
            and not is_function_word(words[k + 1])
        ):
            out[k + 1] = "I-PER"
        elif (
            key in _PLAIN_HONORIFICS
            and out[k + 1] in ("B-GPE", "B-LOC")
            and not match_key(words[k + 1]).startswith("ال")
            and _bare_key(words[k + 1]) not in ORG_HEADS  # المستشار بأكاديمية ناصر
        ):
            out[k + 1] = "B-PER"
    for k in range(1, len(out)):
        if out[k] == "B-PER" and out[k - 1] in ("B-PER", "I-PER") and match_key(words[k]) in _SON_OF:
            out[k] = "I-PER"  # "[PER إسماعيل] [PER ولد الشيخ]": one Mauritanian name
    return out


# "Son of" in Mauritanian names, which the tagger takes to open a new person: "إسماعيل ولد الشيخ".
_SON_OF = frozenset(match_keys("ولد"))
# Relative pronouns with the article (بنات فلان اللائي): never a family name.
_RELATIVE_ARTICLE = frozenset(match_keys("اللائي اللاتي اللواتي اللذين اللتين اللذان اللتان"))


def join_family_names(tags: Sequence[str], words: Sequence[str], known: Container[str]) -> list[str]:
    """A person the tagger ended on a given name takes in the family name after it.

    On real text the tagger often stops at the given name (``زهير`` of ``زهير النغموش``,
    ``حسين`` of ``حسين التاروتي``): the family name is a word it never saw. The word
    after the span joins it when it has the article, can end a name (not a particle,
    cue, title or organization head), is no plural or ``-ية`` adjective, and either is
    not a whole word of the tagger's vocabulary (``known``, :func:`known_words`: common
    words after a name, ``الموظف``، ``الهجوم``، ``التاريخي``, are; rare family names are
    not) or is one but a comma or a title follows it (``محمد المعجل رئيس اللجنة``: the
    name ends there; not a known nisba, a nationality, nor after a title word such as
    ``ولي``). A span already ending in an ``ال`` word (``الزبيدي``) is a full name, and
    a time word (``اليوم``) is none. On the real-text dev set this joined 12 names and
    broke none.

    Example:
        >>> known = known_words(["الموظف"])
        >>> join_family_names(["B-PER", "O", "O"], ["زهير", "النغموش", "قال"], known)
        ['B-PER', 'I-PER', 'O']
        >>> join_family_names(["B-PER", "O"], ["عبدالحافظ", "الموظف"], known)
        ['B-PER', 'O']
    """
    out = list(tags)
    if not known:
        return out  # no vocabulary: a rare word cannot be told from a common one
    for k in range(len(words) - 1):
        if out[k] not in ("B-PER", "I-PER") or out[k + 1] != "O":
            continue
        last, key = match_key(words[k]), match_key(words[k + 1])
        if (
            not last.startswith("ال")
            and key.startswith("ال")
            and len(key) >= 5
            and _family_like(words[k + 1])
            and not key.endswith(("ية", "يه", "ين", "ون", "ات"))
            and key not in _RELATIVE_ARTICLE
            and key not in NO_SUBJECT_NEXT
            and (
                spelling_key(words[k + 1]) not in known
                # a known nisba after a name is its nationality (ريفر بليت الأرجنتيني); a
                # title word before a known word is a title (ولي العهد), not a given name
                or (
                    _apposition_after(words, k + 2)
                    and not key.endswith(("ي", "ى"))
                    and _bare_key(words[k]) not in PERSON_TITLES
                )
            )
        ):
            out[k + 1] = "I-PER"
    return out


_CLAUSE_OPENERS = frozenset(("،", ",", ":"))


def join_surname_before_clause(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """A common given name tagged alone takes in the one word after it when what was said
    follows at once (``مدير الإعلام في "عكاظ" [PER محمد] سمان، أن`` → ``محمد سمان``، ``[PER
    يوسف] ادعيس أن``): a name ends before a comma, a colon or إن/أن, and the tagger stopped
    at the name it knew; so does a person's title (``[PER صالح] لنجف رئيس تحالف قبائل``).
    The word must be letters that can end a name, not a time word or adverb (``محمد أمس
    إن``، ``سعد مجددا أن``) nor a word behind ل/ب (``سعد لعكاظ، إن``، ``فهد بجدة، أن``),
    though a family name may start with با (``عبدالله بادغيش أنه``), and any may before a
    title. A given name the list does not know (a foreign one, ``[PER ميشيل] حلبي، الأمين
    العام``) takes the word only before a comma and a title. On the real-text dev set the
    tagger left 5 such family names out, and this joined all 5.

    Example:
        >>> join_surname_before_clause(["B-PER", "O", "O", "O"], ["يوسف", "ادعيس", "أن", "الاحتلال"])
        ['B-PER', 'I-PER', 'O', 'O']
    """
    out = list(tags)
    for k in range(len(words) - 2):
        if out[k] != "B-PER" or out[k + 1] != "O":
            continue
        key, after = match_key(words[k + 1]), words[k + 2]
        # "الشيخ [PER صالح] لنجف رئيس تحالف قبائل مأرب"; not a word behind و/ف ("فهو رئيس")
        titled = _bare_key(after) in PERSON_TITLES and key[:1] not in "وف"
        # any given name, foreign ones too, before a comma and the person's title:
        # "[PER ميشيل] حلبي، الأمين العام"
        # (not "[PER انتقل] المختصون، والطبيب": a plural, and a second subject behind و)
        apposed = (
            after in ("،", ",")
            and k + 3 < len(words)
            and _bare_key(words[k + 3]) in PERSON_TITLES
            and match_key(words[k + 3])[:1] not in "وف"
            and key[:1] not in "وف"
            and not key.endswith(("ون", "ين", "ات"))
        )
        if match_key(words[k]) not in FIRST_NAMES and not apposed:
            continue
        if (
            len(key) >= 3
            and _family_like(words[k + 1])
            and key not in PHRASE_STOPS
            # not behind ل/ب (لعكاظ، بجدة), but the Hadrami family names in با (بادغيش، باسلمة),
            # and any family name his title follows
            and (key[:1] not in "لب" or (key.startswith("با") and not key.startswith("بال")) or titled)
            and (after in _CLAUSE_OPENERS or match_key(after) in PARTICLES or titled)
        ):
            out[k + 1] = "I-PER"
    return out


def join_given_name_after_verb(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """A one-word person right after a reporting verb and one untagged word takes that
    word in as its given name (``وقال عارف [PER حسن] أحد أشهر مهندسي …`` → ``عارف
    حسن``): between a past reporting verb and its subject's name stands a title, an
    honorific or a clitic word, never a bare indefinite word of another kind, so a word
    that can open a name (letters, no article, not a title, honorific, particle or
    cue, no ب/ل/و/ف clitic) is the first half of the name the tagger cut.

    Example:
        >>> join_given_name_after_verb(["O", "O", "B-PER", "O"], ["وقال", "عارف", "حسن", "أحد"])
        ['O', 'B-PER', 'I-PER', 'O']
    """
    out = list(tags)
    for k in range(1, len(words) - 1):
        if out[k] != "O" or out[k + 1] != "B-PER" or (k + 2 < len(out) and out[k + 2] == "I-PER"):
            continue
        key = match_key(words[k])
        if (
            reporting_verb(match_key(words[k - 1]), ("past",))
            and len(key) >= 3
            and _family_like(words[k])
            and words[k + 1].isalpha()
            # a plural is a group ("اتهم آخرون صالح": others accused Saleh), not a name
            and not key.endswith(("ون", "ات"))
            and not key.startswith("ال")
            and key[:1] not in "وفبل"
            and not key.endswith(("ه", "ها", "هم"))  # "وقالت زوجته": whose, not who
            and key not in _ALI  # علي or the preposition على: join_ali decides
            and key not in PHRASE_STOPS
        ):
            out[k], out[k + 1] = "B-PER", "I-PER"
    return out


def _apposition_after(words: Sequence[str], k: int) -> bool:
    """Whether a name ends right before word ``k``: a comma or a person's title follows
    (``محمد الصفيان، أن``، ``محمد المعجل رئيس اللجنة``), so a family name that is also
    a common word (المعجل "hastened", الصفيان) still joins."""
    return k < len(words) and (words[k] in ("،", ",") or _bare_key(words[k]) in PERSON_TITLES)


def tidy_tags(
    tags: Sequence[str], words: Sequence[str], distinguishes: bool, known: Container[str] = frozenset()
) -> list[str]:
    """Every tag rule of this module, in order, over one sentence.

    Args:
        tags: IOB2 tags of a sentence's words, as the tagger gave them.
        words: The words.
        distinguishes: Whether the document writes the preposition على with ى
            (:func:`spells_ala`), which tells the name علي from it.
        known: The tagger's whole-word vocabulary (:func:`known_words`), which
            tells a future-tense verb from a name; empty: no verb is dropped.

    Returns:
        The tags with blessings, God after a family name, journalists told, future-tense and negated
        verbs and a source's verb of asking not to be named dropped, reporting verbs cut
        from the edges of spans, and names split at a link word
        or behind an honorific, nasab chains, the name علي, split names, a body opening
        with د. (a person), person spans, family names the tagger never saw, given names it
        cut after a reporting verb, a trailing في cut from an organization and dates mended.

    Example:
        >>> words = ["وقال", "للدكتور", "فهد", "بن", "علي", "القريني", "للدورة"]
        >>> tidy_tags(["O", "B-PER", "B-PER", "O", "O", "B-PER", "I-PER"], words, True)
        ['O', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O']
    """
    tags = drop_negated_verbs(drop_future_verbs(drop_eulogies(tags, words), words, known), words)
    tags = drop_anonymity_verbs(tags, words)
    tags = join_linked_names(drop_edge_verbs(tags, words), words)
    tags = join_ali(extend_name_chains(tags, words), words, distinguishes)
    # again after the join: "[PER ويرى] [PER أستاذ]" joined is a verb and a title
    tags = honored_bodies_are_persons(join_split_names(tags, words), words)
    tags = tidy_persons(drop_edge_verbs(tags, words), words, distinguishes)
    tags = name_royal_institutions(
        join_surname_before_clause(join_family_names(tags, words, known), words), words
    )
    tags = join_given_name_after_verb(tags, words)
    tags = drop_bare_date_words(join_dates(close_remits(cut_at_particles(tags, words), words), words), words)
    # again: a join may have taken a blessing's word back in
    return cut_told_journalists(cut_god_after_family_name(drop_eulogies(tags, words), words), words)


def join_split_names(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """One person where the tagger opened a new person at every word of a name.

    A tagger that never saw a name often tags each of its words ``B-PER``
    (``عبدالله محمد شيبان`` as three people). Two person names never follow each
    other with nothing between them in Arabic prose, so a ``B-PER`` right after a
    person continues it, unless the word starts with the conjunction و
    (``محمد وأحمد`` are two people; a name starting with و such as ``وليد`` is
    left apart too).

    Args:
        tags: IOB2 tags of a sentence's words.
        words: The words (punctuation is a word of its own, so it keeps names apart).

    Returns:
        The tags, with those ``B-PER`` turned into ``I-PER``.

    Example:
        >>> words = ["قال", "عبدالله", "شيبان", "وأحمد", "علي"]
        >>> join_split_names(["O", "B-PER", "B-PER", "B-PER", "B-PER"], words)
        ['O', 'B-PER', 'I-PER', 'B-PER', 'I-PER']
    """
    out = list(tags)
    for k in range(1, len(out)):
        if out[k] == "B-PER" and out[k - 1] in ("B-PER", "I-PER") and not words[k].startswith("و"):
            out[k] = "I-PER"
    return out


_CLUB_HEADS = frozenset(match_keys("الاتحاد اتحاد"))
_DATE_LINKS = frozenset(match_keys("الموافق"))
_HIJRI = frozenset(("هـ", "ه", "ھ", "م"))


def join_dates(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """One date where the tagger cut it into pieces.

    On real papers a long date comes in pieces (``يوم الخميس`` + ``14/ 10/ 1436``,
    ``ذي`` + ``القعدة``): a ``B-DATE`` right after a date continues it, as do
    ``الموافق`` between two dates, the era mark after one (``هـ``) and the day and
    month written before a tagged year (``2 / 6 / 1436هـ``), and the bracket closing one
    the date opened (``اليوم (الاثنين)``).

    Example:
        >>> words = ["يوم", "الخميس", "الموافق", "14/", "10/", "1436", "هـ"]
        >>> join_dates(["B-DATE", "I-DATE", "O", "B-DATE", "I-DATE", "I-DATE", "O"], words)
        ['B-DATE', 'I-DATE', 'I-DATE', 'I-DATE', 'I-DATE', 'I-DATE', 'I-DATE']
    """
    out = list(tags)
    dated = ("B-DATE", "I-DATE")
    for k in range(1, len(out)):
        if out[k - 1] not in dated:
            continue
        if out[k] == "B-DATE" or strip_marks(words[k]) in _HIJRI:  # هـ is an era mark whatever its tag
            out[k] = "I-DATE"
        elif (
            out[k] == "O"
            and match_key(words[k]) in _DATE_LINKS
            and k + 1 < len(out)
            and out[k + 1] == "B-DATE"
        ):
            out[k], out[k + 1] = "I-DATE", "I-DATE"
        elif out[k] == "O" and words[k] == ")":
            first = k - 1
            while first > 0 and out[first] == "I-DATE":
                first -= 1
            if "(" in words[first:k] and ")" not in words[first:k]:
                out[k] = "I-DATE"  # "اليوم (الاثنين)": the mark closing the day's bracket
    for k in range(2, len(out)):  # 2 / 6 / 1436: the day and month before a tagged year
        if out[k] == "B-DATE" and out[k - 1] == "O" and words[k - 1] in ("/", "-"):
            j = k
            while j >= 2 and out[j - 1] == "O" and words[j - 1] in ("/", "-") and words[j - 2].isdigit():
                j -= 2
            if j < k:
                out[j : k + 1] = ["B-DATE"] + ["I-DATE"] * (k - j)
    return out


_NASAB = frozenset(match_keys("بن ابن بنت"))
# Words that bind the next word into a name whatever it is (أبو طالب، عبد الله، بن وصل).
_NAME_LINKS = NAME_LINKS | frozenset(match_keys("عبد آل ذو"))


def extend_name_chains(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """A person's name runs on over its nasab: ``X بن Y`` is one name.

    On real text the tagger often finds only part of a chain (``أحمد بن`` for
    ``أحمد بن علي``, ``محمد`` inside ``جارالله بن محمد العلويط``). Around each
    بن / ابن / بنت: a person ending on it or just before it takes in the next
    word, and a person starting on it or just after it takes in the word before
    (unless that word is a particle or a reporting verb: ``وقال بن علي`` keeps قال
    out). A family name with the article right after the chain joins it
    (``عزام بن محمد الدخيل``), unless it is a title or an adjective in ``-ية``
    (``بن سلمان الرئيس``, ``بن علي الإسلامية``): in 4,000 more.txt articles, 1,117
    chains were followed by an ``ال`` word and nearly all were family names.

    Args:
        tags: IOB2 tags of a sentence's words.
        words: The words.

    Returns:
        The tags with the chains joined into one ``PER``.

    Example:
        >>> words = ["قال", "جارالله", "بن", "محمد", "العلويط", "إن"]
        >>> extend_name_chains(["O", "O", "O", "B-PER", "O", "O"], words)
        ['O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O']
        >>> extend_name_chains(["O", "B-PER", "I-PER", "O"], ["وأكد", "أحمد", "بن", "علي"])
        ['O', 'B-PER', 'I-PER', 'I-PER']
    """
    out = list(tags)

    def namelike(k: int) -> bool:
        w = words[k]
        return w.isalpha() and not is_function_word(w) and match_key(w) not in CUES

    def family(k: int) -> bool:
        key = match_key(words[k])
        return (
            key.startswith("ال")
            and namelike(k)
            and not key.endswith("يه")  # ة folded: الإسلامية، الابتدائية are adjectives
            and not key.endswith("ية")
            and key not in PERSON_TITLES
            and key not in HONORIFICS
            and key not in _NASAB
        )

    for k, word in enumerate(words):
        if match_key(word) not in _NASAB or not 0 < k < len(words) - 1:
            continue
        person_before = out[k - 1] in ("B-PER", "I-PER")
        if out[k] == "B-PER" and out[k - 1] == "O" and namelike(k - 1):
            out[k - 1], person_before = "B-PER", True  # the span opened on بن: its first name is before
        if person_before or out[k] in ("B-PER", "I-PER"):
            if out[k] == "O" or out[k] == "B-PER":
                out[k] = "I-PER" if person_before else "B-PER"
            if namelike(k + 1) and out[k + 1] in ("O", "B-PER"):
                out[k + 1] = "I-PER"
        elif out[k + 1] == "B-PER" and out[k - 1] == "O" and namelike(k - 1):
            out[k - 1], out[k], out[k + 1] = "B-PER", "I-PER", "I-PER"
        else:
            continue
        # The family name after the nasab: عزام بن محمد الدخيل (not a title or an adjective).
        if k + 2 < len(words) and out[k + 1] == "I-PER" and out[k + 2] in ("O", "B-PER") and family(k + 2):
            out[k + 2] = "I-PER"
    return out


_ALI = frozenset(("علي", "وعلي"))
_ALA = frozenset(("على", "وعلى", "فعلى"))


def spells_ala(words: Sequence[str]) -> bool:
    """Whether a text writes the preposition على with alef maqsura (ى) anywhere.

    Example:
        >>> spells_ala(["وقال", "علي", "حسن"]), spells_ala(["على", "الحدود"])
        (False, True)
    """
    return any(strip_marks(w) in _ALA for w in words)


def join_ali(tags: Sequence[str], words: Sequence[str], distinguishes: bool) -> list[str]:
    """The name علي (Ali) before a person is part of it, where the paper spells على apart.

    Folding ى into ي (the offline models' normalizer) makes the name علي the
    preposition على to the model, so it tags علي in علي رضا ناطقي as O (four of
    the five علي names of the real-text dev set). The original spelling decides
    when the document writes the preposition with ى elsewhere (``distinguishes``,
    :func:`spells_ala`): then a written علي right before a ``B-PER`` opens it, and
    one right after a person is its father's name, with the family name after it
    (الدكتور فيصل [علي نصار]).

    Example:
        >>> join_ali(["O", "O", "B-PER", "I-PER"], ["صرح", "علي", "رضا", "ناطقي"], True)
        ['O', 'B-PER', 'I-PER', 'I-PER']
        >>> join_ali(["B-PER", "O", "O", "O"], ["فيصل", "علي", "نصار", "أنهم"], True)
        ['B-PER', 'I-PER', 'I-PER', 'O']
        >>> join_ali(["O", "O", "B-PER"], ["رد", "علي", "ترامب"], False)
        ['O', 'O', 'B-PER']
    """
    out = list(tags)
    if not distinguishes:
        return out
    for k in range(len(words) - 1):
        if out[k] == "O" and out[k + 1] == "B-PER" and strip_marks(words[k]) in _ALI:
            out[k], out[k + 1] = "B-PER", "I-PER"
    for k in range(1, len(words)):
        if out[k] == "O" and out[k - 1] in ("B-PER", "I-PER") and strip_marks(words[k]) == "علي":
            out[k] = "I-PER"
            if k + 1 < len(words) and out[k + 1] == "O" and _family_like(words[k + 1]):
                out[k + 1] = "I-PER"
    return out


def _family_like(word: str) -> bool:
    """A word that can end a name: letters, not a particle, cue, title or organization head."""
    key = _bare_key(word)
    return (
        word.isalpha()
        and not is_function_word(word)
        and match_key(word) not in CUES
        and key not in PERSON_TITLES
        and key not in HONORIFICS
        and key not in ORG_HEADS
        and not match_key(word).startswith(("لل", "بال"))
    )


# Written without hamza, فان is فإن or the Dutch "van" (فان غال، فان بيرسي); opening a
# span the tagger called a person, it is the name's.
_FOREIGN_PARTICLES = frozenset(("فان", "لا", "دي"))
# Inside a person the tagger found, with more of the name after them, they are the name's too.
_FOREIGN_NAME_LINKS = frozenset(("فان", "دي"))
_NAME_VERBS = frozenset(match_keys("يدعى تدعى يسمى تسمى ويدعى وتدعى ويسمى وتسمى المدعو المدعوة"))
# "went on" before a speaker's name: "ومضى [PER اليافعي] بالقول"، "ومضت الوزيرة تقول".
_WENT_ON = frozenset(match_keys("مضى ومضى مضت ومضت"))
_WA_NAMES = frozenset(match_keys("وليد وائل وفاء وداد وسام وسيم وحيد وديع وجدي وهيب ولاء وهبة وجدان وصفي"))


def _bare_key(word: str) -> str:
    """A word's key after one clitic and the article's alef after ل (للدكتور → الدكتور);
    a title whose first letter only looks like a clitic keeps it (كاتب، وزير، بروفيسور)."""
    key = match_key(word)
    if key.startswith("لل"):
        return after_li(key)
    if len(key) > 3 and key[0] in CLITICS and key not in PERSON_TITLES and key not in HONORIFICS:
        return key[1:]
    return key


def _spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(first, stop, type)`` of each entity in IOB2 tags; an ``I-`` that continues
    nothing opens one, as :func:`qawl.pipeline.tags_to_entities` reads them.

    Example:
        >>> _spans(["B-PER", "I-PER", "O", "I-ORG", "B-ORG"])
        [(0, 2, 'PER'), (3, 4, 'ORG'), (4, 5, 'ORG')]
    """
    spans: list[tuple[int, int, str]] = []
    k = 0
    while k < len(tags):
        if tags[k] == "O":
            k += 1
            continue
        label, stop = tags[k][2:], k + 1
        while stop < len(tags) and tags[stop] == f"I-{label}":
            stop += 1
        spans.append((k, stop, label))
        k = stop
    return spans


# Words that are no date by themselves, though a date may hold them ("نهاية العام الماضي"،
# "الربع الثاني"): the tagger's one-word DATE on them is dropped. Never a one-word date in
# the real-text dev gold; 27 of its 70 one-word spurious dates.
_NOT_DATES_ALONE = frozenset(
    match_keys("عام العام نهاية بداية العقد المبارك الربع المنصرمة الحالي شهر الشهر الساعات")
)


def drop_bare_date_words(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """No one-word date on a word that names no time by itself (``عام``، ``العام``
    "general"، ``نهاية``، ``المبارك``) or on an evening event (``أمسية``، ``أمسيات``:
    not ``أمس``, yesterday).

    Example:
        >>> drop_bare_date_words(["O", "B-DATE", "O", "B-DATE"], ["المدير", "العام", "في", "أمسيات"])
        ['O', 'O', 'O', 'O']
        >>> drop_bare_date_words(["B-DATE", "I-DATE"], ["نهاية", "العام"])
        ['B-DATE', 'I-DATE']
    """
    out = list(tags)
    for first, stop, label in _spans(tags):
        key = match_key(words[first])
        if label == "DATE" and stop == first + 1 and (key in _NOT_DATES_ALONE or key.startswith("امسي")):
            out[first] = "O"
    return out


# Institutions named after a king or a prince ("جامعة الملك سعود"، "مكتبة الملك عبدالعزيز
# العامة"، "مركز الملك سلمان للإغاثة"): the head, the royal title and the name are one body.
_NAMED_INSTITUTIONS = frozenset(match_keys("جامعة مستشفى مكتبة مركز مؤسسة كلية معهد صندوق جائزة دارة"))
_ROYAL = frozenset(match_keys("الملك الملكة الأمير الأميرة"))
_INSTITUTION_CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول", "ال", "بال", "وال", "لل")


def _institution_head(word: str) -> bool:
    key = match_key(word)
    return any(key.startswith(p) and key[len(p) :] in _NAMED_INSTITUTIONS for p in _INSTITUTION_CLITICS)


def name_royal_institutions(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """An institution named after a king or a prince is one organization, where the tagger
    calls the name a person (``مكتبة الملك [PER عبدالعزيز] العامة``; heads that name
    bodies only, :data:`_NAMED_INSTITUTIONS`: ``مدينة`` is as often a city). The
    organization runs from the head over the title and the name to the definite
    adjectives after it (up to two).

    Example:
        >>> words = ["زار", "مكتبة", "الملك", "عبدالعزيز", "العامة", "أمس"]
        >>> name_royal_institutions(["O", "O", "O", "B-PER", "O", "O"], words)
        ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']
    """
    out = list(tags)
    for first, stop, label in _spans(tags):
        if label != "PER":
            continue
        royal = first if match_key(words[first]) in _ROYAL else first - 1
        if royal < 1 or match_key(words[royal]) not in _ROYAL or not _institution_head(words[royal - 1]):
            continue
        if out[royal - 1].startswith("I-"):
            continue  # the head ends a longer entity: not ours to cut
        end = stop
        while (
            end < min(stop + 2, len(words))
            and out[end] == "O"
            and match_key(words[end]).startswith("ال")
            and match_key(words[end]).endswith(("ة", "ه", "ي"))
        ):
            end += 1  # "العامة"، "الطبية"، "التخصصي"
        out[royal - 1 : end] = ["B-ORG"] + ["I-ORG"] * (end - royal)
    return out


# Prepositions an organization's name may hold: "الحملة الوطنية لنصرة الأشقاء في سوريا".
_NAME_PREPOSITIONS = frozenset(match_keys("في"))


def cut_at_particles(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """An organization or place ends before a particle inside it (``نادي الوحدة من الظفر``).

    A name holds no particle, pronoun or preposition but في (an organization's remit:
    ``لنصرة الأشقاء في سوريا``), and not في before where words were said (``وزارة
    الداخلية في بيانها``); the tagger runs on into the sentence after an unseen
    name. Persons have their own rule (:func:`tidy_persons`); dates keep theirs
    (``الثالث من شوال``).

    Example:
        >>> cut_at_particles(["B-ORG", "I-ORG", "I-ORG", "I-ORG"], ["نادي", "الوحدة", "من", "الظفر"])
        ['B-ORG', 'I-ORG', 'O', 'O']
    """
    out = list(tags)
    for first, stop, label in _spans(out):
        if label in ("PER", "DATE"):
            continue
        for k in range(first + 1, stop):
            if is_function_word(words[k]) and (
                match_key(words[k]) not in _NAME_PREPOSITIONS
                or (k + 1 < len(words) and match_key(words[k + 1]) in SPEECH_OCCASIONS)  # في بيانها
            ):
                out[k:stop] = ["O"] * (stop - k)
                break
    return out


def close_remits(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """An organization's span never ends on في: the tagger stopped before the remit's
    place (``[ORG مكتب رعاية الشباب في] [GPE جدة]``), so في goes and the place stays its
    own entity, as the real-text gold marks it more often than not (``مكتب رعاية الشباب في
    [GPE جدة]``; but ``[ORG منظمة السلام والتعاون في أوروبا]``).

    Example:
        >>> close_remits(["B-ORG", "I-ORG", "I-ORG", "B-GPE"], ["مكتب", "الشباب", "في", "جدة"])
        ['B-ORG', 'I-ORG', 'O', 'B-GPE']
    """
    out = list(tags)
    for first, stop, label in _spans(out):
        if label == "ORG" and stop - first >= 2 and match_key(words[stop - 1]) == "في":
            out[stop - 1] = "O"
    return out


# Generic heads the guidelines leave outside a movement's name: تنظيم [داعش]، حركة [طالبان].
_MOVEMENT_HEADS = frozenset(match_keys("تنظيم وتنظيم لتنظيم بتنظيم حركة وحركة لحركة بحركة"))
_MEDIA_HEADS = frozenset(
    match_keys("وكالة لوكالة صحيفة لصحيفة قناة لقناة شبكة لشبكة مجلة لمجلة راديو لراديو إذاعة لإذاعة")
)


def drop_movement_heads(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """An organization opened by a movement's generic head starts after it (``تنظيم
    داعش`` → ``داعش``), as the guidelines (decision 5 of the real-text set) and the
    shipped corpus mark it (``تنظيم [ORG داعش]`` 15 times, ``[ORG تنظيم …]`` once); a
    head followed by a number stays (``حركة 23 مارس``). The pipeline applies it after
    the gazetteer, whose aliases keep the head to tell an ambiguous name
    (``تنظيم القاعدة``, القاعدة is also "the base").

    A medium's head the tagger left as an organization of its own right before the
    medium's name is dropped the same way (``[ORG وكالة] [ORG الأناضول للأنباء]``: the
    agency is الأناضول, not a body called وكالة).

    Example:
        >>> drop_movement_heads(["O", "B-ORG", "I-ORG"], ["وتبنى", "تنظيم", "داعش"])
        ['O', 'O', 'B-ORG']
        >>> drop_movement_heads(["B-ORG", "B-ORG", "I-ORG"], ["وكالة", "الأناضول", "للأنباء"])
        ['O', 'B-ORG', 'I-ORG']
        >>> drop_movement_heads(["B-PER", "B-ORG", "I-ORG", "I-ORG"], ["راديو", "بي", "بي", "سي"])
        ['O', 'B-ORG', 'I-ORG', 'I-ORG']
    """
    out = list(tags)
    for first, stop, label in _spans(out):
        if (
            label == "ORG"
            and stop - first > 1
            and match_key(words[first]) in _MOVEMENT_HEADS
            and any(c.isalpha() for c in words[first + 1])
        ):
            out[first], out[first + 1] = "O", "B-ORG"
        elif (
            label in ("ORG", "PER")  # "[PER راديو] [ORG بي بي سي]": the tagger's guess at the head
            and stop - first == 1
            and match_key(words[first]) in _MEDIA_HEADS
            and stop < len(out)
            and out[stop] == "B-ORG"
        ):
            out[first] = "O"
    return out


# A Taliban cleric's honorific, left out of the name before one ("الملا [PER عمر]"); at a
# name's end it is a family name ("أحمد بن إبراهيم الملا"), so it is no HONORIFICS word.
_CLERIC = frozenset(match_keys("الملا ملا"))
# Quantifiers take a common noun, never a name (a person after "all": "كل من فلان" has من).
_QUANTIFIERS = frozenset(match_keys("كل وكل بكل لكل جميع وجميع بعض وبعض معظم ومعظم أغلب كافة"))
# Whom a speaker told, right after his name: a news agency or a medium with ل.
_TOLD_MEDIA = frozenset("ل" + head for head in MEDIA | AGENCIES)


# What kind of officer a rank names, right after it: "اللواء طبيب"، "العميد مهندس".
_RANK_KINDS = match_keys("طبيب مهندس طيار")


_ABBREVIATED_HONORIFICS = frozenset(match_keys("د م"))  # د. (doctor), م. (engineer)


def honored_bodies_are_persons(tags: Sequence[str], words: Sequence[str]) -> list[str]:
    """A span the tagger called a body or a place that opens with an abbreviated honorific
    and its period is a person (``وبين [ORG د. الصغير] أنهم``: the doctor); the honorific is
    left out after by :func:`tidy_persons`.

    Example:
        >>> honored_bodies_are_persons(["O", "B-ORG", "I-ORG", "I-ORG"], ["وبين", "د", ".", "الصغير"])
        ['O', 'B-PER', 'I-PER', 'I-PER']
    """
    out = list(tags)
    for first, stop, label in _spans(out):
        if (
            label in ("ORG", "GPE", "LOC")
            and stop - first >= 3
            and _bare_key(words[first]) in _ABBREVIATED_HONORIFICS
            and words[first + 1] == "."
        ):
            out[first:stop] = ["B-PER"] + ["I-PER"] * (stop - first - 1)
    return out


def tidy_persons(tags: Sequence[str], words: Sequence[str], distinguishes: bool = False) -> list[str]:
    """Person spans without the words around a name that a tagger takes in.

    - a title, honorific, particle, ``يدعى``, ``ومضى`` or a mark with no letter opening a
      person (``البروفيسور كريستيان فيت``, ``للدكتور فهد القريني``, ``أن جنتيلوني``, ``يدعى
      محمد``، ``ومضى اليافعي``، ``/ كاتب فهد الشمري``) is left out, and so is such a mark
      ending one; after a title, so are the definite words completing it while two words are
      left (``وزير الأمن محمدو سانا``);
    - a definite title inside a person with two more words after it, the first without the
      article (``الباحة الشاعر حسن بن محمد الزهراني``: a place the tagger ran on from), starts
      the name after it; not an honorific, which may be the name's own word (``رامي السيد
      اليافعي``), nor after آل or بن;
    - a person right after a quantifier is none (``كل [كلمات الإدانة]``), nor one ending
      with the bare article of a quoted name (``زود ال"الرياض"``);
    - a news agency or medium he told, with ل, and all after it (``سولفانج لرويترز``);
    - a particle, a word with ``لل``, "by saying" or, after a name of two words or more, a
      bare title ending it (``البار بأن``, ``القريني للدورة``, ``الحقباني بقوله``، ``… آل الشيخ
      مفتي``) is left out;
    - a word starting with و inside a person starts the next person (``عبدالعزيز
      الحسيني وعبدالسلام الثميري``), or ends the name if it has the article
      (``اردا توران والمدافع``); names starting with و (وليد, وائل) are kept;
    - a particle inside a person ends it, but the Dutch فان and دي with more of the name
      after them are the name's (``لويس فان غال``).

    Example:
        >>> tidy_persons(["B-PER"] + ["I-PER"] * 3, ["الدكتور", "فهد", "القريني", "للدورة"])
        ['O', 'B-PER', 'I-PER', 'O']
    """
    out = list(tags)
    for first, stop, _ in (span for span in _spans(out) if span[2] == "PER"):
        if (first and match_key(words[first - 1]) in _QUANTIFIERS) or match_key(words[stop - 1]) == "ال":
            # "كل [PER كلمات الإدانة]": all of some thing; "[PER زود ال]"الرياض"": a verb and the
            # article of a quoted name, which no name ends with
            out[first:stop] = ["O"] * (stop - first)
            continue
        titled = False  # a title just left out, whose definite complement goes with it
        while stop - first > 1 and (
            (titled and stop - first > 2 and words[first].startswith("ال"))  # "وزير [الأمن] محمدو سانا"
            or _bare_key(words[first]) in HONORIFICS
            or _bare_key(words[first]) in _CLERIC
            or _bare_key(words[first]) in PERSON_TITLES
            or match_key(words[first]) in _NAME_VERBS
            or match_key(words[first]) in _WENT_ON
            # a rank's qualifier after it: "اللواء [PER طبيب راشد الدوسري]"، "العميد مهندس"
            or (
                first and match_key(words[first - 1]) in HONORIFICS and match_key(words[first]) in _RANK_KINDS
            )
            or (is_function_word(words[first]) and strip_marks(words[first]) not in _FOREIGN_PARTICLES)
            or not any(c.isalpha() for c in words[first])  # "المحامي [/ كاتب فهد الشمري]"
        ):
            key = _bare_key(words[first])
            titled = (titled and words[first].startswith("ال")) or (
                key in PERSON_TITLES and key not in HONORIFICS
            )
            out[first] = "O"
            first += 1
        inner = next(
            (
                k
                for k in range(first + 1, stop - 2)
                if words[k].startswith("ال")
                and match_key(words[k]) in PERSON_TITLES
                # an honorific may be a name's own word: "رامي السيد اليافعي"، "آل الشيخ"
                and match_key(words[k]) not in HONORIFICS
                and match_key(words[k - 1]) not in _NAME_LINKS
                # a given name follows, not the title's adjective ("المبعوث الأممي الخاص")
                and not words[k + 1].startswith("ال")
            ),
            None,
        )
        if inner is not None:  # "[بمنطقة الباحة الشاعر حسن بن محمد الزهراني]": the name after the title
            out[first : inner + 1] = ["O"] * (inner + 1 - first)
            first = inner + 1
        told = _first_told(words, first, stop, _TOLD_MEDIA)
        if told is not None:  # "وقال [PER سولفانج لرويترز]": the agency he told is not his name
            out[told:stop] = ["O"] * (stop - told)
            stop = told
        while stop - first > 1 and (
            is_function_word(words[stop - 1])
            or not any(c.isalpha() for c in words[stop - 1])
            or match_key(words[stop - 1]).startswith("لل")
            or match_key(words[stop - 1]) in SAYING  # "واختتم الحقباني بقوله:"
            # the title after a long name: "[PER عبد العزيز بن عبد الله آل الشيخ مفتي] عام السعودية"
            or (
                stop - first > 2
                and match_key(words[stop - 1]) in PERSON_TITLES
                and not words[stop - 1].startswith("ال")
                and match_key(words[stop - 2]) not in _NAME_LINKS  # "عبدالله بن مساعد": a name
            )
        ):
            out[stop - 1] = "O"
            stop -= 1
        if stop - first == 1 and distinguishes and strip_marks(words[first]) in _ALA:
            out[first] = "O"  # "المشرف العام [PER على] المستشفى": the preposition, in a paper that writes ى
            continue
        out[first] = "B-PER"
        for k in range(first + 1, stop):
            key = match_key(words[k])
            if strip_marks(words[k]) in _FOREIGN_NAME_LINKS and k + 1 < stop:
                continue  # "لويس فان غال"، "روبن فان بيرسي": the Dutch van, more name after it
            if is_function_word(words[k]) or (distinguishes and strip_marks(words[k]) in _ALA):
                out[k:stop] = ["O"] * (stop - k)  # ماجد القصبي على تأسيس: a name has no particle
                break
            # (after بن or أبو a word is a name whatever its first letter: محمد بن وصل)
            if (
                key.startswith("و")
                and len(key) > 2
                and key not in _WA_NAMES
                and match_key(words[k - 1]) not in _NAME_LINKS
            ):
                if key.startswith("وال") or key in PERSON_TITLES or key in ORG_HEADS:
                    out[k:stop] = ["O"] * (stop - k)
                    break
                out[k] = "B-PER"
    return out


# دان is no cue (the surname of نيكوشور دان), but alone it is the verb: "[ORG دان] الأمين العام …".
_CONDEMNED = match_keys("دان ودان")


def can_be_entity(text: str) -> bool:
    """Whether a predicted span can be a name at all.

    Not when it has no letter or digit (a tagger guessing on ``//`` or ``@`` of a
    scraped byline) or when every word is a particle or pronoun
    (:func:`qawl.data.text.is_function_word`: ``فإن``, ``هذا``, ``وكان``). The
    pipeline drops such spans unless the gazetteer knows them. On 300 random
    SaudiNewsNet articles (not the dev or holdout ones) the offline bundle
    predicted 58 particle spans and 32 without a letter; no gold entity of the
    real-text dev set is of either kind. Nor is one word that only heads an
    organization (``الجمعية``, ``مجلس``, ``لرئاسة``: the tagger's guess on an
    anaphoric "the association"; 41 such spans on the dev set, none gold) except
    ``الاتحاد``, a club's name, or one definite rank or title (``الرائد``,
    ``المدير``) or one title that is no given name (``مديرة``، ``ونائب``، ``ومعالي``: the
    tagger's guess on the title that opens a name), one word for a group of people
    (``صحافيون``، ``مصادرنا``: an unnamed source), or one reporting verb (``دانت``،
    ``وأكد``، ``أؤكد``، ``دان``; participles such as ``مشيرة`` may be names), or one word with
    tanwin (``هامساً``), or one letter (``د`` of
    ``الشيخ د. فلان``), or one document (``للبيان``، ``التقرير``), or ``هو`` alone, or one past
    verb in the plural with و (``ورهنوا``); nor God (``الله``، ``المولى القدير``). Tatweel is not
    a letter (``ــ``).

    Example:
        >>> [can_be_entity(t) for t in ["فإن", "//", "ــ", "الجمعية", "الرائد", "صحافيون", "دانت", "أؤكد"]]
        [False, False, False, False, False, False, False, False]
        >>> [can_be_entity(t) for t in ["مديرة", "ونائب", "ومعالي", "وأمين", "سلطان", "السكرتير"]]
        [False, False, False, True, True, False]
        >>> [can_be_entity(t) for t in ["وزارة الخارجية", "2015", "مشيرة", "للبيان", "الله", "المولى القدير"]]
        [True, True, True, False, False, False]
        >>> [can_be_entity(t) for t in ["ورهنوا", "حزب الله", "وليد", "الله تعالى", "الله السبيعي"]]
        [False, True, True, False, True]
    """
    words = text.split()
    key = match_key(words[0]) if words else ""
    if len(words) == 1:
        head = _bare_key(words[0])
        letter = key.rstrip(".")
        if len(letter) == 1 and letter.isalpha():
            return False  # one letter: the abbreviation د. or م. before a name, never a name
        if letter == "ال":
            return False  # the article alone: "التقرير [ORG الـ] 51"
        if head in ORG_HEADS and head not in _CLUB_HEADS:
            return False
        if _title_alone(head) or head in FOREIGN_RANKS:
            return False  # a rank or title alone (الرائد، المدير، مديرة، ونائب، جنرال) names no one
        if plural_group(head):
            return False  # a group (صحافيون، مصادرنا، متضررون) is an unnamed source, not a name
        if _reporting_verb(words[0]) or key in _CONDEMNED:
            return False  # a reporting verb (دانت، وأكد) is what a name does, not a name
        if has_tanwin(words[0]):
            return False  # an adverb or accusative ("وقال [PER هامساً]:"), never a name
        if head in _DOCUMENTS:
            return False  # "ووفقا [ORG للبيان]": the statement a body issued, not the body
        if key in _HE:
            return False  # "وأكد اعتزازه [ORG هو] وجميع أفراد أسرته": he (هو جينتاو keeps it)
        if key.startswith("و") and key.endswith("وا") and len(key) > 4:
            return False  # a past verb in the plural with و ("[PER ورهنوا]"), never a name
    if key in _GOD and all(match_key(w) in _EPITHETS for w in words[1:]):
        # God, never a named entity: "سائلاً [PER الله] أن يتقبل"، "[PER المولى القدير] أن يحفظ"
        return False
    return any(c.isalnum() for c in strip_marks(text)) and not all(is_function_word(w) for w in words)


# Documents, never a name alone (DOCUMENT_NOUNS less the words that are also names or
# papers: الخطاب، الرسالة).
_DOCUMENTS = frozenset(match_keys("البيان بيان التقرير تقرير الوثائق وثائق"))
# God, in prayers and formulas ("سائلا الله"، "بإذن الله"): the gold never tags it.
_GOD = frozenset(match_keys("الله لله والله بالله المولى"))
# His epithets after it ("الله تعالى"، "المولى القدير"، "الله عز وجل"); not a name's rest
# ("[PER الله السبيعي]": the tagger cut عبد off a name).
_EPITHETS = frozenset(match_keys("تعالى وتعالى سبحانه القدير العلي عز وجل الكريم"))
# "He" alone; not a function word, for it is also a Chinese family name (هو جينتاو).
_HE = frozenset(match_keys("هو وهو"))
# Titles that are given names too (أمين، أمير، ملك، سلطان): "وأمين" may be a name.
_TITLE_NAMES = (
    frozenset(
        match_keys("أمين أمير أميرة ملك شيخ سلطان عميد نقيب مالك كابتن مساعد مشرف مرشد قاضي قائد حاكم ولي")
    )
    | FIRST_NAMES
)


def _title_alone(key: str) -> bool:
    """Whether a clitic-free key is a title or honorific that names no one alone: any
    definite one (الرائد، المدير), and an indefinite one that is no given name (مديرة،
    نائب; not أمين، سلطان)."""
    return (key in HONORIFICS or key in PERSON_TITLES) and (key.startswith("ال") or key not in _TITLE_NAMES)


def _name_keys(word: str) -> list[str]:
    """The keys a word may name a person by: itself, and after one clitic (لكاسياس, للزويهري)."""
    key = match_key(word)
    keys = [key]
    if len(key) > 3 and key[0] in CLITICS:
        keys.append(key[1:])
        if key.startswith("لل"):  # ل + ال drops the alef: للزويهري is ل + الزويهري
            keys.append(after_li(key))
    return keys


# The second half of a compound given name (عبد الله، نور الدين، سيف الإسلام) is not a
# surname: in religious text or a column it is everywhere.
_COMPOUND_ENDS = frozenset(match_keys("الله الرحمن الرحيم العزيز الكريم الدين الإسلام"))


def _can_be_surname(word: str) -> bool:
    # علي alone is more often the preposition على in a paper that spells it with ي.
    key = match_key(word)
    return (
        len(key) >= 3
        and word.isalpha()
        and not is_function_word(word)
        and key not in CUES
        and key not in _ALI
        and key not in _COMPOUND_ENDS
    )


def _complete_names(
    text: str, words: Sequence[Word], entities: list[Entity], starts: list[int], keys: list[str]
) -> list[Entity]:
    """A person the tagger cut short where the article spells the whole name elsewhere
    (``أدان المتحدث [PER راجح] [ORG بادي] الجريمة`` … ``وأكد [PER راجح بادي]``): the
    person runs on over the rest of the name, and a fragment the tagger made of those
    words goes. Part of :func:`repeat_names`."""
    # the article's whole names, longest first (the longest one a cut name begins wins)
    named = {tuple(match_key(w) for w in e.text.split()) for e in entities if e.label == "PER"}
    wholes = sorted((w for w in named if len(w) >= 2), key=len, reverse=True)
    if not wholes:
        return entities
    grown: dict[int, Entity] = {}
    dropped: set[int] = set()
    for number, e in enumerate(entities):
        if e.label != "PER":
            continue
        first = bisect_left(starts, e.start)
        stop = bisect_left(starts, e.end)
        n = stop - first
        if n < 1 or first >= len(words):
            continue
        for whole in wholes:
            end = first + len(whole)
            if len(whole) <= n or end > len(words) or whole[0] not in _name_keys(words[first].text):
                continue
            if tuple(keys[first + 1 : end]) != whole[1:]:
                continue
            inside = [
                j
                for j, f in enumerate(entities)
                if j != number and f.start < words[end - 1].end and f.end > words[stop].start
            ]
            if any(
                entities[j].start < words[stop].start or entities[j].end > words[end - 1].end for j in inside
            ):
                continue  # another entity runs out of the name: leave both as they are
            last = extend_over_marks(text, words[end - 1].end)
            grown[number] = Entity(text[e.start : last], e.label, e.start, last, e.score)
            dropped.update(inside)
            break
    if not grown:
        return entities
    return sorted(
        (grown.get(j, f) for j, f in enumerate(entities) if j not in dropped), key=lambda e: (e.start, -e.end)
    )


def _surnames_said(
    text: str, words: Sequence[Word], entities: list[Entity], starts: list[int], keys: list[str]
) -> list[Entity]:
    """A one-word person the tagger cut before the surname, where the article makes that
    surname a reporting verb's subject elsewhere (``[PER أندريه] ليسينكو المتحدث …`` …
    ``وقال ليسينكو إن``، ``[PER بدرة] قعلول`` … ``وتضيف قعلول``), or a person cut after
    its nasab (``[PER عبدالعزيز بن عبدالله] الداود`` … ``ونوّه الداود``): the person runs on
    over it, and over a one-word body or place the tagger made of it (``[PER جيف] [ORG
    ديفيس]`` … ``وقال ديفيس، إن``), which goes. Part of :func:`repeat_names`."""
    # a verb's subject: the word right after it, then إن/أن, إلى/على/عن/في, a colon, a comma,
    # ل + whom it was said to or ب + what it praised ("وقال ليسينكو إن"، "ونبه اوشوا الى"، "وتضيف
    # قعلول لـ»المدينة»:"، "ونوّه الداود بعمق"; not "ووصف قصف الانفصاليين")
    subjects = {
        keys[k]
        for k in range(1, len(words) - 1)
        if _reporting_verb(words[k - 1].text)
        and (
            keys[k + 1] in PARTICLES
            or keys[k + 1] in TO_PARTICLE
            or words[k + 1].text in (":", "،", ",")
            or keys[k + 1][:1] in ("ل", "ب")  # "ونوّه الداود بعمق الإجراءات"
            or keys[k + 1] == "عن"  # "وأعلن فودة عن اختيار"
            or keys[k + 1] == "في"  # "وقال الهلالي في سياق حديثه إن"
        )
    }
    covered = {k for e in entities for k in range(bisect_left(starts, e.start), bisect_left(starts, e.end))}
    # a one-word body or place the tagger made of a surname it tags as a person elsewhere:
    # "[PER جيف] [ORG ديفيس]" … "وقال [PER ديفيس]،" (never "[PER هادي] [GPE الصين]")
    people = {match_key(e.text) for e in entities if e.label == "PER" and len(e.text.split()) == 1}
    lone = {
        bisect_left(starts, e.start): j
        for j, e in enumerate(entities)
        if e.label != "PER"
        and bisect_left(starts, e.end) - bisect_left(starts, e.start) == 1
        and match_key(e.text) in people
    }
    out: list[Entity] = []
    dropped: set[int] = set()
    for e in entities:
        first = bisect_left(starts, e.start)
        after = bisect_left(starts, e.end)
        parts = e.text.split()
        if (
            e.label == "PER"
            # a given name alone, or a name cut after its nasab: "[PER عبدالعزيز بن عبدالله] الداود"
            and (len(parts) == 1 or (len(parts) >= 3 and match_key(parts[-2]) in _NASAB))
            and after < len(words)
            and (after not in covered or after in lone)
            and text[e.end : words[after].start].isspace()
            and not keys[first].startswith("ال")  # a given name, not a surname already
            and keys[after] in subjects
            and keys[after] not in NO_SUBJECT_NEXT  # "وشدد [PER الشمراني] على": a preposition
            and keys[after] not in PHRASE_STOPS
            and _can_be_surname(words[after].text)
            and keys[after] not in PERSON_TITLES
            and keys[after] not in HONORIFICS
            and keys[after] not in ORG_HEADS
        ):
            e = Entity(text[e.start : words[after].end], e.label, e.start, words[after].end, e.score)
            if after in lone:
                dropped.add(lone[after])
        out.append(e)
    return [e for j, e in enumerate(out) if j not in dropped]


# A clitic no name of a person carries alone: و، ف or ب before the article (والسياسة، فاليوم،
# بالبداية); ب or ل before a verbal noun (بتفجير، بإشعال).
_ARTICLE_CLITICS = ("وال", "فال", "بال")


def _common_word(key: str, label: str) -> bool:
    # an organization may be named so (والهلال، فالاتحاد: the clubs), a person never
    if label == "PER" and key.startswith(_ARTICLE_CLITICS) and len(key) > 5:
        return True
    rest = key[1:]
    return key[:1] in ("ب", "ل") and not rest.startswith("ال") and masdar_shape(rest)


def drop_clitic_words(entities: list[Entity]) -> list[Entity]:
    """Without the one-word persons and organizations that are a common word with its clitic.

    A tagger that never saw a title chain or a verbal noun calls one of its words a person
    (``وقالت الممثلة العليا للشؤون الخارجية [PER والسياسة] الأمنية … فدريكا موغيريني``،
    ``أدان العقيبي [PER بتفجير] المسجد``), and the word becomes a speaker. A person's name
    carries no و، ف or ب before the article (a club's may: ``والهلال``), and ب or ل before a
    verbal noun (تفعيل، إفعال، استفعال …) is what was done, not who. A word that is a word of
    a longer person of the article (``والسهلي`` of ``صالح السهلي``, ``لتوفيق`` of ``توفيق
    الحكيم``) is the name.

    Args:
        entities: A document's entities.

    Returns:
        The entities without those persons and organizations.

    Example:
        >>> ents = [Entity("والسياسة", "PER", 0, 8), Entity("فدريكا موغيريني", "PER", 20, 35)]
        >>> [e.text for e in drop_clitic_words(ents)]
        ['فدريكا موغيريني']
    """
    named = {match_key(w) for e in entities if e.label == "PER" and " " in e.text for w in e.text.split()}
    return [
        e
        for e in entities
        if not (
            e.label in ("PER", "ORG")
            and " " not in e.text
            and _common_word(key := match_key(e.text), e.label)
            and key[1:] not in named
        )
    ]


def repeat_names(text: str, words: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """A person named in full once is the same person where the article repeats the name.

    Newspapers name a person in full once and then by surname (``وصرح الراشد``),
    often with a clitic (``لكاسياس``), and a tagger that never saw the name finds it
    in one place only. Every untagged word whose key (after one clitic) is the
    last word of a person entity of two or more words, and every untagged run of
    words spelling a whole person entity, becomes that person.

    Args:
        text: The document's text.
        words: Its words (offsets into ``text``).
        entities: The document's entities.

    Returns:
        The entities with the repeated names added, sorted by start.

    Example:
        >>> from qawl.data.text import split_words
        >>> t = "قال سامي الراشد إن الوفد وصل. وأضاف الراشد أن"
        >>> ents = [Entity("سامي الراشد", "PER", 4, 15)]
        >>> [(e.text, e.label) for e in repeat_names(t, split_words(t), ents)]
        [('سامي الراشد', 'PER'), ('الراشد', 'PER')]
    """
    starts = [w.start for w in words]
    keys = [match_key(w.text) for w in words]
    entities = _surnames_said(text, words, _complete_names(text, words, entities, starts, keys), starts, keys)
    people = [e for e in entities if e.label == "PER"]
    full: dict[tuple[str, ...], Entity] = {}
    surnames: dict[str, Entity] = {}
    for e in people:
        parts = e.text.split()
        if len(parts) < 2:
            continue
        full.setdefault(tuple(match_key(w) for w in parts[1:]), e)
        if _can_be_surname(parts[-1]) and match_key(parts[-2]) not in _NAME_LINKS:
            surnames.setdefault(match_key(parts[-1]), e)
    # A word inside an entity of another type (مانشستر سيتي as ORG) is not a surname here.
    for e in entities:
        if e.label != "PER":
            for w in e.text.split():
                surnames.pop(match_key(w), None)
    if not surnames and not full:
        return entities
    covered = [False] * len(words)
    for e in entities:
        for k in range(bisect_left(starts, e.start), len(words)):
            if words[k].start >= e.end:
                break
            covered[k] = True
    # The whole names by their first word's key, in the order they were found (the first
    # that fits wins), so that a word is compared with the names it can start only.
    names = list(full.items())
    by_first: dict[str, list[int]] = {}
    for i, (_, e) in enumerate(names):
        by_first.setdefault(match_key(e.text.split()[0]), []).append(i)
    added: list[Entity] = []
    k = 0
    while k < len(words):
        if covered[k]:
            k += 1
            continue
        found = 0
        word_keys = _name_keys(words[k].text)  # its first word may carry a clitic
        for i in sorted({i for key in word_keys for i in by_first.get(key, ())}):
            rest, e = names[i]
            n = len(rest) + 1
            if k + n <= len(words) and not any(covered[k : k + n]) and tuple(keys[k + 1 : k + n]) == rest:
                found, source = n, e
                break
        if not found and any(key in surnames for key in word_keys):
            source = next(surnames[key] for key in word_keys if key in surnames)
            found = 1
        if found:
            start, end = words[k].start, extend_over_marks(text, words[k + found - 1].end)
            added.append(Entity(text[start:end], "PER", start, end, source.score))
            k += found
        else:
            k += 1
    return sorted(entities + added, key=lambda e: (e.start, -e.end))
