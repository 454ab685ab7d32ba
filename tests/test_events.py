"""Event extraction rules on small hand-built documents, and the seed article's events.

The hand-built documents carry their own entities (found by string search), so the
rules of the events stage are tested apart from the actors stage.
"""
from __future__ import annotations

import re

import pytest

from entity_fixtures import known_entities
from warta.events import EventExtractor
from warta.model import Document, Entity, Mention, Published, Quote, Span, Speaker, Timex

#: name -> (code, sector, label)
KNOWN: dict[str, tuple[str, str | None, str]] = {
    "Korea Selatan": ("KOR", None, "GPE"), "Amerika Serikat": ("USA", None, "GPE"),
    "Jepang": ("JPN", None, "GPE"), "Rusia": ("RUS", None, "GPE"), "Korea Utara": ("PRK", None, "GPE"),
    "Israel": ("ISR", None, "GPE"), "Indonesia": ("IDN", None, "GPE"), "Jakarta": ("IDN", None, "GPE"),
    "polisi": ("IDN", "COP", "ORG"), "KPK": ("IDN", "JUD", "ORG"), "Budi": ("IDN", "CRM", "PER"),
    "Jokowi": ("IDN", "GOV", "PER"), "Cho": ("KOR", "GOV", "PER"), "Blinken": ("USA", "GOV", "PER"),
    "Organisasi Pelarangan Senjata Kimia": ("IGO:OPCW", None, "ORG"),
    "Kuwait": ("KWT", None, "GPE"), "Iran": ("IRN", None, "GPE"), "Qatar": ("QAT", None, "GPE"),
    "Arab Saudi": ("SAU", None, "GPE"), "India": ("IND", None, "GPE"), "Pakistan": ("PAK", None, "GPE"),
    "Australia": ("AUS", None, "GPE"), "Guterres": ("IGO:UN", None, "PER"), "PBB": ("IGO:UN", None, "ORG"),
    "petani": ("IDN", "CVL", "ORG"), "DPRD Sleman": ("IDN", "LEG", "ORG"), "Filipina": ("PHL", None, "GPE"),
    "Ketua MPR": ("IDN", "LEG", "PER"), "Can Dundar": ("TUR", "MED", "PER"), "Laut Jepang": ("JPN", None, "LOC"),
}


@pytest.fixture(scope="module")
def ex() -> EventExtractor:
    return EventExtractor()


def make(text: str, published: str = "2024-06-21", temporal: list[tuple[str, str]] | None = None,
         quotes: list[tuple[str, str]] | None = None) -> Document:
    """A document with entities for every KNOWN name in ``text`` (longest names first)."""
    ents = known_entities(text, KNOWN)
    tx = []
    for phrase, value in temporal or []:
        i = text.index(phrase)
        tx.append(Timex(i, i + len(phrase), phrase, value, "weekday_date" if "(" in phrase else "date"))
    doc = Document(id="t", raw_text=text, text=text, language="id", entities=ents, temporal=tx,
                   published=Published(published))
    for qtext, speaker in quotes or []:
        i = text.index(qtext)
        ent = next(e for e in ents if e.name == speaker)
        doc.quotes.append(Quote(id="q1", text=qtext, span=Span(i, i + len(qtext), qtext),
                                speaker=Speaker(name=speaker, entity=ent.id, code=ent.code)))
    return doc


def codes(refs) -> list[str]:
    return [r.code for r in refs]


def test_passive_agent_is_actor(ex: EventExtractor) -> None:
    doc = ex(make("Budi ditangkap oleh polisi di Jakarta."))
    [ev] = doc.events
    assert ev.type == "COERCE" and ev.mode == ["arrest"]
    assert [a.sector for a in ev.actor] == ["COP"] and [r.name for r in ev.recipient] == ["Budi"]
    assert ev.location == {"name": "Jakarta", "country": "IDN"}


def test_bare_passive_agent_and_clause_date(ex: EventExtractor) -> None:
    doc = ex(make("Budi ditahan KPK pada Rabu (6/8).", published="2025-10-20",
                  temporal=[("Rabu (6/8)", "2025-08-06")]))
    [ev] = doc.events
    assert codes(ev.actor) == ["IDN"] and ev.actor[0].sector == "JUD"
    assert ev.date == "2025-08-06"


def test_compound_actor_and_agreement_content_not_coded(ex: EventExtractor) -> None:
    doc = ex(make("Korea Selatan, Amerika Serikat, dan Jepang sepakat untuk memperkuat kerja sama keamanan."))
    assert [e.type for e in doc.events] == ["AGREE"]
    assert codes(doc.events[0].actor) == ["KOR", "USA", "JPN"] and doc.events[0].recipient == []
    assert all(a.sector == "GOV" for a in doc.events[0].actor)  # bare countries acting as states


def test_negation(ex: EventExtractor) -> None:
    [ev] = ex(make("KPK tidak menangkap Budi.")).events
    assert ev.negated and not ev.hypothetical


def test_conditional_aid_is_hypothetical(ex: EventExtractor) -> None:
    doc = ex(make("Rusia memberikan bantuan militer kepada Korea Utara jika terjadi invasi."))
    aid = [e for e in doc.events if e.type == "AID"]
    assert aid and aid[0].hypothetical and aid[0].date is None
    assert codes(aid[0].actor) == ["RUS"] and codes(aid[0].recipient) == ["PRK"]


def test_future_meeting_is_agree(ex: EventExtractor) -> None:
    [ev] = ex(make("Cho akan bertemu Blinken pekan depan.")).events
    assert ev.type == "AGREE" and not ev.hypothetical
    assert codes(ev.actor) == ["KOR"] and codes(ev.recipient) == ["USA"]


def test_future_conflict_is_not_actual(ex: EventExtractor) -> None:
    [ev] = ex(make("Polisi akan menangkap Budi.")).events
    assert ev.type == "COERCE" and ev.hypothetical


def test_visit_has_host_as_recipient(ex: EventExtractor) -> None:
    [ev] = ex(make("Jokowi mengunjungi Jepang.")).events
    assert ev.type == "CONSULT" and ev.mode == ["visit"]
    assert codes(ev.actor) == ["IDN"] and codes(ev.recipient) == ["JPN"]


def test_phone_call_is_reciprocal(ex: EventExtractor) -> None:
    [ev] = ex(make("Cho melakukan percakapan telepon dengan Blinken.")).events
    assert ev.type == "CONSULT" and ev.mode == ["phone"]
    assert sorted(codes(ev.actor)) == ["KOR", "USA"] and ev.recipient == []


def test_refusal_absorbs_the_refused_act(ex: EventExtractor) -> None:
    doc = ex(make("Indonesia menolak untuk bertemu Israel."))
    assert [e.type for e in doc.events] == ["REJECT"]


def test_request_makes_the_demanded_act_hypothetical(ex: EventExtractor) -> None:
    doc = ex(make("Jokowi meminta polisi menangkap Budi."))
    req = [e for e in doc.events if e.type == "REQUEST"]
    coe = [e for e in doc.events if e.type == "COERCE"]
    assert req and not req[0].hypothetical and codes(req[0].recipient) == ["IDN"]
    assert coe and coe[0].hypothetical


