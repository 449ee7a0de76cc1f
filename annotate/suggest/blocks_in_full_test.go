package suggest

import (
	"strings"
	"testing"
)

// TestStatementInFull: a statement reproduced in full under a lead that
// says so ("… is reproduced below.", "… reads in full:") or a label line
// ("STATEMENT IN FULL") with the lead under it gives each of its unquoted
// paragraphs as a statement of the body whose statement it is, with no
// cue; the lead and the label are no statements.
func TestStatementInFull(t *testing.T) {
	tests := []struct {
		name, text, speaker string
		want                []string
	}{
		{"a label, then a lead with a possessor",
			"Tenants at Quarry Court said the lifts had been broken since March.\n\nSTATEMENT IN FULL\n\nBrackenfield Housing Trust’s reply, sent on 2 May, is reproduced below.\n\nBrackenfield Housing Trust apologises to every tenant at Quarry Court.\n\nWe ordered new lift motors in April and expect them to be fitted by July. Until then we will pay for taxis to the clinic.",
			"Brackenfield Housing Trust",
			[]string{"Brackenfield Housing Trust apologises to every tenant at Quarry Court.", "We ordered new lift motors in April and expect them to be fitted by July. Until then we will pay for taxis to the clinic."}},
		{"a lead with the owner after from, no label",
			"Parents complained about the new bus times.\n\nThe full statement from Ostley Coaches reads:\n\nWe changed the timetable because two drivers retired. We are recruiting now.",
			"Ostley Coaches",
			[]string{"We changed the timetable because two drivers retired. We are recruiting now."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if g.statement != w {
						continue
					}
					found = true
					if !strings.EqualFold(g.canonical, tt.speaker) || g.cue != "" {
						t.Errorf("%q: speaker %q (%s), cue %q; want %s, no cue", w, g.speaker, g.canonical, g.cue, tt.speaker)
					}
				}
				if !found {
					t.Errorf("no statement %q in %v", w, got)
				}
			}
			for _, g := range got {
				if strings.Contains(g.statement, "STATEMENT IN FULL") || strings.Contains(g.statement, "reproduced below") || strings.Contains(g.statement, "full statement from") {
					t.Errorf("the label or the lead suggested: %v", g)
				}
			}
		})
	}
}

// TestStatementInFullNearMisses: no statement without a lead or label
// that names whose statement it is, none for narration in the third person
// after the statement, and none for a quoted paragraph under a lead.
func TestStatementInFullNearMisses(t *testing.T) {
	tests := []struct {
		name, text string
		not        []string
	}{
		{"narration after the statement names the owner again",
			"Fenmoor Council’s response is published below.\n\nWe regret the delay to the bridge repairs.\n\nFenmoor Council did not answer further questions about the cost.",
			[]string{"Fenmoor Council did not answer further questions about the cost."}},
		{"a label that names no one and no lead",
			"The mill will close in June.\n\nSTATEMENT IN FULL\n\nOur workers have been told today and we are offering every one of them a new post.",
			[]string{"Our workers have been told today and we are offering every one of them a new post."}},
		{"a report, not a statement, below the lead",
			"The inspectors’ report is reproduced below.\n\nInspectors found the kitchen clean and the staff well trained.",
			[]string{"Inspectors found the kitchen clean and the staff well trained."}},
		{"a narrative sentence using the lead's words",
			"Her letter was printed in the parish magazine last month.\n\nWe walked to the church together every Sunday for forty years.",
			[]string{"We walked to the church together every Sunday for forty years."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			for _, g := range got {
				for _, n := range tt.not {
					if g.statement == n {
						t.Errorf("%q suggested as a statement: %v", n, g)
					}
				}
			}
		})
	}
}
