"""The error every reader of user input raises: :class:`DataError`.

It lives on its own so that the byte-level reader (:mod:`qawl.data.encoding`),
the record readers (:mod:`qawl.data.readers`) and the label checks share one
type, and the CLI turns every one of them into ``qawl <command>: error: ...``.
"""

from __future__ import annotations


class DataError(ValueError):
    """Input data that cannot be read; the message names the file and line and says how to fix it."""
