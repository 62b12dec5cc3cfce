"""One loaded pipeline shared by threads gives exactly what sequential use gives."""

from concurrent.futures import ThreadPoolExecutor

from conftest import FIXTURES

import qawl
from qawl.data.readers import read_json_lines

LONG = "وقال مارك روته إن " + " ".join(["الحلف يراقب الوضع في كورسك عن كثب"] * 40) + "."


def _texts() -> list[str]:
    articles = [rec["text"] for _, rec in read_json_lines(FIXTURES / "golden" / "inputs.jsonl")]
    # Short and long documents, so NER windows, stance windows and every tokenizer
    # setting (plain, truncated, overflowing) are in use at once.
    return (articles[:6] + [LONG, "قال بوتين: «لن نتراجع»."]) * 3


def test_concurrency_thread_pool_matches_sequential(tiny_bundle):
    nlp = qawl.load(tiny_bundle)
    texts = _texts()
    sequential = [nlp(t).to_dict() for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda t: nlp(t).to_dict(), texts))
    assert threaded == sequential
    # Batched use too (pipe), each thread with its own stream of documents.
    chunks = [texts[i::4] for i in range(4)]
    analyze = lambda chunk: [d.to_dict() for d in nlp.pipe(chunk, doc_batch_size=3)]
    expected = [analyze(chunk) for chunk in chunks]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(analyze, chunks)) == expected
    assert sum(len(d["statements"]) for d in sequential) > 10
