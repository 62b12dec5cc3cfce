"""Facts about files on disk that more than one layer needs.

Example:
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = path.write_bytes(b"qawl")
    >>> file_sha256(path)[:12]
    '15a89fe043aa'
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of a file's bytes (hex), read in 1 MiB blocks.

    Used where a file must be recognised by its content, not its name or
    modification time: the checksums in a bundle manifest, and the key of the
    pretraining cache (a re-mounted file keeps its bytes, not its mtime).
    """
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
