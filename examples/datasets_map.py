"""Analyze a JSONL corpus with Hugging Face ``datasets``: the same batch job, another engine.

    python examples/datasets_map.py corpus.jsonl out.jsonl --bundle models/bundle-tiny --num-proc 4

``datasets.Dataset.map(num_proc=N)`` splits the corpus into N shards, one process
each; every process loads the bundle once (``_pipeline`` caches it) and analyzes
its shard in batches. Arrow keeps the corpus on disk, memory-mapped, so the corpus
can be larger than RAM. The output has the lines ``qawl analyze --jsonl`` writes
(``{"id": ..., "text": ..., "entities": [...], "statements": [...]}``), in input
order.

On several machines the same ``analyze_batch`` function runs on a cluster engine
that maps batches of records: for Ray Data (``pip install 'ray[data]'``),

    import ray
    ds = ray.data.read_json("s3://bucket/corpus/")
    ds.map_batches(analyze_batch, fn_kwargs={"bundle": "/shared/bundle-tiny", "field": "text"},
                   batch_size=16, concurrency=8).write_json("s3://bucket/out/")

(ids are then kept per line, not the global order). ``qawl analyze --jsonl --workers N``
does the same on one machine without either engine, and can resume.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

_PIPELINES: dict[str, Any] = {}


def _pipeline(bundle: str, threads: int | None) -> Any:
    """The bundle's pipeline, loaded once per process (each map worker has its own)."""
    if bundle not in _PIPELINES:
        import qawl

        _PIPELINES[bundle] = qawl.load(bundle, threads=threads)
    return _PIPELINES[bundle]


def analyze_batch(
    batch: dict[str, list], bundle: str, field: str = "text", threads: int | None = 1
) -> dict[str, list[str]]:
    """One batch of records → one output JSON line per record (column ``line``).

    Args:
        batch: Columns of a batch (``datasets`` batched format); ``field`` holds
            the text, ``id`` (if present) the record's id.
        bundle: The bundle to analyze with (a path every process can read).
        field: The text column.
        threads: Threads per process (1: one core each, the usual choice with
            several processes).
    """
    nlp = _pipeline(bundle, threads)
    ids = batch.get("id") or [None] * len(batch[field])
    lines = []
    for name, doc in zip(ids, nlp.pipe(batch[field]), strict=True):
        lines.append(json.dumps({"id": name, **doc.to_dict()}, ensure_ascii=False))
    return {"line": lines}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="JSONL, one article per line")
    parser.add_argument("output", help="JSONL output, one analyzed article per line")
    parser.add_argument("--bundle", default="models/bundle-tiny")
    parser.add_argument("--field", default="text")
    parser.add_argument("--num-proc", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--cache-dir", help="where datasets keeps its Arrow files (default: its cache)")
    args = parser.parse_args(argv)

    from datasets import Dataset

    ds = Dataset.from_json(args.corpus, cache_dir=args.cache_dir)
    out = ds.map(
        analyze_batch,
        batched=True,
        batch_size=args.batch_size,
        num_proc=args.num_proc,
        fn_kwargs={"bundle": os.path.abspath(args.bundle), "field": args.field},
        remove_columns=ds.column_names,
        desc="qawl",
    )
    with open(args.output, "w", encoding="utf-8") as handle:
        for batch in out.iter(batch_size=1000):  # streamed from the Arrow files
            handle.writelines(line + "\n" for line in batch["line"])
    print(f"{len(out)} articles analyzed by {args.num_proc} process(es) into {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
