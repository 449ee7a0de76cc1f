package ingest

import "testing"

func TestRecordCitation(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Official Report, 14 January 2026, Vol. 790, cols 1021–1023", true},
		{"HC Deb, 4 May 2026, vol 771, col 88", true},
		{"Hansard, 12 June 2025, Vol. 760, c. 410", true},
		{"HL Deb 3 March 2027 Vol 842 cols 12-14.", true},
		// near-misses: sentences about the record
		{"The Official Report shows the minister spoke for 14 minutes in the debate.", false},
		{"Hansard, the official record, was corrected on Monday.", false},
		{"Official Report, 14 January 2026: the minister said the figures were wrong, vol. 790, col 1021", false},
		{"The volume of complaints rose to 812 last year, the MP said.", false},
	}
	for _, tt := range tests {
		if got := recordCitation(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("recordCitation(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
