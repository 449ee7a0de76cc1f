package suggest

import "testing"

// TestPleaContents: admitting or denying an offence is a plea, no
// statement; admitting that something happened stays one.
func TestPleaContents(t *testing.T) {
	tests := []suggestCase{
		{"admitted the offence", "Lena Moss, 41, appeared at the crown court on Monday. She admitted the charge on the first day of her trial.", nil},
		{"denies two counts", "Omar Reed, 52, was in the dock. He denies two counts of fraud at his former firm.", nil},
	}
	checkSuggestCases(t, tests)
	got, _ := readSuggestions("Lena Moss, 41, appeared at the crown court on Monday. She admitted that she had taken the money.")
	if len(got) != 1 || got[0].statement != "she had taken the money" {
		t.Errorf("admitted that …: got %v, want the clause as a statement", got)
	}
}
