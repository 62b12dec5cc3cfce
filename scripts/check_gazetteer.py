"""Validate the qawl gazetteer files (stdlib only).

Run from anywhere::

    python scripts/check_gazetteer.py          # errors and a summary
    python scripts/check_gazetteer.py -v       # also list shared same-label forms

Checks every ``*.jsonl`` file of ``qawl/resources/gazetteer/``:

* each line is a JSON object with ``id``, ``label``, ``text`` and ``aliases``
  (``note`` and ``ambiguous`` are optional), label in PER/ORG/GPE/LOC, ids unique
  and prefixed by the lower-cased label (``gpe:``);
* forms (text and aliases) are clean: no diacritics or tatweel, no stray or double
  spaces, no empty strings;
* within an entry no form repeats, not even as a fold variant (أإآٱ→ا، ى→ي، ة→ه);
* across entries, a form (after folding) shared by entries of different labels is a
  conflict (an error); one shared by entries of the same label is reported with ``-v``;
* no form is a clitic-prefixed copy (و، ف، ب، ل، ك، لل) of another form, since the
  matcher strips clitics itself;
* every ``ambiguous`` form is one of the entry's forms.

Exit status 1 when any error was found.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

LABELS = {"PER", "ORG", "GPE", "LOC"}
REQUIRED = ("id", "label", "text", "aliases")
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Real names that only look like a clitic plus another listed name (وجدة Oujda is not
# و + جدة Jeddah). They are kept; the matcher must try the whole word before stripping.
LOOKALIKES = {"وجده", "كسلا", "بابل", "كابل"}  # folded forms
CLITIC = re.compile(r"^(?:[وف]?لل(?=\S)|[وف]?[بلك](?=\S)|[وف](?=\S))")


def fold(form: str) -> str:
    """Fold the variants the matcher treats as equal (hamza on alef, ى, ة).

    Example:
        >>> fold("إسطنبول") == fold("اسطنبول"), fold("مرسى") == fold("مرسي")
        (True, True)
    """
    form = DIACRITICS.sub("", form)
    form = re.sub("[أإآٱ]", "ا", form)
    return form.replace("ى", "ي").replace("ة", "ه")


def unclitic(folded: str) -> list[str]:
    """Possible bases of a folded form if its first word carries clitics.

    Example:
        >>> unclitic("للامم المتحده")
        ['الامم المتحده', 'امم المتحده']
        >>> unclitic("وبغداد")
        ['غداد', 'بغداد']
    """
    out = []
    m = CLITIC.match(folded)
    if m:
        head = m.group()
        rest = folded[len(head) :]
        if head.endswith("لل"):
            out.append("ال" + rest)
        out.append(rest)
        # و/ف followed by a preposition: also try dropping only the conjunction
        if len(head) > 1 and head[0] in "وف":
            out.append(folded[1:])
    return [b for b in out if len(b.replace(" ", "")) >= 2]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    here = Path(__file__).resolve().parents[1] / "qawl" / "resources" / "gazetteer"
    files = sorted(here.glob("*.jsonl"))
    errors: list[str] = []
    ids: dict[str, str] = {}
    owners: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # fold -> (id, label, form)
    counts: dict[str, Counter] = {}
    n_amb = 0

    for path in files:
        counts[path.name] = Counter()
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{ln}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            if not isinstance(e, dict):
                errors.append(f"{where}: not a JSON object")
                continue
            missing = [k for k in REQUIRED if k not in e]
            if missing:
                errors.append(f"{where}: missing {', '.join(missing)}")
                continue
            extra = set(e) - {*REQUIRED, "note", "ambiguous"}
            if extra:
                errors.append(f"{where}: unknown fields {sorted(extra)}")
            eid, label, text, aliases = e["id"], e["label"], e["text"], e["aliases"]
            if label not in LABELS:
                errors.append(f"{where}: label {label!r} not in {sorted(LABELS)}")
            if not isinstance(eid, str) or not eid.startswith(f"{str(label).lower()}:"):
                errors.append(f"{where}: id {eid!r} should start with {str(label).lower()}:")
            if eid in ids:
                errors.append(f"{where}: duplicate id {eid} (first in {ids[eid]})")
            ids[eid] = where
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                errors.append(f"{where}: aliases must be a list of strings")
                continue
            if not isinstance(text, str):
                errors.append(f"{where}: text must be a string")
                continue
            if "note" in e and not isinstance(e["note"], str):
                errors.append(f"{where}: note must be a string")
            counts[path.name][label] += 1
            forms = [text, *aliases]
            seen: dict[str, str] = {}
            for form in forms:
                if not form or form != form.strip() or "  " in form:
                    errors.append(f"{where}: {eid}: badly spaced form {form!r}")
                if DIACRITICS.search(form):
                    errors.append(f"{where}: {eid}: diacritics or tatweel in {form!r}")
                key = fold(form)
                if key in seen:
                    what = "repeated" if seen[key] == form else f"only a fold variant of {seen[key]!r}"
                    errors.append(f"{where}: {eid}: form {form!r} is {what}")
                    continue
                seen[key] = form
                owners[key].append((eid, label, form))
            amb = e.get("ambiguous", [])
            if not isinstance(amb, list) or not all(isinstance(a, str) for a in amb):
                errors.append(f"{where}: ambiguous must be a list of strings")
            else:
                n_amb += len(amb)
                for a in amb:
                    if a not in forms:
                        errors.append(f"{where}: {eid}: ambiguous form {a!r} is not a form of the entry")

    shared_same = []
    for key, own in sorted(owners.items()):
        labels = {lab for _, lab, _ in own}
        if len(labels) > 1:
            errors.append("conflict: " + " / ".join(f"{f!r} {i} ({lab})" for i, lab, f in own))
        elif len({i for i, _, _ in own}) > 1:
            shared_same.append(" / ".join(f"{f!r} {i}" for i, _, f in own))
        for base in unclitic(key):
            if base in owners and key in LOOKALIKES:
                if verbose:
                    print(f"  lookalike (kept): {own[0][2]!r} vs {owners[base][0][2]!r}")
            elif base in owners:
                i, _, f = own[0]
                errors.append(
                    f"clitic duplicate: {f!r} ({i}) is a prefixed form of "
                    f"{owners[base][0][2]!r} ({owners[base][0][0]})"
                )

    for name, c in counts.items():
        total = sum(c.values())
        parts = ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
        print(f"{name}: {total} entries ({parts})")
    print(
        f"forms: {len(owners)} distinct folded forms; {n_amb} marked ambiguous; "
        f"{len(shared_same)} shared by entries of the same label"
    )
    if verbose:
        for s in shared_same:
            print(f"  shared: {s}")
    for err in errors:
        print(f"ERROR {err}")
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
