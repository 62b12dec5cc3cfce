"""What every qawl config shares: closed sections, YAML with dotted overrides, errors that say where.

A config file is YAML; ``--set a.b=value`` overrides any key (the value is parsed as
YAML). Every section rejects keys it does not know, at every level and for
overrides alike, and the error names the key path and the file.

Example:
    >>> raw = {"training": {"epochs": 3}}
    >>> apply_overrides(raw, ["training.epochs=1", "run_name=quick"], "c.yaml")
    >>> raw
    {'training': {'epochs': 1}, 'run_name': 'quick'}
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

T = TypeVar("T")


class ConfigError(ValueError):
    """A config file or override that cannot be used; the message says where and why."""


class Closed(BaseModel):
    """A config section that refuses unknown keys: a typo is an error, never ignored."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def apply_override(raw: dict, override: str, source: str) -> None:
    """Set ``a.b.c=value`` in the raw mapping; the value is parsed as YAML.

    Raises:
        ConfigError: An override without ``=``, or one that walks into a value
            that is not a section.
    """
    if "=" not in override:
        raise ConfigError(f"override {override!r} must look like section.key=value")
    dotted, value = override.split("=", 1)
    keys = dotted.strip().split(".")
    node = raw
    for depth, key in enumerate(keys[:-1]):
        child = node.get(key)
        if child is None:
            child = node[key] = {}
        if not isinstance(child, dict):
            raise ConfigError(
                f"{source}: override {dotted!r}: {'.'.join(keys[: depth + 1])} is not a section"
            )
        node = child
    node[keys[-1]] = yaml.safe_load(value) if value.strip() else None


def apply_overrides(raw: dict, overrides: list[str] | None, source: str) -> None:
    """Apply every ``section.key=value`` override in order (a later one wins)."""
    for override in overrides or []:
        apply_override(raw, override, source)


def read_yaml(path: str | Path) -> dict:
    """Read a YAML config file into a mapping.

    Raises:
        ConfigError: A missing file, bytes that are not UTF-8 text, bad YAML, or a
            top level that is not a mapping.
    """
    from qawl.data.encoding import read_text
    from qawl.data.errors import DataError

    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"config file {path} does not exist (see configs/ for examples)")
    try:
        raw = yaml.safe_load(read_text(path, options=False)) or {}
    except DataError as err:
        raise ConfigError(str(err)) from None
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: not valid YAML: {err}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of sections")
    return raw


def validate(
    adapter: TypeAdapter[T],
    raw: dict[str, Any],
    source: str,
    tags: tuple[str, ...] = (),
    explain_unknown: Callable[[tuple[str, ...]], str | None] | None = None,
) -> T:
    """Validate a mapping with a pydantic adapter; turn errors into one :class:`ConfigError`.

    Args:
        adapter: The type to validate into.
        raw: The mapping read from YAML (overrides applied).
        source: The file (and overrides) named in the message.
        tags: Discriminator values pydantic puts into error paths (``ner``,
            ``stance``); they are dropped so paths read as in the file.
        explain_unknown: Says more about an unknown key path (e.g. that it is an
            option of another task), or returns None.

    Raises:
        ConfigError: Every problem, one per line, as ``dotted.path: what is wrong``.
    """
    try:
        return adapter.validate_python(raw)
    except ValidationError as err:
        lines = []
        for e in err.errors():
            loc = [str(p) for p in e["loc"]]
            if loc and loc[0] in tags:
                loc = loc[1:]
            where = ".".join(loc) or "(top level)"
            if e["type"] == "extra_forbidden":
                why = explain_unknown(tuple(loc)) if explain_unknown else None
                lines.append(f"  {where}: unknown key ({why or 'check its spelling and section'})")
            else:
                message = e["msg"].removeprefix("Value error, ")
                # A rule over a whole section names its keys itself; repeating the
                # section (or the whole config) after it would bury the message.
                got = "" if isinstance(e.get("input"), dict) else f" (got {e.get('input')!r})"
                lines.append(f"  {where}: {message}{got}")
        raise ConfigError(f"{source}: invalid config:\n" + "\n".join(lines)) from None


def describe_source(path: str | Path, overrides: list[str] | None) -> str:
    """How a config's origin is named in error messages."""
    return f"{path}" + (f" (with overrides {overrides})" if overrides else "")
