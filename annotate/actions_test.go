package annotate_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	sharedtest "newsmark/annotate/reference"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"newsmark/annotate"
	"newsmark/store"
)

// The actions are tested the way the GUI uses them: compute an Edit from
// what the store holds, apply it with store.Apply, and read the result back
// through store.Annotations. The store imports annotate, hence this
// external test package.

const analyst = "ana"

// fixture is one document in a fresh project file.
type fixture struct {
	t    *testing.T
	ctx  context.Context
	path string
	st   *store.Store
	doc  *annotate.Document
}

// newFixture stores text (and any annotations that came with it, such as
// suggestions) in a new project under t.TempDir().
func newFixture(t *testing.T, text string, imported *annotate.Annotations) *fixture {
	t.Helper()
	f := &fixture{t: t, ctx: context.Background(), path: filepath.Join(t.TempDir(), "p.newsmark")}
	f.open()
	// In progress, as the store makes a document on its first edit (which
	// undo leaves started).
	doc := &annotate.Document{ID: "doc", Text: text, Status: annotate.StatusInProgress,
		Zones: []annotate.Zone{{Zone: annotate.ZoneBody, Start: 0, End: annotate.RuneLen(text)}}}
	if _, err := f.st.AddDocuments(f.ctx, analyst, []*annotate.Document{doc}, []*annotate.Annotations{imported}); err != nil {
		t.Fatal(err)
	}
	f.doc = doc
	return f
}

func (f *fixture) open() {
	f.t.Helper()
	st, err := store.Open(f.path)
	if err != nil {
		f.t.Fatal(err)
	}
	f.st = st
	f.t.Cleanup(func() { st.Close() })
}

// reopen closes the project file and opens it again, as after a restart.
func (f *fixture) reopen() {
	f.t.Helper()
	if err := f.st.Close(); err != nil {
		f.t.Fatal(err)
	}
	f.open()
}

// portStrike is an original sample article (testdata/port_strike.txt) with
// curly quotes, accented names and an emoji, so code points and bytes differ.
func portStrike(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "port_strike.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return strings.TrimRight(string(b), "\n")
}

func (f *fixture) ann() *annotate.Annotations {
	f.t.Helper()
	a, err := f.st.Annotations(f.ctx, f.doc.ID, analyst)
	if err != nil {
		f.t.Fatal(err)
	}
	return a
}

// apply stores an action's edit, failing the test on any error; it returns
// the edit as applied (with the ids the store gave).
func (f *fixture) apply(e annotate.Edit, err error) annotate.Edit {
	f.t.Helper()
	if err != nil {
		f.t.Fatal(err)
	}
	if e.Doc == "" {
		e.Doc = f.doc.ID
	}
	done, err := f.st.Apply(f.ctx, analyst, e)
	if err != nil {
		f.t.Fatal(err)
	}
	return done
}

// at returns the code-point range of sub inside the first occurrence of
// context (sub itself when context is ""), so tests name spans by their text.
func (f *fixture) at(context, sub string) (int, int) {
	f.t.Helper()
	if context == "" {
		context = sub
	}
	i := strings.Index(f.doc.Text, context)
	j := strings.Index(context, sub)
	if i < 0 || j < 0 {
		f.t.Fatalf("%q (in %q) is not in the text", sub, context)
	}
	start := annotate.RuneLen(f.doc.Text[:i+j])
	return start, start + annotate.RuneLen(sub)
}

// tag tags sub (found inside context) with label and returns the new id.
func (f *fixture) tag(label, context, sub string) string {
	f.t.Helper()
	start, end := f.at(context, sub)
	done := f.apply(annotate.TagSpan(f.doc, f.ann(), nil, label, start, end, analyst))
	return done.Ops[len(done.Ops)-1].Span.ID
}

func (f *fixture) span(id string) annotate.Span {
	f.t.Helper()
	for _, sp := range f.ann().Spans {
		if sp.ID == id {
			return sp
		}
	}
	f.t.Fatalf("no span %s", id)
	return annotate.Span{}
}

func (f *fixture) text(sp annotate.Span) string { return annotate.Slice(f.doc.Text, sp.Start, sp.End) }

// children lists the children of head by relation, as stored.
func (f *fixture) children(rel, head string) []string {
	var out []string
	for _, r := range f.ann().Relations {
		if r.Label == rel && r.Head == head {
			out = append(out, r.Child)
		}
	}
	return out
}

// snapshot is everything an undo must restore.
type snapshot struct {
	Ann    *annotate.Annotations
	Status annotate.Status
}

func (f *fixture) snapshot() snapshot {
	f.t.Helper()
	d, err := f.st.Document(f.ctx, f.doc.ID)
	if err != nil {
		f.t.Fatal(err)
	}
	a := f.ann()
	// Accepting or rejecting a suggested link re-adds it, so links come back
	// from an undo in another order; their order carries no meaning.
	slices.SortFunc(a.Relations, func(x, y annotate.Relation) int {
		return strings.Compare(x.Label+" "+x.Head+" "+x.Child, y.Label+" "+y.Head+" "+y.Child)
	})
	return snapshot{Ann: a, Status: d.Status}
}

// attribution tags the port-strike article's speakers, cues and statements
// and returns their ids by name.
func attribution(f *fixture) map[string]string {
	f.t.Helper()
	ids := map[string]string{}
	for _, s := range []struct{ name, label, context, sub string }{
		{"union", annotate.LabelSpeaker, "the union said", "the union"},
		{"fnv", annotate.LabelSpeaker, "", "the FNV union"},
		{"fnvSaid", annotate.LabelCue, "FNV union said", "said"},
		{"vries", annotate.LabelSpeaker, "", "Union negotiator Marieke de Vries"},
		{"vriesSaid", annotate.LabelCue, "de Vries said", "said"},
		{"agreement", annotate.LabelStatement, "", "the agreement gave workers a 6% raise over two years"},
		{"deal", annotate.LabelStatement, "", "“This is the deal our members asked for,”"},
		{"vries2", annotate.LabelSpeaker, "” de Vries told", "de Vries"},
		{"told", annotate.LabelCue, "de Vries told", "told"},
		{"she", annotate.LabelSpeaker, "She added", "She"},
		{"added", annotate.LabelCue, "She added", "added"},
		{"strike", annotate.LabelStatement, "", "the strike had cost shippers more than they admitted"},
		{"janssen", annotate.LabelSpeaker, "Erik Janssen on", "Erik Janssen"},
		{"janssenTold", annotate.LabelCue, "Janssen on Friday told", "told"},
		{"backlog", annotate.LabelStatement, "", "Erik Janssen on Friday told members that the terminals would clear the backlog within a week"},
		{"spokesman", annotate.LabelSpeaker, "", "the employers' spokesman"},
		{"spokesmanSaid", annotate.LabelCue, "spokesman said", "said"},
		{"muller", annotate.LabelSpeaker, "", "Jörg Müller"},
		{"rates", annotate.LabelStatement, "", "freight rates could fall 🚢 within a month"},
	} {
		ids[s.name] = f.tag(s.label, s.context, s.sub)
	}
	return ids
}

func TestTagSpan(t *testing.T) {
	tests := []struct {
		name          string
		label         string
		context, sub  string
		wantText      string
		wantQuoteType string
		wantCanonical string
	}{
		{"direct quote in curly marks", annotate.LabelStatement, "", "“This is the deal our members asked for,”",
			"“This is the deal our members asked for,”", "direct", ""},
		{"paraphrase is indirect", annotate.LabelStatement, "", "the strike had cost shippers more than they admitted",
			"the strike had cost shippers more than they admitted", "indirect", ""},
		{"paraphrase with a quoted word is mixed", annotate.LabelStatement, "", "called it “overdue”",
			"called it “overdue”", "mixed", ""},
		{"quote running on into the next paragraph is direct", annotate.LabelStatement, "", "“This is the deal our members asked for",
			"“This is the deal our members asked for", "direct", ""},
		{"spaces around a drag selection are left out", annotate.LabelStatement, "", " the agreement gave workers ",
			"the agreement gave workers", "indirect", ""},
		{"speaker gets a canonical name without the role", annotate.LabelSpeaker, "", "Union negotiator Marieke de Vries",
			"Union negotiator Marieke de Vries", "", "Marieke de Vries"},
		{"speaker with accents keeps them", annotate.LabelSpeaker, "", "Jörg Müller", "Jörg Müller", "", "Jörg Müller"},
		{"pronoun speaker waits for R", annotate.LabelSpeaker, "She added", "She", "She", "", ""},
		{"emoji counts as one code point", annotate.LabelStatement, "", "freight rates could fall 🚢 within a month",
			"freight rates could fall 🚢 within a month", "indirect", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, portStrike(t), nil)
			id := f.tag(tc.label, tc.context, tc.sub)
			sp := f.span(id)
			if got := f.text(sp); got != tc.wantText {
				t.Errorf("tagged %q, want %q", got, tc.wantText)
			}
			if sp.Label != tc.label || sp.Status != annotate.SpanAccepted || sp.Source != annotate.SourceManual || sp.Annotator != analyst {
				t.Errorf("span %+v: want an accepted manual %s by %s", sp, tc.label, analyst)
			}
			if got, _ := sp.Attrs["quote_type"].(string); got != tc.wantQuoteType {
				t.Errorf("quote_type %q, want %q", got, tc.wantQuoteType)
			}
			if got, _ := sp.Attrs["canonical"].(string); got != tc.wantCanonical {
				t.Errorf("canonical %q, want %q", got, tc.wantCanonical)
			}
			if want := annotate.SpanIDPrefix(tc.label) + "1"; id != want {
				t.Errorf("id %s, want %s", id, want)
			}
		})
	}
}

