//go:build unix

package ingest

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"newsmark/annotate/internal/inputfile"
)

// TestImportRefusesSpecialFiles hands the importer a named pipe (named
// directly and met in a folder, as an article and as a JSONL file), a
// unix socket and a link to a character device: each is refused by its
// mode, before any read that could wait for a writer forever, with a
// message naming the file and what it is; the article beside them is
// imported. A regression hangs the test (go test's -timeout ends it).
func TestImportRefusesSpecialFiles(t *testing.T) {
	dir, err := os.MkdirTemp("", "nm-special-") // a socket's path must be short
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	folder := filepath.Join(dir, "in")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	good := put(t, folder, "good.txt", ferryArticle)
	fifo := filepath.Join(dir, "pipe.txt")
	inFolder := filepath.Join(folder, "pipe.jsonl")
	for _, p := range []string{fifo, inFolder} {
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("cannot make a named pipe here: %v", err)
		}
	}
	sock := filepath.Join(folder, "s.md")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("cannot make a unix socket here: %v", err)
	}
	defer l.Close()
	dev := filepath.Join(dir, "zero.txt")
	if err := os.Symlink("/dev/zero", dev); err != nil {
		t.Fatal(err)
	}

	st := tempStore(t)
	res, err := ImportPaths(context.Background(), st, "ana", []string{fifo, folder, dev}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		fifo:     "named pipe (FIFO)",
		inFolder: "named pipe (FIFO)",
		sock:     "a socket",
		dev:      "character device",
	}
	seen := map[string]bool{}
	for _, r := range res {
		seen[r.Path] = true
		if r.Path == good {
			if r.Status != Imported {
				t.Errorf("%s: %s %v, want imported", r.Path, r.Status, r.Err)
			}
			continue
		}
		w, ok := want[r.Path]
		if !ok {
			t.Errorf("unexpected result %+v", r)
			continue
		}
		if r.Status != Failed || r.Err == nil || !strings.Contains(r.Err.Error(), w) ||
			!strings.Contains(r.Err.Error(), r.Path) || !errors.Is(r.Err, inputfile.ErrNotRegular) {
			t.Errorf("%s: %s %v, want failed naming the file and %q", r.Path, r.Status, r.Err, w)
		}
	}
	for p := range want {
		if !seen[p] {
			t.Errorf("no result for %s", p)
		}
	}
	if !seen[good] {
		t.Errorf("no result for %s", good)
	}
}

// TestFolderLinksAreNotFollowed imports a folder holding an article and a
// link named like an article that points at a file outside the folder:
// the article is imported, the link skipped (its target's text is not in
// the project); the same link named directly is read.
func TestFolderLinksAreNotFollowed(t *testing.T) {
	outside := t.TempDir()
	secret := put(t, outside, "secret.txt", "Private key material\n\nThis is text the analyst never meant to import into any project at all.\n")
	folder := t.TempDir()
	put(t, folder, "a.txt", ferryArticle)
	link := filepath.Join(folder, "b.txt")
	if err := os.Symlink(secret, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	st := tempStore(t)
	res, err := ImportPaths(context.Background(), st, "ana", []string{folder}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || res[0].ID != "a" || res[0].Status != Imported {
		t.Errorf("results %+v, want a.txt imported alone", res)
	}
	res, err = ImportPaths(context.Background(), st, "ana", []string{link}, nil)
	if err != nil || len(res) != 1 || res[0].Status != Imported {
		t.Errorf("the link named directly: %+v %v, want imported", res, err)
	}
}
