"""Options shared by the pipeline's stages (kept apart to avoid import cycles)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class PipelineOptions:
    """``today`` bounds inferred dates (never a publication date in the future of
    the machine's clock); ``use_ner`` switches the trained NER model on.

    NER is off by default, for speed: with it the actors stage takes about 31 % of extract time
    (budget 20 %; `make bench --ner`). With models 1.3.0 and 1.4.0, measured on the dev gold and the
    held-out sets (1.4.0: sets 1-4 and 6), ``--ner`` never lowered actor recall and left events unchanged; on the blind held-out
    set 6 (10 articles) it raised actor recall from 0.71 to 0.81, elsewhere by 0-1 actor. Use it
    when recall matters more than a tenth of the time; it becomes the default once the actors
    stage is fast enough to carry it within budget."""

    today: date = field(default_factory=date.today)
    use_ner: bool = False
