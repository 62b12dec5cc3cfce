"""Linear layers through oneDNN on a CPU: fp32 at the CPU's speed, and memory that stays flat.

On a CPU, ``torch.nn.Linear`` multiplies fp32 matrices with MKL, and MKL runs its AVX2
code on AMD processors even when they have AVX-512: on the 2-core Zen 5 benchmark
machine a 512 x 768 by 768 x 3072 product ran at 207 GFLOPS through MKL and 458
through oneDNN (torch's other CPU library, which picks its kernels by the instructions
the CPU has, not by its vendor); a forward pass of the AraBERT-shaped model took half
the time (benchmarks/RESULTS.md). The answer is the same product in fp32, summed in
another order: logits differ by about 1e-6.

oneDNN (which torch also uses for bf16 products) keeps what it builds for each product
shape; :class:`OneDnnLinear` rounds the rows of every product up to a multiple of
:data:`ROW_STEP`, so that a long corpus of varying batches meets few shapes and memory
stays flat (in bf16 too, where torch's own layers grew by half a gigabyte over 2,000
articles).

:func:`use_onednn_linears` swaps a loaded model's linear layers, in place, for
:class:`OneDnnLinear`, which keeps the same weight tensors and calls the fused oneDNN
linear operator that ``torch.compile`` itself emits for CPU linear layers. It is for
inference on the CPU (fp32 or bf16): the model is never trained or saved afterwards.

Example:
    >>> import torch
    >>> layer = torch.nn.Sequential(torch.nn.Linear(4, 2))
    >>> x = torch.ones(3, 4)
    >>> want = layer(x)
    >>> use_onednn_linears(layer)
    1
    >>> torch.allclose(layer(x), want, atol=1e-6)
    True
"""

from __future__ import annotations

import logging

import torch

logger = logging.getLogger(__name__)

ROW_STEP = 32
"""Rows of every product are rounded up to a multiple of this (see :meth:`OneDnnLinear.forward`)."""


class OneDnnLinear(torch.nn.Module):
    """``torch.nn.Linear``'s forward through oneDNN (same weight and bias tensors, no copy).

    Args:
        linear: The layer to stand in for (fp32 or bf16, on the CPU).
    """

    def __init__(self, linear: torch.nn.Linear):
        super().__init__()
        self.weight = linear.weight
        self.bias = linear.bias
        self.in_features = linear.in_features
        self.out_features = linear.out_features

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape
        rows = x.reshape(-1, shape[-1])
        n = rows.shape[0]
        # oneDNN keeps what it built for each product shape it meets, and batches of varying
        # rows x width gave thousands of them: RSS grew from 0.7 to 1.4 GB over 10,000 articles.
        # Rounding the rows up to a multiple of ROW_STEP (zero rows, cut off after) bounds the
        # shapes; memory stayed flat (0.83 GB after 4,000 articles) at the same speed.
        extra = -n % ROW_STEP
        if extra:
            rows = torch.nn.functional.pad(rows, (0, 0, 0, extra))
        out = torch.ops.mkldnn._linear_pointwise(rows, self.weight, self.bias, "none", [], "")
        return out[:n].reshape(*shape[:-1], out.shape[-1])


def onednn_available() -> bool:
    """Whether this torch can run :class:`OneDnnLinear` (built with oneDNN, operator present)."""
    if not torch.backends.mkldnn.is_available():
        return False
    try:
        probe = OneDnnLinear(torch.nn.Linear(2, 2))
        with torch.inference_mode():
            probe(torch.ones(1, 2))
    except (AttributeError, RuntimeError, NotImplementedError):
        return False
    return True


def _on_cpu(weight: torch.Tensor) -> bool:
    return weight.dtype in (torch.float32, torch.bfloat16) and weight.device.type == "cpu"


def use_onednn_linears(model: torch.nn.Module) -> int:
    """Swap every fp32 or bf16 CPU ``nn.Linear`` inside ``model`` for :class:`OneDnnLinear`, in place.

    Args:
        model: A model on the CPU, for inference.

    Returns:
        How many layers were swapped: 0 when this torch has no oneDNN (the model
        is left as it was, and the log says so).
    """
    if not onednn_available():
        logger.info("torch has no oneDNN linear operator here: the linear layers stay as they are")
        return 0
    swaps = [
        (parent, name, child)
        for parent in model.modules()
        for name, child in parent.named_children()
        if type(child) is torch.nn.Linear and _on_cpu(child.weight)
    ]
    for parent, name, child in swaps:
        setattr(parent, name, OneDnnLinear(child))
    return len(swaps)
