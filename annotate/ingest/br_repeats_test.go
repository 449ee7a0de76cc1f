package ingest

import (
	"strings"
	"testing"
)

// A sentence of a <div>/<br> story said again in a later paragraph of its
// own stays; the extractor's second rendering of the joined lines, a run
// of them, still goes (TestBrParagraphsInHTML). Invented page.
func TestBrRepeatedSentenceInALaterParagraphStays(t *testing.T) {
	page := `<html><head><title>Ferry crews walk out over rotas</title></head><body>
<div class="story"><div class="headline"><b>Ferry crews walk out over rotas</b></div>
<div class="text">
Crews on the Holnstead ferry walked out at dawn on Monday over new rotas.<br>
Their placards said the same thing all along the quay: we will not sail tired.<br><br>
The operator said the rotas met every rule and that talks would resume.<br>
Passengers were told to use the road bridge until the evening crossing.<br><br>
</div>
<p>By nightfall the crews were still at the gate, singing the line again and again.</p>
<p>Their placards said the same thing all along the quay: we will not sail tired.</p>
<p>The union will meet the operator on Wednesday morning at the harbour office.</p>
</div></body></html>`
	doc, err := Clean("ferry.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	line := "Their placards said the same thing all along the quay: we will not sail tired."
	if n := strings.Count(doc.Text, line); n != 2 {
		t.Errorf("the repeated sentence is there %d times, want 2 (joined, then its own paragraph):\n%s", n, doc.Text)
	}
	if !strings.Contains(doc.Text, "at dawn on Monday over new rotas. Their placards") {
		t.Errorf("lines not joined into their paragraph:\n%s", doc.Text)
	}
}

func TestDropRepeatedBrRuns(t *testing.T) {
	units := func(n int) []unit {
		var us []unit
		for i := 0; i < n; i++ {
			us = append(us, unit{text: string(rune('a' + i))})
		}
		return us
	}
	tests := []struct {
		name    string
		repeats []int
		want    string
	}{
		{"a run goes", []int{2, 3, 4}, "ab"},
		{"a lone repeat stays", []int{1, 3}, "abcde"},
		{"a run and a lone one", []int{0, 1, 3}, "cde"},
		{"none", nil, "abcde"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got strings.Builder
			for _, u := range dropRepeatedBrRuns(units(5), tt.repeats) {
				got.WriteString(u.text)
			}
			if got.String() != tt.want {
				t.Errorf("kept %q, want %q", got.String(), tt.want)
			}
		})
	}
}
