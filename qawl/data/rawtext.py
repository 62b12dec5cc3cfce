"""Raw text for pretraining: documents from files and globs, normalized word by word.

Raw text is one document per line (SaudiNewsNet's ``title . content``); it is read
with ``datasets``' ``text`` loader in streaming mode, so nothing is copied into a
cache and the order is the files' order. The shipped corpus (CoNLL sentences,
stance JSONL contexts) adds the text the encoder will be fine-tuned on.

Every document is split into words with :func:`qawl.data.text.split_words` (the
words NER training and the pipeline see) and normalized word by word with the
run's :class:`~qawl.data.text.Normalizer`. Normalized words never contain
whitespace, so a normalized document is stored as its words joined by spaces and
split back exactly.

Example:
    >>> from qawl.data.text import Normalizer
    >>> normalize_document("قال الرئيـس: «إلى اللقاء».", Normalizer(fold_alef=True))
    'قال الرئيس : « الى اللقاء » .'
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from qawl.data.readers import read_ner_file, read_stance_jsonl
from qawl.data.text import Normalizer, split_words

_GLOB_CHARS = set("*?[")


def resolve_text_files(patterns: list[str]) -> list[Path]:
    """Expand files and glob patterns, in the order given (each glob sorted).

    Args:
        patterns: Paths or glob patterns (``data/raw/*.txt``).

    Returns:
        The files, without duplicates.

    Raises:
        FileNotFoundError: A path that does not exist or a glob that matches no
            file (named in the message).

    Example:
        >>> resolve_text_files(["README.md"])
        [PosixPath('README.md')]
    """
    files: list[Path] = []
    for pattern in patterns:
        if _GLOB_CHARS & set(pattern):
            matches = sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
            if not matches:
                raise FileNotFoundError(f"data.text: the pattern {pattern!r} matches no file")
        else:
            if not Path(pattern).is_file():
                raise FileNotFoundError(f"data.text: {pattern} does not exist")
            matches = [Path(pattern)]
        files.extend(m for m in matches if m not in files)
    return files


def iter_raw_documents(files: list[Path], max_documents: int | None = None) -> Iterator[str]:
    """Stream the non-empty lines of text files, one document each.

    Args:
        files: Text files (UTF-8), read in order.
        max_documents: Stop after this many documents.

    Yields:
        Each document, stripped.
    """
    from datasets import load_dataset

    stream = load_dataset("text", data_files=[str(f) for f in files], split="train", streaming=True)
    count = 0
    for row in stream:
        text = row["text"].strip()
        if not text:
            continue
        if max_documents is not None and count >= max_documents:
            return
        count += 1
        yield text


def iter_corpus_documents(files: list[str]) -> Iterator[list[str]]:
    """The words of the shipped corpus: CoNLL (or NER JSONL) sentences, stance contexts.

    A stance file (``.jsonl`` with ``speaker``/``statement``/``label``) gives each
    distinct context (or the statement when there is none), split into words.

    Args:
        files: Corpus files; a ``.jsonl`` whose first record has ``statement`` is
            read as stance data, anything else as NER data.

    Yields:
        One list of words per sentence or context.

    Raises:
        FileNotFoundError: A missing file.
        qawl.data.readers.DataError: A malformed file.
    """
    for name in files:
        path = Path(name)
        if not path.is_file():
            raise FileNotFoundError(f"data.corpus_files: {path} does not exist")
        if path.suffix == ".jsonl" and '"statement"' in path.read_text(encoding="utf-8")[:2000]:
            seen: set[str] = set()
            for stance_ex in read_stance_jsonl(path):
                text = stance_ex.context or stance_ex.statement
                if text not in seen:
                    seen.add(text)
                    yield [w.text for w in split_words(text)]
        else:
            for ex in read_ner_file(path):
                yield list(ex.words)


def normalize_document(text: str, normalizer: Normalizer) -> str:
    """Split a raw document into words, normalize each, and join them with spaces."""
    return " ".join(normalizer.normalize_words([w.text for w in split_words(text)]))


def write_normalized(
    raw: Iterable[str], corpus: Iterable[list[str]], normalizer: Normalizer, path: Path
) -> tuple[int, int]:
    """Normalize raw documents and corpus sentences into one text file.

    Raw documents come first, then the corpus; one document per line, words joined
    by single spaces. The file is written under a temporary name and renamed, so a
    half-written file is never taken for a finished one.

    Args:
        raw: Raw documents (see :func:`iter_raw_documents`).
        corpus: Corpus sentences as words (see :func:`iter_corpus_documents`).
        normalizer: The run's per-word normalizer.
        path: Where to write.

    Returns:
        ``(raw documents, corpus documents)`` written (empty ones are skipped).
    """
    tmp = path.with_name(path.name + ".tmp")
    n_raw = n_corpus = 0
    with open(tmp, "w", encoding="utf-8") as out:
        for text in raw:
            line = normalize_document(text, normalizer)
            if line:
                out.write(line + "\n")
                n_raw += 1
        for words in corpus:
            line = " ".join(normalizer.normalize_words(words))
            if line:
                out.write(line + "\n")
                n_corpus += 1
    tmp.replace(path)
    return n_raw, n_corpus


def iter_lines(path: Path) -> Iterator[str]:
    """The lines of a normalized file, without their newline."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n")
