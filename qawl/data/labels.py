"""Label sets and the IOB2 scheme: discover, check, repair.

Labels are data. The list is built here, deterministically, from the training
data or the config, and from then on lives in one place only: the model's
``config.json`` (``id2label``/``label2id``). Nothing else in qawl keeps a copy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

from qawl.data.readers import DataError, NerExample


def entity_type(tag: str) -> str | None:
    """The entity type of an IOB2 tag, or None for ``O``.

    Raises:
        DataError: A tag that is not ``O``, ``B-X`` or ``I-X``.

    Example:
        >>> entity_type("B-PER"), entity_type("O")
        ('PER', None)
    """
    if tag == "O":
        return None
    if len(tag) > 2 and tag[:2] in ("B-", "I-"):
        return tag[2:]
    raise DataError(
        f"tag {tag!r} is not IOB2: expected 'O', 'B-TYPE' or 'I-TYPE' "
        "(convert IOBES/BILOU data to IOB2 first)"
    )


def check_tags(examples: Iterable[NerExample]) -> None:
    """Check that every tag is IOB2 (``O``, ``B-X``, ``I-X``), naming the first that is not.

    Raises:
        DataError: The sentence (``file:line``), word and tag, and the fix.

    Example:
        >>> check_tags([NerExample(["روسيا"], ["PER"], "a.conll:3")])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        qawl.data.errors.DataError: a.conll:3 word 0 ('روسيا'): tag 'PER' is not IOB2: ...
    """
    for ex in examples:
        for k, tag in enumerate(ex.tags):
            try:
                entity_type(tag)
            except DataError as err:
                raise DataError(f"{ex.source} word {k} ({ex.words[k]!r}): {err}") from None


def check_scheme(examples: list[NerExample], on_error: Literal["error", "repair"] = "repair") -> int:
    """Check that every ``I-X`` continues a ``B-X`` or ``I-X``; repair or fail.

    Args:
        examples: Sentences to check; repaired in place when ``on_error="repair"``.
        on_error: ``"error"`` raises; ``"repair"`` turns each orphan ``I-X`` into ``B-X``.

    Returns:
        How many tags were repaired (0 when the data is clean).

    Raises:
        DataError: On the first orphan ``I-X`` when ``on_error="error"``, naming
            the sentence and the total count; or on a tag that is not IOB2.

    Example:
        >>> ex = [NerExample(["في", "باريس"], ["O", "I-GPE"])]
        >>> check_scheme(ex), ex[0].tags
        (1, ['O', 'B-GPE'])
    """
    bad: list[tuple[NerExample, int]] = []
    for ex in examples:
        prev = "O"
        for k, tag in enumerate(ex.tags):
            typ = entity_type(tag)
            if tag.startswith("I-") and prev[2:] != typ:
                bad.append((ex, k))
            prev = tag
    if bad and on_error == "error":
        ex, k = bad[0]
        raise DataError(
            f"{len(bad)} tag(s) 'I-X' do not follow 'B-X'/'I-X'; first at {ex.source} "
            f"word {k} ({ex.words[k]!r} {ex.tags[k]}). Fix the data or set "
            "data.scheme_errors: repair to turn them into B-X"
        )
    for ex, k in bad:
        ex.tags[k] = "B-" + ex.tags[k][2:]
    return len(bad)


def build_label_list(
    tag_sequences: Iterable[Sequence[str]], configured: list[str] | None = None
) -> list[str]:
    """The label list of a run: ``O``, then ``B-``/``I-`` of each type, sorted.

    Both forms of every type are included even if the data only shows ``B-X``,
    so a model can predict a multi-word entity of any type it knows.

    Args:
        tag_sequences: Tags of the training data (and dev/test, to check coverage).
        configured: The list from the config, if any; it must cover the data.

    Returns:
        The label list; index = label id.

    Raises:
        DataError: Tags in the data that the configured list lacks (named), or a
            configured list without ``O``.

    Example:
        >>> build_label_list([["B-PER", "I-PER", "O", "B-GPE"]])
        ['O', 'B-GPE', 'I-GPE', 'B-PER', 'I-PER']
    """
    seen = Counter(tag for seq in tag_sequences for tag in seq)
    if configured is not None:
        if "O" not in configured:
            raise DataError(f"data.labels {configured} must include 'O'")
        for tag in configured:
            entity_type(tag)
        return check_labels_cover(seen, configured)
    types = sorted({t for tag in seen if (t := entity_type(tag))})
    return ["O"] + [f"{p}-{t}" for t in types for p in ("B", "I")]


def check_labels_cover(seen: Counter[str], configured: list[str]) -> list[str]:
    """Check that a configured label list covers every label the data uses.

    Args:
        seen: How often each label occurs in the data.
        configured: ``data.labels`` from the config.

    Returns:
        ``configured`` (a copy), the label list of the run.

    Raises:
        DataError: Labels in the data that the list lacks, with their counts.

    Example:
        >>> check_labels_cover(Counter({"neutral": 3}), ["neutral", "escalation"])
        ['neutral', 'escalation']
    """
    missing = sorted(set(seen) - set(configured))
    if missing:
        raise DataError(
            f"labels {missing} occur in the data ({', '.join(f'{t}: {seen[t]}' for t in missing)}) "
            f"but not in data.labels {configured}; add them to the config or fix the data"
        )
    return list(configured)


def validate_id2label(id2label: dict[int, str]) -> None:
    """Check a loaded model's NER labels: ids 0..n-1, ``O`` present, IOB2 tags.

    Raises:
        DataError: Naming the offending label and the fix.
    """
    if sorted(id2label) != list(range(len(id2label))):
        raise DataError(f"id2label ids must be 0..{len(id2label) - 1}, got {sorted(id2label)}")
    if "O" not in id2label.values():
        raise DataError(f"id2label {id2label} has no 'O' label: is this an IOB2 NER model?")
    for tag in id2label.values():
        entity_type(tag)


def decode_iob2(probs, id2label: dict[int, str]) -> list[str]:
    """Best label sequence under IOB2 rules: an ``I-X`` only after ``B-X`` or ``I-X``.

    Viterbi over the words' label probabilities. Taking each word's argmax can
    open an entity with ``I-X`` or switch type mid-entity; seqeval's default mode
    then counts a broken entity. Constrained decoding returns the most probable
    sequence that is valid IOB2.

    Args:
        probs: ``[n_words, n_labels]`` probabilities (rows of a softmax).
        id2label: The model's labels.

    Returns:
        One label per word.

    Example:
        >>> import numpy as np
        >>> labels = {0: "O", 1: "B-PER", 2: "I-PER"}
        >>> decode_iob2(np.array([[0.4, 0.2, 0.4], [0.1, 0.1, 0.8]]), labels)
        ['B-PER', 'I-PER']
    """
    import numpy as np

    probs = np.asarray(probs, dtype=np.float64)
    n, k = probs.shape
    if n == 0:
        return []
    labels = [id2label[i] for i in range(k)]
    # allowed[i, j]: label j may follow label i.
    allowed = np.array([[not (b.startswith("I-") and a[2:] != b[2:]) for b in labels] for a in labels])
    start_ok = np.array([not lab.startswith("I-") for lab in labels])
    # The best sequence of all is the best valid one when it is valid (most sentences):
    # no need for the search.
    greedy = probs.argmax(1)
    if start_ok[greedy[0]] and allowed[greedy[:-1], greedy[1:]].all():
        return [labels[i] for i in greedy]
    logp = np.log(np.clip(probs, 1e-12, 1.0))
    score = np.where(start_ok, logp[0], -np.inf)
    back = np.zeros((n, k), dtype=np.int64)
    for t in range(1, n):
        cand = np.where(allowed, score[:, None], -np.inf)  # [from, to]
        back[t] = cand.argmax(0)
        score = cand.max(0) + logp[t]
    best = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return [labels[i] for i in reversed(best)]
