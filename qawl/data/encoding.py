"""Bytes to text, safely: every file qawl reads goes through here.

qawl reads UTF-8. What older Arabic archives and everyday tools hand over is not
always that, and a raw ``UnicodeDecodeError`` (after the models have loaded) says
nothing useful. So, before any text is decoded, the first bytes are sniffed:

=====================================  ==========================================
what the file is                       what qawl does
=====================================  ==========================================
UTF-8, with or without a BOM           reads it (the BOM is dropped)
UTF-16 / UTF-32 with a BOM             reads it (the BOM names the encoding)
UTF-16 without a BOM                   recognised by its zero/0x06 high bytes, read
gzip (``.gz`` or not)                  decompressed on the fly, then as above
Windows-1256 (the Arabic code page)    refused: the message gives the ``iconv``
                                       command, or read it with ``encoding="cp1256"``
                                       (``--encoding cp1256``)
invalid UTF-8 (a few bad bytes)        refused, naming the file, line and byte
                                       offset; ``errors="replace"``
                                       (``--errors replace``) reads each bad byte
                                       as U+FFFD instead
ZIP/DOCX, PDF, other binary            refused, saying what the file looks like
=====================================  ==========================================

Example:
    >>> decode_bytes("قال".encode("utf-8"), "a.txt")
    'قال'
    >>> decode_bytes("قال الرئيس".encode("cp1256"), "old.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    qawl.data.errors.DataError: old.txt: not UTF-8: it looks like Windows-1256 (...)...
"""

from __future__ import annotations

import codecs
import gzip
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qawl.data.errors import DataError

ERRORS = ("strict", "replace")  # how undecodable bytes are handled (``--errors``)
_SNIFF_BYTES = 4096
_GZIP_MAGIC = b"\x1f\x8b"
# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# Signatures of files people pass by mistake, and what to say about them.
_SIGNATURES = [
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx document): unpack it or save the text as UTF-8"),
    (b"%PDF", "a PDF document: extract its text first (e.g. `pdftotext`)"),
    (b"BZh", "a bzip2 archive: decompress it first (`bunzip2`)"),
    (b"\xfd7zXZ\x00", "an xz archive: decompress it first (`unxz`)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive: unpack it first"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
]


@dataclass
class SkippedLines:
    """Lines left out under ``--skip-bad-lines``: how many, and where the first few were.

    Example:
        >>> s = SkippedLines()
        >>> s.add("c.jsonl:2", "not valid JSON")
        >>> s.count, s.summary()
        (1, 'skipped 1 bad line(s): c.jsonl:2: not valid JSON')
    """

    count: int = 0
    first: list[str] = field(default_factory=list)
    keep: int = 5

    def add(self, where: str, why: str) -> None:
        """Count one skipped line (its ``file:line`` and reason)."""
        self.count += 1
        if len(self.first) < self.keep:
            self.first.append(f"{where}: {why}")

    def summary(self) -> str:
        """One line for the end of a run: the count and the first reasons."""
        more = "; …" if self.count > len(self.first) else ""
        return f"skipped {self.count} bad line(s): " + "; ".join(self.first) + more


def _check_errors(errors: str) -> None:
    if errors not in ERRORS:
        raise ValueError(f"errors={errors!r}: choose one of {', '.join(ERRORS)}")


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is 0x00 or 0x06 (ASCII or Arabic high bytes)."""
    head = head[: len(head) // 2 * 2]
    if len(head) < 4:
        return None
    low, high = head[0::2], head[1::2]
    share = lambda bs: sum(b in (0x00, 0x06) for b in bs) / len(bs)
    if share(high) > 0.9 and share(low) < 0.5:
        return "utf-16-le"
    if share(low) > 0.9 and share(high) < 0.5:
        return "utf-16-be"
    return None


def sniff(head: bytes, name: str) -> str | None:
    """The codec a file's first bytes announce, or None for plain UTF-8 (checked later).

    Raises:
        DataError: An archive, a document or an image, or binary data (a NUL
            byte that is not UTF-16), with what the file looks like.

    Example:
        >>> sniff(codecs.BOM_UTF16_LE + "قال".encode("utf-16-le"), "a.txt")
        'utf-16'
        >>> sniff("قال".encode("utf-16-le"), "a.txt")
        'utf-16-le'
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            raise DataError(f"{name}: {what}; qawl reads UTF-8 text")
    utf16 = _utf16_without_bom(head)
    if utf16:
        return utf16
    if b"\x00" in head:
        nul = head.index(b"\x00")
        raise DataError(
            f"{name}: looks binary (a NUL byte at offset {nul}), not text; "
            "qawl reads UTF-8 text (UTF-16 with a byte-order mark and gzip are read too)"
        )
    return None


