package dataset

import (
	"context"
	sharedtest "newsmark/annotate/reference"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"newsmark/annotate"
	"newsmark/store"
)

// Three short original articles written for these tests: a Dutch port
// strike with an emoji and a flag, a Montréal council vote spelled with
// combining accents, and a Japanese food company whose name starts with
// 𠮷 (U+20BB7, outside the Basic Multilingual Plane).

// builder places spans by the text they cover, so fixtures stay readable.
type builder struct {
	t   testing.TB
	doc *annotate.Document
	ann *annotate.Annotations
}

// at returns the code-point range of the nth (1-based) occurrence of sub.
func (b *builder) at(sub string, nth int) (int, int) {
	from := 0
	for i := 1; ; i++ {
		j := strings.Index(b.doc.Text[from:], sub)
		if j < 0 {
			b.t.Fatalf("fixture %s: %q (occurrence %d) not in the text", b.doc.ID, sub, nth)
		}
		if i == nth {
			start := utf8.RuneCountInString(b.doc.Text[:from+j])
			return start, start + utf8.RuneCountInString(sub)
		}
		from += j + len(sub)
	}
}

func (b *builder) span(id, label, sub string, nth int, attrs map[string]any) *annotate.Span {
	s, e := b.at(sub, nth)
	b.ann.Spans = append(b.ann.Spans, annotate.Span{ID: id, Start: s, End: e, Label: label, Attrs: attrs,
		Annotator: "ana", Source: annotate.SourceManual, Status: annotate.SpanAccepted})
	return &b.ann.Spans[len(b.ann.Spans)-1]
}

func (b *builder) rel(label, head, child string) {
	b.ann.Relations = append(b.ann.Relations, annotate.Relation{Label: label, Head: head, Child: child})
}

// quote adds a statement with its speaker and cue, linked.
func (b *builder) quote(n, statement, qt, speaker, canonical, cue string, cueNth int) {
	sid, spk, cu := "s"+n, "spk"+n, "cue"+n
	b.span(sid, annotate.LabelStatement, statement, 1, map[string]any{"quote_type": qt})
	b.span(spk, annotate.LabelSpeaker, speaker, 1, map[string]any{"canonical": canonical})
	b.span(cu, annotate.LabelCue, cue, cueNth, nil)
	b.rel(annotate.RelSaidBy, sid, spk)
	b.rel(annotate.RelCue, sid, cu)
}

func (b *builder) zones() {
	paras := strings.SplitN(b.doc.Text, "\n\n", 3)
	off := 0
	for i, name := range []string{annotate.ZoneHeadline, annotate.ZoneDek} {
		n := utf8.RuneCountInString(paras[i])
		b.doc.Zones = append(b.doc.Zones, annotate.Zone{Zone: name, Start: off, End: off + n})
		off += n + 2
	}
	body := paras[2]
	if i := strings.Index(body, " — "); i > 0 {
		n := utf8.RuneCountInString(body[:i+len(" — ")])
		b.doc.Zones = append(b.doc.Zones, annotate.Zone{Zone: annotate.ZoneDateline, Start: off, End: off + n})
		off += n
	}
	b.doc.Zones = append(b.doc.Zones, annotate.Zone{Zone: annotate.ZoneBody, Start: off, End: utf8.RuneCountInString(b.doc.Text)})
}

