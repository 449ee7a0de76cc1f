package suggest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// dump logs every suggestion, for reading a failing score.
func dump(t *testing.T, doc *annotate.Document, res Result) {
	t.Helper()
	runes := []rune(doc.Text)
	for _, s := range res.Spans {
		t.Logf("%-6s %-9s %-3s %.2f [%d,%d) %q %v", s.ID, s.Label, s.Pattern, s.Confidence, s.Start, s.End, string(runes[s.Start:s.End]), s.Attrs)
	}
	for _, r := range res.Relations {
		t.Logf("%s %s -> %s", r.Label, r.Head, r.Child)
	}
}

func TestScoreSeed(t *testing.T) {
	g := loadSeedGold(t)
	res := Suggest(g.doc, nil, DefaultOptions())
	sc := score(g, res)
	if testing.Verbose() {
		dump(t, g.doc, res)
	}
	t.Logf("seed: statements P=%.2f R=%.2f F1=%.2f (tp %d fp %d fn %d); speaker accuracy %.2f (%d/%d); traps %d",
		sc.precision(), sc.recall(), sc.f1(), sc.tp, sc.fp, sc.fn, sc.speakerAccuracy(), sc.spkOK, sc.spkSeen, len(sc.traps))
	for _, tr := range sc.traps {
		t.Errorf("trap: %s", tr)
	}
	if sc.f1() < 0.85 {
		t.Errorf("statement F1 %.2f < 0.85", sc.f1())
	}
	if sc.speakerAccuracy() < 0.90 {
		t.Errorf("speaker accuracy %.2f < 0.90", sc.speakerAccuracy())
	}
}

// articles are our own test articles in testdata/, each with a gold file.
var articles = []string{"01_rail_strike", "02_levee_flood", "03_glacier_fund", "04_farm_bill", "05_bakery_closure",
	"06_voting_map", "07_cloud_outage", "08_relegation", "09_nurses_strike", "10_disputed_vote", "11_heatwave_fires",
	"12_measles_outbreak", "13_bronze_return", "14_reef_survey", "15_warehouse_fire", "16_storm_claims", "17_port_fees", "18_flood_wall", "19_waiting_lists"}

func TestScoreArticles(t *testing.T) {
	var total scores
	for _, name := range articles {
		g := loadArticle(t, name)
		res := Suggest(g.doc, nil, DefaultOptions())
		sc := score(g, res)
		if testing.Verbose() {
			dump(t, g.doc, res)
		}
		t.Logf("%s: statements P=%.2f R=%.2f F1=%.2f (tp %d fp %d fn %d); speaker accuracy %.2f (%d/%d); traps %d",
			name, sc.precision(), sc.recall(), sc.f1(), sc.tp, sc.fp, sc.fn, sc.speakerAccuracy(), sc.spkOK, sc.spkSeen, len(sc.traps))
		total.add(sc)
	}
	t.Logf("all articles: statements P=%.2f R=%.2f F1=%.2f; speaker accuracy %.2f (%d/%d); traps %d",
		total.precision(), total.recall(), total.f1(), total.speakerAccuracy(), total.spkOK, total.spkSeen, len(total.traps))
	for _, tr := range total.traps {
		t.Errorf("trap: %s", tr)
	}
	if total.f1() < 0.85 {
		t.Errorf("statement F1 %.2f < 0.85", total.f1())
	}
	if total.speakerAccuracy() < 0.90 {
		t.Errorf("speaker accuracy %.2f < 0.90", total.speakerAccuracy())
	}
}

func TestHeadlineOption(t *testing.T) {
	g := loadSeedGold(t)
	tests := []struct {
		name        string
		opt         Options
		wantOutside bool // suggestions in headline or dek
	}{
		{"default suggests in headline and dek", DefaultOptions(), true},
		{"off keeps to the body", Options{Headline: false}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Suggest(g.doc, nil, tt.opt)
			outside, body := 0, 0
			for _, s := range res.Spans {
				if zoneAt(g.doc.Zones, s.Start) == annotate.ZoneBody {
					body++
				} else {
					outside++
				}
			}
			if (outside > 0) != tt.wantOutside {
				t.Errorf("%d suggestions outside the body, want some: %v", outside, tt.wantOutside)
			}
			if body == 0 {
				t.Errorf("no body suggestions")
			}
		})
	}
}

