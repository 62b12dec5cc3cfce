"""qawl (قول): who is named in Arabic news, and who said what, with which stance.

Example:
    >>> import qawl                                   # doctest: +SKIP
    >>> nlp = qawl.load("models/bundle-tiny")         # doctest: +SKIP
    >>> doc = nlp("قال الأمين العام مارك روته إن الحلف يتابع الوضع.")  # doctest: +SKIP
    >>> [(e.text, e.label) for e in doc.entities]     # doctest: +SKIP
    [('مارك روته', 'PER')]
"""

from qawl._version import __version__


def load(path, **kwargs):
    """Open an exported bundle (or an NER model directory) as an article pipeline.

    See :func:`qawl.pipeline.load` (``model_batch_size``, ``backend``, ``device``).
    """
    from qawl.pipeline import load as _load

    return _load(path, **kwargs)


__all__ = ["load", "__version__"]
