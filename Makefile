# expedite: the two commands a newcomer needs are 'make run' and 'make test'.
GO       ?= go
FUZZTIME ?= 3m
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X main.version=$(VERSION)
# A static binary: without cgo, os/user and net use their pure-Go code, so the
# program starts about 20% faster, needs no C library and runs on any Linux.
# Only the race detector needs cgo: 'test' turns it back on.
STATIC   := CGO_ENABLED=0

.PHONY: all build release run test lint bench measure fuzz stress eval eval-gate generate clean

all: build

## build: compile bin/expedite
build:
	$(STATIC) $(GO) build -ldflags "$(LDFLAGS)" -o bin/expedite ./cmd/expedite

## release: bin/expedite without symbols and build paths (smaller, reproducible)
release:
	$(STATIC) $(GO) build -trimpath -ldflags "-s -w $(LDFLAGS)" -o bin/expedite ./cmd/expedite

## run: build bin/expedite, then start the wizard (pass flags with ARGS="--draft case.yaml").
## The binary runs itself (not 'go run', which reports "exit status 130"), and its
## usual endings, 1 (stopped without writing) and 130 (Ctrl-C), which it explains
## itself, are not reported again by make as errors.
run:
	@$(STATIC) $(GO) build -ldflags "$(LDFLAGS)" -o bin/expedite ./cmd/expedite
	@bin/expedite $(ARGS); code=$$?; case $$code in 0|1|130) ;; *) exit $$code;; esac

## test: formatting, vet, then every test with the race detector
test: lint
	CGO_ENABLED=1 $(GO) test -race ./...

## generate: after editing internal/catalog/data, internal/msg/data or
## internal/prose/data, write
## the Go the program reads them as (a test fails until this is run)
generate:
	$(GO) generate ./internal/catalog ./internal/msg ./internal/prose

## lint: gofmt and go vet
lint:
	@out="$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))"; \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

## bench: the benchmarks (numbers are recorded in the README)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## eval: precision and recall of the screening rules on the labelled corpus
eval:
	$(GO) run ./internal/eval/report

## measure: the README's Performance numbers: sizes, whole-process timings, keystroke
measure:
	$(STATIC) $(GO) build -ldflags "$(LDFLAGS)" -o bin/expedite ./cmd/expedite
	$(STATIC) $(GO) build -trimpath -ldflags "-s -w $(LDFLAGS)" -o bin/expedite-release ./cmd/expedite
	@wc -c bin/expedite bin/expedite-release
	$(GO) run ./tools/measure -bin bin/expedite
	$(GO) test -run '^$$' -bench 'DescriptionKeystroke|ChecklistPDF' -benchmem ./internal/wizard ./internal/render

## eval-gate: fail unless the held-out split reaches issue 11's targets
eval-gate:
	EXPEDITE_EVAL_TARGETS=1 $(GO) test -count=1 -run 'TestHeldOut' ./internal/eval

## fuzz: each fuzz target for FUZZTIME (default 3m); crashers land in testdata/fuzz
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s ./internal/answers
	$(GO) test -run '^$$' -fuzz '^FuzzLint$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s ./internal/criteria
	$(GO) test -run '^$$' -fuzz '^FuzzPlain$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s ./internal/safetext
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s ./internal/prose
	$(GO) test -run '^$$' -fuzz '^FuzzRequestText$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s ./internal/render
	$(GO) test -run '^$$' -fuzz '^FuzzSaveRoundTrip$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s ./internal/answers
	$(GO) test -run '^$$' -fuzz '^FuzzCheck$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s ./internal/criteria
	$(GO) test -run '^$$' -fuzz '^FuzzChecklistPDF$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s ./internal/render
	$(GO) test -run '^$$' -fuzz '^FuzzFieldValidators$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s ./internal/wizard
	$(GO) test -run '^$$' -fuzz '^FuzzAccessible$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s ./internal/wizard
	$(GO) test -run '^$$' -fuzz '^FuzzJSONOutput$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s ./cmd/expedite

## stress: the kill tests of the real binary at full length (1,000 SIGKILLs
## of render, 1,000 of draft saving, 1,000 signals during render)
stress:
	EXPEDITE_KILLS=1000 $(GO) test -run '^(TestKillRender|TestKillDraftSave|TestSignalDuringRenderLeavesNothing)$$' -count 1 -timeout 60m -v ./cmd/expedite

clean:
	rm -rf bin