func TestTagSpanShortNameTakesEarlierFullName(t *testing.T) {
	f := newFixture(t, portStrike(t), nil)
	f.tag(annotate.LabelSpeaker, "", "Union negotiator Marieke de Vries")
	id := f.tag(annotate.LabelSpeaker, "” de Vries told", "de Vries")
	if got := f.span(id).Attrs["canonical"]; got != "Marieke de Vries" {
		t.Errorf("canonical of the short mention %v, want Marieke de Vries", got)
	}
}

func TestTagSpanRefuses(t *testing.T) {
	f := newFixture(t, portStrike(t), nil)
	n := annotate.RuneLen(f.doc.Text)
	start, end := f.at("", "Erik Janssen")
	f.tag(annotate.LabelSpeaker, "", "Erik Janssen")
	tests := []struct {
		name       string
		label      string
		start, end int
		want       string
	}{
		{"empty selection", annotate.LabelStatement, 10, 10, "select some text"},
		{"only spaces", annotate.LabelStatement, 50, 52, "select some text"},
		{"past the end", annotate.LabelStatement, n - 3, n + 1, "outside the article"},
		{"unknown label", "QUOTE", 0, 4, "no label"},
		{"already tagged", annotate.LabelSpeaker, start, end, "already tagged"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := annotate.TagSpan(f.doc, f.ann(), nil, tc.label, tc.start, tc.end, analyst)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
	if got := len(f.ann().Spans); got != 1 {
		t.Errorf("%d spans after refused tags, want 1", got)
	}
}

func TestLinkNearest(t *testing.T) {
	tests := []struct {
		name      string
		statement string
		label     string
		after     bool
		want      string // child name; "" when the action must fail
		wantErr   string
	}{
		{"S: speaker before, same paragraph", "agreement", annotate.LabelSpeaker, false, "vries", ""},
		{"Shift+S: speaker after", "deal", annotate.LabelSpeaker, true, "vries2", ""},
		{"S: nearest before is the closer one", "deal", annotate.LabelSpeaker, false, "vries", ""},
		{"S: widens to the previous paragraph, ignoring the speaker inside", "backlog", annotate.LabelSpeaker, false, "she", ""},
		{"Shift+S: speaker inside the statement does not count", "backlog", annotate.LabelSpeaker, true, "spokesman", ""},
		{"C: cue before", "agreement", annotate.LabelCue, false, "vriesSaid", ""},
		{"Shift+C: cue inside the statement does not count", "backlog", annotate.LabelCue, true, "spokesmanSaid", ""},
		{"S: accented speaker before an emoji statement", "rates", annotate.LabelSpeaker, false, "muller", ""},
		{"Shift+S: nothing after the last statement", "rates", annotate.LabelSpeaker, true, "", "no SPEAKER after this statement"},
		{"S on a speaker", "vries", annotate.LabelSpeaker, false, "", "select a STATEMENT first"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, portStrike(t), nil)
			ids := attribution(f)
			rel := annotate.RelSaidBy
			if tc.label == annotate.LabelCue {
				rel = annotate.RelCue
			}
			e, err := annotate.LinkNearest(f.doc, f.ann(), ids[tc.statement], tc.label, tc.after)
			if tc.want == "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tc.wantErr)
				}
				return
			}
			f.apply(e, err)
			if got := f.children(rel, ids[tc.statement]); !slices.Equal(got, []string{ids[tc.want]}) {
				t.Errorf("%s of %s = %v, want [%s] (%s)", rel, tc.statement, got, ids[tc.want], tc.want)
			}
		})
	}
}

func TestNewLinkReplacesOld(t *testing.T) {
	f := newFixture(t, portStrike(t), nil)
	ids := attribution(f)
	deal := ids["deal"]
	f.apply(annotate.LinkNearest(f.doc, f.ann(), deal, annotate.LabelSpeaker, false))
	f.apply(annotate.LinkNearest(f.doc, f.ann(), deal, annotate.LabelSpeaker, true))
	if got := f.children(annotate.RelSaidBy, deal); !slices.Equal(got, []string{ids["vries2"]}) {
		t.Fatalf("said_by after Shift+S = %v, want only %s", got, ids["vries2"])
	}
	if _, err := f.st.Undo(f.ctx, analyst); err != nil {
		t.Fatal(err)
	}
	if got := f.children(annotate.RelSaidBy, deal); !slices.Equal(got, []string{ids["vries"]}) {
		t.Errorf("said_by after undo = %v, want the first link back alone (%s)", got, ids["vries"])
	}
	// P: the picker's choice replaces too, and the same choice again changes nothing.
	f.apply(annotate.Link(f.doc, f.ann(), annotate.RelSaidBy, deal, ids["muller"]))
	if got := f.children(annotate.RelSaidBy, deal); !slices.Equal(got, []string{ids["muller"]}) {
		t.Errorf("said_by after P = %v, want [%s]", got, ids["muller"])
	}
	if _, err := annotate.Link(f.doc, f.ann(), annotate.RelSaidBy, deal, ids["muller"]); !errors.Is(err, annotate.ErrNoChange) {
		t.Errorf("linking the same speaker again: %v, want ErrNoChange", err)
	}
}

