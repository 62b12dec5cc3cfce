"""Inference backends: the one seam between qawl's predictors and the engine that runs a model.

A predictor (:class:`~qawl.models.ner.NerTagger`,
:class:`~qawl.models.stance.StanceClassifier`) encodes text into padded integer
arrays and asks a backend for logits; everything before (normalization, windows,
pairs) and after (softmax, IOB2 decoding, word scores) is the predictor's and is
shared by every backend. A backend is anything with ``logits(batch)``:

    batch  {"input_ids": int64 [rows, width], "attention_mask": ..., "token_type_ids"?: ...,
            "position_ids"?: ...}
    →      float32 logits [rows, width, labels] (tokens) or [rows, labels] (sequences)

A *packed* batch (:func:`pack_rows`) holds several short inputs per row: its
``attention_mask`` numbers them 1, 2, 3… (0 is padding) and its ``position_ids``
restart at 0 for each; a backend lets each position attend only to its own input
(a block-diagonal mask), so every input gets what it would get alone.

:class:`TorchBackend` runs the transformers model (CPU or GPU, fp32 or bfloat16); :class:`OnnxBackend`
runs a model exported by :mod:`qawl.models.onnx` with ONNX Runtime. Both are
chosen by name in ``qawl.load(path, backend=...)``.

Example:
    >>> rows = [{"input_ids": [2, 7, 3]}, {"input_ids": [2, 3]}]
    >>> pad_batch(rows, pad_id=0)["input_ids"].tolist()
    [[2, 7, 3], [2, 3, 0]]
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

logger = logging.getLogger(__name__)

# Padding value of each model input (input_ids use the tokenizer's pad id).
_PAD_VALUES = {"attention_mask": 0, "token_type_ids": 0, "position_ids": 0}

BACKENDS = ("torch", "torch-bf16", "onnx", "onnx-int8")
"""Inference engines by name (``qawl.load(path, backend=...)``, ``--backend``): PyTorch
in fp32 or bfloat16, and ONNX Runtime on the fp32 or int8 export."""

Progress = Callable[[int, int], None]
"""A progress callback: ``progress(done, total)``."""


class Backend(Protocol):
    """Runs a model: padded integer arrays in, float32 logits out (numpy)."""

    name: str

    def logits(self, batch: Mapping[str, np.ndarray]) -> np.ndarray:
        """Logits for one padded batch."""
        ...


_TOKENIZER_LOCKS: weakref.WeakKeyDictionary[Any, threading.Lock] = weakref.WeakKeyDictionary()
_LOCKS_LOCK = threading.Lock()


def tokenizer_lock(tokenizer: Any) -> threading.Lock:
    """The lock to hold while calling ``tokenizer``: one per tokenizer object.

    A fast tokenizer keeps its truncation and padding settings in the shared Rust
    object and changes them on every call that asks for other ones (plain, cut,
    overflowing windows), so two threads tokenizing at once can fail ("Already
    borrowed", "Second sequence not provided") or read each other's settings.
    Predictors encode under this lock; the model runs outside it, so threads still
    overlap where the time goes.
    """
    with _LOCKS_LOCK:
        lock = _TOKENIZER_LOCKS.get(tokenizer)
        if lock is None:
            lock = _TOKENIZER_LOCKS[tokenizer] = threading.Lock()
        return lock


def pad_batch(rows: Sequence[Mapping[str, Sequence[int]]], pad_id: int) -> dict[str, np.ndarray]:
    """Dynamic padding: each batch only as wide as its longest row.

    Args:
        rows: Encoded rows (``input_ids`` and optionally ``attention_mask``,
            ``token_type_ids``), all with the same keys.
        pad_id: The tokenizer's padding id, for ``input_ids``.

    Returns:
        One int64 array ``[rows, width]`` per key.
    """
    width = max(len(r["input_ids"]) for r in rows)
    out = {}
    for key in rows[0]:
        pad = pad_id if key == "input_ids" else _PAD_VALUES.get(key, 0)
        out[key] = np.array([list(r[key]) + [pad] * (width - len(r[key])) for r in rows], dtype=np.int64)
    return out


def batches(items: Sequence[Any], size: int):
    """Consecutive slices of ``items`` of at most ``size``.

    Example:
        >>> list(batches([1, 2, 3], 2))
        [[1, 2], [3]]
    """
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def token_batches(rows: Sequence[Mapping[str, Sequence[int]]], size: int, budget: int | None):
    """Consecutive batches of at most ``size`` rows whose padded size stays in ``budget``.

    A batch is padded to its longest row, so its cost is rows x width. With rows
    sorted longest first (:func:`batch_order`), a budget of padded positions puts
    many short rows together and few long ones: on a CPU, where a forward pass
    costs about the same per position at any batch size, this cuts the padding
    that a fixed ``size`` leaves in batches of mixed lengths. A row wider than
    the budget goes alone. None: batches of ``size`` rows, as :func:`batches`.

    Example:
        >>> rows = [{"input_ids": [0] * n} for n in (8, 6, 3, 3, 2)]
        >>> [len(b) for b in token_batches(rows, 32, 12)], [len(b) for b in token_batches(rows, 32, None)]
        ([1, 2, 2], [5])
    """
    if budget is None:
        yield from batches(rows, size)
        return
    batch: list[Any] = []
    width = 0
    for row in rows:
        n = len(row["input_ids"])
        if batch and (len(batch) == size or (len(batch) + 1) * max(width, n) > budget):
            yield batch
            batch, width = [], 0
        batch.append(row)
        width = max(width, n)
    if batch:
        yield batch


def batch_order(lengths: Sequence[int], by_length: bool) -> list[int]:
    """The order rows go through the model: as given, or longest first.

    Sorting puts rows of similar length in the same batch, so dynamic padding
    adds little; the caller puts each result back in its place.

    Example:
        >>> batch_order([3, 9, 5], by_length=True), batch_order([3, 9, 5], by_length=False)
        ([1, 2, 0], [0, 1, 2])
    """
    if not by_length:
        return list(range(len(lengths)))
    return sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))


def pack_rows(
    rows: Sequence[Mapping[str, Sequence[int]]], capacity: int
) -> tuple[list[dict[str, list[int]]], list[tuple[int, int]]]:
    """Pack short encoded inputs into rows of at most ``capacity`` positions.

    Inputs are placed first-fit in the order given (longest first packs best).
    In a packed row, ``attention_mask`` numbers its inputs 1, 2, 3…, and
    ``position_ids`` restart at 0 for each, so a backend can give every input a
    block of attention of its own (see the module docstring).

    Args:
        rows: Encoded inputs (``input_ids``, ``attention_mask``, optionally
            ``token_type_ids``), none longer than ``capacity``.
        capacity: The longest packed row (the model's window size).

    Returns:
        ``(packed, places)``: the packed rows, and for each input its
        ``(packed row, offset)``.

    Example:
        >>> packed, places = pack_rows([{"input_ids": [2, 7, 3]}, {"input_ids": [2, 3]}], 8)
        >>> packed[0]["input_ids"], packed[0]["attention_mask"], packed[0]["position_ids"], places
        ([2, 7, 3, 2, 3], [1, 1, 1, 2, 2], [0, 1, 2, 0, 1], [(0, 0), (0, 3)])
    """
    packed: list[dict[str, list[int]]] = []
    places: list[tuple[int, int]] = []
    for row in rows:
        n = len(row["input_ids"])
        target = next((k for k, p in enumerate(packed) if len(p["input_ids"]) + n <= capacity), None)
        if target is None:
            target = len(packed)
            packed.append({"input_ids": [], "attention_mask": [], "position_ids": []})
            if "token_type_ids" in row:
                packed[target]["token_type_ids"] = []
        p = packed[target]
        places.append((target, len(p["input_ids"])))
        segment = (p["attention_mask"][-1] + 1) if p["attention_mask"] else 1
        p["input_ids"] += list(row["input_ids"])
        p["attention_mask"] += [segment] * n
        p["position_ids"] += list(range(n))
        if "token_type_ids" in p:
            p["token_type_ids"] += list(row["token_type_ids"])
    return packed, places


def softmax(logits: np.ndarray) -> np.ndarray:
    """Probabilities over the last axis, in float32.

    Computed with torch's kernel whatever the backend, so every backend turns the
    same logits into bit-identical probabilities (and scores, and decoded labels).

    Example:
        >>> softmax(np.array([[0.0, 0.0]])).tolist()
        [[0.5, 0.5]]
    """
    import torch

    return torch.from_numpy(np.asarray(logits, dtype=np.float32)).softmax(-1).numpy()


class TorchBackend:
    """A transformers model run by PyTorch, in inference mode.

    Args:
        model: A loaded ``*ForTokenClassification``/``*ForSequenceClassification``.
        device: ``"cpu"``, ``"cuda"``, ``"cuda:1"``…; None keeps the model where it is.
        bf16: Run the model in bfloat16 (weights and activations; logits come back
            as float32). A CPU with AVX512-BF16 or AMX multiplies bf16 matrices
            2-4 times faster than fp32 ones (952 GFLOPS against 458 in fp32 through
            oneDNN and 207 through MKL on a 2-core Zen 5, benchmarks/RESULTS.md);
            without them torch emulates bf16, which is slower than fp32, and a
            warning says so.
        onednn: On a CPU, run the linear layers through oneDNN's fused operator
            (:mod:`qawl.models.onednn`): in fp32 the same answers to about 1e-6, twice
            as fast on AMD CPUs with AVX-512, where torch's default (MKL) runs AVX2
            code; in fp32 and bf16 the memory stays flat over a long corpus.

    Example:
        >>> from transformers import BertConfig, BertForSequenceClassification
        >>> tiny = BertConfig(vocab_size=20, hidden_size=8, num_hidden_layers=1,
        ...                   num_attention_heads=2, intermediate_size=16, num_labels=3)
        >>> backend = TorchBackend(BertForSequenceClassification(tiny), "cpu", bf16=True)
        >>> batch = {"input_ids": np.array([[2, 5, 3]]), "attention_mask": np.array([[1, 1, 1]])}
        >>> backend.logits(batch).dtype, backend.logits(batch).shape
        (dtype('float32'), (1, 3))
    """

    name = "torch"

    def __init__(self, model: Any, device: str | None = None, bf16: bool = False, onednn: bool = False):
        self.model = model.eval()
        if device is not None:
            self.model.to(device)
        if bf16:
            import torch

            if self.model.device.type == "cpu" and not _cpu_has_bf16():
                logger.warning(
                    "this CPU has no bf16 instructions (AVX512-BF16 or AMX): torch emulates "
                    "them and backend torch-bf16 runs slower than fp32; use torch or onnx-int8"
                )
            self.model.to(torch.bfloat16)
            self.name = "torch-bf16"
        if onednn and self.model.device.type == "cpu":
            from qawl.models.onednn import use_onednn_linears

            use_onednn_linears(self.model)

    @property
    def device(self) -> Any:
        """Where the model's weights are."""
        return self.model.device

    def logits(self, batch: Mapping[str, np.ndarray]) -> np.ndarray:
        import torch

        with torch.inference_mode():
            inputs = {
                k: torch.from_numpy(np.ascontiguousarray(v)).to(self.model.device) for k, v in batch.items()
            }
            if "position_ids" in inputs:  # a packed batch: one block of attention per input
                inputs["attention_mask"] = block_mask(inputs["attention_mask"], self.model.dtype)
            return self.model(**inputs).logits.float().cpu().numpy()


def _cpu_has_bf16() -> bool:
    """Whether oneDNN has native bf16 kernels on this CPU (AVX512-BF16 or AMX)."""
    import torch

    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # a torch built without oneDNN
        return False


def block_mask(segments: Any, dtype: Any) -> Any:
    """The additive attention mask ``[rows, 1, width, width]`` of a packed batch.

    A position may attend to the positions of its own input only (same segment
    number, not padding); elsewhere the mask holds the dtype's lowest value. The
    ONNX export builds the same mask inside its graph.

    Args:
        segments: ``attention_mask`` of a packed batch, int ``[rows, width]``.
        dtype: The model's floating dtype.
    """
    import torch

    same = (segments[:, :, None] == segments[:, None, :]) & (segments[:, None, :] > 0)
    mask = torch.zeros(same.shape, dtype=dtype, device=segments.device)
    return mask.masked_fill(~same, torch.finfo(dtype).min)[:, None]


class OnnxBackend:
    """A model exported to ONNX (:mod:`qawl.models.onnx`), run by ONNX Runtime.

    Args:
        path: The ``.onnx`` file (``model.onnx`` or the int8 ``model.int8.onnx``).
        threads: Threads of one forward pass (``intra_op_num_threads``); None:
            ONNX Runtime's default (every core).
        device: ``"cuda"`` runs on the GPU when onnxruntime-gpu is installed;
            anything else, the CPU.

    Raises:
        ImportError: onnxruntime is not installed (``pip install 'qawl[onnx]'``).
        FileNotFoundError: No such file (export one with ``qawl export --onnx``).
    """

    name = "onnx"

    def __init__(self, path: str | Path, threads: int | None = None, device: str | None = None):
        try:
            import onnxruntime as ort
        except ImportError as err:  # pragma: no cover - depends on the install
            raise ImportError("the onnx backend needs onnxruntime: pip install 'qawl[onnx]'") from err
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(
                f"{path} not found: export the bundle's ONNX models with "
                "`qawl export --ner DIR --stance DIR --out BUNDLE --onnx`"
            )
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        providers = ["CPUExecutionProvider"]
        if device and device.startswith("cuda") and "CUDAExecutionProvider" in ort.get_available_providers():
            providers.insert(0, "CUDAExecutionProvider")
        self.path = path
        self.session = ort.InferenceSession(str(path), options, providers=providers)
        self.inputs = [i.name for i in self.session.get_inputs()]

    def logits(self, batch: Mapping[str, np.ndarray]) -> np.ndarray:
        feed = {}
        shape = batch["input_ids"].shape
        for name in self.inputs:
            if name in batch:
                feed[name] = np.ascontiguousarray(batch[name], dtype=np.int64)
            elif name == "position_ids":  # an unpacked batch: positions 0..width-1
                feed[name] = np.broadcast_to(np.arange(shape[1], dtype=np.int64), shape).copy()
            else:  # token_type_ids of a model that takes them, for a batch without: segment 0
                feed[name] = np.zeros(shape, dtype=np.int64)
        (logits,) = self.session.run(["logits"], feed)
        return np.asarray(logits, dtype=np.float32)
