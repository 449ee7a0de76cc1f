package dataset

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"newsmark/annotate"
	"newsmark/store"
)

// snapshot reads every file under dir, by relative path.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[rel] = string(b)
		}
		return nil
	})
	return out
}

func TestBratExportNeverTouchesTheUsersFiles(t *testing.T) {
	st := testStore(t)
	// An analyst's own brat folder: the same kinds of files an export
	// writes, one with the very name of an exported document.
	mine := map[string]string{
		"interview.txt":        "My own transcript.\n",
		"interview.ann":        "T1\tPerson 0 2\tMy\n",
		"annotation.conf":      "[entities]\nPerson\n",
		"rotterdam-strike.txt": "my notes on the strike, not Newsmark's\n",
	}
	tests := []struct {
		name    string
		force   bool
		clash   bool
		wantErr bool
	}{
		{"without --force", false, true, true},
		{"with --force, a file of the same name", true, true, true},
		{"with --force, no name in common", true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "articles")
			for name, body := range mine {
				if name == "rotterdam-strike.txt" && !tt.clash {
					continue
				}
				if name == "annotation.conf" && !tt.clash {
					continue // an export always writes annotation.conf
				}
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
			}
			before := snapshot(t, dir)
			_, err := Export(context.Background(), st, dir, nil, Options{Format: FormatBrat, Force: tt.force}, nil)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want an error: %v", err, tt.wantErr)
			}
			after := snapshot(t, dir)
			for name, body := range before {
				if after[name] != body {
					t.Errorf("%s changed (or vanished)", name)
				}
			}
			if tt.wantErr && len(after) != len(before) {
				t.Errorf("a refused export left files: %d before, %d after", len(before), len(after))
			}
			if !tt.wantErr && after["rotterdam-strike.ann"] == "" {
				t.Errorf("--force wrote no export beside the user's files")
			}
			if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
				t.Errorf("left %d entries beside the folder (a temporary folder?)", len(entries))
			}
		})
	}
	t.Run("--force again replaces only its own files", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "articles")
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, "interview.txt"), []byte(mine["interview.txt"]), 0o644)
		for i := 0; i < 2; i++ {
			if _, err := Export(context.Background(), st, dir, nil, Options{Format: FormatBrat, Force: true}, nil); err != nil {
				t.Fatalf("export %d: %v", i+1, err)
			}
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "interview.txt")); string(b) != mine["interview.txt"] {
			t.Errorf("the user's file changed")
		}
	})
	t.Run("a second export into a finished export is refused without --force", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "brat")
		if _, err := Export(context.Background(), st, dir, nil, Options{Format: FormatBrat}, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := Export(context.Background(), st, dir, nil, Options{Format: FormatBrat}, nil); err == nil || !strings.Contains(err.Error(), "--force") {
			t.Errorf("err = %v, want a refusal that names --force", err)
		}
	})
}

func TestOutMustBeARegularFileOrANewPath(t *testing.T) {
	st := testStore(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "folder.jsonl")
	os.Mkdir(folder, 0o755)
	target := filepath.Join(dir, "real.jsonl")
	os.WriteFile(target, []byte("kept\n"), 0o644)
	link := filepath.Join(dir, "link.jsonl")
	os.Symlink(target, link)
	cases := map[string]string{"a named pipe": fifo, "a folder": folder, "a symbolic link": link}
	// A character device like /dev/null, made where only this test sees
	// it (root only).
	dev := filepath.Join(dir, "null")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err == nil {
		cases["a device"] = dev
	}
	for what, path := range cases {
		t.Run(what, func(t *testing.T) {
			before, _ := os.Lstat(path)
			_, err := Export(context.Background(), st, path, nil, Options{Format: FormatNewsmark}, nil)
			if !errors.Is(err, ErrNotRegular) {
				t.Errorf("err = %v, want ErrNotRegular", err)
			}
			after, _ := os.Lstat(path)
			if before.Mode() != after.Mode() {
				t.Errorf("%s was replaced: mode %v, now %v", path, before.Mode(), after.Mode())
			}
		})
	}
	if b, _ := os.ReadFile(target); string(b) != "kept\n" {
		t.Errorf("the file behind the link was written through")
	}
	// "-" is standard output.
	var buf bytes.Buffer
	if _, err := Export(context.Background(), st, "-", &buf, Options{Format: FormatNewsmark}, nil); err != nil || buf.Len() == 0 {
		t.Errorf("- : %v, %d bytes", err, buf.Len())
	}
}

func TestExportsHonourTheUmask(t *testing.T) {
	st := testStore(t)
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		opt  Options
	}{
		{"x.jsonl", Options{Format: FormatNewsmark}},
		{"x.zip", Options{Format: FormatBrat}},
		{"folder", Options{Format: FormatBrat}},
		{"x.json", Options{Format: FormatLabelStudio}},
	} {
		out := filepath.Join(dir, c.name)
		sum, err := Export(context.Background(), st, out, nil, c.opt, nil)
		if err != nil {
			t.Fatal(err)
		}
		paths := append([]string{out}, sum.Config)
		if c.name == "folder" {
			paths = append(paths, filepath.Join(out, "rotterdam-strike.ann"))
		}
		for _, p := range paths {
			if p == "" {
				continue
			}
			fi, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm()&0o077 != 0 {
				t.Errorf("%s has mode %v under umask 077", filepath.Base(p), fi.Mode().Perm())
			}
		}
	}
}

