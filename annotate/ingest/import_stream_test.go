package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"newsmark/annotate"
	"newsmark/store"
)

const killChildEnv = "NEWSMARK_IMPORT_KILL_CHILD"

// TestMain lets the test binary double as an import to be killed.
func TestMain(m *testing.M) {
	if args := os.Getenv(killChildEnv); args != "" {
		killChild(strings.Split(args, "\n"))
		return
	}
	os.Exit(m.Run())
}

// killChild imports a file and, once the first batch is committed and
// before its suggestions are made, says so and waits to be killed.
func killChild(args []string) {
	st, err := store.Open(args[0])
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	testHookStored = func() {
		fmt.Println("stored")
		select {}
	}
	if _, err := ImportPaths(context.Background(), st, "ana", args[1:], nil); err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	fmt.Println("finished")
	os.Exit(0)
}

// quotedRecords writes a JSONL file of n plain records, each with a
// direct quote the suggester finds.
func quotedRecords(t *testing.T, dir string, n int) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "{\"id\": \"pier-%d\", \"text\": \"Pier %d reopens\\n\\n\\\"We will keep the pier open all winter,\\\" said Aiko Brennan, the harbour master of berth %d.\"}\n", i, i, i)
	}
	return put(t, dir, "piers.jsonl", b.String())
}

// An import killed after a batch of documents is committed, before their
// suggestions are made, leaves them owed; the next import of the same file
// (its records all duplicates now) makes them, and every document ends
// with its suggestions.
func TestAKilledImportsSuggestionsAreMadeByTheNextRun(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.newsmark")
	file := quotedRecords(t, dir, batchSize+40)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), killChildEnv+"="+path+"\n"+file)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	cmd.Process.Kill()
	cmd.Wait()
	if line != "stored\n" {
		t.Fatalf("the child said %q", line)
	}

	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	pending := func() (docs, without int) {
		list, err := st.Documents(ctx, "ana")
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range list {
			if d.Pending == 0 {
				without++
			}
		}
		return len(list), without
	}
	docs, without := pending()
	if docs != batchSize || without != batchSize {
		t.Fatalf("after the kill: %d documents, %d without suggestions; want the first batch, all without", docs, without)
	}
	owed, err := st.OwedSuggestions(ctx)
	if err != nil || len(owed["ana"]) != batchSize {
		t.Fatalf("owed after the kill: %d (%v), want %d", len(owed["ana"]), err, batchSize)
	}

	res, err := ImportPaths(ctx, st, "ana", []string{file}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c := Count(res); c.Imported != 40 || c.Duplicate != batchSize {
		t.Errorf("the re-run: %+v, want 40 imported and %d duplicates", c, batchSize)
	}
	docs, without = pending()
	if docs != batchSize+40 || without != 0 {
		t.Errorf("after the re-run: %d documents, %d without suggestions; want %d, none", docs, without, batchSize+40)
	}
	if owed, _ := st.OwedSuggestions(ctx); len(owed) != 0 {
		t.Errorf("still owed after the re-run: %v", owed)
	}
}

// An analyst's edits saved from another connection while a long import
// runs get in between its batches: some land after the import's first
// documents and before its last, and none fails for the lock.
func TestEditsGetInBetweenAnImportsBatches(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.newsmark")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	if _, err := st.AddDocuments(ctx, "ben", []*annotate.Document{{ID: "desk", Text: "The desk editor keeps notes here."}}, nil); err != nil {
		t.Fatal(err)
	}
	window, err := store.Open(path) // the window, in another process
	if err != nil {
		t.Fatal(err)
	}
	defer window.Close()
	var b strings.Builder
	for i := range 6 * batchSize {
		fmt.Fprintf(&b, "{\"id\": \"pier-%d\", \"text\": \"Pier %d reopens for the winter.\", \"meta\": {\"schema\": \"newsmark/1\"}, \"spans\": [{\"id\": \"c1\", \"start\": 0, \"end\": 14, \"label\": \"CLAIM\"}]}\n", i, i)
	}
	file := put(t, dir, "piers.jsonl", b.String())

	stop := make(chan struct{})
	var wg sync.WaitGroup
	var editErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := window.Apply(ctx, "ben", annotate.Edit{Doc: "desk", Summary: "tag", Ops: []annotate.Op{
				{Kind: annotate.OpSetDocLabel, Key: "n", Value: []byte(fmt.Sprint(i))}}}); err != nil {
				editErr = err
				return
			}
		}
	}()
	res, err := Import(ctx, st, "ana", []string{file}, Options{NoSuggest: true}, nil)
	close(stop)
	wg.Wait()
	if err != nil || Count(res).Imported != 6*batchSize {
		t.Fatalf("import: %v, %+v", err, Count(res))
	}
	if editErr != nil {
		t.Fatalf("an edit during the import failed: %v", editErr)
	}
	evs, err := st.Events(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	first, last := int64(0), int64(0)
	for _, ev := range evs {
		if ev.Kind == "import" {
			if first == 0 {
				first = ev.ID
			}
			last = ev.ID
		}
	}
	between := 0
	for _, ev := range evs {
		if ev.Doc == "desk" && ev.ID > first && ev.ID < last {
			between++
		}
	}
	if first == 0 || between == 0 {
		t.Errorf("no edit was saved while the import ran (import events %d to %d): it held the project from its first document to its last", first, last)
	}
}
