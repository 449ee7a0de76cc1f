package dataset

import (
	"archive/zip"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/store"
)

// hostileIDs are document ids a labeled file can bring: paths out of the
// export's folder, separators, NUL, Windows device names, dots, very long
// names, names that differ only by case, and no name at all.
var hostileIDs = []string{
	"../../etc/passwd", "/etc/shadow", `..\..\windows\system32\x`, "a\x00b", "CON", "con.txt", "Lpt1",
	"nul.tar.gz", "COM9.ann", "aux", ".hidden", "..", ".", "trailing.", "annotation", "日本語の記事",
	strings.Repeat("long", 300), strings.Repeat("long", 300) + "2", "Case", "case", "",
}

var safeName = regexp.MustCompile(`^[A-Za-z0-9_-][A-Za-z0-9._-]*$`)

// TestBratFileNamesAreSafe checks the name each hostile id gets: only
// ASCII letters, digits, "-", "_" and ".", not hidden, not ending in a
// dot, no Windows device name, at most 255 bytes with ".ann", and one name
// per document, whatever the case.
func TestBratFileNamesAreSafe(t *testing.T) {
	f := &bratFiles{used: nameSet{}}
	seen := map[string]string{}
	for _, id := range hostileIDs {
		name := f.name(id)
		switch {
		case !safeName.MatchString(name):
			t.Errorf("id %q → %q: not a safe name", id, name)
		case strings.HasSuffix(name, "."):
			t.Errorf("id %q → %q ends in a dot", id, name)
		case windowsDevice(name):
			t.Errorf("id %q → %q is a Windows device", id, name)
		case len(name+".ann") > 255:
			t.Errorf("id %q → %d bytes", id, len(name+".ann"))
		}
		if other, ok := seen[strings.ToLower(name)]; ok {
			t.Errorf("ids %q and %q share the file name %q", other, id, name)
		}
		seen[strings.ToLower(name)] = id
	}
}

// TestBratExportOfHostileIDsStaysInItsFolder exports documents with the
// hostile ids as a brat folder and as a zip: every file is inside the
// folder (or archive) named, nothing is written beside it, and every
// document is there, its id kept in the .ann.
func TestBratExportOfHostileIDsStaysInItsFolder(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "p.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	var docs []*annotate.Document
	for i, id := range hostileIDs {
		if id == "" {
			continue // the store needs an id
		}
		docs = append(docs, &annotate.Document{ID: id, Text: "Article " + strings.Repeat("x", i) + ": the council voted."})
	}
	if _, err := st.AddDocuments(ctx, "ana", docs, nil); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	out := filepath.Join(root, "export", "brat")
	if err := os.Mkdir(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Export(ctx, st, out, nil, Options{Format: FormatBrat}, nil); err != nil {
		t.Fatal(err)
	}
	var files []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	for _, p := range files {
		if filepath.Dir(p) != out {
			t.Errorf("%s written outside %s", p, out)
		}
	}
	pairs := 0
	for _, p := range files {
		if strings.HasSuffix(p, ".ann") && !strings.HasPrefix(filepath.Base(p), ".") {
			pairs++
		}
	}
	if pairs != len(docs) {
		t.Errorf("%d .ann files, want one a document, %d", pairs, len(docs))
	}
	archive := filepath.Join(root, "brat.zip")
	if _, err := Export(ctx, st, archive, nil, Options{Format: FormatBrat}, nil); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(archive)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, e := range zr.File {
		for _, seg := range strings.Split(e.Name, "/") {
			if !safeName.MatchString(seg) && seg != "" {
				t.Errorf("archive entry %q could leave the folder it is unpacked in", e.Name)
			}
		}
	}
}
