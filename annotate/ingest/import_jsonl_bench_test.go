package ingest

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"newsmark/annotate/internal/benchdata"
	"newsmark/store"
)

// BenchmarkImportJSONL imports a newsmark JSONL file of NEWSMARK_BENCH_DOCS
// annotated articles (default 100,000 with a million spans, about 600 MB)
// into a new project, suggestions off, and reports articles per second,
// the most heap in use while it ran, and the time against a floor measured
// in the same run: reading the same file line by line and inserting each
// line as it is into a table of a new SQLite file (WAL, synchronous=FULL)
// in one transaction. Goals: ≤ 2× the floor, heap ≤ 200 MB and flat in
// the number of articles.
func BenchmarkImportJSONL(b *testing.B) {
	n := benchdata.Docs(b)
	file := benchdata.JSONL(b, n)
	ctx := context.Background()
	floor := func() time.Duration {
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
	var bestOurs, bestFloor time.Duration
	var maxHeap uint64
	for i := 0; i < b.N; i++ {
		runtime.GC()
		if f := floor(); bestFloor == 0 || f < bestFloor {
			bestFloor = f
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
		start := time.Now()
		res, err := Import(ctx, st, "bench", []string{file}, Options{NoSuggest: true}, nil)
		ours := time.Since(start)
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
		st.Close()
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(path + suffix)
		}
	}
	b.ReportMetric(float64(n)/bestOurs.Seconds(), "articles/s")
	b.ReportMetric(bestOurs.Seconds()/bestFloor.Seconds(), "x-floor")
	b.ReportMetric(float64(maxHeap)/(1<<20), "MB-heap-max")
	rss := peakRSS()
	b.ReportMetric(float64(rss)/(1<<20), "MB-rss-peak")
	b.Logf("import of %d annotated articles (JSONL): best %.1fs (%.0f articles/s); floor (read + raw insert, one transaction) best %.1fs; %.2f×; max heap in use %.0f MB, the process's peak resident memory %.0f MB; %s",
		n, bestOurs.Seconds(), float64(n)/bestOurs.Seconds(), bestFloor.Seconds(), bestOurs.Seconds()/bestFloor.Seconds(), float64(maxHeap)/(1<<20), float64(rss)/(1<<20), loadAverage())
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