func TestLinkAddsAndChecksTheSchema(t *testing.T) {
	f := newFixture(t, portStrike(t), nil)
	ids := attribution(f)
	f.apply(annotate.Link(f.doc, f.ann(), annotate.RelNestedIn, ids["backlog"], ids["strike"]))
	f.apply(annotate.Link(f.doc, f.ann(), annotate.RelNestedIn, ids["backlog"], ids["agreement"]))
	if got := f.children(annotate.RelNestedIn, ids["backlog"]); len(got) != 2 {
		t.Errorf("nested_in = %v, want both links kept", got)
	}
	tests := []struct {
		name, rel, head, child, want string
	}{
		{"said_by from a speaker", annotate.RelSaidBy, "vries", "agreement", "said_by links a STATEMENT to a SPEAKER"},
		{"cue to a speaker", annotate.RelCue, "agreement", "vries", "not a STATEMENT to a SPEAKER"},
		{"to itself", annotate.RelNestedIn, "deal", "deal", "itself"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := annotate.Link(f.doc, f.ann(), tc.rel, ids[tc.head], ids[tc.child])
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
	f.apply(annotate.Unlink(f.ann(), annotate.RelNestedIn, ids["backlog"], ids["strike"]))
	if got := f.children(annotate.RelNestedIn, ids["backlog"]); !slices.Equal(got, []string{ids["agreement"]}) {
		t.Errorf("nested_in after unlink = %v, want [%s]", got, ids["agreement"])
	}
}

func TestLinkCorefInheritsCanonicalName(t *testing.T) {
	f := newFixture(t, portStrike(t), nil)
	ids := attribution(f)
	she := ids["she"]
	if c := f.span(she).Attrs["canonical"]; c != nil {
		t.Fatalf("pronoun tagged with canonical %v before R", c)
	}
	f.apply(annotate.LinkCoref(f.doc, f.ann(), she))
	if got := f.children(annotate.RelCoref, she); !slices.Equal(got, []string{ids["vries2"]}) {
		t.Fatalf("coref of She = %v, want the nearest earlier speaker %s", got, ids["vries2"])
	}
	want := f.span(ids["vries2"]).Attrs["canonical"]
	if want == nil || f.span(she).Attrs["canonical"] != want {
		t.Errorf("She's canonical %v, want the antecedent's %v", f.span(she).Attrs["canonical"], want)
	}
	// Renaming the antecedent renames the pronoun in the same step.
	f.apply(annotate.SetCanonical(f.ann(), ids["vries2"], "Marieke de Vries (FNV)"))
	if got := f.span(she).Attrs["canonical"]; got != "Marieke de Vries (FNV)" {
		t.Errorf("She's canonical after renaming de Vries = %v", got)
	}
	info := annotate.StatementView(f.doc, f.ann(), ids["strike"])
	f.apply(annotate.LinkNearest(f.doc, f.ann(), ids["strike"], annotate.LabelSpeaker, false))
	info = annotate.StatementView(f.doc, f.ann(), ids["strike"])
	if info.Speaker == nil || info.Speaker.ID != she || info.SpeakerName != "Marieke de Vries (FNV)" {
		t.Errorf("panel shows speaker %v named %q, want She named Marieke de Vries (FNV)", info.Speaker, info.SpeakerName)
	}
	if _, err := f.st.Undo(f.ctx, analyst); err != nil { // the S link
		t.Fatal(err)
	}
	if _, err := f.st.Undo(f.ctx, analyst); err != nil { // the rename, pronoun included
		t.Fatal(err)
	}
	if got := f.span(she).Attrs["canonical"]; got != want {
		t.Errorf("She's canonical after undoing the rename = %v, want %v", got, want)
	}
}

func TestSetAttrNoteAndCanonical(t *testing.T) {
	f := newFixture(t, portStrike(t), nil)
	ids := attribution(f)
	claim := f.tag(annotate.LabelClaim, "", "the agreement gave workers a 6% raise over two years")
	f.apply(annotate.SetAttr(f.ann(), claim, "claim_type", "quantity"))
	f.apply(annotate.SetAttr(f.ann(), claim, "verifiable", true))
	f.apply(annotate.SetAttr(f.ann(), claim, "checkworthy", "yes"))
	f.apply(annotate.SetAttr(f.ann(), ids["agreement"], "quote_type", "mixed"))
	f.apply(annotate.SetNote(f.ann(), ids["deal"], "said outside the talks"))
	f.apply(annotate.SetAttr(f.ann(), ids["muller"], "canonical", "Jörg Müller (analyst)"))
	got := f.span(claim).Attrs
	if got["claim_type"] != "quantity" || got["verifiable"] != true || got["checkworthy"] != "yes" {
		t.Errorf("claim attrs %v", got)
	}
	if q := f.span(ids["agreement"]).Attrs["quote_type"]; q != "mixed" {
		t.Errorf("quote_type %v, want mixed", q)
	}
	if n := f.span(ids["deal"]).Note; n != "said outside the talks" {
		t.Errorf("note %q", n)
	}
	if c := f.span(ids["muller"]).Attrs["canonical"]; c != "Jörg Müller (analyst)" {
		t.Errorf("canonical %v", c)
	}
	f.apply(annotate.SetAttr(f.ann(), claim, "verifiable", nil))
	if _, ok := f.span(claim).Attrs["verifiable"]; ok {
		t.Errorf("verifiable still set after removing it")
	}
	refused := []struct {
		name  string
		key   string
		value any
		want  string
	}{
		{"value outside the choices", "claim_type", "rumour", "one of"},
		{"wrong type", "verifiable", "yes", "true or false"},
		{"unchanged", "claim_type", "quantity", "nothing to change"},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			_, err := annotate.SetAttr(f.ann(), claim, tc.key, tc.value)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}

func TestStance(t *testing.T) {
	f := newFixture(t, portStrike(t), nil)
	ids := attribution(f)
	done := f.apply(annotate.NewTarget(f.doc.ID, "  the pay deal ", false), nil)
	target := done.Ops[0].Target.ID
	deal := ids["deal"]
	evStart, evEnd := f.at("", "our members asked for")
	steps := []struct {
		name     string
		label    string
		implicit bool
		ev       *annotate.Evidence
	}{
		{"F sets FAVOR", annotate.StanceFavor, false, nil},
		{"A changes it to AGAINST", annotate.StanceAgainst, false, nil},
		{"toggle implicit", annotate.StanceAgainst, true, nil},
		{"add evidence", annotate.StanceAgainst, true, &annotate.Evidence{Start: evStart, End: evEnd}},
	}
	for _, s := range steps {
		f.apply(annotate.SetStance(f.ann(), deal, target, s.label, s.implicit, s.ev))
		a := f.ann()
		if len(a.Stances) != 1 {
			t.Fatalf("%s: %d stances, want 1", s.name, len(a.Stances))
		}
		got := a.Stances[0]
		if got.Statement != deal || got.Target != target || got.Label != s.label || got.Implicit != s.implicit ||
			!reflect.DeepEqual(got.Evidence, s.ev) || got.Annotator != analyst {
			t.Errorf("%s: stance %+v", s.name, got)
		}
	}
	if a := f.ann(); len(a.Targets) != 1 || a.Targets[0].Text != "the pay deal" {
		t.Errorf("targets %+v, want the trimmed document target", a.Targets)
	}
	if _, err := annotate.SetStance(f.ann(), deal, target, annotate.StanceAgainst, true, &annotate.Evidence{Start: evStart, End: evEnd}); !errors.Is(err, annotate.ErrNoChange) {
		t.Errorf("setting the same stance again: %v, want ErrNoChange", err)
	}
	for _, tc := range []struct{ name, statement, target, label, want string }{
		{"on a speaker", ids["vries"], target, annotate.StanceFavor, "select a STATEMENT first"},
		{"without a target", deal, "", annotate.StanceFavor, "choose a target"},
		{"unknown label", deal, target, "SUPPORT", "not one of FAVOR, AGAINST, NONE"},
	} {
		if _, err := annotate.SetStance(f.ann(), tc.statement, tc.target, tc.label, false, nil); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
	}
	f.apply(annotate.ClearStance(f.ann(), deal, target))
	if n := len(f.ann().Stances); n != 0 {
		t.Errorf("%d stances after clearing, want 0", n)
	}
	if _, err := f.st.Undo(f.ctx, analyst); err != nil {
		t.Fatal(err)
	}
	if a := f.ann(); len(a.Stances) != 1 || a.Stances[0].Evidence == nil {
		t.Errorf("undo of clear: stances %+v, want the stance with its evidence back", a.Stances)
	}
}

// suggested is the port-strike article with a suggester's output: four
// pending statements with pending speakers, cues and a pronoun's coref.
func suggested(t *testing.T) *fixture {
	text := portStrike(t)
	f := &fixture{t: t, doc: &annotate.Document{Text: text}}
	pend := func(id, label, context, sub string) annotate.Span {
		s, e := f.at(context, sub)
		return annotate.Span{ID: id, Start: s, End: e, Label: label, Source: annotate.SourceRules, Status: annotate.SpanPending}
	}
	rel := func(label, head, child string) annotate.Relation {
		return annotate.Relation{Label: label, Head: head, Child: child, Source: annotate.SourceRules, Status: annotate.SpanPending}
	}
	imported := &annotate.Annotations{
		Spans: []annotate.Span{
			pend("spk1", annotate.LabelSpeaker, "", "Union negotiator Marieke de Vries"),
			pend("cue1", annotate.LabelCue, "de Vries said", "said"),
			pend("s1", annotate.LabelStatement, "", "the agreement gave workers a 6% raise over two years"),
			pend("s2", annotate.LabelStatement, "", "“This is the deal our members asked for,”"),
			pend("spk2", annotate.LabelSpeaker, "” de Vries told", "de Vries"),
			pend("cue2", annotate.LabelCue, "de Vries told", "told"),
			pend("spk3", annotate.LabelSpeaker, "She added", "She"),
			pend("cue3", annotate.LabelCue, "She added", "added"),
			pend("s3", annotate.LabelStatement, "", "the strike had cost shippers more than they admitted"),
			pend("s4", annotate.LabelStatement, "", "the terminals would clear the backlog within a week"),
			pend("spk4", annotate.LabelSpeaker, "", "the employers' spokesman"),
			pend("adr2", annotate.LabelAddressee, "told reporters", "reporters"),
		},
		Relations: []annotate.Relation{
			rel(annotate.RelSaidBy, "s1", "spk1"), rel(annotate.RelCue, "s1", "cue1"),
			rel(annotate.RelSaidBy, "s2", "spk2"), rel(annotate.RelCue, "s2", "cue2"),
			rel(annotate.RelSaidBy, "s3", "spk3"), rel(annotate.RelCue, "s3", "cue3"),
			rel(annotate.RelCoref, "spk3", "spk2"),
			rel(annotate.RelSaidBy, "s4", "spk4"),
			rel(annotate.RelAddressedTo, "s2", "adr2"),
		},
	}
	return newFixture(t, text, imported)
}

// statuses maps span ids and "label head child" relation keys to status.
func statuses(a *annotate.Annotations) map[string]string {
	m := map[string]string{}
	for _, sp := range a.Spans {
		m[sp.ID] = sp.Status
	}
	for _, r := range a.Relations {
		m[r.Label+" "+r.Head+" "+r.Child] = r.Status
	}
	return m
}

func TestAcceptAndRejectSuggestions(t *testing.T) {
	const acc, pen, rej = annotate.SpanAccepted, annotate.SpanPending, annotate.SpanRejected
	tests := []struct {
		name string
		act  func(a *annotate.Annotations) (annotate.Edit, error)
		want map[string]string
	}{
		{"Enter accepts a statement with its speaker and cue",
			func(a *annotate.Annotations) (annotate.Edit, error) {
				return annotate.AcceptSuggestion(a, "s1", analyst)
			},
			map[string]string{"s1": acc, "spk1": acc, "cue1": acc, "said_by s1 spk1": acc, "cue s1 cue1": acc,
				"s2": pen, "spk2": pen, "said_by s2 spk2": pen, "s3": pen, "adr2": pen}},
		{"Enter accepts a statement's addressee with it",
			func(a *annotate.Annotations) (annotate.Edit, error) {
				return annotate.AcceptSuggestion(a, "s2", analyst)
			},
			map[string]string{"s2": acc, "spk2": acc, "cue2": acc, "adr2": acc, "addressed_to s2 adr2": acc, "s1": pen}},
		{"Enter on a pronoun's statement accepts the pronoun's antecedent too",
			func(a *annotate.Annotations) (annotate.Edit, error) {
				return annotate.AcceptSuggestion(a, "s3", analyst)
			},
			map[string]string{"s3": acc, "spk3": acc, "cue3": acc, "spk2": acc, "coref spk3 spk2": acc,
				"said_by s3 spk3": acc, "s2": pen, "cue2": pen, "said_by s2 spk2": pen}},
		{"Backspace rejects a statement alone: its speaker and cue stay suggested",
			func(a *annotate.Annotations) (annotate.Edit, error) {
				return annotate.RejectSuggestion(a, "s3", analyst)
			},
			map[string]string{"s3": rej, "said_by s3 spk3": rej, "cue s3 cue3": rej, "spk3": pen, "cue3": pen,
				"coref spk3 spk2": pen, "spk2": pen, "s2": pen, "said_by s2 spk2": pen}},
		{"rejecting all on Ctrl+Enter rejects every suggestion",
			func(a *annotate.Annotations) (annotate.Edit, error) { return annotate.RejectAll(a, analyst) },
			map[string]string{"s1": rej, "s2": rej, "spk1": rej, "cue3": rej, "adr2": rej, "said_by s1 spk1": rej,
				"coref spk3 spk2": rej}},
		{"Ctrl+Shift+Enter accepts everything",
			func(a *annotate.Annotations) (annotate.Edit, error) { return annotate.AcceptAll(a, analyst) },
			map[string]string{"s1": acc, "s2": acc, "s3": acc, "s4": acc, "spk1": acc, "spk2": acc, "spk3": acc,
				"spk4": acc, "cue1": acc, "cue2": acc, "cue3": acc, "said_by s1 spk1": acc, "coref spk3 spk2": acc,
				"said_by s4 spk4": acc}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := suggested(t)
			before := f.snapshot()
			f.apply(tc.act(f.ann()))
			got := statuses(f.ann())
			for k, want := range tc.want {
				if got[k] != want {
					t.Errorf("%s is %q, want %q", k, got[k], want)
				}
			}
			for _, sp := range f.ann().Spans {
				if tc.want[sp.ID] != "" && tc.want[sp.ID] != pen && sp.Annotator != analyst {
					t.Errorf("%s annotator %q, want %s", sp.ID, sp.Annotator, analyst)
				}
			}
			if _, err := f.st.Undo(f.ctx, analyst); err != nil {
				t.Fatal(err)
			}
			if after := f.snapshot(); !reflect.DeepEqual(after, before) {
				t.Errorf("one undo did not restore every suggestion:\n got %+v\nwant %+v", after.Ann, before.Ann)
			}
		})
	}
}

func TestRejectedSuggestionIsNoLinkPartner(t *testing.T) {
	f := suggested(t)
	f.apply(annotate.RejectSuggestion(f.ann(), "spk4", analyst))
	_, err := annotate.LinkNearest(f.doc, f.ann(), "s4", annotate.LabelSpeaker, true)
	if err == nil || !strings.Contains(err.Error(), "no SPEAKER after") {
		t.Errorf("Shift+S next to a rejected speaker: %v, want no SPEAKER after", err)
	}
	if _, err := annotate.AcceptSuggestion(f.ann(), "spk4", analyst); !errors.Is(err, annotate.ErrNoChange) {
		t.Errorf("accepting a rejected span: %v, want ErrNoChange", err)
	}
	// Tagging the same text again brings it back as the analyst's own.
	s, e := f.at("", "the employers' spokesman")
	f.apply(annotate.TagSpan(f.doc, f.ann(), nil, annotate.LabelSpeaker, s, e, analyst))
	if sp := f.span("spk4"); sp.Status != annotate.SpanAccepted || sp.Source != annotate.SourceManual {
		t.Errorf("re-tagged span %+v, want accepted manual spk4", sp)
	}
}

func TestTaggingASuggestionAcceptsIt(t *testing.T) {
	f := suggested(t)
	s, e := f.at("", "“This is the deal our members asked for,”")
	f.apply(annotate.TagSpan(f.doc, f.ann(), nil, annotate.LabelStatement, s, e, analyst))
	sp := f.span("s2")
	if sp.Status != annotate.SpanAccepted || sp.Annotator != analyst || sp.Source != annotate.SourceRules {
		t.Errorf("s2 after tagging its text: %+v, want accepted by %s, still credited to the rules", sp, analyst)
	}
	if n := len(f.ann().Spans); n != 12 {
		t.Errorf("%d spans, want the 12 suggested (no duplicate)", n)
	}
}

func TestLinkToSuggestionWaitsForIt(t *testing.T) {
	f := suggested(t)
	s, e := f.at("", "freight rates could fall 🚢 within a month")
	rates := f.apply(annotate.TagSpan(f.doc, f.ann(), nil, annotate.LabelStatement, s, e, analyst)).Ops[0].Span.ID
	f.apply(annotate.Link(f.doc, f.ann(), annotate.RelSaidBy, rates, "spk4"))
	key := "said_by " + rates + " spk4"
	if got := statuses(f.ann())[key]; got != annotate.SpanPending {
		t.Errorf("link to a suggested speaker is %q, want pending until the speaker is accepted", got)
	}
	f.apply(annotate.AcceptSuggestion(f.ann(), "spk4", analyst))
	if got := statuses(f.ann())[key]; got != annotate.SpanAccepted {
		t.Errorf("link after accepting the speaker is %q, want accepted", got)
	}
	if got := statuses(f.ann())["s4"]; got != annotate.SpanPending {
		t.Errorf("accepting a speaker accepted the statement it is suggested for (%q)", got)
	}
}

func TestMoveSpanEdge(t *testing.T) {
	const flags = "Dutch fans waved 🇳🇱 flags at the cafe\u0301 today."
	tests := []struct {
		name         string
		text         string
		span         string
		end          bool
		dir          int
		want         string // the span's text after the move; "" when refused
		wantErrMatch string
	}{
		{"start left takes the previous word", "", "the agreement gave workers", false, -1, "said the agreement gave workers", ""},
		{"start right drops the first word", "", "the agreement gave workers", false, 1, "agreement gave workers", ""},
		{"end right takes the next word", "", "the agreement gave workers", true, 1, "the agreement gave workers a", ""},
		{"end left drops the last word", "", "the agreement gave workers", true, -1, "the agreement gave", ""},
		{"end right reaches a full stop", "", "over two years", true, 1, "over two years.", ""},
		{"end right reaches a closing quote", "", "“This is the deal our members asked for", true, 1, "“This is the deal our members asked for,", ""},
		{"start left crosses into the previous paragraph", "", "She added", false, -1, ".\n\nShe added", ""},
		{"end right crosses into the next paragraph", "", "more than they admitted.", true, 1, "more than they admitted.\n\nErik", ""},
		{"one word cannot shrink", "", "workers", true, -1, "", "one word long"},
		{"one word cannot lose its start", "", "workers", false, 1, "", "one word long"},
		{"start left takes a whole flag", flags, "flags", false, -1, "🇳🇱 flags", ""},
		{"end right takes a whole accented word", flags, "at the", true, 1, "at the cafe\u0301", ""},
		{"the text's first word cannot move left", flags, "Dutch", false, -1, "", "further out"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.text
			if text == "" {
				text = portStrike(t)
			}
			f := newFixture(t, text, nil)
			id := f.tag(annotate.LabelStatement, "", tc.span)
			e, err := annotate.MoveSpanEdge(f.doc, f.ann(), id, tc.end, tc.dir)
			if tc.want == "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErrMatch) {
					t.Fatalf("error %v, want one saying %q", err, tc.wantErrMatch)
				}
				return
			}
			f.apply(e, err)
			if got := f.text(f.span(id)); got != tc.want {
				t.Errorf("span now %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDeleteSpanTakesLinksAndStancesAlong(t *testing.T) {
	f := newFixture(t, portStrike(t), nil)
	ids := attribution(f)
	deal := ids["deal"]
	f.apply(annotate.LinkNearest(f.doc, f.ann(), deal, annotate.LabelSpeaker, true))
	f.apply(annotate.LinkNearest(f.doc, f.ann(), deal, annotate.LabelCue, true))
	target := f.apply(annotate.NewTarget(f.doc.ID, "the pay deal", false), nil).Ops[0].Target.ID
	f.apply(annotate.SetStance(f.ann(), deal, target, annotate.StanceFavor, false, nil))
	before := f.snapshot()
	f.apply(annotate.DeleteSpan(f.ann(), deal))
	a := f.ann()
	for _, sp := range a.Spans {
		if sp.ID == deal {
			t.Errorf("statement still there")
		}
	}
	for _, r := range a.Relations {
		if r.Head == deal || r.Child == deal {
			t.Errorf("relation %+v outlived its statement", r)
		}
	}
	if len(a.Stances) != 0 {
		t.Errorf("stances %+v outlived their statement", a.Stances)
	}
	if _, err := f.st.Undo(f.ctx, analyst); err != nil {
		t.Fatal(err)
	}
	if got := f.snapshot(); !reflect.DeepEqual(got, before) {
		t.Errorf("undo of delete:\n got %+v\nwant %+v", got.Ann, before.Ann)
	}
}

func TestNextSpan(t *testing.T) {
	f := suggested(t)
	f.apply(annotate.AcceptSuggestion(f.ann(), "s1", analyst))
	f.apply(annotate.RejectSuggestion(f.ann(), "s4", analyst))
	a := f.ann()
	// Reading order: spk1 cue1 s1 s2 spk2 cue2 spk3 cue3 s3 spk4 (s4 rejected;
	// its speaker spk4 stays suggested).
	tests := []struct {
		name    string
		from    string
		dir     int
		pending bool
		want    string
	}{
		{"Tab from nothing starts at the first", "", 1, false, "spk1"},
		{"Shift+Tab from nothing starts at the last", "", -1, false, "spk4"},
		{"Tab", "cue1", 1, false, "s1"},
		{"Shift+Tab", "s1", -1, false, "cue1"},
		{"Tab wraps and skips rejected spans", "spk4", 1, false, "spk1"},
		{"] skips accepted spans", "spk1", 1, true, "s2"},
		{"[ wraps to the last suggestion", "s2", -1, true, "spk4"},
	}
	for _, tc := range tests {
		if got := annotate.NextSpan(a, tc.from, tc.dir, tc.pending); got != tc.want {
			t.Errorf("%s: NextSpan(%q, %d, %v) = %q, want %q", tc.name, tc.from, tc.dir, tc.pending, got, tc.want)
		}
	}
	f.apply(annotate.AcceptAll(f.ann(), analyst))
	if got := annotate.NextSpan(f.ann(), "s1", 1, true); got != "" {
		t.Errorf("] with no suggestions left = %q, want none", got)
	}
}

func TestStatementView(t *testing.T) {
	f := newFixture(t, portStrike(t), nil)
	ids := attribution(f)
	backlog := ids["backlog"]
	f.apply(annotate.LinkNearest(f.doc, f.ann(), backlog, annotate.LabelSpeaker, true))
	f.apply(annotate.LinkNearest(f.doc, f.ann(), backlog, annotate.LabelCue, true))
	f.apply(annotate.Link(f.doc, f.ann(), annotate.RelNestedIn, backlog, ids["strike"]))
	claim := f.tag(annotate.LabelClaim, "", "the terminals would clear the backlog within a week")
	f.apply(annotate.Link(f.doc, f.ann(), annotate.RelPartOf, claim, backlog))
	target := f.apply(annotate.NewTarget(f.doc.ID, "ending the strike", true), nil).Ops[0].Target.ID
	f.apply(annotate.SetStance(f.ann(), backlog, target, annotate.StanceFavor, true, nil))
	info := annotate.StatementView(f.doc, f.ann(), backlog)
	switch {
	case info.Statement.ID != backlog || !strings.HasPrefix(info.Text, "Erik Janssen on Friday"):
		t.Errorf("statement %s %q", info.Statement.ID, info.Text)
	case info.Speaker == nil || info.Speaker.ID != ids["spokesman"] || info.SpeakerName != "employers' spokesman":
		t.Errorf("speaker %v named %q", info.Speaker, info.SpeakerName)
	case info.Cue == nil || info.Cue.ID != ids["spokesmanSaid"]:
		t.Errorf("cue %v", info.Cue)
	case info.NestedIn == nil || info.NestedIn.ID != ids["strike"]:
		t.Errorf("nested in %v", info.NestedIn)
	case len(info.Claims) != 1 || info.Claims[0].ID != claim:
		t.Errorf("claims %v", info.Claims)
	case len(info.Stances) != 1 || info.Stances[0].TargetText != "ending the strike" || !info.Stances[0].Implicit:
		t.Errorf("stances %+v", info.Stances)
	}
	if outer := annotate.StatementView(f.doc, f.ann(), ids["strike"]); len(outer.Nested) != 1 || outer.Nested[0].ID != backlog {
		t.Errorf("statements nested in %s: %v, want [%s]", ids["strike"], outer.Nested, backlog)
	}
	if got := annotate.StatementView(f.doc, f.ann(), ids["spokesman"]); got.Statement.ID != "" {
		t.Errorf("view of a speaker = %+v, want the zero view", got)
	}
}

// TestUndoRedoEveryEditKind applies each kind of action once, then checks
// that one undo restores the document exactly and one redo brings the edit
// back.
func TestUndoRedoEveryEditKind(t *testing.T) {
	type act func(f *fixture, ids map[string]string) (annotate.Edit, error)
	tests := []struct {
		name      string
		suggested bool
		act       act
	}{
		{"tag", false, func(f *fixture, _ map[string]string) (annotate.Edit, error) {
			s, e := f.at("", "Shipping lines welcomed the deal")
			return annotate.TagSpan(f.doc, f.ann(), nil, annotate.LabelClaim, s, e, analyst)
		}},
		{"link nearest", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			return annotate.LinkNearest(f.doc, f.ann(), ids["agreement"], annotate.LabelSpeaker, false)
		}},
		{"link replacing a link", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			f.apply(annotate.LinkNearest(f.doc, f.ann(), ids["deal"], annotate.LabelCue, false))
			return annotate.LinkNearest(f.doc, f.ann(), ids["deal"], annotate.LabelCue, true)
		}},
		{"unlink", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			f.apply(annotate.Link(f.doc, f.ann(), annotate.RelNestedIn, ids["backlog"], ids["strike"]))
			return annotate.Unlink(f.ann(), annotate.RelNestedIn, ids["backlog"], ids["strike"])
		}},
		{"coref", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			return annotate.LinkCoref(f.doc, f.ann(), ids["she"])
		}},
		{"attribute", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			return annotate.SetAttr(f.ann(), ids["agreement"], "quote_type", "mixed")
		}},
		{"canonical name", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			f.apply(annotate.LinkCoref(f.doc, f.ann(), ids["she"]))
			return annotate.SetCanonical(f.ann(), ids["vries2"], "M. de Vries")
		}},
		{"note", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			return annotate.SetNote(f.ann(), ids["rates"], "check the date")
		}},
		{"new target", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			return annotate.NewTarget(f.doc.ID, "the pay deal", false), nil
		}},
		{"stance", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			tid := f.apply(annotate.NewTarget(f.doc.ID, "the pay deal", false), nil).Ops[0].Target.ID
			f.apply(annotate.SetStance(f.ann(), ids["deal"], tid, annotate.StanceFavor, false, nil))
			return annotate.SetStance(f.ann(), ids["deal"], tid, annotate.StanceNone, true, nil)
		}},
		{"clear stance", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			tid := f.apply(annotate.NewTarget(f.doc.ID, "the pay deal", false), nil).Ops[0].Target.ID
			f.apply(annotate.SetStance(f.ann(), ids["deal"], tid, annotate.StanceFavor, false, nil))
			return annotate.ClearStance(f.ann(), ids["deal"], tid)
		}},
		{"move edge", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			return annotate.MoveSpanEdge(f.doc, f.ann(), ids["agreement"], true, 1)
		}},
		{"delete", false, func(f *fixture, ids map[string]string) (annotate.Edit, error) {
			f.apply(annotate.LinkNearest(f.doc, f.ann(), ids["agreement"], annotate.LabelSpeaker, false))
			return annotate.DeleteSpan(f.ann(), ids["vries"])
		}},
		{"document label", false, func(f *fixture, _ map[string]string) (annotate.Edit, error) {
			return annotate.SetDocLabel(f.doc.ID, "topics", []string{"labour", "ports"})
		}},
		{"status", false, func(f *fixture, _ map[string]string) (annotate.Edit, error) {
			return annotate.SetStatus(f.doc.ID, annotate.StatusDone), nil
		}},
		{"accept suggestion", true, func(f *fixture, _ map[string]string) (annotate.Edit, error) {
			return annotate.AcceptSuggestion(f.ann(), "s3", analyst)
		}},
		{"reject suggestion", true, func(f *fixture, _ map[string]string) (annotate.Edit, error) {
			return annotate.RejectSuggestion(f.ann(), "s2", analyst)
		}},
		{"accept all", true, func(f *fixture, _ map[string]string) (annotate.Edit, error) {
			return annotate.AcceptAll(f.ann(), analyst)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var f *fixture
			var ids map[string]string
			if tc.suggested {
				f = suggested(t)
			} else {
				f = newFixture(t, portStrike(t), nil)
				ids = attribution(f)
			}
			e, err := tc.act(f, ids)
			before := f.snapshot()
			f.apply(e, err)
			after := f.snapshot()
			if reflect.DeepEqual(before, after) {
				t.Fatalf("the edit changed nothing")
			}
			if _, err := f.st.Undo(f.ctx, analyst); err != nil {
				t.Fatal(err)
			}
			if got := f.snapshot(); !reflect.DeepEqual(got, before) {
				t.Errorf("after undo:\n got %+v %s\nwant %+v %s", got.Ann, got.Status, before.Ann, before.Status)
			}
			if _, err := f.st.Redo(f.ctx, analyst); err != nil {
				t.Fatal(err)
			}
			if got := f.snapshot(); !reflect.DeepEqual(got, after) {
				t.Errorf("after redo:\n got %+v %s\nwant %+v %s", got.Ann, got.Status, after.Ann, after.Status)
			}
		})
	}
}

