package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"newsmark/annotate"
)

const crashChildEnv = "NEWSMARK_CRASH_CHILD"

// TestMain lets the test binary double as the crash test's child process
// and as another program waiting for the write lock (waiters_test.go).
func TestMain(m *testing.M) {
	if path := os.Getenv(crashChildEnv); path != "" {
		crashChild(path)
		return
	}
	if path := os.Getenv(waiterChildEnv); path != "" {
		waiterChild(path)
		return
	}
	if path := os.Getenv(mirrorChildEnv); path != "" {
		mirrorChild(path)
		return
	}
	// Team projects opened by the tests keep their search mirrors in a
	// folder of the run's, not the user's cache.
	if os.Getenv(EnvSearchMirror) == "" {
		dir, err := os.MkdirTemp("", "newsmark-mirrors-")
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		os.Setenv(EnvSearchMirror, dir)
		code := m.Run()
		os.RemoveAll(dir)
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// crashChild applies edits in a loop and acknowledges each one on stdout
// only after Apply returned, as the GUI shows "saved" only then.
func crashChild(path string) {
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	start, _ := strconv.Atoi(os.Getenv("NEWSMARK_CRASH_FROM"))
	ctx := context.Background()
	fmt.Println("ready")
	for n := start; ; n++ {
		_, err := s.Apply(ctx, "ana", annotate.Edit{Doc: "crash", Summary: "tag", Ops: []annotate.Op{
			{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: fmt.Sprintf("k%d", n), Start: n % 50, End: n%50 + 3, Label: annotate.LabelClaim}},
			{Kind: annotate.OpSetDocLabel, Key: "last", Value: []byte(strconv.Itoa(n))},
		}})
		if err != nil {
			fmt.Println("error", err)
			os.Exit(3)
		}
		fmt.Printf("ack %d\n", n)
	}
}

// TestEditsSurviveSIGKILL kills a writing process at random moments, many
// times, and checks that every acknowledged edit is in the file and that
// SQLite finds the file sound.
func TestEditsSurviveSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	path := filepath.Join(t.TempDir(), "crash.newsmark")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	d := &annotate.Document{ID: "crash", Text: strings.Repeat("Power failed across the valley at noon. ", 3)}
	if _, err := s.AddDocuments(context.Background(), "ana", []*annotate.Document{d}, nil); err != nil {
		t.Fatal(err)
	}
	s.Close()

	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	const kills = 20
	next := 0
	acked := map[int]bool{}
	for round := 0; round < kills; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path, "NEWSMARK_CRASH_FROM="+strconv.Itoa(next))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill after a random delay counted from the moment the child has
		// the project open (however slowly a loaded machine starts it):
		// sometimes before the first edit, often in the middle of a commit.
		delay := time.Duration(rng.Intn(120)) * time.Millisecond
		var timer *time.Timer
		guard := time.AfterFunc(time.Minute, func() { cmd.Process.Signal(syscall.SIGKILL) }) // a child that hangs
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			if line == "ready" {
				timer = time.AfterFunc(delay, func() { cmd.Process.Signal(syscall.SIGKILL) })
				continue
			}
			if n, ok := strings.CutPrefix(line, "ack "); ok {
				k, _ := strconv.Atoi(n)
				acked[k] = true
				if k >= next {
					next = k + 1
				}
			} else if strings.HasPrefix(line, "error") {
				t.Fatalf("child: %s", line)
			}
		}
		if timer != nil {
			timer.Stop()
		}
		guard.Stop()
		cmd.Wait()

		s, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: reopen after SIGKILL: %v", round, err)
		}
		if res, err := s.IntegrityCheck(context.Background()); err != nil || res != "ok" {
			t.Fatalf("round %d: integrity_check = %q, %v", round, res, err)
		}
		a, err := s.Annotations(context.Background(), "crash", "ana")
		if err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, sp := range a.Spans {
			have[sp.ID] = true
		}
		for k := range acked {
			if !have[fmt.Sprintf("k%d", k)] {
				t.Fatalf("round %d: acknowledged edit k%d is missing after SIGKILL", round, k)
			}
		}
		// An edit the child made but could not acknowledge may be there too;
		// continue numbering after the highest stored.
		for id := range have {
			if k, err := strconv.Atoi(strings.TrimPrefix(id, "k")); err == nil && k >= next {
				next = k + 1
			}
		}
		s.Close()
	}
	if len(acked) == 0 {
		t.Fatal("the child acknowledged no edit in any round")
	}
	t.Logf("%d SIGKILLs, %d acknowledged edits, all present, integrity ok", kills, len(acked))
}
