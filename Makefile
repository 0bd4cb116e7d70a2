# jixiao — build, run and test. `make run` starts the shell on the bundled datasets; `make test` installs what a
# fresh machine lacks (libedit-dev, zlib1g-dev for workbooks, tmux for the terminal tests, Python's openpyxl and
# python-docx for the .xlsx and .docx checks), builds, and runs every test. `make render` converts the bundled
# appendix and report to PDF and PNG with LibreOffice, to look at (`make render-deps` installs LibreOffice).

SWIFT ?= swift
APT_PACKAGES = libedit-dev zlib1g-dev tmux

.PHONY: run test build release deps pydeps bench-deps render render-deps reference clean bench bench-review bench-sort bench-scaling bench-startup bench-xlsx data-large fuzz fuzz-build test-sanitize test-asan test-ubsan test-tsan

# Installs the system packages the build needs, when they are missing (as root, or through sudo).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

# openpyxl and python-docx read exported .xlsx and .docx files back in the tests, as independent readers (the
# tests skip those checks without them).
pydeps:
	@python3 -c 'import openpyxl' 2>/dev/null || pip install -q openpyxl || echo "openpyxl could not be installed: the openpyxl checks will be skipped"
	@python3 -c 'import docx' 2>/dev/null || pip install -q python-docx || echo "python-docx could not be installed: the python-docx checks will be skipped"
	@python3 -c 'import duckdb' 2>/dev/null || pip install -q duckdb || echo "duckdb could not be installed: the check that the foreign corpus's .expect files come from the reference will be skipped"

