"""Safe model loading: safetensors only, no remote code, checked bundles, never the network.

The refusals' messages (pickle-only weights, custom code, tampered or mismatched
bundles) are checked case by case in ``test_bad_inputs.py``; here, what they
protect against is shown to be real.
"""

import json
import os
import pickle
import shutil
import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT

import qawl
from qawl.bundle import export_bundle, read_manifest
from qawl.models.io import ModelError, load_model_dir
from qawl.models.ner import NerTagger


class _Payload:
    """A pickle that runs code when loaded: it creates a file."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def test_safe_loading_never_unpickles_weights(tiny_ner, tmp_path):
    model = tmp_path / "m"
    shutil.copytree(tiny_ner, model)
    (model / "model.safetensors").unlink()
    marker = tmp_path / "pwned"
    (model / "pytorch_model.bin").write_bytes(pickle.dumps(_Payload(marker)))
    with pytest.raises(ModelError, match=r"weights only as pytorch_model\.bin .*safetensors only"):
        NerTagger.from_pretrained(model)
    assert not marker.exists()
    # Beside safetensors, a pickle is ignored (and a bundle does not copy it).
    shutil.copy(tiny_ner / "model.safetensors", model)
    NerTagger.from_pretrained(model)
    assert not marker.exists()
    bundle = export_bundle(model, None, tmp_path / "b")
    assert not (bundle / "ner" / "pytorch_model.bin").exists()


def test_safe_loading_refuses_custom_code_and_foreign_tokenizers(tiny_ner, tmp_path):
    model = tmp_path / "m"
    shutil.copytree(tiny_ner, model)
    config = json.loads((model / "config.json").read_text())
    (model / "config.json").write_text(json.dumps({**config, "auto_map": {"AutoModel": "evil.Model"}}))
    with pytest.raises(ModelError, match="custom code"):
        load_model_dir(model, "ner")
    (model / "config.json").write_text(json.dumps(config))
    from qawl.models.tokenizer import wordpiece_tokenizer

    # Another model's, bigger vocabulary: ids past the embedding table would crash or lie.
    pieces = (FIXTURES / "golden" / "vocab.txt").read_text(encoding="utf-8").split()
    wordpiece_tokenizer(pieces, 64).save_pretrained(model)
    with pytest.raises(ModelError, match=r"tokenizer has \d+ pieces but the model embeds \d+"):
        load_model_dir(model, "ner")


def test_safe_loading_bundle_manifest_lists_checksums_and_labels(tiny_bundle):
    manifest = read_manifest(tiny_bundle)
    assert manifest["format"] == "qawl-bundle/2"
    listed = set(manifest["files"])
    on_disk = {
        p.relative_to(tiny_bundle).as_posix()
        for folder in ("ner", "stance")
        for p in (tiny_bundle / folder).rglob("*")
        if p.is_file()
    }
    assert listed == on_disk and "ner/model.safetensors" in listed
    assert all(len(digest) == 64 for digest in manifest["files"].values())
    assert manifest["labels"]["ner"][0] == "O"


def test_safe_loading_bundle_change_is_caught(tiny_bundle, tmp_path):
    bundle = tmp_path / "b"
    shutil.copytree(tiny_bundle, bundle)
    weights = bundle / "stance" / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[-1] ^= 1  # one bit of one weight
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelError, match=r"stance/model\.safetensors: checksum differs"):
        qawl.load(bundle)


def test_safe_loading_never_reaches_the_network(tiny_bundle, tmp_path):
    # A fresh interpreter without HF_HUB_OFFLINE/TRANSFORMERS_OFFLINE, every socket
    # refused and every attempt counted: the bundle loads and analyzes with none.
    script = f"""
import socket
attempts = []
def refuse(*args, **kwargs):
    attempts.append(args)
    raise OSError("network blocked by the test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import qawl
nlp = qawl.load({str(tiny_bundle)!r})
doc = nlp("وقال مارك روته إن الحلف يراقب الوضع في كورسك.")
print("statements", len(doc.statements), "attempts", len(attempts))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
    env.update(HF_HOME=str(tmp_path / "hf"), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "statements 1 attempts 0" in done.stdout, done.stdout + done.stderr[-2000:]
