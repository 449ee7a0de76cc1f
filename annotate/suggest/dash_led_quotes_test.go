package suggest

import "testing"

// TestDashLedQuotes: a paragraph opened by a spaced dash is the speaker's
// own words; its frame at the end governs every sentence of it, the dash
// stays in the statement, and a dash-led paragraph with no frame right
// after one goes on with its speaker. Paragraphs with no opening dash, or a
// dash glued to the word, keep the last sentence only.
func TestDashLedQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // statements, exactly
		not        []string // never a statement
	}{
		{"two sentences before the frame",
			"The ferry will stop in March.\n\n– The ice comes earlier every year. We cannot keep the channel open, says harbour master Liisa Koski.",
			[]string{"– The ice comes earlier every year. We cannot keep the channel open"},
			[]string{"We cannot keep the channel open"}},
		{"one sentence keeps its dash",
			"– We will appeal, says the chair, Matti Aho.",
			[]string{"– We will appeal"}, nil},
		{"an unframed dash-led paragraph goes on with the speaker",
			"– The road is our only way out, says Aino Lampi.\n\n– If it closes, the shop closes with it.",
			[]string{"– The road is our only way out", "– If it closes, the shop closes with it."}, nil},

		{"no dash: only the framed sentence",
			"The ice comes earlier every year. We cannot keep the channel open, says harbour master Liisa Koski.",
			[]string{"We cannot keep the channel open"},
			[]string{"The ice comes earlier every year. We cannot keep the channel open"}},
		{"an unframed dash paragraph after plain prose is no statement",
			"The mayor, Aino Lampi, said the road would stay open.\n\nThe council met on Monday.\n\n– Snow ploughs will run twice a day.",
			[]string{"the road would stay open"},
			[]string{"– Snow ploughs will run twice a day."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkStatements(t, tt.text, tt.want, tt.not)
			for _, w := range tt.want {
				for _, g := range got {
					if g.statement == w && g.canonical == "" {
						t.Errorf("%q has no speaker", w)
					}
				}
			}
		})
	}
}