func TestExistingSpans(t *testing.T) {
	text := `The factory will close in March, the company said. "We tried everything to keep it open," said Dana Whitfield.`
	doc := &annotate.Document{Text: text}
	plain := Suggest(doc, nil, DefaultOptions())
	find := func(res Result, label, sub string) (annotate.Span, bool) {
		for _, s := range res.Spans {
			if s.Label == label && strings.Contains(string([]rune(text)[s.Start:s.End]), sub) {
				return s, true
			}
		}
		return annotate.Span{}, false
	}
	first, ok := find(plain, annotate.LabelStatement, "factory")
	if !ok {
		t.Fatalf("no statement about the factory: %+v", plain.Spans)
	}
	speaker, _ := find(plain, annotate.LabelSpeaker, "company")
	tests := []struct {
		name     string
		existing []annotate.Span
		check    func(t *testing.T, res Result)
	}{
		{"ids never collide with the analyst's", []annotate.Span{{ID: "rs1", Label: annotate.LabelClaim, Start: 0, End: 3}, {ID: "rspk1", Label: annotate.LabelClaim, Start: 0, End: 3}},
			func(t *testing.T, res Result) {
				for _, s := range res.Spans {
					if s.ID == "rs1" || s.ID == "rspk1" {
						t.Errorf("suggestion reuses existing id %s", s.ID)
					}
				}
			}},
		{"an analyst's statement drops the overlapping suggestion", []annotate.Span{{ID: "s1", Label: annotate.LabelStatement, Start: first.Start + 4, End: first.End, Status: annotate.SpanAccepted}},
			func(t *testing.T, res Result) {
				if _, ok := find(res, annotate.LabelStatement, "factory"); ok {
					t.Errorf("overlapping statement suggested again")
				}
				if _, ok := find(res, annotate.LabelStatement, "tried everything"); !ok {
					t.Errorf("the other statement vanished too")
				}
				if _, ok := find(res, annotate.LabelSpeaker, "company"); ok {
					t.Errorf("speaker of a dropped statement left behind")
				}
			}},
		{"a rejected suggestion is not offered again", []annotate.Span{{ID: "rs1", Label: annotate.LabelStatement, Start: first.Start, End: first.End, Status: annotate.SpanRejected, Source: annotate.SourceRules}},
			func(t *testing.T, res Result) {
				if _, ok := find(res, annotate.LabelStatement, "factory"); ok {
					t.Errorf("rejected statement suggested again")
				}
			}},
		{"an analyst's speaker is linked instead of duplicated", []annotate.Span{{ID: "spk9", Label: annotate.LabelSpeaker, Start: speaker.Start, End: speaker.End, Status: annotate.SpanAccepted}},
			func(t *testing.T, res Result) {
				if _, ok := find(res, annotate.LabelSpeaker, "company"); ok {
					t.Errorf("speaker suggested over the analyst's")
				}
				st, _ := find(res, annotate.LabelStatement, "factory")
				linked := false
				for _, r := range res.Relations {
					if r.Label == annotate.RelSaidBy && r.Head == st.ID && r.Child == "spk9" {
						linked = true
					}
				}
				if !linked {
					t.Errorf("statement not linked to the analyst's speaker: %+v", res.Relations)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Suggest(doc, tt.existing, DefaultOptions())
			for _, s := range res.Spans {
				if s.Source != annotate.SourceRules || s.Status != annotate.SpanPending || s.Pattern == "" || s.Confidence <= 0 || s.Confidence > 1 {
					t.Errorf("span %+v lacks source, status, pattern or confidence", s)
				}
			}
			tt.check(t, res)
		})
	}
}

// TestTrapsAreCaught makes sure the scorer would notice the §5.5 traps, so a
// clean score means something.
func TestTrapsAreCaught(t *testing.T) {
	g := loadSeedGold(t)
	runes := []rune(g.doc.Text)
	at := func(sub string, from int) (int, int) {
		i := strings.Index(string(runes[from:]), sub)
		if i < 0 {
			t.Fatalf("%q not in the seed", sub)
		}
		s := from + len([]rune(string(runes[from:])[:i]))
		return s, s + len([]rune(sub))
	}
	body := g.doc.Zones[len(g.doc.Zones)-1].Start
	s1, e1 := at(`"red lines"`, body)
	s2, e2 := at("say when", body)
	s3, _ := at("Dec. 7", body)
	fake := Result{Spans: []annotate.Span{
		{ID: "x1", Label: annotate.LabelStatement, Start: s1, End: e1},
		{ID: "x2", Label: annotate.LabelCue, Start: s2, End: s2 + 3},
		{ID: "x3", Label: annotate.LabelStatement, Start: s3 + 5, End: e2},
	}}
	if got := traps(g, fake, func(s annotate.Span) string { return string(runes[s.Start:s.End]) }); len(got) != 3 {
		t.Errorf("traps found %d, want 3: %q", len(got), got)
	}
}

// TestAnyText feeds the suggester cut-off articles and odd strings: it must
// never panic, every span must lie inside the text, and every relation must
// join spans it returned or spans the analyst already has.
func TestAnyText(t *testing.T) {
	texts := []string{"", " ", "\n\n", `"`, `""`, `“”`, `'`, "«", `" said`, "said", "He said.", `"A B C D," said`,
		"According to", "according to the", `She said: "`, "Dec. 7", "U.S.", "„Wir“", "‘’", `"a" "b" "c"`,
		"\"One two three four.\n\n\"Five", "He said that", ", said Peskov.", "Peskov, , said it."}
	for _, name := range articles {
		g := loadArticle(t, name)
		runes := []rune(g.doc.Text)
		for cut := 0; cut < len(runes); cut += 37 {
			texts = append(texts, string(runes[:cut]), string(runes[cut:]))
		}
	}
	for _, text := range texts {
		n := len([]rune(text))
		for _, doc := range []*annotate.Document{
			{Text: text},
			{Text: text, Zones: []annotate.Zone{{Zone: annotate.ZoneBody, Start: n / 3, End: n + 5}, {Zone: annotate.ZoneHeadline, Start: -2, End: n / 3}}},
		} {
			res := Suggest(doc, nil, DefaultOptions())
			ids := map[string]bool{}
			for _, s := range res.Spans {
				if s.Start < 0 || s.End > n || s.Start >= s.End {
					t.Fatalf("span %+v outside %q", s, text)
				}
				ids[s.ID] = true
			}
			for _, r := range res.Relations {
				if !ids[r.Head] || !ids[r.Child] {
					t.Fatalf("relation %+v joins unknown spans in %q", r, text)
				}
			}
		}
	}
}

// FuzzSuggest checks that no text makes the suggester panic or return a span
// outside the text. The seeds run with every go test.
func FuzzSuggest(f *testing.F) {
	for _, s := range []string{`"We will win," said Peskov.`, "The Kremlin said it was too early to say.",
		"'A b c d,' he added. 'E f.'", "«Un deux trois quatre,» a-t-il dit.", "Putin on Dec. 7 told Biden that X, Peskov said.",
		"«\u00a0Un deux trois quatre\u00a0», said Ana.", "Q: Why?\n\nA: Because it is so.\n\nQ: And?",
		"LEE: One two.\n\nKIM: Three four five.", `"He told us, 'one two three four,' and left," she said.`,
		"The mayor said:\n\n\"One two three four.\"", "She nods. \"One two three four.\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n := len([]rune(text))
		for _, s := range Suggest(&annotate.Document{Text: text}, nil, DefaultOptions()).Spans {
			if s.Start < 0 || s.End > n || s.Start >= s.End {
				t.Fatalf("span %+v outside %q", s, text)
			}
		}
	})
}
