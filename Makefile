# Lemma: `make run` to use it, `make test` to check it. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= localhost
PORT ?= 8000
# A free port for the browser tests' server, so two runs on one machine don't collide.
ifndef E2E_PORT
E2E_PORT := $(shell python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
endif
# Service-backed tests: "required" (CI: fail if PostgreSQL/Redis are missing), "auto" (run them
# when the services answer, skip otherwise) or "off".
LEMMA_SERVICES ?= auto
PG_URL ?= postgres://postgres@127.0.0.1:5432/lemma
REDIS_TEST_URL ?= redis://127.0.0.1:6379/15

.PHONY: help run setup deps frontend schema migrate content demo-admin test lint test-backend \
        test-services test-frontend e2e e2e-server chromium bench clean compose-check loadtest

help:
	@echo "make run    set everything up and serve Lemma at http://$(HOST):$(PORT)"
	@echo "make test   run linters, backend, frontend and browser tests"
	@echo "make bench  run the benchmarks"
	@echo "make loadtest  simulated learners against the production stack on this machine"

# --- set-up ------------------------------------------------------------------------------------
$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Lemma needs Python 3.11 or newer"; exit 1; }
	@echo "==> Python environment ($(VENV))"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --progress-bar on ".[dev,bench]"
	touch $@

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	@echo "==> Frontend dependencies"
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	touch $@

deps: $(BIN)/.installed frontend/node_modules/.installed

schema: $(BIN)/.installed frontend/node_modules/.installed
	@echo "==> OpenAPI schema and generated TypeScript types"
	$(MANAGE) spectacular --file frontend/openapi.yaml --validate --fail-on-warn
	cd frontend && npm run --silent gen:api

frontend: schema
	@echo "==> Building the frontend"
	cd frontend && npm run --silent build

migrate: $(BIN)/.installed
	@mkdir -p var
	$(MANAGE) migrate --no-input

content: migrate
	@echo "==> Loading roadmaps/"
	$(MANAGE) load_roadmaps

demo-admin: migrate
	$(MANAGE) ensure_demo_admin

setup: deps frontend content demo-admin

run: setup
	@echo "==> Lemma is at http://$(HOST):$(PORT)  (API docs: http://$(HOST):$(PORT)/api/docs/)"
	$(MANAGE) runserver $(HOST):$(PORT)

# --- tests -------------------------------------------------------------------------------------
test: lint compose-check test-backend test-services test-frontend e2e
	@echo "==> All checks passed"

lint: deps schema
	@echo "==> ruff, mypy, ESLint, tsc"
	$(BIN)/ruff check backend
	$(BIN)/ruff format --check backend
	$(BIN)/mypy backend
	cd frontend && npm run --silent lint && npm run --silent typecheck

# docker-compose.yml: `docker compose config` where the compose plugin is installed; the
# Compose Specification schema test (backend/ops/tests/test_deploy.py) runs everywhere.
compose-check:
	@if docker compose version >/dev/null 2>&1; then \
		echo "==> docker compose config"; \
		SECRET_KEY=compose-check docker compose config --quiet; \
	else echo "==> docker compose plugin not installed: docker-compose.yml is checked by its schema test"; fi

test-backend: $(BIN)/.installed
	@echo "==> Backend tests (SQLite, in-process tasks)"
	$(MANAGE) load_roadmaps --check
	$(MANAGE) check_exercises --sample 10
	$(BIN)/pytest -m "not services" -q

test-services: $(BIN)/.installed
	@rc=0; LEMMA_SERVICES=$(LEMMA_SERVICES) PG_URL=$(PG_URL) REDIS_URL=$(REDIS_TEST_URL) \
		$(BIN)/python scripts/services.py probe || rc=$$?; \
	if [ $$rc = 1 ]; then exit 0; elif [ $$rc != 0 ]; then exit $$rc; fi; \
	echo "==> Backend tests on PostgreSQL + Redis + a real Celery worker"; \
	LEMMA_SERVICE_RUN=1 DATABASE_URL=$(PG_URL) REDIS_URL=$(REDIS_TEST_URL) \
		$(BIN)/pytest -q --create-db -m "not bank"

test-frontend: frontend/node_modules/.installed schema
	@echo "==> Frontend unit tests (Vitest)"
	cd frontend && npm run --silent test

chromium:
	@command -v chromium >/dev/null || { echo "==> Installing Debian's chromium for browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

e2e: chromium frontend
	@echo "==> Browser tests (Playwright + chromium)"
	cd frontend && CI=1 E2E_PORT=$(E2E_PORT) npm run --silent e2e

# A fresh database with the curriculum, serving the built app; started by Playwright.
e2e-server: $(BIN)/.installed
	@mkdir -p var
	rm -f var/e2e-$(E2E_PORT).sqlite3
	DATABASE_URL=sqlite:///$(CURDIR)/var/e2e-$(E2E_PORT).sqlite3 $(MANAGE) migrate --no-input -v 0
	DATABASE_URL=sqlite:///$(CURDIR)/var/e2e-$(E2E_PORT).sqlite3 $(MANAGE) load_roadmaps -v 0
	DATABASE_URL=sqlite:///$(CURDIR)/var/e2e-$(E2E_PORT).sqlite3 LEMMA_CURATOR_PASSWORD=e2e-Curator-passphrase-42 $(MANAGE) ensure_curator --username e2e-curator -v 0
	@# Every spec signs up and in from 127.0.0.1: lift the per-address limits for this server only.
	DATABASE_URL=sqlite:///$(CURDIR)/var/e2e-$(E2E_PORT).sqlite3 THROTTLE_LOGIN=1000/min THROTTLE_REGISTER=1000/hour \
		$(MANAGE) runserver 127.0.0.1:$(E2E_PORT) --noreload

# --- load test ---------------------------------------------------------------------------------
# Simulated learners (Locust) against gunicorn + Celery workers + PostgreSQL + Redis started on
# this machine (backend/ops/stack.py); the table lands in var/loadtest.md.
LOAD_USERS ?= 50,100,200
LOAD_SECONDS ?= 60
loadtest: $(BIN)/.installed frontend
	@echo "==> Load test at $(LOAD_USERS) learners, $(LOAD_SECONDS) s each"
	cd backend && ../$(BIN)/python -m ops.loadtest --users $(LOAD_USERS) --duration $(LOAD_SECONDS)

# --- benchmarks --------------------------------------------------------------------------------
bench: $(BIN)/.installed
	@echo "==> Benchmarks"
	PYTHONPATH=backend $(BIN)/python -m benchmarks.roadmap_api
	PYTHONPATH=backend $(BIN)/python -m benchmarks.plan_queue
	PYTHONPATH=backend $(BIN)/python -m benchmarks.learners --jobs 2
	PYTHONPATH=backend $(BIN)/python -m benchmarks.grading_compare
	PYTHONPATH=backend $(BIN)/python -m benchmarks.grading_compare --corpus backend/benchmarks/grading_holdout.jsonl --methods Lemma,math-verify
	PYTHONPATH=backend $(BIN)/python -m benchmarks.hostile_inputs
	PYTHONPATH=backend $(BIN)/python -m benchmarks.grading_e2e
	@if [ -d frontend/dist ]; then cd frontend && node scripts/bundle-size.mjs; \
		else echo "(build the frontend with 'make frontend' to measure its bundle)"; fi

clean:
	rm -rf var frontend/dist frontend/openapi.yaml frontend/src/lib/api/schema.d.ts
