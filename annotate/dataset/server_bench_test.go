package dataset

import (
	"bufio"
	"context"
	"database/sql"
	"io"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"newsmark/annotate/internal/benchdata"
	"newsmark/store"
	"newsmark/store/pgtest"
)

// BenchmarkServer copies the benchmark project (100,000 articles with
// 1,000,000 spans; NEWSMARK_BENCH_DOCS shrinks it) from its file to a team
// project on a loopback PostgreSQL server, then exports it from there.
// Floors, measured in the same run: for the copy, PostgreSQL's COPY of
// the same documents and spans straight into plain tables; for the export,
// a plain pgx scan of the same rows writing text and spans as JSON. Run it
// with a private cluster:
//
//	go run ./store/pgtest/with-postgres go test -tags ci -run '^$' -bench Server -benchtime 1x ./annotate/dataset/
func BenchmarkServer(b *testing.B) {
	n := benchdata.Docs(b)
	path := benchdata.Project(b, n)
	ctx := context.Background()
	file, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer file.Close()
	url := pgtest.NewDatabase(b)
	server, err := store.Open(url)
	if err != nil {
		b.Fatal(err)
	}
	defer server.Close()

	floorCopyTime, err := floorCopy(ctx, path, url)
	if err != nil {
		b.Fatal(err)
	}
	t1 := time.Now()
	if err := store.Copy(ctx, file, server, nil); err != nil {
		b.Fatal(err)
	}
	copyTime := time.Since(t1)
	b.Logf("copy file → server of %d documents: %.1fs (%.0f docs/s); COPY of the same rows into plain tables %.1fs: %.2f×; %s",
		n, copyTime.Seconds(), float64(n)/copyTime.Seconds(), floorCopyTime.Seconds(), copyTime.Seconds()/floorCopyTime.Seconds(), loadAverage())
	b.ReportMetric(copyTime.Seconds()/floorCopyTime.Seconds(), "copy-x-floor")

	var bestFloor, bestExport time.Duration
	for i := 0; i < max(b.N, 2); i++ {
		t := time.Now()
		got, err := floorScanServer(ctx, url, io.Discard)
		if err != nil || got != n {
			b.Fatalf("floor scan: %d documents, %v", got, err)
		}
		if f := time.Since(t); bestFloor == 0 || f < bestFloor {
			bestFloor = f
		}
		t = time.Now()
		sum, err := Export(ctx, server, "-", io.Discard, Options{Format: FormatNewsmark, Layer: "ana"}, nil)
		if err != nil || sum.Documents != n {
			b.Fatalf("export: %+v, %v", sum, err)
		}
		if e := time.Since(t); bestExport == 0 || e < bestExport {
			bestExport = e
		}
	}
	b.ReportMetric(float64(n)/bestExport.Seconds(), "docs/s")
	b.ReportMetric(bestExport.Seconds()/bestFloor.Seconds(), "x-floor")
	b.Logf("export from the server of %d documents: best %.2fs (%.0f docs/s); plain pgx scan %.2fs: %.2f×; %s",
		n, bestExport.Seconds(), float64(n)/bestExport.Seconds(), bestFloor.Seconds(), bestExport.Seconds()/bestFloor.Seconds(), loadAverage())
}

// floorCopy reads the project file's documents and spans and loads them
// with PostgreSQL's COPY into plain tables of their own: the least a copy
// to the server can cost.
func floorCopy(ctx context.Context, path, url string) (time.Duration, error) {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		return 0, err
	}
	defer db.Close()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return 0, err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE TABLE floor_docs (seq bigint, id text, text text);
		CREATE TABLE floor_spans (doc bigint, id text, start int, "end" int, label text, attrs text)`); err != nil {
		return 0, err
	}
	defer conn.Exec(ctx, "DROP TABLE floor_docs; DROP TABLE floor_spans")
	start := time.Now()
	for _, t := range []struct {
		table string
		cols  []string
		q     string
	}{
		{"floor_docs", []string{"seq", "id", "text"}, "SELECT seq, id, text FROM documents"},
		{"floor_spans", []string{"doc", "id", "start", "end", "label", "attrs"}, `SELECT doc, id, start, "end", label, attrs FROM spans`},
	} {
		rows, err := db.QueryContext(ctx, t.q)
		if err != nil {
			return 0, err
		}
		src := &sqlRowSource{rows: rows, n: len(t.cols)}
		_, err = conn.CopyFrom(ctx, pgx.Identifier{t.table}, t.cols, src)
		rows.Close()
		if err != nil {
			return 0, err
		}
	}
	return time.Since(start), nil
}

// sqlRowSource feeds database/sql rows to pgx's COPY.
type sqlRowSource struct {
	rows *sql.Rows
	n    int
	vals []any
	err  error
}

func (s *sqlRowSource) Next() bool {
	if !s.rows.Next() {
		return false
	}
	s.vals = make([]any, s.n)
	ptrs := make([]any, s.n)
	for i := range ptrs {
		ptrs[i] = &s.vals[i]
	}
	s.err = s.rows.Scan(ptrs...)
	return s.err == nil
}

func (s *sqlRowSource) Values() ([]any, error) { return s.vals, s.err }
func (s *sqlRowSource) Err() error {
	if s.err != nil {
		return s.err
	}
	return s.rows.Err()
}

// floorScanServer is floorScan on the server: a plain pgx scan of the
// documents and their spans, in one read-only snapshot, written as JSON.
func floorScanServer(ctx context.Context, url string, w io.Writer) (int, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return 0, err
	}
	defer conn.Close(ctx)
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return 0, err
	}
	defer tx.Rollback(ctx)
	// One connection reads one result at a time: the spans of a run of
	// documents, then the documents, as the store's reader does.
	type span struct {
		id         string
		start, end int
		label      string
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var buf []byte
	n := 0
	const chunk = 512
	for lo := int64(0); ; lo += chunk {
		byDoc := map[int64][]span{}
		rows, err := tx.Query(ctx, `SELECT doc, id, start, "end", label FROM spans WHERE doc >= $1 AND doc < $2 AND layer = 'ana' ORDER BY doc, start`, lo, lo+chunk)
		if err != nil {
			return n, err
		}
		for rows.Next() {
			var doc int64
			var s span
			if err := rows.Scan(&doc, &s.id, &s.start, &s.end, &s.label); err != nil {
				return n, err
			}
			byDoc[doc] = append(byDoc[doc], s)
		}
		rows.Close()
		docs, err := tx.Query(ctx, "SELECT seq, id, text FROM documents WHERE seq >= $1 AND seq < $2 ORDER BY seq", lo, lo+chunk)
		if err != nil {
			return n, err
		}
		before := n
		for docs.Next() {
			var seq int64
			var id, text string
			if err := docs.Scan(&seq, &id, &text); err != nil {
				return n, err
			}
			o := beginObject(buf[:0])
			o.str("id", id)
			o.str("text", text)
			o.key("spans")
			o.b = append(o.b, '[')
			for i, s := range byDoc[seq] {
				if i > 0 {
					o.b = append(o.b, ", "...)
				}
				so := beginObject(o.b)
				so.str("id", s.id)
				so.int("start", s.start)
				so.int("end", s.end)
				so.str("label", s.label)
				o.b = so.end()
			}
			o.b = append(o.b, ']')
			buf = append(o.end(), '\n')
			bw.Write(buf)
			n++
		}
		docs.Close()
		if n == before {
			var more bool
			if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM documents WHERE seq >= $1)", lo+chunk).Scan(&more); err != nil || !more {
				return n, bw.Flush()
			}
		}
	}
}
