"""ONNX export of a model directory, and the files the ONNX backend loads.

``export_onnx(model_dir)`` writes, inside the model directory:

    onnx/model.onnx        fp32, exported with ``torch.onnx.export`` (the dynamo exporter)
    onnx/model.int8.onnx   int8 weights, ONNX Runtime dynamic quantization of the above
    onnx/export.json       what was exported with which versions, and the inputs

Both take the padded int64 arrays of :mod:`qawl.models.backends` (``input_ids``,
``attention_mask``, ``token_type_ids`` when the tokenizer makes them) and return
``logits``. An NER export also takes ``position_ids`` and builds the
block-diagonal attention of a packed batch inside its graph
(:func:`~qawl.models.backends.block_mask`), so packing works on either engine;
for an unpacked batch the backend passes positions ``0..width-1``.

Example:
    >>> export_onnx("models/ner-tiny")                  # doctest: +SKIP
    [PosixPath('models/ner-tiny/onnx/model.onnx'), PosixPath('models/ner-tiny/onnx/model.int8.onnx')]
    >>> backend = OnnxBackend(onnx_file("models/ner-tiny", quantized=True))  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qawl._version import __version__
from qawl.models.io import MODEL_FILE, model_task

logger = logging.getLogger(__name__)

ONNX_DIR = "onnx"
FP32_FILE = "model.onnx"
INT8_FILE = "model.int8.onnx"
EXPORT_FILE = "export.json"


def onnx_file(model_dir: str | Path, quantized: bool = False) -> Path:
    """Where a model directory's exported ONNX model is (whether or not it exists).

    Example:
        >>> onnx_file("models/ner-tiny", quantized=True).as_posix()
        'models/ner-tiny/onnx/model.int8.onnx'
    """
    return Path(model_dir) / ONNX_DIR / (INT8_FILE if quantized else FP32_FILE)


def _exportable(model: Any, packed: bool) -> Any:
    """The model as a module whose inputs and output are the backend seam's."""
    import torch

    from qawl.models.backends import block_mask

    class Exportable(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids=None, position_ids=None):
            if packed:  # segment-numbered mask → one block of attention per packed input
                attention_mask = block_mask(attention_mask, torch.float32)
            kwargs = {"input_ids": input_ids, "attention_mask": attention_mask}
            if token_type_ids is not None:
                kwargs["token_type_ids"] = token_type_ids
            if position_ids is not None:
                kwargs["position_ids"] = position_ids
            return self.model(**kwargs).logits

    return Exportable().eval()


def export_onnx(model_dir: str | Path, quantize: bool = True) -> list[Path]:
    """Export a model directory to ONNX (fp32, and int8 unless ``quantize=False``).

    The files go to ``model_dir/onnx/`` (see the module docstring), replacing
    older ones. The fp32 export gives the torch model's logits to about 1e-5;
    the int8 model (dynamic quantization of the linear layers' weights, per
    channel) is smaller and faster on CPU and loses a little accuracy: measure it
    (``benchmarks/speed.py`` records entity F1 and stance macro-F1 of both).

    Args:
        model_dir: A qawl model directory (NER or stance).
        quantize: Also write the int8 model.

    Returns:
        The files written, fp32 first.

    Raises:
        FileNotFoundError: Not a model directory.
        ImportError: ``onnx``, ``onnxscript`` or ``onnxruntime`` missing
            (``pip install 'qawl[onnx]'``).

    Example:
        >>> [p.name for p in export_onnx("models/stance-tiny")]  # doctest: +SKIP
        ['model.onnx', 'model.int8.onnx']
    """
    from qawl.models.io import load_model_dir

    model_dir = Path(model_dir)
    if not (model_dir / MODEL_FILE).is_file():
        raise FileNotFoundError(f"{model_dir} is not a model directory (no config.json)")
    task = model_task(model_dir)
    out_dir = model_dir / ONNX_DIR
    out_dir.mkdir(exist_ok=True)
    fp32 = out_dir / FP32_FILE
    with warnings.catch_warnings(), _quiet_exporter():
        # The exporter's notes (shared axis names, deprecations inside torch and
        # onnxscript) are not about qawl's model.
        warnings.simplefilter("ignore")
        try:
            import onnx
            import onnxruntime
            import onnxscript  # noqa: F401  (torch.onnx.export's dynamo exporter needs it)
        except ImportError as err:
            raise ImportError(
                f"ONNX export needs onnx, onnxscript and onnxruntime: pip install 'qawl[onnx]' ({err})"
            ) from err
        import torch

        tokenizer, model = load_model_dir(model_dir, task)
        model = model.float().cpu().eval()
        packed = task == "ner"
        # Two rows of different lengths: the exporter sees real padding.
        enc = tokenizer(["a b c d e", "a"], ["f g", "h"] if task == "stance" else None, padding=True)
        names = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in enc]
        dummy = {k: torch.tensor(enc[k], dtype=torch.int64) for k in names}
        if packed:
            names.append("position_ids")
            dummy["position_ids"] = torch.arange(dummy["input_ids"].shape[1]).repeat(2, 1)
        batch, width = torch.export.Dim("batch"), torch.export.Dim("width", max=4096)
        program = torch.onnx.export(
            _exportable(model, packed),
            args=(),
            kwargs=dummy,
            input_names=names,
            output_names=["logits"],
            dynamic_shapes={k: {0: batch, 1: width} for k in names},
            dynamo=True,
            verbose=False,
        )
        assert program is not None
        program.save(str(fp32))
        written = [fp32]
        if quantize:
            written.append(quantize_int8(fp32, out_dir / INT8_FILE))
    meta = {
        "task": task,
        "inputs": names,
        "packed_inputs": packed,
        "files": {p.name: ("int8" if p.name == INT8_FILE else "fp32") for p in written},
        "versions": {
            "qawl": __version__,
            "torch": torch.__version__,
            "onnx": onnx.__version__,
            "onnxruntime": onnxruntime.__version__,
        },
    }
    (out_dir / EXPORT_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    logger.info("exported %s to %s", model_dir, ", ".join(p.name for p in written))
    return written


@contextlib.contextmanager
def _quiet_exporter() -> Iterator[None]:
    """Keep the exporter's and quantizer's progress lines off the user's terminal.

    torch.onnx prints its steps to stdout and logs at WARNING about optional
    packages (torchvision); the quantizer logs a hint on the root logger. qawl
    --verbose shows them (DEBUG level on qawl's logger).
    """
    if logger.isEnabledFor(logging.DEBUG):
        yield
        return
    loggers = [logging.getLogger(), logging.getLogger("torch.onnx")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def quantize_int8(fp32: str | Path, out: str | Path) -> Path:
    """Dynamic int8 quantization of an exported model's weights (MatMul and Gemm).

    Weights are signed int8 per output channel, activations quantized on the fly.
    ``reduce_range`` keeps weights to 7 bits: on x86 CPUs without VNNI the u8×s8
    kernels otherwise saturate and lose accuracy.

    Returns:
        ``out`` as a Path.
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out = Path(out)
    quantize_dynamic(
        str(fp32),
        str(out),
        weight_type=QuantType.QInt8,
        per_channel=True,
        reduce_range=True,
        op_types_to_quantize=["MatMul", "Gemm"],
    )
    return out
