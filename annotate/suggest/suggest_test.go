package suggest

import (
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
var articles = []string{"01_rail_strike", "02_levee_flood", "03_glacier_fund", "04_farm_bill", "05_bakery_closure"}

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
