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


def test_torch_backend_swaps_on_the_cpu_in_fp32_and_bf16():
    swapped = lambda b: any(isinstance(m, OneDnnLinear) for m in b.model.modules())
    assert swapped(TorchBackend(tiny_bert(), "cpu", onednn=True))
    assert not swapped(TorchBackend(tiny_bert(), "cpu"))
    model = tiny_bert()
    ids = torch.randint(5, 50, (2, 9))
    with torch.inference_mode():
        want = model.to(torch.bfloat16)(input_ids=ids).logits
    bf16 = TorchBackend(model, "cpu", bf16=True, onednn=True)
    assert swapped(bf16) and bf16.model.dtype == torch.bfloat16
    with torch.inference_mode():
        assert torch.equal(bf16.model(input_ids=ids).logits, want)  # the same bf16 products


def test_onednn_rounds_the_rows_and_cuts_them_off(monkeypatch):
    seen = []
    real = torch.ops.mkldnn._linear_pointwise

    class Ops:  # records the shapes the oneDNN operator is given
        @staticmethod
        def _linear_pointwise(x, *args):
            seen.append(tuple(x.shape))
            return real(x, *args)

    monkeypatch.setattr(onednn.torch.ops, "mkldnn", Ops)
    layer = torch.nn.Linear(6, 3)
    holder = torch.nn.Sequential(layer)
    use_onednn_linears(holder)
    seen.clear()  # the availability probe's product
    for shape in [(1, 1, 6), (2, 5, 6), (4, 8, 6), (33, 6)]:
        x = torch.randn(*shape)
        got = holder(x)
        assert got.shape == (*shape[:-1], 3) and torch.allclose(got, layer(x), atol=1e-6)
    assert seen == [(32, 6), (32, 6), (32, 6), (64, 6)]
