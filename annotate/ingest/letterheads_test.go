package ingest

import "testing"

// TestLetterheadAddressAndIssueStamp: a street address alone on a line and
// an "Issued:" stamp with its date are letterhead; a sentence that names an
// address or an issue, and a label with no date, are not.
func TestLetterheadAddressAndIssueStamp(t *testing.T) {
	tests := []struct {
		line          string
		address, stam bool
	}{
		{"200 Market Street, Arden", true, false},
		{"4 Quay Lane, Eastport, EP1 2AB", true, false},
		{"77 Ridge Road, Suite 4, Fallon, NV 89406", true, false},
		{"The shelter at 200 Market Street, Arden, is open.", false, false},
		{"200 Market Street was closed on Friday", false, false},
		{"Issued: Friday, June 4, 2027, 9:00 a.m.", false, true},
		{"Released: 12 March 2026, 14:30", false, true},
		{"Date issued: 3 May 2027", false, true},
		{"Issued: a warning to all residents", false, false},
		{"Warnings were issued on June 4, 2027.", false, false},
		{"Issued: Friday, June 4, 2027, after the storm had passed the coast", false, false},
	}
	for _, tt := range tests {
		if got := letterheadAddress(tt.line); got != tt.address {
			t.Errorf("letterheadAddress(%q) = %v, want %v", tt.line, got, tt.address)
		}
		if got := issueStamp(tt.line, wordCount(tt.line)); got != tt.stam {
			t.Errorf("issueStamp(%q) = %v, want %v", tt.line, got, tt.stam)
		}
	}
	block := func(lines ...string) []unit {
		var u []unit
		for _, l := range lines {
			u = append(u, unit{text: l})
		}
		return u
	}
	if !letterheadBlock(block("COUNTY OF ARDEN", "OFFICE OF EMERGENCY MANAGEMENT", "200 Market Street, Arden")) {
		t.Error("letterhead block not recognised")
	}
	if letterheadBlock(block("FLOOD WARNING", "Rivers rise across the county", "as rain continues")) {
		t.Error("a headline over three lines taken for a letterhead")
	}
}
