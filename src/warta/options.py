"""Options shared by the pipeline's stages (kept apart to avoid import cycles)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class PipelineOptions:
    """``today`` bounds inferred dates (never a publication date in the future of
    the machine's clock); ``use_ner`` switches the trained NER model on or off."""

    today: date = field(default_factory=date.today)
    use_ner: bool = True
