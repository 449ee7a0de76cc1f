package agree

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"newsmark/annotate"
)

// sp is an accepted span.
func sp(id, label string, start, end int) annotate.Span {
	return annotate.Span{ID: id, Label: label, Start: start, End: end, Status: annotate.SpanAccepted}
}

func spans(s ...annotate.Span) *annotate.Annotations { return &annotate.Annotations{Spans: s} }

// groups renders an alignment's units as "analyst:id+analyst:id" strings.
func groups(d *DocAlignment) []string {
	var out []string
	for _, u := range d.Units {
		var parts []string
		for _, a := range u.Tagged() {
			parts = append(parts, a+":"+u.Versions[a].Span.ID)
		}
		out = append(out, strings.Join(parts, "+"))
	}
	return out
}

// text40 is a plain text long enough for the spans below.
var text40 = strings.Repeat("abcdefghij", 12)

func TestAlignMatching(t *testing.T) {
	const S, C = annotate.LabelStatement, annotate.LabelClaim
	tests := []struct {
		name   string
		layers map[string]*annotate.Annotations
		want   []string
	}{
		{"identical offsets match before any overlap",
			map[string]*annotate.Annotations{
				"a": spans(sp("a1", C, 0, 10), sp("a2", C, 5, 15)),
				"b": spans(sp("b1", C, 5, 15)),
			},
			[]string{"a:a1", "a:a2+b:b1"}},
		{"the larger overlap wins",
			map[string]*annotate.Annotations{
				"a": spans(sp("a1", C, 0, 10)),
				"b": spans(sp("b1", C, 0, 3), sp("b2", C, 1, 10)),
			},
			[]string{"a:a1+b:b2", "b:b1"}},
		{"a tie goes to the earlier span",
			map[string]*annotate.Annotations{
				"a": spans(sp("a1", C, 0, 100)),
				"b": spans(sp("b1", C, 0, 50), sp("b2", C, 50, 100)),
			},
			[]string{"a:a1+b:b1", "b:b2"}},
		{"a unit holds only spans that all overlap",
			map[string]*annotate.Annotations{
				"a": spans(sp("a1", C, 0, 10)),
				"b": spans(sp("b1", C, 8, 20)),
				"c": spans(sp("c1", C, 18, 30)),
			},
			[]string{"a:a1+b:b1", "c:c1"}},
		{"labels never mix",
			map[string]*annotate.Annotations{
				"a": spans(sp("a1", S, 0, 10)),
				"b": spans(sp("b1", C, 0, 10)),
			},
			[]string{"b:b1", "a:a1"}}, // same place: CLAIM sorts before STATEMENT
		{"touching spans do not overlap",
			map[string]*annotate.Annotations{
				"a": spans(sp("a1", C, 0, 10)),
				"b": spans(sp("b1", C, 10, 20)),
			},
			[]string{"a:a1", "b:b1"}},
		{"nested statements of each analyst pair up exactly",
			map[string]*annotate.Annotations{
				"a": spans(sp("outer", S, 10, 60), sp("inner", S, 30, 60)),
				"b": spans(sp("in", S, 30, 60), sp("out", S, 11, 60)),
			},
			[]string{"a:outer+b:out", "a:inner+b:in"}},
		{"pending and rejected spans do not count",
			map[string]*annotate.Annotations{
				"a": spans(sp("a1", C, 0, 10), annotate.Span{ID: "a2", Label: C, Start: 20, End: 30, Status: annotate.SpanPending}),
				"b": spans(annotate.Span{ID: "b1", Label: C, Start: 0, End: 10, Status: annotate.SpanRejected}),
			},
			[]string{"a:a1"}},
		{"empty spans match only at the same place",
			map[string]*annotate.Annotations{
				"a": spans(sp("a1", C, 5, 5), sp("a2", C, 7, 7)),
				"b": spans(sp("b1", C, 5, 5), sp("b2", C, 0, 10)),
			},
			[]string{"b:b2", "a:a1+b:b1", "a:a2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groups(Align(text40, tt.layers)); !slices.Equal(got, tt.want) {
				t.Errorf("units %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAlignDeterministic aligns the same layers many times (map order
// varies from run to run) and gets the same units.
func TestAlignDeterministic(t *testing.T) {
	const C = annotate.LabelClaim
	layers := map[string]*annotate.Annotations{}
	for a := range 5 {
		var ss []annotate.Span
		for k := range 6 {
			ss = append(ss, sp(fmt.Sprintf("%d-%d", a, k), C, k*15+a%3, k*15+10+a%2))
		}
		layers[fmt.Sprintf("analyst%d", a)] = spans(ss...)
	}
	first := groups(Align(text40, layers))
	for range 20 {
		if got := groups(Align(text40, layers)); !slices.Equal(got, first) {
			t.Fatalf("alignment changed between runs: %v, then %v", first, got)
		}
	}
}

// statementLayer tags "Anna Berg said the bridge will reopen. She added it
// was safe." with a statement, its speaker (by name or by the pronoun
// linked through coref) and a cue, and a stance toward a target.
const bridgeText = "Anna Berg said the bridge will reopen. She added it was safe. Olof Lind said so too."

func bridge(speaker string, canonical bool, cueStart int, stance, targetID, targetText string) *annotate.Annotations {
	attrs := func(name string) map[string]any {
		if !canonical {
			return nil
		}
		return map[string]any{"canonical": name}
	}
	a := &annotate.Annotations{
		Spans: []annotate.Span{
			{ID: "anna", Label: annotate.LabelSpeaker, Start: 0, End: 9, Status: annotate.SpanAccepted, Attrs: map[string]any{"canonical": "Anna Berg"}},
			{ID: "she", Label: annotate.LabelSpeaker, Start: 39, End: 42, Status: annotate.SpanAccepted, Attrs: attrs("Anna Berg")},
			{ID: "olof", Label: annotate.LabelSpeaker, Start: 62, End: 71, Status: annotate.SpanAccepted, Attrs: map[string]any{"canonical": "Olof Lind"}},
			{ID: "said", Label: annotate.LabelCue, Start: cueStart, End: 14, Status: annotate.SpanAccepted},
			{ID: "st", Label: annotate.LabelStatement, Start: 15, End: 37, Status: annotate.SpanAccepted, Attrs: map[string]any{"quote_type": "indirect"}},
		},
		Relations: []annotate.Relation{
			{Label: annotate.RelSaidBy, Head: "st", Child: speaker},
			{Label: annotate.RelCue, Head: "st", Child: "said"},
			{Label: annotate.RelCoref, Head: "she", Child: "anna"},
		},
		Targets: []annotate.Target{{ID: targetID, Text: targetText}},
		Stances: []annotate.Stance{{Statement: "st", Target: targetID, Label: stance}},
	}
	return a
}

func statementUnit(t *testing.T, d *DocAlignment) *Unit {
	t.Helper()
	for i := range d.Units {
		if d.Units[i].Label == annotate.LabelStatement {
			return &d.Units[i]
		}
	}
	t.Fatal("no STATEMENT unit")
	return nil
}

func TestAlignStatement(t *testing.T) {
	d := Align(bridgeText, map[string]*annotate.Annotations{
		// ana links the name; ben the pronoun, which has no canonical name
		// of its own but a coref link to the name; cai another person, a
		// cue one character longer and another stance toward the same
		// target spelled differently.
		"ana": bridge("anna", true, 10, annotate.StanceFavor, "T1", "the bridge reopening"),
		"ben": bridge("she", false, 10, annotate.StanceFavor, "x9", "The  Bridge reopening"),
		"cai": bridge("olof", true, 9, annotate.StanceNone, "T1", "the bridge reopening"),
	})
	u := statementUnit(t, d)
	if got := u.Versions["ben"].Speaker; got != "Anna Berg" {
		t.Errorf("ben's speaker through coref = %q, want Anna Berg", got)
	}
	if !u.Same("ana", "ben", AspectSpeaker) || u.Same("ana", "cai", AspectSpeaker) {
		t.Errorf("speaker: ana=ben %v (want true), ana=cai %v (want false)", u.Same("ana", "ben", AspectSpeaker), u.Same("ana", "cai", AspectSpeaker))
	}
	if !u.Same("ana", "ben", AspectCue) || u.Same("ana", "cai", AspectCue) {
		t.Error("cue: ana and ben link the same cue, cai a longer one")
	}
	if !slices.Equal(d.Targets, []string{"the bridge reopening"}) {
		t.Errorf("targets %q: one target matched by its text", d.Targets)
	}
	if !u.Same("ana", "ben", AspectStance) || u.Same("ana", "cai", AspectStance) {
		t.Errorf("stance: %v / %v / %v", u.Versions["ana"].Stances, u.Versions["ben"].Stances, u.Versions["cai"].Stances)
	}
	if got, want := u.Differences(), []Aspect{AspectSpeaker, AspectCue, AspectStance}; !slices.Equal(got, want) {
		t.Errorf("differences %v, want %v", got, want)
	}
	if got := u.AgreeWith("ana"); !slices.Equal(got, []string{"ana", "ben"}) {
		t.Errorf("AgreeWith(ana) = %v", got)
	}
	if got := u.AgreeWith("cai", AspectSpan); !slices.Equal(got, []string{"ana", "ben", "cai"}) {
		t.Errorf("AgreeWith(cai, span) = %v", got)
	}
	cs := u.Choices()
	if len(cs) != 2 || !slices.Equal(cs[0].Analysts, []string{"ana", "ben"}) || !slices.Equal(cs[1].Analysts, []string{"cai"}) {
		t.Errorf("choices %+v", cs)
	}
	if c, ok := u.Consensus(2); !ok || c.Version.Analyst != "ana" {
		t.Errorf("majority of 2: %+v %v, want ana's version", c, ok)
	}
	if _, ok := u.Consensus(0); ok {
		t.Error("consensus of all three where cai differs")
	}
	if got := u.Versions["cai"].Describe(AspectSpeaker); got != "Olof Lind" {
		t.Errorf("Describe(speaker) = %q", got)
	}
	if got := u.Versions["ben"].Describe(AspectSpeaker); got != `Anna Berg ("She" at 39)` {
		t.Errorf("Describe(speaker) = %q", got)
	}
	if uu, ok := d.UnitOf("ben", "st"); !ok || uu.Index != u.Index {
		t.Error("UnitOf(ben, st) does not find the statement's unit")
	}
	// SPEAKER and CUE units: the pronoun's missing canonical is no
	// attribute difference (canonical is free text, not compared).
	for _, un := range d.Units {
		if un.Label == annotate.LabelSpeaker && len(un.Differences()) != 0 {
			t.Errorf("speaker unit %d differs: %v", un.Index, un.Differences())
		}
	}
}

func TestSpeakerEntityLevel(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Dmitry Peskov", "dmitry  peskov", true},
		{"Hákonardóttir", "Hakonardottir", true},
		{"Dmitry Peskov", "Vladimir Putin", false},
		{"", "", true},
		{"Kremlin", "", false},
	}
	for _, tt := range tests {
		va, vb := &Version{Speaker: tt.a}, &Version{Speaker: tt.b}
		if got := sameAspect(va, vb, AspectSpeaker); got != tt.same {
			t.Errorf("%q vs %q: same %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestNestedInAndMissing(t *testing.T) {
	const S = annotate.LabelStatement
	nested := func(link bool) *annotate.Annotations {
		a := spans(sp("outer", S, 0, 60), sp("inner", S, 20, 60))
		if link {
			a.Relations = []annotate.Relation{{Label: annotate.RelNestedIn, Head: "inner", Child: "outer"}}
		}
		return a
	}
	d := Align(text40, map[string]*annotate.Annotations{"a": nested(true), "b": nested(true), "c": nested(false), "d": spans()})
	inner := d.Units[1]
	if inner.Versions["a"].NestedIn != 0 || inner.Versions["c"].NestedIn != -1 {
		t.Fatalf("nested_in: a → %d (want unit 0), c → %d (want -1)", inner.Versions["a"].NestedIn, inner.Versions["c"].NestedIn)
	}
	if got, want := inner.Differences(), []Aspect{AspectSpan, AspectNestedIn}; !slices.Equal(got, want) {
		t.Errorf("differences %v, want %v (d tagged nothing, c did not nest)", got, want)
	}
	cs := inner.Choices()
	var none *Choice
	for i := range cs {
		if cs[i].Version == nil {
			none = &cs[i]
		}
	}
	if none == nil || !slices.Equal(none.Analysts, []string{"d"}) {
		t.Errorf("choices %+v: want d's empty choice", cs)
	}
	if got := inner.AgreeWith("d"); !slices.Equal(got, []string{"d"}) {
		t.Errorf("AgreeWith(d) = %v, want [d]", got)
	}
	if !reflect.DeepEqual(d.Analysts, []string{"a", "b", "c", "d"}) {
		t.Errorf("analysts %v", d.Analysts)
	}
}
