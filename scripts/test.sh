#!/usr/bin/env bash
# Install from scratch and run the default checks: lint, format, types, then the test
# suite (offline, tiny models). Extra arguments go to pytest (e.g. --runslow).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/ruff check qawl tests benchmarks scripts
.venv/bin/ruff format --check qawl tests benchmarks scripts
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
