"""End-to-end evaluation of the article pipeline on gold articles.

``qawl evaluate-articles BUNDLE data/articles/test.jsonl`` runs the pipeline on
each gold article's raw text and compares offsets:

- entities, exact: same span and type (P/R/F1 per type and micro);
- entities, token overlap: per word, the type of the entity covering it;
- statements: a prediction matches a gold statement when their character spans
  overlap by at least half of the longer one (one-to-one, largest overlap first);
- speaker attribution: accuracy on matched statements (same canonical name after
  normalization, or a predicted mention overlapping a gold mention);
- speaker-stance: a prediction counts when matched, with the right speaker and
  the same stance (P/R/F1 over all predicted / gold statements).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from qawl.data.corpus import normalize_sentence
from qawl.data.readers import read_json_lines
from qawl.data.text import split_words
from qawl.eval import plots
from qawl.eval.report import write_report
from qawl.eval.scores import PRF, pct
from qawl.eval.stance_metrics import StanceScores, stance_scores


@dataclass(frozen=True)
class ArticleScores:
    """End-to-end scores of the pipeline on gold articles.

    Attributes:
        articles: Articles scored.
        entities_exact: Entities with the same span and type (micro over types).
        entities_per_type: The same, per type.
        entities_overlap: Per word, the type of the entity covering it.
        statements: Statements matched by span overlap (≥ half of the longer).
        speaker_accuracy: Right speaker among matched statements.
        stance_accuracy: Right stance among matched statements.
        speaker_stance: Matched with the right speaker and stance, over all
            predicted and gold statements.
        stance_on_matched: Stance scores (per class, macro-F1, confusion) over the
            matched statements; the labels are those in the gold or the
            predictions (a prediction without stance counts as ``none``).
    """

    articles: int
    entities_exact: PRF
    entities_per_type: dict[str, PRF]
    entities_overlap: PRF
    statements: PRF
    speaker_accuracy: float
    stance_accuracy: float
    speaker_stance: PRF
    stance_on_matched: StanceScores

    def headline(self) -> str:
        """One line: statement F1, speaker+stance F1 and entity F1."""
        return (
            f"statements F1 {pct(self.statements.f1)}, speaker+stance F1 "
            f"{pct(self.speaker_stance.f1)}, entities F1 {pct(self.entities_exact.f1)} "
            f"(overlap {pct(self.entities_overlap.f1)})"
        )

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            "entities": {
                "exact": {
                    "micro": self.entities_exact.to_dict(),
                    "per_type": {t: v.to_dict() for t, v in self.entities_per_type.items()},
                },
                "token_overlap": self.entities_overlap.to_dict(),
            },
            "statements": self.statements.to_dict(),
            "speaker_accuracy": self.speaker_accuracy,
            "stance_accuracy_on_matched": self.stance_accuracy,
            "speaker_stance": self.speaker_stance.to_dict(),
            "stance_on_matched": self.stance_on_matched.to_dict(),
        }


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match_statements(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, predicted index)`` pairs overlapping by ≥ half.

    Example:
        >>> match_statements([{"start": 0, "end": 10}], [{"start": 4, "end": 12}])
        [(0, 0)]
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = _overlap(g, p)
            if ov and ov >= 0.5 * max(g["end"] - g["start"], p["end"] - p["start"]):
                candidates.append((ov, i, j))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in sorted(candidates, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def same_speaker(gold: dict | None, pred: dict | None) -> bool:
    """Whether a predicted speaker is the gold one (name or any mention overlap).

    A gold speaker of None is an unnamed source (``مصادر مطلعة``): the prediction
    is right only when it names nobody either.

    Example:
        >>> same_speaker(None, None), same_speaker(None, {"name": "روته", "mentions": []})
        (True, False)
    """
    if gold is None:
        return pred is None
    if not pred:
        return False
    if normalize_sentence(gold["name"]) == normalize_sentence(pred["name"]):
        return True
    return any(_overlap(g, p) for g in gold["mentions"] for p in pred["mentions"])


def _word_types(text: str, entities: list[dict]) -> list[str]:
    types = []
    for w in split_words(text):
        covering = [e["label"] for e in entities if e["start"] <= w.start and w.end <= e["end"]]
        types.append(covering[0] if covering else "O")
    return types


def score_articles(gold_docs: list[dict], pred_docs: list[dict]) -> ArticleScores:
    """Compare predicted documents (``Document.to_dict()``) with gold articles.

    Returns:
        The :class:`ArticleScores`.
    """
    exact_tp: Counter[str] = Counter()
    exact_pred: Counter[str] = Counter()
    exact_gold: Counter[str] = Counter()
    tok_tp, tok_pred, tok_gold = 0, 0, 0
    st_tp = st_pred = st_gold = speaker_ok = stance_ok = ss_tp = 0
    stance_gold: list[str] = []
    stance_pred: list[str] = []
    for gold, pred in zip(gold_docs, pred_docs, strict=True):
        g_set = {(e["start"], e["end"], e["label"]) for e in gold["entities"]}
        p_set = {(e["start"], e["end"], e["label"]) for e in pred["entities"]}
        for s in g_set:
            exact_gold[s[2]] += 1
        for s in p_set:
            exact_pred[s[2]] += 1
        for s in g_set & p_set:
            exact_tp[s[2]] += 1
        for g, p in zip(
            _word_types(gold["text"], gold["entities"]),
            _word_types(gold["text"], pred["entities"]),
            strict=True,
        ):
            tok_gold += g != "O"
            tok_pred += p != "O"
            tok_tp += g != "O" and g == p
        pairs = match_statements(gold["statements"], pred["statements"])
        st_tp += len(pairs)
        st_pred += len(pred["statements"])
        st_gold += len(gold["statements"])
        for i, j in pairs:
            g, p = gold["statements"][i], pred["statements"][j]
            right_speaker = same_speaker(g["speaker"], p["speaker"])
            speaker_ok += right_speaker
            stance_ok += g["stance"] == p.get("stance")
            ss_tp += right_speaker and g["stance"] == p.get("stance")
            stance_gold.append(g["stance"])
            stance_pred.append(p.get("stance") or "none")
    types = sorted(set(exact_gold) | set(exact_pred))
    return ArticleScores(
        articles=len(gold_docs),
        entities_exact=PRF.from_counts(
            sum(exact_tp.values()), sum(exact_pred.values()), sum(exact_gold.values())
        ),
        entities_per_type={t: PRF.from_counts(exact_tp[t], exact_pred[t], exact_gold[t]) for t in types},
        entities_overlap=PRF.from_counts(tok_tp, tok_pred, tok_gold),
        statements=PRF.from_counts(st_tp, st_pred, st_gold),
        speaker_accuracy=speaker_ok / st_tp if st_tp else 0.0,
        stance_accuracy=stance_ok / st_tp if st_tp else 0.0,
        speaker_stance=PRF.from_counts(ss_tp, st_pred, st_gold),
        stance_on_matched=stance_scores(
            stance_gold, stance_pred, sorted(set(stance_gold) | set(stance_pred))
        ),
    )


def articles_markdown(s: ArticleScores, title: str) -> str:
    """Markdown tables for :func:`score_articles` output."""

    def row(name: str, m: PRF) -> str:
        return f"| {name} | {pct(m.precision)} | {pct(m.recall)} | {pct(m.f1)} | {m.gold} | {m.predicted} |"

    lines = [
        f"# {title}",
        "",
        f"{s.articles} articles.",
        "",
        "| measure | P | R | F1 | gold | predicted |",
        "|---|---|---|---|---|---|",
        row("entities, exact span and type", s.entities_exact),
        row("entities, token overlap", s.entities_overlap),
        row("statements (span overlap ≥ 1/2)", s.statements),
        row("speaker + stance", s.speaker_stance),
        "",
        f"Speaker attribution accuracy on matched statements: {pct(s.speaker_accuracy)}",
        f"Stance on matched statements: accuracy {pct(s.stance_accuracy)}, macro-F1 "
        f"{pct(s.stance_on_matched.macro_f1)} (over {', '.join(s.stance_on_matched.labels) or 'none'})",
        "",
        "| entity type | P | R | F1 | gold | predicted |",
        "|---|---|---|---|---|---|",
    ]
    lines += [row(t, m) for t, m in s.entities_per_type.items()]
    st = s.stance_on_matched
    lines += [
        "",
        "Stance confusion on matched statements (rows gold, columns predicted):",
        "",
        "| gold \\ predicted | " + " | ".join(st.labels) + " |",
        "|---" * (len(st.labels) + 1) + "|",
    ]
    lines += [
        f"| {lab} | " + " | ".join(map(str, row)) + " |"
        for lab, row in zip(st.labels, st.matrix, strict=True)
    ]
    return "\n".join(lines) + "\n"


def score_attribution(gold_docs: list[dict]) -> ArticleScores:
    """Score the attribution rules alone: statements found from the GOLD entities.

    Separates attribution errors from NER errors: the same measures as
    :func:`score_articles`, with predicted entities replaced by gold ones.

    Example:
        >>> s = score_attribution([{"text": "قال روته إن الحلف يراقب الوضع.",
        ...     "entities": [{"start": 4, "end": 8, "label": "PER", "text": "روته"}],
        ...     "statements": [{"speaker": {"name": "روته", "label": "PER",
        ...                                 "mentions": [{"start": 4, "end": 8}]},
        ...                     "start": 12, "end": 29, "text": "الحلف يراقب الوضع",
        ...                     "stance": "neutral", "cue": "قال"}]}])
        >>> s.statements.f1, s.speaker_accuracy
        (1.0, 1.0)
    """
    from qawl.attribution import find_statements
    from qawl.data.prepared import prepare
    from qawl.document import Entity

    preds = []
    for g in gold_docs:
        ents = [Entity(e["text"], e["label"], e["start"], e["end"]) for e in g["entities"]]
        statements = [s.to_dict() for s in find_statements(prepare(g["text"]), ents)]
        preds.append({"text": g["text"], "entities": g["entities"], "statements": statements})
    return score_articles(gold_docs, preds)


class DocumentPipeline(Protocol):
    """Anything that analyzes texts into documents (``qawl.load(...)`` returns one)."""

    def pipe(self, texts: Iterable[str]) -> Iterable[Any]: ...


def evaluate_articles(
    nlp: DocumentPipeline, data_file: str | Path, out_dir: str | Path, title: str = "", charts: bool = True
) -> dict:
    """Run a pipeline on gold articles, score it end to end, and write the reports.

    Args:
        nlp: The pipeline (``qawl.load(bundle)``).
        data_file: Gold articles, e.g. ``data/articles/test.jsonl``.
        out_dir: Where ``articles-<name>.json``/``.md`` go, and the charts the
            Markdown embeds: ``articles-<name>-entity-types.png`` (exact-span
            precision, recall, F1 per type) and ``articles-<name>-stance-confusion.png``
            (stance on matched statements).
        title: The report's title (default: names the data file).
        charts: Draw the PNG charts (matplotlib).

    Returns:
        ``{"scores": ArticleScores, "report_json", "report_markdown", "markdown", "charts"}``
        (``charts``: the PNG paths).

    Example:
        >>> r = evaluate_articles(qawl.load("models/bundle-tiny"), "data/articles/test.jsonl",
        ...                       "reports")                                    # doctest: +SKIP
        >>> r["scores"].statements.f1 > 0.5                                    # doctest: +SKIP
        True
    """
    gold = [record for _, record in read_json_lines(data_file)]
    pred = [doc.to_dict() for doc in nlp.pipe([g["text"] for g in gold])]
    scores = score_articles(gold, pred)
    md = articles_markdown(scores, title or f"End-to-end evaluation on {data_file}")
    name = "articles-" + Path(data_file).stem
    figures = article_charts(scores, Path(out_dir), name, Path(data_file).name) if charts else []
    md += plots.figures_markdown(figures, out_dir)
    json_path, md_path = write_report(scores.to_dict(), md, out_dir, name)
    return {
        "scores": scores,
        "report_json": str(json_path),
        "report_markdown": str(md_path),
        "markdown": md,
        "charts": [str(p) for _, p in figures],
    }


def article_charts(scores: ArticleScores, out_dir: Path, name: str, data: str) -> list[tuple[str, Path]]:
    """Draw the end-to-end charts; return ``(caption, path)`` of each."""
    st = scores.stance_on_matched
    return [
        (
            "Entities per type, exact span and type",
            plots.per_type_bars(
                scores.entities_per_type,
                out_dir / f"{name}-entity-types.png",
                f"Entities in {data} (exact span)",
            ),
        ),
        (
            "Stance confusion on matched statements",
            plots.confusion_heatmap(
                st.labels,
                st.matrix,
                out_dir / f"{name}-stance-confusion.png",
                f"Stance on matched statements, {data}",
            ),
        ),
    ]
