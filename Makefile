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
# make start-proxy: Zope's own port behind Varnish (0: a free one).
ZOPE_PORT ?= 0
ADMIN_USER ?= admin
ADMIN_PASSWORD ?= admin
SITE_ID ?= Plone
DAYS ?= 7
DEMO ?= 0
# make test: pytest-xdist's workers, one per two cores (at least one): a worker's tests drive
# servers of their own (waitress, Chromium, Varnish) that need the other core; each test file
# stays on one worker. TEST_WORKERS=0 runs the tests in this one process.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); echo $$(( n / 2 > 1 ? n / 2 : 1 )))
# `make cluster`: the PostgreSQL database of the instances, how many, HAProxy's statistics.
CLUSTER_DSN ?= host=127.0.0.1 port=5432 user=postgres dbname=kancelaria
INSTANCES ?= 2
STATS_PORT ?= 8404
export ADMIN_USER ADMIN_PASSWORD SITE_ID DEMO

.PHONY: help
help: ## This help
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The pinned working set (constraints.txt) and the add-on, editable, with its test extras.
# uv installs it (pip brings uv, pinned too); INSTALLER=pip is the fallback, pip alone.
INSTALLER ?= uv
$(VENV)/.installed: $(BIN)/python setup.py constraints.txt
ifeq ($(INSTALLER),pip)
	$(BIN)/pip install -q -c constraints.txt "pip" "setuptools" "wheel"
	$(BIN)/pip install -q -c constraints.txt -e ".[test,dev]"
else
	$(BIN)/pip install -q -c constraints.txt uv
	$(BIN)/uv pip install -q --python $(BIN)/python -c constraints.txt --build-constraints constraints.txt \
	  "pip" "setuptools" "wheel" -e ".[test,dev]" \
	  || { echo "uv could not install the working set: try 'make install INSTALLER=pip' (pip alone)."; exit 1; }
endif
	@touch $@

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install the pinned working set

.PHONY: system-deps
system-deps: ## Install the system packages (Pango, fonts) the PDF documents need (apt-get, as root; CLUSTER=1: haproxy)
	bash scripts/system-deps.sh

$(ZOPE_CONF): etc/zope.conf.in etc/zodb-filestorage.conf.in etc/site.zcml scripts/instance.py
	$(PYTHON) scripts/instance.py conf --root "$(ROOT)"

.PHONY: instance
instance: $(VENV)/.installed $(ZOPE_CONF) ## Zope instance config under var/

.PHONY: site
site: instance ## Create the site "Plone" (language pl) with Kancelaria, if missing
	$(BIN)/zconsole run "$(ZOPE_CONF)" scripts/create_site.py

.PHONY: start
start: instance ## Serve the site on http://127.0.0.1:8080/Plone, creating it first if missing (PORT=, HOST=; data in var/); DEMO=1 adds demo content
	@$(BIN)/python scripts/instance.py serve --root "$(ROOT)" --host $(HOST) --port $(PORT) --site $(SITE_ID)

.PHONY: cluster-site
cluster-site: $(VENV)/.installed ## Create the PostgreSQL database CLUSTER_DSN if missing, and the site in it
	$(BIN)/python scripts/cluster.py site --root "$(ROOT)" --dsn "$(CLUSTER_DSN)"

.PHONY: cluster
cluster: cluster-site ## INSTANCES (2) instances on RelStorage/PostgreSQL behind HAProxy on PORT; Ctrl-C stops all
	@$(BIN)/python scripts/cluster.py serve --root "$(ROOT)" --dsn "$(CLUSTER_DSN)" --instances $(INSTANCES) --host $(HOST) --port $(PORT) --stats-port $(STATS_PORT) --site $(SITE_ID)

# Varnish on PORT in front of Zope (etc/varnish.vcl.in); the site purges it on every change
# (the server's start sets the registry's cachingProxies to CACHING_PROXY, kancelaria.scripts.site;
# `make start` clears it).
.PHONY: start-proxy
start-proxy: export CACHING_PROXY = http://$(if $(filter 0.0.0.0 ::,$(HOST)),127.0.0.1,$(HOST)):$(PORT)
start-proxy: instance ## The site behind Varnish on PORT (Zope on ZOPE_PORT, without its in-process cache); needs varnish
	@$(BIN)/python scripts/instance.py serve-proxy --root "$(ROOT)" --host $(HOST) --port $(PORT) --zope-port $(ZOPE_PORT) --site $(SITE_ID)

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
	@if command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ]; then echo "Proxy tests: varnishd found."; \
	 else echo "Proxy tests SKIPPED: varnishd is missing (apt-get install varnish)."; fi
	@if command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ]; then echo "Cluster tests: haproxy found."; \
	 else echo "Cluster tests SKIPPED: haproxy is missing (apt-get install haproxy)."; fi
	$(BIN)/pytest tests -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

.PHONY: bench
bench: $(VENV)/.installed ## Benchmarks: Kancelaria against stock Plone, in one run; then the public site's caching and Varnish
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/caching.py $(CACHING_BENCH_ARGS)
	$(BIN)/python benchmarks/proxy.py $(PROXY_BENCH_ARGS)

.PHONY: bench-cluster
bench-cluster: $(VENV)/.installed ## Benchmark: 2 instances against 1 on RelStorage behind HAProxy, and stock Plone
	$(BIN)/python benchmarks/cluster.py $(CLUSTER_BENCH_ARGS)

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
