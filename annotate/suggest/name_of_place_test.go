package suggest

import (
	"strings"
	"testing"
)

// TestNameOfPlace: "Given Surname of Place" is a person from a place, so a
// later surname alone is that person; a body's "X of Y" keeps its "of".
func TestNameOfPlace(t *testing.T) {
	tests := []speakerCase{
		{"a person of a place, then the surname",
			"The rail talks ended on Friday.\n\nSumming up, the chair, Ambassador Teresa Okonjo of Ghana, said the deal was fair.\n\n" +
				"“Trains are a kind of promise,” Okonjo told reporters.",
			[]speakerWant{{"Trains are a kind of promise", "Teresa Okonjo"}}},
		{"a person of a two-word place",
			"The mill was fined on Monday.\n\n“Ray is a foreman, not a director,” said Paul Lindgren of Sioux Falls, his lawyer.\n\n" +
				"“The charge is absurd,” Lindgren said.",
			[]speakerWant{{"The charge is absurd", "Paul Lindgren"}}},
	}
	checkSpeakerCases(t, "name of place", tests)
	for _, c := range []struct{ in, want string }{
		{"Teresa Okonjo of Ghana", "Teresa Okonjo"},
		{"Bank of England", "Bank of England"},         // no given name
		{"University of Leeds", "University of Leeds"}, // a body
		{"Teresa of Avila", "Teresa of Avila"},         // no surname before "of"
		{"Paul Lindgren of Sioux Falls", "Paul Lindgren"},
	} {
		if got := strings.Join(nameBeforeOfPlace(strings.Fields(c.in)), " "); got != c.want {
			t.Errorf("nameBeforeOfPlace(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
