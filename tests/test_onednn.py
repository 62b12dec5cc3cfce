"""oneDNN linear layers (qawl.models.onednn): the same products as torch's own, swapped in place."""

from __future__ import annotations

import pytest
import torch
from transformers import BertConfig, BertForTokenClassification

import qawl.models.onednn as onednn
from qawl.models.backends import TorchBackend
from qawl.models.onednn import OneDnnLinear, use_onednn_linears

pytestmark = pytest.mark.skipif(not onednn.onednn_available(), reason="this torch has no oneDNN")


def tiny_bert() -> BertForTokenClassification:
    torch.manual_seed(3)
    config = BertConfig(
        vocab_size=50,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=4,
        intermediate_size=64,
        num_labels=5,
    )
    return BertForTokenClassification(config).eval()


def test_onednn_swaps_every_linear_and_keeps_the_logits():
    model = tiny_bert()
    ids = torch.randint(5, 50, (3, 7))
    mask = torch.ones_like(ids)
    mask[2, 4:] = 0
    with torch.inference_mode():
        want = model(input_ids=ids, attention_mask=mask).logits
    linears = sum(type(m) is torch.nn.Linear for m in model.modules())
    assert linears == 2 * 6 + 1  # per layer: q, k, v, attention out, intermediate, out; the classifier
    assert use_onednn_linears(model) == linears
    assert not any(type(m) is torch.nn.Linear for m in model.modules())
    with torch.inference_mode():
        got = model(input_ids=ids, attention_mask=mask).logits
    assert torch.allclose(got, want, atol=1e-5)
    assert use_onednn_linears(model) == 0  # nothing left to swap


def test_onednn_shares_the_weights_and_handles_no_bias():
    layer = torch.nn.Linear(6, 3, bias=False)
    holder = torch.nn.Sequential(layer)
    x = torch.randn(2, 5, 6)
    want = layer(x)
    assert use_onednn_linears(holder) == 1
    assert isinstance(holder[0], OneDnnLinear) and holder[0].weight is layer.weight and holder[0].bias is None
    assert torch.allclose(holder(x), want, atol=1e-6)


def test_onednn_leaves_the_model_alone_when_unavailable(monkeypatch):
    monkeypatch.setattr(onednn, "onednn_available", lambda: False)
    model = tiny_bert()
    assert use_onednn_linears(model) == 0
    assert any(type(m) is torch.nn.Linear for m in model.modules())


def test_torch_backend_swaps_only_fp32_on_the_cpu():
    swapped = lambda b: any(isinstance(m, OneDnnLinear) for m in b.model.modules())
    assert swapped(TorchBackend(tiny_bert(), "cpu", onednn=True))
    assert not swapped(TorchBackend(tiny_bert(), "cpu"))
    bf16 = TorchBackend(tiny_bert(), "cpu", bf16=True, onednn=True)
    assert not swapped(bf16) and bf16.model.dtype == torch.bfloat16
