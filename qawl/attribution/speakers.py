"""Speakers of statement attribution: which entities can speak, and which are one.

An article names a speaker many ways: ``مارك روته`` first, then ``روته``, then
``وروته`` with a clitic glued on. :func:`cluster_speakers` merges those mentions
into one :class:`~qawl.document.Speaker` named by the fullest mention;
:func:`speaker_label` says which NER labels can speak at all (people,
organizations, governments), whatever label set the tagger uses.
"""

from __future__ import annotations

import re

from qawl.attribution.titles import ORG_HEADS
from qawl.data.text import clitic_variants, match_key, strip_marks
from qawl.document import Entity, Mention, Speaker

__all__ = ["SPEAKER_LABELS", "clitic_variants", "cluster_speakers", "speaker_label"]

# NER label sets differ (ANERcorp says PERS, others B-PER…); speakers are people,
# organizations and governments.
_BIO_RE = re.compile(r"^[BIESLU]-")
SPEAKER_LABELS = {
    "PER": "PER",
    "PERS": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "GPE": "GPE",
}


def speaker_label(label: str) -> str:
    """The speaker label of an NER label, or ``""`` for one that cannot speak.

    Args:
        label: An entity label in any case, with or without a BIO prefix.

    Returns:
        ``"PER"``, ``"ORG"`` or ``"GPE"`` by :data:`SPEAKER_LABELS`, else ``""``
        (LOC, DATE, MISC…).

    Example:
        >>> speaker_label("B-PERS"), speaker_label("organization"), speaker_label("LOC")
        ('PER', 'ORG', '')
    """
    return SPEAKER_LABELS.get(_BIO_RE.sub("", label.strip().upper()), "")


# Honorifics before a given name that names a known person: "الشيخ طلال"، "الأمير محمد".
_GIVEN_NAME_HONORIFICS = frozenset(match_key(w) for w in ("الشيخ", "الأمير", "الأميرة", "سمو", "الملك"))


def _after_honorific(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is an honorific of :data:`_GIVEN_NAME_HONORIFICS`
    (a few characters back only: the cost stays that of the entity, however long the text)."""
    before = text[max(0, start - 24) : start].split()
    return bool(before) and match_key(before[-1]) in _GIVEN_NAME_HONORIFICS


def cluster_speakers(text: str, ents: list[tuple[Entity, str]]) -> dict[int, Speaker]:
    """Group speaker entities that name the same speaker.

    ``وروته`` reads as ``روته`` when some entity, or the end of some person's
    full name, reads ``روته``; an organization's head reads without its clitic
    (``بوزارة الداخلية`` → ``وزارة الداخلية``). A person's surname (any suffix of the name's
    words) joins the fullest name ending with it, the nearest earlier one when
    several do; a given name right after ``الشيخ``/``الأمير`` joins the one full name that
    begins with it (``الشيخ طلال`` after ``الشيخ طلال الفهد``). Other labels merge on equal
    keys. Entities with one ``kb_id`` (a gazetteer entry: ``الناتو`` and ``حلف شمال الأطلسي``)
    are one speaker.

    Args:
        text: The text the entities were found in.
        ents: Each entity with its :func:`speaker_label`; those labelled ``""``
            are left out.

    Returns:
        The :class:`Speaker` of each speaker entity by its index in ``ents``;
        entities of one group share one Speaker, named by its fullest mention
        without a clitic, listing every mention in the order of ``ents``.

    Example:
        >>> text = "قال مارك روته إن الحلف مستعد. وروته قال أيضا"
        >>> ents = [(Entity("مارك روته", "PER", 4, 13), "PER"),
        ...         (Entity("وروته", "PER", 30, 35), "PER")]
        >>> speakers = cluster_speakers(text, ents)
        >>> speakers[0] is speakers[1], speakers[1].name, len(speakers[1].mentions)
        (True, 'مارك روته', 2)
    """
    keys = {i: tuple(match_key(text[e.start : e.end]).split()) for i, (e, lab) in enumerate(ents)}
    found = {i: words for i, words in keys.items() if ents[i][1] and words}
    full_names = {w for i, w in found.items() if ents[i][1] == "PER" and len(w) > 1}
    known = set(found.values()) | {n[-k:] for n in full_names for k in range(1, len(n))}
    stripped: dict[int, tuple[tuple[str, ...], int, str]] = {}
    headed: set[int] = set()  # cut before an organization's head: a sure reading
    for i, words in found.items():
        stripped[i] = (words, 0, "")
        for rest, cut, restore in clitic_variants(words[0]):
            # "[ORG بوزارة الداخلية]" names وزارة الداخلية even when written only so
            if ents[i][1] == "ORG" and len(words) > 1 and rest in ORG_HEADS:
                headed.add(i)
            if (rest, *words[1:]) in known or i in headed:
                stripped[i] = ((rest, *words[1:]), cut, restore)
                break
    groups: dict[tuple, list[int]] = {}
    order = sorted(found, key=lambda i: (-len(stripped[i][0]), ents[i][0].start))
    for i in order:
        words, label = stripped[i][0], ents[i][1]
        fits = [g for g in groups if g[0] == label == "PER" and g[1][-len(words) :] == words]
        if not fits and label == "PER" and len(words) == 1 and _after_honorific(text, ents[i][0].start):
            # "وقال الشيخ طلال" after "الشيخ طلال الفهد": a given name after an honorific,
            # as Gulf papers name sheikhs and princes, when one full name begins with it
            firsts = [g for g in groups if g[0] == "PER" and len(g[1]) > 1 and g[1][0] == words[0]]
            fits = firsts if len(firsts) == 1 else []
        if not fits:
            groups.setdefault((label, words), []).append(i)
            continue
        # The nearest earlier full name wins (two ministers called نتنياهو are rare).
        start = ents[i][0].start
        fits.sort(
            key=lambda g: min((ents[j][0].start > start, abs(ents[j][0].start - start)) for j in groups[g])
        )
        groups[fits[0]].append(i)
    # Names a gazetteer knows as one entry are one speaker (الناتو, حلف شمال الأطلسي),
    # whatever labels the tagger gave them: the group met first keeps its label.
    by_entry: dict[str, tuple] = {}
    for key in list(groups):
        entry = next((ents[j][0].kb_id for j in groups[key] if ents[j][0].kb_id), None)
        if entry is None:
            continue
        if entry in by_entry:
            groups[by_entry[entry]] += groups.pop(key)
        else:
            by_entry[entry] = key
    speakers: dict[int, Speaker] = {}
    for (label, _), members in groups.items():
        best = min(
            members,
            key=lambda j: (
                stripped[j][1] > 0 and j not in headed,
                -len(stripped[j][0]),
                -(ents[j][0].end - ents[j][0].start),
            ),
        )
        _, cut, restore = stripped[best]
        written = text[ents[best][0].start : ents[best][0].end]
        name = restore + " ".join(strip_marks(written).split())[cut:]
        mentions = [Mention(ents[j][0].start, ents[j][0].end) for j in sorted(members)]
        speaker = Speaker(name, label, mentions)
        speakers.update((j, speaker) for j in members)
    return speakers
