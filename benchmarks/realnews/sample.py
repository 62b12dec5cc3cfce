"""Sample the real-text development set from SaudiNewsNet ``more.txt``: a fixed rule, no hand-picking.

Rule (also in README.md beside this file):

1. Candidates are the lines (one article per line, numbered from 1) of 400 to 3,000 characters.
2. Pool A: candidates with at least two reporting-cue words (قال، أكد، أضاف، أوضح، أشار، صرح،
   أعلن and their feminine forms, with or without hamza, optionally prefixed by و or ف).
   Pool B: all candidates.
3. Each pool, in line order, is shuffled with ``random.Random(2015)`` (A first, then B with the
   same generator).
4. dev = the first 24 lines of A plus the first 8 lines of B not already taken;
   holdout = the next 8 lines of A plus the next 2 lines of B not already taken.
5. The conflict stratum (added later, for stance: rules 1-4 drew almost no escalation or
   condemnation): pool C = the lines of pool A with at least four conflict words (``CONFLICT``:
   war, strikes, attacks, terrorism, militias, condemnation verbs...), in line order, shuffled
   with ``random.Random(2016)``; conflict = its first 12 lines not in dev or holdout,
   conflict-holdout = the next 4, conflict2 = the next 8 (drawn later, a second dev batch,
   scored blind first). Rules 1-4 and their draws are unchanged.
6. A third batch (drawn later again, scored blind first, then a dev batch): dev2 = the next 8
   lines of pool A after the 32 of rule 4 not in any split above; conflict3 = the next 8 lines
   of pool C not in any split above (dev2 included). Earlier draws are unchanged.
7. A fourth batch (the fifth stop, the same way): dev3 = the next 8 lines of pool A not in any
   split above; conflict4 = the next 8 lines of pool C not in any split above (dev3 included).
8. A fifth batch (the sixth stop, the same way): dev4 = the next 8 lines of pool A not in any
   split above; conflict5 = the next 8 lines of pool C not in any split above (dev4 included).
9. A sixth batch (the sixth stop again, drawn after its holdouts were scored, to measure its
   final code blind): dev5 = the next 8 lines of pool A not in any split above; conflict6 = the
   next 8 lines of pool C not in any split above (dev5 included).
10. A seventh batch (the seventh stop, drawn before any rule of that stop, scored blind first,
   then a dev batch): dev6 = the next 8 lines of pool A not in any split above; conflict7 = the
   next 8 lines of pool C not in any split above (dev6 included).
11. An eighth batch (the eighth stop, drawn before any rule of that stop, scored blind first,
   then a dev batch): dev7 = the next 8 lines of pool A not in any split above; conflict8 = the
   next 8 lines of pool C not in any split above (dev7 included).
12. A ninth batch (the ninth stop, drawn before any rule of that stop, scored blind first,
   then a dev batch): dev8 = the next 8 lines of pool A not in any split above; conflict9 = the
   next 8 lines of pool C not in any split above (dev8 included).
13. A tenth batch (the tenth stop, drawn before any rule of that stop, scored blind first,
   then a dev batch): dev9 = the next 8 lines of pool A not in any split above; conflict10 = the
   next 8 lines of pool C not in any split above (dev9 included).
14. An eleventh batch (the eleventh stop, drawn before any rule of that stop, scored blind
   first, then a dev batch): dev10 = the next 8 lines of pool A not in any split above;
   conflict11 = the next 8 lines of pool C not in any split above (dev10 included).
15. A twelfth batch (the twelfth stop, drawn before any rule of that stop, scored blind
   first, then a dev batch): dev11 = the next 8 lines of pool A not in any split above;
   conflict12 = the next 8 lines of pool C not in any split above (dev11 included).
16. A thirteenth batch (the thirteenth stop, drawn before any rule of that stop, scored blind
   first, then a dev batch): dev12 = the next 8 lines of pool A not in any split above;
   conflict13 = the next 8 lines of pool C not in any split above (dev12 included).
17. A fourteenth batch (the fourteenth stop, drawn before any rule of that stop, scored blind
   first, then a dev batch): dev13 = the next 8 lines of pool A not in any split above;
   conflict14 = the next 8 lines of pool C not in any split above (dev13 included).
18. A fifteenth batch (the fifteenth stop, drawn before any rule of that stop, scored blind
   first, then a dev batch): dev14 = the next 8 lines of pool A not in any split above;
   conflict15 = the next 8 lines of pool C not in any split above (dev14 included).
19. A sixteenth batch (the sixteenth stop, drawn before any rule of that stop, scored blind
   first, then a dev batch): dev15 = the next 8 lines of pool A not in any split above;
   conflict16 = the next 8 lines of pool C not in any split above (dev15 included).
20. A seventeenth batch (the seventeenth stop, drawn before any rule of that stop, scored blind
   first, then a dev batch): dev16 = the next 8 lines of pool A not in any split above;
   conflict17 = the next 8 lines of pool C not in any split above (dev16 included).
21. An eighteenth batch (the eighteenth stop, drawn before any rule of that stop, scored blind
   first, then a dev batch): dev17 = the next 8 lines of pool A not in any split above;
   conflict18 = the next 8 lines of pool C not in any split above (dev17 included).
22. A nineteenth batch (the twentieth stop, drawn before any rule of that stop, scored blind
   first, then a dev batch): dev18 = the next 8 lines of pool A not in any split above;
   conflict19 = the next 8 lines of pool C not in any split above (dev18 included).
23. A twentieth batch (the twenty-first stop, drawn after its first rule, scored blind with
   that stop's code before any further work, then a dev batch): dev19 = the next 8 lines of
   pool A not in any split above; conflict20 = the next 8 lines of pool C not in any split
   above (dev19 included).
24. A twenty-first batch (the twenty-second stop, drawn before any rule of that stop, scored
   blind with the twenty-first stop's final code, then a dev batch): dev20 = the next 8 lines
   of pool A not in any split above; conflict21 = the next 8 lines of pool C not in any split
   above (dev20 included).
25. A twenty-second batch (the twenty-third stop, drawn before any rule of that stop, scored
   blind with the twenty-second stop's final code, then a dev batch): dev21 = the next 8 lines
   of pool A not in any split above; conflict22 = the next 8 lines of pool C not in any split
   above (dev21 included).
26. A twenty-third batch (the twenty-fourth stop, drawn before any rule of that stop, scored
   blind with the twenty-third stop's final code, then a dev batch): dev22 = the next 8 lines
   of pool A not in any split above; conflict23 = the next 8 lines of pool C not in any split
   above (dev22 included).
27. A twenty-fourth batch (the twenty-fifth stop, drawn before any rule of that stop, scored
   blind with the twenty-fourth stop's final code, then a dev batch): dev23 = the next 8 lines
   of pool A not in any split above; conflict24 = the next 8 lines of pool C not in any split
   above (dev23 included).
28. A twenty-fifth batch (the twenty-sixth stop, drawn before any rule of that stop, scored
   blind with the twenty-fifth stop's final code, then a dev batch): dev24 = the next 8 lines
   of pool A not in any split above; conflict25 = the next 8 lines of pool C not in any split
   above (dev24 included).
29. A twenty-sixth batch (the twenty-seventh stop, drawn before any rule of that stop, scored
   blind with the twenty-sixth stop's final code, then a dev batch): dev25 = the next 8 lines
   of pool A not in any split above; conflict26 = the next 8 lines of pool C not in any split
   above (dev25 included).
30. A twenty-seventh batch (the twenty-eighth stop, drawn before any rule of that stop, scored
   blind with the twenty-seventh stop's final code, then a dev batch): dev26 = the next 8 lines
   of pool A not in any split above; conflict27 = the next 8 lines of pool C not in any split
   above (dev26 included).
31. A twenty-eighth batch (the twenty-ninth stop, drawn before any rule of that stop, scored
   blind with the twenty-eighth stop's final code, then a dev batch): dev27 = the next 8 lines
   of pool A not in any split above; conflict28 = the next 8 lines of pool C not in any split
   above (dev27 included).
32. A twenty-ninth batch (the thirtieth stop, drawn before any rule of that stop, scored
   blind with the twenty-ninth stop's final code, then a dev batch): dev28 = the next 8 lines
   of pool A not in any split above; conflict29 = the next 8 lines of pool C not in any split
   above (dev28 included).
33. A thirtieth batch (drawn at the end of the thirtieth stop, after its holdouts were scored,
   to measure its final code blind, then a dev batch): dev29 = the next 8 lines of pool A not
   in any split above; conflict30 = the next 8 lines of pool C not in any split above (dev29
   included).
34. A thirty-first batch (the thirty-first stop, drawn before any rule of that stop, scored
   blind with the thirtieth stop's final code, then a dev batch): dev30 = the next 8 lines of
   pool A not in any split above; conflict31 = the next 8 lines of pool C not in any split
   above (dev30 included).
35. A thirty-second batch (drawn at the end of the thirty-first stop, after its holdouts were
   scored, to measure its final code blind, then a dev batch): dev31 = the next 8 lines of pool
   A not in any split above; conflict32 = the next 8 lines of pool C not in any split above
   (dev31 included).

The holdouts is annotated like dev but is not looked at while tuning; it is scored once, at the end.

Usage: ``python benchmarks/realnews/sample.py [path/to/more.txt]`` prints the line numbers.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

MIN_CHARS, MAX_CHARS = 400, 3000
SEED = 2015
_CUE = re.compile(
    r"(?<!\w)[وف]?(?:قال|قالت|[أا]كد|[أا]كدت|[أا]ضاف|[أا]ضافت|[أا]وضح|[أا]وضحت|"
    r"[أا]شار|[أا]شارت|صرح|صرحت|[أا]علن|[أا]علنت)(?!\w)"
)
# The later draws (rules 6-35), in order: a general split and a conflict split each.
LATER_DRAWS = (
    ("dev2", "conflict3"),
    ("dev3", "conflict4"),
    ("dev4", "conflict5"),
    ("dev5", "conflict6"),
    ("dev6", "conflict7"),
    ("dev7", "conflict8"),
    ("dev8", "conflict9"),
    ("dev9", "conflict10"),
    ("dev10", "conflict11"),
    ("dev11", "conflict12"),
    ("dev12", "conflict13"),
    ("dev13", "conflict14"),
    ("dev14", "conflict15"),
    ("dev15", "conflict16"),
    ("dev16", "conflict17"),
    ("dev17", "conflict18"),
    ("dev18", "conflict19"),
    ("dev19", "conflict20"),
    ("dev20", "conflict21"),
    ("dev21", "conflict22"),
    ("dev22", "conflict23"),
    ("dev23", "conflict24"),
    ("dev24", "conflict25"),
    ("dev25", "conflict26"),
    ("dev26", "conflict27"),
    ("dev27", "conflict28"),
    ("dev28", "conflict29"),
    ("dev29", "conflict30"),
    ("dev30", "conflict31"),
    ("dev31", "conflict32"),
)
# Every split the rule draws, in the order it draws them: the one list of split names
# (build.py's markup patterns and the benchmarks' --split choices are keyed by it).
SPLITS = ("dev", "holdout", "conflict", "conflict-holdout", "conflict2") + tuple(
    name for draw in LATER_DRAWS for name in draw
)
CONFLICT_SEED = 2016
# Words of conflict reporting and its rhetoric, as papers print them (with or without hamza,
# the article, one of و ف ب ل): fighting, strikes and their victims, militias and terrorism,
# condemnation and threats.
CONFLICT = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:حوثي|حوثيين|حوثيون|داعش|قصف|غارة|غارات|هجوم|هجمات|[إا]رهاب|"
    r"[إا]رهابي|[إا]رهابية|[إا]رهابيين|احتلال|صاروخ|صواريخ|اشتباكات|مسلحين|مسلحة|تفجير|"
    r"انتحاري|قتلى|عدوان|[أا]دان|[أا]دانت|تدين|يدين|استنكر|استنكرت|ندد|نددت|شجب|تهديد|هدد|"
    r"حرب|عسكرية)(?!\w)"
)


def sample(more_txt: str | Path) -> dict[str, list[int]]:
    """The line numbers of every split of ``more.txt`` under the rule above.

    Returns:
        Each split of ``SPLITS`` with its line numbers.
    """
    pool_a, pool_b, pool_c = [], [], []
    with open(more_txt, encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not MIN_CHARS <= len(line) <= MAX_CHARS:
                continue
            pool_b.append(n)
            if len(_CUE.findall(line)) >= 2:
                pool_a.append(n)
                if len(CONFLICT.findall(line)) >= 4:
                    pool_c.append(n)
    rng = random.Random(SEED)
    rng.shuffle(pool_a)
    rng.shuffle(pool_b)
    dev = pool_a[:24]
    dev += [n for n in pool_b if n not in dev][:8]
    holdout = pool_a[24:32]
    holdout += [n for n in pool_b if n not in dev and n not in holdout][:2]
    taken = set(dev) | set(holdout)
    random.Random(CONFLICT_SEED).shuffle(pool_c)
    conflict = [n for n in pool_c if n not in taken][:24]
    taken |= set(conflict)
    # Rules 6-35: each later draw takes the next 8 pool-A lines, then the next 8 pool-C lines,
    # none in an earlier split.
    later: dict[str, list[int]] = {}
    for general, stratum in LATER_DRAWS:
        for name, pool in ((general, pool_a[32:]), (stratum, pool_c)):
            later[name] = [n for n in pool if n not in taken][:8]
            taken |= set(later[name])
    return {
        "dev": dev,
        "holdout": holdout,
        "conflict": conflict[:12],
        "conflict-holdout": conflict[12:16],
        "conflict2": conflict[16:24],
        **later,
    }


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from qawl.eval.standoff import shared_data_dir  # $QAWL_SHARED_DATA, else ../shared/data

    default = shared_data_dir() / "saudinewsnet" / "more.txt"
    print(json.dumps(sample(sys.argv[1] if len(sys.argv) > 1 else default)))