# LibreOffice (Calc and Writer without a display), poppler for PDF to PNG, and Chinese fonts, for `make render`
# and the tests that render (they skip, saying why, without them). Large: not part of `make test`.
RENDER_PACKAGES = libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-noto-cjk
render-deps:
	@missing=""; for p in $(RENDER_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# The bundled appendix in both templates as .xlsx and .docx, and the bundled report as .docx, converted to PDF
# and to one PNG per page in .build/render/, so that a person can look at what a bureau would print.
RENDER_DIR = .build/render
render: build render-deps
	@rm -rf $(RENDER_DIR) && mkdir -p $(RENDER_DIR)/xlsx $(RENDER_DIR)/docx
	.build/debug/jixiao --datasets datasets -c 'appendix to $(CURDIR)/$(RENDER_DIR)/xlsx/mof.xlsx' \
		-c 'appendix --template hubei to $(CURDIR)/$(RENDER_DIR)/xlsx/hubei.xlsx' \
		-c 'appendix to $(CURDIR)/$(RENDER_DIR)/docx/mof.docx' -c 'appendix --template hubei to $(CURDIR)/$(RENDER_DIR)/docx/hubei.docx'
	.build/debug/jixiao --datasets datasets report reports/section-4.md -o $(RENDER_DIR)/docx/report.docx
	cd $(RENDER_DIR) && soffice -env:UserInstallation=file://$(CURDIR)/$(RENDER_DIR)/profile --headless --convert-to pdf --outdir pdf-xlsx xlsx/*.xlsx >/dev/null \
		&& soffice -env:UserInstallation=file://$(CURDIR)/$(RENDER_DIR)/profile --headless --convert-to pdf --outdir pdf-docx docx/*.docx >/dev/null
	cd $(RENDER_DIR) && for pdf in pdf-*/*.pdf; do pdftoppm -png -r 80 $$pdf $${pdf%.pdf}; done
	@ls $(RENDER_DIR)/pdf-*/*.png

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product jixiao

run: release
	.build/release/jixiao --datasets datasets

# The database tests run against a private PostgreSQL server (.ci/pg-server installs PostgreSQL when missing, and
# loads the bundled datasets and a million-row orders table); without one they say so and skip, except under CI.
test: deps pydeps
	$(SWIFT) build --build-tests
	@if settings="$$(.ci/pg-server start)"; then eval "$$settings"; trap '.ci/pg-server stop "$$JIXIAO_PG_DIR"' EXIT; \
	else echo "no PostgreSQL server could start: the database tests will say so"; fi; \
	$(SWIFT) test

# Regenerates docs/commands.md from the commands' own declarations (a test checks it is current).
reference: build
	.build/debug/jixiao --lang zh --reference > docs/commands.md.tmp && mv docs/commands.md.tmp docs/commands.md
	.build/debug/jixiao --lang en --reference > docs/commands.en.md.tmp && mv docs/commands.en.md.tmp docs/commands.en.md

ROWS ?= 1000000

# Writes large synthetic datasets (orders ledger plus the bundled schemas) to datasets/large/ROWS/.
data-large:
	python3 bench/gen_data.py $(ROWS) datasets/large/$(ROWS)

# The peers the goals are measured against (DuckDB CLI, python-calamine); a benchmark skips a peer that is absent.
bench-deps:
	@command -v duckdb >/dev/null 2>&1 || pip install -q duckdb-cli || echo "the DuckDB CLI could not be installed: its figures will be skipped"
	@python3 -c 'import python_calamine' 2>/dev/null || pip install -q python-calamine || echo "python-calamine could not be installed: its figures will be skipped"

# Runs the benchmark side by side with the peers installed here (DuckDB CLI, sqlite3, polars, pandas, Miller),
# then reviews PROJECTS generated project folders (bench-review).
bench: release bench-deps
	@test -f datasets/large/$(ROWS)/orders.csv || python3 bench/gen_data.py $(ROWS) datasets/large/$(ROWS)
	python3 bench/bench.py --rows $(ROWS)
	python3 bench/bench_pg.py --rows $(ROWS)
	python3 bench/review.py --projects $(PROJECTS)
	python3 bench/sort_collation.py --rows $(ROWS)

PROJECTS ?= 1000

# `review` over PROJECTS generated project folders (datasets/large/projects-N/, made once): prints the time.
bench-review: release
	python3 bench/review.py --projects $(PROJECTS)

# Pinyin sort against code-point sort of 1M text rows (also the last part of `make bench`).
bench-sort: release
	python3 bench/sort_collation.py --rows $(ROWS)

# Reads a 200,000-row workbook with jixiao and the Python .xlsx readers installed here; the goals against
# python-calamine with PASS/MISS.
bench-xlsx: release bench-deps
	python3 bench/xlsx.py

# Load + query time and peak memory at 1M, 2M, 5M and 10M rows, with the fitted slopes; fails (non-zero) when
# the 10M time is over 11 times the 1M time or a peak RSS over 1.2 times its CSV.
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

# MARK: - Sanitizers

# The whole test suite under AddressSanitizer, UndefinedBehaviorSanitizer and ThreadSanitizer (Swift Testing runs
# tests in parallel, so the thread sanitizer watches every shared structure they touch, and will watch parallel
# CSV parsing when it comes), each in its own scratch folder so the builds do not overwrite one another.
test-sanitize: test-asan test-ubsan test-tsan

# Leak detection is off: XCTest's own runner objects are reported at exit, and Swift keeps enum tags in a
# pointer's spare bits, which hides live arrays from LeakSanitizer.
test-asan: deps
	ASAN_OPTIONS=detect_leaks=0 nice -n 10 $(SWIFT) test --sanitize=address --scratch-path .build-asan

# swiftc on Linux refuses -sanitize=undefined (Swift code traps on overflow, bounds and nil by itself, in every
# build): the C code (Sources/CEditLine) is compiled with clang's UndefinedBehaviorSanitizer, aborting on the
# first report, and the runtime is linked into every product.
UBSAN_FLAGS = -Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined -Xswiftc -Xclang-linker -Xswiftc -fsanitize=undefined

test-ubsan: deps
	nice -n 10 $(SWIFT) test --scratch-path .build-ubsan $(UBSAN_FLAGS)

test-tsan: deps
	nice -n 10 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# MARK: - Fuzzing

# libFuzzer targets in Fuzz/, built with the toolchain's libFuzzer and AddressSanitizer against the library
# sources (each module a static library; a harness exports LLVMFuzzerTestOneInput and libFuzzer supplies main).
# `make fuzz` runs each target for FUZZ_SECONDS on its committed seeds (Fuzz/corpus/TARGET) plus what earlier
# runs found (.build-fuzz/corpus/TARGET); a crash stops it, with the input saved in .build-fuzz/artifacts/.
# Swift's own crash backtracer is turned off so that AddressSanitizer and libFuzzer report the crash. Leak
# detection is off: Swift keeps enum tags in a pointer's spare bits, which hides live arrays from LeakSanitizer
# (it reported the command target's datasets, held for the whole run, as leaked).
FUZZ_SECONDS ?= 60
FUZZ_DIR = .build-fuzz
SWIFTC ?= swiftc
# -O keeps Swift's overflow and bounds checks (only -Ounchecked drops them).
# ZIPFoundation (which the XLSX reader imports) is built from the package checkout like our own modules; its
# zlib module map comes from the checkout too, and zlib is linked in.
ZIP_SOURCES = .build/checkouts/ZIPFoundation/Sources
FUZZ_SWIFTFLAGS = -sanitize=fuzzer,address -parse-as-library -package-name jixiao -O -g -I $(ZIP_SOURCES)/CZLib -I Sources/JixiaoZlib
FUZZ_LINK ?= -lz -l_FoundationICU
FUZZ_RUN_FLAGS = -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -max_len=65536 -detect_leaks=0 -print_final_stats=1
FUZZ_TARGETS = csv command xlsx json header

fuzz_sources = $(sort $(shell find Sources/$(1) -name '*.swift'))

# One module as a static library and its .swiftmodule: $(1) the module, $(2) the modules it imports.
define fuzz_module
$(FUZZ_DIR)/lib$(1).a: $(call fuzz_sources,$(1)) $(foreach dependency,$(2),$(FUZZ_DIR)/lib$(dependency).a)
	@mkdir -p $(FUZZ_DIR)
	$(SWIFTC) $(FUZZ_SWIFTFLAGS) -module-name $(1) -I $(FUZZ_DIR) -emit-module -emit-module-path $(FUZZ_DIR)/$(1).swiftmodule \
		-emit-library -static -o $(FUZZ_DIR)/lib$(1).a $(call fuzz_sources,$(1))
endef
$(FUZZ_DIR)/libZIPFoundation.a:
	$(SWIFT) package resolve
	@mkdir -p $(FUZZ_DIR)
	$(SWIFTC) $(FUZZ_SWIFTFLAGS) -swift-version 5 -Xcc -D_GNU_SOURCE=1 -module-name ZIPFoundation -emit-module -emit-module-path $(FUZZ_DIR)/ZIPFoundation.swiftmodule \
		-emit-library -static -o $@ $(sort $(wildcard $(ZIP_SOURCES)/ZIPFoundation/*.swift))
$(eval $(call fuzz_module,JixiaoCore,ZIPFoundation))
$(eval $(call fuzz_module,JixiaoLanguage,JixiaoCore))
$(eval $(call fuzz_module,JixiaoRender,JixiaoCore))
$(eval $(call fuzz_module,JixiaoEvaluation,JixiaoCore JixiaoRender))
$(eval $(call fuzz_module,JixiaoCommands,JixiaoCore JixiaoLanguage JixiaoRender JixiaoEvaluation))
$(eval $(call fuzz_module,JixiaoSession,JixiaoCore JixiaoLanguage JixiaoRender JixiaoEvaluation JixiaoCommands))

# One harness: $(1) the target, $(2) its source, $(3) the modules it links, dependents first.
define fuzz_harness
$(FUZZ_DIR)/$(1)-fuzz: $(2) $(foreach module,$(3),$(FUZZ_DIR)/lib$(module).a)
	$(SWIFTC) $(FUZZ_SWIFTFLAGS) -use-ld=lld -module-name $(1)_fuzz -I $(FUZZ_DIR) $(2) \
		-L $(FUZZ_DIR) $(foreach module,$(3),-l$(module)) $(FUZZ_LINK) -o $$@
endef
$(eval $(call fuzz_harness,csv,Fuzz/CSVFuzz.swift,JixiaoRender JixiaoCore ZIPFoundation))
$(eval $(call fuzz_harness,command,Fuzz/CommandFuzz.swift,JixiaoSession JixiaoCommands JixiaoEvaluation JixiaoLanguage JixiaoRender JixiaoCore ZIPFoundation))
$(eval $(call fuzz_harness,xlsx,Fuzz/XLSXFuzz.swift,JixiaoRender JixiaoCore ZIPFoundation))
$(eval $(call fuzz_harness,json,Fuzz/JSONFuzz.swift,JixiaoRender JixiaoCore ZIPFoundation))
$(eval $(call fuzz_harness,header,Fuzz/HeaderFuzz.swift,JixiaoSession JixiaoCommands JixiaoEvaluation JixiaoLanguage JixiaoRender JixiaoCore ZIPFoundation))

fuzz-build: $(foreach target,$(FUZZ_TARGETS),$(FUZZ_DIR)/$(target)-fuzz)

fuzz: fuzz-build
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_DIR)/corpus/$$target $(FUZZ_DIR)/artifacts; \
		dict=""; if [ -f Fuzz/$$target.dict ]; then dict="-dict=Fuzz/$$target.dict"; fi; \
		echo "fuzzing $$target for $(FUZZ_SECONDS) s"; \
		SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 nice -n 10 $(FUZZ_DIR)/$$target-fuzz $(FUZZ_RUN_FLAGS) $$dict -artifact_prefix=$(FUZZ_DIR)/artifacts/$$target- \
			$(FUZZ_DIR)/corpus/$$target Fuzz/corpus/$$target || exit 1; \
	done

clean:
	rm -rf .build .build-fuzz .build-asan .build-ubsan .build-tsan
