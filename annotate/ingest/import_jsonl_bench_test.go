package ingest

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"newsmark/annotate"
	"newsmark/annotate/internal/benchdata"
	"newsmark/store"
)

// BenchmarkImportJSONL imports a newsmark JSONL file of NEWSMARK_BENCH_DOCS
// annotated articles (default 100,000 with a million spans, about 600 MB)
// into a new project, suggestions off, and reports articles per second,
// the most heap in use while it ran, and the time against two floors
// measured in the same run:
//
//   - x-floor, what the import must store: the same file decoded (on a
//     second goroutine, as the import parses beside its writer) and each
//     record's text and annotations inserted into a new project's own
//     tables (documents, spans, relations, targets, stances: the same
//     schema, keys and foreign-key checks, WAL, synchronous=FULL) with
//     prepared statements in one transaction. It leaves out what only the
//     import owes besides the data: the event log, the search facets and
//     list lines, the full-text index, a savepoint per document (a bad
//     record fails alone) and the slices that let other writers in.
//   - x-textfloor, the floor with the full-text index rows of the text
//     stored (one statement over the documents, as the import writes
//     them): a project must have them for its articles to be found, so
//     this is the nearer measure of what the import must store. The
//     search facets and list lines, which a project must have too, are
//     still left out (they are computed from the annotations by Go code
//     the floor does not repeat).
//   - x-textfloor-cpu, the processor time the import used (every
//     goroutine, the collector's too) against the floor with the
//     full-text rows': on a machine shared with other work, the wall
//     clock measures the others as much as the import.
//   - x-rawfloor, the earlier floor: each line inserted as it is into a
//     one-column table of a new SQLite file in one transaction, which
//     stores neither the text nor the annotations where a project keeps
//     them (kept to compare with earlier figures).
//
// Goals: ≤ 2× the floor, heap ≤ 200 MB and flat in the number of articles.
func BenchmarkImportJSONL(b *testing.B) {
	n := benchdata.Docs(b)
	file := benchdata.JSONL(b, n)
	ctx := context.Background()
	rawFloor := func() time.Duration {
		start := time.Now()
		db, err := sql.Open("sqlite3", "file:"+filepath.Join(b.TempDir(), "floor.db")+"?_journal_mode=WAL&_synchronous=FULL")
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec("CREATE TABLE raw(line BLOB)"); err != nil {
			b.Fatal(err)
		}
		f, err := os.Open(file)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		tx, _ := db.Begin()
		ins, _ := tx.Prepare("INSERT INTO raw VALUES (?)")
		br := bufio.NewReaderSize(f, 1<<20)
		rows := 0
		for {
			line, err := br.ReadSlice('\n')
			if len(line) > 0 {
				if _, err := ins.Exec(line); err != nil {
					b.Fatal(err)
				}
				rows++
			}
			if err != nil {
				break
			}
		}
		ins.Close()
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
		if rows != n {
			b.Fatalf("floor read %d lines of %d", rows, n)
		}
		return time.Since(start)
	}
	var bestOurs, bestFloor, bestText, bestRaw, bestCPU, bestFloorCPU time.Duration
	var maxHeap uint64
	for i := 0; i < b.N; i++ {
		runtime.GC()
		if f := rawFloor(); bestRaw == 0 || f < bestRaw {
			bestRaw = f
		}
		runtime.GC()
		f, ft, fcpu := schemaFloor(b, file, n)
		if bestFloorCPU == 0 || fcpu < bestFloorCPU {
			bestFloorCPU = fcpu
		}
		if bestFloor == 0 || f < bestFloor {
			bestFloor = f
		}
		if bestText == 0 || ft < bestText {
			bestText = ft
		}
		path := filepath.Join(b.TempDir(), "bench.newsmark")
		st, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			var ms runtime.MemStats
			tick := time.NewTicker(100 * time.Millisecond)
			defer tick.Stop()
			for {
				runtime.ReadMemStats(&ms)
				maxHeap = max(maxHeap, ms.HeapInuse)
				select {
				case <-stop:
					return
				case <-tick.C:
				}
			}
		}()
		start, cpuStart := time.Now(), benchdata.ProcessorTime()
		res, err := Import(ctx, st, "bench", []string{file}, Options{NoSuggest: true}, nil)
		ours, cpu := time.Since(start), benchdata.ProcessorTime()-cpuStart
		close(stop)
		wg.Wait()
		if err != nil {
			b.Fatal(err)
		}
		if c := Count(res); c.Imported != n || c.Failed != 0 {
			b.Fatalf("imported %d, failed %d of %d", c.Imported, c.Failed, n)
		}
		if bestOurs == 0 || ours < bestOurs {
			bestOurs = ours
		}
		if bestCPU == 0 || cpu < bestCPU {
			bestCPU = cpu
		}
		st.Close()
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(path + suffix)
		}
	}
	b.ReportMetric(float64(n)/bestOurs.Seconds(), "articles/s")
	b.ReportMetric(bestOurs.Seconds()/bestFloor.Seconds(), "x-floor")
	b.ReportMetric(bestOurs.Seconds()/bestText.Seconds(), "x-textfloor")
	b.ReportMetric(bestOurs.Seconds()/bestRaw.Seconds(), "x-rawfloor")
	if bestFloorCPU > 0 {
		b.ReportMetric(bestCPU.Seconds()/bestFloorCPU.Seconds(), "x-textfloor-cpu")
	}
	b.ReportMetric(float64(maxHeap)/(1<<20), "MB-heap-max")
	rss := peakRSS()
	b.ReportMetric(float64(rss)/(1<<20), "MB-rss-peak")
	b.Logf("import of %d annotated articles (JSONL): best %.1fs (%.0f articles/s); floor (decode + insert text and annotations into the project's tables, one transaction) best %.1fs: %.2f×; with the full-text index rows best %.1fs: %.2f×; raw floor (each line as it is, one transaction) best %.1fs: %.2f×; processor time %.1fs against the floor with the full-text rows' %.1fs: %.2f×; max heap in use %.0f MB, the process's peak resident memory %.0f MB; %s",
		n, bestOurs.Seconds(), float64(n)/bestOurs.Seconds(), bestFloor.Seconds(), bestOurs.Seconds()/bestFloor.Seconds(),
		bestText.Seconds(), bestOurs.Seconds()/bestText.Seconds(), bestRaw.Seconds(), bestOurs.Seconds()/bestRaw.Seconds(),
		bestCPU.Seconds(), bestFloorCPU.Seconds(), bestCPU.Seconds()/bestFloorCPU.Seconds(), float64(maxHeap)/(1<<20), float64(rss)/(1<<20), loadAverage())
}

