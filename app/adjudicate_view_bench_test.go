package app

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"newsmark/annotate"
	"newsmark/annotate/team"
)

// benchTeamLayers are three analysts' layers of the benchmark article,
// 1,000 spans each: ana's as generated, ben's with a tenth of the starts
// moved and cai's with one span in twenty missing and others relabelled,
// so there are agreements and disagreements of every kind.
func benchTeamLayers(text string) map[string]*annotate.Annotations {
	base := benchSpansFor(text, benchSpans)
	r := rand.New(rand.NewPCG(5, 9))
	out := map[string]*annotate.Annotations{}
	for _, analyst := range []string{"ana", "ben", "cai"} {
		a := &annotate.Annotations{Layer: analyst, Status: annotate.StatusDone}
		for i, vs := range base {
			s := annotate.Span{ID: fmt.Sprintf("s%d", i+1), Start: vs.Start, End: vs.End, Label: vs.Label,
				Annotator: analyst, Source: annotate.SourceManual, Status: annotate.SpanAccepted}
			switch {
			case analyst == "ben" && r.IntN(10) == 0:
				s.Start++
			case analyst == "cai" && r.IntN(20) == 0:
				continue
			}
			a.Spans = append(a.Spans, s)
		}
		out[analyst] = a
	}
	return out
}

// openAdjudicationView is what View › Adjudicate does once the layers are
// read: align them, build the view and lay it out 800 px wide.
func openAdjudicationView(m *mainWindow, doc *annotate.Document, layers []*annotate.Annotations) *adjudicateView {
	v := newAdjudicateView(m)
	v.show(doc, team.NewAdjudication(doc, layers, nil))
	v.view.Resize(fyne.NewSize(benchWidth, benchH))
	return v
}

// BenchmarkAdjudicationFirstLayout opens the adjudication view on a
// 120,000-character article with 3 × 1,000 spans (aligning the layers
// included), against the single-layer view's first layout of the same
// article with 1,000 spans in the same run. Goal: ≤ 50 ms, as the
// single-layer view.
func BenchmarkAdjudicationFirstLayout(b *testing.B) {
	f := newWinFixture(b)
	text, zones := benchDoc()
	doc := &annotate.Document{ID: "long", Text: text, Zones: zones}
	byName := benchTeamLayers(text)
	layers := []*annotate.Annotations{byName["ana"], byName["ben"], byName["cai"]}
	single := benchSpansFor(text, benchSpans)
	// Warm the shared caches (fonts, shaped words) once, as the window
	// has by the time an analyst adjudicates.
	layOutArticleView(text, zones, single)
	v := openAdjudicationView(f.m, doc, layers)
	units, dis := len(v.adj.Align.Units), len(v.dis)

	var base, gui time.Duration
	for b.Loop() {
		t0 := time.Now()
		layOutArticleView(text, zones, single)
		base += time.Since(t0)
		t0 = time.Now()
		openAdjudicationView(f.m, doc, layers)
		gui += time.Since(t0)
	}
	per, perBase := gui/time.Duration(b.N), base/time.Duration(b.N)
	t0 := time.Now()
	team.NewAdjudication(doc, layers, nil)
	align := time.Since(t0)
	b.ReportMetric(ms(perBase), "ms/single-layer")
	b.ReportMetric(float64(per)/float64(perBase), "x_single-layer")
	b.ReportMetric(ms(align), "ms/align")
	reportGoal(b, fmt.Sprintf("adjudication view first layout, 3 × %d spans, %d units, %d disagreements (single-layer view %.1f ms, ratio %.1f; aligning alone %.1f ms)",
		benchSpans, units, dis, ms(perBase), float64(per)/float64(perBase), ms(align)), per, goalFirstLayout)
}

// adjKeyFixture is the window adjudicating the benchmark article, its
// three layers stored in the project.
func adjKeyFixture(b *testing.B) *winFixture {
	inBackground(b, inline) // the project's progress is counted at once, not during the keys
	f := newWinFixture(b)
	text, zones := benchDoc()
	doc := &annotate.Document{ID: "long", Text: text, Zones: zones}
	addTeamDocument(b, f, doc, nil, benchTeamLayers(text))
	f.m.ctl.SetAnalyst("lead")
	f.m.ctl.ReloadDocuments(nil)
	f.m.ctl.OpenDocument("long")
	f.m.openAdjudication("")
	if f.m.adj == nil || len(f.m.adj.dis) < 10 {
		b.Fatal("the adjudication view did not open on the long article")
	}
	f.m.adj.view.Resize(fyne.NewSize(benchWidth, benchH))
	f.w.Canvas().Focus(f.m.adj.view)
	return f
}

// BenchmarkAdjudicationKeyToFrame measures a key in the adjudication view
// to the window ready to draw (store work inline, so a decision is
// committed and gold read back first), on the 120,000-character article
// with 3 × 1,000 spans: ] to the next disagreement, 1 to take version 1
// into gold. The baseline, in the same run, is the same kind of key in the
// single-layer window on the same article with 1,000 spans: ] to the next
// suggestion, a label key tagging a selection.
func BenchmarkAdjudicationKeyToFrame(b *testing.B) {
	b.Run("]", func(b *testing.B) {
		single := keyFrameFixture(b)
		var base time.Duration
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			single.press(']')
			base += time.Since(t0)
		}
		f := adjKeyFixture(b)
		v := f.m.adj
		b.ResetTimer()
		var gui time.Duration
		for i := 0; i < b.N; i++ {
			if v.cur == len(v.dis)-1 {
				b.StopTimer()
				v.cur = 0
				b.StartTimer()
			}
			from := v.cur
			t0 := time.Now()
			f.adjPress(']')
			gui += time.Since(t0)
			if v.cur != from+1 {
				b.Fatalf("] stayed on disagreement %d", from)
			}
		}
		b.StopTimer()
		reportKeyFrame(b, "adjudication ] (baseline: ] in the single-layer window)", gui, base)
	})
	b.Run("1", func(b *testing.B) {
		single := keyFrameFixture(b)
		text := single.m.ctl.Document().Text
		start := len([]rune(text)) / 2
		var base time.Duration
		for i := 0; i < b.N; i++ {
			single.m.view.SetSelection(start, start+40)
			t0 := time.Now()
			single.press('4')
			base += time.Since(t0)
			single.m.ctl.Undo()
		}
		f := adjKeyFixture(b)
		v := f.m.adj
		ctx := context.Background()
		b.ResetTimer()
		var gui time.Duration
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			i0 := v.dis[v.cur]
			b.StartTimer()
			t0 := time.Now()
			f.adjPress('1')
			gui += time.Since(t0)
			b.StopTimer()
			if !v.adj.Decided(i0) {
				b.Fatalf("1 did not decide the disagreement: %s", v.message.Text)
			}
			if _, err := f.m.ctl.Store().UndoAdjudication(ctx, "lead"); err != nil {
				b.Fatal(err)
			}
			g, err := f.m.ctl.Store().Annotations(ctx, "long", annotate.LayerGold)
			if err != nil {
				b.Fatal(err)
			}
			v.adj.SetGold(g)
			v.cur = v.nextUndecided(-1, 1)
			b.StartTimer()
		}
		b.StopTimer()
		reportKeyFrame(b, "adjudication 1 (baseline: a label key in the single-layer window)", gui, base)
	})
}
