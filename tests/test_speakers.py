"""Tests for qawl.attribution.speakers: speaker labels, clitics and merging mentions."""

from __future__ import annotations

import pytest

from qawl.attribution.speakers import clitic_variants, cluster_speakers, speaker_label
from qawl.document import Entity


def labelled(text: str, *specs: tuple[str, str, int]) -> list[tuple[Entity, str]]:
    """``(words, label, nth)`` specs as entities paired with their speaker label."""
    out = []
    for words, label, nth in specs:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        out.append((Entity(words, label, start, start + len(words)), speaker_label(label)))
    return out


@pytest.mark.parametrize(
    "label, expected",
    [
        ("PER", "PER"),
        ("PERS", "PER"),
        ("B-PER", "PER"),
        ("person", "PER"),
        ("I-PERSON", "PER"),
        ("ORG", "ORG"),
        ("organization", "ORG"),
        ("B-GPE", "GPE"),
        ("LOC", ""),
        ("B-LOC", ""),
        ("DATE", ""),
        ("MISC", ""),
        ("", ""),
    ],
)
def test_speaker_label_maps_label_sets(label, expected):
    assert speaker_label(label) == expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("وروته", [("روته", 1, "")]),
        ("للناتو", [("لناتو", 1, ""), ("الناتو", 2, "ال"), ("ناتو", 2, "")]),
        ("روته", []),
        ("ود", []),  # too short to leave a name
    ],
)
def test_clitic_variants(word, expected):
    assert clitic_variants(word) == expected


def test_surname_and_clitic_mentions_merge_into_the_full_name():
    text = "قال مارك روته إن الحلف مستعد. وكان روته قد زار ليتوانيا.\nوروته قال أيضا إن الإنفاق يجب أن يرتفع."
    ents = labelled(
        text, ("مارك روته", "PER", 0), ("روته", "PER", 1), ("ليتوانيا", "GPE", 0), ("وروته", "PER", 0)
    )
    speakers = cluster_speakers(text, ents)
    roth = speakers[0]
    assert speakers[1] is roth and speakers[3] is roth
    assert (roth.name, roth.label) == ("مارك روته", "PER")
    assert [text[m.start : m.end] for m in roth.mentions] == ["مارك روته", "روته", "وروته"]
    assert speakers[2].name == "ليتوانيا" and speakers[2] is not roth


def test_surname_joins_the_nearest_earlier_full_name():
    text = "قال أنتوني بلينكن إن الهدنة هشة. وقال دونالد بلينكن إن الوساطة مستمرة. وأضاف بلينكن"
    ents = labelled(text, ("أنتوني بلينكن", "PER", 0), ("دونالد بلينكن", "PER", 0), ("بلينكن", "PER", 2))
    speakers = cluster_speakers(text, ents)
    assert speakers[2] is speakers[1] is not speakers[0]
    assert [s.name for s in (speakers[0], speakers[2])] == ["أنتوني بلينكن", "دونالد بلينكن"]


def test_organization_with_li_prefix_gets_its_article_back():
    text = "وأعلن الناتو أن قواته في حالة تأهب، في بيان للناتو صدر أمس."
    speakers = cluster_speakers(text, labelled(text, ("الناتو", "ORG", 0), ("للناتو", "ORG", 0)))
    assert speakers[0] is speakers[1]
    assert (speakers[0].name, len(speakers[0].mentions)) == ("الناتو", 2)


@pytest.mark.parametrize(
    "text, words, label, name",
    [
        # an organization's head loses its clitic though the article never writes it bare
        ("صرح المتحدث الأمني بوزارة الداخلية بأن", "بوزارة الداخلية", "ORG", "وزارة الداخلية"),
        # not a person's name, nor a one-word organization (بلدية is no ب + لدية)
        ("وقال وليد الراشد إن", "وليد الراشد", "PER", "وليد الراشد"),
        ("أعلنت بلدية الخبر", "بلدية الخبر", "ORG", "بلدية الخبر"),
    ],
)
def test_an_organization_head_reads_without_its_clitic(text, words, label, name):
    assert cluster_speakers(text, labelled(text, (words, label, 0)))[0].name == name


def test_non_speakers_and_diacritics():
    text = "قال إيمانويـل ماكرُون في باريس"
    ents = labelled(text, ("إيمانويـل ماكرُون", "PER", 0), ("باريس", "LOC", 0))
    speakers = cluster_speakers(text, ents)
    assert 1 not in speakers  # a place does not speak
    assert speakers[0].name == "إيمانويل ماكرون"  # tatweel and damma dropped, hamza kept
