"""The events stage: PLOVER event extraction (see :mod:`warta.events.extractor`)."""
from __future__ import annotations

from .extractor import EventExtractor

__all__ = ["EventExtractor"]
