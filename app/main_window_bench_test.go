package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"newsmark/annotate"
)

// BenchmarkTagToDurable measures what an analyst waits for: drag over a
// name, press 2, and the SPEAKER span is committed to SQLite (the runner is
// synchronous, so it is durable when the key press returns) and the window
// shows it. The baseline, measured in the same run, is a bare store.Apply
// of the same edit. The goal is 16 ms, one frame at 60 Hz.
func BenchmarkTagToDurable(b *testing.B) {
	f := newWinFixture(b)
	f.addArticle("a", winPlainText)
	ctx := context.Background()
	st := f.m.ctl.Store()
	doc := f.m.ctl.Document()
	sch := f.m.ctl.Schema()
	sub := "Morag Lennox"
	start := f.runeOffset(sub)
	end := start + len([]rune(sub))
	from, to := f.point(start, 1, false), f.point(end, -1, true)

	// Baseline: the same edit straight to the store.
	edit, err := annotate.TagSpan(doc, &annotate.Annotations{}, sch, annotate.LabelSpeaker, start, end, "ana")
	if err != nil {
		b.Fatal(err)
	}
	edit.Doc = doc.ID
	var base time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		done, err := st.Apply(ctx, "ana", edit)
		base += time.Since(t0)
		if err != nil {
			b.Fatal(err)
		}
		del, err := annotate.DeleteSpan(&annotate.Annotations{Spans: []annotate.Span{*done.Ops[0].Span}}, done.Ops[0].Span.ID)
		if err != nil {
			b.Fatal(err)
		}
		del.Doc = doc.ID
		if _, err := st.Apply(ctx, "ana", del); err != nil {
			b.Fatal(err)
		}
	}
	f.m.ctl.OpenDocument(doc.ID)

	var gui time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		test.Drag(f.w.Canvas(), to, to.X-from.X, to.Y-from.Y)
		f.press('2')
		gui += time.Since(t0)
		b.StopTimer()
		s := f.m.ctl.SelectedSpan()
		if s == nil || s.Start != start || s.End != end {
			b.Fatalf("the tag did not land: status %q", f.m.status.Text)
		}
		if !strings.Contains(f.m.status.Text, "saved") {
			b.Fatalf("status %q", f.m.status.Text)
		}
		f.m.ctl.DeleteSelected()
		b.StartTimer()
	}
	b.StopTimer()
	perTag := float64(gui.Microseconds()) / 1000 / float64(b.N)
	perApply := float64(base.Microseconds()) / 1000 / float64(b.N)
	b.ReportMetric(perTag, "ms/tag")
	b.ReportMetric(perApply, "ms/apply")
	if perApply > 0 {
		b.ReportMetric(perTag/perApply, "x_apply")
	}
	b.Logf("tag to durable %.2f ms, bare store.Apply %.2f ms, ratio %.2f (goal: tag ≤ 16 ms)", perTag, perApply, perTag/max(perApply, 1e-9))
}