def test_trigger_word_inside_a_name_is_not_an_event(ex: EventExtractor) -> None:
    doc = ex(make("Organisasi Pelarangan Senjata Kimia mengecam Rusia."))
    assert [e.type for e in doc.events] == ["ACCUSE"]
    assert codes(doc.events[0].actor) == ["IGO:OPCW"]


def test_named_crime_is_not_an_event(ex: EventExtractor) -> None:
    doc = ex(make("Budi ditahan polisi atas tuduhan pembunuhan."))
    assert [e.type for e in doc.events] == ["COERCE"]


def test_event_in_quote_is_attributed(ex: EventExtractor) -> None:
    text = "“Kami sepakat untuk bekerja sama dengan Amerika Serikat,” kata Cho."
    doc = ex(make(text, quotes=[("Kami sepakat untuk bekerja sama dengan Amerika Serikat,", "Cho")]))
    [ev] = doc.events
    assert ev.type == "AGREE" and ev.attributed_to is not None
    assert "KOR" in codes(ev.actor)


def test_same_event_twice_is_one_record(ex: EventExtractor) -> None:
    doc = ex(make("Polisi menangkap Budi. Budi ditangkap polisi di Jakarta."))
    assert len([e for e in doc.events if e.type == "COERCE"]) == 1


def test_explain_names_rule_and_arguments(ex: EventExtractor) -> None:
    [ev] = ex(make("KPK menetapkan Budi sebagai tersangka.")).events
    assert ev.type == "ACCUSE" and ev.mode == ["allege"]
    assert ev.explain["rule"]["root"] == "tetap" and ev.explain["trigger"] == "menetapkan"
    assert "actor" in ev.explain and "recipient" in ev.explain
    assert ev.evidence and ev.evidence.text in "KPK menetapkan Budi sebagai tersangka."
    assert 0 < ev.confidence <= 1


def test_no_codable_participant_no_event(ex: EventExtractor) -> None:
    assert ex(make("Seorang pria menangkap ikan di laut.")).events == []


def test_empty_and_odd_documents_do_not_crash(ex: EventExtractor) -> None:
    assert ex(Document(id="e", raw_text="")).events == []
    odd = Document(id="o", raw_text="x", text="menangkap ditangkap ,,, “ ” \n\n sepakat", language="id")
    assert ex(odd).events == []


def test_english_article(ex: EventExtractor) -> None:
    text = "Police arrested Budi in Jakarta on Monday."
    doc = make(text)
    doc.language = "en"
    doc.entities.append(Entity(id="P", name="Police", label="ORG", code="IDN", sector="COP",
                               mentions=[Mention(0, 6, "Police")]))
    [ev] = ex(doc).events
    assert ev.type == "COERCE" and codes(ev.actor) == ["IDN"]


def test_seed_events(seed_path, pipeline) -> None:
    """The founding example: the events ANNOTATION.md codes, with their dates, and nothing
    else claimed as an actual event."""
    doc = Document(id="seed", raw_text=seed_path.read_text(encoding="utf-8"))
    doc = pipeline(doc)
    actual = [e for e in doc.events if not e.negated and not e.hypothetical]

    def find(etype: str, want: set[str]):
        return [e for e in actual if e.type == etype and {r.code for r in e.actor + e.recipient} == want]

    agree = find("AGREE", {"KOR", "USA", "JPN"})
    assert agree and agree[0].date == "2024-06-21"
    phone = [e for e in actual if e.type == "CONSULT" and "phone" in e.mode]
    assert phone and {"KOR", "USA"} <= {r.code for r in phone[0].actor}
    sign = find("SUPPORT", {"PRK", "RUS"})
    assert sign and sign[0].date == "2024-06-19"
    unsc = find("CONSULT", {"KOR", "IGO:UNSC"})
    assert unsc and unsc[0].date == "2024-06-20"
    assert any(e.type == "AID" and e.hypothetical for e in doc.events)
    title = find("CONSULT", {"PRK", "RUS"})  # "usai pertemuan Kim-Putin", stated only in the title
    assert title and title[0].date is None and title[0].explain.get("source") == "title"
    assert len(actual) == 5


def test_reported_speech_is_attributed_to_the_speaker(ex: EventExtractor) -> None:
    [ev] = ex(make("Jokowi mengatakan polisi telah menangkap Budi.")).events
    assert ev.type == "COERCE" and ev.attributed_to is not None
    assert ev.attributed_to == next(e.id for e in ex(make("Jokowi")).entities if e.name == "Jokowi")
    [ev2] = ex(make("Polisi telah menangkap Budi, kata Jokowi.")).events
    assert ev2.attributed_to == ev.attributed_to


def test_speech_verb_alone_is_not_an_event(ex: EventExtractor) -> None:
    assert ex(make("Jokowi mengatakan hal itu kepada Cho.")).events == []


def test_undergoing_makes_the_subject_the_target(ex: EventExtractor) -> None:
    [ev] = ex(make("Jepang mengalami serangan siber dari Korea Utara.")).events
    assert ev.type == "COERCE" and codes(ev.recipient) == ["JPN"] and codes(ev.actor) == ["PRK"]


def test_meeting_with_journalists_is_not_consult(ex: EventExtractor) -> None:
    KNOWN["wartawan"] = ("IDN", "MED", "PER")
    try:
        assert ex(make("Jokowi ditemui wartawan di Jakarta.")).events == []
        assert ex(make("Jokowi bertemu wartawan di Jakarta.")).events == []
    finally:
        del KNOWN["wartawan"]


def test_barring_entry_is_reject(ex: EventExtractor) -> None:
    doc = ex(make("Budi tidak diizinkan masuk ke Jepang oleh polisi."))
    assert [e.type for e in doc.events] == ["REJECT"] and not doc.events[0].negated


def test_light_verb_lends_its_subject_only_when_light(ex: EventExtractor) -> None:
    [ev] = ex(make("KPK melakukan penggeledahan terhadap Budi.")).events
    assert ev.type == "COERCE" and [a.sector for a in ev.actor] == ["JUD"] and codes(ev.recipient) == ["IDN"]
    evs = {e.type: e for e in ex(make("KPK mengabulkan permohonan Budi.")).events}
    # the request is Budi's, not the KPK's; granting it is the KPK's concession
    assert "REQUEST" in evs and [a.sector for a in evs["REQUEST"].actor] != ["JUD"]
    assert "CONCEDE" in evs and [a.sector for a in evs["CONCEDE"].actor] == ["JUD"]


def test_title_only_event_without_spans(ex: EventExtractor) -> None:
    doc = make("Cho tiba di Seoul pada hari itu.")
    doc.title = "Cho bertemu Blinken"
    KNOWN_TITLE = Entity(id="B", name="Antony Blinken", label="PER", code="USA", sector="GOV",
                         mentions=[])
    doc.entities.append(KNOWN_TITLE)
    [ev] = ex(doc).events
    assert ev.type == "CONSULT" and ev.evidence is None and ev.trigger is None
    assert sorted(codes(ev.actor)) == ["KOR", "USA"] and ev.date is None