// floorRecord is what the floor decodes of a newsmark/1 line: the fields
// it stores, attributes and metadata kept as the file has them.
type floorRecord struct {
	ID    string          `json:"id"`
	Text  string          `json:"text"`
	Meta  json.RawMessage `json:"meta"`
	Spans []struct {
		ID         string          `json:"id"`
		Start      int             `json:"start"`
		End        int             `json:"end"`
		Label      string          `json:"label"`
		Attrs      json.RawMessage `json:"attrs"`
		Annotator  string          `json:"annotator"`
		Source     string          `json:"source"`
		Status     string          `json:"status"`
		Confidence float64         `json:"confidence"`
	} `json:"spans"`
	Relations []annotate.Relation `json:"relations"`
	Targets   []annotate.Target   `json:"targets"`
	Stance    []annotate.Stance   `json:"stance"`
}

// schemaFloor is the floor BenchmarkImportJSONL compares the import with:
// file decoded on one goroutine and stored on another, text and
// annotations in a new project's own tables, one transaction (data); then
// the text's full-text index rows in a second (withText, from the same
// start).
func schemaFloor(b *testing.B, file string, n int) (data, withText, cpu time.Duration) {
	path := filepath.Join(b.TempDir(), "floor.newsmark")
	st, err := store.Open(path) // the project's schema, as the import finds it
	if err != nil {
		b.Fatal(err)
	}
	st.Close()
	start, cpuStart := time.Now(), benchdata.ProcessorTime()
	db, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on&_journal_mode=WAL&_synchronous=FULL")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	recs := make(chan *floorRecord, 64)
	readErr := make(chan error, 1)
	go func() {
		defer close(recs)
		f, err := os.Open(file)
		if err != nil {
			readErr <- err
			return
		}
		defer f.Close()
		br := bufio.NewReaderSize(f, 1<<20)
		for {
			line, err := br.ReadSlice('\n')
			if len(line) > 1 {
				r := &floorRecord{}
				if err := json.Unmarshal(line, r); err != nil {
					readErr <- err
					return
				}
				recs <- r
			}
			if err != nil {
				break
			}
		}
		readErr <- nil
	}()
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	prep := func(q string) *sql.Stmt {
		s, err := tx.Prepare(q)
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	now := time.Now().UTC().Format(time.RFC3339Nano)
	insDoc := prep(`INSERT INTO documents(id, title, text, text_sha256, meta, imported_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq`)
	insSpan := prep(`INSERT INTO spans(doc, layer, id, start, "end", label, attrs, annotator, source, status, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	insRel := prep(`INSERT INTO relations(doc, layer, label, head, child) VALUES (?, ?, ?, ?, ?)`)
	insTarget := prep(`INSERT INTO targets(id, text) VALUES (?, ?)`)
	insStance := prep(`INSERT INTO stances(doc, layer, statement, target, label, implicit, annotator) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	targets := map[string]string{} // text → id stored
	rows := 0
	for r := range recs {
		var meta struct {
			Title string `json:"title"`
		}
		if err := json.Unmarshal(r.Meta, &meta); err != nil {
			b.Fatal(err)
		}
		var seq int64
		if err := insDoc.QueryRow(r.ID, meta.Title, r.Text, store.TextSHA256(r.Text), string(r.Meta), now).Scan(&seq); err != nil {
			b.Fatal(err)
		}
		for _, sp := range r.Spans {
			attrs := "{}"
			if len(sp.Attrs) > 0 {
				attrs = string(sp.Attrs)
			}
			if _, err := insSpan.Exec(seq, "bench", sp.ID, sp.Start, sp.End, sp.Label, attrs, sp.Annotator, sp.Source, sp.Status, sp.Confidence); err != nil {
				b.Fatal(err)
			}
		}
		for _, rel := range r.Relations {
			if _, err := insRel.Exec(seq, "bench", rel.Label, rel.Head, rel.Child); err != nil {
				b.Fatal(err)
			}
		}
		ids := map[string]string{}
		for _, tg := range r.Targets {
			id, ok := targets[tg.Text]
			if !ok {
				id = fmt.Sprintf("T%d", len(targets)+1)
				if _, err := insTarget.Exec(id, tg.Text); err != nil {
					b.Fatal(err)
				}
				targets[tg.Text] = id
			}
			ids[tg.ID] = id
		}
		for _, s := range r.Stance {
			if _, err := insStance.Exec(seq, "bench", s.Statement, ids[s.Target], s.Label, s.Implicit, "bench"); err != nil {
				b.Fatal(err)
			}
		}
		rows++
	}
	if err := <-readErr; err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	if rows != n {
		b.Fatalf("floor stored %d records of %d", rows, n)
	}
	data = time.Since(start)
	// The full-text index is what search reads the text from: a project
	// without its rows cannot find an imported article. They go in as
	// the import writes them (one statement over the documents stored),
	// in a transaction of their own so the floor without them is timed
	// as before.
	if _, err := db.Exec(`INSERT INTO documents_fts(docid, title, text) SELECT seq, title, text FROM documents`); err != nil {
		b.Fatal(err)
	}
	return data, time.Since(start), benchdata.ProcessorTime() - cpuStart
}

// loadAverage is the machine's load as uptime shows it, to read beside a
// figure from a shared machine.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) >= 3 {
		return "load average " + strings.Join(f[:3], ", ")
	}
	return "load unknown"
}

// peakRSS is the most memory the process has held resident (VmHWM), 0
// where that is not known.
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), &kb)
			return kb << 10
		}
	}
	return 0
}
