package suggest

import "testing"

// TestReactionTail: a bracketed reaction of the audience after a quotation
// or a reported clause is not part of the statement and does not keep a
// quotation from closing its sentence; inside the quotation it stays, and a
// bracketed aside that is no reaction is left alone.
func TestReactionTail(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // statements, exactly
		not        []string // never a statement
	}{
		{"a reported clause ending in a quoted phrase",
			"The minister, Ruth Ede, said that \"nobody votes for a pothole\". [applause]",
			[]string{"\"nobody votes for a pothole\""},
			[]string{"\"nobody votes for a pothole\". [applause"}},
		{"two marks after a floating quotation",
			"The mayor, Ruth Ede, said the depot would stay open.\n\nShe ended on a promise to the drivers. \"We will not sell a single bus. [laughter] Not one.\" [laughter] [sustained applause]",
			[]string{"\"We will not sell a single bus. [laughter] Not one.\""}, nil},
		{"a bracketed aside that is no reaction stays",
			"Ruth Ede said the depot [in Marsh Lane] would stay open.",
			[]string{"the depot [in Marsh Lane] would stay open"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, tt.want, tt.not)
		})
	}
}
