package ingest

import (
	"strings"
	"testing"
)

// Reader-funding appeals, in wordings no fixture uses, beside sentences
// about free entry or reliance on others.

func TestReaderFundingAppeals(t *testing.T) {
	for _, s := range []string{
		"The Holtby Ledger is independent and free to read. We rely on readers like you.",
		"Our journalism is free for everyone. We depend on your support.",
		"Marsh Post is free to read. We count on the support of readers like you. Thank you.",
	} {
		if !readerFundingAppeal(s, strings.ToLower(s), wordCount(s)) {
			t.Errorf("appeal not found: %q", s)
		}
	}
	for _, s := range []string{
		"The museum is free. We rely on donations from visitors, the director said.",
		"The museum is free to enter. It relies on grants.",
		"We rely on readers like you.",
		"The inquiry is independent. We rely on the evidence of witnesses.",
	} {
		if readerFundingAppeal(s, strings.ToLower(s), wordCount(s)) {
			t.Errorf("not an appeal, taken as one: %q", s)
		}
	}
}
