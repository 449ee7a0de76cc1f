package ingest

import "testing"

// Court-reporting policy notes in invented text, and lines that must stay.

func TestCourtPolicyNote(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Court reports in the Dunmore Courier are published in line with the Editors' Code. Everyone charged with a crime is presumed innocent until proven guilty.", true},
		{"Our court coverage is written in accordance with the Independent Press Standards guidance. If you think a report is wrong, email the desk.", true},
		{"*All court reports on this site are produced under the Judicial Press Guidance.*", true},
		{"Court stories by the Valley Echo are prepared following the Reporting Protocol. Defendants are presumed innocent unless convicted.", true},
		// near-misses: a story's sentences about court reports
		{"Court reports from 1890 were published in line with the customs of the day.", false},
		{"Court reports are published in line with the guidance, the judge said.", false},
		{"Court reports in the county are written by two volunteers who sit in the public gallery.", false},
		{"The court's reports are published in line with the statute, and run to 400 pages.", false},
		{"Court reporting is \"published in line with the law\", the editor insisted.", false},
	} {
		if got := courtPolicyNote(tc.s, wordCount(tc.s)); got != tc.want {
			t.Errorf("courtPolicyNote(%q) = %v, want %v", tc.s, got, tc.want)
		}
		if got := classify(tc.s, wordCount(tc.s)) != keep; tc.want && !got {
			t.Errorf("classify(%q): kept", tc.s)
		}
	}
}
