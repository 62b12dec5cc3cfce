"""Mention replacement: more NER training sentences from the ones we have.

A from-scratch model trained on a small corpus memorises names. Copying each
training sentence with its entities swapped for other mentions of the same type
(Dai & Adel, 2020, "mention replacement") pushes it to learn from context — the
title before a name, the verb after it — which is what carries over to names it
has never seen. Dev and test data are never augmented.
"""

from __future__ import annotations

import random
from collections import defaultdict

from qawl.data.readers import NerExample


def entity_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` word spans of the entities in an IOB2 sequence.

    Example:
        >>> entity_spans(["O", "B-PER", "I-PER", "B-GPE"])
        [(1, 3, 'PER'), (3, 4, 'GPE')]
    """
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    typ = ""
    for k, tag in enumerate(list(tags) + ["O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == typ):
            spans.append((start, k, typ))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, typ = k, tag[2:]
    return spans


def replace_mentions(examples: list[NerExample], copies: int, seed: int = 13) -> list[NerExample]:
    """Return ``copies`` augmented copies of every sentence that has entities.

    Each entity is replaced by a mention of the same type drawn from the whole
    training set (its words and its B-/I- tags), so labels stay consistent.

    Args:
        examples: Training sentences (unchanged).
        copies: How many augmented copies per sentence (0 returns []).
        seed: Makes the draw repeatable.

    Returns:
        The new sentences only; the caller adds them to the originals.

    Example:
        >>> ex = [NerExample(["قال", "بوتين"], ["O", "B-PER"]),
        ...       NerExample(["زار", "ماكرون", "إيمانويل"], ["O", "B-PER", "I-PER"])]
        >>> out = replace_mentions(ex, 2, seed=0)
        >>> len(out), all(len(e.words) == len(e.tags) for e in out)
        (4, True)
        >>> out[1].words, out[1].tags
        (['قال', 'ماكرون', 'إيمانويل'], ['O', 'B-PER', 'I-PER'])
    """
    if copies <= 0:
        return []
    pool: dict[str, list[list[str]]] = defaultdict(list)
    for ex in examples:
        for start, end, typ in entity_spans(ex.tags):
            pool[typ].append(ex.words[start:end])
    rng = random.Random(seed)
    out = []
    for ex in examples:
        spans = entity_spans(ex.tags)
        if not spans:
            continue
        for n in range(copies):
            words, tags, prev = [], [], 0
            for start, end, typ in spans:
                words += ex.words[prev:start]
                tags += ex.tags[prev:start]
                mention = rng.choice(pool[typ])
                words += mention
                tags += [f"B-{typ}"] + [f"I-{typ}"] * (len(mention) - 1)
                prev = end
            words += ex.words[prev:]
            tags += ex.tags[prev:]
            out.append(NerExample(words, tags, f"{ex.source} (mention replacement {n + 1})"))
    return out
