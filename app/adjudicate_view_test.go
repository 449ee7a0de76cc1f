package app

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/dataset"
	"newsmark/annotate/reference"
	"newsmark/store/pgtest"
)

// perturbLayer copies the seed gold and changes it as one analyst might.
func perturbLayer(gold *annotate.Annotations, change func(a *annotate.Annotations)) *annotate.Annotations {
	a := &annotate.Annotations{DocLabels: gold.DocLabels}
	a.Spans = slices.Clone(gold.Spans)
	a.Relations = slices.Clone(gold.Relations)
	a.Stances = slices.Clone(gold.Stances)
	if change != nil {
		change(a)
	}
	return a
}

// seedTeamLayers are three analysts' layers of the seed article: ana as
// the hand-made gold; ben misses statement s13 and leaves s10's opening
// quote mark out; cai gives s6 to Putin rather than Peskov and flips s9's
// stance toward T2.
func seedTeamLayers(gold *annotate.Annotations) map[string]*annotate.Annotations {
	return map[string]*annotate.Annotations{
		"ana": perturbLayer(gold, nil),
		"ben": perturbLayer(gold, func(a *annotate.Annotations) {
			a.Spans = slices.DeleteFunc(a.Spans, func(s annotate.Span) bool { return s.ID == "s13" })
			a.Relations = slices.DeleteFunc(a.Relations, func(r annotate.Relation) bool { return r.Head == "s13" || r.Child == "s13" })
			a.Stances = slices.DeleteFunc(a.Stances, func(s annotate.Stance) bool { return s.Statement == "s13" })
			for i := range a.Spans {
				if a.Spans[i].ID == "s10" {
					a.Spans[i].Start++
				}
			}
		}),
		"cai": perturbLayer(gold, func(a *annotate.Annotations) {
			for i, r := range a.Relations {
				if r.Label == annotate.RelSaidBy && r.Head == "s6" {
					a.Relations[i].Child = "spk6"
				}
			}
			for i, s := range a.Stances {
				if s.Statement == "s9" && s.Target == "T2" {
					a.Stances[i].Label = annotate.StanceFavor
				}
			}
		}),
	}
}

// addTeamDocument stores doc with each analyst's layer as their own edit,
// the document marked done in each layer.
func addTeamDocument(t testing.TB, f *winFixture, doc *annotate.Document, targets []annotate.Target, layers map[string]*annotate.Annotations) {
	t.Helper()
	ctx := context.Background()
	st := f.m.ctl.Store()
	if _, err := st.AddDocuments(ctx, "lead", []*annotate.Document{doc}, nil); err != nil {
		t.Fatal(err)
	}
	if len(targets) > 0 {
		if err := st.AddTargets(ctx, targets); err != nil {
			t.Fatal(err)
		}
	}
	for _, analyst := range []string{"ana", "ben", "cai"} {
		a := layers[analyst]
		if a == nil {
			continue
		}
		e := annotate.Edit{Doc: doc.ID, Summary: "tag the article"}
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
		for k, val := range a.DocLabels {
			dl, err := annotate.SetDocLabel(doc.ID, k, val)
			if err != nil {
				t.Fatal(err)
			}
			e.Ops = append(e.Ops, dl.Ops...)
		}
		e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpSetStatus, Status: annotate.StatusDone})
		if _, err := st.Apply(ctx, analyst, e); err != nil {
			t.Fatalf("%s tags: %v", analyst, err)
		}
	}
}

// newAdjFixture is the window on a project holding the seed article with
// three analysts' layers, the lead adjudicating it in View › Adjudicate.
func newAdjFixture(t testing.TB) (*winFixture, string) {
	t.Helper()
	return newAdjFixtureAt(t, "")
}

