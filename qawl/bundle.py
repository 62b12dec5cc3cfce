"""Bundles: both trained models in one directory that ``qawl.load`` opens.

A bundle holds copies of the NER and stance model directories (``ner/``,
``stance/``), a manifest ``qawl_pipeline.json`` and a README card with both
models' scores. The manifest records the bundle format, the versions that wrote
it, each model's task and label set, and the SHA-256 of every file of the model
folders. :func:`read_manifest` checks all of it before anything is loaded, and
refuses, naming the file and the fix:

- a format other than :data:`BUNDLE_FORMAT` (older bundles carry no checksums:
  re-export them), or a bundle written by a newer qawl than this one;
- a model folder whose ``config.json`` task or labels differ from the manifest
  (a swapped or mismatched model);
- a file whose checksum differs, a listed file that is missing, or a file in a
  model folder the manifest does not list (an added ``pytorch_model.bin``…).

Each model folder is then loaded by :func:`qawl.models.io.load_model_dir`
(safetensors only, no remote code, never the network), which also checks that
each tokenizer belongs to its model.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qawl._version import __version__
from qawl.data.files import file_sha256
from qawl.eval.evaluate import headline_of
from qawl.models.io import MODEL_FILE, PICKLE_WEIGHTS, ModelError, model_labels, model_task, read_metrics
from qawl.models.ruler import EntityRuler, jsonl_files

BUNDLE_FILE = "qawl_pipeline.json"
BUNDLE_FORMAT = "qawl-bundle/2"
MODELS = ("ner", "stance")
GAZETTEER_DIR = "gazetteer"


def _version_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for part in str(version).split(".")[:2]:
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def _check_files(root: Path, manifest: dict, manifest_path: Path) -> None:
    """Every file of the model (and gazetteer) folders listed, present and unchanged; nothing added."""
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        raise ModelError(f"{manifest_path}: no 'files' checksums; re-export the bundle with `qawl export`")
    folders = [manifest[name] for name in (*MODELS, "gazetteer") if manifest.get(name)]
    for rel, expected in files.items():
        rel_path = Path(rel)
        if rel_path.is_absolute() or ".." in rel_path.parts or rel_path.parts[0] not in folders:
            raise ModelError(f"{manifest_path}: file entry {rel!r} points outside the model folders")
        path = root / rel_path
        if not path.is_file():
            raise ModelError(f"{path}: listed in the manifest but missing; the bundle is incomplete")
        if file_sha256(path) != expected:
            raise ModelError(
                f"{path}: checksum differs from the manifest; the file was changed after `qawl export` "
                "(tampered or damaged): export the bundle again from the trained models"
            )
    for folder in folders:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.relative_to(root).as_posix() not in files:
                raise ModelError(
                    f"{path}: not listed in the manifest; a file was added to the bundle after `qawl "
                    "export`: remove it, or export the bundle again"
                )


def read_manifest(path: str | Path) -> dict | None:
    """The manifest of a bundle directory, checked; None when ``path`` is no bundle.

    Raises:
        ModelError: A manifest that is not JSON, another format, a newer qawl, a
            model folder whose task or labels differ, or files that do not match
            their checksums (see the module docstring); each names the file.
    """
    root = Path(path)
    manifest_path = root / BUNDLE_FILE
    if not manifest_path.is_file():
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ModelError(
            f"{manifest_path}: not valid JSON ({err}); re-export the bundle with `qawl export`"
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        older = " (an older bundle, without checksums)" if found == "qawl-bundle/1" else ""
        raise ModelError(
            f"{manifest_path}: format {found!r}{older} is not {BUNDLE_FORMAT!r}, the "
            f"bundle format qawl {__version__} reads; re-export the bundle "
            "with this version's `qawl export`"
        )
    written_by = (manifest.get("versions") or {}).get("qawl", "")
    if _version_tuple(written_by) > _version_tuple(__version__):
        raise ModelError(
            f"{manifest_path}: written by qawl {written_by}, newer than this qawl {__version__}; "
            "upgrade qawl to read it"
        )
    if not isinstance(manifest.get("ner"), str):
        raise ModelError(f"{manifest_path}: field 'ner' must name the NER model folder")
    labels = manifest.get("labels") or {}
    for name in MODELS:
        folder = manifest.get(name)
        if not folder:
            continue
        model_dir = root / folder
        if not isinstance(folder, str) or not (model_dir / MODEL_FILE).is_file():
            raise ModelError(f"{manifest_path}: field {name!r} names {folder!r}, which is no model folder")
        if model_task(model_dir) != name:
            raise ModelError(
                f"{model_dir / MODEL_FILE}: a {model_task(model_dir)} model where the manifest has the "
                f"{name} model; export the bundle again with --{name} pointing at a {name} model"
            )
        if model_labels(model_dir) != labels.get(name):
            raise ModelError(
                f"{model_dir / MODEL_FILE}: labels {model_labels(model_dir)} differ from the manifest's "
                f"{labels.get(name)}; the model was replaced after `qawl export`: export the bundle again"
            )
    _check_files(root, manifest, manifest_path)
    return manifest


def export_bundle(
    ner_dir: str | Path,
    stance_dir: str | Path | None,
    out_dir: str | Path,
    gazetteer: Sequence[str | Path] | None = None,
    onnx: bool = False,
) -> Path:
    """Write one self-describing bundle that ``qawl.load`` opens.

    The bundle holds copies of both model directories (``ner/``, ``stance/``), the
    gazetteer's JSONL files (``gazetteer/``, if any), a manifest
    ``qawl_pipeline.json`` (versions, label sets, model sources, the SHA-256 of
    every copied file) and a README card with both models' metrics.

    Args:
        ner_dir: A trained NER model directory.
        stance_dir: A trained stance model directory, or None for NER only.
        out_dir: The bundle directory (replaced if it exists).
        gazetteer: JSONL files or folders of known names for the entity ruler
            (:mod:`qawl.models.ruler`; ``[DEFAULT_GAZETTEER]`` for the shipped one),
            or None for no ruler.
        onnx: Also export each model to ONNX, fp32 and int8, inside its folder
            (``ner/onnx/model.onnx``, ``model.int8.onnx``; :mod:`qawl.models.onnx`),
            for ``qawl.load(bundle, backend="onnx")`` or ``"onnx-int8"``.

    Returns:
        ``out_dir`` as a Path.

    Raises:
        FileNotFoundError: A model directory without ``config.json``.
        ModelError: A model of the other task (``--ner`` given a stance model).

    Example:
        >>> export_bundle("models/ner-tiny", "models/stance-tiny", "models/bundle-tiny")  # doctest: +SKIP
        PosixPath('models/bundle-tiny')
    """
    import shutil

    import tokenizers
    import torch
    import transformers

    out = Path(out_dir)
    sources = {"ner": Path(ner_dir), "stance": Path(stance_dir) if stance_dir else None}
    for name, src in sources.items():
        if src is not None and not (src / MODEL_FILE).is_file():
            raise FileNotFoundError(f"--{name} {src} is not a model directory (no config.json)")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, src in sources.items():
        if src is not None:
            # Never copied: training checkpoints, and pickled weights (never loaded either).
            shutil.copytree(src, out / name, ignore=shutil.ignore_patterns("checkpoints", *PICKLE_WEIGHTS))
    for name, src in sources.items():
        if src is not None and model_task(src) != name:
            raise ModelError(f"--{name} {src} is a {model_task(src)} model, not a {name} model")
    exported: dict[str, list[str]] = {}
    if onnx:
        from qawl.models.onnx import export_onnx

        for name, src in sources.items():
            if src is not None:
                exported[name] = [p.relative_to(out).as_posix() for p in export_onnx(out / name)]
    if gazetteer:
        EntityRuler.from_jsonl(gazetteer)  # refuse a malformed gazetteer before shipping it
        (out / GAZETTEER_DIR).mkdir()
        for n, path in enumerate(jsonl_files(gazetteer)):
            shutil.copyfile(path, out / GAZETTEER_DIR / f"{n:02d}-{path.name}")
    manifest: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "ner": "ner",
        "stance": "stance" if sources["stance"] else None,
        "gazetteer": GAZETTEER_DIR if gazetteer else None,
        "onnx": exported or None,
        "labels": {name: model_labels(src) for name, src in sources.items() if src},
        "sources": {name: str(src) for name, src in sources.items() if src},
        "files": {
            path.relative_to(out).as_posix(): file_sha256(path)
            for name in (
                *(n for n, src in sources.items() if src is not None),
                *([GAZETTEER_DIR] if gazetteer else []),
            )
            for path in sorted((out / name).rglob("*"))
            if path.is_file()
        },
        "versions": {
            "qawl": __version__,
            "transformers": transformers.__version__,
            "tokenizers": tokenizers.__version__,
            "torch": torch.__version__,
        },
    }
    (out / BUNDLE_FILE).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = [
        "# qawl bundle",
        "",
        'Open with `qawl.load("<this directory>")` or `qawl analyze --model <this directory> article.txt`.',
        "",
    ]
    for name, src in sources.items():
        if src is None:
            continue
        m = read_metrics(src)
        lines += [
            f"## {name} (`{name}/`, from `{src}`)",
            "",
            f"- Labels: {', '.join(manifest['labels'][name])}",
        ]
        if m:
            lines += [f"- Dev: {headline_of(m, 'dev')}", f"- Test: {headline_of(m, 'test')}"]
        lines.append("")
    lines += ["Versions: " + ", ".join(f"{k} {v}" for k, v in manifest["versions"].items()), ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
    return out
