package ingest

import (
	"strings"
	"testing"
)

// Related-stories headings framed by dashes, in invented text, and lines
// that must stay.

func TestDashedRelatedHeading(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"-- MORE FROM NSW --", true},
		{"— Related coverage —", true},
		{"--- READ MORE ---", true},
		{"-- More from Harbour Wire", true},
		// near-misses: other framed lines, dashes inside prose
		{"-- 30 --", false},
		{"-- Reporting by Ann Roe; editing by Tom Lee --", false},
		{"— a quiet man, his neighbours said, who kept to himself —", false},
		{"More from Harbour Wire -- and the rest of the press", false},
	} {
		if got := dashedRelatedHeading(tc.s); got != tc.want {
			t.Errorf("dashedRelatedHeading(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestDashedRelatedHeadingTakesItsList(t *testing.T) {
	page := "Court returns land to farming community\n\n" +
		"SANTA ROSA, March 2 (Harbour Wire) - A provincial court on Monday returned 4,000 hectares to a farming community, ruling that a title issued in 1990 was void.\n\n" +
		"The company that held the title said it would appeal to the Supreme Court, according to its lawyer, who spoke to reporters outside the courthouse.\n\n" +
		"Community leaders said they would hold a celebration on the land next week, once the handover date was confirmed by the registry.\n\n" +
		"-- MORE FROM HARBOUR WIRE --\n" +
		" * Governor calls for registry audit (Feb. 20)\n" +
		" * EXPLAINER: Who owns the southern plains? (Jan. 9)\n"
	doc, err := Clean("wire.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range []string{"MORE FROM HARBOUR WIRE", "Governor calls for registry audit", "Who owns the southern plains"} {
		if strings.Contains(doc.Text, j) {
			t.Errorf("%q left in %q", j, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "once the handover date was confirmed by the registry.") {
		t.Errorf("story cut: %q", doc.Text)
	}
}