// newAdjFixtureAt is newAdjFixture on the project at path: a PostgreSQL
// connection string, or "" for a SQLite file under t.TempDir().
func newAdjFixtureAt(t testing.TB, path string) (*winFixture, string) {
	t.Helper()
	recs, bad, err := dataset.ReadJSONL(reference.File(t, "fixtures/seed_000_gold.doc.jsonl"))
	if err != nil || len(bad) > 0 || len(recs) != 1 {
		t.Fatalf("read the seed gold: %v %v", err, bad)
	}
	doc, gold := recs[0].Doc, recs[0].Ann
	inBackground(t, inline)
	var f *winFixture
	if path == "" {
		f = newWinFixture(t)
	} else {
		a := test.NewTempApp(t)
		a.Preferences().SetString(prefAnalyst, "ana")
		w := test.NewTempWindow(t, widget.NewLabel(""))
		w.Resize(fyne.NewSize(1400, 900))
		f = &winFixture{t: t, m: newMainWindow(a, w, inline, inline), w: w, path: path}
		f.m.team.off = true // the UI runs inline here: no goroutine may call it
		f.m.openProject(path)
		if f.m.ctl.Store() == nil {
			t.Fatal("the team project did not open")
		}
		t.Cleanup(func() { f.m.ctl.Store().Close() })
	}
	addTeamDocument(t, f, doc, gold.Targets, seedTeamLayers(gold))
	f.m.ctl.SetAnalyst("lead")
	f.m.ctl.ReloadDocuments(nil)
	f.m.ctl.OpenDocument(doc.ID)
	f.m.openAdjudication("")
	if f.m.adj == nil || f.m.adj.adj == nil {
		t.Fatal("View › Adjudicate did not open the document")
	}
	return f, doc.ID
}

// goldSpans reads gold from the project file.
func (f *winFixture) goldSpans(doc string) []annotate.Span {
	f.t.Helper()
	g, err := f.m.ctl.Store().Annotations(context.Background(), doc, annotate.LayerGold)
	if err != nil {
		f.t.Fatal(err)
	}
	return g.Spans
}

// adjPress types a character into the adjudication view.
func (f *winFixture) adjPress(r rune) { f.m.adj.view.TypedRune(r) }

// unitShown is the disagreement the adjudication view shows.
func (f *winFixture) unitShown() (int, string, int, int) {
	v := f.m.adj
	if v.cur < 0 {
		f.t.Fatal("no disagreement shown")
	}
	i := v.dis[v.cur]
	u := v.adj.Align.Units[i]
	return i, u.Label, u.Start, u.End
}

func TestAdjudicateShowsEveryLayerAndProgress(t *testing.T) {
	f, _ := newAdjFixture(t)
	v := f.m.adj
	if got := strings.Join(v.analysts(), ","); got != "ana,ben,cai" {
		t.Fatalf("analysts shown %q", got)
	}
	_, total := v.adj.Progress()
	if total < 4 {
		t.Fatalf("%d disagreements; the perturbations make at least 4", total)
	}
	if want := fmt.Sprintf("0 of %d disagreements resolved", total); !strings.HasPrefix(v.progress.Text, want) {
		t.Errorf("progress reads %q, want it to start %q", v.progress.Text, want)
	}
	if want := fmt.Sprintf("Project: 0 of %d disagreements resolved in 1 document", total); !strings.HasPrefix(v.project.Text, want) {
		t.Errorf("project progress reads %q, want %q", v.project.Text, want)
	}
	if !strings.Contains(v.progress.Text, "all analysts agree on, not in gold yet") {
		t.Errorf("progress does not count the agreed units waiting: %q", v.progress.Text)
	}
	lanes := map[int]int{}
	outlined := 0
	for _, s := range v.view.spans {
		lanes[s.Lane]++
		if strings.HasPrefix(s.ID, adjUnit) && s.Pending {
			outlined++
		}
	}
	if lanes[1] == 0 || lanes[2] == 0 || lanes[3] == 0 {
		t.Errorf("spans per lane %v: every analyst needs a lane", lanes)
	}
	if outlined != total {
		t.Errorf("%d disagreements outlined, want %d", outlined, total)
	}
	if !strings.Contains(v.legend.Text, "lane 1: ana") || !strings.Contains(v.legend.Text, "lane 3: cai") {
		t.Errorf("legend %q", v.legend.Text)
	}
	// The versions of the disagreement shown, each with its key.
	if !strings.HasPrefix(v.current.Text, fmt.Sprintf("Disagreement 1 of %d", total)) {
		t.Errorf("current %q", v.current.Text)
	}
	if n := len(v.versions.Objects); n < 3 {
		t.Fatalf("%d rows for the versions, want two or more and the none-here row", n)
	}
	if row := v.versions.Objects[len(v.versions.Objects)-1].(*widget.Label).Text; row != "0  none of these belongs here" {
		t.Errorf("the last row reads %q", row)
	}
}

