package suggest_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"newsmark/annotate"
	"newsmark/annotate/ingest"
	"newsmark/annotate/suggest"
)

// This file scores cleaning and suggestions on raw pages written for issue
// 12 in shapes the older fixtures lack (testdata/unseen/README.md): each page
// goes through the importer's cleaner, then the suggester, and is compared
// with a gold made by hand before the rules saw it.

// unseenGold is one article's NAME.gold.json.
type unseenGold struct {
	Shape      string `json:"shape"`
	Raw        string `json:"raw"`
	Headline   string `json:"headline"`
	Dek        string `json:"dek"`
	Dateline   string `json:"dateline"`
	Junk       []string
	Statements []struct {
		Text     string `json:"text"`
		Speaker  string `json:"speaker"`
		Cue      string `json:"cue"`
		NestedIn string `json:"nested_in"`
		Zone     string `json:"zone"`
		// Start and End, when the gold gives them, are the statement's
		// offsets in code points in NAME.want.txt.
		Start *int `json:"start"`
		End   *int `json:"end"`
	} `json:"statements"`
	NotStatements []string `json:"not_statements"`
}

// cleaning is what the cleaner got right on one article.
type cleaning struct {
	zonesWrong []string // "headline", "dek", "dateline" when not as expected
	junkLeft   []string // furniture still in the stored text
	notKept    []string // furniture removed but missing from meta.removed
	exact      bool     // stored text equals NAME.want.txt
}

func (c cleaning) clean() bool {
	return len(c.zonesWrong) == 0 && len(c.junkLeft) == 0 && len(c.notKept) == 0 && c.exact
}

// Goals of issue 12 §6 on articles the rules had not seen.
const (
	goalF1      = 0.92
	goalSpeaker = 0.93
)

// openFloor is what the rules achieve on an article of a round still open
// (testdata/unseen/open.json): scored on its first run, its fixes not
// finished. Such an article is kept out of the goals and may not fall below
// these figures.
type openFloor struct {
	Clean   bool `json:"clean"`
	TP      int  `json:"tp"`
	FP      int  `json:"fp"`
	Speaker int  `json:"speaker"`
	Traps   int  `json:"traps"`
	// FirstRun is the article's first-run line, for the record.
	FirstRun string `json:"first_run"`
}

// TestUnseenScores prints, per article and overall, whether the stored text
// is clean and the statement P/R/F1, speaker, cue and nesting accuracy and
// traps of the suggestions, and fails below the goals of issue 12. Articles
// of an open round are printed apart and fail only below their floor.
func TestUnseenScores(t *testing.T) {
	dir := filepath.Join("testdata", "unseen")
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold in %s: %v", dir, err)
	}
	sort.Strings(golds)
	open := map[string]openFloor{}
	if data, err := os.ReadFile(filepath.Join(dir, "open.json")); err == nil {
		if err := json.Unmarshal(data, &open); err != nil {
			t.Fatalf("%s: %v", filepath.Join(dir, "open.json"), err)
		}
	}
	var total, openTotal suggest.Scores
	dirty, openDirty := 0, 0
	for _, path := range golds {
		name := strings.TrimSuffix(filepath.Base(path), ".gold.json")
		var g unseenGold
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		doc, err := ingest.ReadArticle(filepath.Join(dir, g.Raw))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want, err := os.ReadFile(filepath.Join(dir, name+".want.txt"))
		if err != nil {
			t.Fatal(err)
		}
		wantRunes := []rune(string(want))
		for _, s := range g.Statements {
			if s.Start == nil || s.End == nil {
				continue
			}
			if *s.Start < 0 || *s.End > len(wantRunes) || *s.Start > *s.End || string(wantRunes[*s.Start:*s.End]) != s.Text {
				t.Errorf("%s: gold offsets %v–%v do not hold %q in %s.want.txt", name, *s.Start, *s.End, s.Text, name)
			}
		}
		c := checkCleaning(doc, g, string(want), ingest.KindOf(g.Raw) != ingest.KindHTML)
		floor, isOpen := open[name]
		switch {
		case c.clean():
		case isOpen:
			openDirty++
		default:
			dirty++
		}

		var gold []suggest.GoldStatement
		for _, s := range g.Statements {
			gold = append(gold, suggest.GoldStatement{Text: s.Text, Speaker: s.Speaker, Cue: s.Cue, NestedIn: s.NestedIn, Zone: s.Zone})
		}
		never := append([]string{}, g.NotStatements...)
		for _, j := range g.Junk {
			if utf8.RuneCountInString(j) > 12 {
				never = append(never, j) // a suggestion on leftover furniture is a trap
			}
		}
		res := suggest.Suggest(doc, nil, suggest.DefaultOptions())
		sc := suggest.ScoreGold(name, doc, gold, never, res)
		if isOpen {
			openTotal.Add(sc)
			checkOpenFloor(t, name, floor, c, sc)
		} else {
			total.Add(sc)
		}

		p, r, f1 := sc.Figures()
		tp, fp, fn := sc.Counts()
		spk, seen := sc.Speakers()
		cue, cueSeen := sc.Cues()
		nest, nestSeen := sc.Nested()
		t.Logf("%-22s clean %-3s (zones wrong %v, junk left %d, not in removed %d, text as expected %v) | statements P=%.2f R=%.2f F1=%.2f (tp %d fp %d fn %d) speaker %d/%d cue %d/%d nested %d/%d traps %d",
			name, yes(c.clean()), c.zonesWrong, len(c.junkLeft), len(c.notKept), c.exact,
			p, r, f1, tp, fp, fn, spk, seen, cue, cueSeen, nest, nestSeen, len(sc.Traps()))
		for _, j := range c.junkLeft {
			t.Logf("    junk left: %q", j)
		}
		for _, j := range c.notKept {
			t.Logf("    removed but not in meta.removed: %q", j)
		}
		if !c.exact {
			t.Logf("    text differs from %s.want.txt first at: %s", name, firstDifference(doc.Text, string(want)))
		}
		for _, n := range sc.Notes() {
			t.Logf("    %s", n)
		}
		for _, tr := range sc.Traps() {
			t.Logf("    trap: %s", tr)
		}
	}
	p, r, f1 := total.Figures()
	tp, fp, fn := total.Counts()
	spk, seen := total.Speakers()
	cue, cueSeen := total.Cues()
	nest, nestSeen := total.Nested()
	acc := ratio(spk, seen)
	t.Logf("ALL %d articles of closed rounds: clean %d/%d | statements P=%.2f R=%.2f F1=%.2f (tp %d fp %d fn %d) speaker %.2f (%d/%d) cue %.2f (%d/%d) nested %d/%d traps %d",
		len(golds)-len(open), len(golds)-len(open)-dirty, len(golds)-len(open), p, r, f1, tp, fp, fn, acc, spk, seen, ratio(cue, cueSeen), cue, cueSeen, nest, nestSeen, len(total.Traps()))
	if len(open) > 0 {
		p, r, f1 := openTotal.Figures()
		tp, fp, fn := openTotal.Counts()
		spk, seen := openTotal.Speakers()
		t.Logf("OPEN round, %d articles (kept out of the goals, held to their floors in open.json): clean %d/%d | statements P=%.2f R=%.2f F1=%.2f (tp %d fp %d fn %d) speaker %.2f (%d/%d) traps %d",
			len(open), len(open)-openDirty, len(open), p, r, f1, tp, fp, fn, ratio(spk, seen), spk, seen, len(openTotal.Traps()))
	}
	report := t.Errorf
	if f1 < goalF1 {
		report("statement F1 %.2f below the goal %.2f", f1, goalF1)
	}
	if acc < goalSpeaker {
		report("speaker accuracy %.2f below the goal %.2f", acc, goalSpeaker)
	}
	if dirty > 0 {
		report("%d of %d articles not cleaned as expected", dirty, len(golds)-len(open))
	}
	if n := len(total.Traps()); n > 0 {
		report("%d traps hit", n)
	}
}

