package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"newsmark/annotate"
)

const waiterChildEnv = "NEWSMARK_WAITER_CHILD"

// waiterChild is another program writing to the project at path: for each
// line on stdin it saves an analyst's tag ("tag") or a bulk job's slice
// ("bulk"), then says "ack".
func waiterChild(path string) {
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	defer s.Close()
	ctx := context.Background()
	fmt.Println("ready")
	sc := bufio.NewScanner(os.Stdin)
	for n := 0; sc.Scan(); n++ {
		switch sc.Text() {
		case "tag":
			_, err = s.Apply(ctx, "ben", annotate.Edit{Doc: "desk", Summary: "tag", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
				Span: &annotate.Span{ID: fmt.Sprintf("t%d", n), Start: n % 20, End: n%20 + 4, Label: annotate.LabelClaim}}}})
		case "bulk":
			err = s.inBulkTx(ctx, func(t *txn) error {
				_, err := t.exec("INSERT INTO settings(key, value) VALUES('child', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", n)
				return err
			})
		}
		if err != nil {
			fmt.Println("error", err)
			os.Exit(3)
		}
		fmt.Println("ack")
	}
}

// otherProgram is a waiterChild process.
type otherProgram struct {
	t     *testing.T
	cmd   *exec.Cmd
	in    *os.File
	lines chan string
}

func startOtherProgram(t *testing.T, path string) *otherProgram {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), waiterChildEnv+"="+path)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdin = r
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r.Close()
	p := &otherProgram{t: t, cmd: cmd, in: w, lines: make(chan string, 16)}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
	}()
	t.Cleanup(func() {
		w.Close()
		cmd.Process.Kill()
		cmd.Wait()
	})
	p.expect("ready")
	return p
}

func (p *otherProgram) send(cmd string) { fmt.Fprintln(p.in, cmd) }

// expect waits for the program's next line, a minute at most (a program
// that hangs).
func (p *otherProgram) expect(want string) {
	p.t.Helper()
	select {
	case line, ok := <-p.lines:
		if !ok || line != want {
			p.t.Fatalf("the other program said %q (still running: %v), want %q", line, ok, want)
		}
	case <-time.After(time.Minute):
		p.t.Fatalf("the other program did not say %q within a minute", want)
	}
}

// seeWaiting waits until s's bulk jobs see a writer of kind want (a
// minute at most: a writer first tries the lock, then says it waits).
func seeWaiting(s *Store, want waiterKind) error {
	deadline := time.Now().Add(time.Minute)
	for s.waiters.waiting() != want {
		if time.Now().After(deadline) {
			return fmt.Errorf("bulk jobs see waiter kind %d, want %d", s.waiters.waiting(), want)
		}
		time.Sleep(time.Millisecond)
	}
	return nil
}