func TestAdjudicateBracketsVisitDisagreements(t *testing.T) {
	f, _ := newAdjFixture(t)
	v := f.m.adj
	_, total := v.adj.Progress()
	first, _, _, _ := f.unitShown()
	f.adjPress(']')
	second, _, _, _ := f.unitShown()
	if second == first || !strings.HasPrefix(v.current.Text, fmt.Sprintf("Disagreement 2 of %d", total)) {
		t.Errorf("] showed unit %d (was %d): %q", second, first, v.current.Text)
	}
	if v.view.selected != adjUnit+fmt.Sprint(second) {
		t.Errorf("the view outlines %q, want the disagreement shown", v.view.selected)
	}
	f.adjPress('[')
	if back, _, _, _ := f.unitShown(); back != first {
		t.Errorf("[ went to unit %d, want %d", back, first)
	}
	f.adjPress('[')
	if !strings.Contains(v.message.Text, "first disagreement") {
		t.Errorf("[ at the first disagreement says %q", v.message.Text)
	}
}

// The s6 statement: ana and ben name Peskov, cai Putin. Its choices are
// ana+ben's version first (the most backed); key 1 takes it into gold with
// who agreed, and the view moves to the next disagreement.
func TestAdjudicateDigitTakesVersionIntoGold(t *testing.T) {
	f, doc := newAdjFixture(t)
	v := f.m.adj
	for k := 0; k < len(v.dis); k++ {
		if u := v.adj.Align.Units[v.dis[k]]; u.Label == annotate.LabelStatement && u.Start == 938 {
			v.cur = k
		}
	}
	i, label, start, _ := f.unitShown()
	if label != annotate.LabelStatement || start != 938 {
		t.Fatalf("s6 not found among the disagreements")
	}
	cs := v.choices()
	if got := strings.Join(cs[0].Analysts, ","); got != "ana,ben" {
		t.Fatalf("version 1 is held by %s, want ana,ben", got)
	}
	v.refresh()
	if row := v.versions.Objects[0].(*widget.Label).Text; !strings.Contains(row, "1  ana, ben") || !strings.Contains(row, "speaker: Dmitry Peskov") {
		t.Errorf("version 1 reads %q", row)
	}
	f.adjPress('1')
	var got *annotate.Span
	for _, s := range f.goldSpans(doc) {
		if s.Label == annotate.LabelStatement && s.Start == 938 {
			got = &s
		}
	}
	if got == nil {
		t.Fatal("key 1 put nothing into gold")
	}
	if strings.Join(got.AgreedBy, ",") != "ana,ben" || got.Annotator != "lead" || got.Status != annotate.SpanAccepted {
		t.Errorf("gold span %+v: want agreed by ana,ben, decided by lead", got)
	}
	if !v.adj.Decided(i) {
		t.Error("the view does not count the unit decided")
	}
	_, total := v.adj.Progress()
	if want := fmt.Sprintf("1 of %d disagreements resolved", total); !strings.HasPrefix(v.progress.Text, want) {
		t.Errorf("progress %q, want %q", v.progress.Text, want)
	}
	if want := fmt.Sprintf("Project: 1 of %d", total); !strings.HasPrefix(v.project.Text, want) {
		t.Errorf("project progress %q, want %q", v.project.Text, want)
	}
	if next, _, _, _ := f.unitShown(); next == i {
		t.Error("the view stayed on the decided disagreement")
	}
	// A key beyond the versions says so and writes nothing.
	before := len(f.goldSpans(doc))
	f.adjPress('9')
	if len(f.goldSpans(doc)) != before || !strings.Contains(v.message.Text, "no version 9") {
		t.Errorf("key 9: gold %d → %d spans, message %q", before, len(f.goldSpans(doc)), v.message.Text)
	}
}

