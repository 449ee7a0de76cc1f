package ingest

import "testing"

// A meeting write-up's credit ("Written up by …"), in wordings no fixture
// uses, beside sentences about writing something up that must stay.
func TestReportCreditWriteUps(t *testing.T) {
	for _, s := range []string{
		"Written up by Tomas Reyes, secretary",
		"Typed up by Cllr Anna Bell",
		"Written up by Joan Fairley-Hughes, minutes secretary",
	} {
		if !reportCredit(s, wordCount(s)) {
			t.Errorf("credit not found: %q", s)
		}
	}
	for _, s := range []string{
		"Written up by the secretary, the minutes will go to every flat.",
		"Written up by Tomas Reyes, the minutes were sent to the council on Friday and will be discussed in June.",
		"The notes written up by Tomas Reyes were lost.",
	} {
		if reportCredit(s, wordCount(s)) {
			t.Errorf("not a credit, taken as one: %q", s)
		}
	}
}
