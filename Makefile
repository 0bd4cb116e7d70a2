# jixiao — build, run and test. `make run` starts the shell on the bundled datasets; `make test` installs what a
# fresh machine lacks (libedit-dev, zlib1g-dev for ZIPFoundation, tmux for the terminal tests, Python's openpyxl
# for the XLSX check), builds, and runs every test.

SWIFT ?= swift
APT_PACKAGES = libedit-dev zlib1g-dev tmux

.PHONY: run test build release deps pydeps reference clean bench bench-scaling bench-startup data-large

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

# Start-up time, measured (never asserted in a test): a piped command with the bundled datasets loaded (with
# hyperfine when installed), and the time until the interactive prompt shows in a pseudo-terminal.
bench-startup: release
	@if command -v hyperfine >/dev/null 2>&1; then \
		hyperfine --warmup 5 --runs 50 "printf 'stations | count\n' | .build/release/jixiao --datasets datasets"; \
	else \
		start=$$(date +%s%N); \
		for i in $$(seq 50); do printf 'stations | count\n' | .build/release/jixiao --datasets datasets >/dev/null; done; \
		echo "piped start-up: mean $$(( ($$(date +%s%N) - start) / 50000 )) µs over 50 runs"; \
	fi
	python3 bench/prompt_latency.py .build/release/jixiao 30

clean:
	rm -rf .build