func TestAdjudicateZeroRecordsNoneHere(t *testing.T) {
	f, doc := newAdjFixture(t)
	v := f.m.adj
	i, label, start, end := f.unitShown()
	f.adjPress('0')
	var none *annotate.Span
	for _, s := range f.goldSpans(doc) {
		if s.Label == label && s.Start == start && s.End == end {
			none = &s
		}
	}
	if none == nil || none.Status != annotate.SpanRejected {
		t.Fatalf("0 recorded %+v in gold, want a rejected %s at [%d,%d)", none, label, start, end)
	}
	if !v.adj.Decided(i) {
		t.Error("none-here does not decide the unit")
	}
	// Going back to it shows the decision in words.
	f.adjPress('[')
	if !strings.Contains(v.current.Text, "Gold: none of these belongs here") {
		t.Errorf("the decided unit reads %q", v.current.Text)
	}
}

func TestAdjudicateUndoRedoGold(t *testing.T) {
	f, doc := newAdjFixture(t)
	v := f.m.adj
	i, _, _, _ := f.unitShown()
	f.adjPress('1')
	if len(f.goldSpans(doc)) == 0 {
		t.Fatal("1 wrote nothing")
	}
	// Ctrl+Z as the window gets it: a shortcut on the canvas.
	f.w.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if n := len(f.goldSpans(doc)); n != 0 || v.adj.Decided(i) {
		t.Fatalf("after Ctrl+Z gold has %d spans; decided %v", n, v.adj.Decided(i))
	}
	if !strings.HasPrefix(v.progress.Text, "0 of ") || !strings.HasPrefix(v.message.Text, "undid in gold") {
		t.Errorf("after undo: progress %q, message %q", v.progress.Text, v.message.Text)
	}
	// The analyst's own layer is untouched by the gold undo.
	ana, err := f.m.ctl.Store().Annotations(context.Background(), doc, "ana")
	if err != nil || len(ana.Spans) == 0 {
		t.Fatalf("ana's layer after a gold undo: %v spans, %v", len(ana.Spans), err)
	}
	if cur, _, _, _ := f.unitShown(); cur != i {
		t.Errorf("after undo the view shows unit %d, want the one undone, %d", cur, i)
	}
	f.adjPress(']')
	f.m.do(actRedo)
	if len(f.goldSpans(doc)) == 0 || !v.adj.Decided(i) {
		t.Error("Ctrl+Shift+Z did not redo the decision")
	}
	if cur, _, _, _ := f.unitShown(); cur != i {
		t.Errorf("after redo the view shows unit %d, want the one redone, %d", cur, i)
	}
	f.m.do(actRedo)
	if !strings.Contains(v.message.Text, "nothing to redo") {
		t.Errorf("a second redo says %q", v.message.Text)
	}
}