func TestUndoAfterReopening(t *testing.T) {
	f := newFixture(t, portStrike(t), nil)
	ids := attribution(f)
	f.apply(annotate.LinkNearest(f.doc, f.ann(), ids["deal"], annotate.LabelSpeaker, false))
	before := f.snapshot()
	f.apply(annotate.LinkNearest(f.doc, f.ann(), ids["deal"], annotate.LabelSpeaker, true))
	after := f.snapshot()
	f.reopen()
	if _, err := f.st.Undo(f.ctx, analyst); err != nil {
		t.Fatal(err)
	}
	if got := f.snapshot(); !reflect.DeepEqual(got, before) {
		t.Errorf("undo after reopening: said_by = %v, want %v", f.children(annotate.RelSaidBy, ids["deal"]), []string{ids["vries"]})
	}
	f.reopen()
	if _, err := f.st.Redo(f.ctx, analyst); err != nil {
		t.Fatal(err)
	}
	if got := f.snapshot(); !reflect.DeepEqual(got, after) {
		t.Errorf("redo after reopening: said_by = %v, want %v", f.children(annotate.RelSaidBy, ids["deal"]), []string{ids["vries2"]})
	}
}

func sharedDir(t testing.TB) string { return sharedtest.Dir(t) }

// goldDoc is the part of a newsmark/1 document record the test needs.
type goldDoc struct {
	ID        string              `json:"id"`
	Text      string              `json:"text"`
	Meta      annotate.Meta       `json:"meta"`
	Zones     []annotate.Zone     `json:"zones"`
	Spans     []goldSpan          `json:"spans"`
	Relations []annotate.Relation `json:"relations"`
	Targets   []annotate.Target   `json:"targets"`
	Stance    []annotate.Stance   `json:"stance"`
	DocLabels map[string]any      `json:"doc_labels"`
}

