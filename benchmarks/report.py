"""Render benchmarks/RESULTS.md from the JSON files in benchmarks/results/.

    python benchmarks/report.py

Each benchmark script writes its own JSON (with machine and date); this only
formats them, so RESULTS.md never holds a number that no script produced.
"""

from __future__ import annotations

import json
from pathlib import Path

from common import REALNEWS_SPLITS  # the one list of split names (realnews/sample.py)

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _load(name: str) -> dict | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text()) if path.is_file() else None


def anercorp_section(res: dict) -> list[str]:
    best = max(res, key=lambda k: res[k]["dev_micro_f1"])
    lines = [
        "## NER on ANERcorp (CAMeL split), offline",
        "",
        "`python benchmarks/anercorp.py` trains `configs/ner-anercorp-tiny.yaml` variants, from scratch "
        "or (`shipped-encoder`) from qawl's pretrained encoder (train 3,404 sentences, dev 378, test 925). Test scores are seqeval micro/macro F1 in default "
        "(conlleval) and strict IOB2 mode. The variant to keep is chosen by **dev** F1 (marked ★); "
        "test is reported for every variant but chooses nothing.",
        "",
        "| variant | what | dev micro | test micro | test micro strict | test macro | test macro strict | epochs | train time | machine | date |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in res.items():
        star = (" ★" if name == best else "") + (" †" if r.get("rescored") else "")
        lines.append(
            f"| {name}{star} | {r['what']} | {pct(r['dev_micro_f1'])} | {pct(r['test_micro_f1'])} | "
            f"{pct(r['test_micro_f1_strict'])} | {pct(r['test_macro_f1'])} | {pct(r['test_macro_f1_strict'])} | "
            f"{r['epochs_run']:.0f} | {r['train_seconds'] / 60:.1f} min | {r['machine']} | {r['date']} |"
        )
    if any(r.get("rescored") for r in res.values()):
        lines += [
            "",
            "† trained before constrained IOB2 decoding existed: checkpoint picked by argmax "
            "dev F1, scores re-measured on the saved model with constrained decoding "
            "(`--rescore`).",
        ]
    lines += [
        "",
        "Reference points on the same test split:",
        "",
        "| system | test micro-F1 |",
        "|---|---|",
        "| AraBERTv0.2-base, pretrained (published) | 83.7 |",
        "| CRF, word + affix + clitic-stripped stem + ±2 window features (measured on this machine kind) | 61.7 |",
        "| 4-layer, 256-wide BERT from scratch, 16k WordPiece (measured on this machine kind) | 42.3 |",
        f"| qawl, best by dev ({best}) | {pct(res[best]['test_micro_f1'])} |",
        "",
    ]
    return lines


def shipped_section(r: dict) -> list[str]:
    lines = [
        "## The offline default on the shipped corpus",
        "",
        "`python benchmarks/shipped.py` trains `configs/ner-tiny.yaml` and `configs/stance-tiny.yaml`, "
        "bundles them and runs the article pipeline on the gold articles. "
        f"Machine: {r['machine']}; date: {r['date']}.",
        "",
        "| model | split | score |",
        "|---|---|---|",
    ]
    for split in ("dev", "test"):
        n = r["ner"][split]
        lines.append(
            f"| NER (ner-tiny) | {split} | micro-F1 {pct(n['micro_f1'])} (strict {pct(n['micro_f1_strict'])}), "
            f"macro-F1 {pct(n['macro_f1'])}; "
            + ", ".join(f"{t} {pct(v)}" for t, v in n["per_type_f1"].items())
            + " |"
        )
    for split in ("dev", "test"):
        s = r["stance"][split]
        lines.append(
            f"| stance (stance-tiny) | {split} | macro-F1 {pct(s['macro_f1'])}, accuracy {pct(s['accuracy'])} |"
        )
    lines += [
        "",
        f"Training time: NER {r['ner_train_seconds'] / 60:.1f} min ({r['ner_epochs']:.0f} epochs), "
        f"stance {r['stance_train_seconds'] / 60:.1f} min ({r['stance_epochs']:.0f} epochs).",
        "",
        "Stance confusion on test (rows gold, columns predicted):",
        "",
    ]
    conf = r["stance"]["test"]["confusion"]
    lines += [
        "| gold \\ predicted | " + " | ".join(conf["labels"]) + " |",
        "|---" * (len(conf["labels"]) + 1) + "|",
    ]
    lines += [
        f"| {lab} | " + " | ".join(map(str, row)) + " |"
        for lab, row in zip(conf["labels"], conf["matrix"], strict=True)
    ]
    lines += [
        "",
        "End to end on the gold articles (`qawl evaluate-articles`):",
        "",
        "| split | entities exact F1 | entities token F1 | statements F1 | speaker accuracy (matched) | stance accuracy (matched) | speaker+stance F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for split, a in r["articles"].items():
        lines.append(
            f"| {split} | {pct(a['entities']['exact']['micro']['f1'])} | {pct(a['entities']['token_overlap']['f1'])} | "
            f"{pct(a['statements']['f1'])} | {pct(a['speaker_accuracy'])} | {pct(a['stance_accuracy_on_matched'])} | "
            f"{pct(a['speaker_stance']['f1'])} |"
        )
    lines += [
        "",
        f"The pipeline analyzed the 64 articles in {r['articles_seconds']} s (both splits, including model loading).",
        "",
    ]
    rules = r.get("attribution_with_gold_entities")
    if rules:
        lines += [
            "Attribution rules alone (statements found from the gold entities; the rules were "
            "developed on the dev articles, so test is the fair figure):",
            "",
            "| split | statements P | statements R | statements F1 | speaker accuracy (matched) |",
            "|---|---|---|---|---|",
        ]
        for split, a in rules.items():
            st = a["statements"]
            lines.append(
                f"| {split} | {pct(st['precision'])} | {pct(st['recall'])} | {pct(st['f1'])} | "
                f"{pct(a['speaker_accuracy'])} |"
            )
        lines.append("")
    return lines


def mawqif_section(r: dict) -> list[str]:
    runs = r.get("runs", [r])
    rows = runs[-1]["rows"]
    lines = [
        "## Stance on Mawqif (real tweets), offline",
        "",
        "`python benchmarks/mawqif.py [--set ...]` converts Mawqif (target → speaker segment, tweet → "
        f"statement; train {rows['train']} / dev {rows['dev']} (every 10th train row) / test {rows['test']}, "
        f"{rows['unlabelled_skipped']} unlabelled rows left out) and trains `configs/stance-mawqif-tiny.yaml` "
        "(with the overrides shown) with the same code as the shipped stance model.",
        "",
        "| overrides | dev macro-F1 | test macro-F1 | test accuracy | per class (test F1) | epochs | train time "
        "| machine | date |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        per = ", ".join(f"{k} {pct(v['f1'])}" for k, v in run["test_per_class"].items())
        lines.append(
            f"| {' '.join(f'`{o}`' for o in run['overrides']) or 'none (from scratch)'} | "
            f"{pct(run['dev_macro_f1'])} | {pct(run['test_macro_f1'])} | {pct(run['test_accuracy'])} | {per} | "
            f"{run['epochs_run']:.0f} | {run['train_seconds'] / 60:.1f} min | {run['machine']} | {run['date']} |"
        )
    return lines + [""]


def _trained_mark(e: dict) -> str:
    """A run's mark when its stance or NER model saw the scored articles in training."""
    marks = []
    for part in ("ner", "stance"):
        trained = e.get(f"{part}_trained_on", 0)
        if trained != 0:
            marks.append(f"*{part} trained on {trained if trained is not None else 'some'}*")
    return "".join(" " + mark for mark in marks)


def realnews_section(r: dict) -> list[str]:
    lines = [
        "## Real newspaper text (SaudiNewsNet dev set, stand-off)",
        "",
        f"`python benchmarks/realnews.py --bundle DIR [--split {'|'.join(REALNEWS_SPLITS)}]` runs a "
        "bundle on real SaudiNewsNet articles annotated by the team (`benchmarks/realnews/README.md`; the "
        "text is read from `../shared/data`, never shipped); `--split dev+conflict` scores a union. "
        "Statements match by span overlap ≥ 1/2; speaker and stance are scored on matched statements. "
        "The holdouts are scored once, at the end. A bundle whose stance model was trained on the "
        "scored articles (`data.train_extra`, from the nineteenth stop; its NER model, from the "
        "twenty-ninth) is marked *stance trained on N* (*ner trained on N*): "
        "its stance figures there are not a measure (see the two-fold estimate below). The count "
        "comes from the files the model read, checked against the SHA-256 it recorded at training "
        "(from the thirtieth stop); a file rebuilt since, or a model that recorded none, is counted "
        "*an unknown number*.",
        "",
        "| date | split | bundle | articles | gold entities | gold statements (esc/cond/neu) | "
        "entities exact F1 | entities token F1 | statements P / R / F1 | speaker acc. (matched) | "
        "stance acc. / macro-F1 (matched) | speaker+stance F1 | machine |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for e in r["runs"]:
        c, s = e["counts"], e["scores"]
        st = s["stance_on_matched"]
        dist = "/".join(str(c["statements_by_stance"][k]) for k in ("escalation", "condemnation", "neutral"))
        m = s["statements"]
        lines.append(
            f"| {e['date']} | {e['split']} | `{e['bundle']}`{' (' + e['note'] + ')' if e.get('note') else ''}"
            f"{_trained_mark(e)} | {c['articles']} | {c['entities']} | "
            f"{c['statements']} ({dist}) | {pct(s['entities']['exact']['micro']['f1'])} | "
            f"{pct(s['entities']['token_overlap']['f1'])} | {pct(m['precision'])} / {pct(m['recall'])} / "
            f"{pct(m['f1'])} | {pct(s['speaker_accuracy'])} | {pct(st['accuracy'])} / {pct(st['macro_f1'])} | "
            f"{pct(s['speaker_stance']['f1'])} | {e['machine']} |"
        )
    return lines + [""]


def _rule_text(rule: dict) -> str:
    """A stance decision rule (``model.calibration``) in words: its temperature and weights."""
    weights = ", ".join(f"{k} {v:.3g}" for k, v in (rule.get("weights") or {}).items())
    return f"temperature {rule['temperature']:g}; weights {weights or 'none'}"


def calibration_section(r: dict) -> list[str]:
    lines = [
        "## Stance calibration on real reporting (SaudiNewsNet dev set)",
        "",
        "`python benchmarks/calibrate_stance.py --bundle DIR` chooses the stance decision rule "
        "(`model.calibration`: temperature and prior-shift weights) on the matched statements of the "
        "real-text dev set, keeping only rules that leave each class's recall on the shipped stance dev "
        "split at 80% or more of the model's own. Macro-F1 is over the labels present in gold or "
        "predictions (the dev set has no escalation).",
        "",
        f"Bundle `{r['bundle']}`, {r['matched']} matched statements, {r['date']}"
        + (f", {r['machine']}" if r.get("machine") else "")
        + f". Chosen: {r.get('chosen', 'prior shift + temperature')} ({_rule_text(r['calibration'])}).",
        "",
        "| rule | accuracy | macro-F1 | ECE | per-class F1 |",
        "|---|---|---|---|---|",
    ]
    for name, row in (("as trained", r["before"]), ("chosen", r["after"])):
        per = ", ".join(f"{k} {pct(v)}" for k, v in row["per_class_f1"].items())
        lines.append(
            f"| {name} | {pct(row['accuracy'])} | {pct(row['macro_f1'])} | {row['ece']:.3f} | {per} |"
        )
    return lines + [""]


def crossfit_section(r: dict) -> list[str]:
    lines = [
        "## Stance trained on real reporting: two-fold estimate (`benchmarks/stance_crossfit.py`)",
        "",
        "The offline stance model trains on the real-text dev statements too (`data.train_extra`). "
        "Here the dev articles are cut into two folds; each fold is scored by the bundle's pipeline "
        "with a stance model trained without that fold's articles, so every figure is on articles "
        "its model never saw. The decision rule is chosen on those cross-fitted logits.",
        "",
        f"Bundle `{r['bundle']}`, {r['machine']}, {r['date']}; {r['matched']} matched statements. "
        f"Chosen rule: {r['chosen']} ({_rule_text(r['calibration'])}): "
        f"accuracy {pct(r['after']['accuracy'])}, macro-F1 {pct(r['after']['macro_f1'])}, "
        f"ECE {r['after']['ece']:.3f}.",
        *_lexical_lines(r),
        "",
        "| fold | articles | statements F1 | speaker acc. | stance acc. / macro-F1 | speaker+stance F1 |",
        "|---|---|---|---|---|---|",
    ]
    for f in r["folds"]:
        lines.append(
            f"| {f['fold']} | {f['articles']} | {pct(f['statements_f1'])} | {pct(f['speaker_accuracy'])} | "
            f"{pct(f['stance_accuracy'])} / {pct(f['stance_macro_f1'])} | {pct(f['speaker_stance_f1'])} |"
        )
    return lines + [""]


def ner_crossfit_section(r: dict) -> list[str]:
    lines = [
        "## NER trained on real entities: two-fold estimate (`benchmarks/ner_crossfit.py`)",
        "",
        "The offline NER model trains on the real-text dev entities too (`data.train_extra`). Here "
        "the dev articles are cut into the two folds of the stance estimate; each fold is analyzed "
        "by a tagger trained without that fold's articles, and by the bundle's own tagger (trained "
        "on the shipped corpus alone), with the same rules. Stance is left out (the same model in "
        "both rows).",
        "",
        f"Bundle `{r['bundle']}`, config `{r['config']}`, {r['machine']}, {r['date']}; "
        f"{r['articles']} articles.",
        "",
        "| tagger | entities exact F1 | overlap F1 | PER | ORG | GPE | LOC | DATE | statements F1 | speakers |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, f in r["rows"].items():
        types = " | ".join(pct(f["per_type_f1"].get(t, 0.0)) for t in ("PER", "ORG", "GPE", "LOC", "DATE"))
        lines.append(
            f"| {name} | {pct(f['entities_exact_f1'])} | {pct(f['entities_overlap_f1'])} | {types} | "
            f"{pct(f['statements_f1'])} | {pct(f['speaker_accuracy'])} |"
        )
    return lines + [""]


def _lexical_lines(r: dict) -> list[str]:
    """The lexical head's weight and each weight's best rule, when the run chose one."""
    tried = r.get("by_lexical_weight")
    if not tried or list(tried) == ["0"]:
        return []
    each = "; ".join(
        f"{w}: accuracy {pct(v['accuracy'])}, macro-F1 {pct(v['macro_f1'])}" for w, v in tried.items()
    )
    return [
        "",
        f"Lexical head weight chosen with the rule (`qawl/models/lexical.py`): {r['lexical_weight']:g} "
        f"(each weight's best rule on the cross-fitted statements: {each}).",
    ]


def pretrain_speed_section(r: dict) -> list[str]:
    lines = [
        "## MLM pretraining throughput (`benchmarks/pretrain_speed.py`)",
        "",
        f"{r['machine']}, {r['threads']} threads, load average {r['load_average']} at the start, "
        f"{r['date']}. The training step of `qawl pretrain` (whole-word masking, LM head on masked "
        "positions, AdamW) on windows of random pieces; tokens per CPU-second is the steadier measure "
        "on a shared machine.",
        "",
        "| encoder | parameters | fp16 | batch × length | wall tokens/s | tokens per CPU-s |",
        "|---|---|---|---|---|---|",
    ]
    for row in r["rows"]:
        lines.append(
            f"| {row['size']} | {row['parameters'] / 1e6:.1f}M | {row['fp16_mb']} MB | "
            f"{row['batch']} × {row['length']} | {row['wall_tokens_per_s']:,} | {row['tokens_per_cpu_s']:,} |"
        )
    return lines + [""]


def stance_windows_section(r: dict) -> list[str]:
    poolings = ("first", "mean", "max", "head_tail")
    lines = [
        "## Stance on statements longer than the window",
        "",
        f"`python benchmarks/stance_windows.py` reads the shipped stance dev split with `{r['model']}`, "
        "windows forced short so that many statements need several, and two constructed long sets "
        "(each statement repeated six times; each statement after five neutral statements of other "
        "speakers). Cells are macro-F1; `first` (the first window alone, what cutting at the end gave) "
        "is for reference. qawl reads **equal-size windows, mean** (chosen on the dev rows). "
        f"Machine: {r['machine']}; date: {r['date']}.",
        "",
        "| input | windowed | windows | " + " | ".join(poolings) + " |",
        "|---|---|---|" + "---|" * len(poolings),
    ]
    for name, run in r["runs"].items():
        for way, what in (("equal", "equal size (qawl)"), ("full_tail", "full + short tail")):
            cells = " | ".join(pct(run[f"{way}/{how}"]["macro_f1"]) for how in poolings)
            lines.append(f"| {name} | {run['windowed']}/{run['n']} | {what} | {cells} |")
    return lines + [""]


def cross_domain_section(r: dict) -> list[str]:
    lines = [
        "## NER trained on the shipped corpus, scored on real news (ANERcorp test)",
        "",
        "`python benchmarks/cross_domain.py --model NAME=DIR ...` runs NER models trained on `data/ner` "
        "only over ANERcorp's test split (CAMeL split) and scores the types both label sets share "
        "(gold PERS as PER; predicted GPE as LOC; MISC and DATE dropped; seqeval default mode).",
        "",
        "| date | model | what | micro-F1 | PER | ORG | LOC | machine |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for run in r["runs"]:
        per = run["per_type_f1"]
        cells = " | ".join(pct(per[t]) if t in per else "–" for t in ("PER", "ORG", "LOC"))
        lines.append(
            f"| {run['date']} | {run['name']} (`{run['model']}`) | {run['note']} | {pct(run['micro_f1'])} | "
            f"{cells} | {run['machine']} |"
        )
    return lines + [""]


def _load_note(la: list[float]) -> str:
    return f"{la[0]:.1f}→{la[1]:.1f}"


def speed_section(r: dict) -> list[str]:
    """Throughput, long articles, attribution, int8 accuracy, corpus-mode memory."""
    lines = [
        "## Speed and scale (issue #10)",
        "",
        "`python benchmarks/speed.py` runs every row in a fresh process on the same inputs and weights. "
        "**The machine is shared** (2 cores; in the first measurements a long pretraining job ran at "
        "nice 10 beside them, later runs were quieter): the load average (1-minute, at the start → end "
        "of each row) is given with every result, and absolute figures are noisy (about ±30% from run "
        "to run on 8 articles); compare rows of one run. "
        'Baseline A: `transformers.pipeline` token classification (`aggregation_strategy="first"`, '
        "`stride` as the model's) once per article plus text classification once per statement; baseline B: "
        "the same pipelines on lists with `batch_size=32`. *vs B* divides by baseline B at the same thread "
        "count. *same as plain*: articles whose entities, statements, speakers and stances equal qawl's plain "
        "path (all options off), and the largest score difference on those.",
        "",
    ]
    tp = r.get("throughput")
    if tp:
        for run in tp["runs"]:
            src = ", ".join(f"{k}: {v}" for k, v in run["inputs"]["sources"].items())
            lines += [
                f"### Throughput: {run['model']} bundle ({run['inputs']['articles']} articles, "
                f"{run['inputs']['words']:,} words; {src})",
                "",
                f"Machine: {run.get('machine', tp['machine'])}; date: {run.get('date', tp['date'])}."
                + (
                    f" Rows measured again on that date: {', '.join(run['partial'])}; the others are "
                    "kept from the earlier run, with their own load, and their *vs B* is against that "
                    "run's baseline B."
                    if run.get("partial")
                    else ""
                ),
                "",
                "| variant | what | threads | articles/s | words/s | p50 / p95 one article (ms) | "
                "RSS after load / peak (MB) | vs B | same as plain (max score gap) | load avg |",
                "|---|---|---|---|---|---|---|---|---|---|",
            ]
            for row in run["rows"]:
                same = row.get("vs_plain")
                same_txt = (
                    f"{same['same_articles']}/{same['articles']} ({same['max_score_gap']:g})" if same else "—"
                )
                lines.append(
                    f"| {row['variant']} | {row['what']} | {row['threads']} | {row['articles_per_s']} | "
                    f"{row['words_per_s']:,} | {row['p50_ms']:,} / {row['p95_ms']:,} | "
                    f"{row['rss_after_load_mb']:,} / {row['peak_rss_mb']:,} | {row['vs_baseline_b']}× | "
                    f"{same_txt} | {_load_note(row['load_avg'])} |"
                )
            growth = [
                f"{row['variant']} {row['rss_during_run_mb'][0]:,.0f} → {row['rss_during_run_mb'][-1]:,.0f}"
                for row in run["rows"]
                if len(row.get("rss_during_run_mb") or []) > 1
            ]
            if growth:
                lines += [
                    "",
                    "RSS during the timed run (MB, first → last sample, every 8 articles): "
                    + "; ".join(growth)
                    + ".",
                ]
            lines.append("")
    long = r.get("long")
    if long:
        lines += [
            "### One long article (shipped bundle)",
            "",
            "The shipped test articles concatenated to 10, 100 and 300 KB, with sentence punctuation, and "
            "without (`. ، ؛ ؟ ! :` and newlines replaced by spaces: one 'sentence' of the whole text). "
            f"Machine: {long['machine']}; date: {long['date']}.",
            "",
            "| size | punctuation | variant | words | seconds | RSS after load / peak (MB) | entities | "
            "statements | load avg |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for row in long["rows"]:
            lines.append(
                f"| {row['kb']} KB | {'yes' if row['punctuation'] else 'no'} | {row['variant']} | "
                f"{row['words']:,} | {row['seconds']} | {row['rss_after_load_mb']:,} / {row['peak_rss_mb']:,} | "
                f"{row['entities']} | {row['statements']} | {_load_note(row['load_avg'])} |"
            )
        lines.append("")
    at = r.get("attribution")
    if at:
        lines += [
            "### Attribution alone",
            "",
            f"`prepare` + `find_statements` on a {at['words']:,}-word article (given its entities): "
            f"{at['seconds_best_of_3']} s, best of 3 ({', '.join(map(str, at['seconds_all']))}), "
            f"{at['statements']} statements; load {_load_note(at['load_avg'])}; {at['machine']}, {at['date']}.",
            "",
        ]
    q = r.get("int8")
    if q:
        lines += [
            "### int8 and bf16 accuracy (shipped bundle, test sets)",
            "",
            f"NER on `data/ner/test.conll` ({q['ner_sentences']} sentences, micro-F1, seqeval default mode); "
            f"stance on `data/stance/test.jsonl` ({q['stance_statements']} statements, macro-F1). "
            f"{q['machine']}, {q['date']}.",
            "",
            "| engine | NER micro-F1 | stance macro-F1 |",
            "|---|---|---|",
        ]
        for engine, scores in q.items():  # the engines the run measured, in its order
            if isinstance(scores, dict):
                lines.append(
                    f"| {engine} | {pct(scores['ner_micro_f1'])} | {pct(scores['stance_macro_f1'])} |"
                )
        lines += [
            "",
            f"int8 loses {q['ner_micro_f1_int8_loss_points']} points of NER F1 and "
            f"{q['stance_macro_f1_int8_loss_points']} of stance macro-F1 (target: at most 0.5)"
            + (
                f"; bf16 {q['ner_micro_f1_bf16_loss_points']} and {q['stance_macro_f1_bf16_loss_points']}."
                if "torch-bf16" in q
                else "."
            ),
            "",
        ]
    c = r.get("corpus")
    if c:
        lines += [
            "### Corpus mode memory (`qawl analyze --jsonl`, shipped bundle, 1 worker)",
            "",
            f"{c['machine']}, {c['date']}. RSS sampled every 5 s during the run.",
            "",
            "| articles | backend, threads | seconds | articles/s | peak RSS (MB) "
            "| RSS samples (MB): first, middle, last | load avg |",
            "|---|---|---|---|---|---|---|",
        ]
        for row in c["rows"]:
            smp = row["rss_samples_mb"]
            picks = (
                ", ".join(str(x) for x in (smp[:1] + smp[len(smp) // 2 : len(smp) // 2 + 1] + smp[-1:]))
                or "—"
            )
            lines.append(
                f"| {row['articles']:,} | {row.get('backend', 'torch')}, {row.get('threads', 1)} "
                f"| {row['seconds']} | {row['articles_per_s']} | {row['peak_rss_mb']:,} | "
                f"{picks} | {_load_note(row['load_avg'])} |"
            )
        lines.append("")
    return lines


def train_speed_section(r: dict) -> list[str]:
    lines = [
        "## Training speed settings (issue #10)",
        "",
        f"`python benchmarks/train_speed.py`: {r['config']}, same vocabulary and seed in every run; "
        f"{r['machine']}, {r['date']}, shared machine (load average per run). Minutes to dev F1 "
        f"{pct(r['common_dev_f1'])} (the lowest best of the runs), from the per-epoch history.",
        "",
        "| run | what | precision | samples/s | minutes | epochs | best dev F1 | test F1 | "
        "minutes to common dev F1 | load avg |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in r["rows"]:
        lines.append(
            f"| {row['run']} | {row['what']} | {row['precision']} | {row['samples_per_s']} | {row['minutes']} | "
            f"{row['epochs']:g} | {pct(row['best_dev_f1'])} | {pct(row['test_f1'])} | "
            f"{row['minutes_to_common_dev_f1']} | {_load_note(row['load_avg'])} |"
        )
    return lines + [""]


def device_section(r: dict) -> list[str]:
    """`benchmarks/device_check.py` on a lent GPU machine: what ran on the GPU, side by side."""
    steps = r["steps"]
    env = steps.get("env", {})
    lines = [
        "## On a GPU machine (issue #10): `benchmarks/device_check.py`",
        "",
        f"One run on a lent machine, {r['date']}: {env.get('machine', '?')}; CPU {env.get('cpu', '?')} "
        f"({', '.join(f for f in env.get('cpu_flags', []) if 'vnni' in f or 'amx' in f) or 'no VNNI/AMX'}); "
        f"Python {env.get('python')}, torch {env.get('torch')}, transformers {env.get('transformers')}, "
        f"ONNX Runtime {env.get('onnxruntime')}. The development machines have no GPU: this is the only "
        "place these rows can be measured; they are not rerun by CI.",
        "",
    ]
    gpu = steps.get("gpu", {})
    if "rows" in gpu:
        same = gpu["same_answers_vs_cpu"]
        cpu = gpu["cpu_plain_row"]
        lines += [
            f"### AraBERT-shaped bundle on the GPU ({gpu['inputs']['articles']} articles, "
            f"{gpu['inputs']['words']:,} words)",
            "",
            '`qawl.load(..., device="cuda")` against the pipelines with `device="cuda"`. '
            f"The plain path's answers on the first {same['articles']} articles, on the GPU and on the "
            f"machine's CPU: {same['same_articles']}/{same['articles']} the same (largest score gap "
            f"{same['max_score_gap']:g}); that CPU row ran {cpu['articles_per_s']} articles/s.",
            "",
            "| variant | articles/s | words/s | p50 / p95 one article (ms) | peak RSS (MB) | vs B | "
            "same as plain |",
            "|---|---|---|---|---|---|---|",
        ]
        for row in gpu["rows"]:
            vs = row.get("vs_plain")
            same_txt = f"{vs['same_articles']}/{vs['articles']}" if vs else "—"
            lines.append(
                f"| {row['variant']} | {row['articles_per_s']} | {row['words_per_s']:,} | "
                f"{row['p50_ms']:,} / {row['p95_ms']:,} | {row['peak_rss_mb']:,} | {row['vs_baseline_b']} | "
                f"{same_txt} |"
            )
        lines.append("")
    elif gpu:
        lines += [f"GPU step: {gpu.get('error') or gpu.get('skipped')}", ""]
    train = steps.get("train", {})
    if "runs" in train:
        same = train["same_answers_vs_cpu"]
        lines += [
            "### Fine-tuning `configs/ner-tiny.yaml` on the GPU (`training.precision`)",
            "",
            "| precision | device | samples/s | train minutes | epochs | best dev F1 | test F1 |",
            "|---|---|---|---|---|---|---|",
        ]
        for run in train["runs"]:
            lines.append(
                f"| {run['precision']} | {run['device']} | {run['samples_per_s']} | {run['train_minutes']} | "
                f"{run['epochs']:g} | {pct(run['best_dev_f1'])} | {pct(run['test_f1'])} |"
            )
        cli = ", ".join(f"`qawl {k} --device cuda` exit {v['rc']}" for k, v in train["cli"].items())
        lines += [
            "",
            f"The last model's answers through `qawl.load` on the GPU and on the CPU, "
            f"{same['articles']} mixed articles: {same['same_articles']}/{same['articles']} the same "
            f"(largest score gap {same['max_score_gap']:g}). CLI: {cli}.",
            "",
        ]
    cpu_step = steps.get("cpu", {})
    if "rows" in cpu_step:
        lines += [
            "### AraBERT-shaped bundle on that machine's CPU cores",
            "",
            "| variant | articles/s | vs B |",
            "|---|---|---|",
        ]
        lines += [
            f"| {row['variant']} | {row['articles_per_s']} | {row['vs_baseline_b']} |"
            for row in cpu_step["rows"]
        ]
        lines.append("")
    elif cpu_step:
        lines += [f"CPU step: {cpu_step.get('error') or cpu_step.get('skipped')}.", ""]
    return lines


def write() -> str:
    """Regenerate RESULTS.md from the JSON results; returns its text."""
    out = [
        "# Benchmark results",
        "",
        "Every number here was written by a script in `benchmarks/` into `benchmarks/results/*.json`; "
        "`python benchmarks/report.py` renders this page. Machines are named in each table.",
        "",
    ]
    for name, section in (
        ("shipped", shipped_section),
        ("anercorp", anercorp_section),
        ("mawqif", mawqif_section),
        ("realnews", realnews_section),
        ("stance_calibration", calibration_section),
        ("stance_crossfit", crossfit_section),
        ("ner_crossfit", ner_crossfit_section),
        ("pretrain_speed", pretrain_speed_section),
        ("stance_windows", stance_windows_section),
        ("cross_domain", cross_domain_section),
        ("speed", speed_section),
        ("train_speed", train_speed_section),
        ("device", device_section),
    ):
        data = _load(name)
        if data:
            out += section(data)
    notes = HERE / "NOTES.md"
    if notes.is_file():
        out += [notes.read_text().strip(), ""]
    (HERE / "RESULTS.md").write_text("\n".join(out))
    return (HERE / "RESULTS.md").read_text()


def main() -> int:
    print(write())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