func TestAdjudicateAcceptAgreedAfterConfirmation(t *testing.T) {
	f, doc := newAdjFixture(t)
	v := f.m.adj
	pending := v.adj.Pending(0)
	if pending == 0 {
		t.Fatal("the fixture has no agreed units")
	}
	f.m.do(actAcceptAll)
	if f.m.topModal() == nil {
		t.Fatal("Ctrl+Shift+Enter did not ask first")
	}
	if len(f.goldSpans(doc)) != 0 {
		t.Fatal("gold was written before the confirmation")
	}
	f.modalKey(fyne.KeyReturn)
	statements := 0
	for _, s := range f.goldSpans(doc) {
		if s.Label == annotate.LabelStatement {
			statements++
			if strings.Join(s.AgreedBy, ",") != "ana,ben,cai" {
				t.Errorf("agreed statement %d agreed by %v", s.Start, s.AgreedBy)
			}
		}
	}
	// The seed has 16 statements: s6, s9, s10, s13 are disputed.
	if statements != 12 {
		t.Errorf("%d agreed statements in gold, want 12", statements)
	}
	if v.adj.Pending(0) != 0 || strings.Contains(v.progress.Text, "not in gold yet") {
		t.Errorf("after accepting: %d pending, progress %q", v.adj.Pending(0), v.progress.Text)
	}
	// Esc cancels the dialog when nothing is left: it writes nothing.
	n := len(f.goldSpans(doc))
	f.m.do(actAcceptAll)
	f.modalKey(fyne.KeyEscape)
	if len(f.goldSpans(doc)) != n {
		t.Error("Esc on the confirmation wrote to gold")
	}
}

func TestAdjudicateHandEditAndLeave(t *testing.T) {
	f, doc := newAdjFixture(t)
	v := f.m.adj
	text := v.doc.Text
	handTag := func(sub string, key fyne.KeyName, label string) annotate.Span {
		t.Helper()
		k := strings.Index(text, sub)
		if k < 0 {
			t.Fatalf("%q not in the seed", sub)
		}
		start := len([]rune(text[:k]))
		v.view.SetSelection(start, start+len([]rune(sub)))
		v.view.TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: ctrl})
		for _, s := range f.goldSpans(doc) {
			if s.Start == start && s.Label == label {
				if v.gold != s.ID {
					t.Errorf("the span tagged by hand is not selected: %q", v.gold)
				}
				return s
			}
		}
		t.Fatalf("Ctrl+%s did not tag %q into gold; message %q", key, sub, v.message.Text)
		return annotate.Span{}
	}
	speaker := handTag("Kremlin", fyne.Key2, annotate.LabelSpeaker)
	statement := handTag("Putin and Biden agreed to hold more talks", fyne.Key1, annotate.LabelStatement)
	// Shift+S links the statement to the nearest speaker after it, in gold.
	f.adjPress('S')
	g, err := f.m.ctl.Store().Annotations(context.Background(), doc, annotate.LayerGold)
	if err != nil {
		t.Fatal(err)
	}
	linked := false
	for _, r := range g.Relations {
		linked = linked || (r.Label == annotate.RelSaidBy && r.Head == statement.ID && r.Child == speaker.ID)
	}
	if !linked {
		t.Fatalf("S did not link the gold statement to the gold speaker: %q", v.message.Text)
	}
	if l := v.view.linked; !l[adjGold+speaker.ID] {
		t.Errorf("the view does not show the speaker linked to the selected statement: %v", l)
	}
	// Alt+→ moves the gold statement's start a word right.
	v.typedKey(&fyne.KeyEvent{Name: fyne.KeyRight}, alt)
	for _, s := range f.goldSpans(doc) {
		if s.ID == statement.ID && s.Start == statement.Start {
			t.Errorf("Alt+→ left the start at %d", s.Start)
		}
	}
	// Click the speaker, Delete removes it.
	v.tapped(adjGold + speaker.ID)
	v.typedKey(&fyne.KeyEvent{Name: fyne.KeyDelete}, 0)
	for _, s := range f.goldSpans(doc) {
		if s.ID == speaker.ID {
			t.Fatal("Delete left the gold span")
		}
	}
	// Keys that edit the analyst's own layer are refused while adjudicating.
	f.m.do(actDoneNext)
	lead, err := f.m.ctl.Store().Annotations(context.Background(), doc, "lead")
	if err != nil {
		t.Fatal(err)
	}
	if lead.Status == annotate.StatusDone || !strings.Contains(v.message.Text, "leave adjudication") {
		t.Errorf("Ctrl+Enter in adjudication: lead's status %q, message %q", lead.Status, v.message.Text)
	}
	v.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}, 0)
	if f.m.adj != nil || f.m.split.Trailing == v.content {
		t.Error("Esc did not leave adjudication")
	}
}

