"""What every benchmark script does first, and how it names the machine."""

from __future__ import annotations

import logging
import os
import platform
from pathlib import Path


def start(required: Path, name: str) -> bool:
    """Offline mode and logging on; False (with a message) when ``required`` data is absent."""
    if not required.is_file():
        print(f"{name} not found at {required.parent}: skipping (see ../shared/data/README.md)")
        return False
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    return True


def machine(device: str) -> str:
    """E.g. ``"x86_64, 2 cores, cpu"``: recorded beside every result."""
    return f"{platform.machine()}, {os.cpu_count()} cores, {device}"
