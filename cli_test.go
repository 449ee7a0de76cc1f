package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const harbourArticle = `Dock strike halts grain exports at Port Aldwick

Union leaders said the stoppage would last until wages are reviewed.

ALDWICK — Grain shipments from Port Aldwick stopped on Tuesday as dock workers walked out, the port authority said.

"We have waited three years for a fair offer," union secretary Maria Okafor told reporters outside the main gate.

The port authority said it was "disappointed" and hoped talks would resume on Friday.
`

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb, func(string) int { t.Fatal("a subcommand opened the window"); return 0 })
	return code, out.String(), errb.String()
}

func TestImportListExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.newsmark")
	in := filepath.Join(dir, "in")
	writeFile(t, in, "harbour.txt", harbourArticle)
	writeFile(t, in, "nested/notes.md", "# Council votes to reopen the library\n\nThe council voted 7–2 on Monday to reopen the **central library**, the mayor said.\n\n\"Books are back,\" she said.\n")
	writeFile(t, in, "empty.txt", "")
	writeFile(t, in, "photo.png", "\x89PNG\r\n") // skipped inside a folder: not an article type
	photo := writeFile(t, dir, "photo.png", "\x89PNG\r\n")
	missing := filepath.Join(dir, "no-such-file.txt")

	code, out, _ := runCLI(t, "import", "--db", db, "--no-suggest", in, photo, missing)
	if code != 1 {
		t.Errorf("import with bad files exited %d, want 1", code)
	}
	for _, want := range []string{"imported", "harbour", "notes", "failed", "empty.txt", "photo.png", "unsupported", "no-such-file.txt", "no such file", "2 imported, 0 duplicate, 3 failed"} {
		if !strings.Contains(out, want) {
			t.Errorf("import output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCLI(t, "import", "--db", db, filepath.Join(in, "harbour.txt"))
	if code != 0 || !strings.Contains(out, "duplicate") || !strings.Contains(out, "0 imported, 1 duplicate") {
		t.Errorf("re-import: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, "list", "--db", db)
	if code != 0 || !strings.Contains(out, "Dock strike halts grain exports") || !strings.Contains(out, "2 documents, 0 done") {
		t.Errorf("list: exit %d\n%s", code, out)
	}
	outFile := filepath.Join(dir, "out.jsonl")
	code, _, errOut := runCLI(t, "export", "--db", db, "--format", "newsmark", "--out", outFile)
	if code != 0 {
		t.Fatalf("export exited %d: %s", code, errOut)
	}
	data, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 2 {
		t.Fatalf("export wrote %d lines, want 2", len(lines))
	}
	var rec struct {
		ID   string `json:"id"`
		Text string `json:"text"`
		Meta struct {
			Schema     string `json:"schema"`
			OffsetUnit string `json:"offset_unit"`
			SourceFile string `json:"source_file"`
		} `json:"meta"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.ID != "harbour" || rec.Meta.Schema != "newsmark/1" || rec.Meta.OffsetUnit != "codepoint" || rec.Meta.SourceFile != "harbour.txt" {
		t.Errorf("first record: %+v", rec)
	}
	if !strings.HasPrefix(rec.Text, "Dock strike halts grain exports at Port Aldwick\n\n") {
		t.Errorf("stored text starts %q", rec.Text[:60])
	}
	// The same export to standard output.
	code, out, _ = runCLI(t, "export", "--db", db, "--format", "newsmark", "--out", "-")
	if code != 0 || strings.TrimSpace(out) != strings.TrimSpace(string(data)) {
		t.Errorf("export to stdout differs from the file (exit %d)", code)
	}
	code, out, _ = runCLI(t, "validate", outFile)
	if code != 0 {
		t.Errorf("validate of our own export exited %d:\n%s", code, out)
	}
}

func TestSuggestCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.newsmark")
	writeFile(t, dir, "harbour.txt", harbourArticle)
	if code, out, _ := runCLI(t, "import", "--db", db, "--no-suggest", filepath.Join(dir, "harbour.txt")); code != 0 {
		t.Fatalf("import: %s", out)
	}
	code, out, errOut := runCLI(t, "suggest", "--db", db, "--all")
	if code != 0 {
		t.Fatalf("suggest exited %d: %s", code, errOut)
	}
	if strings.HasPrefix(out, "0 new suggestions") || !strings.Contains(out, "new suggestions in 1 document\n") {
		t.Errorf("suggest found nothing in an article with a direct quote, or said it badly: %s", out)
	}
	_, list, _ := runCLI(t, "list", "--db", db)
	if strings.Contains(list, " 0 pending") {
		t.Errorf("no pending suggestions listed:\n%s", list)
	}
	// a second run finds what is already pending and says why it made none
	code, out, errOut = runCLI(t, "suggest", "--db", db, "--all")
	if code != 0 {
		t.Fatalf("second suggest exited %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "0 new suggestions in 1 document\n") || !strings.Contains(out, "already pending") {
		t.Errorf("a second suggest should say it made nothing new, and why: %q", out)
	}
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.newsmark")
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"unknown command", []string{"frobnicate"}, 2},
		{"import without paths", []string{"import", "--db", db}, 2},
		{"unknown flag", []string{"list", "--db", db, "--colour"}, 2},
		{"suggest needs --all or ids", []string{"suggest", "--db", db}, 2},
		{"split needs a file", []string{"export", "--db", db, "--split", "train=0.8,test=0.2"}, 2},
		{"bad split", []string{"export", "--db", db, "--split", "train=lots", "--out", "x.jsonl"}, 2},
		{"bad status", []string{"export", "--db", db, "--status", "finished"}, 2},
		{"validate without file", []string{"validate"}, 2},
		{"help on a command", []string{"import", "--help"}, 0},
		{"help", []string{"help"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, _ := runCLI(t, tt.args...); code != tt.code {
				t.Errorf("%v exited %d, want %d", tt.args, code, tt.code)
			}
		})
	}
}

func TestNoSubcommandOpensWindow(t *testing.T) {
	var got string
	opened := false
	code := run([]string{"--db", "x.newsmark"}, &bytes.Buffer{}, &bytes.Buffer{}, func(db string) int { opened, got = true, db; return 0 })
	if code != 0 || !opened || got != "x.newsmark" {
		t.Errorf("window opened=%v with db %q, exit %d", opened, got, code)
	}
}

func TestOpenRefusesNewerProject(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "future.newsmark")
	writeFile(t, dir, "future.newsmark", "")
	// A project from a newer Newsmark: user_version far ahead.
	code, _, _ := runCLI(t, "list", "--db", db)
	if code != 0 {
		t.Fatalf("list on an empty new project: %d", code)
	}
	if err := setUserVersion(db, 999); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "list", "--db", db)
	if code != 1 || !strings.Contains(errOut, "newer version") || !strings.Contains(errOut, db) {
		t.Errorf("newer project: exit %d, %q", code, errOut)
	}
}

func TestStatsCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.newsmark")
	writeFile(t, dir, "harbour.txt", harbourArticle)
	runCLI(t, "import", "--db", db, "--no-suggest", filepath.Join(dir, "harbour.txt"))
	png := filepath.Join(dir, "chart.png")
	code, out, errOut := runCLI(t, "stats", "--db", db, "--png", png)
	if code != 0 {
		t.Fatalf("stats exited %d: %s", code, errOut)
	}
	if !strings.Contains(out, "documents  1: 1 to do, 0 in progress, 0 done") {
		t.Errorf("stats output:\n%s", out)
	}
	if fi, err := os.Stat(png); err != nil || fi.Size() < 1000 {
		t.Errorf("chart not written: %v", err)
	}
}

func TestSchemaCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.newsmark")
	code, out, _ := runCLI(t, "schema", "--db", db)
	if code != 0 || !strings.Contains(out, `"STATEMENT"`) {
		t.Fatalf("schema print: exit %d\n%s", code, out)
	}
	edited := writeFile(t, dir, "mine.json", strings.ReplaceAll(out, `"ENTITY"`, `"PLACE"`))
	code, msg, _ := runCLI(t, "schema", "--db", db, "--set", edited)
	if code != 0 || !strings.Contains(msg, "PLACE") {
		t.Fatalf("schema --set: exit %d %s", code, msg)
	}
	bad := writeFile(t, dir, "bad.json", strings.ReplaceAll(out, `"#56B4E9"`, `"blue"`))
	code, _, errOut := runCLI(t, "schema", "--db", db, "--set", bad)
	if code != 1 || !strings.Contains(errOut, "bad.json") || !strings.Contains(errOut, "STATEMENT") {
		t.Errorf("a broken schema: exit %d, %q", code, errOut)
	}
	_, out, _ = runCLI(t, "schema", "--db", db)
	if !strings.Contains(out, `"PLACE"`) {
		t.Error("the project does not keep the schema set")
	}
}

func TestFlagsAfterThePathsAreHonoured(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "chosen.newsmark")
	art := writeFile(t, dir, "harbour.txt", harbourArticle)
	// The default project must not be touched: point it somewhere we can see.
	t.Setenv("NEWSMARK_DB", filepath.Join(dir, "default.newsmark"))
	code, out, errOut := runCLI(t, "import", art, "--db", db, "--no-suggest")
	if code != 0 {
		t.Fatalf("import exited %d: %s %s", code, out, errOut)
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("--db after the path was ignored: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "default.newsmark")); err == nil {
		t.Errorf("the import wrote to the default project")
	}
	if code, out, _ := runCLI(t, "list", "--db", db); code != 0 || !strings.Contains(out, "1 documents") {
		t.Errorf("list: %d %s", code, out)
	}
	// "--" ends the flags: what follows is a path, even if it looks like one.
	if code, out, _ := runCLI(t, "import", "--db", db, "--", "--no-suggest"); code != 1 || !strings.Contains(out, "--no-suggest") {
		t.Errorf("import -- --no-suggest: exit %d\n%s", code, out)
	}
}

func TestListShowsNoRawEscapes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.newsmark")
	// A title that would clear the screen and set the terminal's title.
	hostile := "\x1b[2J\x1b]0;owned\x07Dock strike\u202e halts grain exports\n\nThe port authority said so."
	p := writeFile(t, dir, "hostile\x1b[31m.jsonl", `{"text": `+strconvQuote(hostile)+`}`+"\n")
	if code, out, _ := runCLI(t, "import", "--db", db, "--no-suggest", p); code != 0 {
		t.Fatalf("import: %s", out)
	}
	code, out, _ := runCLI(t, "list", "--db", db)
	if code != 0 {
		t.Fatal(out)
	}
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Errorf("list printed raw control characters: %q", out)
	}
	if !strings.Contains(out, `\x1b[2J`) {
		t.Errorf("list does not show the escape as text: %q", out)
	}
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestImportRefusesAStanceOutsideTheSchemaByLine(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.newsmark")
	good := `{"id": "a", "text": "Pilots said talks resume.", "meta": {"schema": "newsmark/1"}}`
	love := `{"id": "b", "text": "Crews said they love the deal.", "meta": {"schema": "newsmark/1"}, "spans": [{"id": "s1", "start": 11, "end": 29, "label": "STATEMENT"}], "targets": [{"id": "T1", "text": "the deal"}], "stance": [{"statement": "s1", "target": "T1", "label": "LOVE"}]}`
	p := writeFile(t, dir, "in.jsonl", good+"\n"+love+"\n")
	code, out, _ := runCLI(t, "import", "--db", db, "--no-suggest", p)
	if code != 1 || !strings.Contains(out, "in.jsonl line 2") || !strings.Contains(out, `"LOVE"`) || !strings.Contains(out, "1 imported") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestExportRefusesUnitsItsToolCannotRead(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.newsmark")
	writeFile(t, dir, "harbour.txt", harbourArticle)
	runCLI(t, "import", "--db", db, "--no-suggest", filepath.Join(dir, "harbour.txt"))
	for _, c := range []struct{ format, unit, needs string }{
		{"spacy", "utf16", "--offsets codepoint"},
		{"prodigy", "utf8", "--offsets codepoint"},
		{"brat", "utf16", "--offsets codepoint"},
		{"doccano", "codepoint", "--offsets utf16"},
	} {
		code, _, errOut := runCLI(t, "export", "--db", db, "--format", c.format, "--offsets", c.unit, "--out", filepath.Join(dir, "x."+c.format+".zip"))
		if code != 2 || !strings.Contains(errOut, c.needs) {
			t.Errorf("%s with %s: exit %d, %q; want a usage error naming %s", c.format, c.unit, code, errOut, c.needs)
		}
	}
	code, out, _ := runCLI(t, "export", "--db", db, "--format", "labelstudio", "--print-config")
	if code != 0 || !strings.Contains(out, `<Labels name="label" toName="text">`) {
		t.Errorf("--print-config: %d\n%s", code, out)
	}
}
