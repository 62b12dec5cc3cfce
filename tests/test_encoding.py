"""Bytes to text: encodings read, refused with a fix, or replaced on request; bad lines counted."""

import codecs
import gzip
import json

import pytest

from qawl.config import ConfigError, load_config
from qawl.data.encoding import SkippedLines, decode_bytes, iter_lines, looks_like_cp1256, read_text
from qawl.data.readers import DataError, iter_texts, read_conll, read_json_lines, read_stance_jsonl

TEXT = "وقال مارك روته: «لن نتردد في الرد».\nHello 2024 ٢٠٢٤"


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),  # with a BOM
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: t.encode("utf-16-le"),  # no BOM: recognised by its high bytes
        lambda t: t.encode("utf-16-be"),
        lambda t: t.encode("utf-32"),
        lambda t: gzip.compress(t.encode("utf-8")),
        lambda t: gzip.compress(t.encode("utf-16")),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le", "utf16be", "utf32", "gzip", "gzip-utf16"],
)
def test_encoding_readable_forms_give_the_same_text(tmp_path, encode):
    f = tmp_path / "a.txt"
    f.write_bytes(encode(TEXT))
    assert read_text(f) == TEXT
    assert [line for _, line in iter_lines(f)] == TEXT.split("\n")


def test_encoding_windows_1256_is_refused_with_the_conversion(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes(TEXT.replace("٢٠٢٤", "").encode("cp1256"))
    with pytest.raises(DataError, match=r"old\.txt: not UTF-8: it looks like Windows-1256") as err:
        read_text(f)
    assert "iconv -f WINDOWS-1256 -t UTF-8" in str(err.value) and "--encoding cp1256" in str(err.value)
    # Line by line too (a JSONL corpus), and asking for the code page reads it.
    with pytest.raises(DataError, match="Windows-1256"):
        list(iter_lines(f))
    assert read_text(f, encoding="cp1256") == TEXT.replace("٢٠٢٤", "")
    assert [line for _, line in iter_lines(f, encoding="cp1256")] == TEXT.replace("٢٠٢٤", "").split("\n")
    # Replacing bad bytes would turn the whole text into U+FFFD: still refused.
    with pytest.raises(DataError, match="Windows-1256"):
        read_text(f, errors="replace")


def test_encoding_cp1256_detector_does_not_fire_on_utf8_mojibake():
    assert looks_like_cp1256("قال الرئيس".encode("cp1256"))
    assert not looks_like_cp1256("قال الرئيس".encode())
    assert not looks_like_cp1256(b"plain ascii")
    assert not looks_like_cp1256("café".encode("latin-1"))


def test_encoding_invalid_utf8_names_file_line_and_byte_offset(tmp_path):
    f = tmp_path / "bad.txt"
    good = "سطر أول\n".encode()
    f.write_bytes(good + b"abc \xff\xfe def\n")
    with pytest.raises(DataError) as err:
        read_text(f)
    message = str(err.value)
    assert f"bad.txt: invalid UTF-8 at byte offset {len(good) + 4} (line 2" in message
    assert "--errors replace" in message
    assert read_text(f, errors="replace") == "سطر أول\nabc \ufffd\ufffd def\n"
    with pytest.raises(DataError, match=f"byte offset {len(good) + 4} \\(line 2"):
        list(iter_lines(f))
    assert [line for _, line in iter_lines(f, errors="replace")][1] == "abc \ufffd\ufffd def"


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"PK\x03\x04rest-of-a-docx", "ZIP archive"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"ELF\x7f\x00\x01\x02\x03\xff\xfe", "looks binary \\(a NUL byte at offset 4\\)"),
        (b"\x1f\x8bnot really gzip", "damaged gzip"),
    ],
)
def test_encoding_binary_files_are_refused(tmp_path, data, says):
    f = tmp_path / "x.txt"
    f.write_bytes(data)
    with pytest.raises(DataError, match=says):
        read_text(f)
    with pytest.raises(DataError, match=says):
        list(iter_lines(f))


def test_encoding_unknown_codec_and_errors_mode(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("نص", encoding="utf-8")
    with pytest.raises(DataError, match="unknown encoding 'klingon'"):
        read_text(f, encoding="klingon")
    with pytest.raises(ValueError, match="errors='ignore'"):
        decode_bytes(b"x", "a.txt", errors="ignore")


def test_encoding_bad_jsonl_lines_are_skipped_and_counted(tmp_path):
    f = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "نص أول"}, ensure_ascii=False).encode(),
        b'{"id": "b", "text": "cut off',
        b"[1, 2]",
        b'{"id": "c", "text": "\xff"}',
        json.dumps({"id": "d", "body": "no text field"}).encode(),
        json.dumps({"id": "e", "text": "نص أخير"}, ensure_ascii=False).encode(),
    ]
    f.write_bytes(b"\n".join(lines) + b"\n")
    with pytest.raises(DataError, match=r"c\.jsonl:2: not valid JSON"):
        list(iter_texts([str(f)], jsonl=True))
    skipped = SkippedLines()
    got = list(iter_texts([str(f)], jsonl=True, skipped=skipped))
    assert [name for name, _ in got] == ["a", "e"]
    assert skipped.count == 4
    summary = skipped.summary()
    for n, why in [
        (2, "not valid JSON"),
        (3, "must be a JSON object"),
        (4, "invalid UTF-8"),
        (5, "no string field"),
    ]:
        assert f"c.jsonl:{n}: " in summary and why in summary
    # read_json_lines alone skips the lines that are no JSON object.
    again = SkippedLines()
    assert [n for n, _ in read_json_lines(f, skipped=again)] == [1, 5, 6]
    assert again.count == 3


def test_encoding_stdin_bytes_are_sniffed_like_files():
    import io

    assert list(iter_texts([], stdin=io.BytesIO(TEXT.encode("utf-16")))) == [("<stdin>", TEXT)]
    with pytest.raises(DataError, match="<stdin>: not UTF-8: it looks like Windows-1256"):
        list(iter_texts([], stdin=io.BytesIO("قال الرئيس".encode("cp1256"))))
    crlf = io.BytesIO("سطر\r\nآخر".encode())
    assert list(iter_texts([], stdin=crlf)) == [("<stdin>", "سطر\nآخر")]


def test_encoding_training_data_and_configs_refuse_other_encodings(tmp_path):
    conll = tmp_path / "train.conll"
    conll.write_bytes("روسيا B-GPE\n".encode("cp1256"))
    with pytest.raises(DataError, match=r"train\.conll: not UTF-8: it looks like Windows-1256"):
        read_conll(conll)
    conll.write_bytes("روسيا B-GPE\r\n".encode("utf-16"))
    assert read_conll(conll)[0].tags == ["B-GPE"]
    stance = tmp_path / "s.jsonl"
    stance.write_bytes(
        gzip.compress(json.dumps({"speaker": "روته", "statement": "x", "label": "neutral"}).encode())
    )
    assert read_stance_jsonl(stance)[0].speaker == "روته"
    cfg = tmp_path / "c.yaml"
    cfg.write_bytes("task: ner\nrun_name: تجربة\n".encode("cp1256"))
    with pytest.raises(ConfigError, match="Windows-1256"):
        load_config(cfg)
