package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsmark/assets"
	"newsmark/store"
)

func tempStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "p.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func put(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const ferryArticle = "Ferry crews vote to strike over rosters\n\nThe walkout would start on the first day of the summer timetable.\n\nKIRKWALL — Ferry crews voted to strike over new rosters, their union said on Friday.\n\n\"Nobody asked the people who sail these boats,\" union organiser Ewan Rendall said.\n"

func TestImportPathsBatchGoesOnPastBadFiles(t *testing.T) {
	st := tempStore(t)
	ctx := context.Background()
	dir := t.TempDir()
	put(t, dir, "a/ferry.txt", ferryArticle)
	put(t, dir, "a/empty.txt", "")
	put(t, dir, "a/binary.txt", "PK\x03\x04\x00\x00\x00\x00\x14\x00binary\x00\x00")
	put(t, dir, "a/zz/copy.txt", ferryArticle) // same text, sorted after ferry.txt: a duplicate
	put(t, dir, "a/.hidden/skip.txt", ferryArticle)
	var calls, lastDone, lastTotal int
	res, err := ImportPaths(ctx, st, "ana", []string{filepath.Join(dir, "a"), filepath.Join(dir, "missing.md")}, func(done, total int) {
		calls++
		lastDone, lastTotal = done, total
	})
	if err != nil {
		t.Fatal(err)
	}
	imported, dups, failed := Summarize(res)
	if imported != 1 || dups != 1 || failed != 3 {
		for _, r := range res {
			t.Log(r.Status, r.Path, r.Err)
		}
		t.Fatalf("imported %d, duplicates %d, failed %d; want 1, 1, 3", imported, dups, failed)
	}
	for _, r := range res {
		if r.Status == Failed && !strings.Contains(r.Err.Error(), filepath.Base(r.Path)) {
			t.Errorf("error %q does not name the file %s", r.Err, r.Path)
		}
	}
	if calls == 0 || lastDone != lastTotal || lastTotal != 4 {
		t.Errorf("progress: %d calls, last %d/%d; want ending at 4/4", calls, lastDone, lastTotal)
	}
	docs, _ := st.Documents(ctx, "ana")
	if len(docs) != 1 || docs[0].ID != "ferry" {
		t.Fatalf("documents %+v", docs)
	}
	// Suggestions are on by default for a new project.
	if docs[0].Pending == 0 {
		t.Errorf("no suggestions made on import")
	}
}

func TestImportPathsCancelStoresOnlyWholeDocuments(t *testing.T) {
	st := tempStore(t)
	st.SetSetting(context.Background(), SettingSuggestOnImport, "off")
	dir := t.TempDir()
	for i := 0; i < 600; i++ {
		put(t, dir, filepath.Join("many", strings.Repeat("x", 1+i%7)+string(rune('a'+i%26))+itoa(i)+".txt"),
			strings.Replace(ferryArticle, "Friday", "day "+itoa(i), 1))
	}
	ctx, cancel := context.WithCancel(context.Background())
	res, err := ImportPaths(ctx, st, "ana", []string{filepath.Join(dir, "many")}, func(done, total int) {
		if done == 300 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled import returned %v", err)
	}
	docs, _ := st.Documents(context.Background(), "ana")
	if len(docs) >= 600 {
		t.Fatalf("cancel stored everything (%d)", len(docs))
	}
	for _, d := range docs {
		doc, err := st.Document(context.Background(), d.ID)
		if err != nil || !strings.HasPrefix(doc.Text, "Ferry crews vote to strike") || len(doc.Zones) == 0 {
			t.Fatalf("document %s is not whole: %v", d.ID, err)
		}
	}
	t.Logf("cancelled after 300 of 600 files: %d documents stored whole, %d results", len(docs), len(res))
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}

func TestImportSamples(t *testing.T) {
	st := tempStore(t)
	ctx := context.Background()
	if err := ImportSamples(ctx, st, "ana"); err != nil {
		t.Fatal(err)
	}
	docs, _ := st.Documents(ctx, "ana")
	if len(docs) != len(assets.Samples()) || len(docs) < 2 {
		t.Fatalf("%d sample documents", len(docs))
	}
	pending := 0
	for _, d := range docs {
		pending += d.Pending
		doc, _ := st.Document(ctx, d.ID)
		if len(doc.Zones) < 3 {
			t.Errorf("sample %s has zones %v", d.ID, doc.Zones)
		}
	}
	if pending == 0 {
		t.Error("the samples came without suggestions")
	}
}

func TestImportJSONLKeepsAnnotations(t *testing.T) {
	st := tempStore(t)
	ctx := context.Background()
	dir := t.TempDir()
	line := `{"id":"quay","text":"\"We sail at dawn,\" the captain said.","meta":{"schema":"newsmark/1","offset_unit":"codepoint","annotator":"ana"},` +
		`"spans":[{"id":"s1","start":0,"end":18,"label":"STATEMENT","text":"\"We sail at dawn,\""},{"id":"spk1","start":19,"end":30,"label":"SPEAKER","text":"the captain"}],` +
		`"relations":[{"label":"said_by","head":"s1","child":"spk1"}]}` + "\n" + `{not json` + "\n"
	p := put(t, dir, "quay.jsonl", line)
	res, err := ImportPaths(ctx, st, "ana", []string{p}, nil)
	if err != nil {
		t.Fatal(err)
	}
	imported, _, failed := Summarize(res)
	if imported != 1 || failed != 1 {
		t.Fatalf("imported %d failed %d: %+v", imported, failed, res)
	}
	for _, r := range res {
		if r.Status == Failed && !strings.Contains(r.Err.Error(), "line 2") {
			t.Errorf("bad line not reported by number: %v", r.Err)
		}
	}
	a, err := st.Annotations(ctx, "quay", "ana")
	if err != nil {
		t.Fatal(err)
	}
	accepted := 0
	for _, sp := range a.Spans {
		if sp.Status == "accepted" {
			accepted++
		}
	}
	if accepted != 2 || len(a.Relations) < 1 {
		t.Errorf("spans %+v relations %+v", a.Spans, a.Relations)
	}
}
