package suggest

import (
	"strconv"
	"testing"

	"newsmark/annotate"
)

// TestSpanIDs checks that the tabled ids and those made past the table
// read as "prefix" and the number, for every label and an unknown one.
func TestSpanIDs(t *testing.T) {
	prefixes := map[string]string{annotate.LabelStatement: "rs", annotate.LabelSpeaker: "rspk", annotate.LabelCue: "rcue",
		annotate.LabelAddressee: "radr", annotate.LabelMedium: "rmed", "no_such_label": ""}
	for label, prefix := range prefixes {
		for _, n := range []int{1, 9, 10, tabledIDs, tabledIDs + 1, 1000} {
			if got, want := spanID(idLabel(label), n), prefix+strconv.Itoa(n); got != want {
				t.Errorf("spanID(%s, %d) = %q, want %q", label, n, got, want)
			}
		}
	}
}
