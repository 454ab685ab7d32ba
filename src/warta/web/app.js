/* warta analyst page: plain JS over the JSON API (/api/...). No framework, no build step.
 *
 * State (tab, filters, offset) lives in the URL's query string, so a view can be
 * bookmarked or shared. Every piece of data is inserted with textContent, never as HTML.
 */
(function () {
  "use strict";

  const PLOVER = {
    1: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"],
    2: ["COOPERATE", "AID", "RETREAT"],
    3: ["REQUEST", "ACCUSE", "REJECT", "THREATEN"],
    4: ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
  };
  const QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
  const LIMIT = 50;
  const FIELDS = ["search", "type", "actor", "recipient", "speaker", "since", "until", "flags", "language"];
  /* Which filters each tab sends to its endpoint. */
  const TAB_FIELDS = {
    events: ["search", "type", "actor", "recipient", "since", "until", "flags"],
    quotes: ["search", "speaker", "since", "until"],
    articles: ["search", "type", "actor", "since", "until", "language"],
  };

  const $ = (sel) => document.querySelector(sel);
  const state = {tab: "events", offset: 0, filters: {}, rows: [], next: null, article: null};
  let requestSeq = 0;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  async function getJSON(url) {
    const resp = await fetch(url, {headers: {Accept: "application/json"}});
    let body = null;
    try { body = await resp.json(); } catch (e) { body = null; }
    if (!resp.ok) {
      const msg = body && body.error ? body.error : `${resp.status} ${resp.statusText}`;
      throw new Error(msg);
    }
    return body;
  }

  /* ---------- filters and URL state ---------- */

  function readForm() {
    const f = {};
    for (const name of FIELDS) {
      const input = document.getElementById(name === "search" ? "q" : name);
      const v = (input.value || "").trim();
      if (v) f[name] = v;
    }
    return f;
  }

  function writeForm(f) {
    for (const name of FIELDS) {
      const input = document.getElementById(name === "search" ? "q" : name);
      input.value = f[name] || "";
    }
  }

  function apiParams(tab, filters, offset, limit) {
    const p = new URLSearchParams();
    for (const name of TAB_FIELDS[tab]) {
      const v = filters[name];
      if (!v) continue;
      if (name === "flags") {
        if (v === "factual") { p.set("hypothetical", "false"); p.set("negated", "false"); }
        else p.set(v, "true");
      } else p.set(name, v);
    }
    p.set("limit", String(limit));
    if (offset) p.set("offset", String(offset));
    return p;
  }

  function saveURL() {
    const p = new URLSearchParams();
    p.set("tab", state.tab);
    for (const [k, v] of Object.entries(state.filters)) p.set(k, v);
    if (state.offset) p.set("offset", String(state.offset));
    if (state.article) {
      p.set("article", state.article.id);
      if (state.article.focus) p.set("focus", state.article.focus);
    }
    history.replaceState(null, "", "?" + p.toString());
  }

  function loadURL() {
    const p = new URLSearchParams(location.search);
    const tab = p.get("tab");
    if (tab && TAB_FIELDS[tab]) state.tab = tab;
    const f = {};
    for (const name of FIELDS) if (p.get(name)) f[name] = p.get(name);
    state.filters = f;
    state.offset = Math.max(0, parseInt(p.get("offset") || "0", 10) || 0);
    writeForm(f);
    return p.get("article") ? {id: p.get("article"), focus: p.get("focus")} : null;
  }

  /* ---------- header ---------- */

  async function loadStats() {
    try {
      const s = await getJSON("/api/stats");
      const c = s.counts;
      const range = s.published && s.published.from ? ` · ${s.published.from} to ${s.published.to}` : "";
      $("#stats").textContent = `${c.articles} articles · ${c.events} events · ${c.quotes} quotes${range}`;
    } catch (e) {
      $("#stats").textContent = "store unavailable: " + e.message;
    }
  }

  function fillTypes() {
    const sel = $("#type");
    for (const q of [1, 2, 3, 4]) {
      const group = el("optgroup", {label: `${q}: ${QUAD_NAMES[q]}`});
      for (const t of PLOVER[q]) group.append(el("option", {value: t, text: t}));
      sel.append(group);
    }
  }

  /* ---------- results ---------- */

  function quadOf(type) {
    for (const q of [1, 2, 3, 4]) if (PLOVER[q].includes(type)) return q;
    return 0;
  }

  function codes(parts) {
    if (!parts || !parts.length) return null;
    const wrap = el("span", {class: "codes"});
    parts.forEach((p, i) => {
      if (i) wrap.append(", ");
      wrap.append(el("span", {class: "code", title: p.name || "", text: p.full_code || p.code}));
      if (p.name) wrap.append(el("span", {class: "pname", text: " " + p.name}));
    });
    return wrap;
  }

  function typeBadge(type) {
    const q = quadOf(type);
    return el("span", {class: `badge q${q}`, title: QUAD_NAMES[q] || "", text: type});
  }

  /* Evidence with its trigger in bold (the trigger's first occurrence inside the evidence). */
  function evidenceCell(row) {
    const ev = row.evidence || "";
    const td = el("td", {class: "evidence"});
    const i = row.trigger ? ev.indexOf(row.trigger) : -1;
    if (i >= 0) {
      td.append(ev.slice(0, i), el("b", {text: row.trigger}), ev.slice(i + row.trigger.length));
    } else td.append(ev || "(no evidence)");
    return td;
  }

  const COLUMNS = {
    events: {
      head: ["Date", "Type", "Actor → Recipient", "Evidence", "Article"],
      row(r) {
        const flags = [];
        if (r.negated) flags.push(el("span", {class: "flag neg", text: "negated"}));
        if (r.hypothetical) flags.push(el("span", {class: "flag hyp", text: "hypothetical"}));
        const who = el("td", {class: "who"},
          codes(r.actor) || el("span", {class: "none", text: "—"}),
          el("span", {class: "arrow", text: " → "}),
          codes(r.recipient) || el("span", {class: "none", text: "—"}));
        return el("tr", {class: "event-row", tabindex: "0", "data-article": r.article_id, "data-event": r.event_id},
          el("td", {class: "date", text: r.date || (r.published || "").slice(0, 10), title: r.date ? "event date" : "publication date"}),
          el("td", {}, typeBadge(r.type), ...flags),
          who,
          evidenceCell(r),
          el("td", {class: "aid", text: r.article_id}));
      },
      open(r) { return {id: r.article_id, focus: "event:" + r.event_id}; },
    },
    quotes: {
      head: ["Speaker", "Quote", "Kind", "Article"],
      row(r) {
        return el("tr", {class: "quote-row", tabindex: "0", "data-article": r.article_id},
          el("td", {class: "speaker"}, el("div", {text: r.speaker || "(unknown)"}),
            r.speaker_code ? el("span", {class: "code", text: r.speaker_code}) : null),
          el("td", {class: "quote", text: "“" + r.text + "”"}),
          el("td", {class: "kind", text: r.kind || ""}),
          el("td", {class: "aid", text: r.article_id}));
      },
      open(r) { return {id: r.article_id, focus: "quote:" + r.quote_id}; },
    },
    articles: {
      head: ["Published", "Title", "Lang", "Events", "Quotes"],
      row(r) {
        return el("tr", {class: "article-row", tabindex: "0", "data-article": r.id},
          el("td", {class: "date", text: (r.published || "").slice(0, 10)}),
          el("td", {class: "title"}, el("div", {text: r.title || r.id}),
            el("span", {class: "aid", text: [r.outlet, r.dateline_place].filter(Boolean).join(" · ")})),
          el("td", {text: r.language || ""}),
          el("td", {class: "num", text: String(r.n_events)}),
          el("td", {class: "num", text: String(r.n_quotes)}));
      },
      open(r) { return {id: r.id, focus: null}; },
    },
  };

  function showTab() {
    for (const b of document.querySelectorAll(".tab")) {
      const on = b.dataset.tab === state.tab;
      b.classList.toggle("active", on);
      b.setAttribute("aria-selected", on ? "true" : "false");
    }
    for (const label of document.querySelectorAll("[data-tabs]")) {
      label.hidden = !label.dataset.tabs.split(" ").includes(state.tab);
    }
  }

  async function runQuery() {
    showTab();
    const tab = state.tab;
    const seq = ++requestSeq;
    const params = apiParams(tab, state.filters, state.offset, LIMIT);
    const csv = apiParams(tab, state.filters, 0, 10000);
    csv.set("format", "csv");
    $("#csv").href = `/api/${tab}?${csv}`;
    $("#status").textContent = "loading…";
    $("#status").className = "status";
    saveURL();
    let data;
    try {
      data = await getJSON(`/api/${tab}?${params}`);
    } catch (e) {
      if (seq !== requestSeq) return;
      $("#status").textContent = "Error: " + e.message;
      $("#status").className = "status error";
      $("#table tbody").replaceChildren();
      return;
    }
    if (seq !== requestSeq) return; /* a newer query was started meanwhile */
    state.rows = data.rows;
    state.next = data.next_offset;
    const spec = COLUMNS[tab];
    $("#table thead").replaceChildren(el("tr", {}, ...spec.head.map((h) => el("th", {text: h}))));
    const body = $("#table tbody");
    body.replaceChildren(...data.rows.map((r, i) => {
      const tr = spec.row(r);
      tr.dataset.index = String(i);
      return tr;
    }));
    const first = data.rows.length ? state.offset + 1 : 0;
    const last = state.offset + data.rows.length;
    $("#status").textContent = data.rows.length
      ? `${tab} ${first}–${last}${data.next_offset !== null ? "" : " (all)"}`
      : `No ${tab} match these filters.`;
    if (data.warnings && data.warnings.length) {
      $("#status").append(el("span", {class: "warn", text: " · " + data.warnings.join("; ")}));
    }
    $("#pageinfo").textContent = data.rows.length ? `${first}–${last}` : "";
    $("#prev").disabled = state.offset === 0;
    $("#next").disabled = data.next_offset === null;
  }

  function openRow(tr) {
    const r = state.rows[Number(tr.dataset.index)];
    if (!r) return;
    for (const other of document.querySelectorAll("#table tr.selected")) other.classList.remove("selected");
    tr.classList.add("selected");
    const target = COLUMNS[state.tab].open(r);
    openArticle(target.id, target.focus);
  }

  /* ---------- article reader ---------- */

  /* Split text at every range boundary; each piece carries the classes of the ranges covering it.
   * The pieces inside the focus range (one contiguous span) are gathered into a single <mark>. */
  function renderText(text, ranges) {
    const cuts = new Set([0, text.length]);
    const valid = ranges.filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) &&
      r.start >= 0 && r.end <= text.length && r.start < r.end);
    for (const r of valid) { cuts.add(r.start); cuts.add(r.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    let mark = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = valid.filter((r) => r.start <= a && r.end >= b);
      const focus = covering.find((r) => r.cls === "hl-focus");
      const others = covering.filter((r) => r !== focus);
      const node = others.length
        ? el("span", {class: others.map((r) => r.cls).join(" "),
          title: others.map((r) => r.title).filter(Boolean).join("\n") || null}, piece)
        : document.createTextNode(piece);
      if (focus) {
        if (!mark) {
          mark = el("mark", {class: "hl-focus", title: focus.title || null});
          frag.append(mark);
        }
        mark.append(node);
      } else {
        mark = null;
        frag.append(node);
      }
    }
    return frag;
  }

  function describeEvent(ev) {
    const side = (xs) => (xs || []).map((p) => (p.sector ? `${p.code}.${p.sector}` : p.code)).join(", ") || "—";
    return `${side(ev.actor)} → ${side(ev.recipient)}`;
  }

  function showArticle(rec, focus) {
    state.article = {id: rec.id, focus: focus || null};
    saveURL();
    const text = rec.text || "";
    $("#a-title").textContent = rec.title || rec.id;
    const meta = [];
    if (rec.published && rec.published.date) meta.push(`published ${rec.published.date}`);
    if (rec.source && rec.source.outlet) meta.push(rec.source.outlet);
    if (rec.dateline && rec.dateline.place) meta.push(`dateline ${rec.dateline.place}`);
    if (rec.language) meta.push(`language ${rec.language}`);
    meta.push(`id ${rec.id}`);
    const metaBox = $("#a-meta");
    metaBox.replaceChildren(meta.join(" · "));
    if (rec.source && rec.source.url && /^https?:\/\//.test(rec.source.url)) {
      metaBox.append(" · ", el("a", {href: rec.source.url, rel: "noopener noreferrer", target: "_blank", text: "source"}));
    }

    const ranges = [];
    for (const ent of rec.entities || []) {
      const code = ent.code ? (ent.sector ? `${ent.code}.${ent.sector}` : ent.code) : "";
      for (const m of ent.mentions || []) {
        ranges.push({start: m.start, end: m.end, cls: "mention", title: `${ent.name} (${ent.label}${code ? ", " + code : ""})`});
      }
    }
    const focusBox = $("#a-focus");
    focusBox.replaceChildren();
    let focusRange = null;
    const [kind, fid] = (focus || "").split(/:(.*)/s);
    if (kind === "event") {
      const ev = (rec.events || []).find((e) => e.id === fid);
      if (ev) {
        focusBox.append(typeBadge(ev.type), " ", describeEvent(ev),
          ev.date ? ` · ${ev.date}` : "", ev.negated ? " · negated" : "", ev.hypothetical ? " · hypothetical" : "");
        if (ev.evidence && ev.evidence.end > ev.evidence.start) {
          focusRange = {start: ev.evidence.start, end: ev.evidence.end, cls: "hl-focus", title: "evidence of " + ev.type};
        }
        if (ev.trigger && ev.trigger.end > ev.trigger.start) {
          ranges.push({start: ev.trigger.start, end: ev.trigger.end, cls: "hl-trigger", title: "trigger"});
        }
      }
    } else if (kind === "quote") {
      const q = (rec.quotes || []).find((x) => x.id === fid);
      if (q) {
        focusBox.append(el("span", {class: "badge quote", text: q.kind || "quote"}), " ",
          (q.speaker && q.speaker.name) || "(unknown speaker)");
        if (q.span && q.span.end > q.span.start) {
          focusRange = {start: q.span.start, end: q.span.end, cls: "hl-focus", title: "quote"};
        }
      }
    }
    if (focusRange) ranges.push(focusRange);
    focusBox.hidden = !focusBox.childNodes.length;

    const box = $("#a-text");
    box.replaceChildren(renderText(text, ranges));

    const evList = $("#a-events");
    evList.replaceChildren(...(rec.events || []).map((ev) => el("li", {
      class: "mini-item" + (focus === "event:" + ev.id ? " current" : ""), tabindex: "0",
      onclick: () => showArticle(rec, "event:" + ev.id),
      onkeydown: (e) => { if (e.key === "Enter") showArticle(rec, "event:" + ev.id); },
    }, typeBadge(ev.type), " ", describeEvent(ev), el("div", {class: "mini-ev", text: (ev.evidence && ev.evidence.text) || ""}))));
    if (!evList.childNodes.length) evList.append(el("li", {class: "none", text: "none found"}));
    const qList = $("#a-quotes");
    qList.replaceChildren(...(rec.quotes || []).map((q) => el("li", {
      class: "mini-item" + (focus === "quote:" + q.id ? " current" : ""), tabindex: "0",
      onclick: () => showArticle(rec, "quote:" + q.id),
      onkeydown: (e) => { if (e.key === "Enter") showArticle(rec, "quote:" + q.id); },
    }, el("b", {text: (q.speaker && q.speaker.name) || "(unknown)"}), ": “" + q.text + "”")));
    if (!qList.childNodes.length) qList.append(el("li", {class: "none", text: "none found"}));

    const reader = $("#reader");
    reader.hidden = false;
    document.body.classList.add("reading");
    const mark = box.querySelector("mark.hl-focus");
    if (mark) mark.scrollIntoView({block: "center"});
    else reader.scrollTop = 0;
  }

  async function openArticle(id, focus) {
    try {
      const rec = await getJSON("/api/articles/" + encodeURIComponent(id));
      showArticle(rec, focus);
    } catch (e) {
      $("#status").textContent = "Error: " + e.message;
      $("#status").className = "status error";
    }
  }

  function closeArticle() {
    $("#reader").hidden = true;
    document.body.classList.remove("reading");
    state.article = null;
    saveURL();
  }

  /* ---------- wiring ---------- */

  function init() {
    fillTypes();
    const pending = loadURL();
    $("#filters").addEventListener("submit", (e) => {
      e.preventDefault();
      state.filters = readForm();
      state.offset = 0;
      runQuery();
    });
    $("#reset").addEventListener("click", () => {
      writeForm({});
      state.filters = {};
      state.offset = 0;
      runQuery();
    });
    for (const b of document.querySelectorAll(".tab")) {
      b.addEventListener("click", () => {
        state.tab = b.dataset.tab;
        state.filters = readForm();
        state.offset = 0;
        runQuery();
      });
    }
    $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - LIMIT); runQuery(); });
    $("#next").addEventListener("click", () => { if (state.next !== null) { state.offset = state.next; runQuery(); } });
    const tbody = $("#table tbody");
    tbody.addEventListener("click", (e) => {
      if (e.target.closest("a")) return;
      const tr = e.target.closest("tr");
      if (tr) openRow(tr);
    });
    tbody.addEventListener("keydown", (e) => {
      const tr = e.target.closest("tr");
      if (tr && e.key === "Enter") openRow(tr);
    });
    $("#close").addEventListener("click", closeArticle);
    document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("#reader").hidden) closeArticle(); });
    loadStats();
    runQuery();
    if (pending) openArticle(pending.id, pending.focus);
  }

  document.addEventListener("DOMContentLoaded", init);
})();