def test_planned_attack_is_hypothetical(ex: EventExtractor) -> None:
    [ev] = ex(make("Korea Utara menyiapkan rencana serangan ke Jepang.")).events
    assert ev.type == "ASSAULT" and ev.hypothetical


def test_conditional_promise_is_still_a_promise(ex: EventExtractor) -> None:
    evs = ex(make("Amerika Serikat berjanji akan membela Jepang jika diserang.")).events
    actual = [e for e in evs if not e.hypothetical and not e.negated]
    assert [e.type for e in actual] == ["AGREE"]  # the attack "jika diserang" is only conditional


def test_promised_giving_is_agree_and_plain_giving_is_not_coded(ex: EventExtractor) -> None:
    [ev] = ex(make("Bantuan itu akan diberikan kepada Budi oleh KPK.")).events
    assert ev.type == "AGREE"
    assert ex(make("KPK memberikan keterangan kepada Budi.")).events == []


def test_week_reference_defers_to_the_dated_restatement(ex: EventExtractor) -> None:
    text = ("Rusia dan Korea Utara menandatangani perjanjian pada pekan ini. "
            "Pada Rabu (19 Juni), Rusia dan Korea Utara menandatangani perjanjian itu.")
    doc = ex(make(text, temporal=[("pekan ini", "2024-06"), ("Rabu (19 Juni)", "2024-06-19")]))
    [ev] = doc.events
    assert ev.type == "SUPPORT" and ev.date == "2024-06-19"


def test_bad_offsets_and_odd_sentences_do_not_crash(ex: EventExtractor) -> None:
    doc = make("KPK menangkap Budi. Polisi menahan Budi.")
    doc.entities.append(Entity(id="X", name="X", label="ORG", code="IDN",
                               mentions=[Mention(500, 510, "X"), Mention(5, 3, "?")]))
    doc.sentences = [Span(20, 41, doc.text[20:41]), Span(0, 25, doc.text[0:25])]  # unsorted, overlapping
    doc.temporal = [Timex(900, 910, "?", "2020-01-01")]
    events = ex(doc).events
    assert any(e.type == "COERCE" for e in events)


def test_judgement_voiced_by_a_speaker_is_an_accusation(ex: EventExtractor) -> None:
    [ev] = [e for e in ex(make("Indonesia menyebut serangan Israel sebagai genosida.")).events if e.type == "ACCUSE"]
    assert codes(ev.actor) == ["IDN"] and codes(ev.recipient) == ["ISR"]
    assert ex(make("Kata genosida sering dipakai.")).events == []


def test_agentless_state_acts_take_the_home_state(ex: EventExtractor) -> None:
    doc = ex(make("Seorang pria ditangkap di Jakarta. Dia kemudian diperiksa sebagai tersangka."))
    types = {e.type: e for e in doc.events}
    assert "COERCE" in types and codes(types["COERCE"].actor) == ["IDN"]
    assert types["COERCE"].actor[0].sector == "COP"
    assert "ACCUSE" in types and codes(types["ACCUSE"].actor) == ["IDN"]


def test_passive_object_before_the_verb_satisfies_the_lexicon(ex: EventExtractor) -> None:
    [ev] = ex(make("Uang Budi tidak dikembalikan oleh KPK.")).events
    assert ev.type == "RETREAT" and ev.negated


def test_titled_name_lists_after_a_passive(ex: EventExtractor) -> None:
    doc = ex(make("Acara itu dihadiri Menteri Luar Negeri Cho, Menteri Luar Negeri Blinken, dan Jokowi."))
    [ev] = doc.events
    assert ev.type == "CONSULT" and sorted(codes(ev.actor)) == ["IDN", "KOR", "USA"]


def test_genitive_after_result_and_process_nouns(ex: EventExtractor) -> None:
    [ev] = ex(make("Indonesia menghadapi gugatan Israel.")).events
    assert ev.type == "ACCUSE" and codes(ev.actor) == ["ISR"]
    [ev2] = ex(make("KPK menyebut penangkapan Budi sah.")).events
    assert ev2.type == "COERCE" and ev2.recipient and ev2.recipient[0].name == "Budi"


# ---------------------------------------------------------------- foreign-news patterns
def test_warning_with_readiness_to_use_force_is_a_threat(ex: EventExtractor) -> None:
    doc = ex(make("Korea Utara memperingatkan bahwa pihaknya siap menggunakan kekuatan militer terhadap "
                  "Amerika Serikat."))
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert threats and not any(e.hypothetical for e in threats)
    assert any(codes(e.actor) == ["PRK"] and codes(e.recipient) == ["USA"] for e in threats)
    # an admonition of one's own officials is a request, not a threat
    [ev] = ex(make("Jokowi memperingatkan polisi agar tidak sewenang-wenang.")).events
    assert ev.type == "REQUEST"


def test_request_to_all_parties_names_the_parties(ex: EventExtractor) -> None:
    doc = ex(make("Guterres meminta semua pihak untuk menahan diri setelah bentrokan antara India dan Pakistan."))
    [req] = [e for e in doc.events if e.type == "REQUEST"]
    assert codes(req.actor) == ["IGO:UN"] and sorted(codes(req.recipient)) == ["IND", "PAK"]


def test_sanctions_against_a_target(ex: EventExtractor) -> None:
    [ev] = ex(make("Sanksi Amerika Serikat terhadap Iran mulai berlaku.")).events
    assert ev.type == "SANCTION" and codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["IRN"]
    [ev2] = ex(make("Jepang menerapkan sanksi PBB terhadap Korea Utara.")).events
    assert codes(ev2.actor) == ["JPN"] and codes(ev2.recipient) == ["PRK"]
    assert ex(make("Sanksi tegas menanti pelanggar aturan di Jakarta.")).events == []


def test_effort_to_resume_talks_is_an_agreement(ex: EventExtractor) -> None:
    [ev] = ex(make("Presiden menegaskan upaya Korea Selatan untuk memulai kembali dialog dengan Korea Utara.")).events
    assert ev.type == "AGREE" and not ev.hypothetical
    assert codes(ev.actor) == ["KOR"] and codes(ev.recipient) == ["PRK"]


def test_missile_launch_has_no_place_recipient_and_sunday_is_a_day(ex: EventExtractor) -> None:
    doc = ex(make("Korea Utara meluncurkan rudal balistik ke Laut Jepang pada Minggu (14/5).",
                  published="2017-05-15", temporal=[("Minggu (14/5)", "2017-05-14")]))
    [ev] = doc.events
    assert ev.type == "MOBILIZE" and codes(ev.actor) == ["PRK"] and ev.recipient == []
    assert ev.date == "2017-05-14"


