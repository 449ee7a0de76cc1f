package ingest

import (
	"strings"
	"testing"
)

func TestFigurePairItem(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"220 flats, 66 of them for social rent", true},
		{"48 complaints, 3 upheld", true},
		{"£2.4m cost, £900,000 from the lottery", true},
		{"12 people, 3 of them children, were hurt", false},
		{"220 flats were approved, 66 of them for social rent.", false},
		{"The scheme: 220 flats, 66 of them for social rent", false},
	}
	for _, tt := range tests {
		if got := figurePairItem(tt.line); got != tt.want {
			t.Errorf("figurePairItem(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestFigurePairFactBox checks that a run of such lines under a short
// heading leaves the text as a fact box.
func TestFigurePairFactBox(t *testing.T) {
	raw := "Flats approved on quayside\n\nThe council approved the flats on Tuesday after a long debate about parking, its planning committee said.\n\nThe scheme in numbers\n\n220 flats, 66 of them for social rent\n\n48 objections, 2 letters of support\n\nDecision date: 4 March\n\nWork is due to start in the spring, the developer said in a statement to the committee.\n"
	doc, err := Clean("a.txt", []byte(raw), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, junk := range []string{"The scheme in numbers", "220 flats", "48 objections", "Decision date"} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("fact box line %q left in:\n%s", junk, doc.Text)
		}
	}
}