// The view only calls the store and annotate/team: on a team project on
// PostgreSQL the keys decide, record none-here and undo as on a file.
func TestAdjudicateOnBothEngines(t *testing.T) {
	engines := []struct {
		name string
		path func(t *testing.T) string
	}{
		{"sqlite", func(*testing.T) string { return "" }},
		{"postgres", func(t *testing.T) string { return pgtest.NewDatabase(t) }},
	}
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			f, doc := newAdjFixtureAt(t, e.path(t))
			v := f.m.adj
			_, total := v.adj.Progress()
			first, _, _, _ := f.unitShown()
			f.adjPress('1')
			second, label, start, end := f.unitShown()
			f.adjPress('0')
			if want := fmt.Sprintf("2 of %d disagreements resolved", total); !strings.HasPrefix(v.progress.Text, want) {
				t.Errorf("progress %q, want %q", v.progress.Text, want)
			}
			none := false
			for _, s := range f.goldSpans(doc) {
				none = none || (s.Label == label && s.Start == start && s.End == end && s.Status == annotate.SpanRejected)
			}
			if !none || !v.adj.Decided(first) {
				t.Fatalf("gold after 1 and 0: none-here %v, first decided %v", none, v.adj.Decided(first))
			}
			f.m.do(actUndo)
			if v.adj.Decided(second) || !v.adj.Decided(first) {
				t.Errorf("Ctrl+Z: second decided %v (want false), first %v (want true)", v.adj.Decided(second), v.adj.Decided(first))
			}
		})
	}
}

// ] past the last disagreement says so; ] again opens the next document in
// the list with disagreements left to decide.
func TestAdjudicateBracketGoesOnToTheNextDocument(t *testing.T) {
	f, first := newAdjFixture(t)
	v := f.m.adj
	recs, _, err := dataset.ReadJSONL(reference.File(t, "fixtures/seed_000_gold.doc.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	gold := recs[0].Ann
	// The same article with a closing line: the analysts' offsets still hold.
	second := &annotate.Document{ID: "seed-follow-up", Text: recs[0].Doc.Text + "\n\nTalks resume next week."}
	addTeamDocument(t, f, second, nil, seedTeamLayers(gold))
	f.m.ctl.ReloadDocuments(nil)
	for v.cur < len(v.dis)-1 {
		f.adjPress(']')
	}
	f.adjPress(']')
	if v.doc.ID != first || !strings.Contains(v.message.Text, "last disagreement") {
		t.Fatalf("] past the last disagreement: document %s, message %q", v.doc.ID, v.message.Text)
	}
	f.adjPress(']')
	if v.doc.ID != second.ID || f.m.ctl.Document().ID != second.ID {
		t.Fatalf("] again opened %s (window on %s), want %s; message %q", v.doc.ID, f.m.ctl.Document().ID, second.ID, v.message.Text)
	}
	if !strings.HasPrefix(v.current.Text, "Disagreement 1 of ") {
		t.Errorf("the next document shows %q", v.current.Text)
	}
	// At the end of the list, ] says there is nothing further.
	for v.cur < len(v.dis)-1 {
		f.adjPress(']')
	}
	f.adjPress(']')
	f.adjPress(']')
	if v.doc.ID != second.ID || !strings.Contains(v.message.Text, "last document in the list") {
		t.Errorf("] at the end of the list: document %s, message %q", v.doc.ID, v.message.Text)
	}
}
