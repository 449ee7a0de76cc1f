package team

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/annotate/dataset"
	"newsmark/annotate/reference"
)

// perturb copies the seed gold and changes it as one analyst might.
func perturb(gold *annotate.Annotations, change func(a *annotate.Annotations)) *annotate.Annotations {
	a := &annotate.Annotations{DocLabels: gold.DocLabels}
	a.Spans = slices.Clone(gold.Spans)
	a.Relations = slices.Clone(gold.Relations)
	a.Stances = slices.Clone(gold.Stances)
	if change != nil {
		change(a)
	}
	return a
}

// The whole team loop on the seed article, through the functions the window
// and the command line call: the lead hands the article to three analysts,
// each tags it in their own file (ana as the hand-made gold; ben misses a
// statement and shifts another's start; cai gives a statement to the wrong
// speaker and flips a stance), the files are merged, the agreement is
// measured, the agreed units go into gold with one command, each
// disagreement is decided (a version taken, one marked "none of these"),
// and gold exports with who agreed on each span.
func TestHandOutTagMergeAgreeAdjudicateExportGold(t *testing.T) {
	ctx := context.Background()
	recs, bad, err := dataset.ReadJSONL(reference.File(t, "fixtures/seed_000_gold.doc.jsonl"))
	if err != nil || len(bad) > 0 || len(recs) != 1 {
		t.Fatalf("read the seed gold: %v %v", err, bad)
	}
	doc, gold := recs[0].Doc, recs[0].Ann
	dir := t.TempDir()
	review := openStore(t, filepath.Join(dir, "review.newsmark"))
	if _, err := review.AddDocuments(ctx, "lead", []*annotate.Document{doc}, nil); err != nil {
		t.Fatal(err)
	}
	if err := review.AddTargets(ctx, gold.Targets); err != nil {
		t.Fatal(err)
	}
	as, err := Assign(ctx, review, AssignOptions{Analysts: []string{"ana", "ben", "cai"}, PerDoc: 3, Dir: filepath.Join(dir, "out"), Layer: "lead"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	id := as.Documents["ana"][0]
	layers := map[string]*annotate.Annotations{
		"ana": perturb(gold, nil),
		"ben": perturb(gold, func(a *annotate.Annotations) {
			a.Spans = slices.DeleteFunc(a.Spans, func(s annotate.Span) bool { return s.ID == "s13" })
			a.Relations = slices.DeleteFunc(a.Relations, func(r annotate.Relation) bool { return r.Head == "s13" || r.Child == "s13" })
			a.Stances = slices.DeleteFunc(a.Stances, func(s annotate.Stance) bool { return s.Statement == "s13" })
			for i := range a.Spans {
				if a.Spans[i].ID == "s10" {
					a.Spans[i].Start++ // leaves the opening quote mark out
				}
			}
		}),
		"cai": perturb(gold, func(a *annotate.Annotations) {
			for i, r := range a.Relations {
				if r.Label == annotate.RelSaidBy && r.Head == "s6" {
					a.Relations[i].Child = "spk6" // Putin, not Peskov
				}
			}
			for i, s := range a.Stances {
				if s.Statement == "s9" && s.Target == "T2" {
					a.Stances[i].Label = annotate.StanceFavor
				}
			}
		}),
	}
	for analyst, a := range layers {
		st := openStore(t, as.Files[analyst])
		e := annotate.Edit{Doc: id, Summary: "tag the article"}
		for i := range a.Spans {
			s := a.Spans[i]
			s.Annotator, s.Status, s.Source = analyst, annotate.SpanAccepted, annotate.SourceManual
			e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpAddSpan, Span: &s})
		}
		for i := range a.Relations {
			e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpAddRelation, Relation: &a.Relations[i]})
		}
		for i := range a.Stances {
			e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpSetStance, Stance: &a.Stances[i]})
		}
		e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpSetStatus, Status: annotate.StatusDone})
		if _, err := st.Apply(ctx, analyst, e); err != nil {
			t.Fatalf("%s tags: %v", analyst, err)
		}
		st.Close()
	}
	if _, err := Merge(ctx, review, "lead", []string{as.Files["ana"], as.Files["ben"], as.Files["cai"]}, MergeOptions{}, nil); err != nil {
		t.Fatal(err)
	}

	rep, err := Agreement(ctx, review, AgreementOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Speakers on matched statements, pooled over the three pairs (the seed
	// has 16 statements, headline and standfirst included): ana–ben match 15
	// (ben has no s13) with the same speakers; ana–cai 16, of which s6's
	// speaker differs; ben–cai 15, s6 again: 44 of 46.
	if sp := rep.Attribution.Speaker; rep.Documents != 1 || !sp.Defined || sp.Value < 44.0/46-1e-9 || sp.Value > 44.0/46+1e-9 {
		t.Fatalf("speaker agreement %v over %d documents, want 44/46", sp, rep.Documents)
	}

	sum, err := AdjudicateAgreed(ctx, review, "lead", nil, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Taken == 0 || sum.Disagreements == 0 || sum.Resolved != 0 || sum.Agreed != 0 {
		t.Fatalf("after the agreed units went into gold: %+v", sum)
	}
	adj := func() *Adjudication {
		d, err := review.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		ls, err := review.Layers(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return NewAdjudication(d, ls, nil)
	}
	a := adj()
	unit := func(label string, start int) int {
		for i, u := range a.Align.Units {
			if u.Label == label && u.Start == start {
				return i
			}
		}
		t.Fatalf("no %s unit at %d", label, start)
		return -1
	}
	s13, s10, s6, s9 := unit("STATEMENT", 1904), unit("STATEMENT", 1458), unit("STATEMENT", 938), unit("STATEMENT", 1366)
	for _, i := range []int{s13, s10, s6, s9} {
		if a.Align.Units[i].Agreed() || a.Decided(i) {
			t.Errorf("unit %d (%s at %d) should be an undecided disagreement", i, a.Align.Units[i].Label, a.Align.Units[i].Start)
		}
	}
	resolved, total := a.Progress()
	if resolved != 0 || total != sum.Disagreements {
		t.Errorf("progress %d of %d, want 0 of %d", resolved, total, sum.Disagreements)
	}
	decide := func(e annotate.Edit, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := review.Adjudicate(ctx, "lead", e); err != nil {
			t.Fatal(err)
		}
		a = adj()
	}
	decide(a.Take(s10, "ana", "lead")) // the quote with its opening mark: ana and cai
	decide(a.Take(s6, "ana", "lead"))  // Peskov said it: ana and ben
	decide(a.Take(s9, "ben", "lead"))  // AGAINST: ana and ben
	decide(a.NoneHere(s13, "lead"))    // the adjudicator finds s13 is not a statement after all
	if r, _ := a.Progress(); r != 4 {
		t.Errorf("%d disagreements resolved after four decisions", r)
	}
	// Undo takes the last decision back, redo makes it again.
	if _, err := review.UndoAdjudication(ctx, "lead"); err != nil {
		t.Fatal(err)
	}
	if a = adj(); a.Decided(s13) {
		t.Error("the undone decision is still in gold")
	}
	if _, err := review.RedoAdjudication(ctx, "lead"); err != nil {
		t.Fatal(err)
	}
	if a = adj(); !a.Decided(s13) {
		t.Error("the redone decision is not in gold")
	}

	out := filepath.Join(dir, "gold.jsonl")
	if _, err := dataset.Export(ctx, review, out, nil, dataset.Options{Format: dataset.FormatNewsmark}, nil); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Meta  map[string]any `json:"meta"`
		Spans []struct {
			Start, End int
			Label      string
			Text       string
			AgreedBy   []string `json:"agreed_by"`
			Annotator  string
		} `json:"spans"`
		Relations []struct{ Label, Head, Child string }       `json:"relations"`
		Stance    []struct{ Statement, Target, Label string } `json:"stance"`
	}
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Meta["layer"] != "gold" {
		t.Errorf("the default export of the review project is not gold: %v", rec.Meta["layer"])
	}
	statements := 0
	for _, s := range rec.Spans {
		if s.Label != annotate.LabelStatement {
			continue
		}
		statements++
		want := "[ana ben cai]"
		switch s.Start {
		case 1458:
			want = "[ana cai]"
		case 938, 1366:
			want = "[ana ben]"
		case 1904:
			t.Errorf("the statement marked none of these was exported: %+v", s)
		}
		if got := strings.Join(s.AgreedBy, " "); "["+got+"]" != want || s.Annotator != "lead" {
			t.Errorf("gold statement %q agreed by [%s] decided by %s, want %s decided by lead", s.Text, got, s.Annotator, want)
		}
	}
	if statements != 15 {
		t.Errorf("gold exports %d statements, want the 16 of the seed less the one rejected", statements)
	}
	g, err := review.Annotations(ctx, id, annotate.LayerGold)
	if err != nil {
		t.Fatal(err)
	}
	speakerOf := map[int]string{}
	byID := map[string]annotate.Span{}
	for _, s := range g.Spans {
		byID[s.ID] = s
	}
	for _, r := range g.Relations {
		if r.Label == annotate.RelSaidBy {
			speakerOf[byID[r.Head].Start] = annotate.ResolveCanonical(g.Spans, g.Relations, r.Child)
		}
	}
	if speakerOf[938] != "Dmitry Peskov" || speakerOf[1610] != "Dmitry Peskov" {
		t.Errorf("gold speakers: s6 %q, s11 (he → Peskov) %q; want Dmitry Peskov for both", speakerOf[938], speakerOf[1610])
	}
	// s9's stance toward T2 in gold is ana's and ben's AGAINST, not cai's FAVOR.
	for _, st := range g.Stances {
		if byID[st.Statement].Start == 1366 && byID[st.Statement].Label == annotate.LabelStatement && st.Target == "T2" && st.Label != annotate.StanceAgainst {
			t.Errorf("s9's stance toward T2 in gold is %s, want AGAINST", st.Label)
		}
	}
}
