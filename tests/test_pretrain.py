"""`qawl pretrain`: a tiny encoder pretrained on lines written here, fully offline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch
import yaml
from conftest import tiny_config

from qawl.config.base import ConfigError
from qawl.config.pretrain import load_pretrain_config, pretrain_config_from_dict
from qawl.data.packing import PackedStream, encode_documents, join_documents
from qawl.models.mlm import IGNORE, build_encoder, mask_tokens, masked_lm_loss

# Hand-written pieces of Arabic news sentences, combined into 200 distinct lines.
SUBJECTS = [
    "قال وزير الخارجية",
    "أكد الرئيس",
    "أعلنت وزارة الدفاع",
    "ذكرت وكالة الأنباء",
    "أوضح المتحدث باسم الحكومة",
    "صرّح رئيس الوزراء",
    "أشار الأمين العام",
    "نفت السفارة",
    "بيّن مدير الشرطة",
    "أفادت مصادر مطلعة",
]
CLAIMS = [
    "أن المفاوضات حققت تقدما ملموسا",
    "أن الاجتماع المقبل سيعقد في الرياض",
    "أن القوات انسحبت من المدينة",
    "أن الحكومة ستدعم المستشفيات الجديدة",
    "أن الاتفاق يشمل تبادل الأسرى",
    "أن الأمطار الغزيرة أغلقت الطرق",
    "أن المملكة تدين الهجوم على المدنيين",
    "أن الشركة وقعت عقدا مع جامعة الملك سعود",
    "أن الأسعار ارتفعت في الأسواق المحلية",
    "أن اللجنة ستنشر تقريرها النهائي",
]
TIMES = ["اليوم الثلاثاء", "مساء الأحد", "الأسبوع الماضي", "صباح الخميس"]
PLACES = ["في جدة", "في القاهرة", "في مؤتمر صحفي", "خلال زيارته إلى عمّان", "في بيان رسمي"]
LINES = [
    f"{s} {TIMES[(i + j) % 4]} {PLACES[(i * 3 + j) % 5]} {c}."
    for i, s in enumerate(SUBJECTS)
    for j, c in enumerate(CLAIMS)
]
LINES = [line + (" وأضاف أن العمل مستمر." if n % 2 else "") for n, line in enumerate(LINES * 2)]

NORMALIZER = {"fold_alef": True, "fold_ya": True, "fold_ta_marbuta": True}


def raw_config(tmp_path: Path, **sections) -> dict:
    """A tiny pretraining config over lines written into ``tmp_path``."""
    text = tmp_path / "raw.txt"
    tmp_path.mkdir(parents=True, exist_ok=True)
    if not text.exists():
        text.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    raw = {
        "run_name": "tiny-encoder",
        "output_dir": str(tmp_path / "encoder"),
        "seed": 5,
        "data": {
            "text": [str(tmp_path / "raw*.txt")],
            "corpus_files": ["data/ner/dev.conll"],
            "max_documents": 150,
            "validation_documents": 8,
            "license": "CC BY-NC-SA 4.0 (test text)",
        },
        "normalizer": NORMALIZER,
        "tokenizer": {"vocab_size": 400, "min_frequency": 1},
        "model": {
            "hidden_size": 32,
            "num_layers": 1,
            "num_heads": 2,
            "intermediate_size": 64,
            "max_length": 32,
        },
        "warm_start": {"word2vec": True, "epochs": 1, "min_count": 1},
        "training": {
            "batch_size": 8,
            "learning_rate": 5e-3,
            "warmup": 0.1,
            "max_steps": 60,
            "checkpoint_every": 20,
            "keep_checkpoints": 2,
            "log_every": 5,
            "dropout": 0.0,
            "threads": 1,
        },
    }  # 1: no thread waits on a busy 2-core machine
    for key, value in sections.items():
        raw[key] = {**raw.get(key, {}), **value} if isinstance(value, dict) else value
    return raw


@pytest.fixture(scope="module")
def encoder(tmp_path_factory) -> Path:
    """One finished tiny pretraining run."""
    from qawl.training.pretrain import pretrain

    tmp = tmp_path_factory.mktemp("pretrain")
    return pretrain(pretrain_config_from_dict(raw_config(tmp), "test")).output_dir


def test_pretrain_loss_goes_down_and_writes_a_complete_directory(encoder):
    records = [json.loads(line) for line in (encoder / "log.jsonl").read_text().splitlines()]
    losses = [r["loss"] for r in records if "loss" in r]
    assert len(losses) == 12
    assert np.mean(losses[-2:]) < np.mean(losses[:2]) - 0.5
    assert any("validation_loss" in r for r in records)
    for name in (
        "model.safetensors",
        "tokenizer.json",
        "config.json",
        "pretrain_config.yaml",
        "README.md",
        "loss_curve.png",
        "pretrain_metrics.json",
    ):
        assert (encoder / name).is_file(), name
    config = json.loads((encoder / "config.json").read_text())
    assert config["architectures"] == ["BertForMaskedLM"]
    assert config["qawl"]["normalizer"]["fold_alef"] is True
    assert config["qawl"]["max_length"] == 32
    assert config["hidden_dropout_prob"] == 0.1  # model.dropout, not the pretraining 0.0
    card = (encoder / "README.md").read_text()
    assert "CC BY-NC-SA 4.0" in card and "Apache-2.0" in card
    metrics = json.loads((encoder / "pretrain_metrics.json").read_text())
    assert metrics["tokens_seen"] == 60 * 8 * 32 and metrics["warm_started_rows"] > 100
    assert [p.name for p in sorted((encoder / "checkpoints").iterdir())] == ["step-00000040", "step-00000060"]


def test_pretrain_output_loads_with_auto_classes(encoder):
    from transformers import AutoModelForMaskedLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(encoder)
    model = AutoModelForMaskedLM.from_pretrained(encoder).eval()
    enc = tok("قال وزير [MASK] اليوم", return_tensors="pt")
    with torch.no_grad():
        logits = model(**enc).logits
    assert logits.shape == (1, enc["input_ids"].shape[1], len(tok))


def test_pretrain_encoder_fine_tunes_as_model_pretrained(encoder, tmp_path):
    from qawl.models.ner import NerTagger
    from qawl.training.trainer import train

    cfg = tiny_config(
        "ner",
        tmp_path / "ner",
        model={"pretrained": str(encoder), "from_scratch": None, "normalizer": NORMALIZER},
        training={"epochs": 1},
    )
    out = train(cfg).output_dir
    tags = NerTagger.from_pretrained(out).predict([["قال", "وزير", "الخارجية"]])
    assert len(tags[0]) == 3


def test_pretrain_fp16_encoder_is_fine_tuned_in_fp32(encoder, tmp_path):
    from transformers import AutoModelForMaskedLM, AutoTokenizer

    from qawl.config.experiment import ModelConfig
    from qawl.models.build import build_model

    half = tmp_path / "fp16"  # how the small encoder is shipped
    AutoModelForMaskedLM.from_pretrained(encoder).half().save_pretrained(half)
    AutoTokenizer.from_pretrained(encoder).save_pretrained(half)
    cfg = ModelConfig(pretrained=str(half), normalizer=NORMALIZER)
    _, model = build_model("ner", cfg, ["O", "B-PER", "I-PER"])
    assert {p.dtype for p in model.parameters()} == {torch.float32}


def test_pretrain_normalizer_mismatch_fails_before_training(encoder, tmp_path):
    from qawl.training.trainer import train

    cfg = tiny_config("ner", tmp_path / "ner", model={"pretrained": str(encoder), "from_scratch": None})
    with pytest.raises(ConfigError, match=r"fold_alef: config False, encoder True") as err:
        train(cfg)
    assert str(encoder) in str(err.value)
    assert not (tmp_path / "ner").exists()


def test_pretrain_resume_gives_the_weights_of_an_uninterrupted_run(encoder, tmp_path, monkeypatch):
    from safetensors.torch import load_file

    import qawl.training.pretrain as pretrain_module

    # Same vocabulary for both runs (WordPiece ties are broken in hash order).
    sections = {
        "tokenizer": {"path": str(encoder)},
        "warm_start": {"word2vec": False},
        "training": {"max_steps": 30, "checkpoint_every": 10, "log_every": 5},
    }
    whole = pretrain_module.pretrain(pretrain_config_from_dict(raw_config(tmp_path / "a", **sections)))
    real_save = pretrain_module.save_checkpoint

    def killed_after_step_20(root, model, optimizer, step, info, keep):
        real_save(root, model, optimizer, step, info, keep)
        if step == 20:
            raise KeyboardInterrupt  # the process dies right after a checkpoint

    cfg = pretrain_config_from_dict(raw_config(tmp_path / "b", **sections))
    monkeypatch.setattr(pretrain_module, "save_checkpoint", killed_after_step_20)
    with pytest.raises(KeyboardInterrupt):
        pretrain_module.pretrain(cfg)
    monkeypatch.setattr(pretrain_module, "save_checkpoint", real_save)
    with pytest.raises(ConfigError, match="--resume"):
        pretrain_module.pretrain(cfg)
    resumed = pretrain_module.pretrain(cfg, resume=True)

    a = load_file(str(whole.output_dir / "model.safetensors"))
    b = load_file(str(resumed.output_dir / "model.safetensors"))
    assert a.keys() == b.keys()
    for key in a:
        assert torch.equal(a[key], b[key]), key
    logs = [
        [json.loads(x) for x in (run.output_dir / "log.jsonl").read_text().splitlines()]
        for run in (whole, resumed)
    ]
    # The lines written after the last checkpoint were dropped and written again.
    assert [(r["step"], r.get("loss")) for r in logs[0]] == [(r["step"], r.get("loss")) for r in logs[1]]


def test_pretrain_resume_refuses_a_changed_recipe(encoder, tmp_path):
    from qawl.training.pretrain import pretrain

    run = tmp_path / "run"
    shutil.copytree(encoder, run)
    raw = raw_config(tmp_path, output_dir=str(run))
    raw["model"]["hidden_size"] = 64
    with pytest.raises(ConfigError, match="model.hidden_size"):
        pretrain(pretrain_config_from_dict(raw), resume=True)


def test_pretrain_cli_resumes_a_finished_run(encoder, tmp_path, capsys):
    from qawl.cli import main

    run = tmp_path / "run"
    shutil.copytree(encoder, run)
    config = encoder / "pretrain_config.yaml"  # the resolved config the run saved
    assert main(["pretrain", str(config), "--resume", "--set", f"output_dir={run}"]) == 0
    assert "encoder saved to" in capsys.readouterr().out
    assert main(["pretrain", str(config), "--set", f"output_dir={run}"]) == 2  # no --resume


def test_learning_rate_never_exceeds_its_peak():
    from qawl.config.pretrain import load_pretrain_config
    from qawl.training.pretrain import learning_rate

    # 6% warmup of 4 steps is a quarter of a step: the first step must not run at 4x the peak.
    cfg = load_pretrain_config("configs/pretrain-tiny.yaml", ["training.warmup=0.06"])
    rates = [learning_rate(step, 4, cfg) for step in range(4)]
    assert max(rates) == cfg.training.learning_rate
    assert rates == sorted(rates, reverse=True)


def test_mlm_whole_word_masking_masks_all_pieces_of_a_word():
    # 6 windows of 40 pieces; words of 1–3 pieces.
    rng = np.random.default_rng(0)
    starts = rng.random((6, 40)) < 0.5
    starts[:, 0] = True
    special = np.zeros((6, 40), dtype=bool)
    special[:, [0, -1]] = True
    ids = torch.from_numpy(rng.integers(5, 100, (6, 40)))
    g = torch.Generator().manual_seed(3)
    _, labels = mask_tokens(ids, torch.from_numpy(starts), torch.from_numpy(special), 100, 4, 0.3, True, g)
    predicted = (labels != IGNORE).numpy()
    assert not predicted[special].any()
    word = np.cumsum(starts | special, axis=1)
    for b in range(6):
        for w in np.unique(word[b]):
            pieces = predicted[b][(word[b] == w) & ~special[b]]
            assert pieces.all() or not pieces.any()
    assert 0.1 < predicted.mean() < 0.5
    # Nothing drawn: one whole word is still predicted, so the loss is defined.
    _, one = mask_tokens(
        ids,
        torch.from_numpy(starts),
        torch.from_numpy(special),
        100,
        4,
        1e-9,
        True,
        torch.Generator().manual_seed(3),
    )
    rows, cols = (one != IGNORE).nonzero(as_tuple=True)
    assert len(set(rows.tolist())) == 1 and len(set(word[rows[0]][cols.numpy()])) == 1
    whole = (word[rows[0]] == word[rows[0], cols[0]]) & ~special[rows[0]]
    assert whole.sum() == len(cols)
    _, by_piece = mask_tokens(
        ids,
        torch.from_numpy(starts),
        torch.from_numpy(special),
        100,
        4,
        0.3,
        False,
        torch.Generator().manual_seed(3),
    )
    assert not torch.equal(by_piece, labels)


def test_mlm_head_sees_only_masked_positions():
    from qawl.config.pretrain import PretrainModelConfig

    torch.manual_seed(0)
    model = build_encoder(
        PretrainModelConfig(hidden_size=32, num_layers=1, num_heads=2, intermediate_size=64, dropout=0.0),
        120,
        0,
    ).eval()
    ids = torch.randint(5, 120, (3, 16))
    labels = torch.full_like(ids, IGNORE)
    labels[0, 3], labels[1, 7], labels[2, 9], labels[2, 10] = 11, 12, 13, 14
    seen = []
    model.cls.register_forward_hook(lambda mod, inp, out: seen.append(tuple(inp[0].shape)))
    loss = masked_lm_loss(model, ids, labels)
    assert seen == [(4, 32)]  # 4 predicted positions, not 3 × 16
    full = model(input_ids=ids, labels=labels).loss
    assert torch.allclose(loss, full, atol=1e-5)


def test_packing_windows_are_slices_of_the_stream_in_a_seeded_order():
    from transformers import AutoTokenizer  # noqa: F401  (the fast tokenizer backend)

    from qawl.models.tokenizer import train_wordpiece_tokenizer

    tok = train_wordpiece_tokenizer(LINES, 300, 1, 32)
    docs = encode_documents(LINES[:40], tok)
    ids, starts = join_documents(docs, tok.sep_token_id)
    assert (ids == tok.sep_token_id).sum() == 40
    stream = PackedStream(ids, starts, 12, tok.cls_token_id, tok.sep_token_id)
    offset, order = stream.order(seed=1, epoch=2)
    assert sorted(order.tolist()) == list(range(stream.n_windows))
    window, word = stream.windows(1, 2, [0, 1])
    first = offset + order[0] * 10
    assert window[0, 1:-1].tolist() == ids[first : first + 10].tolist()
    assert window[:, 0].tolist() == [tok.cls_token_id] * 2 and word[:, 1].all()
    again, _ = stream.windows(1, 2, [0, 1])
    other, _ = stream.windows(1, 3, [0, 1])
    assert np.array_equal(window, again) and not np.array_equal(window, other)


def test_pretrain_config_errors_name_keys_and_file(tmp_path):
    path = tmp_path / "bad.yaml"
    raw = raw_config(tmp_path)
    raw["training"]["bogus"] = 1
    raw["model"]["num_heads"] = 3
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_pretrain_config(path)
    message = str(err.value)
    assert str(path) in message and "training.bogus: unknown key" in message
    assert "hidden_size 32 is not divisible by num_heads 3" in message
    del raw["training"]["bogus"]
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"training: set training.max_steps or training.epochs"):
        load_pretrain_config(path, ["model.num_heads=2", "training.max_steps=null"])
    with pytest.raises(ConfigError, match=r"normalizer.fold_alif: unknown key"):
        load_pretrain_config("configs/pretrain-tiny.yaml", ["normalizer.fold_alif=true"])


@pytest.mark.slow
# torch.compile's import chain touches torch.jit.script_method, which warns in torch 2.13.
@pytest.mark.filterwarnings("ignore:`torch.jit.script_method` is deprecated:DeprecationWarning")
def test_pretrain_compiled_encoder_trains_and_resumes(encoder, tmp_path):
    """torch.compile on CPU (what training.compile: true does); about a minute of compiling."""
    from qawl.training.pretrain import pretrain

    raw = raw_config(
        tmp_path,
        tokenizer={"path": str(encoder)},
        warm_start={"word2vec": False},
        training={"max_steps": 10, "checkpoint_every": 5, "compile": True},
    )
    result = pretrain(pretrain_config_from_dict(raw))
    assert result.steps == 10 and np.isfinite(result.final_loss)


def test_pretrain_cache_follows_the_text_bytes_not_their_mtime(tmp_path):
    import os

    from qawl.training.pretrain_data import prepare_pretraining_data

    raw = raw_config(tmp_path, warm_start={"word2vec": False})
    cfg, out = pretrain_config_from_dict(raw), Path(raw["output_dir"])
    prepare_pretraining_data(cfg, out)
    cached = [out / "cache" / "normalized.txt", out / "cache" / "tokenizer" / "tokenizer.json"]
    written = [p.stat().st_mtime_ns for p in cached]
    # Restored from a backup or re-mounted: the same bytes with another mtime. A retrained
    # vocabulary would no longer match the run's checkpoints, so nothing is redone.
    os.utime(tmp_path / "raw.txt", (1_000_000, 1_000_000))
    prepare_pretraining_data(cfg, out)
    assert [p.stat().st_mtime_ns for p in cached] == written
    text = tmp_path / "raw.txt"  # other bytes (a first line within max_documents): redone
    text.write_text("سطر جديد في النص الخام.\n" + text.read_text(encoding="utf-8"), encoding="utf-8")
    prepare_pretraining_data(cfg, out)
    assert "سطر جديد" in cached[0].read_text(encoding="utf-8")


def test_ship_encoder_writes_an_fp16_copy_that_fine_tunes(encoder, tmp_path):
    import importlib.util

    from safetensors.torch import load_file

    spec = importlib.util.spec_from_file_location("ship_encoder", Path("scripts/ship_encoder.py"))
    assert spec and spec.loader
    ship_encoder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ship_encoder)
    shipped = ship_encoder.ship(encoder, tmp_path / "enc")
    assert not (shipped / "checkpoints").exists() and not (shipped / "cache").exists()
    full, half = load_file(str(encoder / "model.safetensors")), load_file(str(shipped / "model.safetensors"))
    assert full.keys() == half.keys()
    assert all(v.dtype == torch.float16 for v in half.values() if v.is_floating_point())
    for key in full:
        torch.testing.assert_close(half[key].float(), full[key].float(), atol=1e-2, rtol=1e-2)
    with pytest.raises(FileExistsError, match="written once"):
        ship_encoder.ship(encoder, shipped)
    # The fp16 copy is what the offline configs fine-tune (in fp32).
    from qawl.config.experiment import ModelConfig
    from qawl.models.build import build_model

    _, model = build_model("ner", ModelConfig(pretrained=str(shipped), normalizer=NORMALIZER), ["O", "B-PER"])
    assert {p.dtype for p in model.parameters()} == {torch.float32}


@pytest.mark.parametrize("config", ["configs/ner-tiny.yaml", "configs/stance-tiny.yaml"])
def test_offline_configs_fine_tune_the_shipped_encoder_with_its_normalizer(config):
    from transformers import AutoConfig

    from qawl.config import load_config
    from qawl.models.build import check_normalizer
    from qawl.models.io import check_model_dir

    cfg = load_config(config)
    encoder = Path(cfg.model.pretrained or "")
    assert encoder.parent == Path("encoders") and (encoder / "README.md").is_file()
    check_model_dir(encoder)  # safetensors only, no remote code
    check_normalizer(AutoConfig.from_pretrained(encoder), cfg.model.normalizer, str(encoder))
    card = (encoder / "README.md").read_text(encoding="utf-8")
    assert "CC BY-NC-SA 4.0" in card and "not** covered" in card  # the licence is stated apart


def test_shipped_encoder_was_trained_by_the_recipe_its_card_names():
    """The GPU recipe in configs/ is the one the shipped run recorded, with the vocabulary it reuses."""
    from transformers import AutoTokenizer

    from qawl.config.pretrain import load_pretrain_config
    from qawl.training.pretrain_data import tokenizer_digest

    encoder = Path("encoders/qawl-mini-saudinewsnet")
    recipe = load_pretrain_config("configs/pretrain-mini-gpu.yaml")
    ran = yaml.safe_load((encoder / "pretrain_config.yaml").read_text(encoding="utf-8"))
    assert recipe.model_dump(mode="json") == ran
    assert "configs/pretrain-mini-gpu.yaml" in (encoder / "README.md").read_text(encoding="utf-8")
    metrics = json.loads((encoder / "pretrain_metrics.json").read_text(encoding="utf-8"))
    tokenizer = AutoTokenizer.from_pretrained(recipe.tokenizer.path)
    assert metrics["tokenizer_sha256"] == tokenizer_digest(tokenizer)
    # The log stops at the shipped checkpoint, as --resume would cut it.
    steps = [json.loads(line)["step"] for line in (encoder / "log.jsonl").read_text().splitlines()]
    assert max(steps) == metrics["steps"]


@pytest.mark.parametrize("name", ["pretrain-tiny", "pretrain-mini", "pretrain-mini-gpu"])
def test_pretrain_configs_validate(name):
    from qawl.config.pretrain import load_pretrain_config

    assert load_pretrain_config(f"configs/{name}.yaml").run_name == name
