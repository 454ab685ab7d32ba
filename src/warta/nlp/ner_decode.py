"""A vectorised greedy decoder for spaCy's transition-based NER: the same entities, faster.

Why: spaCy's greedy parser moves every document of a batch one token per step, in a C loop
that for each state sums three feature vectors, takes a tiny matrix product and checks each
move's validity. On warta's model that loop was about 40 % of the tagger's time, more than
the tok2vec.

The NER transition system (BILUO, ``state_type = "ner"``) needs that loop only inside
entities. A state's features are three tokens: the first of the buffer (B0), the first
word of the open entity (E0) and the word before B0 when an entity is open. With no entity
open, the state at token i is (i, none, none), whatever came before. So:

1. every token's "no entity open" scores come from one batch of matrix products, and
   their decision (B-X, U-X or O, among the moves valid there) is an argmax per row;
2. for each token that would begin an entity (B-X), the entity is followed to its end: its
   states (j, start, j-1) depend only on the start. All such candidates advance together,
   one matrix product per round, until each takes L-X;
3. a left-to-right pass keeps the candidates the greedy parser would reach: after an
   entity ends at e, the next decision is the one of token e+1.

That is exactly the greedy parse, in the same floating-point order for the hidden layer
(features summed in order, then the bias; maxout), with the output layer's product done by
blis as spaCy's loop does it (numpy's BLAS may differ in the last bit, and with the number of
rows), and ties going to the lower move index as in spaCy's ``arg_max_if_valid``.
``tests/test_ner_decode.py`` checks that the entities are spaCy's, on real text and on random
weights.

Only fresh documents are decoded here: a document with preset entity annotations goes to
spaCy's own parser. Beam-search components, other state types and models with classes never
seen in training are not wrapped at all (``use_greedy_decoder`` checks ``supports``).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy

#: BILUO move names as spaCy's BiluoPushDown writes them ("B-PER", "U-", "O")
_MOVES = ("B", "I", "L", "U")


def _entity_labels(move_names: list[str]) -> list[str]:
    """The entity labels of BILUO move names ("B-PER" -> "PER"; "O" and "U-" have none)."""
    return sorted({n.split("-", 1)[1] for n in move_names if "-" in n and n.split("-", 1)[1]})


class GreedyNerDecoder:
    """Stands in for a trained greedy ``ner`` pipe: same model, same entities, vectorised.

    ``supports(pipe)`` says whether ``pipe`` can be decoded this way; anything else the
    pipeline asks of the component is passed to the wrapped pipe.
    """

    def __init__(self, pipe: Any):
        self.inner = pipe
        from thinc.api import NumpyOps

        self._blis = NumpyOps()  # thinc's own CPU ops: matrix products by blis
        model = pipe.model
        self._tok2vec = model.get_ref("tok2vec")
        self._lower = model.get_ref("lower")
        self._upper = model.get_ref("upper")
        names = [pipe.moves.get_class_name(i) for i in range(pipe.moves.n_moves)]
        self.n_classes = len(names)
        labels = self.label_names = _entity_labels(names)
        index = {n: i for i, n in enumerate(names)}
        self._begin = numpy.array([index[f"B-{lab}"] for lab in labels])
        self._inside = numpy.array([index[f"I-{lab}"] for lab in labels])
        self._last = numpy.array([index[f"L-{lab}"] for lab in labels])
        # per label: does I-X come before L-X among the moves (ties go to the lower index)?
        self._inside_first = self._inside < self._last
        self._unit = numpy.array([index[f"U-{lab}"] for lab in labels])
        self._out = index["O"]
        # class index -> label index, for B and U decisions
        self._label_of = numpy.full(self.n_classes, -1)
        self._label_of[self._begin] = numpy.arange(len(labels))
        self._label_of[self._unit] = numpy.arange(len(labels))
        self._is_begin = numpy.zeros(self.n_classes, dtype=bool)
        self._is_begin[self._begin] = True
        # the valid moves with no entity open, before per-token conditions: B-X, U-X, O
        self._closed_moves = numpy.zeros(self.n_classes, dtype=bool)
        self._closed_moves[self._begin] = True
        self._closed_moves[self._unit] = True
        self._closed_moves[self._out] = True

    # -- which pipes ------------------------------------------------------------------
    @staticmethod
    def supports(pipe: Any) -> bool:
        """True for a greedy spaCy NER pipe with the TransitionBasedParser's NER features."""
        try:
            from spacy.pipeline import EntityRecognizer
        except ImportError:  # pragma: no cover - spaCy is a dependency
            return False
        if not isinstance(pipe, EntityRecognizer) or pipe.cfg.get("beam_width", 1) != 1:
            return False
        model = getattr(pipe, "model", None)
        try:
            refs = set(model.ref_names)
            lower = model.get_ref("lower")
            if not {"tok2vec", "lower", "upper"} <= refs or not model.attrs.get("has_upper"):
                return False
            if lower.get_dim("nF") != 3 or model.attrs.get("unseen_classes"):
                return False
            names = [pipe.moves.get_class_name(i) for i in range(pipe.moves.n_moves)]
        except Exception:  # noqa: BLE001 - any other architecture: spaCy decodes it
            return False
        labels = _entity_labels(names)
        needed = {f"{m}-{lab}" for m in _MOVES for lab in labels} | {"O"}
        allowed = needed | {"U-"}  # 'U-' (blocked span) is valid only for preset annotations
        return bool(labels) and needed <= set(names) and set(names) <= allowed

    # -- the pipe protocol ------------------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        if name == "inner":  # not set yet (a copy being built): no recursion
            raise AttributeError(name)
        return getattr(self.inner, name)

    def __call__(self, doc: Any, **_kwargs: Any) -> Any:
        return self.pipe_batch([doc])[0]

    def pipe(self, docs: Iterable[Any], batch_size: int = 128, **_kwargs: Any) -> Iterator[Any]:
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            yield from self.pipe_batch(list(batch))

    def pipe_batch(self, docs: list[Any]) -> list[Any]:
        """Set the entities of ``docs`` (in place) and return them."""
        from spacy.attrs import ENT_IOB

        if self.inner.moves.n_moves != self.n_classes:  # labels added since: spaCy decodes
            self.inner.set_annotations(docs, self.inner.predict(docs))
            return docs
        # preset entities constrain the moves: spaCy's parser decodes those documents
        is_preset = [bool(len(d) and d.to_array(ENT_IOB).any()) for d in docs]
        preset = [d for d, p in zip(docs, is_preset) if p]
        if preset:
            self.inner.set_annotations(preset, self.inner.predict(preset))
        fresh = [d for d, p in zip(docs, is_preset) if not p]
        for doc, ents in zip(fresh, self.decode(fresh)):
            doc.ents = [(self.label_names[lab], start, end) for start, end, lab in ents]
        return docs

    def _scores(self, hidden: Any) -> Any:
        """The output layer: ``hidden @ W.T + b`` by blis, as spaCy's parse loop computes it."""
        y = self._blis.gemm(numpy.ascontiguousarray(hidden), self._upper.get_param("W"), trans2=True)
        y += self._upper.get_param("b")
        return y

    # -- decoding ---------------------------------------------------------------------
    def decode(self, docs: list[Any]) -> list[list[tuple[int, int, int]]]:
        """Greedy entities of fresh ``docs``: per doc, (start, end, label index) token spans."""
        from spacy.attrs import IS_SPACE, SENT_START

        if not any(len(d) for d in docs):
            return [[] for _ in docs]
        live = [d for d in docs if len(d)]
        tokvecs = self._tok2vec.predict(live)
        cached = self._lower.predict(tokvecs)  # (N + 1, nF, nO, nP); row 0 is the padding
        bias = self._lower.get_param("b")
        feats = cached[1:]
        pad = cached[0]
        n = feats.shape[0]

        # per token: the last of its doc? next token opens a sentence? a space token?
        starts = numpy.cumsum([0] + [len(d) for d in live])
        is_last = numpy.zeros(n, dtype=bool)
        is_last[starts[1:] - 1] = True
        space = numpy.concatenate([d.to_array(IS_SPACE) for d in live]).astype(bool)
        sent = numpy.concatenate([d.to_array(SENT_START) for d in live]).astype(numpy.int64)
        next_sent = numpy.zeros(n, dtype=bool)
        next_sent[:-1] = sent[1:] == 1
        next_sent[is_last] = False

        # 1. no entity open: state (i, -, -) for every token at once
        closed = feats[:, 0] + pad[1] + pad[2]
        closed += bias
        scores = self._scores(closed.max(axis=-1))
        valid = numpy.broadcast_to(self._closed_moves, scores.shape).copy()
        no_begin = is_last | next_sent | space
        valid[numpy.ix_(no_begin, self._begin)] = False
        valid[numpy.ix_(space, self._unit)] = False
        decision = numpy.where(valid, scores, -numpy.inf).argmax(axis=1)

        # 2. every token that would begin an entity: follow it to its L-X
        cand = numpy.flatnonzero(self._is_begin[decision])
        end = numpy.empty(n, dtype=numpy.int64)
        if len(cand):
            lab = self._label_of[decision[cand]]
            pos = cand + 1
            todo = numpy.arange(len(cand))
            while len(todo):
                s, j, lb = cand[todo], pos[todo], lab[todo]
                hidden = feats[j, 0] + feats[s, 1] + feats[j - 1, 2]
                hidden += bias
                sc = self._scores(hidden.max(axis=-1))
                rows = numpy.arange(len(todo))
                s_in, s_last = sc[rows, self._inside[lb]], sc[rows, self._last[lb]]
                go_on = ~(is_last[j] | next_sent[j]) & numpy.where(self._inside_first[lb], s_in >= s_last,
                                                                      s_in > s_last)
                done = ~go_on
                end[s[done]] = j[done]
                pos[todo[go_on]] += 1
                todo = todo[go_on]

        # 3. the path the greedy parser takes: after an entity, resume at the token after it
        live_out: list[list[tuple[int, int, int]]] = []
        for k, doc_start in enumerate(starts[:-1].tolist()):
            doc_end = starts[k + 1]
            hits = numpy.flatnonzero(decision[doc_start:doc_end] != self._out) + doc_start
            ents: list[tuple[int, int, int]] = []
            resume = doc_start
            for i in hits.tolist():
                if i < resume:
                    continue
                c = decision[i]
                stop = int(end[i]) if self._is_begin[c] else i
                ents.append((i - doc_start, stop + 1 - doc_start, int(self._label_of[c])))
                resume = stop + 1
            live_out.append(ents)
        it = iter(live_out)
        return [next(it) if len(d) else [] for d in docs]