def looks_like_cp1256(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 read as Arabic in Windows-1256.

    UTF-8 Arabic decoded as Windows-1256 gives half symbols (``ط§ظ„``), and real
    Windows-1256 Arabic is almost never valid UTF-8; both are required, over at
    least four non-ASCII bytes (one stray byte is just a bad byte).

    Example:
        >>> looks_like_cp1256("وقال الرئيس".encode("cp1256")), looks_like_cp1256(b"caf\\xe9")
        (True, False)
    """
    as_cp1256 = data.decode("cp1256", errors="replace")
    high = [c for c in as_cp1256 if ord(c) >= 0x80]
    if len(high) < 4:
        return False
    arabic = sum("\u0600" <= c <= "\u06ff" for c in high)
    invalid = data.decode("utf-8", errors="replace").count("\ufffd")
    return arabic >= 0.7 * len(high) and invalid >= 0.3 * len(high)


def _bad_utf8(
    data: bytes, err: UnicodeDecodeError, name: str, offset: int, line: int | None, options: bool
) -> DataError:
    """The message for bytes that are not UTF-8, at ``offset + err.start`` of the file.

    ``options``: the reader offers ``--encoding``/``--errors`` (``qawl analyze``),
    so the message may suggest them; otherwise only fixing the file is.
    """
    at = offset + err.start
    if line is None:
        line = data.count(b"\n", 0, err.start) + 1
    bad = data[err.start : min(err.end, err.start + 4)]
    where = f"byte 0x{bad[0]:02x} at offset {at}, line {line}"
    if looks_like_cp1256(data):
        iconv = "iconv -f WINDOWS-1256 -t UTF-8"
        convert = (
            f"pipe it through `{iconv}`"
            if name.startswith("<")
            else f"convert it once: `{iconv} {name} > {Path(name).with_suffix('.utf8' + Path(name).suffix)}`"
        )
        return DataError(
            f"{name}: not UTF-8: it looks like Windows-1256 (the Arabic Windows code page of older "
            f"archives; {where}). To read it, {convert}" + (", or pass --encoding cp1256" if options else "")
        )
    fix = (
        "fix the file, or pass --errors replace to read each bad byte as U+FFFD"
        if options
        else f"fix the file (`iconv -f UTF-8 -t UTF-8 -c {name}` drops bad bytes)"
    )
    return DataError(f"{name}: invalid UTF-8 at byte offset {at} (line {line}: {bad!r}); {fix}")


def decode_bytes(
    data: bytes,
    name: str,
    errors: str = "strict",
    encoding: str | None = None,
    offset: int = 0,
    line: int | None = None,
    *,
    options: bool = True,
) -> str:
    """Decode a file's bytes (or one line of them) as :mod:`this module <qawl.data.encoding>` describes.

    Args:
        data: The bytes.
        name: The file, for messages.
        errors: ``strict`` (undecodable bytes are an error) or ``replace`` (U+FFFD).
        encoding: A codec to use instead of sniffing (``cp1256``, ``utf-16``…).
        offset: Where ``data`` starts in the file, for messages.
        line: The line ``data`` is, for messages (None: count from ``offset`` 0).
        options: Whether messages may point to ``--encoding`` and ``--errors``
            (readers of ``qawl analyze`` inputs); training data and configs must
            be fixed instead.

    Raises:
        DataError: Binary data, Windows-1256 text, or invalid UTF-8 under
            ``strict`` (file, line and byte offset named).
    """
    _check_errors(errors)
    if encoding:
        try:
            return data.decode(encoding, errors)
        except LookupError:
            raise DataError(f"unknown encoding {encoding!r} (try utf-8, cp1256, utf-16)") from None
        except UnicodeDecodeError as err:
            raise DataError(
                f"{name}: not {encoding} at byte offset {offset + err.start}; check --encoding"
            ) from None
    codec = sniff(data[:_SNIFF_BYTES], name) if offset == 0 else None
    if codec:
        try:
            return data.decode(codec, errors)
        except UnicodeDecodeError as err:
            raise DataError(f"{name}: not valid {codec} at byte offset {offset + err.start}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if errors == "replace" and not looks_like_cp1256(data):
            return data.decode("utf-8", "replace")
        raise _bad_utf8(data, err, name, offset, line, options) from None


class _Source:
    """A file's bytes, gzip undone, with its first bytes readable without consuming them."""

    def __init__(self, path: Path):
        self.path = path
        self.file = open(path, "rb")  # noqa: SIM115 (closed in close())
        gz = self.file.read(2) == _GZIP_MAGIC
        self.file.seek(0)
        raw: Any = gzip.GzipFile(fileobj=self.file, mode="rb") if gz else self.file
        self.stream = io.BufferedReader(raw)

    def head(self) -> bytes:
        try:
            return self.stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
        except (OSError, EOFError) as err:
            raise DataError(f"{self.path}: a damaged gzip file ({err})") from None

    def close(self) -> None:
        self.stream.close()
        self.file.close()


def _existing(path: str | Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    return path


def read_text(
    path: str | Path, errors: str = "strict", encoding: str | None = None, *, options: bool = True
) -> str:
    """A whole file as text (gzip undone, encoding sniffed).

    Raises:
        DataError: A missing file, or bytes :func:`decode_bytes` refuses.

    Example:
        >>> read_text("examples/article.txt")[:5]  # doctest: +SKIP
        '\\ufeffحذر'
    """
    path = _existing(path)
    source = _Source(path)
    try:
        data = source.stream.read()
    except (OSError, EOFError) as err:
        raise DataError(f"{path}: a damaged gzip file ({err})") from None
    finally:
        source.close()
    return decode_bytes(data, str(path), errors, encoding, options=options)


def iter_lines(
    path: str | Path,
    errors: str = "strict",
    encoding: str | None = None,
    skipped: SkippedLines | None = None,
    *,
    options: bool = True,
) -> Iterator[tuple[int, str]]:
    """Yield ``(line number, text)`` for each line of a file, without its line end.

    Lines are read one at a time (a corpus need not fit in memory); ``\\n`` and
    ``\\r\\n`` end a line, a first-line BOM is dropped.

    Args:
        path: The file (plain or gzip).
        errors: ``strict`` or ``replace`` (see :func:`decode_bytes`).
        encoding: A codec to use instead of sniffing.
        skipped: When given, a line that cannot be decoded is counted here and
            left out instead of ending the read.
        options: Whether messages may suggest ``--encoding``/``--errors``.

    Raises:
        DataError: A missing, binary or Windows-1256 file, or (without
            ``skipped``) a line that is not UTF-8, naming the line and byte offset.
    """
    _check_errors(errors)
    path = _existing(path)
    name = str(path)
    source = _Source(path)
    try:
        codec = encoding or sniff(source.head(), name)
        if codec and codec.replace("_", "-").lower() not in ("utf-8", "utf8"):
            # A BOM-announced or chosen codec: let Python's decoder find the lines.
            try:
                reader = io.TextIOWrapper(source.stream, encoding=codec, errors=errors, newline=None)
            except LookupError:
                raise DataError(f"unknown encoding {codec!r} (try utf-8, cp1256, utf-16)") from None
            n = 0
            try:
                for n, text in enumerate(reader, 1):
                    yield n, text.rstrip("\n")
            except UnicodeDecodeError:
                raise DataError(f"{name}:{n + 1}: not valid {codec}; check --encoding") from None
            return
        offset = 0
        for n, raw in enumerate(source.stream, 1):
            data = raw[3:] if n == 1 and raw.startswith(codecs.BOM_UTF8) else raw
            start = offset + len(raw) - len(data)
            offset += len(raw)
            data = data.rstrip(b"\n").rstrip(b"\r")
            try:
                text = decode_bytes(data, name, errors, None, offset=start, line=n, options=options)
            except DataError as err:
                if skipped is None:
                    raise
                skipped.add(f"{name}:{n}", str(err).removeprefix(f"{name}: "))
                continue
            yield n, text
    except (OSError, EOFError) as err:
        raise DataError(f"{name}: a damaged gzip file ({err})") from None
    finally:
        source.close()
