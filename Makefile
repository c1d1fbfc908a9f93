# GetPower — the two commands: `make run` and `make test` (see README.md).
# Everything is installed by scripts/deps.sh (idempotent) and built under build/.
SHELL := /bin/bash
.DEFAULT_GOAL := build
JOBS ?= $(shell nproc)
PORT ?= 8080
DATA ?= var
BUILD := build
NATIVE := $(BUILD)/native
WASM := $(BUILD)/wasm
SITE := $(BUILD)/site
# toolchain.md trap 1: Debian's emcc needs Debian's node modules (acorn).
export NODE_PATH := /usr/share/nodejs

.PHONY: deps build native wasm site run test test-shared test-server test-security test-wasm test-e2e bench soak clean help

help:
	@echo "make run    install what is missing, build, start http://127.0.0.1:$(PORT) (demo data on a fresh ./$(DATA))"
	@echo "make test   install what is missing, build both targets, run every suite"
	@echo "make build | deps | test-shared | test-wasm | test-server | test-security | test-e2e | bench | soak | clean"

deps:
	@scripts/deps.sh

build: deps
	@$(MAKE) --no-print-directory native wasm site

native:
	@cmake -S . -B $(NATIVE) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(NATIVE) -j $(JOBS)

wasm:
	@emcmake cmake -S . -B $(WASM) -DCMAKE_BUILD_TYPE=MinSizeRel \
	  -DCMAKE_CROSSCOMPILING_EMULATOR="node;--no-experimental-fetch" >/dev/null
	@cmake --build $(WASM) -j $(JOBS)

# Everything the browser loads: index.html, the app's js + wasm, the fonts.
site:
	@scripts/make-site.sh $(WASM) $(SITE)

run: build
	@mkdir -p $(DATA)
	@if [ ! -f $(DATA)/getpower.db ]; then demo=--demo; fi; \
	  exec $(BUILD)/bin/getpower-server --port $(PORT) --data $(DATA) --site $(SITE) $$demo

test: build
	@scripts/test.sh all

test-shared: ; @scripts/test.sh shared
test-wasm: ; @scripts/test.sh wasm
test-server: ; @scripts/test.sh server
test-security: ; @scripts/test.sh security
test-e2e: ; @scripts/test.sh e2e

bench: build
	@scripts/bench.sh

soak: build
	@scripts/soak.sh

clean:
	rm -rf $(BUILD)
