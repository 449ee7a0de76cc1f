package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsmark/store"
)

// benchArticles writes n generated scraped-page articles of about 5 KB.
func benchArticles(b *testing.B, n int) (dir string, files []string) {
	b.Helper()
	dir = b.TempDir()
	words := strings.Fields("the council said on Monday that the harbour budget would rise by four percent after a long review of shipping fees and wages while opposition members warned that ferry routes could close")
	for i := 0; i < n; i++ {
		var sb strings.Builder
		fmt.Fprintf(&sb, "Skip to content\n\nHarbour budget review number %d divides the council\n\nMembers disagree on fees, the report said.\n\nBy Staff Writer\n\n", i)
		sb.WriteString("PORTHAVEN — ")
		for p := 0; sb.Len() < 5000; p++ {
			for w := 0; w < 60; w++ {
				sb.WriteString(words[(i+p*7+w)%len(words)])
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "item %d-%d.\n\n", i, p)
		}
		sb.WriteString("Advertisement\n")
		p := filepath.Join(dir, fmt.Sprintf("a%05d.txt", i))
		if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, p)
	}
	return dir, files
}

// BenchmarkImport imports 2,000 articles of about 5 KB (suggestions off,
// full-text index on) and compares with a floor measured in the same run:
// reading the same files and inserting the raw bytes into SQLite in one
// transaction.
func BenchmarkImport(b *testing.B) {
	const n = 2000
	dir, files := benchArticles(b, n)
	ctx := context.Background()

	floor := func() time.Duration {
		start := time.Now()
		db, err := sql.Open("sqlite3", "file:"+filepath.Join(b.TempDir(), "floor.db")+"?_journal_mode=WAL&_synchronous=FULL")
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec("CREATE TABLE raw(name TEXT, body BLOB)"); err != nil {
			b.Fatal(err)
		}
		tx, _ := db.Begin()
		ins, _ := tx.Prepare("INSERT INTO raw VALUES (?, ?)")
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := ins.Exec(filepath.Base(f), data); err != nil {
				b.Fatal(err)
			}
		}
		ins.Close()
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}

	var ours, base time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		base += floor()
		st, err := store.Open(filepath.Join(b.TempDir(), "bench.newsmark"))
		if err != nil {
			b.Fatal(err)
		}
		st.SetSetting(ctx, SettingSuggestOnImport, "off")
		b.StartTimer()
		start := time.Now()
		res, err := ImportPaths(ctx, st, "bench", []string{dir}, nil)
		ours += time.Since(start)
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		if imp, _, failed := Summarize(res); imp != n || failed != 0 {
			b.Fatalf("imported %d, failed %d of %d", imp, failed, n)
		}
		st.Close()
		b.StartTimer()
	}
	perSec := float64(n*b.N) / ours.Seconds()
	ratio := float64(ours) / float64(base)
	b.ReportMetric(perSec, "articles/s")
	b.ReportMetric(float64(n*b.N)/base.Seconds(), "floor-articles/s")
	b.ReportMetric(ratio, "x-floor")
	b.Logf("import: %.0f articles/s; floor (read + raw insert in one transaction): %.0f articles/s; ratio %.2fx (goals: >= 1000/s, <= 3x)",
		perSec, float64(n*b.N)/base.Seconds(), ratio)
}
