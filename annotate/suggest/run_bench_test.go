package suggest

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"newsmark/annotate"
	"newsmark/annotate/internal/benchdata"
	"newsmark/store"
)

// BenchmarkSuggestAll runs suggest --all (RunAll) over a copy of the
// benchmark project, NEWSMARK_BENCH_DOCS articles (default 100,000), and
// reports articles per second, the time against the suggester alone on all
// cores over the same articles (measured in the same run), and the write
// amplification: bytes the process wrote (WAL, checkpoints) per byte the
// project grew. Goals: ≥ 2,000 articles/s, ≤ 2× the suggester alone.
func BenchmarkSuggestAll(b *testing.B) {
	n := benchdata.Docs(b)
	project := benchdata.Project(b, n)
	ctx := context.Background()
	var bestRun, bestAlone, bestCPU, aloneCPU time.Duration
	var amp float64
	var written, grew int64
	added := 0
	for i := 0; i < b.N; i++ {
		a0 := benchdata.ProcessorTime()
		if a := suggesterAlone(n); bestAlone == 0 || a < bestAlone {
			bestAlone = a
			aloneCPU = benchdata.ProcessorTime() - a0 // making the articles included
		}
		path := filepath.Join(b.TempDir(), "p.newsmark")
		benchdata.CopyProject(b, project, path)
		before := fileSize(path)
		st, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		w0 := bytesWritten()
		c0 := benchdata.ProcessorTime()
		start := time.Now()
		added, err = RunAll(ctx, st, "ana", nil)
		run := time.Since(start)
		if c := benchdata.ProcessorTime() - c0; bestCPU == 0 || c < bestCPU {
			bestCPU = c
		}
		if err != nil {
			b.Fatal(err)
		}
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		written = bytesWritten() - w0
		if grew = fileSize(path) - before; grew > 0 {
			amp = float64(written) / float64(grew)
		}
		if bestRun == 0 || run < bestRun {
			bestRun = run
		}
		os.Remove(path)
	}
	b.ReportMetric(float64(n)/bestRun.Seconds(), "articles/s")
	b.ReportMetric(bestRun.Seconds()/bestAlone.Seconds(), "x-suggester")
	b.ReportMetric(amp, "written/growth")
	// Processor time is what a loaded machine changes least: the run's
	// against the suggester's alone (which also makes the articles).
	b.ReportMetric(float64(bestCPU.Microseconds())/1000/float64(n), "cpu-ms/article")
	b.ReportMetric(float64(aloneCPU.Microseconds())/1000/float64(n), "alone-cpu-ms/article")
	b.Logf("suggest --all over %d articles (%d suggestions): best %.1fs (%.0f articles/s); the suggester alone on all cores %.1fs; %.2f×; processor time %.2f ms an article, the suggester alone's %.2f (making the articles included); %.1f bytes written per byte of growth (%.0f MB written, the file grew %.0f MB); %s",
		n, added, bestRun.Seconds(), float64(n)/bestRun.Seconds(), bestAlone.Seconds(), bestRun.Seconds()/bestAlone.Seconds(),
		float64(bestCPU.Microseconds())/1000/float64(n), float64(aloneCPU.Microseconds())/1000/float64(n),
		amp, float64(written)/(1<<20), float64(grew)/(1<<20), loadAverage())
}

// suggesterAlone times Suggest over the n benchmark articles on all cores,
// the articles made beforehand a thousand at a time (not timed).
func suggesterAlone(n int) time.Duration {
	var total time.Duration
	const chunk = 1000
	for from := 0; from < n; from += chunk {
		var docs []*annotate.Document
		var spans [][]annotate.Span
		for i := from; i < min(from+chunk, n); i++ {
			d, a := benchdata.Article(i)
			docs, spans = append(docs, d), append(spans, a.Spans)
		}
		start := time.Now()
		var next sync.Mutex
		k := 0
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					next.Lock()
					j := k
					k++
					next.Unlock()
					if j >= len(docs) {
						return
					}
					Suggest(docs[j], spans[j], Options{Headline: true})
				}
			}()
		}
		wg.Wait()
		total += time.Since(start)
	}
	return total
}

func fileSize(path string) int64 {
	var n int64
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(path + suffix); err == nil {
			n += fi.Size()
		}
	}
	return n
}

// bytesWritten is what the process has written through write calls
// (Linux's /proc/self/io wchar), 0 where that is not known.
func bytesWritten() int64 {
	f, err := os.Open("/proc/self/io")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "wchar: "); ok {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n
		}
	}
	return 0
}

// loadAverage is the machine's load as uptime shows it.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) >= 3 {
		return "load average " + strings.Join(f[:3], ", ")
	}
	return "load unknown"
}