// checkCleaning compares the stored text with what a careful reader
// expects: zones, no furniture left, furniture kept in meta.removed (text
// and Markdown pages; an HTML extractor drops page chrome unseen), and the
// whole text.
func checkCleaning(doc *annotate.Document, g unseenGold, want string, keptRemoved bool) cleaning {
	var c cleaning
	for _, z := range []struct{ zone, want string }{
		{annotate.ZoneHeadline, g.Headline}, {annotate.ZoneDek, g.Dek}, {annotate.ZoneDateline, g.Dateline},
	} {
		if zoneText(doc, z.zone) != z.want {
			c.zonesWrong = append(c.zonesWrong, z.zone)
		}
	}
	paras := strings.Split(doc.Text, "\n\n")
	for _, j := range g.Junk {
		left := false
		for _, p := range paras {
			if p == j || len(strings.Fields(j)) > 3 && strings.Contains(p, j) {
				left = true
			}
		}
		if left {
			c.junkLeft = append(c.junkLeft, j)
			continue
		}
		if !keptRemoved {
			continue
		}
		kept := false
		for _, r := range doc.Meta.Removed {
			if strings.Contains(strings.Join(strings.Fields(r), " "), strings.Join(strings.Fields(j), " ")) {
				kept = true
			}
		}
		if !kept {
			c.notKept = append(c.notKept, j)
		}
	}
	c.exact = doc.Text == want
	return c
}

func zoneText(doc *annotate.Document, zone string) string {
	r := []rune(doc.Text)
	for _, z := range doc.Zones {
		if z.Zone == zone {
			return string(r[z.Start:z.End])
		}
	}
	return ""
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// checkOpenFloor fails when an article of an open round does worse than its
// floor, and says when it meets every goal and can leave open.json.
func checkOpenFloor(t *testing.T, name string, f openFloor, c cleaning, sc suggest.Scores) {
	t.Helper()
	tp, fp, _ := sc.Counts()
	spk, seen := sc.Speakers()
	_, _, f1 := sc.Figures()
	traps := len(sc.Traps())
	if f.Clean && !c.clean() {
		t.Errorf("%s (open round): was clean, is not now", name)
	}
	if tp < f.TP || fp > f.FP {
		t.Errorf("%s (open round): statements tp %d fp %d, floor tp %d fp %d", name, tp, fp, f.TP, f.FP)
	}
	if spk < f.Speaker {
		t.Errorf("%s (open round): speaker right %d, floor %d", name, spk, f.Speaker)
	}
	if traps > f.Traps {
		t.Errorf("%s (open round): %d traps, floor %d", name, traps, f.Traps)
	}
	if c.clean() && traps == 0 && f1 >= goalF1 && ratio(spk, seen) >= goalSpeaker {
		t.Logf("    %s meets every goal now: take it out of open.json", name)
	}
}

// firstDifference shows where got first departs from want, with a little
// of each around it.
func firstDifference(got, want string) string {
	g, w := []rune(got), []rune(want)
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	around := func(r []rune) string {
		from, to := max(0, i-20), min(len(r), i+40)
		return string(r[from:to])
	}
	return fmt.Sprintf("code point %d: got %q, want %q", i, around(g), around(w))
}
