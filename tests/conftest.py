"""Shared fixtures. Tests that need ../shared skip cleanly when it is absent."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
SEED = SHARED / "corpora" / "seed" / "000_cc3337a1328a7a6f.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    """Path of ../shared, or skip the test."""
    if not (SHARED / "corpora").is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared: Path) -> Path:
    if not SEED.is_file():
        pytest.skip("seed article not in ../shared")
    return SEED


@pytest.fixture(scope="session")
def pipeline():
    """One pipeline for the whole test session (loading resources once)."""
    from warta.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def pipeline_kb_only():
    """One pipeline without the NER model (KB and role patterns only): what a sentence-level
    test of the events or actors stage reads, independent of the model's version."""
    from warta.options import PipelineOptions
    from warta.pipeline import Pipeline
    return Pipeline(options=PipelineOptions(use_ner=False))


@pytest.fixture(scope="session")
def ner_tagger():
    """The shipped NER model, or skip when none is shipped."""
    from warta.nlp.ner import NerTagger
    t = NerTagger.load_default()
    if t is None:
        pytest.skip("no NER model shipped in src/warta/resources/ner/model")
    return t