def test_meals_and_mediation_are_consultations(ex: EventExtractor) -> None:
    [ev] = ex(make("Cho dan Blinken makan malam bersama di Jakarta.")).events
    assert ev.type == "CONSULT" and sorted(codes(ev.actor)) == ["KOR", "USA"]
    [ev2] = ex(make("Kuwait menengahi kisruh antara Qatar dan Arab Saudi.")).events
    assert ev2.type == "CONSULT" and ev2.mode == ["third-party"]
    assert codes(ev2.actor) == ["KWT"] and sorted(codes(ev2.recipient)) == ["QAT", "SAU"]
    assert ex(make("Budi makan malam di Jakarta.")).events == []


def test_disagreement_is_a_rejection(ex: EventExtractor) -> None:
    [ev] = ex(make("Rusia tetap tidak setuju dengan rencana Amerika Serikat.")).events
    assert ev.type == "REJECT" and not ev.negated
    assert codes(ev.actor) == ["RUS"] and codes(ev.recipient) == ["USA"]


def test_an_order_takes_the_ordered_acts_type(ex: EventExtractor) -> None:
    doc = ex(make("Kuwait memerintahkan pengusiran 15 diplomat Iran."))
    assert [e.type for e in doc.events] == ["SANCTION"]
    ev = doc.events[0]
    assert ev.mode == ["expel"] and not ev.hypothetical
    assert codes(ev.actor) == ["KWT"] and codes(ev.recipient) == ["IRN"]


def test_pronoun_and_noun_phrase_subjects_point_back(ex: EventExtractor) -> None:
    doc = ex(make("Jokowi hadir di Jakarta. Ia kemudian menampik tuduhan itu."))
    [ev] = [e for e in doc.events if e.type == "REJECT"]
    assert codes(ev.actor) == ["IDN"] and ev.actor[0].name == "Jokowi"
    doc2 = ex(make("Cho tiba di Jakarta. Pria berusia 70 tahun itu membantah tuduhan tersebut."))
    [ev2] = [e for e in doc2.events if e.type == "REJECT"]
    assert codes(ev2.actor) == ["KOR"]


def test_agentless_release_on_appeal_is_the_home_courts_concession(ex: EventExtractor) -> None:
    doc = make("Jurnalis Can Dundar dibebaskan setelah mengajukan banding.")
    doc.meta["home_country"] = "TUR"
    [ev] = ex(doc).events
    assert ev.type == "CONCEDE" and codes(ev.actor) == ["TUR"] and ev.actor[0].sector == "JUD"
    # a plain release with an uncoded agent is not guessed
    assert all(not e.actor for e in ex(make("Can Dundar dibebaskan oleh kelompok bersenjata.")).events)


def test_meetings_within_one_government_are_not_coded(ex: EventExtractor) -> None:
    assert ex(make("Jokowi bertemu Ketua MPR di Jakarta.")).events == []
    assert [e.type for e in ex(make("Jokowi bertemu Cho di Jakarta.")).events] == ["CONSULT"]


def test_allegations_need_a_close_wrongdoing(ex: EventExtractor) -> None:
    [ev] = ex(make("Qatar diyakini mendanai kelompok teroris, menurut Arab Saudi.")).events
    assert ev.type == "ACCUSE" and codes(ev.actor) == ["SAU"] and codes(ev.recipient) == ["QAT"]
    doc = ex(make("Budi disebut meneriakkan slogan sebelum kabur, namun polisi menyatakan ia tidak terlibat."))
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_abuse_at_an_institution_is_the_institutions_countrys_assault(ex: EventExtractor) -> None:
    [ev] = ex(make("Ratusan anak menjadi korban pelecehan seksual di gereja Katolik Australia.")).events
    assert ev.type == "ASSAULT" and ev.mode == ["sexual"] and codes(ev.actor) == ["AUS"]
    assert ex(make("Ratusan warga menjadi korban pelecehan di media sosial.")).events == []


def test_storms_and_matches_are_not_attacks_or_threats(ex: EventExtractor) -> None:
    assert ex(make("Badai tropis itu mengancam Jepang pekan ini.")).events == []
    assert ex(make("Striker Korea Selatan menyerang pertahanan Jepang di laga itu.")).events == []
    assert [e.type for e in ex(make("Korea Utara mengancam Jepang.")).events] == ["THREATEN"]


def test_undated_event_takes_its_paragraphs_statement_date(ex: EventExtractor) -> None:
    text = ("KPK menahan Budi di Jakarta. Hal itu disampaikan juru bicara KPK, Senin (20/10).\n"
            "Polisi menembak Budi di Bandung.")
    doc = ex(make(text, published="2025-10-30", temporal=[("Senin (20/10)", "2025-10-20")]))
    by_type = {ev.type: ev for ev in doc.events}
    assert by_type["COERCE"].date == "2025-10-20"  # the pair in its own paragraph
    assert by_type["ASSAULT"].date == "2025-10-30"  # another paragraph: the article's date


def test_old_pair_in_the_paragraph_does_not_date_todays_news(ex: EventExtractor) -> None:
    text = "KPK menahan Budi. Kasus itu bermula pada Senin (6/1)."
    doc = ex(make(text, published="2025-10-22", temporal=[("Senin (6/1)", "2025-01-06")]))
    assert [ev.date for ev in doc.events if ev.type == "COERCE"] == ["2025-10-22"]


def make_ents(text: str, names: dict[str, tuple[str, str | None, str, str | None, str | None]]) -> Document:
    """A document with the given entities: name -> (code, sector, label, role, source)."""
    ents = []
    for n, (name, (code, sector, label, role, source)) in enumerate(names.items()):
        ms = [Mention(m.start(), m.end(), name) for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)]
        ents.append(Entity(id=f"F{n}", name=name, label=label, code=code, sector=sector, role=role,
                           source=source, mentions=ms))
    return Document(id="t", raw_text=text, text=text, language="id", entities=ents,
                    published=Published("2017-07-20"))


def test_implementing_un_sanctions_is_the_implementers_sanction(ex: EventExtractor) -> None:
    doc = ex(make_ents("China mengimplementasikan secara penuh sanksi PBB terhadap Korut.", {
        "China": ("CHN", None, "GPE", None, "kb"), "PBB": ("IGO:UN", None, "ORG", None, "kb"),
        "Korut": ("PRK", None, "GPE", None, "kb")}))
    [ev] = doc.events  # the noun 'sanksi' is the verb's object, not a second sanction by the UN
    assert ev.type == "SANCTION" and codes(ev.actor) == ["CHN"] and codes(ev.recipient) == ["PRK"]


def test_urging_someone_to_act_is_request_but_pushing_growth_is_not(ex: EventExtractor) -> None:
    names = {"Trump": ("USA", "GOV", "PER", "Presiden", "kb"), "China": ("CHN", None, "GPE", None, "kb")}
    [ev] = ex(make_ents("Trump mendorong China untuk berbuat lebih banyak.", names)).events
    assert ev.type == "REQUEST" and codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["CHN"]
    assert not ex(make_ents("Trump mendorong pertumbuhan ekonomi untuk rakyat China.", names)).events


