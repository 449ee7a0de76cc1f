package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The lead hands three articles out to two analysts from the command line,
// each analyst's file is merged back, and the layers are exported: one
// record per document and analyst, naming the analyst.
func TestAssignMergeExportFromTheCommandLine(t *testing.T) {
	t.Setenv("NEWSMARK_ANALYST", "lead")
	dir := t.TempDir()
	db := filepath.Join(dir, "review.newsmark")
	in := filepath.Join(dir, "in")
	writeFile(t, in, "harbour.txt", harbourArticle)
	writeFile(t, in, "library.md", "# Council votes to reopen the library\n\nThe council voted 7–2 on Monday to reopen the central library, the mayor said.\n")
	writeFile(t, in, "ferry.txt", "Ferry fares to rise\n\nFerry fares will rise by 4% in June, the operator said on Friday.\n")
	if code, out, errs := runCLI(t, "import", "--db", db, in); code != 0 {
		t.Fatalf("import: %d\n%s%s", code, out, errs)
	}
	out := filepath.Join(dir, "handout")
	code, stdout, stderr := runCLI(t, "assign", "--db", db, "--analysts", "ana,ben", "--per-doc", "1", "--calibration", "1", "--out", out, "--suggestions")
	if code != 0 {
		t.Fatalf("assign: %d\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{"ana", "ben", "ana.newsmark", "calibration:"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("assign output lacks %q:\n%s", want, stdout)
		}
	}
	// Each analyst lists their own file: their documents, with the suggestions pending.
	for _, a := range []string{"ana", "ben"} {
		code, list, _ := runCLI(t, "list", "--db", filepath.Join(out, a+".newsmark"), "--analyst", a)
		if code != 0 || !strings.Contains(list, "in "+a+"'s layer") || !strings.Contains(list, "pending") {
			t.Errorf("list of %s's file:\n%s", a, list)
		}
	}
	code, stdout, stderr = runCLI(t, "merge", "--db", db, filepath.Join(out, "ana.newsmark"), filepath.Join(out, "ben.newsmark"))
	if code != 0 || !strings.Contains(stdout, "ana.newsmark: ana,") || !strings.Contains(stdout, "ben.newsmark: ben,") {
		t.Fatalf("merge: %d\n%s%s", code, stdout, stderr)
	}
	exp := filepath.Join(dir, "all.jsonl")
	if code, _, stderr := runCLI(t, "export", "--db", db, "--layer", "all", "--include-suggestions", "--out", exp); code != 0 {
		t.Fatalf("export --layer all: %s", stderr)
	}
	data, err := os.ReadFile(exp)
	if err != nil {
		t.Fatal(err)
	}
	// The lead's layer (the imported suggestions) and 4 analysts' records:
	// the calibration article twice, the two others once each.
	if n := strings.Count(string(data), "\n"); n != 3+4 {
		t.Errorf("export --layer all wrote %d records, want 7:\n%s", n, data)
	}
	if strings.Count(string(data), `"layer": "ana"`) != 2 || strings.Count(string(data), `"layer": "ben"`) != 2 {
		t.Errorf("records do not name their analysts as expected:\n%s", data)
	}
	if code, _, stderr := runCLI(t, "merge", "--db", db, filepath.Join(dir, "nope.newsmark")); code != 1 || !strings.Contains(stderr, "nope.newsmark") {
		t.Errorf("merge of a missing file: %d %s", code, stderr)
	}
}

// Two analysts' labelled files imported into one project, with no status
// in their records, are each analyst's work: agreement counts both layers
// (it used to see "0 analysts", as only a started or finished status
// counted).
func TestAgreeCountsImportedLabelledLayers(t *testing.T) {
	t.Setenv("NEWSMARK_ANALYST", "lead")
	dir := t.TempDir()
	db := filepath.Join(dir, "review.newsmark")
	text := `The harbour will close on Friday, the mayor said.`
	record := func(layer, status string) string {
		return `{"id": "harbour", "text": "` + text + `", "meta": {"schema": "newsmark/1", "offset_unit": "codepoint", "layer": "` + layer + `"}, "spans": [` +
			`{"id": "s1", "start": 0, "end": 32, "label": "STATEMENT", "status": "` + status + `"}]}` + "\n"
	}
	writeFile(t, dir, "ana.jsonl", record("ana", "accepted"))
	writeFile(t, dir, "ben.jsonl", record("ben", "accepted"))
	for _, f := range []string{"ana.jsonl", "ben.jsonl"} {
		if code, out, errs := runCLI(t, "import", "--db", db, filepath.Join(dir, f)); code != 0 {
			t.Fatalf("import %s: %d\n%s%s", f, code, out, errs)
		}
	}
	code, out, errs := runCLI(t, "agree", "--db", db)
	if code != 0 {
		t.Fatalf("agree: %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "2 analysts") {
		t.Errorf("agree should compare ana and ben:\n%s", out)
	}
}
