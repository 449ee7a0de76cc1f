package ingest

import "testing"

// Calls to the audience in wordings no fixture uses, beside lines that
// only mention a number or report an appeal.

func TestAudienceCall(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Have your say: ring 0345 210 9876 or text HARBOUR to 65432. Texts cost 25p plus your standard network rate.", true},
		{"Get in touch with the programme on 0161 496 0555 during the show.", true},
		{"Text FARM to 84433 to vote for your favourite village shop.", true},
		{"Call the studio on 0300 555 0199. Calls are charged at your local rate.", true},
		{"*Join the debate: 0808 157 0203, lines open from 9am*", true},
		// near misses
		{"Call Crimestoppers anonymously on 0800 555 111 if you saw the van.", false},
		{"The helpline, 0800 917 2323, opens on Monday and will run through the winter.", false},
		{"Callers can text HELP to 85258 for free, the charity said.", false},
		{"“Text STOP to 60005 and it never stops,” one resident complained at the meeting.", false},
		{"Texts cost the council £41,000 last year, according to its own accounts.", false},
		{"Have your say in the comments below.", false},
	}
	for _, tt := range tests {
		if got := audienceCall(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("audienceCall(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
