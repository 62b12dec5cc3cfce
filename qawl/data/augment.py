"""More NER training sentences from the ones we have: mention replacement, printed spelling.

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
from qawl.data.text import fold_alef


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


PRINTED_SPELLING_RATE = 0.5  # share of a noisy copy's words written as papers print them


def printed_spelling(word: str, rng: random.Random) -> str:
    """A word as many papers print it: hamza dropped from alef, a final ي/ى or ة/ه swapped.

    Example:
        >>> printed_spelling("إلى", random.Random(1)), printed_spelling("الصحة", random.Random(1))
        ('الي', 'الصحه')
    """
    out = fold_alef(word)
    if out.endswith("ى") or (out.endswith("ي") and rng.random() < 0.3):
        out = out[:-1] + ("ي" if out.endswith("ى") else "ى")
    if out.endswith("ة"):
        out = out[:-1] + "ه"
    return out


def orthographic_noise(examples: list[NerExample], copies: int, seed: int = 13) -> list[NerExample]:
    """Copies of each sentence with about half its words in printed spelling.

    For a model whose own vocabulary does not fold spelling (a pretrained hub model
    such as AraBERT), these copies teach it that ``ايران`` is ``إيران``; a model
    trained with the folding normalizer (``fold_alef``…) needs none.

    Args:
        examples: Training sentences (unchanged).
        copies: How many noisy copies per sentence (0 returns []).
        seed: Makes the draw repeatable.

    Returns:
        The new sentences only, with the same tags.

    Example:
        >>> out = orthographic_noise([NerExample(["أعلنت", "إيران"], ["O", "B-GPE"])], 1, seed=3)
        >>> out[0].tags, len(out[0].words)
        (['O', 'B-GPE'], 2)
    """
    rng = random.Random(seed)
    out = []
    for n in range(copies):
        for ex in examples:
            words = [
                printed_spelling(w, rng) if rng.random() < PRINTED_SPELLING_RATE else w for w in ex.words
            ]
            out.append(NerExample(words, list(ex.tags), f"{ex.source} (printed spelling {n + 1})"))
    return out
