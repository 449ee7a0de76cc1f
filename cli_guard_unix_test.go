//go:build unix

package main

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"newsmark/store"
)

// buildNewsmark builds the binary once for the tests that run it under
// resource limits or without a network, and hands every caller that one
// file. It is built with the ci tag, as the tests are: the command line
// never opens a window, and leaving out the OpenGL driver keeps a cold
// build (a fresh clone, a loaded machine) well inside the test timeout;
// `make test` builds the real desktop binary in a step of its own.
func buildNewsmark(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			built.skip = "no go tool to build the binary with"
			return
		}
		dir, err := os.MkdirTemp("", "newsmark-bin-")
		if err != nil {
			built.err = err.Error()
			return
		}
		built.dir = dir
		built.bin = filepath.Join(dir, "newsmark")
		if out, err := exec.Command(goTool, "build", "-tags", "ci", "-o", built.bin, ".").CombinedOutput(); err != nil {
			built.err = fmt.Sprintf("go build: %v\n%s", err, out)
		}
	})
	switch {
	case built.skip != "":
		t.Skip(built.skip)
	case built.err != "":
		t.Fatal(built.err)
	}
	return built.bin
}

// built is the one binary buildNewsmark makes; TestMain removes its folder.
var built struct {
	once      sync.Once
	dir, bin  string
	skip, err string
}

// runLimited runs the binary with a data-segment limit (ulimit -d, in KB)
// and returns its exit code, output and error output.
func runLimited(t *testing.T, limitKB int, bin string, args ...string) (int, string, string) {
	t.Helper()
	if err := exec.Command("sh", "-c", fmt.Sprintf("ulimit -d %d", limitKB)).Run(); err != nil {
		t.Skipf("this shell cannot set ulimit -d: %v", err)
	}
	cmd := exec.Command("sh", append([]string{"-c", fmt.Sprintf(`ulimit -d %d && exec "$0" "$@"`, limitKB), bin}, args...)...)
	cmd.Env = append(os.Environ(), "NEWSMARK_ANALYST=ana")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := cmd.ProcessState.ExitCode()
	if err != nil && code < 0 {
		t.Fatalf("run: %v", err)
	}
	return code, stdout.String(), stderr.String()
}

func noRuntimeTrace(t *testing.T, out string) {
	t.Helper()
	for _, s := range []string{"goroutine ", "fatal error", "runtime.", "panic:"} {
		if strings.Contains(out, s) {
			t.Errorf("the output holds a Go runtime trace (%q):\n%.2000s", s, out)
		}
	}
}

const guardArticle = "Harbour council approves the budget\n\nThe council voted on Tuesday to approve the budget, which includes new money for road repairs, officials said after a long meeting.\n"

// TestImportUnderMemoryLimitRefusesBigFile imports a 19 MB article and a
// small one under a 400 MB data limit: the big one is refused before it is
// read, with how much memory it needs and how much there is, and the
// small one is imported; no runtime trace.
func TestImportUnderMemoryLimitRefusesBigFile(t *testing.T) {
	bin := buildNewsmark(t)
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(small, []byte(guardArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	sb.WriteString("A long article\n\n")
	for sb.Len() < 19<<20 {
		sb.WriteString("The council voted again on Tuesday to approve the budget, officials said.\n\n")
	}
	if err := os.WriteFile(big, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "p.newsmark")
	code, out, errOut := runLimited(t, 400_000, bin, "import", "--db", db, big, small)
	if code != 1 {
		t.Errorf("exit code %d, want 1\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "failed     import "+big+": not enough memory to import this file: it needs about") {
		t.Errorf("the big file is not refused for memory:\n%s\n%s", out, errOut)
	}
	if !strings.Contains(out, "imported   "+small) {
		t.Errorf("the small file is not imported:\n%s", out)
	}
	noRuntimeTrace(t, out+errOut)
}

// TestImportOutOfMemoryNamesTheFile imports a zip whose JSON file
// inflates to a 400 MB text under a 300 MB data limit: the process that reads it
// runs out of memory; the user reads which file it was reading and that it
// was not stored, never Go's trace (kept in a file), and the project has
// none of it.
func TestImportOutOfMemoryNamesTheFile(t *testing.T) {
	bin := buildNewsmark(t)
	dir := t.TempDir()
	bomb := filepath.Join(dir, "inflates.zip")
	f, err := os.Create(bomb)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	w, err := zw.Create("docs.json")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(`[{"text": "`))
	letters := bytes.Repeat([]byte("a"), 1<<20)
	for range 400 {
		w.Write(letters)
	}
	w.Write([]byte(`"}]`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	db := filepath.Join(dir, "p.newsmark")
	code, out, errOut := runLimited(t, 300_000, bin, "import", "--db", db, bomb)
	if code != 1 {
		t.Errorf("exit code %d, want 1\n%s\n%.3000s", code, out, errOut)
	}
	want := "newsmark import: the import ran out of memory while reading " + bomb + ": that file was not stored; every document stored before is kept, whole."
	if !strings.Contains(errOut, want) {
		t.Errorf("error output does not say which file ran out of memory:\n%.3000s", errOut)
	}
	noRuntimeTrace(t, out+errOut)
	if i := strings.Index(errOut, "report is in "); i >= 0 {
		report := strings.TrimSuffix(strings.TrimSpace(errOut[i+len("report is in "):]), ".)")
		os.Remove(report)
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, _, err := st.CountDocuments(context.Background(), "ana")
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("the project holds %d documents after the failed import, want none", n)
	}
}