def test_lifting_a_ban_for_a_countrys_passengers(ex: EventExtractor) -> None:
    doc = ex(make_ents("Amerika Serikat mencabut larangan membawa laptop bagi penumpang maskapai Saudi.", {
        "Amerika Serikat": ("USA", "GOV", "GPE", None, "kb"), "penumpang": ("USA", "CVL", "PER", None, "generic"),
        "Saudi": ("SAU", None, "GPE", None, "kb")}))
    [ev] = doc.events  # 'larangan' is what is lifted, not a second (COERCE) event
    assert ev.type == "CONCEDE" and codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["SAU"]


def test_abuse_at_an_institution_is_the_institutions_country(ex: EventExtractor) -> None:
    doc = ex(make_ents("Ratusan anak menjadi korban pelecehan seksual di sekolah paduan suara Katolik Jerman.", {
        "Jerman": ("DEU", None, "GPE", None, "kb")}))
    [ev] = doc.events
    assert ev.type == "ASSAULT" and ev.mode == ["sexual"] and codes(ev.actor) == ["DEU"]


def test_leader_lunching_with_lawmakers_is_consult_but_ministers_among_themselves_not(ex: EventExtractor) -> None:
    text = "Trump santap siang bersama para senator Partai Republik."
    names = {"Trump": ("USA", "GOV", "PER", "Presiden", "kb"),
             "Partai Republik": ("USA", "LEG", "PER", "senator", "role-pattern")}
    [ev] = ex(make_ents(text, names)).events
    assert ev.type == "CONSULT" and sorted(codes(ev.actor)) == ["USA", "USA"]
    names["Trump"] = ("USA", "GOV", "PER", "Menteri", "kb")
    assert not ex(make_ents(text, names)).events


def test_meeting_at_a_multilateral_body(ex: EventExtractor) -> None:
    doc = ex(make_ents("Duta Besar AS untuk PBB Nikki Haley, dalam pertemuan di Dewan Keamanan, mengatakan "
                       "Washington siap bertindak.", {
                           "PBB": ("IGO:UN", None, "ORG", None, "kb"),
                           "Nikki Haley": ("USA", "GOV", "PER", "Duta Besar", "role-pattern"),
                           "Dewan Keamanan": ("IGO:UNSC", None, "ORG", None, "kb")}))
    [ev] = [e for e in doc.events if e.type == "CONSULT"]
    assert sorted(codes(ev.actor)) == ["IGO:UNSC", "USA"] and ev.mode == ["multilateral"]


def test_claim_whose_content_is_a_clause(ex: EventExtractor) -> None:
    doc = ex(make_ents("Seorang jenderal militer bahkan mengklaim, tak jarang pengantin ISIS menggunakan "
                       "anak-anak mereka sebagai perisai.", {
                           "militer": ("IRQ", "MIL", "ORG", None, "generic"), "ISIS": ("IRQ", "REB", "ORG", None, "kb")}))
    [ev] = doc.events
    assert ev.type == "ACCUSE" and [a.sector for a in ev.actor] == ["MIL"] and codes(ev.recipient) == ["IRQ"]
    assert not ev.negated


@pytest.mark.parametrize("sentence,etype,actor,recipient", [
    # the subject of a receiving / undergoing verb is the target of the noun's act
    ("Korea Utara dijatuhi sanksi oleh Amerika Serikat.", "SANCTION", ["USA"], ["PRK"]),
    ("Iran dikenai sanksi oleh Amerika Serikat.", "SANCTION", ["USA"], ["IRN"]),
    ("Korea Utara dimasukkan ke dalam daftar hitam PBB.", "SANCTION", ["IGO:UN"], ["PRK"]),
    ("Korea Utara masuk daftar hitam PBB.", "SANCTION", ["IGO:UN"], ["PRK"]),
    ("Pakistan mendapat bantuan dari Jepang.", "AID", ["JPN"], ["PAK"]),
    ("Pakistan mendapatkan bantuan dari Jepang.", "AID", ["JPN"], ["PAK"]),
    ("Pakistan memperoleh bantuan dari Jepang.", "AID", ["JPN"], ["PAK"]),
])
def test_receiving_verbs_make_the_subject_the_target(ex: EventExtractor, sentence: str, etype: str,
                                                     actor: list[str], recipient: list[str]) -> None:
    evs = [e for e in ex(make(sentence)).events if e.type == etype]
    assert evs, sentence
    assert codes(evs[0].actor) == actor and codes(evs[0].recipient) == recipient


def test_threat_to_do_something_to_someone_names_the_threatened(ex: EventExtractor) -> None:
    evs = ex(make("Korea Utara mengancam akan menyerang Jepang dengan rudal.")).events
    thr = [e for e in evs if e.type == "THREATEN"]
    assert thr and codes(thr[0].actor) == ["PRK"] and codes(thr[0].recipient) == ["JPN"]
    # a threat with no one named after it has no recipient
    [ev] = [e for e in ex(make("Korea Utara mengancam akan mundur.")).events if e.type == "THREATEN"] or [None]
    assert ev is None or not ev.recipient


def test_repatriation_effort_still_under_way_is_hypothetical_aid(ex: EventExtractor) -> None:
    [ev] = [e for e in ex(make("Indonesia masih berupaya untuk memulangkan Budi ke Jakarta.")).events if e.type == "AID"]
    assert codes(ev.actor) == ["IDN"] and codes(ev.recipient) == ["IDN"] and ev.hypothetical
    [done] = [e for e in ex(make("Indonesia telah memulangkan Budi dari Arab Saudi.")).events if e.type == "AID"]
    assert not done.hypothetical and codes(done.recipient) == ["IDN"]


def test_a_future_time_in_the_clause_is_not_the_date_of_the_demand(ex: EventExtractor) -> None:
    doc = ex(make("Budi menuntut polisi menaikkan upah tahun depan.", published="2025-11-05",
                  temporal=[("tahun depan", "2026")]))
    assert [e.date for e in doc.events if e.type == "REQUEST"] == ["2025-11-05"]
    past = ex(make("Polisi menangkap Budi pada Rabu (6/8).", published="2025-10-20",
                   temporal=[("Rabu (6/8)", "2025-08-06")]))
    assert [e.date for e in past.events if e.type == "COERCE"] == ["2025-08-06"]


def test_passive_urging_takes_the_act_urged_not_a_cause(ex: EventExtractor) -> None:
    """"X didorong menanam ..." is an appeal to X (the urger left unnamed); "didorong oleh
    harga" (driven by) is not an event."""
    [ev] = [e for e in ex(make("Para petani juga didorong menanam jagung saat musim kemarau.")).events
            if e.type == "REQUEST"]
    assert codes(ev.recipient) == ["IDN"] and not ev.actor
    assert not [e for e in ex(make("Panen petani didorong oleh harga jagung yang tinggi.")).events
                if e.type == "REQUEST"]


def test_war_between_the_two_countries_named_before(ex: EventExtractor) -> None:
    doc = ex(make("Wilayah itu lama diperebutkan India dan Pakistan, dan pernah memicu perang antara kedua negara."))
    [ev] = [e for e in doc.events if e.type == "ASSAULT"]
    assert sorted(codes(ev.actor)) == ["IND", "PAK"] and not ev.recipient


