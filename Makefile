# Newsmark: `make run` opens the app, `make test` runs every test.
# Both install the missing Debian packages first (with sudo when not root).

GO      ?= go
BIN     ?= newsmark
# cgo for SQLite, and the X11 and OpenGL headers for Fyne's desktop driver.
PKGS    := gcc libc6-dev pkg-config libgl1-mesa-dev xorg-dev
# The tests also run every store test on a private PostgreSQL cluster.
TEST_PKGS := postgresql postgresql-contrib
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export CGO_ENABLED = 1

.PHONY: run build test vet bench fuzz fuzz-short deps test-deps team-demo clean

run: build
	./$(BIN)

build: deps
	$(GO) build -o $(BIN) .

# Every test headless (-tags ci: Fyne's test driver, no display) with the
# race detector, as the window hands store work to goroutines, with a
# private PostgreSQL cluster on 127.0.0.1 (started in a temporary folder,
# stopped afterwards, also on failure) so the store tests run on both
# engines; then one full GL build so the real desktop driver keeps compiling.
test: deps test-deps vet
	$(GO) run ./store/pgtest/with-postgres $(GO) test -tags ci -race -count=1 -timeout 25m ./...
	$(GO) build -o /dev/null .
	# The work counts that show cleaning is linear in nesting need the
	# allocator without the race detector's bookkeeping.
	$(GO) test -tags ci -count=1 -run 'IsLinear|WorkGrows' ./annotate/ingest/
	$(MAKE) --no-print-directory fuzz-short

# Every importer's fuzz target (go test runs their seed corpora in
# testdata/fuzz as plain tests): `make fuzz` runs each for FUZZTIME
# (default 10 minutes) on this machine; `make fuzz-short`, which `make test`
# runs, for 5 seconds each. A failing input is saved in testdata/fuzz/ by
# go test: commit it with the fix.
#
# FUZZMINTIME bounds the minimising of each new input (go test's default is
# a minute): the first new input of a 5-second run was minimised for the
# whole run, its runs not counted ("execs: 14 (0/sec)"), and the deadline
# then fell inside it.
#
# Go 1.26's fuzzing coordinator can fail a run at its -fuzztime deadline with
# a bare "context deadline exceeded" although nothing failed
# (go.dev/issue/75804, fixed in Go 1.27): such a run wrote no failing input,
# so it is reported and passed. Any other failure, or one that wrote an
# input to testdata/fuzz, fails the step. A slow input is a failure of its
# own (checkClean's work bound), with its input saved.
FUZZ_PKGS   := ./annotate/ingest ./annotate/dataset
FUZZTIME    ?= 10m
FUZZMINTIME ?= 60s
fuzz: deps
	@for pkg in $(FUZZ_PKGS); do \
	  for t in $$($(GO) test -tags ci -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$t ($(FUZZTIME))"; \
	    out=$$(mktemp); \
	    { $(GO) test -tags ci -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) $$pkg; echo $$? > $$out.rc; } 2>&1 | tee $$out; \
	    status=$$(cat $$out.rc); rm -f $$out.rc; \
	    if [ $$status -ne 0 ]; then \
	      if grep -q '^    context deadline exceeded$$' $$out && ! grep -q 'Failing input written' $$out \
	         && [ $$(grep -c -e '^--- FAIL' -e '^    ' $$out) -eq 2 ]; then \
	        echo "== $$t: go test's fuzzing stopped at its deadline with nothing failed (go.dev/issue/75804); passed"; \
	      else rm -f $$out; exit 1; fi; \
	    fi; \
	    rm -f $$out; \
	  done; \
	done

fuzz-short:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=5s FUZZMINTIME=1s

vet: deps
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { gofmt -l .; echo "gofmt would change the files above"; exit 1; }
	$(GO) vet -tags ci ./...

# A throw-away team project to try: a private PostgreSQL cluster on
# 127.0.0.1 in a temporary folder (the server runs as the postgres user when
# you are root), the sample articles handed out to ana and ben with cai as
# adjudicator, and the window opened as ana. Closing the window stops the
# cluster and removes it.
team-demo: build test-deps
	$(GO) run ./store/pgtest/with-postgres sh -c '\
	  set -e; U="$$NEWSMARK_TEST_PG"; \
	  ./$(BIN) import --db "$$U" --analyst lead assets/samples; \
	  ./$(BIN) team add --db "$$U" ana ben; \
	  ./$(BIN) team add --db "$$U" --adjudicator cai; \
	  ./$(BIN) assign --db "$$U" --analyst lead --analysts ana,ben --per-doc 2 --suggestions; \
	  as() { echo "$$U" | sed "s#//newsmark@#//$$1@#"; }; \
	  echo; echo "Team project ready. Open more windows while this one runs:"; \
	  echo "  ./$(BIN) --db $$(as ben)     (ben)"; \
	  echo "  ./$(BIN) --db $$(as cai)     (cai, adjudicator: View > Adjudicate)"; \
	  echo "  ./$(BIN) agree --db $$U      (the lead: agreement)"; echo; \
	  ./$(BIN) --db "$$(as ana)"'

# Speed and memory goals, each against a baseline measured in the same run.
bench: deps
	$(GO) test -tags ci -run '^$$' -bench . -benchmem ./...

test-deps:
	@$(MAKE) --no-print-directory deps PKGS="$(PKGS) $(TEST_PKGS)"

deps:
	@missing=""; for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi
	@command -v $(GO) >/dev/null || { echo "Go 1.26 or newer is needed: see README.md"; exit 1; }

clean:
	rm -f $(BIN)
