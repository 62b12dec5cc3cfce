"""The ground floor: typed, closed configs for every qawl run.

``qawl.config.experiment`` holds training configs (one per task, chosen by
``task``); ``qawl.config.settings`` the settings a trained model carries in its
``config.json``; ``qawl.config.base`` what they share (closed sections, YAML with
overrides, errors naming the key and the file). Nothing here imports anything of
qawl but the Arabic text module.
"""

from qawl.config.base import ConfigError
from qawl.config.experiment import ExperimentConfig, NerConfig, StanceConfig, config_from_dict, load_config

__all__ = ["ConfigError", "ExperimentConfig", "NerConfig", "StanceConfig", "config_from_dict", "load_config"]
