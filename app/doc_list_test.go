package app

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
)

// fakeClock stands in for the filter's pause: a test fires the searches
// waiting for it when it chooses.
type fakeClock struct{ waiting []*fakeTimer }

type fakeTimer struct {
	f       func()
	stopped bool
}

func (c *fakeClock) after(_ time.Duration, f func()) func() bool {
	t := &fakeTimer{f: f}
	c.waiting = append(c.waiting, t)
	return func() bool { was := !t.stopped; t.stopped = true; return was }
}

// fire runs the timers not stopped and reports how many.
func (c *fakeClock) fire() int {
	n := 0
	for _, t := range c.waiting {
		if !t.stopped {
			t.stopped = true
			t.f()
			n++
		}
	}
	c.waiting = nil
	return n
}

// searchesOnAClock makes the filter's pause the test's to end.
func (f *winFixture) searchesOnAClock() *fakeClock {
	c := &fakeClock{}
	fd := f.m.docs.finder
	fd.after = c.after
	if fd.done == nil {
		fd.done = make(chan struct{}, 16)
	}
	return c
}

// waitSearched waits for the filter's next result to be shown.
func (f *winFixture) waitSearched() {
	f.t.Helper()
	select {
	case <-f.m.docs.finder.done:
	case <-time.After(20 * time.Second):
		f.t.Fatal("the filter's search never came back")
	}
}

// filterTo types text into the filter as one change and waits for its
// result (an empty or unreadable query shows at once).
func (f *winFixture) filterTo(text string) {
	f.t.Helper()
	c := f.searchesOnAClock()
	f.m.docs.filter.SetText(text)
	if c.fire() > 0 {
		f.waitSearched()
	}
}

// annotated stores an article with ana's annotations: a statement by
// speaker (canonical name) with a stance toward target.
func (f *winFixture) annotated(id, text, speaker, target, stance string) {
	f.t.Helper()
	st := f.m.ctl.Store()
	at := strings.Index(text, "said")
	a := &annotate.Annotations{
		Layer: "ana",
		Spans: []annotate.Span{
			{ID: "s1", Label: annotate.LabelStatement, Start: 0, End: len([]rune(text[:at])) + 4, Status: annotate.SpanAccepted},
			{ID: "p1", Label: annotate.LabelSpeaker, Start: 0, End: 5, Status: annotate.SpanAccepted, Attrs: map[string]any{"canonical": speaker}},
		},
		Relations: []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "p1"}},
		Targets:   []annotate.Target{{ID: "T1", Text: target}},
		Stances:   []annotate.Stance{{Statement: "s1", Target: "T1", Label: stance}},
	}
	res, err := st.AddDocuments(context.Background(), "ana", []*annotate.Document{{ID: id, Text: text}}, []*annotate.Annotations{a})
	if err != nil || res[0].Err != nil {
		f.t.Fatal(err, res[0].Err)
	}
	f.m.ctl.ReloadDocuments(nil)
}

func TestFilterFindsByAnnotationAndEnterOpensTheOneMatch(t *testing.T) {
	f := newWinFixture(t)
	f.annotated("kremlin", "Peskov said the alliance was a threat.", "Dmitry Peskov", "NATO", annotate.StanceAgainst)
	f.annotated("summit", "Peskov said the summit was useful.", "Dmitry Peskov", "the summit", annotate.StanceFavor)
	f.annotated("quay", "Okafor said the quay would help.", "Inés Okafor", "the port plan", annotate.StanceAgainst)
	tests := []struct {
		query string
		want  []string
	}{
		{"speaker:Peskov", []string{"kremlin", "summit"}},
		{"speaker:Peskov stance:AGAINST", []string{"kremlin"}},
		{"stance:against", []string{"kremlin", "quay"}},
		{"speaker:ines stance:AGAINST", []string{"quay"}},
		{"target:nato threat", []string{"kremlin"}},
		{"speaker:Peskov -useful", []string{"kremlin"}},
		{`"the summit was useful"`, []string{"summit"}},
	}
	for _, tt := range tests {
		f.w.Canvas().Focus(f.m.docs.filter)
		f.filterTo(tt.query)
		if got := f.m.docs.Shown(); !slices.Equal(got, tt.want) {
			t.Errorf("filter %q shows %v, want %v", tt.query, got, tt.want)
		}
	}
	f.m.ctl.OpenDocument("summit")
	f.filterTo("speaker:Peskov stance:AGAINST")
	if !strings.HasPrefix(f.m.docs.hint.Text, "1 match") {
		t.Errorf("the hint says %q, want the number of matches first", f.m.docs.hint.Text)
	}
	f.m.docs.filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if d := f.m.ctl.Document(); d == nil || d.ID != "kremlin" {
		t.Errorf("Enter on the one match opened %v, want kremlin", d)
	}
	if f.w.Canvas().Focused() == f.m.docs.filter {
		t.Error("Enter left the focus in the filter, want the article")
	}
}

