package ingest

import "testing"

// Jump heads of printed papers, in wordings no fixture uses, beside lines
// that mention another page in brackets.

func TestJumpHeads(t *testing.T) {
	for _, s := range []string{
		"BYPASS ROW (continued from page 3)",
		"School closure (Cont. from p.2)",
		"The harbour wall (continued from Page 12)",
	} {
		if !jumpHead(s) {
			t.Errorf("jump head not found: %q", s)
		}
	}
	for _, s := range []string{
		"The vote was close (see page 3).",
		"BYPASS ROW (continued on page 3)",
		"Residents said the plan (continued from page 3 of the council's report) had never been shown to them",
		"Sales fell (continued from page 3). Prices rose",
	} {
		if jumpHead(s) {
			t.Errorf("not a jump head, taken as one: %q", s)
		}
	}
}
