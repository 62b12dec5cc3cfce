import pytest

from qawl.data.labels import build_label_list, check_scheme, entity_type, validate_id2label
from qawl.data.readers import DataError, NerExample


def test_labels_sorted_and_complete():
    labels = build_label_list([["B-PER", "O"], ["B-GPE", "I-GPE"]])
    assert labels == ["O", "B-GPE", "I-GPE", "B-PER", "I-PER"]
    assert build_label_list([["B-GPE", "I-GPE"], ["B-PER", "O"]]) == labels


def test_labels_configured_list_must_cover_data():
    with pytest.raises(DataError, match=r"\['B-MISC'\] occur in the data"):
        build_label_list([["B-MISC", "O"]], ["O", "B-PER", "I-PER"])
    assert build_label_list([["B-PER"]], ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"])[-1] == "I-LOC"


def test_labels_orphan_inside_error_and_repair():
    ex = [NerExample(["في", "باريس", "و", "لندن"], ["O", "I-GPE", "O", "I-GPE"], "f:1")]
    with pytest.raises(DataError, match=r"2 tag\(s\) 'I-X'.*f:1 word 1"):
        check_scheme(ex, "error")
    assert check_scheme(ex, "repair") == 2
    assert ex[0].tags == ["O", "B-GPE", "O", "B-GPE"]
    assert check_scheme(ex, "repair") == 0


@pytest.mark.parametrize("tag", ["S-PER", "PER", "B_PER", "E-LOC"])
def test_labels_unknown_scheme_rejected(tag):
    with pytest.raises(DataError, match="not IOB2"):
        entity_type(tag)


def test_labels_validate_id2label():
    validate_id2label({0: "O", 1: "B-PER", 2: "I-PER"})
    with pytest.raises(DataError, match="no 'O'"):
        validate_id2label({0: "B-PER", 1: "I-PER"})
    with pytest.raises(DataError, match="ids must be"):
        validate_id2label({0: "O", 2: "B-PER"})


def test_labels_decode_iob2_never_opens_with_inside():
    import numpy as np

    from qawl.data.labels import decode_iob2

    labels = {0: "O", 1: "B-PER", 2: "I-PER", 3: "B-GPE", 4: "I-GPE"}
    probs = np.array(
        [
            [0.5, 0.1, 0.0, 0.0, 0.4],  # argmax O
            [0.1, 0.1, 0.0, 0.1, 0.7],  # argmax I-GPE after O: invalid
            [0.1, 0.0, 0.6, 0.1, 0.2],
        ]
    )  # argmax I-PER after GPE: invalid
    assert [labels[i] for i in probs.argmax(-1)] == ["O", "I-GPE", "I-PER"]
    out = decode_iob2(probs, labels)
    assert out == ["O", "B-PER", "I-PER"]  # 0.5 * 0.1 * 0.6: the best valid sequence
    for prev, cur in zip(["O"] + out, out):
        assert not cur.startswith("I-") or prev[2:] == cur[2:]
    assert decode_iob2(np.zeros((0, 5)), labels) == []


def test_labels_decode_iob2_is_the_most_probable_valid_sequence():
    """Against brute force over every valid sequence, on random probabilities: whether the
    most probable sequence of all is valid (the decoder then skips its search) or not."""
    import itertools

    import numpy as np

    from qawl.data.labels import decode_iob2

    labels = {0: "O", 1: "B-PER", 2: "I-PER", 3: "B-GPE", 4: "I-GPE"}
    rng = np.random.default_rng(7)
    greedy_valid = 0
    for trial in range(300):
        n = 1 + trial % 4
        probs = rng.dirichlet(np.full(5, 0.5), size=n)
        got = decode_iob2(probs, labels)
        valid = [
            seq
            for seq in itertools.product(range(5), repeat=n)
            if all(
                not labels[j].startswith("I-") or (t > 0 and labels[seq[t - 1]][2:] == labels[j][2:])
                for t, j in enumerate(seq)
            )
        ]
        best = max(valid, key=lambda seq: sum(np.log(probs[t, j]) for t, j in enumerate(seq)))
        assert got == [labels[j] for j in best]
        greedy_valid += tuple(probs.argmax(1)) in valid
    assert 0 < greedy_valid < 300  # both paths of the decoder were exercised