func TestFilterSaysWhatIsWrongWithTheQuery(t *testing.T) {
	f := newWinFixture(t)
	f.annotated("kremlin", "Peskov said the alliance was a threat.", "Dmitry Peskov", "NATO", annotate.StanceAgainst)
	f.filterTo("speaker:Peskov")
	before := f.m.docs.Shown()
	f.filterTo("speakr:Peskov")
	hint := f.m.docs.hint
	if !strings.Contains(hint.Text, `unknown filter "speakr:"`) || !strings.Contains(hint.Text, "speaker, target, stance") || hint.Importance != widget.DangerImportance {
		t.Errorf("the hint under the filter says %q (importance %v), want the unknown filter named and the valid ones listed, as an error", hint.Text, hint.Importance)
	}
	if got := f.m.docs.Shown(); !slices.Equal(got, before) {
		t.Errorf("an unreadable query changed the list to %v, want %v kept", got, before)
	}
	f.filterTo("speaker:Peskov")
	if hint.Importance == widget.DangerImportance || strings.Contains(hint.Text, "unknown") {
		t.Errorf("the error stayed after the query was fixed: %q", hint.Text)
	}
}

// Typing a word searches once, when typing pauses; the searches for what
// was typed before are cancelled, not run.
func TestFilterWaitsForAPauseAndDropsStaleSearches(t *testing.T) {
	f := newWinFixture(t)
	f.annotated("kremlin", "Peskov said the alliance was a threnody.", "Dmitry Peskov", "NATO", annotate.StanceAgainst)
	c := f.searchesOnAClock()
	f.w.Canvas().Focus(f.m.docs.filter)
	test.Type(f.m.docs.filter, "thren")
	if len(c.waiting) != 5 {
		t.Fatalf("%d searches scheduled for 5 keys, want one each (each waiting for a pause)", len(c.waiting))
	}
	for i, tm := range c.waiting[:4] {
		if !tm.stopped {
			t.Errorf("the search for key %d was not cancelled by the next key", i+1)
		}
	}
	if n := c.fire(); n != 1 {
		t.Fatalf("%d searches ran after the pause, want 1", n)
	}
	f.waitSearched()
	if got := f.m.docs.Shown(); !slices.Contains(got, "kremlin") || slices.Contains(got, "02_leeds_bus_strike") {
		t.Errorf("the filter shows %v after typing thren, want [kremlin]", got)
	}
}

// A filter in use follows the work: after an edit changes what it finds
// (a stance flipped, here), the list searches again once the pause ends,
// and the document that no longer matches leaves it.
func TestFilterSearchesAgainAfterAnEdit(t *testing.T) {
	f := newWinFixture(t)
	f.annotated("kremlin", "Peskov said the alliance was a threat.", "Dmitry Peskov", "NATO", annotate.StanceAgainst)
	f.annotated("quay", "Okafor said the quay would help.", "Inés Okafor", "the port plan", annotate.StanceAgainst)
	f.filterTo("stance:against")
	if got := f.m.docs.Shown(); !slices.Equal(got, []string{"kremlin", "quay"}) {
		t.Fatalf("stance:against shows %v", got)
	}
	c := f.searchesOnAClock()
	ctx := context.Background()
	a, err := f.m.ctl.Store().Annotations(ctx, "quay", "ana")
	if err != nil || len(a.Stances) != 1 {
		t.Fatalf("quay's stances: %+v, %v", a, err)
	}
	flipped := a.Stances[0]
	flipped.Label = annotate.StanceFavor
	if _, err := f.m.ctl.Store().Apply(ctx, "ana", annotate.Edit{Doc: "quay", Summary: "stance", Ops: []annotate.Op{
		{Kind: annotate.OpSetStance, Stance: &flipped}}}); err != nil {
		t.Fatal(err)
	}
	f.m.ctl.ReloadDocuments(nil)
	if c.fire() == 0 {
		t.Fatal("the edit did not start a search")
	}
	f.waitSearched()
	if got := f.m.docs.Shown(); !slices.Equal(got, []string{"kremlin"}) {
		t.Errorf("after quay's stance turned FAVOR, stance:against shows %v, want [kremlin]", got)
	}
}
