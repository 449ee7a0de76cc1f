package store

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"newsmark/annotate"
	"newsmark/annotate/search"
	"newsmark/store/pgtest"
)

// onEachSearchEngine runs test on a new project of each engine, a team
// project twice: searched on the server alone, and with its search mirror
// (caught up once the project is open).
func onEachSearchEngine(t *testing.T, test func(t *testing.T, s *Store)) {
	for _, e := range []struct {
		name string
		open func(t *testing.T) (*Store, error)
	}{
		{"sqlite", func(t *testing.T) (*Store, error) { return Open(engines[0].new(t)) }},
		{"postgres", func(t *testing.T) (*Store, error) {
			return openServer(context.Background(), pgtest.NewDatabase(t), "")
		}},
		{"postgres+mirror", func(t *testing.T) (*Store, error) {
			return openMirrored(t, pgtest.NewDatabase(t), t.TempDir()), nil
		}},
	} {
		t.Run(e.name, func(t *testing.T) {
			s, err := e.open(t)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			test(t, s)
		})
	}
}

// openMirrored opens the team project at url with its search mirror in
// dir and waits until the mirror has caught up.
func openMirrored(t *testing.T, url, dir string) *Store {
	t.Helper()
	s, err := openServer(context.Background(), url, dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := s.WaitSearchMirror(ctx); err != nil {
		t.Fatalf("search mirror: %v", err)
	}
	return s
}

// openLead opens the team project at url without a mirror: another
// analyst's machine, importing.
func openLead(t *testing.T, url string) *Store {
	t.Helper()
	s, err := openServer(context.Background(), url, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// addArticles imports articles from to from+n-1, each about the harbour
// and with a word of its own ("w<number>").
func addArticles(t testing.TB, s *Store, from, n int) {
	t.Helper()
	var docs []*annotate.Document
	for i := from; i < from+n; i++ {
		docs = append(docs, &annotate.Document{ID: fmt.Sprintf("a%d", i),
			Text: fmt.Sprintf("Article %d\n\nThe harbour board met. Word w%d was said.", i, i), Meta: annotate.Meta{Title: fmt.Sprintf("Article %d", i)}})
	}
	res, err := s.AddDocuments(context.Background(), "lead", docs, make([]*annotate.Annotations, len(docs)))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
}

// withBatch sets the mirror's batch for one test.
func withBatch(t *testing.T, n int) {
	old := mirrorBatch
	mirrorBatch = n
	t.Cleanup(func() { mirrorBatch = old })
}

// expectFound checks what query finds, and whether the mirror answered.
func expectFound(t *testing.T, s *Store, query, want string, byMirror bool) {
	t.Helper()
	before := s.mirror.answered.Load()
	got, err := find(s, query)
	if err != nil || strings.Join(got, " ") != want {
		t.Errorf("%q found %q (%v), want %q", query, strings.Join(got, " "), err, want)
	}
	if answered := s.mirror.answered.Load() > before; answered != byMirror {
		t.Errorf("%q: answered by the mirror %v, want %v", query, answered, byMirror)
	}
}

func TestMirrorFill(t *testing.T) {
	url := pgtest.NewDatabase(t)
	addArticles(t, openLead(t, url), 0, 40)
	withBatch(t, 7)
	dir := filepath.Join(t.TempDir(), "mirrors")
	s := openMirrored(t, url, dir)
	st, err := s.SearchMirror(context.Background())
	if err != nil || !st.Ready || st.Docs != 40 || filepath.Dir(st.Path) != dir || st.Bytes == 0 {
		t.Fatalf("after the fill: %+v, %v", st, err)
	}
	if fi, err := os.Stat(st.Path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("mirror file: %v, %v; want mode 0600", fi.Mode(), err)
	}
	if n := s.mirror.pulled.Load(); n != 40 {
		t.Errorf("%d documents read from the server, want 40", n)
	}
	expectFound(t, s, "w17", "a17", true)
	expectFound(t, s, `"article 17"`, "a17", true)
	expectFound(t, s, `"board was"`, "", true)
	expectFound(t, s, "status:done", "", false) // filters alone: the server's
}

const mirrorChildEnv = "NEWSMARK_MIRROR_CHILD"

// mirrorChild fills the mirror of the team project at url five documents a
// batch, saying each batch on stdout, and stops after the third, waiting
// to be killed.
func mirrorChild(url string) {
	mirrorBatch = 5
	batches := 0
	mirrorAfterBatch = func(last int64) {
		fmt.Printf("held %d\n", last)
		if batches++; batches == 3 {
			select {}
		}
	}
	if _, err := Open(url); err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	select {}
}

// A fill killed between batches resumes where it was: the documents it
// had are not read again.
func TestMirrorResumesAfterKill(t *testing.T) {
	url := pgtest.NewDatabase(t)
	addArticles(t, openLead(t, url), 0, 40)
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), mirrorChildEnv+"="+url, EnvSearchMirror+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var held int64
	lines := bufio.NewScanner(out)
	for held < 15 && lines.Scan() {
		if _, err := fmt.Sscanf(lines.Text(), "held %d", &held); err != nil {
			t.Fatalf("child: %s", lines.Text())
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	if held != 15 {
		t.Fatalf("the child held %d documents when killed, want 15", held)
	}
	withBatch(t, 5)
	s := openMirrored(t, url, dir)
	if n := s.mirror.pulled.Load(); n != 25 {
		t.Errorf("the resumed fill read %d documents, want the 25 the killed one had not", n)
	}
	if st, _ := s.SearchMirror(context.Background()); st.Docs != 40 {
		t.Errorf("mirror after resuming: %+v", st)
	}
	expectFound(t, s, "w3 harbour", "a3", true)
	expectFound(t, s, "w39", "a39", true)
}

// Close stops a fill between two batches; the next opening goes on.
func TestMirrorCloseStopsFill(t *testing.T) {
	url := pgtest.NewDatabase(t)
	addArticles(t, openLead(t, url), 0, 30)
	withBatch(t, 2)
	dir := t.TempDir()
	s, err := openServer(context.Background(), url, dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.mirror.done:
	default:
		t.Fatal("Close returned with the fill running")
	}
	pulled := s.mirror.pulled.Load()
	s = openMirrored(t, url, dir)
	if n := s.mirror.pulled.Load(); pulled+n != 30 {
		t.Errorf("read %d documents before Close and %d after, want 30 in all", pulled, n)
	}
	expectFound(t, s, "w29", "a29", true)
}

// A document that took its seq before another's but committed after it
// was read (a gap) is found by the next search; a gap whose transaction
// rolled back is dropped once the server shows that transaction ended.
func TestMirrorLateSeq(t *testing.T) {
	url := pgtest.NewDatabase(t)
	lead := openLead(t, url)
	addArticles(t, lead, 0, 3)
	s := openMirrored(t, url, t.TempDir())
	old := gapConfirm
	gapConfirm = 0
	t.Cleanup(func() { gapConfirm = old })
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	late := func(id, text string) *sql.Tx {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO documents(id, text, text_sha256, imported_at) VALUES ($1, $2, $1, 'now')", id, text); err != nil {
			t.Fatal(err)
		}
		return tx
	}
	gaps := func() (n int) {
		if err := s.mirror.db.QueryRow("SELECT count(*) FROM gaps").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	zebra := late("late", "A late zebra.")
	addArticles(t, lead, 3, 1)
	expectFound(t, s, "w3", "a3", true)
	if gaps() != 1 {
		t.Fatalf("%d gaps held, want the late document's", gaps())
	}
	if err := zebra.Commit(); err != nil {
		t.Fatal(err)
	}
	expectFound(t, s, "zebra", "late", true)
	if gaps() != 0 {
		t.Errorf("%d gaps held after the late document came", gaps())
	}
	// A rolled-back import's seq.
	never := late("never", "A yak that never was.")
	addArticles(t, lead, 4, 1)
	expectFound(t, s, "w4", "a4", true)
	never.Rollback()
	expectFound(t, s, "yak", "", true) // confirms the gap missing
	expectFound(t, s, "yak", "", true) // past its transaction: dropped
	if gaps() != 0 {
		t.Errorf("%d gaps held after the rolled-back document's transaction ended", gaps())
	}
}

// Another analyst's import is found by the next search; one larger than a
// batch is searched on the server while the mirror catches up.
func TestMirrorSeesAnotherAnalystsImport(t *testing.T) {
	url := pgtest.NewDatabase(t)
	lead := openLead(t, url)
	addArticles(t, lead, 0, 2)
	withBatch(t, 5)
	s := openMirrored(t, url, t.TempDir())
	addArticles(t, lead, 2, 1)
	expectFound(t, s, "w2", "a2", true)
	addArticles(t, lead, 3, 12)
	expectFound(t, s, "w14", "a14", false)
	if err := s.WaitSearchMirror(context.Background()); err != nil {
		t.Fatal(err)
	}
	expectFound(t, s, "w13", "a13", true)
}

// A corrupt mirror is rebuilt, said once in the log; searches meanwhile
// find what the server finds.
func TestMirrorCorruptRebuilt(t *testing.T) {
	url := pgtest.NewDatabase(t)
	addArticles(t, openLead(t, url), 0, 12)
	dir := t.TempDir()
	s, err := openServer(context.Background(), url, dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WaitSearchMirror(context.Background()); err != nil {
		t.Fatal(err)
	}
	st, _ := s.SearchMirror(context.Background())
	s.Close()
	if err := os.WriteFile(st.Path, bytes.Repeat([]byte("not a database "), 4096), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Remove(st.Path + "-wal")
	os.Remove(st.Path + "-shm")
	var logged bytes.Buffer
	log.SetOutput(&logged)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	s, err = openServer(context.Background(), url, dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if got, err := find(s, "w11"); err != nil || fmt.Sprint(got) != "[a11]" {
		t.Errorf("while the mirror is rebuilt: %v, %v", got, err)
	}
	if err := s.WaitSearchMirror(context.Background()); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.SearchMirror(context.Background()); st.Docs != 12 {
		t.Errorf("rebuilt mirror: %+v", st)
	}
	expectFound(t, s, "w11", "a11", true)
	if n := strings.Count(logged.String(), "\n"); n != 1 || !strings.Contains(logged.String(), "rebuilding it") {
		t.Errorf("log: %q; want one line saying it is rebuilt", logged.String())
	}
}

// The mirror finds what the server finds, for every query of the search
// table, as the document list's lines too.
func TestMirrorAgreesWithServer(t *testing.T) {
	url := pgtest.NewDatabase(t)
	server := openLead(t, url)
	searchFixture(t, server)
	mirrored := openMirrored(t, url, t.TempDir())
	ctx := context.Background()
	for _, tt := range searchTable {
		q, err := search.Parse(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		a, aerr := server.Search(ctx, q, "ana")
		b, berr := mirrored.Search(ctx, q, "ana")
		if aerr != nil || berr != nil || strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("%q: mirrored %v (%v), server %v (%v)", tt.query, b, berr, a, aerr)
		}
		da, aerr := server.SearchDocuments(ctx, q, "ana")
		db, berr := mirrored.SearchDocuments(ctx, q, "ana")
		if aerr != nil || berr != nil || fmt.Sprint(da) != fmt.Sprint(db) {
			t.Errorf("%q: list lines mirrored %v (%v), server %v (%v)", tt.query, db, berr, da, aerr)
		}
	}
	if mirrored.mirror.answered.Load() == 0 {
		t.Error("the mirror answered no search")
	}
}

// A mirror holding a document the server no longer has (deleted by hand,
// as the project's owner) is rebuilt rather than trusted.
func TestMirrorRebuiltAfterADeletion(t *testing.T) {
	url := pgtest.NewDatabase(t)
	addArticles(t, openLead(t, url), 0, 5)
	dir := t.TempDir()
	s, err := openServer(context.Background(), url, dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WaitSearchMirror(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("DELETE FROM documents WHERE id = 'a1'"); err != nil {
		t.Fatal(err)
	}
	var logged bytes.Buffer
	log.SetOutput(&logged)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	s = openMirrored(t, url, dir)
	if st, _ := s.SearchMirror(context.Background()); st.Docs != 4 {
		t.Errorf("mirror after the deletion: %+v", st)
	}
	expectFound(t, s, "harbour", "a0 a2 a3 a4", true)
	if !strings.Contains(logged.String(), "rebuilding it") {
		t.Errorf("log: %q; want the mirror said rebuilt", logged.String())
	}
}

// A phrase of words found in every article is matched on the mirror as on
// the server, whether the articles hold it in that order or not.
func TestMirrorCommonWordsPhrase(t *testing.T) {
	url := pgtest.NewDatabase(t)
	server := openLead(t, url)
	addArticles(t, server, 0, 30)
	mirrored := openMirrored(t, url, t.TempDir())
	var all []string
	for i := range 30 {
		all = append(all, fmt.Sprintf("a%d", i)) // in seq order, as found
	}
	for _, tt := range []struct{ query, want string }{
		{`"the harbour board met"`, strings.Join(all, " ")},
		{`"board met the harbour"`, ""},
		{`"harbour board was said"`, ""},
		{`"word w17 was said"`, "a17"},
		{`"the harbour board met" -w17`, strings.Join(slices.DeleteFunc(slices.Clone(all), func(s string) bool { return s == "a17" }), " ")},
		{`-"board met the harbour"`, strings.Join(all, " ")},
	} {
		a, err := find(server, tt.query)
		if err != nil || strings.Join(a, " ") != tt.want {
			t.Errorf("%q on the server: %q (%v), want %q", tt.query, strings.Join(a, " "), err, tt.want)
		}
		expectFound(t, mirrored, tt.query, tt.want, true)
	}
}
