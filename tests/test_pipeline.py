import pytest

from warta.model import Document
from warta.nlp.ner import NerTagger
from warta.options import PipelineOptions
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


# -- batches (Pipeline.pipe) ---------------------------------------------------------------
_BATCH_TEXTS = [
    "JAKARTA, KOMPAS.com - Warga Desa Sukamaju, Rahmat Hidayat Saputra, mengatakan polisi menangkap "
    "dua pelaku pada Senin. \"Kami minta pelaku dihukum berat,\" kata Siti Nurhaliza Rahmawati kepada wartawan.",
    "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Malaysia di Kuala Lumpur, Selasa (4/3/2025).",
    "",  # an empty article in the middle of a batch
    "Bupati Garut Abdul Rachman Wijayakusuma meminta warga tetap tenang, ujar Dedi Mulyadi Kusumah.",
    "KPK menetapkan Andi Prasetyo Nugroho sebagai tersangka kasus suap, kata juru bicara KPK Budi Santoso Harjono.",
    # persons only the NER model finds (no role, cue or pattern explains a name after an occupation)
    "Aktris Dian Sastrowardoyo mengunjungi para pengungsi Suriah di Yordania.",
    "Penyanyi Raisa Andriana Tan mengunjungi korban banjir di Bekasi.",
]


def _docs() -> list[Document]:
    return [Document(id=f"b{n}", raw_text=t, meta_published="2025-03-05") for n, t in enumerate(_BATCH_TEXTS)]


@pytest.mark.parametrize("use_ner", [False, True])
def test_pipe_in_batches_gives_the_records_of_one_by_one(use_ner: bool) -> None:
    """Batches change how often the NER model is called, never what comes out."""
    pipe = Pipeline(options=PipelineOptions(use_ner=use_ner))
    one_by_one = [pipe(d).to_record() for d in _docs()]
    for size in (1, 2, 32):
        batched = [d.to_record() for d in pipe.pipe(_docs(), batch_size=size)]
        assert [r["id"] for r in batched] == [f"b{n}" for n in range(len(_BATCH_TEXTS))]
        assert batched == one_by_one
    names = {e["name"] for r in one_by_one for e in r["entities"]}
    by_model = {"Dian Sastrowardoyo", "Raisa Andriana Tan"}
    if use_ner and NerTagger.load_default() is not None:
        assert by_model <= names  # the model took part, in batches as one by one
    elif not use_ner:
        assert not by_model & names


def test_batch_failure_falls_back_to_one_document_at_a_time() -> None:
    """A stage whose batch method fails runs document by document, so only the article
    that breaks it carries the warning."""

    class Fragile:
        def __call__(self, doc: Document) -> Document:
            if "meledak" in doc.text:
                raise ValueError("bad article")
            doc.meta["fragile"] = True
            return doc

        def pipe(self, docs: list[Document]) -> list[Document]:
            return [self(d) for d in docs]

    pipe = Pipeline(stages=["clean"])
    pipe.stages.append(("fragile", Fragile()))
    texts = ["Presiden bertemu Menteri di Jakarta.", "Bom meledak di Jakarta.", "Polisi menangkap pelaku."]
    docs = list(pipe.pipe([Document(id=str(n), raw_text=t) for n, t in enumerate(texts)], batch_size=3))
    assert [d.id for d in docs] == ["0", "1", "2"]
    assert [bool(d.warnings) for d in docs] == [False, True, False]
    assert "fragile" in docs[1].warnings[0] and "bad article" in docs[1].warnings[0]
    assert docs[0].meta.get("fragile") and docs[2].meta.get("fragile")
