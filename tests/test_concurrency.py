"""One loaded pipeline shared by threads gives exactly what sequential use gives.

Two tests: the whole pipeline with its real (tiny) models in a thread pool, and
the predictors' encoding under heavy concurrent use with a model double whose
logits are a function of the input ids, so that any mix-up between threads (an
error, or one thread's tokenizer settings applied to another's text) changes a
result. The second fails within a few calls without the tokenizer lock.
"""

from concurrent.futures import ThreadPoolExecutor

import numpy as np
from conftest import FIXTURES

import qawl
from qawl.data.readers import read_json_lines
from qawl.models.ner import NerTagger
from qawl.models.stance import StanceClassifier

LONG = "وقال مارك روته إن " + " ".join(["الحلف يراقب الوضع في كورسك عن كثب"] * 40) + "."


def test_concurrency_thread_pool_matches_sequential(tiny_bundle):
    nlp = qawl.load(tiny_bundle)
    articles = [rec["text"] for _, rec in read_json_lines(FIXTURES / "golden" / "inputs.jsonl")]
    texts = (articles[:3] + [LONG, "قال بوتين: «لن نتراجع»."]) * 2
    sequential = [nlp(t).to_dict() for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(lambda t: nlp(t).to_dict(), texts)) == sequential
    # Batched use too (pipe), each thread with its own stream of documents.
    chunks = [texts[i::3] for i in range(3)]
    analyze = lambda chunk: [d.to_dict() for d in nlp.pipe(chunk, doc_batch_size=3)]
    expected = [analyze(chunk) for chunk in chunks]
    with ThreadPoolExecutor(max_workers=3) as pool:
        assert list(pool.map(analyze, chunks)) == expected
    assert sum(len(d["statements"]) for d in sequential) > 5


class IdsBackend:
    """Logits that are a fixed function of the ids: cheap, and faithful to the encoding."""

    name = "ids"

    def __init__(self, n_labels: int, per_token: bool):
        self.n_labels, self.per_token = n_labels, per_token

    def logits(self, batch):
        ids = batch["input_ids"].astype(np.float32)
        scores = np.stack([np.sin(ids * (k + 1)) for k in range(self.n_labels)], axis=-1)
        return scores if self.per_token else scores.mean(axis=1)


def test_concurrency_encoding_is_thread_safe(tiny_bundle):
    nlp = qawl.load(tiny_bundle)
    ner = NerTagger(
        IdsBackend(len(nlp.ner.id2label), True), nlp.ner.tokenizer, nlp.ner.id2label, nlp.ner.settings
    )
    stance = StanceClassifier(
        IdsBackend(len(nlp.stance.id2label), False),
        nlp.stance.tokenizer,
        nlp.stance.id2label,
        nlp.stance.settings,
    )
    words = LONG.split()
    sentences = [words[k:] + words[:k] for k in range(0, 60, 3)]  # long: several windows each
    items = [("مارك روته", " ".join(s[: 10 + 7 * k]), " ".join(s)) for k, s in enumerate(sentences)]
    jobs = [("ner", [s]) for s in sentences] + [("stance", [it]) for it in items]
    run = lambda job: (ner if job[0] == "ner" else stance).predict(job[1])
    sequential = [run(job) for job in jobs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            assert list(pool.map(run, jobs)) == sequential
