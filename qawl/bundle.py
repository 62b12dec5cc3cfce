"""Bundles: both trained models in one directory that ``qawl.load`` opens.

A bundle holds copies of the NER and stance model directories (``ner/``,
``stance/``), a manifest ``qawl_pipeline.json`` (format, versions, label sets,
model sources) and a README card with both models' scores. :func:`read_manifest`
checks the manifest before anything is loaded.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qawl._version import __version__
from qawl.eval.evaluate import headline_of
from qawl.models.io import MODEL_FILE, model_labels, read_metrics
from qawl.models.ruler import EntityRuler, jsonl_files

BUNDLE_FILE = "qawl_pipeline.json"
BUNDLE_FORMAT = "qawl-bundle/1"
GAZETTEER_DIR = "gazetteer"


def read_manifest(path: str | Path) -> dict | None:
    """The manifest of a bundle directory, checked; None when ``path`` is no bundle.

    Raises:
        ValueError: A manifest that is not JSON, has another format than
            :data:`BUNDLE_FORMAT`, or names no NER model (names the file and field).
    """
    manifest_path = Path(path) / BUNDLE_FILE
    if not manifest_path.is_file():
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise ValueError(
            f"{manifest_path}: not valid JSON ({err.msg}); re-export the bundle with `qawl export`"
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise ValueError(
            f"{manifest_path}: format {found!r} is not {BUNDLE_FORMAT!r}, the "
            f"bundle format qawl {__version__} reads; re-export the bundle "
            "with this version's `qawl export`"
        )
    if not isinstance(manifest.get("ner"), str):
        raise ValueError(f"{manifest_path}: field 'ner' must name the NER model folder")
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
    ``qawl_pipeline.json`` (versions, label sets, model sources) and a README card
    with both models' metrics.

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
            shutil.copytree(src, out / name, ignore=shutil.ignore_patterns("checkpoints"))
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