def test_agent_of_a_passive_light_verb_does_the_noun(ex: EventExtractor) -> None:
    [ev] = [e for e in ex(make("Markas kelompok itu hancur setelah serangan dilancarkan Filipina.")).events
            if e.type == "ASSAULT"]
    assert codes(ev.actor) == ["PHL"]


def test_a_protest_crowd_demand_is_the_protest(ex: EventExtractor) -> None:
    """PLOVER: demands made by demonstrating are PROTEST, and the topic is not a second event."""
    evs = ex(make("Ratusan petani mendatangi kantor DPRD Sleman menuntut harga pupuk diturunkan.")).events
    assert [e.type for e in evs] == ["PROTEST"]
    assert codes(evs[0].actor) == ["IDN"] and codes(evs[0].recipient) == ["IDN"]
    [ev] = ex(make("Pekan lalu petani menggedor kantor DPRD Sleman.")).events
    assert ev.type == "PROTEST" and ev.recipient[0].sector == "LEG"
    # visiting an office is no protest
    assert not [e for e in ex(make("Jokowi mendatangi kantor DPRD Sleman pada Senin.")).events if e.type == "PROTEST"]


def test_consultation_with_an_unnamed_partner(ex: EventExtractor) -> None:
    """"berkoordinasi dengan para pedagang": a consultation with at least one codable party."""
    [ev] = [e for e in ex(make("KPK berkoordinasi dengan para pedagang pasar sebelum razia.")).events
            if e.type == "CONSULT"]
    assert codes(ev.actor) == ["IDN"]


@pytest.mark.parametrize("sentence,etype", [
    ("Budi tak mau menyerah dan terus melawan polisi.", "REJECT"),
    ("Warga yang curiga langsung menelepon polisi.", "ACCUSE"),
    ("Budi dikenakan pasal berlapis oleh polisi.", "ACCUSE"),
    ("Korea Utara menghukum mati dua pejabatnya pekan lalu.", "ASSAULT"),
])
def test_refusals_reports_charges_and_executions(ex: EventExtractor, sentence: str, etype: str) -> None:
    assert etype in [e.type for e in ex(make(sentence)).events], sentence


def test_keduanya_may_point_back_to_a_generic_plural(ex: EventExtractor) -> None:
    """"Kedua pelaku ... Keduanya tak mau menyerah": a generic noun names the pair."""
    text = "Dua pencuri itu dikejar polisi. Keduanya tak mau menyerah dan kabur."
    doc = make(text)
    start = text.index("pencuri")
    doc.entities.append(Entity(id="G1", name="pencuri", label="PER", code="IDN", sector="CRM", source="generic",
                               mentions=[Mention(start, start + len("pencuri"), "pencuri")]))
    [ev] = [e for e in ex(doc).events if e.type == "REJECT"]
    assert codes(ev.actor) == ["IDN"] and ev.actor[0].sector == "CRM"


def test_agencies_of_one_state_coordinating_is_internal(ex: EventExtractor) -> None:
    assert not [e for e in ex(make("Jokowi berkoordinasi dengan polisi soal buronan itu.")).events if e.type == "CONSULT"]


def test_urging_needs_the_urged_right_after_the_verb(ex: EventExtractor) -> None:
    [ev] = [e for e in ex(make("Blinken mendorong Jepang, sekutu terdekatnya, untuk berbuat lebih banyak.")).events
            if e.type == "REQUEST"]
    assert codes(ev.recipient) == ["JPN"]
    assert not [e for e in ex(make("Kebijakan itu mendorong pertumbuhan ekonomi Indonesia untuk naik.")).events
                if e.type == "REQUEST"]


@pytest.mark.parametrize("cue", ["berpotensi", "terancam"])
def test_possible_act_cues_make_the_event_hypothetical(ex: EventExtractor, cue: str) -> None:
    """'berpotensi'/'terancam' before the act: possible, not reported as done (ANNOTATION.md)."""
    plain = [e for e in ex(make("Budi ditangkap polisi di Jakarta.")).events if e.type == "COERCE"]
    assert plain and not plain[0].hypothetical
    [ev] = [e for e in ex(make(f"Budi {cue} ditangkap polisi di Jakarta.")).events if e.type == "COERCE"]
    assert ev.hypothetical


def test_negation_before_a_light_verb_negates_the_noun_act(ex: EventExtractor) -> None:
    """'polisi tidak melakukan penangkapan': the negation modifies the light verb, so the arrest
    did not happen (ANNOTATION.md: negated)."""
    [plain] = [e for e in ex(make("Jokowi mengatakan polisi melakukan penangkapan terhadap Budi.")).events
               if e.type == "COERCE"]
    assert not plain.negated
    [ev] = [e for e in ex(make("Jokowi mengatakan polisi tidak melakukan penangkapan terhadap Budi.")).events
            if e.type == "COERCE"]
    assert ev.negated and codes(ev.actor) == ["IDN"] and ev.actor[0].sector == "COP"


@pytest.mark.parametrize("light", ["terlibat", "berpartisipasi"])
def test_taking_part_in_an_act_is_doing_it(ex: EventExtractor, light: str) -> None:
    """'Cho terlibat dalam perundingan dengan Blinken': the subject of the light verb (with
    'dalam' before the noun) does the noun's act."""
    doc = ex(make(f"Cho {light} dalam perundingan dengan Blinken di Jakarta."))
    [ev] = [e for e in doc.events if e.type == "CONSULT"]
    assert sorted(codes(ev.actor)) == ["KOR", "USA"]
    [neg] = [e for e in ex(make(f"Cho tidak {light} dalam perundingan dengan Blinken di Jakarta.")).events
             if e.type == "CONSULT"]
    assert neg.negated


@pytest.mark.parametrize("conj", ["atau", "maupun"])
def test_negation_is_shared_by_disjoined_verbs(ex: EventExtractor, conj: str) -> None:
    """'Budi tidak pernah ditangkap atau ditahan polisi': neither act happened."""
    evs = [e for e in ex(make(f"Budi tidak pernah ditangkap {conj} ditahan polisi.")).events if e.type == "COERCE"]
    assert evs and all(e.negated for e in evs)
    # a negated verb further left, with its object between ("tidak bisa menangani kasus itu atau ...")
    far = ex(make(f"KPK tidak bisa menangani kasus itu {conj} terlibat dalam perundingan dengan Budi."))
    assert [e.negated for e in far.events if e.type == "CONSULT"] == [True]


def test_and_does_not_share_a_negation(ex: EventExtractor) -> None:
    """With 'dan' the negation often covers one act only: the second act stays reported."""
    doc = ex(make("Polisi tidak menahan Budi dan menangkap Jokowi di Jakarta."))
    assert [e.negated for e in doc.events if e.type == "COERCE"] == [True, False]


