package team

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsmark/annotate"
	"newsmark/annotate/internal/benchdata"
	"newsmark/store"
)

// BenchmarkMergeThreeAnalysts merges three analysts' files of 10,000
// articles each (every article handed to all three, each with ten spans,
// relations and a stance) into a review project that has the articles.
// The floor, measured in the same run, reads the three files' layers
// without writing anything: what any merge must at least do. Each run
// merges into a fresh copy of the review project.
//
//	go test -tags ci -run '^$' -bench MergeThree -benchtime 1x ./annotate/team/
func BenchmarkMergeThreeAnalysts(b *testing.B) {
	n := min(benchdata.Docs(b), 10000)
	src := benchdata.Project(b, n)
	dir := b.TempDir()
	review := filepath.Join(dir, "review.newsmark")
	benchdata.CopyProject(b, src, review)
	ctx := context.Background()
	st, err := store.Open(review)
	if err != nil {
		b.Fatal(err)
	}
	as, err := Assign(ctx, st, AssignOptions{Analysts: []string{"x", "y", "z"}, PerDoc: 3, Dir: filepath.Join(dir, "out"),
		Layer: "ana", Annotations: true}, nil)
	if err != nil {
		b.Fatal(err)
	}
	st.Close()
	files := []string{as.Files["x"], as.Files["y"], as.Files["z"]}
	var bestFloor, bestMerge time.Duration
	for i := 0; i < b.N; i++ {
		t := time.Now()
		read := 0
		for _, f := range files {
			fs, err := store.Open(f)
			if err != nil {
				b.Fatal(err)
			}
			if err := fs.ForEachDocumentLayers(ctx, func(_ *annotate.Document, ls []*annotate.Annotations) error {
				read += len(ls)
				return nil
			}); err != nil {
				b.Fatal(err)
			}
			fs.Close()
		}
		if f := time.Since(t); bestFloor == 0 || f < bestFloor {
			bestFloor = f
		}
		fresh := filepath.Join(dir, "fresh.newsmark")
		os.Remove(fresh)
		benchdata.CopyProject(b, review, fresh)
		rs, err := store.Open(fresh)
		if err != nil {
			b.Fatal(err)
		}
		t = time.Now()
		res, err := Merge(ctx, rs, "lead", files, MergeOptions{}, nil)
		m := time.Since(t)
		rs.Close()
		if err != nil || len(res) != 3 || res[0].Changed != n {
			b.Fatalf("merge: %+v, %v", res, err)
		}
		if bestMerge == 0 || m < bestMerge {
			bestMerge = m
		}
		if read != 3*n {
			b.Fatalf("the floor read %d layers, want %d", read, 3*n)
		}
	}
	b.ReportMetric(float64(3*n)/bestMerge.Seconds(), "layers/s")
	b.ReportMetric(bestMerge.Seconds()/bestFloor.Seconds(), "x-floor")
	b.Logf("merge of 3 analysts' files of %d articles: %.1fs (%.0f document layers/s); reading them alone %.1fs: %.1f×; %s",
		n, bestMerge.Seconds(), float64(3*n)/bestMerge.Seconds(), bestFloor.Seconds(), bestMerge.Seconds()/bestFloor.Seconds(), loadAverage())
}

func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "load unknown"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "load unknown"
	}
	return "load average " + strings.Join(f[:3], ", ")
}
