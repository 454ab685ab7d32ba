from warta.model import Document
from warta.pipeline import Pipeline


def test_pipeline_runs_every_stage_and_keeps_failures_as_warnings():
    calls = []

    class Boom:
        def __call__(self, doc):
            calls.append("boom")
            raise ValueError("bad")

    pipe = Pipeline(stages=["clean"])
    pipe.stages.append(("boom", Boom()))
    doc = pipe(Document(id="x", raw_text="Jakarta - Presiden bertemu Menteri."))
    assert calls == ["boom"]
    assert doc.text.startswith("Jakarta") or doc.text.startswith("Presiden")
    assert any("boom" in w for w in doc.warnings)


def test_record_has_required_fields(pipeline):
    rec = pipeline(Document(id="y", raw_text="Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo.")).to_record()
    for key in ("id", "language", "text", "dateline", "credits", "published", "entities", "events", "quotes"):
        assert key in rec
