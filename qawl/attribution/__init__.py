"""Statement attribution: rules that find quoted and reported speech, its cue and its speaker.

- ``index``: the by-word index of a prepared article and its entities that rules read;
- ``cues``: the reporting-cue lexicon and the word classes around cues;
- ``speakers``: which entities can speak, and which mentions are one speaker;
- ``subjects``: who a reporting verb's subject is (SVO, VSO, pronoun, opening verb);
- ``rules``: the sentence rules and span finders, tried in a documented order, and
  :func:`find_statements`.
"""

from qawl.attribution.rules import find_statements

__all__ = ["find_statements"]
