package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"newsmark/annotate"
	"newsmark/annotate/ingest"
	"newsmark/annotate/suggest"
	"newsmark/store"
)

// The import suggests for the analyst who imported; another analyst's
// first look at the document makes theirs, in their layer alone, once. A
// document imported without suggestions, or a project that makes none,
// stays without.
func TestFirstLookMakesTheAnalystsOwnSuggestions(t *testing.T) {
	f := newWinFixture(t)
	st := f.m.ctl.Store()
	ctx := context.Background()
	const text = "The harbour will close at noon, the coastguard said on Monday. " +
		"\"Nobody goes out in this,\" said Ailsa Munro, the harbour master."
	layer := func(doc, who string) []annotate.Span {
		t.Helper()
		a, err := st.Annotations(ctx, doc, who)
		if err != nil {
			t.Fatal(err)
		}
		return a.Spans
	}
	pending := func(spans []annotate.Span) (n int) {
		for _, s := range spans {
			if s.Status == annotate.SpanPending {
				n++
			}
		}
		return n
	}

	f.addArticle("bare", text) // stored without suggestions
	f.addArticle("harbour", text+" ")
	if _, err := suggest.Run(ctx, st, "ana", []string{"harbour"}, nil); err != nil {
		t.Fatal(err)
	}
	anas := len(layer("harbour", "ana"))
	if anas < 2 {
		t.Fatalf("the suggester made %d spans for ana; want at least 2", anas)
	}

	f.m.ctl.SetAnalyst("ben")
	f.m.ctl.OpenDocument("harbour")
	bens := layer("harbour", "ben")
	if pending(bens) != anas {
		t.Fatalf("ben's first look made %d pending suggestions; ana had %d", pending(bens), anas)
	}
	if got := len(f.m.ctl.Annotations().Spans); got != anas {
		t.Errorf("the window shows %d of ben's spans, want %d", got, anas)
	}
	if !strings.Contains(f.m.status.Text, "suggestions pending") {
		t.Errorf("status line %q does not count ben's suggestions", f.m.status.Text)
	}
	if got := len(layer("harbour", "ana")); got != anas {
		t.Errorf("ben's first look changed ana's layer: %d spans, had %d", got, anas)
	}

	// ben turns one down; opening again offers nothing twice.
	f.press(']')
	f.key(fyne.KeyBackspace, 0)
	f.m.ctl.OpenDocument("bare")
	f.m.ctl.OpenDocument("harbour")
	if got := layer("harbour", "ben"); len(got) != anas || pending(got) != anas-1 {
		t.Errorf("after a rejection and a second look ben has %d spans (%d pending), want %d (%d)", len(got), pending(got), anas, anas-1)
	}
	if got := layer("bare", "ben"); len(got) != 0 {
		t.Errorf("a document imported without suggestions got %d spans at ben's first look", len(got))
	}

	// A project that makes no suggestions for new articles makes none here.
	if err := st.SetSetting(ctx, ingest.SettingSuggestOnImport, "off"); err != nil {
		t.Fatal(err)
	}
	f.m.ctl.SetAnalyst("cai")
	f.m.ctl.OpenDocument("harbour")
	if got := layer("harbour", "cai"); len(got) != 0 {
		t.Errorf("with suggestions off, cai's first look made %d spans", len(got))
	}
}

// A newly named analyst's list reads "0" for the articles they have not
// opened, as their suggestions are made at the first look: the legend says
// so while such a row is in the list, and only when the project suggests.
func TestDocListLegendExplainsUntouchedRows(t *testing.T) {
	f := newWinFixture(t)
	st := f.m.ctl.Store()
	ctx := context.Background()
	legend := func() string { return f.m.docs.legend.Text }
	const text = "The ferry will not sail on Friday, the operator said. " +
		"\"We cannot risk it,\" said Morag Baird, its harbour master."

	f.addArticle("quay", text)
	f.addArticle("harbour", text+" ")
	if _, err := suggest.Run(ctx, st, "ana", []string{"quay", "harbour"}, nil); err != nil {
		t.Fatal(err)
	}
	f.m.ctl.ReloadDocuments(nil)
	if strings.Contains(legend(), untouchedLegend) {
		t.Errorf("ana has suggestions in every article, yet the legend reads %q", legend())
	}

	// ben is named with harbour open: its first look makes his
	// suggestions there; the other articles (the project's samples and
	// quay) are still untouched until he opens each.
	f.m.ctl.SetAnalyst("ben")
	if !strings.Contains(legend(), untouchedLegend) {
		t.Errorf("ben has not opened quay, yet the legend reads %q", legend())
	}
	for _, d := range f.m.ctl.Documents() {
		f.m.ctl.OpenDocument(d.ID)
	}
	if strings.Contains(legend(), untouchedLegend) {
		t.Errorf("ben has opened every article, yet the legend reads %q", legend())
	}

	// A project that makes no suggestions for new articles promises none.
	if err := st.SetSetting(ctx, ingest.SettingSuggestOnImport, "off"); err != nil {
		t.Fatal(err)
	}
	f.m.ctl.SetAnalyst("cai")
	if strings.Contains(legend(), untouchedLegend) {
		t.Errorf("with suggestions off, cai's legend reads %q", legend())
	}
	if legend() != docLegend {
		t.Errorf("legend %q, want the plain legend", legend())
	}
}

func TestLegendText(t *testing.T) {
	untouched := store.DocSummary{ID: "a", Status: annotate.StatusTodo}
	cases := []struct {
		name   string
		docs   []store.DocSummary
		onOpen bool
		note   bool
	}{
		{"an untouched row, suggesting", []store.DocSummary{untouched}, true, true},
		{"an untouched row, not suggesting", []store.DocSummary{untouched}, false, false},
		{"pending suggestions", []store.DocSummary{{ID: "a", Status: annotate.StatusTodo, Pending: 3}}, true, false},
		{"spans tagged", []store.DocSummary{{ID: "a", Status: annotate.StatusInProgress, Spans: 2}}, true, false},
		{"done with nothing tagged", []store.DocSummary{{ID: "a", Status: annotate.StatusDone}}, true, false},
		{"an empty list", nil, true, false},
	}
	for _, c := range cases {
		got := legendText(c.docs, c.onOpen)
		if has := strings.Contains(got, untouchedLegend); has != c.note || !strings.HasPrefix(got, docLegend) {
			t.Errorf("%s: legend %q (note %v, want %v)", c.name, got, has, c.note)
		}
	}
}
