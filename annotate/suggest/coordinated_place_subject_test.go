package suggest

import (
	"fmt"
	"testing"
)

// TestPlaceDescribedCoordinatedSubject: "A man from X, Name, came … and
// said, ‘…’" gives the inner quotation to the named person, by full name or
// by title and surname; more than a place before the comma, no name after
// it, or places with no person named leave it unclaimed.
func TestPlaceDescribedCoordinatedSubject(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a man from a body, full name",
			"“A man from Tarnside Council, Ivo Lindqvist, came round and told me, ‘The drains are fine.’ They were not,” said Meera Dunn.",
			[]string{"“A man from Tarnside Council, Ivo Lindqvist, came round and told me, ‘The drains are fine.’ They were not,”", "‘The drains are fine.’"}},
		{"a nurse at a place, title and surname",
			"“A nurse at Fenwick, Mrs Okafor, leaned over and said, ‘You will be home by Friday.’ I was there a month,” said Paul Grieve.",
			[]string{"“A nurse at Fenwick, Mrs Okafor, leaned over and said, ‘You will be home by Friday.’ I was there a month,”", "‘You will be home by Friday.’"}},
		{"our engineer from a firm",
			"“Our engineer from Dellbrook, Sara Voss, looked at the pipe and said, ‘It has to come out.’ So it came out,” said Tom Reyes.",
			[]string{"“Our engineer from Dellbrook, Sara Voss, looked at the pipe and said, ‘It has to come out.’ So it came out,”", "‘It has to come out.’"}},
		{"more than the place before the comma",
			"“A man from Tarnside Council on Friday, Ivo Lindqvist, came round and told me, ‘The drains are fine.’ They were not,” said Meera Dunn.",
			[]string{"“A man from Tarnside Council on Friday, Ivo Lindqvist, came round and told me, ‘The drains are fine.’ They were not,”"}},
		{"no name after the place",
			"“A man from Tarnside Council, on his own, came round and told me, ‘The drains are fine.’ They were not,” said Meera Dunn.",
			[]string{"“A man from Tarnside Council, on his own, came round and told me, ‘The drains are fine.’ They were not,”"}},
		{"a list of places, no person",
			"“A team from Tarnside, Holm and Brae, came round and told me, ‘The drains are fine.’ They were not,” said Meera Dunn.",
			[]string{"“A team from Tarnside, Holm and Brae, came round and told me, ‘The drains are fine.’ They were not,”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
