//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// windowChildEnv makes this test binary a stand-in for the window child:
// it reports an import and dies as the runtime makes a process die, exits
// with a code, or shows (prints) the note it was started again with.
const windowChildEnv = "NEWSMARK_TEST_WINDOW_CHILD"

func TestMain(m *testing.M) {
	if mode := os.Getenv(windowChildEnv); mode != "" {
		os.Exit(windowChild(mode))
	}
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// windowChild is the stand-in window: it uses the window's own side of the
// guard (windowGuard), counts its starts in $NEWSMARK_TEST_STARTS, and
// crashes as its mode says.
func windowChild(mode string) int {
	starts := os.Getenv("NEWSMARK_TEST_STARTS")
	before, _ := os.ReadFile(starts)
	n := bytes.Count(before, []byte("\n")) + 1
	f, _ := os.OpenFile(starts, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	fmt.Fprintf(f, "start %d %q\n", n, os.Args[1:])
	f.Close()
	g := windowGuard()
	if g.Note != "" {
		fmt.Printf("dialog: %s\n", g.Note)
	}
	die := func(importing bool) int {
		if importing {
			g.Importing(true)
			g.Reading("/data/small.txt", true)
			g.Reading("/data/small.txt", false)
			g.Reading("/data/inflates.zip", true)
		}
		fmt.Fprint(os.Stderr, "Fyne is fine\nfatal error: out of memory\n\ngoroutine 1 [running]:\nruntime.throw()\n")
		return 2
	}
	switch mode {
	case "exit3":
		fmt.Println("window closed")
		return 3
	case "term":
		syscall.Kill(os.Getpid(), syscall.SIGTERM)
		time.Sleep(time.Minute)
	case "oom-once":
		if n == 1 {
			return die(true)
		}
		return 0
	case "oom-twice":
		if n <= 2 {
			return die(true)
		}
		return 0
	case "oom-always":
		return die(true)
	case "oom-idle":
		return die(false)
	case "trace-like":
		fmt.Fprint(os.Stderr, "runtime: a note that looks like a report\n")
		return 0
	}
	return 9
}

// superviseTestWindow runs the stand-in window child in mode under the
// window's supervisor with clock now, returning the exit code, output,
// error output and how many times the window was started.
func superviseTestWindow(t *testing.T, mode string, now func() time.Time) (int, string, string, int) {
	t.Helper()
	starts := filepath.Join(t.TempDir(), "starts")
	t.Setenv(windowChildEnv, mode)
	t.Setenv("NEWSMARK_TEST_STARTS", starts)
	t.Setenv("TMPDIR", t.TempDir()) // where the runtime's report is saved
	var stdout, stderr bytes.Buffer
	g := windowSupervisor{exe: os.Args[0], args: []string{"--db", "p.newsmark"}, stdout: &stdout, stderr: &stderr, now: now}
	code, ok := g.run()
	if !ok {
		t.Fatal("the window child could not be started")
	}
	log, _ := os.ReadFile(starts)
	if !bytes.Contains(log, []byte(`["--db" "p.newsmark"]`)) {
		t.Errorf("the child was not given the window's arguments: %s", log)
	}
	return code, stdout.String(), stderr.String(), bytes.Count(log, []byte("\n"))
}

// The window's out-of-memory message, as the user reads it.
const windowOOM = "Newsmark ran out of memory while importing /data/inflates.zip: that file was not stored; every document stored before it is kept. (The technical report is in "

func TestWindowSupervisorPassesExitCodeAndOutput(t *testing.T) {
	code, out, errOut, starts := superviseTestWindow(t, "exit3", time.Now)
	if code != 3 || out != "window closed\n" || errOut != "" || starts != 1 {
		t.Errorf("exit %d, output %q, error output %q, %d starts; want 3, the window's output, none, 1", code, out, errOut, starts)
	}
}

func TestWindowSupervisorPassesTerminationOn(t *testing.T) {
	code, _, errOut, starts := superviseTestWindow(t, "term", time.Now)
	if code != 128+int(syscall.SIGTERM) || errOut != "" || starts != 1 {
		t.Errorf("a window ended by SIGTERM: exit %d, error output %q, %d starts; want %d, none, 1", code, errOut, starts, 128+int(syscall.SIGTERM))
	}
}

func TestWindowSupervisorKeepsTextThatOnlyLooksLikeATrace(t *testing.T) {
	code, _, errOut, starts := superviseTestWindow(t, "trace-like", time.Now)
	if code != 0 || errOut != "runtime: a note that looks like a report\n" || starts != 1 {
		t.Errorf("exit %d, error output %q, %d starts; want 0, the text as written, 1", code, errOut, starts)
	}
}

// TestWindowOutOfMemoryStartsItAgainWithTheNote: the window dies of the
// runtime's out-of-memory while importing; the user reads which file it
// was (not the trace, saved to a file) and the window comes back, once,
// showing the same words.
func TestWindowOutOfMemoryStartsItAgainWithTheNote(t *testing.T) {
	code, out, errOut, starts := superviseTestWindow(t, "oom-once", time.Now)
	if code != 0 || starts != 2 {
		t.Errorf("exit %d after %d starts, want 0 after 2", code, starts)
	}
	if !strings.HasPrefix(errOut, "Fyne is fine\nnewsmark: "+windowOOM) || !strings.HasSuffix(errOut, ".)\nnewsmark: starting the window again.\n") {
		t.Errorf("error output:\n%s", errOut)
	}
	noRuntimeTrace(t, errOut)
	if !strings.HasPrefix(out, "dialog: "+windowOOM) {
		t.Errorf("the window started again does not show the note:\n%s", out)
	}
	i := strings.Index(errOut, "report is in ")
	report := errOut[i+len("report is in ") : i+strings.Index(errOut[i:], ".)")]
	trace, err := os.ReadFile(report)
	if err != nil || !strings.HasPrefix(string(trace), "fatal error: out of memory\n") {
		t.Errorf("the runtime's report was not saved (%v): %q", err, trace)
	}
}

func TestWindowDyingAgainSoonIsNotStartedAgain(t *testing.T) {
	code, _, errOut, starts := superviseTestWindow(t, "oom-always", time.Now)
	if code != 1 || starts != 2 {
		t.Errorf("exit %d after %d starts, want 1 after 2", code, starts)
	}
	if strings.Count(errOut, "newsmark: "+windowOOM) != 2 || strings.Count(errOut, "starting the window again") != 1 {
		t.Errorf("error output:\n%s", errOut)
	}
}

func TestWindowDyingAgainLongAfterIsStartedAgain(t *testing.T) {
	clock := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	later := func() time.Time { clock = clock.Add(2 * againWithin); return clock }
	code, _, _, starts := superviseTestWindow(t, "oom-twice", later)
	if code != 0 || starts != 3 {
		t.Errorf("exit %d after %d starts, want 0 after 3", code, starts)
	}
}

func TestWindowDyingOutsideAnImportIsNotStartedAgain(t *testing.T) {
	code, out, errOut, starts := superviseTestWindow(t, "oom-idle", time.Now)
	if code != 1 || starts != 1 || out != "" {
		t.Errorf("exit %d after %d starts, output %q; want 1 after 1, none", code, starts, out)
	}
	if !strings.Contains(errOut, "newsmark: Newsmark ran out of memory. (The technical report is in ") {
		t.Errorf("error output:\n%s", errOut)
	}
	noRuntimeTrace(t, errOut)
}
