package dataset

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsmark/annotate"
	"newsmark/annotate/internal/batchgc"
	"newsmark/store"
)

// benchDocs is the size of the generated benchmark project:
// NEWSMARK_BENCH_DOCS, default 100,000 articles of about 5 KB with 10 spans
// each (a million spans).
func benchDocs(b *testing.B) int {
	if s := os.Getenv("NEWSMARK_BENCH_DOCS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			b.Fatalf("NEWSMARK_BENCH_DOCS=%q: want a positive number", s)
		}
		return n
	}
	return 100000
}

// benchSentences are the building blocks of generated articles.
var benchSentences = []string{
	"The harbour authority said on %s that container traffic in district %d rose for the third month in a row.",
	"\"We are moving more boxes than at any time since the pandemic,\" operations chief Inés Okafor told reporters in Gdańsk.",
	"Freight rates on the Asia–Europe route fell %d%% over the week, according to a shipping index compiled in London.",
	"Union officials warned that a dispute over night shifts at terminal %d could still disrupt loading before the holidays.",
	"Analysts at a Rotterdam brokerage said the numbers were better than expected but cautioned that demand remains fragile.",
	"The ministry's statement did not say when the new customs rules, first announced in March, would take effect.",
	"Shares in the port operator closed %d cents higher after the figures were published on the exchange's website.",
	"Residents near the quay have complained about noise from cranes working through the night, a local councillor said.",
}

var benchDays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}

// benchArticle builds article i: about 5 KB of text, unique, with ten
// spans (statements, speakers and cues, linked) and a stance.
func benchArticle(i int) (*annotate.Document, *annotate.Annotations) {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Port report %d: traffic, rates and a night-shift dispute\n\n", i)
	for p := 0; sb.Len() < 5000; p++ {
		for k := 0; k < 4; k++ {
			s := benchSentences[(i+p*4+k)%len(benchSentences)]
			switch strings.Count(s, "%") - 2*strings.Count(s, "%%") {
			case 2:
				s = fmt.Sprintf(s, benchDays[(i+p)%5], i+p)
			case 1:
				s = fmt.Sprintf(s, (i*7+p)%97)
			default:
				s = strings.ReplaceAll(s, "%%", "%")
			}
			sb.WriteString(s)
			sb.WriteByte(' ')
		}
		sb.WriteString("\n\n")
	}
	text := strings.TrimSpace(sb.String())
	d := &annotate.Document{ID: "bench-" + strconv.Itoa(i), Text: text, Meta: annotate.Meta{SourceFile: "bench-" + strconv.Itoa(i) + ".html", Title: "Port report " + strconv.Itoa(i)}}
	a := &annotate.Annotations{Targets: []annotate.Target{{ID: "T1", Text: "the port's recovery"}}}
	// Place spans over the first words of successive sentences.
	runes := []rune(text)
	pos := 60
	for k := 0; k < 10 && pos+40 < len(runes); k++ {
		label := []string{annotate.LabelStatement, annotate.LabelSpeaker, annotate.LabelCue}[k%3]
		if k == 9 {
			label = annotate.LabelClaim
		}
		id := annotate.SpanIDPrefix(label) + strconv.Itoa(k/3+1)
		sp := annotate.Span{ID: id, Start: pos, End: pos + 12 + k*3, Label: label, Annotator: "ana", Source: annotate.SourceManual, Status: annotate.SpanAccepted}
		if label == annotate.LabelStatement {
			sp.Attrs = map[string]any{"quote_type": "indirect"}
		}
		if label == annotate.LabelSpeaker {
			sp.Attrs = map[string]any{"canonical": "Inés Okafor"}
		}
		a.Spans = append(a.Spans, sp)
		pos += len(runes) / 11
	}
	for k := 0; k+2 < 9; k += 3 {
		a.Relations = append(a.Relations,
			annotate.Relation{Label: annotate.RelSaidBy, Head: a.Spans[k].ID, Child: a.Spans[k+1].ID},
			annotate.Relation{Label: annotate.RelCue, Head: a.Spans[k].ID, Child: a.Spans[k+2].ID})
	}
	a.Stances = []annotate.Stance{{Statement: "s1", Target: "T1", Label: annotate.StanceFavor}}
	return d, a
}

