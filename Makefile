# Newsmark: `make run` opens the app, `make test` runs every test.
# Both install the missing Debian packages first (with sudo when not root).

GO      ?= go
BIN     ?= newsmark
# cgo for SQLite, and the X11 and OpenGL headers for Fyne's desktop driver.
PKGS    := gcc libc6-dev pkg-config libgl1-mesa-dev xorg-dev
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export CGO_ENABLED = 1

.PHONY: run build test vet bench deps clean

run: build
	./$(BIN)

build: deps
	$(GO) build -o $(BIN) .

# Every test headless (-tags ci: Fyne's test driver, no display) with the
# race detector, as the window hands store work to goroutines; then one full
# GL build so the real desktop driver keeps compiling.
test: deps vet
	$(GO) test -tags ci -race -count=1 ./...
	$(GO) build -o /dev/null .

vet: deps
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { gofmt -l .; echo "gofmt would change the files above"; exit 1; }
	$(GO) vet -tags ci ./...

# Speed and memory goals, each against a baseline measured in the same run.
bench: deps
	$(GO) test -tags ci -run '^$$' -bench . -benchmem ./...

deps:
	@missing=""; for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi
	@command -v $(GO) >/dev/null || { echo "Go 1.26 or newer is needed: see README.md"; exit 1; }

clean:
	rm -f $(BIN)
