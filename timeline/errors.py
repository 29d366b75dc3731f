"""Errors the library raises on purpose; the CLI turns each into a one-line message and status 1.

TimelineError
 ├── InputError      a file or record cannot be read or understood
 └── KnowledgeError  a knowledge file (built-in or the user's) is malformed
"""


class TimelineError(Exception):
    """Base class of every error timeline raises on purpose."""


class InputError(TimelineError):
    """An input file or record cannot be read or understood."""


class KnowledgeError(TimelineError):
    """A knowledge file is malformed; the message names the file and the entry."""