// goldSpan is a span of the gold with its attributes.
type goldSpan struct {
	ID    string         `json:"id"`
	Start int            `json:"start"`
	End   int            `json:"end"`
	Label string         `json:"label"`
	Attrs map[string]any `json:"attrs"`
}

// goldAttrs are the attributes an analyst sets; the gold's statement_id,
// zone and speaker_canonical are derived at export.
var goldAttrs = map[string][]string{
	annotate.LabelStatement: {"quote_type"},
	annotate.LabelSpeaker:   {"canonical"},
	annotate.LabelClaim:     {"claim_type", "verifiable", "checkworthy"},
}

// TestTagSeedLikeGold re-creates the seed article's hand-made gold with the
// actions the keys call, as an analyst would, counts the key presses, and
// checks that the project then holds exactly the gold.
func TestTagSeedLikeGold(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(sharedDir(t), "fixtures", "seed_000_gold.doc.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	line, _, _ := strings.Cut(string(raw), "\n")
	var gold goldDoc
	if err := json.Unmarshal([]byte(line), &gold); err != nil {
		t.Fatalf("gold: %v", err)
	}

	f := &fixture{t: t, ctx: context.Background(), path: filepath.Join(t.TempDir(), "p.newsmark")}
	f.open()
	f.doc = &annotate.Document{ID: gold.ID, Text: gold.Text, Meta: annotate.Meta{Title: gold.Meta.Title, SourceFile: gold.Meta.SourceFile}, Zones: gold.Zones}
	if _, err := f.st.AddDocuments(f.ctx, analyst, []*annotate.Document{f.doc}, nil); err != nil {
		t.Fatal(err)
	}
	sch := annotate.DefaultSchema()

	actions := map[string]int{}          // key presses by kind
	perStatement := map[string]int{}     // gold statement id → its presses
	core := map[string]int{}             // tag, quote-type fix, S, C and the first stance
	firstStance := map[string]bool{}     // statements whose first stance is counted in core
	newID := map[string]string{}         // gold span id → id in the project
	goldOf := map[string]string{}        // project id → gold span id
	spanOf := map[string]annotate.Span{} // gold span id → span
	press := func(kind, statement string, isCore bool) {
		actions[kind]++
		if statement != "" {
			perStatement[statement]++
			if isCore {
				core[statement]++
			}
		}
	}

	// Tag every span in the gold's order, fixing what the presets got wrong
	// in the panel (pronouns wait for R).
	for _, g := range gold.Spans {
		spanOf[g.ID] = annotate.Span{ID: g.ID, Start: g.Start, End: g.End, Label: g.Label}
		done := f.apply(annotate.TagSpan(f.doc, f.ann(), sch, g.Label, g.Start, g.End, analyst))
		id := done.Ops[0].Span.ID
		newID[g.ID], goldOf[id] = id, g.ID
		stmt := ""
		if g.Label == annotate.LabelStatement {
			stmt = g.ID
		}
		press("tag", stmt, true)
		if g.Label == annotate.LabelSpeaker && annotate.IsPronoun(annotate.Slice(gold.Text, g.Start, g.End)) {
			continue
		}
		for _, key := range goldAttrs[g.Label] {
			want, ok := g.Attrs[key]
			if !ok {
				continue
			}
			if got, has := f.span(id).Attrs[key]; has && fmt.Sprint(got) == fmt.Sprint(want) {
				continue
			}
			if key == "canonical" {
				f.apply(annotate.SetCanonical(f.ann(), id, want.(string)))
			} else {
				f.apply(annotate.SetAttr(f.ann(), id, key, want))
			}
			press("attribute "+key, stmt, true)
		}
	}

	// Link: S/Shift+S and C/Shift+C when the nearest span is the gold
	// partner, R for coref, otherwise the picker or the panel.
	nearestHits, nearestTries := map[string]int{}, map[string]int{}
	for _, r := range gold.Relations {
		head, child := newID[r.Head], newID[r.Child]
		stmt := ""
		if spanOf[r.Head].Label == annotate.LabelStatement {
			stmt = r.Head
		}
		var e annotate.Edit
		found := false
		switch r.Label {
		case annotate.RelSaidBy, annotate.RelCue:
			nearestTries[r.Label]++
			label := annotate.LabelSpeaker
			if r.Label == annotate.RelCue {
				label = annotate.LabelCue
			}
			for _, after := range []bool{false, true} {
				cand, err := annotate.LinkNearest(f.doc, f.ann(), head, label, after)
				if err == nil && addsLink(cand, r.Label, head, child) {
					e, found = cand, true
					nearestHits[r.Label]++
					break
				}
			}
		case annotate.RelCoref:
			nearestTries[r.Label]++
			cand, err := annotate.LinkCoref(f.doc, f.ann(), head)
			if err == nil && addsLink(cand, r.Label, head, child) {
				e, found = cand, true
				nearestHits[r.Label]++
			}
		}
		kind := "link " + r.Label
		if found {
			kind = "nearest " + r.Label
		} else {
			if e, err = annotate.Link(f.doc, f.ann(), r.Label, head, child); err != nil {
				t.Fatalf("link %s %s → %s: %v", r.Label, r.Head, r.Child, err)
			}
		}
		f.apply(e, nil)
		press(kind, stmt, r.Label == annotate.RelSaidBy || r.Label == annotate.RelCue)
	}

	// Stance: make the targets, then T when the target changes, F/A/N, and the
	// same key again for the implicit toggle and for evidence.
	targetID := map[string]string{}
	goldTarget := map[string]string{}
	for _, g := range gold.Targets {
		done := f.apply(annotate.NewTarget(f.doc.ID, g.Text, false), nil)
		targetID[g.ID], goldTarget[g.ID] = done.Ops[0].Target.ID, g.Text
		press("new target", "", false)
	}
	current := ""
	for _, g := range gold.Stance {
		stmt, tid := newID[g.Statement], targetID[g.Target]
		if tid != current {
			current = tid
			press("choose target (T)", "", false)
		}
		isCore := !firstStance[g.Statement]
		firstStance[g.Statement] = true
		f.apply(annotate.SetStance(f.ann(), stmt, tid, g.Label, false, nil))
		press("stance "+g.Label, g.Statement, isCore)
		if g.Implicit {
			f.apply(annotate.SetStance(f.ann(), stmt, tid, g.Label, true, nil))
			press("stance implicit", g.Statement, false)
		}
		if g.Evidence != nil {
			ev := &annotate.Evidence{Start: g.Evidence.Start, End: g.Evidence.End}
			f.apply(annotate.SetStance(f.ann(), stmt, tid, g.Label, g.Implicit, ev))
			press("stance evidence", g.Statement, false)
		}
	}
	keys := make([]string, 0, len(gold.DocLabels))
	for k := range gold.DocLabels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f.apply(annotate.SetDocLabel(f.doc.ID, k, gold.DocLabels[k]))
		press("document label", "", false)
	}

	// The project now holds the gold.
	got := f.ann()
	spanKey := func(s annotate.Span) string { return fmt.Sprintf("%d-%d %s", s.Start, s.End, s.Label) }
	var wantSpans, gotSpans []string
	for _, g := range gold.Spans {
		wantSpans = append(wantSpans, spanKey(spanOf[g.ID]))
	}
	byID := map[string]annotate.Span{}
	for _, s := range got.Spans {
		gotSpans = append(gotSpans, spanKey(s))
		byID[s.ID] = s
		if s.Status != annotate.SpanAccepted || s.Source != annotate.SourceManual || s.Annotator != analyst {
			t.Errorf("span %s: status %s source %s annotator %s", s.ID, s.Status, s.Source, s.Annotator)
		}
		g := gold.Spans[slices.IndexFunc(gold.Spans, func(x goldSpan) bool { return x.ID == goldOf[s.ID] })]
		for _, key := range goldAttrs[s.Label] {
			if fmt.Sprint(s.Attrs[key]) != fmt.Sprint(g.Attrs[key]) {
				t.Errorf("%s %q: %s = %v, gold %v", s.Label, f.text(s), key, s.Attrs[key], g.Attrs[key])
			}
		}
	}
	sameSet(t, "spans", gotSpans, wantSpans)

	relKey := func(label string, h, c annotate.Span) string {
		return label + " " + spanKey(h) + " → " + spanKey(c)
	}
	var wantRels, gotRels []string
	for _, r := range gold.Relations {
		wantRels = append(wantRels, relKey(r.Label, spanOf[r.Head], spanOf[r.Child]))
	}
	for _, r := range got.Relations {
		gotRels = append(gotRels, relKey(r.Label, byID[r.Head], byID[r.Child]))
	}
	sameSet(t, "relations", gotRels, wantRels)

	targetText := map[string]string{}
	for _, tg := range got.Targets {
		targetText[tg.ID] = tg.Text
	}
	stanceKey := func(st annotate.Span, target, label string, implicit bool, ev *annotate.Evidence) string {
		k := fmt.Sprintf("%s toward %q: %s implicit=%v", spanKey(st), target, label, implicit)
		if ev != nil {
			k += fmt.Sprintf(" evidence %d-%d", ev.Start, ev.End)
		}
		return k
	}
	var wantStances, gotStances []string
	for _, g := range gold.Stance {
		wantStances = append(wantStances, stanceKey(spanOf[g.Statement], goldTarget[g.Target], g.Label, g.Implicit, g.Evidence))
	}
	for _, s := range got.Stances {
		gotStances = append(gotStances, stanceKey(byID[s.Statement], targetText[s.Target], s.Label, s.Implicit, s.Evidence))
	}
	sameSet(t, "stances", gotStances, wantStances)
	if !sameJSON(got.DocLabels, gold.DocLabels) {
		t.Errorf("document labels %v, gold %v", got.DocLabels, gold.DocLabels)
	}

	// What it took.
	total := 0
	kinds := make([]string, 0, len(actions))
	for k, n := range actions {
		total += n
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var b strings.Builder
	for _, k := range kinds {
		fmt.Fprintf(&b, " %s=%d", k, actions[k])
	}
	t.Logf("key actions to re-create the gold: %d in all (%d spans, %d relations, %d stances):%s",
		total, len(gold.Spans), len(gold.Relations), len(gold.Stance), b.String())
	var statements []string
	for _, g := range gold.Spans {
		if g.Label == annotate.LabelStatement {
			statements = append(statements, g.ID)
		}
	}
	met := 0
	b.Reset()
	for _, s := range statements {
		if core[s] <= 4 {
			met++
		}
		fmt.Fprintf(&b, " %s=%d/%d", s, core[s], perStatement[s])
	}
	t.Logf("per statement, core (tag, quote-type fix, S, C, first stance) / all:%s", b.String())
	t.Logf("statements recorded with speaker, cue and a stance in ≤ 4 actions: %d of %d", met, len(statements))
	for _, rel := range []string{annotate.RelSaidBy, annotate.RelCue, annotate.RelCoref} {
		t.Logf("nearest-span key found the gold %s partner %d of %d times", rel, nearestHits[rel], nearestTries[rel])
	}
	// The keys must carry the seed: every speaker and cue of the gold is the
	// nearest one before or after its statement, and the pronoun's
	// antecedent is the nearest speaker before it.
	for _, rel := range []string{annotate.RelSaidBy, annotate.RelCue, annotate.RelCoref} {
		if nearestHits[rel] != nearestTries[rel] {
			t.Errorf("nearest-span keys found %d of %d gold %s partners", nearestHits[rel], nearestTries[rel], rel)
		}
	}
	if met < len(statements)-1 {
		t.Errorf("only %d of %d statements took ≤ 4 core actions", met, len(statements))
	}
}

// addsLink reports whether e adds the relation head → child.
func addsLink(e annotate.Edit, label, head, child string) bool {
	for _, op := range e.Ops {
		if op.Kind == annotate.OpAddRelation && op.Relation.Label == label && op.Relation.Head == head && op.Relation.Child == child {
			return true
		}
	}
	return false
}

func sameSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	g, w := slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))
	if slices.Equal(g, w) {
		return
	}
	for _, x := range w {
		if !slices.Contains(g, x) {
			t.Errorf("%s: missing %s", what, x)
		}
	}
	for _, x := range g {
		if !slices.Contains(w, x) {
			t.Errorf("%s: unexpected %s", what, x)
		}
	}
	if len(g) != len(w) {
		t.Errorf("%s: %d, gold %d", what, len(g), len(w))
	}
}

