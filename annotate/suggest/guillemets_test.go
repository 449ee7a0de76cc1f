package suggest

import "testing"

// TestReversedGuillemets: Danish, Swedish and German quotations in »…«,
// with ›…‹ nested inside, are read as quotations whichever side their
// comma or full stop falls; the French «…» and ‹…›, with or without the
// spaces inside, still are, and a French closing » never opens one.
func TestReversedGuillemets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // statements, exactly
		not        []string // never a statement
	}{
		{"comma outside the closing mark",
			"»We cannot run the line without drivers. The timetable is fiction«, the depot manager, Anja Holm, said on Tuesday.",
			[]string{"»We cannot run the line without drivers. The timetable is fiction«"}, nil},
		{"full stop inside, after a colon",
			"Asked when the bridge would open, the engineer Lars Dyrberg replied: »Not before the frost, and maybe not then.«",
			[]string{"»Not before the frost, and maybe not then.«"}, nil},
		{"a nested quotation in single reversed guillemets",
			"The baker, Mette Kjær, laughed. »My son told me yesterday: ›Then we sell bread by boat.‹ He was serious«, she said.",
			[]string{"»My son told me yesterday: ›Then we sell bread by boat.‹ He was serious«", "›Then we sell bread by boat.‹"}, nil},
		{"a name in reversed guillemets is no statement",
			"The old steamer »Nordstjernen« will be scrapped, the shipping line said on Monday.",
			[]string{"The old steamer »Nordstjernen« will be scrapped"}, []string{"»Nordstjernen«"}},
		{"French guillemets with spaces inside",
			"« We will not leave without our animals », said Hélène Marchand, a farmer. The mayor, Paul Girard, said the road would reopen on Friday.",
			[]string{"« We will not leave without our animals »", "the road would reopen on Friday"}, nil},
		{"French guillemets glued to the words",
			"«The water came in the night», said Hélène Marchand, a farmer. «We lost everything», she said.",
			[]string{"«The water came in the night»", "«We lost everything»"}, []string{"», said Hélène Marchand, a farmer. «"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestReversedGuillemetOpens: » and › open a quotation only glued to the
// word they open, after a space or the paragraph's start; French closing
// marks, spaced or glued to the word before them, do not.
func TestReversedGuillemetOpens(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want bool
	}{
		{"»Nej«", 0, true},
		{"sagde: »Nej«", 7, true},
		{"»›Ja‹, sagde han«", 1, true},
		{"« Non », dit-il", 6, false},
		{"«Non», dit-il", 4, false},
		{"le mot » et", 7, false},
		{"word»next", 4, false},
	}
	for _, tt := range tests {
		runes := []rune(tt.text)
		if got := opensAt(runes, tt.at, 0, len(runes)); got != tt.want {
			t.Errorf("opensAt(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}
