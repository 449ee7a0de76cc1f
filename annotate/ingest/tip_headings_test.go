package ingest

import "testing"

// Tip boxes' question headings in wordings no fixture uses, beside
// questions over kept paragraphs or over removed lines without an address.

func TestRemoveTipHeadings(t *testing.T) {
	tests := []struct {
		name    string
		lines   []string
		kinds   []junk
		removed bool
	}{
		{"question over a removed address line",
			[]string{"Do you know more?", "Contact our newsdesk in confidence at news@coastpost.example."},
			[]junk{keep, junkChrome}, true},
		{"have you been affected",
			[]string{"Have you been affected by the closures?", "Email us at tips@valleyherald.example or call 01632 960 111."},
			[]junk{keep, junkChrome}, true},
		{"got a story",
			[]string{"Got a story about your landlord?", "Get in touch with our housing team: housing@dailyledger.example"},
			[]junk{keep, junkTrailer}, true},
		// near misses
		{"an interviewer's question over the kept answer",
			[]string{"Did you know him?", "Only by sight. He kept himself to himself and I never saw him at the club."},
			[]junk{keep, keep}, false},
		{"a question over a removed line that gives no address",
			[]string{"Do you know more?", "Advertisement"},
			[]junk{keep, junkChrome}, false},
		{"a long question is a paragraph",
			[]string{"Do you know more about why the council kept the contract from the audit committee for two years?", "Contact our investigations team at tips@coastpost.example"},
			[]junk{keep, junkChrome}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			units := make([]unit, len(tt.lines))
			wc := make([]int, len(tt.lines))
			removed := make([][]string, len(tt.lines))
			for i, l := range tt.lines {
				units[i] = unit{text: l}
				wc[i] = wordCount(l)
			}
			kinds := append([]junk(nil), tt.kinds...)
			removeTipHeadings(units, kinds, removed, wc)
			if got := kinds[0] != keep; got != tt.removed {
				t.Errorf("%q removed = %v, want %v", tt.lines[0], got, tt.removed)
			}
		})
	}
}
