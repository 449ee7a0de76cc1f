package ingest

import "testing"

// TestFactLinesAndSubscriberNotes: a file card on one line and a note on
// where subscribers download a document go; a sentence with pipes, a
// label with too few fields, and a sentence about subscribers stay.
func TestFactLinesAndSubscriberNotes(t *testing.T) {
	tests := []struct {
		line string
		want junk
	}{
		{"AIRCRAFT FILE: Orla Swift | Reg G-ORLA | Type: ATR 72 | Built 2011 | Operator: Tern Air", junkChrome},
		{"CLUB CARD: Fenby Rovers | Founded 1889 | Ground: Mill Lane | Capacity 4,200", junkChrome},
		{"Subscribers can download the full tribunal ruling from the Files tab.", junkChrome},
		{"Members may read the inspector's report in the Library section.", junkChrome},
		{"VOTE: yes | no | abstain", keep},                                                                  // three fields
		{"Note: the ship was sold | renamed | scrapped | sold again", keep},                                 // no capitals label, no key
		{"FLEET: the ship was sold | renamed | scrapped | sold again", keep},                                // no key: value field
		{"Subscribers can download the app, but most still read the paper edition, the editor said.", keep}, // no period at "tab", a statement
		{"Subscribers complained that they could not download the report.", keep},
	}
	for _, tt := range tests {
		units := []unit{{text: tt.line}}
		kinds := []junk{keep}
		removed := make([][]string, 1)
		removeFactLinesAndSubscriberNotes(units, kinds, removed, []int{wordCount(tt.line)})
		if kinds[0] != tt.want {
			t.Errorf("%q: got %v, want %v", tt.line, kinds[0], tt.want)
		}
	}
}