// A bulk job holding the write lock sees an analyst's edit in another
// program waiting for it, and commits at once however young its slice; a
// bulk job of another program waiting is let in only after bulkShare; a
// program killed while it waits is no longer seen.
func TestBulkJobSeesWritersWaitingInAnotherProgram(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("other programs' waiting writers are seen on Linux only; elsewhere bulk jobs keep time slices")
	}
	path := filepath.Join(t.TempDir(), "p.newsmark")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	addDoc(t, s, "desk", "The council said the quay would reopen in May.")
	if !s.waiters.seen() {
		t.Fatal("no waiting-writer signal for a project file on Linux")
	}
	if fi, err := os.Stat(WritersFile(path)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the sidecar is not readable by its owner only: %v %v", fi.Mode(), err)
	}
	ctx := context.Background()
	other := startOtherProgram(t, path)
	if k := s.waiters.waiting(); k != waiterNone {
		t.Fatalf("bulk jobs see waiter kind %d with nobody waiting", k)
	}
	if s.sliceOver(time.Now().Add(-bulkSlice * 4)) {
		t.Error("a bulk slice nobody waits for ends after bulkSlice, as without the signal")
	}

	// Held: the other program's tag waits, and is seen.
	err = s.inBulkTx(ctx, func(*txn) error {
		other.send("tag")
		return sliceEndsForEdit(s)
	})
	if err != nil {
		t.Fatal(err)
	}
	other.expect("ack")
	if err := seeWaiting(s, waiterNone); err != nil {
		t.Fatalf("after the tag was saved: %v", err)
	}
	a, err := s.Annotations(ctx, "desk", "ben")
	if err != nil || len(a.Spans) != 1 {
		t.Fatalf("the other program's tag: %d spans, %v", len(a.Spans), err)
	}

	// Another bulk job waits: it gets a turn, after bulkShare.
	err = s.inBulkTx(ctx, func(*txn) error {
		other.send("bulk")
		if err := seeWaiting(s, waiterBulk); err != nil {
			return err
		}
		if s.sliceOver(time.Now().Add(time.Hour)) {
			return errors.New("a bulk slice just begun ends for another bulk job")
		}
		if !s.sliceOver(time.Now().Add(-bulkShare - time.Millisecond)) {
			return errors.New("a bulk slice does not end after bulkShare for another bulk job")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	other.expect("ack")

	// A program killed while it waits leaves no mark: its lock went with it.
	err = s.inBulkTx(ctx, func(*txn) error {
		other.send("tag")
		if err := seeWaiting(s, waiterEdit); err != nil {
			return err
		}
		other.cmd.Process.Kill()
		return seeWaiting(s, waiterNone)
	})
	if err != nil {
		t.Fatal(err)
	}
	if s.sliceOver(time.Now().Add(-bulkSlice * 4)) {
		t.Error("a bulk slice ends early after the waiting program was killed")
	}
}

// Writers of the same program are seen too: on the bulk job's own store
// (whose sidecar lock is the bulk job's own, so only the count tells) and
// on another store of the same file.
func TestBulkJobSeesWritersWaitingInTheSameProgram(t *testing.T) {
	tests := []struct {
		name    string
		another bool
	}{
		{"the same store", false},
		{"another store of the file", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p.newsmark")
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			writer := s
			if tc.another {
				if writer, err = Open(path); err != nil {
					t.Fatal(err)
				}
				defer writer.Close()
			}
			ctx := context.Background()
			saved := make(chan error, 1)
			err = s.inBulkTx(ctx, func(*txn) error {
				go func() { saved <- writer.SetSetting(ctx, "suggest_on_import", "off") }()
				return sliceEndsForEdit(s)
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := <-saved; err != nil {
				t.Fatalf("the waiting writer: %v", err)
			}
			if err := seeWaiting(s, waiterNone); err != nil {
				t.Fatalf("after the setting was saved: %v", err)
			}
		})
	}
}

// A sidecar left behind by a program that ended (however it ended) holds
// nothing: a bulk job goes on as when nobody waits, and stores everything.
func TestLeftoverSidecarIsHarmless(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the sidecar is Linux's")
	}
	path := filepath.Join(t.TempDir(), "p.newsmark")
	if err := os.WriteFile(WritersFile(path), []byte("left by a program that was killed"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !s.waiters.seen() || s.waiters.waiting() != waiterNone {
		t.Fatalf("a leftover sidecar: signal %v, waiter kind %d", s.waiters.seen(), s.waiters.waiting())
	}
	if s.sliceOver(time.Now().Add(-bulkSlice * 4)) {
		t.Error("a bulk slice nobody waits for ends after bulkSlice")
	}
	bulkImportWithTags(t, s, path)
}

// Where the sidecar cannot be opened (here a folder is in its place; a
// read-only folder without one is the same), the project opens and its
// bulk jobs keep their time slices, other writers still getting in.
func TestBulkJobKeepsTimeSlicesWithoutSidecar(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.newsmark")
	if err := os.Mkdir(WritersFile(path), 0o700); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.waiters.seen() {
		t.Fatal("a waiting-writer signal without its sidecar")
	}
	if !s.sliceOver(time.Now().Add(-bulkSlice * 4)) {
		t.Error("a bulk slice without the signal does not end after bulkSlice")
	}
	bulkImportWithTags(t, s, path)
}

// bulkImportWithTags imports 600 documents through s while another store
// of the file saves 40 tags: everything is stored, nothing is refused.
func bulkImportWithTags(t *testing.T, s *Store, path string) {
	t.Helper()
	ctx := context.Background()
	analyst, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer analyst.Close()
	addDoc(t, analyst, "desk", "The council said the quay would reopen in May.")
	var docs []*annotate.Document
	for i := range 600 {
		docs = append(docs, &annotate.Document{ID: fmt.Sprintf("b%d", i), Text: fmt.Sprintf("Report %d: %s", i, strings.Repeat("Fares rose again in May. ", 40))})
	}
	var wg sync.WaitGroup
	wg.Add(1)
	var importErr error
	go func() {
		defer wg.Done()
		_, importErr = s.AddDocuments(ctx, "importer", docs, nil)
	}()
	for i := range 40 {
		e := annotate.Edit{Doc: "desk", Summary: "tag", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
			Span: &annotate.Span{Start: i % 20, End: i%20 + 4, Label: annotate.LabelClaim}}}}
		if _, err := analyst.Apply(ctx, "ana", e); err != nil {
			t.Fatalf("tag %d: %v", i, err)
		}
	}
	wg.Wait()
	if importErr != nil {
		t.Fatal(importErr)
	}
	total, _, err := s.CountDocuments(ctx, "")
	if err != nil || total != 601 {
		t.Fatalf("%d documents, want 601 (%v)", total, err)
	}
	a, err := s.Annotations(ctx, "desk", "ana")
	if err != nil || len(a.Spans) != 40 {
		t.Fatalf("%d tags, want 40 (%v)", len(a.Spans), err)
	}
}

// sliceEndsForEdit waits until s sees an edit waiting, then checks that its
// bulk slice ends for it.
func sliceEndsForEdit(s *Store) error {
	if err := seeWaiting(s, waiterEdit); err != nil {
		return err
	}
	if !s.sliceOver(time.Now().Add(time.Hour)) {
		return errors.New("a bulk slice does not end for an edit waiting")
	}
	return nil
}
