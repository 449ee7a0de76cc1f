package ingest

import "testing"

// Story tools spelt out in words no fixture uses, beside sentences that
// mention printing or e-mailing.

func TestStoryToolsLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Printer-friendly version | Email this story to a friend", true},
		{"Print this article · Send to a friend", true},
		{"Printable version | E-mail this page | Share", true},
		{"Text-only version", true},
		{"Print this story | Close window", true},
		{"Printer-friendly version · Close this window", true},
		// near misses
		{"A printer-friendly version of the leaflet is at the library.", false},
		{"Email this story to a friend, the headteacher told parents.", false},
		{"Print | Email", false}, // icon labels: exactJunk's, not this rule's
		{"Printer-friendly version | Council tax to rise by 4.9% in April", false},
		{"Close the window before you leave, the fire service said.", false},
		{"Close window | Ferry timetable changes from Monday", false},
	}
	for _, tt := range tests {
		if got := storyToolsLine(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("storyToolsLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