// benchProject returns the benchmark project file, built once and cached
// under os.TempDir(). It is built under a temporary name, so an interrupted
// build is never reused, and built again when its schema is not the one
// this build's migrations make.
func benchProject(b *testing.B, n int) string {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("newsmark-bench-export-v3-%d.newsmark", n))
	if _, err := os.Stat(path); err == nil {
		want, err := schemaOf(filepath.Join(b.TempDir(), "empty.newsmark"), true)
		if err != nil {
			b.Fatal(err)
		}
		have, err := schemaOf(path, false)
		if err == nil && have == want {
			return path
		}
		b.Logf("%s: its schema is not this build's; building it again", path)
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(path + suffix)
		}
	}
	tmp := path + ".building"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	st, err := store.Open(tmp)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	const batch = 2000
	for from := 0; from < n; from += batch {
		var docs []*annotate.Document
		var anns []*annotate.Annotations
		for i := from; i < min(from+batch, n); i++ {
			d, a := benchArticle(i)
			docs = append(docs, d)
			anns = append(anns, a)
		}
		if _, err := st.AddDocuments(context.Background(), "ana", docs, anns); err != nil {
			b.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	b.Logf("built %s (%d documents) in %s", path, n, time.Since(start).Round(time.Second))
	return path
}

// schemaOf is the schema (every table, index and trigger) of the project
// at path, made first when create is set.
func schemaOf(path string, create bool) (string, error) {
	if create {
		st, err := store.Open(path)
		if err != nil {
			return "", err
		}
		st.Close()
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		return "", err
	}
	defer db.Close()
	rows, err := db.Query("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var sb strings.Builder
	for rows.Next() {
		var typ, name, def string
		if err := rows.Scan(&typ, &name, &def); err != nil {
			return "", err
		}
		fmt.Fprintf(&sb, "%s %s %s\n", typ, name, def)
	}
	return sb.String(), rows.Err()
}

// floorScan is the least an export could do: one pass over the documents
// and their spans through database/sql, writing one JSON object per
// document with its text and spans.
func floorScan(ctx context.Context, path string, w io.Writer) (int, error) {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		return 0, err
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	docs, err := tx.QueryContext(ctx, "SELECT seq, id, text FROM documents ORDER BY seq")
	if err != nil {
		return 0, err
	}
	defer docs.Close()
	spans, err := tx.QueryContext(ctx, `SELECT doc, id, start, "end", label FROM spans ORDER BY doc, start`)
	if err != nil {
		return 0, err
	}
	defer spans.Close()
	bw := bufio.NewWriterSize(w, 1<<20)
	var buf []byte
	var sSeq int64
	var sID, sLabel string
	var sStart, sEnd int
	has := spans.Next()
	if has {
		spans.Scan(&sSeq, &sID, &sStart, &sEnd, &sLabel)
	}
	n := 0
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
		first := true
		for has && sSeq <= seq {
			if sSeq == seq {
				if !first {
					o.b = append(o.b, ", "...)
				}
				first = false
				so := beginObject(o.b)
				so.str("id", sID)
				so.int("start", sStart)
				so.int("end", sEnd)
				so.str("label", sLabel)
				o.b = so.end()
			}
			if has = spans.Next(); has {
				spans.Scan(&sSeq, &sID, &sStart, &sEnd, &sLabel)
			}
		}
		o.b = append(o.b, ']')
		buf = append(o.end(), '\n')
		bw.Write(buf)
		n++
	}
	return n, bw.Flush()
}

// BenchmarkExportNewsmark exports a generated project of
// NEWSMARK_BENCH_DOCS articles (default 100,000, a million spans) as
// newsmark JSONL and reports documents per second, the most heap in use
// during the export, and the time against a floor measured in the same run
// (floorScan). Goals: ≥ 20,000 documents/s, ≤ 2× the floor, heap < 100 MB.
func BenchmarkExportNewsmark(b *testing.B) {
	n := benchDocs(b)
	path := benchProject(b, n)
	st, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	// The machine may be shared, so each iteration times the floor and the
	// export back to back and the best of each is compared.
	var floor, export, bestFloor, bestExport, bestRead time.Duration
	var floorCPU, exportCPU time.Duration // processor time, the least of the runs
	var maxHeap uint64
	var ms runtime.MemStats
	progress := func(done, total int) {
		if done%512 == 0 || done == total {
			runtime.ReadMemStats(&ms)
			maxHeap = max(maxHeap, ms.HeapInuse)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		runtime.GC()
		t0, c0 := time.Now(), cpuTime()
		got, err := floorScan(ctx, path, io.Discard)
		if err != nil || got != n {
			b.Fatalf("floor scan: %d documents, %v", got, err)
		}
		f := time.Since(t0)
		if c := cpuTime() - c0; floorCPU == 0 || c < floorCPU {
			floorCPU = c
		}
		floor += f
		if bestFloor == 0 || f < bestFloor {
			bestFloor = f
		}
		// The store's part alone: ForEachDocument with nothing to do,
		// under the collector target an export sets.
		runtime.GC()
		restoreGC := batchgc.Raise(32<<20, 400) // as Export does
		t2 := time.Now()
		if err := st.ForEachDocument(ctx, store.DocFilter{Layer: "ana"}, func(*annotate.Document, *annotate.Annotations) error { return nil }); err != nil {
			b.Fatal(err)
		}
		if r := time.Since(t2); bestRead == 0 || r < bestRead {
			bestRead = r
		}
		restoreGC()
		runtime.GC()
		b.StartTimer()
		t1, c1 := time.Now(), cpuTime()
		sum, err := Export(ctx, st, "-", io.Discard, Options{Format: FormatNewsmark}, progress)
		e := time.Since(t1)
		if c := cpuTime() - c1; exportCPU == 0 || c < exportCPU {
			exportCPU = c
		}
		export += e
		if bestExport == 0 || e < bestExport {
			bestExport = e
		}
		if err != nil || sum.Documents != n {
			b.Fatalf("export: %+v, %v", sum, err)
		}
	}
	b.StopTimer()
	perExport := export.Seconds() / float64(b.N)
	perFloor := floor.Seconds() / float64(b.N)
	b.ReportMetric(float64(n)/bestExport.Seconds(), "docs/s")
	b.ReportMetric(float64(maxHeap)/(1<<20), "MB-heap-max")
	b.ReportMetric(bestExport.Seconds()/bestFloor.Seconds(), "x-floor")
	b.ReportMetric(bestRead.Seconds()/bestFloor.Seconds(), "store-read-x-floor")
	if floorCPU > 0 {
		b.ReportMetric(exportCPU.Seconds()/floorCPU.Seconds(), "cpu-x-floor")
		b.Logf("processor time (user + system, all threads; least of the runs): export %.2fs, floor %.2fs, %.2f×",
			exportCPU.Seconds(), floorCPU.Seconds(), exportCPU.Seconds()/floorCPU.Seconds())
	}
	b.Logf("store.ForEachDocument alone (no formatting, no writing): best %.2fs, %.2f× the floor", bestRead.Seconds(), bestRead.Seconds()/bestFloor.Seconds())
	b.Logf("%d documents, %d runs: export best %.2fs (%.0f docs/s), mean %.2fs; floor best %.2fs (%.0f docs/s), mean %.2fs; ratio best/best %.2f×, mean/mean %.2f×; max heap in use %.1f MB",
		n, b.N, bestExport.Seconds(), float64(n)/bestExport.Seconds(), perExport, bestFloor.Seconds(), float64(n)/bestFloor.Seconds(), perFloor,
		bestExport.Seconds()/bestFloor.Seconds(), perExport/perFloor, float64(maxHeap)/(1<<20))
}
