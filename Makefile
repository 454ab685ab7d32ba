# warta: `make demo` and `make test` work on a fresh machine (they create .venv themselves).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DB ?= warta.duckdb
STAMP := $(VENV)/.installed

.PHONY: setup demo test eval eval-en eval-ner bench train-ner clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,spark]'
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/warta ingest examples/ --db $(DB)
	$(BIN)/warta stats --db $(DB)
	$(BIN)/warta events --db $(DB) --limit 15

test: setup
	$(BIN)/python -m pytest

eval: setup
	@if [ -d $(SHARED)/gold ]; then \
	  $(BIN)/warta extract $(SHARED)/corpora/seed/000_cc3337a1328a7a6f.txt $(SHARED)/corpora/gold-dev-articles.jsonl --format jsonl > .eval-pred.jsonl && \
	  $(BIN)/python $(SHARED)/tools/warta_score.py --gold $(SHARED)/gold/seed.json $(SHARED)/gold/dev --pred .eval-pred.jsonl; \
	else echo "eval: $(SHARED) not found, skipped"; fi

eval-en: setup
	@if [ -d $(SHARED)/peer-tests/petrarch ]; then $(BIN)/python scripts/eval_petrarch.py --shared $(SHARED) $(EVAL_EN_ARGS); \
	else echo "eval-en: $(SHARED) not found, skipped"; fi

eval-ner: setup
	@if [ -d $(SHARED)/ner ]; then $(BIN)/python scripts/eval_ner.py --shared $(SHARED); \
	else echo "eval-ner: $(SHARED) not found, skipped"; fi

train-ner: setup
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python scripts/train_ner.py --shared $(SHARED) --refit

bench: setup
	@if [ -d $(SHARED)/corpora ]; then $(BIN)/python scripts/bench.py --shared $(SHARED) $(BENCH_ARGS); \
	else echo "bench: $(SHARED) not found, skipped"; fi

clean:
	rm -rf $(VENV) .eval-pred.jsonl $(DB) build *.egg-info src/*.egg-info