func TestBratExportOfTheLongestIDs(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "long.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// 255 bytes is the longest name ext4 and most file systems allow; two
	// ids share their first 251 characters.
	long := strings.Repeat("harbour-strike-", 17)[:251]
	// "Quay" and "quay" are one name on a file system that ignores case:
	// the second file is quay-2, with its id in a note.
	ids := []string{long + "-one", long + "-two", strings.Repeat("ü", 255), strings.Repeat("x", 255), "Quay", "quay"}
	var docs []*annotate.Document
	var anns []*annotate.Annotations
	for i, id := range ids {
		text := "Dockworkers walked out, the union said on day " + itoa(i) + "."
		docs = append(docs, &annotate.Document{ID: id, Text: text})
		anns = append(anns, &annotate.Annotations{Spans: []annotate.Span{{ID: "spk1", Start: 24, End: 33, Label: annotate.LabelSpeaker, Status: annotate.SpanAccepted}}})
	}
	if _, err := st.AddDocuments(context.Background(), "ana", docs, anns); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{"brat", "brat.zip"} {
		t.Run(out, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), out)
			if _, err := Export(context.Background(), st, path, nil, Options{Format: FormatBrat}, nil); err != nil {
				t.Fatalf("brat export of long ids: %v", err)
			}
			var recs []Record
			var bad []LineError
			var err error
			if out == "brat.zip" {
				recs, bad, err = ReadFile(path, ReadOptions{})
			} else {
				entries, _ := os.ReadDir(path)
				for _, e := range entries {
					if len(e.Name()) > 255 {
						t.Errorf("file name of %d bytes", len(e.Name()))
					}
					if strings.HasSuffix(e.Name(), ".ann") {
						got, b, e2 := ReadFile(filepath.Join(path, e.Name()), ReadOptions{})
						recs, bad, err = append(recs, got...), append(bad, b...), errors.Join(err, e2)
					}
				}
			}
			if err != nil || len(bad) > 0 {
				t.Fatal(err, bad)
			}
			got := map[string]bool{}
			for _, r := range recs {
				got[r.Doc.ID] = true
			}
			for _, id := range ids {
				if !got[id] {
					t.Errorf("id %.30s… (%d bytes) not read back from the .ann note", id, len(id))
				}
			}
		})
	}
}

func TestLabelStudioConfigReplacesOnlyItsOwn(t *testing.T) {
	st := testStore(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "tasks.json")
	mine := filepath.Join(dir, "tasks.config.xml")
	os.WriteFile(mine, []byte("<View><!-- my own config --></View>\n"), 0o644)
	if _, err := Export(context.Background(), st, out, nil, Options{Format: FormatLabelStudio}, nil); err == nil {
		t.Errorf("exported over someone's tasks.config.xml")
	}
	if b, _ := os.ReadFile(mine); string(b) != "<View><!-- my own config --></View>\n" {
		t.Errorf("the user's config changed")
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("the refused export left %s", out)
	}
	os.Remove(mine)
	for i := 0; i < 2; i++ {
		sum, err := Export(context.Background(), st, out, nil, Options{Format: FormatLabelStudio}, nil)
		if err != nil || sum.Config != mine {
			t.Fatalf("export %d: %v, config %q", i+1, err, sum.Config)
		}
	}
	if _, err := Export(context.Background(), st, filepath.Join(dir, "tasks.jsonl"), nil, Options{Format: FormatLabelStudio}, nil); !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), ".json") {
		t.Errorf("a .jsonl name for Label Studio: %v, want a refusal naming .json", err)
	}
}

func TestSuggestionsStayApartFromAcceptedData(t *testing.T) {
	st := testStore(t)
	dir := t.TempDir()
	opt := func(f string) Options { return Options{Format: f, IncludeSuggestions: true} }
	// The pending suggestion of the test articles: "fair and sustainable."
	const pending = `fair and sustainable.`
	t.Run("prodigy", func(t *testing.T) {
		rec := decodeLines(t, export(t, st, dir, "p.jsonl", opt(FormatProdigy)))[0]
		for _, s := range rec["spans"].([]any) {
			if strings.Contains(s.(map[string]any)["text"].(string), pending) {
				t.Errorf("the suggestion is among the accepted spans")
			}
		}
		sugg, _ := rec["suggestions"].([]any)
		if len(sugg) != 1 || sugg[0].(map[string]any)["score"] != 0.62 {
			t.Errorf("suggestions %v, want the one pending span with its score", sugg)
		}
	})
	t.Run("doccano", func(t *testing.T) {
		sum, err := Export(context.Background(), st, filepath.Join(dir, "d.jsonl"), nil, opt(FormatDoccano), nil)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(dir, "d.jsonl"))
		if strings.Contains(string(b), `"pending"`) || len(sum.Notes) == 0 || !strings.Contains(sum.Notes[0], "1 pending suggestions were left out") {
			t.Errorf("notes %v: want the suggestion left out and said so", sum.Notes)
		}
	})
	t.Run("labelstudio", func(t *testing.T) {
		var tasks []map[string]any
		jsonUnmarshal(export(t, st, dir, "l.json", opt(FormatLabelStudio)), &tasks)
		preds, _ := tasks[0]["predictions"].([]any)
		if len(preds) != 1 || preds[0].(map[string]any)["score"] == nil {
			t.Fatalf("predictions %v", preds)
		}
		ann := tasks[0]["annotations"].([]any)[0].(map[string]any)["result"].([]any)
		for _, r := range ann {
			v, _ := r.(map[string]any)["value"].(map[string]any)
			if text, ok := v["text"].(string); ok && strings.Contains(text, pending) {
				t.Errorf("the suggestion is among the annotations")
			}
		}
	})
}