func sameJSON(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

// BenchmarkActions measures what each key costs on a long article (the
// port-strike story forty times over, with a statement, speaker and cue
// tagged in every paragraph), against reading the document's annotations
// from the store, which the GUI does before every action anyway. The ratio
// x_read shows whether an action adds noticeably to a key press.
func BenchmarkActions(b *testing.B) {
	para := portStrike(b)
	var sb strings.Builder
	for i := range 40 {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(para)
	}
	text := sb.String()
	doc := &annotate.Document{ID: "long", Text: text}
	imported := &annotate.Annotations{}
	n := 0
	for _, p := range annotate.Paragraphs(text) {
		words := strings.Fields(annotate.Slice(text, p.Start, p.End))
		if len(words) < 6 {
			continue
		}
		n++
		spk := annotate.Span{ID: fmt.Sprintf("spk%d", n), Label: annotate.LabelSpeaker, Start: p.Start,
			End: p.Start + annotate.RuneLen(words[0]), Attrs: map[string]any{"canonical": words[0]}}
		cueStart := spk.End + 1
		cue := annotate.Span{ID: fmt.Sprintf("cue%d", n), Label: annotate.LabelCue, Start: cueStart, End: cueStart + annotate.RuneLen(words[1])}
		st := annotate.Span{ID: fmt.Sprintf("s%d", n), Label: annotate.LabelStatement, Start: cue.End + 1, End: p.End,
			Status: annotate.SpanPending, Source: annotate.SourceRules}
		imported.Spans = append(imported.Spans, spk, cue, st)
		imported.Relations = append(imported.Relations, annotate.Relation{Label: annotate.RelSaidBy, Head: st.ID, Child: spk.ID,
			Status: annotate.SpanPending, Source: annotate.SourceRules})
	}
	st, err := store.Open(filepath.Join(b.TempDir(), "p.newsmark"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	if _, err := st.AddDocuments(ctx, analyst, []*annotate.Document{doc}, []*annotate.Annotations{imported}); err != nil {
		b.Fatal(err)
	}
	ann, err := st.Annotations(ctx, doc.ID, analyst)
	if err != nil {
		b.Fatal(err)
	}
	// The baseline: one read of the annotations, timed here so the ratio
	// compares numbers from the same machine and run.
	const reads = 50
	t0 := time.Now()
	for range reads {
		if _, err := st.Annotations(ctx, doc.ID, analyst); err != nil {
			b.Fatal(err)
		}
	}
	readNs := float64(time.Since(t0).Nanoseconds()) / reads
	mid := fmt.Sprintf("s%d", n/2)
	midSpan := ann.Spans[slices.IndexFunc(ann.Spans, func(s annotate.Span) bool { return s.ID == mid })]
	actions := []struct {
		name string
		act  func() (annotate.Edit, error)
	}{
		{"tag statement", func() (annotate.Edit, error) {
			return annotate.TagSpan(doc, ann, nil, annotate.LabelStatement, midSpan.Start, midSpan.End-1, analyst)
		}},
		{"tag speaker", func() (annotate.Edit, error) {
			return annotate.TagSpan(doc, ann, nil, annotate.LabelSpeaker, midSpan.Start, midSpan.Start+5, analyst)
		}},
		{"Shift+S, widening to the next paragraph", func() (annotate.Edit, error) {
			return annotate.LinkNearest(doc, ann, mid, annotate.LabelSpeaker, true)
		}},
		{"move edge", func() (annotate.Edit, error) { return annotate.MoveSpanEdge(doc, ann, mid, true, -1) }},
		{"accept suggestion", func() (annotate.Edit, error) { return annotate.AcceptSuggestion(ann, mid, analyst) }},
		{"accept all", func() (annotate.Edit, error) { return annotate.AcceptAll(ann, analyst) }},
		{"statement view", func() (annotate.Edit, error) {
			annotate.StatementView(doc, ann, mid)
			return annotate.Edit{}, nil
		}},
	}
	b.Logf("%d code points, %d spans; reading the annotations takes %.0f µs", annotate.RuneLen(text), len(ann.Spans), readNs/1e3)
	for _, a := range actions {
		b.Run(a.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.act(); err != nil {
					b.Fatal(err)
				}
			}
			perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(perOp/readNs, "x_read")
		})
	}
}

// TestNextSuggestionWalksStatements: ] goes from suggested statement to
// suggested statement (their speakers and cues come with them), and once
// none is left to the speakers and cues still suggested.
func TestNextSuggestionWalksStatements(t *testing.T) {
	f := suggested(t)
	a := f.ann()
	tests := []struct {
		name, from string
		dir        int
		want       string
	}{
		{"] from nothing: the first statement, not its speaker", "", 1, "s1"},
		{"] skips speakers and cues", "s2", 1, "s3"},
		{"] from a speaker: the next statement", "spk2", 1, "s3"},
		{"[ goes back a statement", "s3", -1, "s2"},
		{"] wraps", "s4", 1, "s1"},
		{"[ from nothing: the last statement", "", -1, "s4"},
	}
	for _, tc := range tests {
		if got := annotate.NextSuggestion(a, tc.from, tc.dir); got != tc.want {
			t.Errorf("%s: NextSuggestion(%q, %d) = %q, want %q", tc.name, tc.from, tc.dir, got, tc.want)
		}
	}
	for _, id := range []string{"s1", "s2", "s3"} {
		f.apply(annotate.AcceptSuggestion(f.ann(), id, analyst))
	}
	f.apply(annotate.RejectSuggestion(f.ann(), "s4", analyst))
	if got := annotate.NextSuggestion(f.ann(), "s3", 1); got != "spk4" {
		t.Errorf("with no statement pending ] goes to %q, want the speaker left pending, spk4", got)
	}
	f.apply(annotate.RejectAll(f.ann(), analyst))
	if got := annotate.NextSuggestion(f.ann(), "s3", 1); got != "" {
		t.Errorf("with nothing pending ] goes to %q", got)
	}
}

// TestAcceptConfidentAndCounts: Ctrl+Shift+Enter's dialog counts the
// suggestions per label, and can accept only those above a confidence.
func TestAcceptConfidentAndCounts(t *testing.T) {
	f := suggested(t)
	// Give the suggestions confidences: statements high, the rest low.
	var ops []annotate.Op
	for _, sp := range f.ann().Spans {
		up := sp
		up.Confidence = 0.4
		if sp.Label == annotate.LabelStatement {
			up.Confidence = 0.9
		}
		ops = append(ops, annotate.Op{Kind: annotate.OpUpdateSpan, Span: &up})
	}
	f.apply(annotate.Edit{Summary: "confidences", Ops: ops}, nil)
	counts := annotate.PendingByLabel(f.ann())
	want := map[string]int{annotate.LabelStatement: 4, annotate.LabelSpeaker: 4, annotate.LabelCue: 3, annotate.LabelAddressee: 1}
	if !reflect.DeepEqual(counts, want) {
		t.Errorf("PendingByLabel = %v, want %v", counts, want)
	}
	f.apply(annotate.AcceptConfident(f.ann(), analyst, 0.8))
	got := statuses(f.ann())
	for id, st := range map[string]string{"s1": annotate.SpanAccepted, "s4": annotate.SpanAccepted,
		"spk1": annotate.SpanPending, "cue1": annotate.SpanPending, "said_by s1 spk1": annotate.SpanPending} {
		if got[id] != st {
			t.Errorf("after accepting confidence ≥ 0.8, %s is %q, want %q", id, got[id], st)
		}
	}
	if _, err := annotate.AcceptConfident(f.ann(), analyst, 0.95); err == nil {
		t.Error("accepting above a confidence no suggestion reaches did not say so")
	}
}

// TestStanceAndLinksOnASuggestionAcceptIt: a stance on a pending statement
// is refused by SetStance (an export would leave it out) and, through
// AcceptAnd, accepts the statement with its speaker and cue in the same
// step; S from a statement to a pending speaker accepts the speaker; R on
// a pending pronoun accepts it and its antecedent; undo takes each back.
func TestStanceAndLinksOnASuggestionAcceptIt(t *testing.T) {
	const acc, pen = annotate.SpanAccepted, annotate.SpanPending
	f := suggested(t)
	target := f.apply(annotate.NewTarget("", "the port deal", true), nil).Ops[0].Target.ID
	if _, err := annotate.SetStance(f.ann(), "s1", target, annotate.StanceFavor, false, nil); !errors.Is(err, annotate.ErrPending) {
		t.Fatalf("a stance on a pending statement: %v, want ErrPending", err)
	}
	tests := []struct {
		name string
		ids  []string
		act  func(a *annotate.Annotations) (annotate.Edit, error)
		want map[string]string
	}{
		{"F on a suggested statement accepts it with its speaker and cue", []string{"s1"},
			func(a *annotate.Annotations) (annotate.Edit, error) {
				return annotate.SetStance(a, "s1", target, annotate.StanceFavor, false, nil)
			},
			map[string]string{"s1": acc, "spk1": acc, "cue1": acc, "said_by s1 spk1": acc, "s2": pen}},
		{"S on a suggested statement whose speaker is already suggested accepts both", []string{"s4"},
			func(a *annotate.Annotations) (annotate.Edit, error) {
				return annotate.LinkNearest(f.doc, a, "s4", annotate.LabelSpeaker, true)
			},
			map[string]string{"s4": acc, "spk4": acc, "said_by s4 spk4": acc}},
		{"R on a suggested pronoun accepts it and its antecedent", []string{"spk3"},
			func(a *annotate.Annotations) (annotate.Edit, error) { return annotate.LinkCoref(f.doc, a, "spk3") },
			map[string]string{"spk3": acc, "spk2": acc, "coref spk3 spk2": acc, "s3": pen}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := f.snapshot()
			f.apply(annotate.AcceptAnd(f.ann(), tc.ids, analyst, tc.act))
			got := statuses(f.ann())
			for k, want := range tc.want {
				if got[k] != want {
					t.Errorf("%s is %q, want %q", k, got[k], want)
				}
			}
			if tc.ids[0] == "s1" && (len(f.ann().Stances) != 1 || f.ann().Stances[0].Label != annotate.StanceFavor) {
				t.Errorf("stances %+v, want FAVOR on s1", f.ann().Stances)
			}
			if _, err := f.st.Undo(f.ctx, analyst); err != nil {
				t.Fatal(err)
			}
			if after := f.snapshot(); !reflect.DeepEqual(after, before) {
				t.Errorf("one undo did not take the acceptance and the action back")
			}
		})
	}
	// A statement typed by hand, then S: the speaker a rejected suggestion
	// left pending is found and accepted with the link.
	f.apply(annotate.RejectSuggestion(f.ann(), "s1", analyst))
	typed := f.tag(annotate.LabelStatement, "", "the agreement gave workers a 6% raise")
	e := f.apply(annotate.AcceptAnd(f.ann(), []string{typed}, analyst, func(a *annotate.Annotations) (annotate.Edit, error) {
		return annotate.LinkNearest(f.doc, a, typed, annotate.LabelSpeaker, false)
	}))
	got := statuses(f.ann())
	if got["spk1"] != acc || got["said_by "+typed+" spk1"] != acc {
		t.Errorf("S from the typed statement: spk1 %q, link %q, want both accepted (edit %q)", got["spk1"], got["said_by "+typed+" spk1"], e.Summary)
	}
}

