import pytest
import yaml

from qawl.config import ConfigError, load_config

BASE = {
    "task": "ner",
    "run_name": "t",
    "data": {"train": "a.conll", "dev": "b.conll"},
    "model": {"from_scratch": {"hidden_size": 64, "num_heads": 4}},
}


def _write(tmp_path, raw):
    f = tmp_path / "c.yaml"
    f.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return f


def test_config_shipped_configs_validate():
    for name in (
        "ner-tiny",
        "ner-arabert",
        "ner-anercorp-tiny",
        "stance-tiny",
        "stance-arabert",
        "stance-mawqif-tiny",
    ):
        cfg = load_config(f"configs/{name}.yaml")
        assert cfg.run_name


@pytest.mark.parametrize(
    "path, value",
    [
        (("lerning_rate",), 1),
        (("training", "lerning_rate"), 1e-3),
        (("model", "from_scratch", "hiden_size"), 3),
        (("data", "trian"), "x"),
    ],
)
def test_config_unknown_key_named_with_file(tmp_path, path, value):
    raw = yaml.safe_load(yaml.safe_dump(BASE))
    node = raw
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value
    with pytest.raises(ConfigError) as err:
        load_config(_write(tmp_path, raw))
    assert "c.yaml" in str(err.value) and ".".join(path) in str(err.value)
    assert "unknown key" in str(err.value)


def test_config_overrides_apply_and_are_checked(tmp_path):
    f = _write(tmp_path, BASE)
    cfg = load_config(f, ["training.learning_rate=3e-5", "model.max_length=96"])
    assert cfg.training.learning_rate == 3e-5 and cfg.model.max_length == 96
    with pytest.raises(ConfigError, match="training.epochz"):
        load_config(f, ["training.epochz=3"])
    with pytest.raises(ConfigError, match="section.key=value"):
        load_config(f, ["training.epochs"])


@pytest.mark.parametrize(
    "override, message",
    [
        ("training.learning_rate=-1", "training.learning_rate"),
        ("task=pos", "task"),
        ("model.pretrained=some/model", "exactly one of model.pretrained"),
        ("model.from_scratch.num_heads=3", "not divisible"),
        ("model.stride=100", "model.stride"),
        ("data.scheme_errors=fix", "data.scheme_errors"),
        ("training.class_weights=balanced", "class_weights: unknown key \\(applies to task: stance only"),
        ("model.stance_input=pair", "stance_input: unknown key \\(applies to task: stance only"),
        ("training.mention_replacement=11", "training.mention_replacement"),
    ],
)
def test_config_ranges_and_choices(tmp_path, override, message):
    with pytest.raises(ConfigError, match=message):
        load_config(_write(tmp_path, BASE), [override])


def test_config_resolved_yaml_round_trips(tmp_path):
    cfg = load_config(_write(tmp_path, BASE), ["training.epochs=2"])
    again = load_config(_write(tmp_path, yaml.safe_load(cfg.to_yaml())))
    assert again == cfg
    assert str(cfg.resolved_output_dir()) == "models/t"


def test_config_missing_file_and_bad_yaml(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "none.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("task: [ner", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)


@pytest.mark.parametrize(
    "override",
    [
        "training.mention_replacement=2",
        "model.stride=8",
        "model.label_all_subtokens=true",
        "data.hub_dataset=x",
    ],
)
def test_config_stance_rejects_ner_only_options(tmp_path, override):
    with pytest.raises(ConfigError, match=r"unknown key \(applies to task: ner only\)"):
        load_config(_write(tmp_path, BASE), ["task=stance", override])


def test_config_repeated_overrides_all_apply(tmp_path):
    cfg = load_config(_write(tmp_path, BASE), ["training.epochs=1", "run_name=quick", "training.epochs=2"])
    assert (cfg.training.epochs, cfg.run_name) == (2, "quick")