def test_one_asked_for_is_the_target_of_a_demanded_passive(ex: EventExtractor) -> None:
    """'petani meminta Budi ditangkap': the arrest is demanded (hypothetical), and it is Budi
    who would be arrested, not the ones asking."""
    doc = ex(make("Para petani meminta Budi ditangkap polisi."))
    [req] = [e for e in doc.events if e.type == "REQUEST"]
    assert codes(req.actor) == ["IDN"] and req.actor[0].sector == "CVL"
    [ev] = [e for e in doc.events if e.type == "COERCE"]
    assert ev.hypothetical
    assert [r.sector for r in ev.recipient] == ["CRM"]


def test_title_before_the_one_asked_keeps_the_act_demanded(ex: EventExtractor) -> None:
    """'mendesak Presiden Jokowi menangkap Budi': a title between the request and the name
    the actors stage coded does not turn the demanded arrest into a reported one."""
    doc = ex(make("Para petani mendesak Presiden Jokowi menangkap Budi."))
    [ev] = [e for e in doc.events if e.type == "COERCE"]
    assert ev.hypothetical
    plain = ex(make("Para petani mendesak Jokowi menangkap Budi."))
    assert [e.hypothetical for e in plain.events if e.type == "COERCE"] == [True]


def test_a_request_as_a_noun_with_its_asker(ex: EventExtractor) -> None:
    """'permintaan dari X kepada Y': a request (REQUEST by X); market demand names no asker."""
    doc = ex(make("Sidang ditunda sesuai permintaan dari Budi kepada KPK di Jakarta."))
    [ev] = [e for e in doc.events if e.type == "REQUEST"]
    assert [a.sector for a in ev.actor] == ["CRM"]
    assert not [e for e in ex(make("Permintaan Indonesia terhadap batu bara meningkat.")).events if e.type == "REQUEST"]


def test_title_case_headline_is_read_like_a_sentence(ex: EventExtractor) -> None:
    # every word capitalised: "Kecam" between two capitalised words is no part of a name
    body = "Jokowi tiba di Jakarta pada hari itu. Korea Selatan dan Korea Utara juga disebut."
    doc = make(body)
    doc.title = "Korea Selatan Kecam Uji Coba Rudal Korea Utara"
    [ev] = [e for e in ex(doc).events if e.type == "ACCUSE"]
    assert ev.type == "ACCUSE" and codes(ev.actor) == ["KOR"] and codes(ev.recipient) == ["PRK"]
    # a headline in sentence case keeps its capitals: a capitalised trigger inside a name stays a name
    doc = make(body + " Organisasi Pelarangan Senjata Kimia bersidang.")
    doc.title = "Korea Selatan hadiri rapat Organisasi Pelarangan Senjata Kimia"
    assert [e for e in ex(doc).events if e.type == "ASSAULT"] == []
    # the headline's bare verb (no meN-) is a trigger in titles
    doc = make(body)
    doc.title = "Korea Selatan Kritik dan Kecam Korea Utara"
    assert "ACCUSE" in [e.type for e in ex(doc).events]


def test_short_form_in_brackets_keeps_the_participants_together(ex: EventExtractor) -> None:
    text = "Korea Selatan (Korsel) dan Jepang sepakat memperkuat kerja sama keamanan."
    ents = known_entities(text, {**KNOWN, "Korsel": ("KOR", None, "GPE")})
    doc = Document(id="t", raw_text=text, text=text, language="id", entities=ents,
                   published=Published("2024-06-21"))
    [ev] = ex(doc).events
    assert ev.type == "AGREE" and sorted(set(codes(ev.actor))) == ["JPN", "KOR"]
    # a bracket with other words in it still parts them
    text = "Korea Selatan (yang kemarin diam) dan Jepang sepakat memperkuat kerja sama."
    assert [sorted(set(codes(e.actor))) for e in ex(make(text)).events] != [["JPN", "KOR"]]


def _cue_rows(kind: str) -> list[str]:
    from importlib import resources
    text = resources.files("warta.resources").joinpath("events", "cues.tsv").read_text(encoding="utf-8")
    return [line.split("\t")[0] for line in text.splitlines()
            if not line.startswith("#") and len(line.split("\t")) > 2 and line.split("\t")[1] == kind]


@pytest.mark.parametrize("verb", _cue_rows("causative"))
def test_the_one_a_causative_verb_makes_act_is_the_actor(ex: EventExtractor, verb: str) -> None:
    # "X membuat PBB mengecam Israel": PBB condemns, X only brought it about
    evs = ex(make(f"Serangan itu {verb} PBB mengecam Israel.")).events
    assert [(e.type, codes(e.actor), codes(e.recipient)) for e in evs] == [("ACCUSE", ["IGO:UN"], ["ISR"])]


@pytest.mark.parametrize("text", [
    "Semoga polisi segera menangkap Budi di Jakarta.",
    "Mudah-mudahan polisi segera menangkap Budi di Jakarta.",
    "Jokowi berharap polisi menangkap Budi di Jakarta.",
    "Polisi diharapkan menangkap Budi di Jakarta.",
])
def test_hoped_for_acts_are_hypothetical(ex: EventExtractor, text: str) -> None:
    [ev] = [e for e in ex(make(text)).events if e.type == "COERCE"]
    assert ev.hypothetical and codes(ev.recipient) == ["IDN"]


@pytest.mark.parametrize("noun", ["pentingnya", "perlunya"])
def test_an_urged_act_is_not_done(ex: EventExtractor, noun: str) -> None:
    [ev] = ex(make(f"Jokowi menekankan {noun} kolaborasi antara polisi dan KPK.")).events
    assert ev.type == "COOPERATE" and ev.hypothetical
    [ev] = ex(make("Jokowi menekankan kolaborasi antara polisi dan KPK.")).events
    assert ev.type == "COOPERATE" and not ev.hypothetical


@pytest.mark.parametrize("aim", ["merupakan langkah tepat untuk", "menjadi cara untuk", "digelar dengan tujuan untuk",
                                 "adalah strategi untuk", "menjadi sarana untuk", "tujuannya untuk", "bertujuan"])
def test_the_aim_of_a_step_is_not_reported_as_done(ex: EventExtractor, aim: str) -> None:
    [ev] = [e for e in ex(make(f"Kegiatan itu {aim} menangkap Budi di Jakarta.")).events if e.type == "COERCE"]
    assert ev.hypothetical
    # the act itself, with its own purpose after it, is done
    [ev] = [e for e in ex(make("Polisi menangkap Budi untuk menertibkan Jakarta.")).events if e.type == "COERCE"]
    assert not ev.hypothetical