// TestSummariesNameNoIds: what undo and redo say in the status line is in
// words; span and target ids mean nothing to an analyst.
func TestSummariesNameNoIds(t *testing.T) {
	f := suggested(t)
	target := f.apply(annotate.NewTarget("", "the port deal", true), nil).Ops[0].Target.ID
	ids := regexp.MustCompile(`\b(s|spk|cue|adr|T)\d+\b`)
	acts := []func(a *annotate.Annotations) (annotate.Edit, error){
		func(a *annotate.Annotations) (annotate.Edit, error) {
			return annotate.AcceptSuggestion(a, "s1", analyst)
		},
		func(a *annotate.Annotations) (annotate.Edit, error) {
			return annotate.SetStance(a, "s1", target, annotate.StanceAgainst, false, nil)
		},
		func(a *annotate.Annotations) (annotate.Edit, error) {
			return annotate.RejectSuggestion(a, "s2", analyst)
		},
		func(a *annotate.Annotations) (annotate.Edit, error) {
			return annotate.LinkNearest(f.doc, a, "s1", annotate.LabelCue, false)
		},
		func(a *annotate.Annotations) (annotate.Edit, error) { return annotate.SetNote(a, "s1", "check") },
		func(a *annotate.Annotations) (annotate.Edit, error) {
			return annotate.MoveSpanEdge(f.doc, a, "s1", true, -1)
		},
		func(a *annotate.Annotations) (annotate.Edit, error) { return annotate.ClearStance(a, "s1", target) },
		func(a *annotate.Annotations) (annotate.Edit, error) { return annotate.DeleteSpan(a, "s1") },
	}
	for _, act := range acts {
		e, err := act(f.ann())
		if err != nil && !errors.Is(err, annotate.ErrNoChange) {
			t.Fatal(err)
		}
		if ids.MatchString(e.Summary) {
			t.Errorf("summary %q names an id", e.Summary)
		}
		if err == nil {
			f.apply(e, nil)
		}
	}
}
