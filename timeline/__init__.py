"""timeline: news articles about diplomacy in, a dated, sourced, interactive timeline out.

>>> import timeline
>>> result = timeline.build(["sources/"])          # doctest: +SKIP
>>> timeline.write_outputs(result, Path("output"))  # doctest: +SKIP
"""

from timeline.errors import InputError, KnowledgeError, TimelineError
from timeline.model import Document, Event, Timeline, Timex
from timeline.pipeline import build, extract_document, write_outputs

__all__ = [
    "Document",
    "Event",
    "InputError",
    "KnowledgeError",
    "Timeline",
    "TimelineError",
    "Timex",
    "build",
    "extract_document",
    "write_outputs",
]
__version__ = "0.1.0"
