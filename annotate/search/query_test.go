package search

import (
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"

	"newsmark/annotate"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Query
	}{
		{"", Query{}},
		{"nato", Query{Terms: []Term{{Text: "nato", Prefix: true}}}},
		{"nato ", Query{Terms: []Term{{Text: "nato"}}}},
		{`"according to a statement"`, Query{Terms: []Term{{Text: "according to a statement", Phrase: true}}}},
		{`"red lines`, Query{Terms: []Term{{Text: "red lines", Phrase: true}}}}, // unclosed: to the end
		{"speaker:Peskov stance:against nato", Query{
			Terms:   []Term{{Text: "nato", Prefix: true}},
			Filters: []Filter{{Name: "speaker", Value: "Peskov"}, {Name: "stance", Value: "AGAINST"}}}},
		{`speaker:"Inés Okafor" -label:claim`, Query{
			Filters: []Filter{{Name: "speaker", Value: "Inés Okafor"}, {Name: "label", Value: "claim", Not: true}}}},
		{"-storm harbour", Query{Terms: []Term{{Text: "storm", Not: true}, {Text: "harbour", Prefix: true}}}},
		{"-\"night shift\"", Query{Terms: []Term{{Text: "night shift", Phrase: true, Not: true}}}},
		{"status:In-Progress pending:no checkworthy:yes", Query{Filters: []Filter{
			{Name: "status", Value: "in_progress"}, {Name: "pending", Value: "yes", Not: true}, {Name: "checkworthy", Value: "yes"}}}},
		{"analyst:bo target:NATO", Query{Analyst: "bo", Filters: []Filter{{Name: "target", Value: "NATO"}}}},
		{"Kremlin's", Query{Terms: []Term{{Text: "Kremlin"}, {Text: "s", Prefix: true}}}},
		{"TARGET:x", Query{Filters: []Filter{{Name: "target", Value: "x"}}}},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q) =\n %+v, want\n %+v", tt.in, got, tt.want)
		}
	}
}

func TestParseErrorsNameTheProblem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"speakr:Peskov", `unknown filter "speakr:": the filters are label, speaker, target, stance, status, analyst, pending, checkworthy`},
		{"stance:maybe", "stance:maybe: a stance is FAVOR, AGAINST or NONE"},
		{"status:finished", "a status is todo, in_progress or done"},
		{"pending:3", "pending:3: say yes or no"},
		{"label:", "filter label: needs a value, as in label:claim"},
		{"analyst:ana analyst:bo", "one layer at a time"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want it to say %q", tt.in, err, tt.want)
		}
	}
	var unknown *UnknownFilterError
	if _, err := Parse("x:1"); !errors.As(err, &unknown) || unknown.Name != "x" {
		t.Errorf("Parse(x:1) error = %v, want an UnknownFilterError for x", err)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Inés  OKAFOR": "ines okafor", "Gdańsk": "gdansk", " Peskov ": "peskov", "Zürich": "zurich"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFacets(t *testing.T) {
	a := &annotate.Annotations{
		Spans: []annotate.Span{
			{ID: "s1", Label: annotate.LabelStatement, Status: annotate.SpanAccepted},
			{ID: "p1", Label: annotate.LabelSpeaker, Status: annotate.SpanAccepted, Attrs: map[string]any{"canonical": "Dmitry Peskóv"}},
			{ID: "p2", Label: annotate.LabelSpeaker, Status: annotate.SpanAccepted}, // a pronoun, coref to p1
			{ID: "s2", Label: annotate.LabelStatement, Status: annotate.SpanAccepted},
			{ID: "p3", Label: annotate.LabelSpeaker, Status: annotate.SpanAccepted}, // no canonical: its words
			{ID: "c1", Label: annotate.LabelClaim, Status: annotate.SpanAccepted, Attrs: map[string]any{"checkworthy": "yes"}},
			{ID: "q1", Label: annotate.LabelCue, Status: annotate.SpanPending},
			{ID: "x1", Label: annotate.LabelMedium, Status: annotate.SpanRejected},
		},
		Relations: []annotate.Relation{
			{Label: annotate.RelSaidBy, Head: "s1", Child: "p2"},
			{Label: annotate.RelCoref, Head: "p2", Child: "p1"},
			{Label: annotate.RelSaidBy, Head: "s2", Child: "p3"},
		},
		Stances: []annotate.Stance{{Statement: "s1", Target: "T1", Label: "AGAINST"}, {Statement: "s2", Target: "T2", Label: "FAVOR"}},
	}
	targets := map[string]string{"T1": "NATO", "T2": "the Ceasefire"}
	got := Facets(a, targets, func(sp annotate.Span) string { return "Mayor  Łódź" })
	want := []Facet{
		{FacetCheckworthy, "yes"},
		{FacetLabel, "claim"}, {FacetLabel, "speaker"}, {FacetLabel, "statement"},
		{FacetOn, Pair("nato", "AGAINST")}, {FacetOn, Pair("the ceasefire", "FAVOR")},
		{FacetPending, "yes"},
		{FacetSaid, Pair("dmitry peskov", "AGAINST")}, {FacetSaid, Pair("dmitry", "AGAINST")}, {FacetSaid, Pair("peskov", "AGAINST")},
		{FacetSaid, Pair("mayor", "FAVOR")}, {FacetSaid, Pair("mayor łodz", "FAVOR")}, {FacetSaid, Pair("łodz", "FAVOR")},
		{FacetSpeaker, "dmitry"}, {FacetSpeaker, "dmitry peskov"}, {FacetSpeaker, "peskov"}, {FacetSpeaker, "mayor"}, {FacetSpeaker, "mayor łodz"}, {FacetSpeaker, "łodz"},
		{FacetStance, "AGAINST"}, {FacetStance, "FAVOR"},
		{FacetTarget, "nato"}, {FacetTarget, "the ceasefire"},
		{FacetWork, "yes"},
	}
	sort.Slice(want, func(i, j int) bool {
		return want[i].Kind < want[j].Kind || want[i].Kind == want[j].Kind && want[i].Value < want[j].Value
	})
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Facets =\n %q\nwant\n %q", got, want)
	}
	if got := Facets(&annotate.Annotations{}, nil, nil); len(got) != 0 {
		t.Errorf("an empty layer has facets %v", got)
	}
}