def test_object_focus_passive_in_a_quote(ex: EventExtractor) -> None:
    """"Budi sudah kami tangkap": the pronoun (the speaker) arrested, the one before it was arrested."""
    text = '"Budi sudah kami tangkap di rumahnya," kata Jokowi.'
    doc = make(text, quotes=[("Budi sudah kami tangkap di rumahnya,", "Jokowi")])
    [ev] = [e for e in ex(doc).events if e.type == "COERCE"]
    assert codes(ev.actor) == ["IDN"] and ev.actor[0].name == "Jokowi" and codes(ev.recipient) == ["IDN"]
    assert ev.recipient[0].name == "Budi"
    # the colloquial active: the pronoun opens the clause, the one acted upon follows
    text = '"Kami tangkap Budi di rumahnya," kata Jokowi.'
    doc = make(text, quotes=[("Kami tangkap Budi di rumahnya,", "Jokowi")])
    [ev] = [e for e in ex(doc).events if e.type == "COERCE"]
    assert ev.actor[0].name == "Jokowi" and ev.recipient[0].name == "Budi"
    # a bare word after a pronoun that is no verb of the lexicon is nothing
    assert ex(make("Budi sudah kami kenal sejak lama.")).events == []


def test_swapped_roles_are_two_events_not_one_restatement(ex: EventExtractor) -> None:
    # both participants IDN: KPK accused Budi, then Budi accused KPK: two accusations
    evs = [e for e in ex(make("KPK menuduh Budi menyuap. Budi menuduh KPK berbohong.")).events if e.type == "ACCUSE"]
    assert sorted((e.actor[0].name, e.recipient[0].name) for e in evs) == [("Budi", "KPK"), ("KPK", "Budi")]
    # the same accusation said twice is one
    evs = ex(make("KPK menuduh Budi menyuap. KPK juga menuduh Budi berbohong.")).events
    assert len([e for e in evs if e.type == "ACCUSE"]) == 1


def test_a_cause_without_a_coded_doer_asks_nothing(ex: EventExtractor) -> None:
    text = "Kebijakan baru itu, yang kemudian mendorong Jepang untuk mengecam Korea Utara, berlaku kemarin."
    assert [e for e in ex(make(text)).events if e.type == "REQUEST"] == []
    # a named doer still makes the urging a request
    text = "Amerika Serikat mendorong Jepang untuk mengecam Korea Utara."
    [ev] = [e for e in ex(make(text)).events if e.type == "REQUEST"]
    assert codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["JPN"]


def test_his_side_after_a_fronted_clause_is_the_one_named_before(ex: EventExtractor) -> None:
    # "Setelah KPK menangkap Budi, pihaknya ...": KPK is the subject of the fronted clause only
    evs = ex(make("Jokowi tiba di Jakarta. Setelah KPK menangkap Budi, pihaknya mendukung polisi.")).events
    [ev] = [e for e in evs if e.type == "SUPPORT"]
    assert [a.name for a in ev.actor] == ["Jokowi"]


@pytest.mark.parametrize("verb", _cue_rows("urge"))
def test_the_one_urged_does_the_act_asked_for(ex: EventExtractor, verb: str) -> None:
    # "Amerika Serikat mendesak Jepang untuk mengecam Korea Utara": Japan would condemn
    evs = ex(make(f"Amerika Serikat {verb} Jepang untuk mengecam Korea Utara.")).events
    [ev] = [e for e in evs if e.type == "ACCUSE" and codes(e.recipient) == ["PRK"]]
    assert codes(ev.actor) == ["JPN"] and codes(ev.recipient) == ["PRK"]
    if any(e.type == "REQUEST" for e in evs):
        assert ev.hypothetical  # asked for, not reported as done
    # the one urged has no name the actors found: the act asked for has no coded doer
    evs = ex(make(f"Amerika Serikat {verb} semua negara anggota untuk mengecam Korea Utara.")).events
    assert not [e for e in evs if e.type == "ACCUSE" and codes(e.recipient) == ["PRK"] and codes(e.actor)], evs


def test_the_one_spoken_to_on_the_phone_is_the_other_party(ex: EventExtractor) -> None:
    [ev] = ex(make('"Kami tidak akan diam," kata Jokowi kepada Guterres melalui telepon.')).events
    assert ev.type == "CONSULT" and ev.mode == ["phone"]
    assert sorted(codes(ev.actor) + codes(ev.recipient)) == ["IDN", "IGO:UN"]


@pytest.mark.parametrize("number", ["empat", "puluhan", "12"])
def test_a_number_after_a_preposition_does_not_make_its_noun_the_subject(ex: EventExtractor, number: str) -> None:
    # "warga yang berasal dari empat petani ...": 'petani' is governed by 'dari', not the subject
    text = f"Jokowi yang didukung oleh {number} petani mengecam KPK."
    [ev] = [e for e in ex(make(text)).events if e.type == "ACCUSE"]
    assert [a.name for a in ev.actor] == ["Jokowi"] and codes(ev.recipient) == ["IDN"]


def test_a_greeting_is_no_congratulation(ex: EventExtractor) -> None:
    assert ex(make("Jokowi mengucapkan selamat tinggal kepada Budi.")).events == []
    assert [e.type for e in ex(make("Jokowi mengucapkan selamat kepada Budi.")).events] == ["SUPPORT"]


@pytest.mark.parametrize("text", ["Polisi mengamankan jalur mudik di Jakarta.", "Budi mengamankan uang hasil penjualan itu.",
                                  "Warga dapat mengecek status penerima bantuan."])
def test_securing_a_route_or_money_and_checking_a_status_are_no_acts(ex: EventExtractor, text: str) -> None:
    assert [e for e in ex(make(text)).events if e.type in ("COERCE", "ACCUSE")] == []


@pytest.mark.parametrize("text", ["Jokowi menolak berkomentar soal Budi.", "Jokowi menolak memberikan komentar soal Budi."])
def test_declining_to_comment_is_no_rejection(ex: EventExtractor, text: str) -> None:
    assert ex(make(text)).events == []
    assert [e.type for e in ex(make("Jokowi menolak usulan Budi.")).events] == ["REJECT"]


@pytest.mark.parametrize("intent", ["berniat", "bertujuan"])
def test_a_negated_intent_negates_the_act(ex: EventExtractor, intent: str) -> None:
    [ev] = ex(make(f"Korea Selatan tidak {intent} menyerang Korea Utara.")).events
    assert ev.type == "ASSAULT" and ev.negated
    [ev] = ex(make(f"Korea Selatan {intent} menyerang Korea Utara.")).events
    assert not ev.negated and ev.hypothetical


def test_a_prepared_attack_is_not_done(ex: EventExtractor) -> None:
    [ev] = ex(make("Korea Utara melakukan persiapan menyerang Jepang.")).events
    assert ev.type == "ASSAULT" and ev.hypothetical


def test_a_fuller_restatement_keeps_the_target_it_does_not_name() -> None:
    """'Pasukan Suriah menyerang ISIS' then 'Pasukan Suriah dan pasukan Libanon menyerang kota itu':
    one attack with both forces, and ISIS still its target."""
    from warta.pipeline import process_text
    doc = process_text("Pasukan Suriah menyerang ISIS di Albu Kamal. Pasukan Suriah dan pasukan Libanon juga "
                       "menyerang kota itu.", published="2017-11-08")
    evs = [(sorted(codes(e.actor)), codes(e.recipient)) for e in doc.events if e.type == "ASSAULT"]
    assert evs == [(["LBN", "SYR"], ["SYR"])], evs