func testArticles(t testing.TB) ([]*annotate.Document, []*annotate.Annotations) {
	var docs []*annotate.Document
	var anns []*annotate.Annotations
	add := func(b *builder) {
		docs = append(docs, b.doc)
		anns = append(anns, b.ann)
	}

	// 1. Rotterdam: emoji, a flag (two regional indicators), a coref'd
	// pronoun, a medium, a claim, a pending suggestion, a second annotator.
	b := &builder{t: t, ann: &annotate.Annotations{}, doc: &annotate.Document{
		ID:     "rotterdam-strike",
		Status: annotate.StatusDone,
		Meta: annotate.Meta{SourceFile: "rotterdam-strike.html", Title: "Rotterdam dockworkers end strike after pay deal, union says",
			Byline: "Harbour Ledger staff", Published: "2026-03-06", Outlet: "Harbour Ledger", Removed: []string{"Advertisement", "Share this article"},
			Extra: map[string]any{"section": "Business"}},
		Text: "Rotterdam dockworkers end strike after pay deal, union says\n\n" +
			"The FNV union said members would return to work on Monday.\n\n" +
			"ROTTERDAM — Dockworkers at Europe's largest port will end a five-day strike after reaching a pay agreement with terminal operators, the FNV union said on Friday.\n\n" +
			"\"This deal shows that standing together works,\" union negotiator Marieke de Vries told reporters outside the Maasvlakte terminal.\n\n" +
			"She later posted on social media: \"Back to work Monday 🚢🇳🇱\".\n\n" +
			"The operators' association said the agreement would cost its members about 40 million euros a year but called it \"fair and sustainable.\"",
	}}
	b.zones()
	b.quote("1", "Dockworkers at Europe's largest port will end a five-day strike after reaching a pay agreement with terminal operators", "indirect", "the FNV union", "FNV", "said", 2)
	b.quote("2", "\"This deal shows that standing together works,\"", "direct", "Marieke de Vries", "Marieke de Vries", "told", 1)
	b.quote("3", "\"Back to work Monday 🚢🇳🇱\"", "direct", "She", "Marieke de Vries", "posted", 1)
	b.rel(annotate.RelCoref, "spk3", "spk2")
	b.span("med1", annotate.LabelMedium, "social media", 1, nil)
	b.rel(annotate.RelVia, "s3", "med1")
	b.quote("4", "the agreement would cost its members about 40 million euros a year", "indirect", "The operators' association", "operators' association", "said", 3)
	b.ann.Spans[len(b.ann.Spans)-2].Annotator = "ben"
	b.span("c1", annotate.LabelClaim, "about 40 million euros a year", 1, map[string]any{"claim_type": "quantity", "verifiable": true, "checkworthy": "yes"})
	b.rel(annotate.RelPartOf, "c1", "s4")
	p := b.span("s5", annotate.LabelStatement, "\"fair and sustainable.\"", 1, map[string]any{"quote_type": "direct"})
	p.Status, p.Source, p.Pattern, p.Confidence, p.Annotator = annotate.SpanPending, annotate.SourceRules, "called-quote", 0.62, ""
	b.ann.Targets = []annotate.Target{{ID: "T1", Text: "the Rotterdam port pay deal", Kind: "topic"}}
	es, ee := b.at("fair and sustainable.", 1)
	b.ann.Stances = []annotate.Stance{
		{Statement: "s2", Target: "T1", Label: annotate.StanceFavor},
		{Statement: "s3", Target: "T1", Label: annotate.StanceFavor},
		{Statement: "s4", Target: "T1", Label: annotate.StanceFavor, Implicit: true, Evidence: &annotate.Evidence{Start: es, End: ee}},
	}
	b.ann.DocLabels = map[string]any{"genre": "hard_news", "topics": []any{"labour", "ports"}}
	add(b)

	// 2. Montréal, with every accent written as a combining mark (NFD), a
	// document-scoped target and a rejected suggestion that never exports.
	nfd := strings.NewReplacer("é", "e\u0301", "è", "e\u0300", "ô", "o\u0302").Replace
	b = &builder{t: t, ann: &annotate.Annotations{}, doc: &annotate.Document{
		ID:     "montreal-bike-lanes",
		Status: annotate.StatusInProgress,
		Meta:   annotate.Meta{SourceFile: "montreal-bike-lanes.txt", Language: "en", Wire: "CP"},
		Text: nfd("Montréal council approves winter bike lane network\n\n" +
			"The vote keeps 40 kilometres of lanes cleared of snow until spring.\n\n" +
			"MONTRÉAL — City council voted 38 to 23 on Tuesday to keep 40 kilometres of bike lanes cleared through the winter.\n\n" +
			"Councillor Hélène Côté, who tabled the motion, said the lanes \"are used every single day, even at minus 20.\"\n\n" +
			"Opposition leader Marc-André Roy called the plan \"a costly gesture\" and said snow-clearing crews were already stretched."),
	}}
	b.zones()
	b.quote("1", nfd("the lanes \"are used every single day, even at minus 20.\""), "mixed", nfd("Councillor Hélène Côté"), "Hélène Côté", "said", 1)
	b.quote("2", "\"a costly gesture\"", "direct", nfd("Opposition leader Marc-André Roy"), "Marc-André Roy", "called", 1)
	b.span("s3", annotate.LabelStatement, "snow-clearing crews were already stretched", 1, map[string]any{"quote_type": "indirect"})
	b.span("cue3", annotate.LabelCue, "said", 2, nil)
	b.rel(annotate.RelSaidBy, "s3", "spk2")
	b.rel(annotate.RelCue, "s3", "cue3")
	b.span("c1", annotate.LabelClaim, "City council voted 38 to 23 on Tuesday", 1, map[string]any{"claim_type": "event_property", "verifiable": true})
	r := b.span("ent1", annotate.LabelEntity, "Tuesday", 1, nil)
	r.Status, r.Source = annotate.SpanRejected, annotate.SourceRules
	b.ann.Targets = []annotate.Target{{ID: "T2", Text: "winter bike lanes", Kind: "topic", DocID: "montreal-bike-lanes"}}
	b.ann.Stances = []annotate.Stance{
		{Statement: "s1", Target: "T2", Label: annotate.StanceFavor},
		{Statement: "s2", Target: "T2", Label: annotate.StanceAgainst},
		{Statement: "s3", Target: "T2", Label: annotate.StanceAgainst, Implicit: true},
	}
	add(b)

	// 3. Tokyo: a company name with a CJK Extension B character, a Japanese
	// quote in corner brackets, an emoji, and a statement without a stance.
	b = &builder{t: t, ann: &annotate.Annotations{}, doc: &annotate.Document{
		ID:   "yoshida-beef-bowl",
		Meta: annotate.Meta{SourceFile: "yoshida.md", Title: "𠮷田食品 raises beef bowl price for the first time in three years", URL: "https://example.com/yoshida"},
		Text: "𠮷田食品 raises beef bowl price for the first time in three years\n\n" +
			"The chain blames rice and beef costs.\n\n" +
			"TOKYO — 𠮷田食品 (Yoshida Foods) will raise the price of its standard beef bowl to 498 yen from April, the company said on Wednesday.\n\n" +
			"「原材料費の高騰が続いている」と広報担当の山田花子氏は述べた。\n\n" +
			"Analysts at a Tokyo brokerage said the increase was smaller than expected 😮.",
	}}
	b.zones()
	b.quote("1", "𠮷田食品 (Yoshida Foods) will raise the price of its standard beef bowl to 498 yen from April", "indirect", "the company", "𠮷田食品", "said", 1)
	b.quote("2", "「原材料費の高騰が続いている」", "direct", "山田花子", "山田花子", "述べた", 1)
	b.quote("3", "the increase was smaller than expected", "indirect", "Analysts at a Tokyo brokerage", "Tokyo brokerage analysts", "said", 2)
	b.span("c1", annotate.LabelClaim, "498 yen", 1, map[string]any{"claim_type": "quantity", "verifiable": true, "checkworthy": "yes"})
	b.span("ent1", annotate.LabelEntity, "𠮷田食品", 2, map[string]any{"type": "org"})
	b.ann.Targets = []annotate.Target{{ID: "T3", Text: "the beef bowl price increase"}}
	b.ann.Stances = []annotate.Stance{{Statement: "s2", Target: "T3", Label: annotate.StanceFavor, Implicit: true}}
	add(b)
	return docs, anns
}

// testStore is a project under t.TempDir holding the test articles.
func testStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "p.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	docs, anns := testArticles(t)
	if _, err := st.AddDocuments(context.Background(), "ana", docs, anns); err != nil {
		t.Fatal(err)
	}
	return st
}

func sharedDir(t testing.TB) string { return sharedtest.Dir(t) }
