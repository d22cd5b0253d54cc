# Kancelaria — the two commands a newcomer needs: `make start` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# The site's data lives in $(ROOT)/var (ROOT=… on the command line puts it elsewhere).
ROOT := $(CURDIR)
VAR := $(ROOT)/var
ZOPE_CONF := $(VAR)/etc/zope.conf
BACKUP_DIR ?= $(VAR)/backups
PORT ?= 8080
HOST ?= 127.0.0.1
ADMIN_USER ?= admin
ADMIN_PASSWORD ?= admin
SITE_ID ?= Plone
DAYS ?= 7
DEMO ?= 0
export ADMIN_USER ADMIN_PASSWORD SITE_ID DEMO

.PHONY: help
help: ## This help
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The pinned working set (constraints.txt) and the add-on, editable, with its test extras.
$(VENV)/.installed: $(BIN)/python setup.py constraints.txt
	$(BIN)/pip install -q -c constraints.txt "pip" "setuptools" "wheel"
	$(BIN)/pip install -q -c constraints.txt -e ".[test,dev]"
	@touch $@

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install the pinned working set

.PHONY: system-deps
system-deps: ## Install the system packages (Pango, fonts) the PDF documents need (apt-get, as root)
	bash scripts/system-deps.sh

$(ZOPE_CONF): etc/zope.conf.in etc/site.zcml scripts/instance.py
	$(PYTHON) scripts/instance.py conf --root "$(ROOT)"

.PHONY: instance
instance: $(VENV)/.installed $(ZOPE_CONF) ## Zope instance config under var/

.PHONY: site
site: instance ## Create the site "Plone" (language pl) with Kancelaria, if missing
	$(BIN)/zconsole run "$(ZOPE_CONF)" scripts/create_site.py

.PHONY: start
start: site ## Serve the site on http://127.0.0.1:8080/Plone (PORT=, HOST=; data in var/); DEMO=1 adds demo content
	@$(BIN)/python scripts/instance.py serve --root "$(ROOT)" --host $(HOST) --port $(PORT) --site $(SITE_ID)

N ?= 1000
YEARS ?= 10
.PHONY: generate
generate: site ## Add realistic data to the site: N items (1000) over YEARS years (10), with a progress bar
	N=$(N) YEARS=$(YEARS) SEED=$(SEED) $(BIN)/zconsole run "$(ZOPE_CONF)" scripts/generate.py

.PHONY: backup
backup: instance ## Back up the site, live: Data.fs (repozo) and blobs into BACKUP_DIR (var/backups)
	$(BIN)/python scripts/backup.py backup --zope-conf "$(ZOPE_CONF)" --backup-dir "$(BACKUP_DIR)" $(if $(filter 1,$(FULL)),--full)

.PHONY: restore
restore: instance ## Restore the newest backup (DATE=yyyy-mm-dd[-hh[-mm[-ss]]] UTC; TARGET=dir; FORCE=1)
	$(BIN)/python scripts/backup.py restore --zope-conf "$(ZOPE_CONF)" --backup-dir "$(BACKUP_DIR)" $(if $(DATE),--date $(DATE)) $(if $(TARGET),--target "$(TARGET)") $(if $(filter 1,$(FORCE)),--force)

.PHONY: digest
digest: instance ## E-mail each department its cases due within DAYS days and overdue
	$(BIN)/kancelaria-digest --zope-conf "$(ZOPE_CONF)" --site $(SITE_ID) --days $(DAYS)

.PHONY: test
test: $(VENV)/.installed ## Run the whole test suite
	@if [ -x /usr/bin/chromium ]; then echo "Browser tests: Chromium at /usr/bin/chromium."; \
	 else echo "Browser tests SKIPPED: /usr/bin/chromium is missing (apt-get install chromium)."; fi
	$(BIN)/pytest tests $(PYTEST_ARGS)

.PHONY: bench
bench: $(VENV)/.installed ## Benchmarks: Kancelaria against stock Plone, in one run; then the public site's caching
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/caching.py $(CACHING_BENCH_ARGS)

.PHONY: bench-volume
bench-volume: $(VENV)/.installed ## Benchmark at 1k, 10k, 100k cases (SIZES=1000,10000,100000) against stock Plone
	$(BIN)/python benchmarks/volume.py $(if $(SIZES),--sizes $(SIZES)) $(VOLUME_BENCH_ARGS)

.PHONY: lint
lint: $(VENV)/.installed ## ruff
	$(BIN)/ruff check src tests benchmarks scripts

.PHONY: i18n
i18n: $(VENV)/.installed ## Rebuild kancelaria.pot and sync the Polish catalogue
	$(BIN)/i18ndude rebuild-pot --pot src/kancelaria/locales/kancelaria.pot --create kancelaria src/kancelaria
	$(BIN)/i18ndude sync --pot src/kancelaria/locales/kancelaria.pot src/kancelaria/locales/pl/LC_MESSAGES/kancelaria.po

.PHONY: clean
clean: ## Remove the venv (the site data in var/ stays)
	rm -rf $(VENV)
