#!/usr/bin/env bash
# The main job, from nothing: install, train the offline default NER and stance
# models from their configs, bundle them, and analyze a sample article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TRANSFORMERS_OFFLINE=1
Q=.venv/bin/qawl
# the real-text dev set's statements and entities the configs add to their training data,
# when ../shared/data is here (SaudiNewsNet is not redistributed; without it: a message)
.venv/bin/python scripts/realnews_data.py
$Q train configs/ner-tiny.yaml
$Q train configs/stance-tiny.yaml
$Q export --ner models/ner-tiny --stance models/stance-tiny --out models/bundle-tiny
$Q predict models/ner-tiny "قال الرئيس الروسي فلاديمير بوتين في موسكو اليوم الاثنين إن روسيا لن تتراجع."
$Q analyze --model models/bundle-tiny --format table examples/article.txt
