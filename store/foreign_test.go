package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"newsmark/annotate"
)

// Another program's SQLite file, or a file that is no database, is refused
// by name and left byte-identical: never migrated, never switched to WAL.
func TestOpenLeavesFilesOfOtherProgramsAlone(t *testing.T) {
	dir := t.TempDir()
	sqliteFile := func(name string, setup ...string) string {
		p := filepath.Join(dir, name)
		db, err := sql.Open("sqlite3", "file:"+p)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range setup {
			if _, err := db.Exec(q); err != nil {
				t.Fatal(err)
			}
		}
		db.Close()
		return p
	}
	text := filepath.Join(dir, "notes.newsmark")
	if err := os.WriteFile(text, []byte("my notes, not a database\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	files := []string{
		sqliteFile("bookmarks.sqlite", "CREATE TABLE bookmarks(url TEXT)", "INSERT INTO bookmarks VALUES ('x')"),
		sqliteFile("empty-db.sqlite", "PRAGMA user_version = 0", "CREATE TABLE t(x)", "DROP TABLE t"),
		sqliteFile("other-app.db", "PRAGMA application_id = 1234", "PRAGMA user_version = 3", "CREATE TABLE documents(x)", "CREATE TABLE events(x)", "CREATE TABLE settings(x)"),
		sqliteFile("lookalike.db", "PRAGMA user_version = 2", "CREATE TABLE documents(x)"),
		text,
	}
	for _, p := range files {
		before, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Open(p)
		if err == nil {
			s.Close()
		}
		if !errors.Is(err, ErrNotProject) || !contains(err.Error(), p) {
			t.Errorf("Open(%s): %v, want ErrNotProject naming the file", filepath.Base(p), err)
		}
		after, _ := os.ReadFile(p)
		if !bytes.Equal(before, after) {
			t.Errorf("%s was changed", filepath.Base(p))
		}
		for _, side := range []string{"-wal", "-shm", "-journal", "-writers"} {
			if _, err := os.Stat(p + side); err == nil {
				t.Errorf("%s%s was created", filepath.Base(p), side)
			}
		}
	}
	// A Newsmark project from before the application id still opens, and
	// is marked as ours.
	s, err := Open(copyFixture(t, "v3-two-analysts.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	var app int
	s.db.QueryRow("PRAGMA application_id").Scan(&app)
	s.Close()
	if app != applicationID {
		t.Errorf("application id %#x after opening an older project, want %#x", app, applicationID)
	}
}

// A project that cannot be written can still be listed, read and exported;
// a write says the project is read-only.
func TestReadOnlyProjectsCanBeRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "archive.newsmark")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	addDoc(t, s, "d", "Fares rise by 8% in May, the operator said.")
	if _, err := s.Apply(context.Background(), "ana", tagClaim(0, 23)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	ro, err := openReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	ctx := context.Background()
	docs, err := ro.Documents(ctx, "ana")
	if err != nil || len(docs) != 1 || docs[0].Spans != 1 {
		t.Fatalf("list of a read-only project: %+v, %v", docs, err)
	}
	n := 0
	if err := ro.ForEachDocument(ctx, DocFilter{Layer: "ana"}, func(*annotate.Document, *annotate.Annotations) error { n++; return nil }); err != nil || n != 1 {
		t.Fatalf("read of a read-only project: %d, %v", n, err)
	}
	if _, err := ro.Apply(ctx, "ana", tagClaim(25, 30)); !errors.Is(err, ErrReadOnly) {
		t.Errorf("an edit of a read-only project: %v, want ErrReadOnly", err)
	}
	if v, err := ro.EnsureSetting(ctx, "schema", "{}"); err != nil || v != "{}" {
		t.Errorf("a setting of a read-only project: %q, %v", v, err)
	}
	if !ro.ReadOnly() {
		t.Error("ReadOnly is false")
	}
}
