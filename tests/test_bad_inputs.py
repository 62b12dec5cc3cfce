"""Every bad input tried, what qawl says about it, and the table in ``docs/bad-inputs.md``.

Each case below builds one bad input in a scratch folder, feeds it to the
library function the CLI calls, and checks the message (its type, and that it
names the place and the fix). The messages are collected into
``docs/bad-inputs.md``; a test fails when the file and the messages differ, so
the table stays true. After a deliberate change run
``QAWL_UPDATE_DOCS=1 pytest tests/test_bad_inputs.py`` (it rewrites the file and
fails) and review ``git diff docs/``.
"""

from __future__ import annotations

import contextlib
import gzip
import html
import io
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURES, ROOT, tiny_config

from qawl.config import ConfigError, load_config
from qawl.data.encoding import SkippedLines
from qawl.data.readers import DataError, iter_texts, read_conll, read_ner_file, read_stance_jsonl

DOC = ROOT / "docs" / "bad-inputs.md"
ARTICLE = "وقال مارك روته إن الحلف يراقب الوضع في كورسك."
NER_LABELS = ["O"] + [f"{p}-{t}" for t in ("DATE", "GPE", "LOC", "ORG", "PER") for p in "BI"]


class Workdir:
    """The scratch folder a case runs in (the current directory), and how it reports."""

    def __init__(self, path: Path, models: dict[str, Path]):
        self.path = path
        self.models = models

    def text(self, name: str, content: str) -> str:
        Path(name).write_text(content, encoding="utf-8")
        return name

    def bytes(self, name: str, content: bytes) -> str:
        Path(name).write_bytes(content)
        return name

    def jsonl(self, name: str, rows: list) -> str:
        return self.text(name, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    def error(self, kind: type[Exception], call: Callable[[], object], *says: str) -> str:
        """Run ``call``, which must raise ``kind`` with every string of ``says`` in its message."""
        with pytest.raises(kind) as err:
            call()
        message = str(err.value)
        for part in says:
            assert part in message, f"{part!r} not in {message!r}"
        return message

    def read(self, outcome: str) -> str:
        """A case qawl accepts: what it does with the input."""
        return f"(accepted) {outcome}"

    def says(self, outcome: str) -> str:
        """A case that is neither refused nor read: what qawl does and prints."""
        return outcome


CASES: list[tuple[str, str, Callable[[Workdir], str]]] = []


def case(section: str, what: str):
    def register(fn):
        CASES.append((section, what, fn))
        return fn

    return register


# --- Article text: `qawl analyze` (qawl.data.readers.iter_texts) -------------------------

TEXT = "Article text (`qawl analyze`)"


@case(TEXT, "a Windows-1256 file (older Arabic archives)")
def _cp1256(w):
    w.bytes("old.txt", ARTICLE.encode("cp1256"))
    return w.error(DataError, lambda: list(iter_texts(["old.txt"])), "Windows-1256", "iconv", "--encoding")


@case(TEXT, "the same file with `--encoding cp1256`")
def _cp1256_read(w):
    w.bytes("old.txt", ARTICLE.encode("cp1256"))
    assert list(iter_texts(["old.txt"], encoding="cp1256")) == [("old.txt", ARTICLE)]
    return w.read("read as Windows-1256")


@case(TEXT, "UTF-16 with a byte-order mark, or UTF-16LE without one")
def _utf16(w):
    w.bytes("u16.txt", ARTICLE.encode("utf-16"))
    w.bytes("u16le.txt", ARTICLE.encode("utf-16-le"))
    assert [t for _, t in iter_texts(["u16.txt", "u16le.txt"])] == [ARTICLE, ARTICLE]
    return w.read("decoded as UTF-16")


@case(TEXT, "a gzip file (`.gz` or not)")
def _gzip(w):
    w.bytes("a.txt.gz", gzip.compress(ARTICLE.encode()))
    assert list(iter_texts(["a.txt.gz"])) == [("a.txt.gz", ARTICLE)]
    return w.read("decompressed, then read")


@case(TEXT, "a UTF-8 BOM and CRLF line ends")
def _bom_crlf(w):
    w.bytes("bom.txt", b"\xef\xbb\xbf" + "سطر\r\nآخر".encode())
    assert list(iter_texts(["bom.txt"])) == [("bom.txt", "سطر\nآخر")]
    return w.read("BOM dropped, CRLF read as a newline")


@case(TEXT, "invalid UTF-8 bytes")
def _bad_utf8(w):
    w.bytes("bad.txt", ARTICLE.encode() + b"\n\xff\xfe")
    return w.error(
        DataError, lambda: list(iter_texts(["bad.txt"])), "byte offset", "line 2", "--errors replace"
    )


@case(TEXT, "the same file with `--errors replace`")
def _bad_utf8_replaced(w):
    w.bytes("bad.txt", ARTICLE.encode() + b"\n\xff\xfe")
    assert list(iter_texts(["bad.txt"], errors="replace"))[0][1].endswith("\ufffd\ufffd")
    return w.read("each bad byte read as U+FFFD")


@case(TEXT, "a binary file")
def _binary(w):
    w.bytes("x.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00")
    return w.error(DataError, lambda: list(iter_texts(["x.bin"])), "binary")


@case(TEXT, "a .docx (ZIP) or PDF document")
def _docx(w):
    w.bytes("a.docx", b"PK\x03\x04\x14\x00")
    w.bytes("a.pdf", b"%PDF-1.7\n")
    pdf = w.error(DataError, lambda: list(iter_texts(["a.pdf"])), "PDF")
    return w.error(DataError, lambda: list(iter_texts(["a.docx"])), "ZIP") + "<br>" + pdf


@case(TEXT, "a file that does not exist")
def _missing(w):
    return w.error(DataError, lambda: list(iter_texts(["nope.txt"])), "nope.txt: no such file")


@case(TEXT, "a terminal on stdin (`qawl analyze` with no file)")
def _terminal(w):
    from qawl.cli import STDIN_HINT, main

    class Terminal(io.TextIOWrapper):
        def isatty(self):
            return True

    err = io.StringIO()
    stdin = Terminal(io.BytesIO(ARTICLE.encode()), encoding="utf-8")
    with contextlib.redirect_stderr(err), pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", stdin)
        main(["analyze", "--model", "no-model"])
    assert STDIN_HINT in err.getvalue()
    return STDIN_HINT


# --- JSONL corpora: `qawl analyze --jsonl` ----------------------------------------------

CORPUS = "JSONL corpus (`qawl analyze --jsonl`)"


@case(CORPUS, "a line that is not JSON")
def _not_json(w):
    w.text("c.jsonl", json.dumps({"text": ARTICLE}, ensure_ascii=False) + '\n{"text": "cut\n')
    return w.error(DataError, lambda: list(iter_texts(["c.jsonl"], jsonl=True)), "c.jsonl:2: not valid JSON")


@case(CORPUS, "a line that is a JSON list, not an object")
def _not_object(w):
    w.text("c.jsonl", "[1, 2]\n")
    return w.error(DataError, lambda: list(iter_texts(["c.jsonl"], jsonl=True)), "c.jsonl:1:", "JSON object")


@case(CORPUS, "a record without the text field")
def _no_field(w):
    w.jsonl("c.jsonl", [{"id": 1, "body": ARTICLE}])
    return w.error(DataError, lambda: list(iter_texts(["c.jsonl"], jsonl=True)), "c.jsonl:1:", "--field")


@case(CORPUS, "bad lines with `--skip-bad-lines`")
def _skip(w):
    w.text("c.jsonl", '{"text": "نص"}\nnot json\n{"body": "x"}\n')
    skipped = SkippedLines()
    assert len(list(iter_texts(["c.jsonl"], jsonl=True, skipped=skipped))) == 1
    return w.read("qawl analyze: " + skipped.summary() + " (on stderr; the rest is analyzed)")


# --- NER data (training, `qawl evaluate`) -----------------------------------------------

NER = "NER data (CoNLL / JSONL)"


@case(NER, "a CoNLL line with one column")
def _one_column(w):
    w.text("bad.conll", "روسيا B-GPE\nقال\n")
    return w.error(DataError, lambda: read_conll("bad.conll"), "bad.conll:2: expected 2 columns", "found 1")


@case(NER, "a CoNLL line with three columns")
def _three_columns(w):
    w.text("bad.conll", "روسيا B-GPE\nقال O extra\n")
    return w.error(DataError, lambda: read_conll("bad.conll"), "bad.conll:2", "found 3")


@case(NER, "a JSONL file named `.conll`")
def _jsonl_as_conll(w):
    w.jsonl("data.conll", [{"tokens": ["قال"], "ner_tags": ["O"]}])
    return w.error(DataError, lambda: read_conll("data.conll"), "name the file .jsonl")


@case(NER, "a tag outside IOB2 (`PER`, IOBES `S-PER`)")
def _not_iob2(w):
    from qawl.data.labels import check_tags

    w.text("bad.conll", "قال O\nبوتين S-PER\n")
    return w.error(DataError, lambda: check_tags(read_conll("bad.conll")), "bad.conll:1 word 1", "IOB2")


@case(NER, "an `I-X` that opens an entity, with `data.scheme_errors: error`")
def _orphan(w):
    from qawl.training.trainer import train

    w.text("train.conll", "في O\nباريس I-GPE\n")
    cfg = tiny_config("ner", Path("out"), data={"train": "train.conll"})
    cfg.data.scheme_errors = "error"
    return w.error(DataError, lambda: train(cfg), "train.conll:1 word 1", "scheme_errors: repair")


@case(NER, "JSONL tokens and tags of different lengths")
def _lengths(w):
    w.jsonl("bad.jsonl", [{"tokens": ["قال", "بوتين"], "ner_tags": ["O"]}])
    return w.error(DataError, lambda: read_ner_file("bad.jsonl"), "bad.jsonl:1: 2 tokens but 1 tags")


@case(NER, "JSONL with other field names")
def _fields(w):
    w.jsonl("bad.jsonl", [{"words": ["قال"], "labels": ["O"]}])
    return w.error(DataError, lambda: read_ner_file("bad.jsonl"), "data.tokens_field")


@case(NER, "the same `id` on two JSONL lines")
def _ner_dup(w):
    w.jsonl("d.jsonl", [{"id": "a", "tokens": ["x"], "ner_tags": ["O"]}] * 2)
    return w.error(
        DataError, lambda: read_ner_file("d.jsonl"), "d.jsonl:2: id 'a' is used again (first at line 1)"
    )


@case(NER, "an empty training file")
def _empty(w):
    from qawl.training.trainer import train

    w.text("train.conll", "")
    return w.error(
        DataError,
        lambda: train(tiny_config("ner", Path("out"), data={"train": "train.conll"})),
        "train.conll (data.train): no sentences",
    )


@case(NER, "a dev split with only `-DOCSTART-` lines")
def _docstart_only(w):
    from qawl.training.trainer import train

    w.text("dev.conll", "-DOCSTART- O\n\n-DOCSTART- O\n")
    return w.error(
        DataError,
        lambda: train(tiny_config("ner", Path("out"), data={"dev": "dev.conll"})),
        "dev.conll (data.dev): no sentences",
    )


@case(NER, "a Windows-1256 CoNLL file")
def _conll_cp1256(w):
    w.bytes("old.conll", "روسيا B-GPE\n".encode("cp1256"))
    return w.error(DataError, lambda: read_conll("old.conll"), "Windows-1256")


@case(NER, "a BOM, CRLF line ends, tabs, direction marks, `-DOCSTART-`")
def _tolerated(w):
    w.bytes("ok.conll", "\ufeff-DOCSTART- O\r\n\r\n\u200fقال\tO\r\n".encode())
    assert read_conll("ok.conll")[0].words == ["قال"]
    return w.read("read")


# --- Stance data ----------------------------------------------------------------------

STANCE = "Stance data (JSONL)"


@case(STANCE, "a record without `statement`")
def _no_statement(w):
    w.jsonl("s.jsonl", [{"speaker": "روته", "label": "neutral"}])
    return w.error(
        DataError, lambda: read_stance_jsonl("s.jsonl"), "s.jsonl:1: missing or empty field(s) ['statement']"
    )


@case(STANCE, "the same `id` twice in a file")
def _stance_dup(w):
    row = {"id": "s1", "speaker": "روته", "statement": "x", "label": "neutral"}
    w.jsonl("s.jsonl", [row, row])
    return w.error(DataError, lambda: read_stance_jsonl("s.jsonl"), "s.jsonl:2: id 's1' is used again")


@case(STANCE, "an empty dev file")
def _stance_empty(w):
    from qawl.training.trainer import train

    w.text("dev.jsonl", "\n")
    return w.error(
        DataError,
        lambda: train(tiny_config("stance", Path("out"), data={"dev": "dev.jsonl"})),
        "dev.jsonl (data.dev): no statements",
    )


@case(STANCE, "a label the config's `data.labels` lacks")
def _stance_label(w):
    from qawl.training.trainer import train

    row = {"speaker": "روته", "statement": "x", "label": "angry"}
    w.jsonl("dev.jsonl", [row])
    cfg = tiny_config(
        "stance", Path("out"), data={"dev": "dev.jsonl", "labels": ["condemnation", "escalation", "neutral"]}
    )
    return w.error(DataError, lambda: train(cfg), "['angry'] occur in the data", "data.labels")


# --- Configs --------------------------------------------------------------------------

CONFIG = "Configs (`qawl train CONFIG`)"
BASE = {
    "task": "ner",
    "run_name": "t",
    "data": {"train": str(FIXTURES / "ner_train.conll"), "dev": str(FIXTURES / "ner_dev.conll")},
    "model": {"from_scratch": {"hidden_size": 32, "num_heads": 2}},
}


def _config(w, **changes) -> str:
    raw = json.loads(json.dumps(BASE))
    for dotted, value in changes.items():
        node = raw
        *parents, last = dotted.split("__")
        for key in parents:
            node = node.setdefault(key, {})
        node[last] = value
    return w.text("c.yaml", yaml.safe_dump(raw, allow_unicode=True))


@case(CONFIG, "a misspelled key")
def _typo(w):
    return w.error(
        ConfigError,
        lambda: load_config(_config(w, training__lerning_rate=1e-3)),
        "training.lerning_rate: unknown key",
    )


@case(CONFIG, "an option of the other task")
def _other_task(w):
    return w.error(
        ConfigError,
        lambda: load_config(_config(w, task="stance", model__stride=8)),
        "applies to task: ner only",
    )


@case(CONFIG, "a value of the wrong type")
def _type(w):
    return w.error(ConfigError, lambda: load_config(_config(w, training__epochs="ten")), "training.epochs:")


@case(CONFIG, "a misspelled `--set` override")
def _override(w):
    return w.error(ConfigError, lambda: load_config(_config(w), ["trainig.epochs=1"]), "trainig: unknown key")


@case(CONFIG, "a data file that does not exist")
def _missing_data(w):
    from qawl.training.trainer import train

    cfg = load_config(_config(w, data__dev="nope.conll"))
    return w.error(ConfigError, lambda: train(cfg), "data.dev: nope.conll: no such file")


@case(CONFIG, "a local `model.pretrained` that does not exist")
def _missing_model(w):
    from qawl.training.trainer import train

    cfg = load_config(_config(w, model={"pretrained": "./models/arabert"}))
    return w.error(ConfigError, lambda: train(cfg), "model.pretrained: ./models/arabert: no such directory")


@case(CONFIG, "`training.freeze_embeddings` for a model built from scratch")
def _frozen_scratch(w):
    return w.error(
        ConfigError,
        lambda: load_config(_config(w, training__freeze_embeddings=True)),
        "training.freeze_embeddings keeps pretrained word-piece vectors",
    )


@case(CONFIG, "`data.labels` with a label twice")
def _labels_twice(w):
    return w.error(
        ConfigError, lambda: load_config(_config(w, data__labels=["O", "B-PER", "B-PER"])), "more than once"
    )


@case(CONFIG, "`data.labels` without a label the data uses")
def _labels_cover(w):
    from qawl.training.trainer import train

    cfg = load_config(_config(w, data__labels=["O", "B-PER", "I-PER"]))
    return w.error(DataError, lambda: train(cfg), "occur in the data", "data.labels")


@case(CONFIG, "fine-tuning a model whose head has other labels (or order)")
def _head(w):
    from qawl.training.trainer import train

    cfg = load_config(
        _config(
            w,
            model={"pretrained": str(w.models["ner"]), "max_length": 32, "stride": 8},
            data__labels=NER_LABELS[::-1],
        )
    )
    message = w.error(ConfigError, lambda: train(cfg), "head for the labels", "model.reset_head: true")
    return message.replace(str(w.models["ner"]), "models/ner-tiny")


@case(CONFIG, "a config file that is not UTF-8")
def _config_cp1256(w):
    w.bytes("c.yaml", "task: ner\nrun_name: تجربة\n".encode("cp1256"))
    return w.error(ConfigError, lambda: load_config("c.yaml"), "Windows-1256")


@case(CONFIG, "YAML that does not parse")
def _yaml(w):
    w.text("c.yaml", "task: ner\n  run_name: [x\n")
    return w.error(ConfigError, lambda: load_config("c.yaml"), "c.yaml: not valid YAML")


# --- Evaluation -----------------------------------------------------------------------

EVAL = "Evaluation (`qawl evaluate MODEL DATA`)"


@case(EVAL, "gold stance labels the model does not know (`angry`)")
def _eval_stance(w):
    from qawl.eval.evaluate import evaluate

    w.jsonl("gold.jsonl", [{"speaker": "روته", "statement": "x", "label": "angry"}])
    message = w.error(DataError, lambda: evaluate(w.models["stance"], "gold.jsonl", "reports"), "'angry' ×1")
    return message.replace(str(w.models["stance"]), "models/stance-tiny")


@case(EVAL, "gold NER tags the model does not know (`B-FOO`)")
def _eval_ner(w):
    from qawl.eval.evaluate import evaluate

    w.text("gold.conll", "قال O\nبوتين B-FOO\n")
    message = w.error(DataError, lambda: evaluate(w.models["ner"], "gold.conll", "reports"), "'B-FOO' ×1")
    return message.replace(str(w.models["ner"]), "models/ner-tiny")


@case(EVAL, "the same with `--allow-unknown-labels`")
def _eval_allowed(w):
    from qawl.eval.evaluate import evaluate

    w.jsonl("gold.jsonl", [{"speaker": "روته", "statement": "x", "label": "angry"}])
    scores = evaluate(w.models["stance"], "gold.jsonl", "reports", allow_unknown_labels=True)["scores"]
    assert "angry" in scores.labels
    return w.read("scored: the unknown label gets a confusion row and F1 0, and counts in macro-F1")


# --- Interrupted runs: `qawl train CONFIG --resume` -------------------------------------

RUNS = "Interrupted runs (`qawl train CONFIG --resume`)"


def _interrupted_run(config_yaml: str) -> Path:
    folder = Path("out", "checkpoints")
    (folder / "checkpoint-12").mkdir(parents=True)
    (folder / "run_config.yaml").write_text(config_yaml, encoding="utf-8")
    return folder


@case(RUNS, "`--resume` with no checkpoint to continue")
def _resume_nothing(w):
    from qawl.training.trainer import train

    cfg = tiny_config("ner", Path("out"))
    return w.error(ConfigError, lambda: train(cfg, resume=True), "no checkpoint in out/checkpoints")


@case(RUNS, "`--resume` with a config changed since the interrupted run")
def _resume_changed(w):
    from qawl.training.trainer import train

    cfg = tiny_config("ner", Path("out"))
    _interrupted_run(cfg.to_yaml())
    cfg.training.learning_rate = 1e-4
    return w.error(ConfigError, lambda: train(cfg, resume=True), "training.learning_rate: 0.005 -> 0.0001")


@case(RUNS, "a fresh run over an interrupted run's checkpoints")
def _fresh_over_interrupted(w):
    from qawl.training.trainer import train

    cfg = tiny_config("ner", Path("out"))
    _interrupted_run(cfg.to_yaml())
    return w.error(ConfigError, lambda: train(cfg), "continue it with --resume")


@case(RUNS, "Ctrl-C during training")
def _ctrl_c(w):
    from qawl.training.checkpoints import TrainingInterrupted

    stop = TrainingInterrupted(Path("out/checkpoints/checkpoint-10"), 10, 40)
    return w.says(
        f"qawl train: {stop}: qawl train config.yaml --resume (exit status 130; the checkpoint is saved "
        "at the end of the current step; a second Ctrl-C stops at once)"
    )


# --- Models and bundles: `qawl.load`, `qawl analyze --model`, `qawl export` --------------

MODELS = "Models and bundles (`qawl.load`, `--model`, `qawl export`)"


def _model_copy(w, name="ner") -> str:
    import shutil

    shutil.copytree(w.models[name], name)
    return name


def _bundle_copy(w) -> str:
    import shutil

    shutil.copytree(w.models["bundle"], "b")
    return "b"


def _manifest_edit(bundle: str, **changes) -> None:
    manifest = json.loads(Path(bundle, "qawl_pipeline.json").read_text())
    Path(bundle, "qawl_pipeline.json").write_text(json.dumps({**manifest, **changes}))


@case(MODELS, "a model directory with only pickle weights (`pytorch_model.bin`)")
def _pickle_only(w):
    from qawl.models.io import ModelError
    from qawl.models.ner import NerTagger

    model = _model_copy(w)
    Path(model, "model.safetensors").rename(Path(model, "pytorch_model.bin"))
    return w.error(
        ModelError, lambda: NerTagger.from_pretrained(model), "safetensors only", "save_pretrained"
    )


@case(MODELS, "a config that asks for custom code (`auto_map`)")
def _auto_map(w):
    from qawl.models.io import ModelError
    from qawl.models.ner import NerTagger

    model = _model_copy(w)
    config = json.loads(Path(model, "config.json").read_text())
    Path(model, "config.json").write_text(json.dumps({**config, "auto_map": {"AutoModel": "x.Model"}}))
    return w.error(ModelError, lambda: NerTagger.from_pretrained(model), "custom code")


@case(MODELS, "a tokenizer from another model")
def _foreign_tokenizer(w):
    import shutil

    from qawl.models.io import ModelError
    from qawl.models.ner import NerTagger
    from qawl.models.tokenizer import wordpiece_tokenizer

    model = _model_copy(w)
    for name in ("tokenizer.json", "tokenizer_config.json"):
        Path(model, name).unlink()
    pieces = (FIXTURES / "golden" / "vocab.txt").read_text(encoding="utf-8").split()
    wordpiece_tokenizer(pieces, 64).save_pretrained("other")
    for name in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(Path("other", name), model)
    return w.error(ModelError, lambda: NerTagger.from_pretrained(model), "do not belong together")


@case(MODELS, "a bundle file changed after export")
def _tampered(w):
    import qawl
    from qawl.models.io import ModelError

    bundle = _bundle_copy(w)
    with Path(bundle, "ner", "config.json").open("a") as handle:
        handle.write(" ")
    return w.error(ModelError, lambda: qawl.load(bundle), "checksum differs")


@case(MODELS, "a file added to a bundle's model folder")
def _added(w):
    import qawl
    from qawl.models.io import ModelError

    bundle = _bundle_copy(w)
    Path(bundle, "stance", "pytorch_model.bin").write_bytes(b"pickle")
    return w.error(ModelError, lambda: qawl.load(bundle), "not listed in the manifest")


@case(MODELS, "a bundle file deleted")
def _deleted(w):
    import qawl
    from qawl.models.io import ModelError

    bundle = _bundle_copy(w)
    Path(bundle, "ner", "tokenizer.json").unlink()
    return w.error(ModelError, lambda: qawl.load(bundle), "missing")


@case(MODELS, "a model replaced by one with other labels")
def _relabelled(w):
    import qawl
    from qawl.models.io import ModelError

    bundle = _bundle_copy(w)
    config = json.loads(Path(bundle, "stance", "config.json").read_text())
    config["id2label"] = {"0": "angry", "1": "calm", "2": "neutral"}
    Path(bundle, "stance", "config.json").write_text(json.dumps(config))
    return w.error(ModelError, lambda: qawl.load(bundle), "differ from the manifest")


@case(MODELS, "a manifest naming the NER folder as the stance model")
def _swapped(w):
    import qawl
    from qawl.models.io import ModelError

    bundle = _bundle_copy(w)
    _manifest_edit(bundle, ner="stance", stance="ner")
    return w.error(ModelError, lambda: qawl.load(bundle), "where the manifest has the ner model")


@case(MODELS, "a bundle of the older format (no checksums)")
def _old_format(w):
    import qawl
    from qawl.models.io import ModelError

    bundle = _bundle_copy(w)
    _manifest_edit(bundle, format="qawl-bundle/1")
    return w.error(ModelError, lambda: qawl.load(bundle), "re-export")


@case(MODELS, "a bundle written by a newer qawl")
def _newer(w):
    import qawl
    from qawl.models.io import ModelError

    bundle = _bundle_copy(w)
    manifest = json.loads(Path(bundle, "qawl_pipeline.json").read_text())
    _manifest_edit(bundle, versions={**manifest["versions"], "qawl": "9.0.0"})
    return w.error(ModelError, lambda: qawl.load(bundle), "upgrade qawl")


@case(MODELS, "`qawl export --ner` given a stance model")
def _export_swapped(w):
    from qawl.bundle import export_bundle
    from qawl.models.io import ModelError

    stance = _model_copy(w, "stance")
    return w.error(ModelError, lambda: export_bundle(stance, None, "out"), "not a ner model")


@case(MODELS, "a folder that is neither a bundle nor a model")
def _no_model(w):
    import qawl

    Path("empty").mkdir()
    return w.error(FileNotFoundError, lambda: qawl.load("empty"), "neither a qawl bundle")


@case(MODELS, "`qawl.load(..., batch_tokens=0)`")
def _no_token_budget(w):
    import qawl

    return w.error(
        ValueError, lambda: qawl.load(w.models["bundle"], batch_tokens=0), "batch_tokens", "positive"
    )


@case(MODELS, "`--batch-tokens 0` or `--model-batch-size x` on the command line")
def _cli_batch_flags(w):
    import argparse

    from qawl.cli import _positive_int

    zero = w.error(argparse.ArgumentTypeError, lambda: _positive_int("0"), "at least 1")
    w.error(argparse.ArgumentTypeError, lambda: _positive_int("x"), "at least 1")
    return f"argument --batch-tokens: {zero}"


# --- the runner and the table -----------------------------------------------------------


@pytest.fixture
def models(tiny_ner, tiny_stance, tiny_bundle):
    return {"ner": tiny_ner, "stance": tiny_stance, "bundle": tiny_bundle}


@pytest.fixture
def workdir(tmp_path, monkeypatch, models):
    monkeypatch.chdir(tmp_path)
    return Workdir(tmp_path, models)


def _run(fn, w: Workdir) -> str:
    from qawl import __version__

    message = fn(w).replace(str(w.path), ".").replace(str(ROOT) + "/", "")
    return message.replace(f"qawl {__version__}", "qawl X.Y.Z")


@pytest.mark.parametrize("section, what, fn", CASES, ids=[f"{s[:12]}:{w[:40]}" for s, w, _ in CASES])
def test_bad_inputs_each_gets_a_clear_message(workdir, section, what, fn):
    assert _run(fn, workdir)


def render(rows: list[tuple[str, str, str]]) -> str:
    lines = [
        "# Bad inputs and what qawl says",
        "",
        "Every input below was tried by `tests/test_bad_inputs.py`, which also checks that this",
        "page matches what qawl prints (paths shortened to the file name). On the command line each",
        "message follows `qawl <command>: error: ` and the exit status is 2. Inputs marked",
        "*(accepted)* are read, not refused.",
        "",
    ]
    section = None
    for sec, what, message in rows:
        if sec != section:
            lines += ["", f"## {sec}", "", "| input | what qawl says |", "|---|---|"]
            section = sec
        cell = html.escape(message, quote=False).replace("|", "\\|").replace("\n", "<br>")
        lines.append(f"| {what} | {cell} |")
    return "\n".join(lines) + "\n"


def test_bad_inputs_table_is_true(tmp_path_factory, monkeypatch, models):
    rows = []
    for section, what, fn in CASES:
        folder = tmp_path_factory.mktemp("case")
        monkeypatch.chdir(folder)
        rows.append((section, what, _run(fn, Workdir(folder, models))))
    text = render(rows)
    if os.environ.get("QAWL_UPDATE_DOCS"):
        DOC.parent.mkdir(exist_ok=True)
        DOC.write_text(text, encoding="utf-8")
        pytest.fail(f"rewrote {DOC}: review `git diff docs/` and commit it")
    assert DOC.is_file(), (
        "docs/bad-inputs.md is missing: run QAWL_UPDATE_DOCS=1 pytest tests/test_bad_inputs.py"
    )
    assert DOC.read_text(encoding="utf-8") == text
