# jixiao — build, run and test. `make run` starts the shell on the bundled datasets; `make test` installs what a
# fresh machine lacks (libedit-dev, zlib1g-dev for ZIPFoundation, Python's openpyxl for the XLSX check), builds,
# and runs every test.

SWIFT ?= swift
APT_PACKAGES = libedit-dev zlib1g-dev

.PHONY: run test build release deps pydeps reference clean bench bench-scaling data-large

# Installs the system packages the build needs, when they are missing (as root, or through sudo).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

# openpyxl reads exported .xlsx files back in the tests, as an independent reader (they skip that check without it).
pydeps:
	@python3 -c 'import openpyxl' 2>/dev/null || pip install -q openpyxl || echo "openpyxl could not be installed: the openpyxl checks will be skipped"

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product jixiao

run: release
	.build/release/jixiao --datasets datasets

test: deps pydeps
	$(SWIFT) build --build-tests
	$(SWIFT) test

# Regenerates docs/commands.md from the commands' own declarations (a test checks it is current).
reference: build
	.build/debug/jixiao --reference > docs/commands.md.tmp && mv docs/commands.md.tmp docs/commands.md

ROWS ?= 1000000

# Writes large synthetic datasets (orders ledger plus the bundled schemas) to datasets/large/ROWS/.
data-large:
	python3 bench/gen_data.py $(ROWS) datasets/large/$(ROWS)

# Runs the benchmark side by side with the peers installed here (DuckDB CLI, sqlite3, polars, pandas, Miller).
bench: release
	@test -f datasets/large/$(ROWS)/orders.csv || python3 bench/gen_data.py $(ROWS) datasets/large/$(ROWS)
	python3 bench/bench.py --rows $(ROWS)

# Load + query time and peak memory at 1M, 2M, 5M and 10M rows, with the fitted slope.
bench-scaling: release
	python3 bench/scaling.py

clean:
	rm -rf .build
