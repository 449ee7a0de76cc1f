package suggest

import "testing"

// TestLeadAuthors: "Name and colleagues report that …" (or "and her
// team") speaks as the named person, whose full name may come later; a
// description before "and", or colleagues on their own, are left alone.
func TestLeadAuthors(t *testing.T) {
	tests := []speakerCase{
		{"surname and colleagues, full name later",
			"In a new study, Brennaby and colleagues report that river otters travel twice as far in winter. The survey covered nine valleys.\n\nMarisol Brennaby, who led the survey at the University of Hallam, said more tagging was planned.",
			[]speakerWant{
				{"river otters travel twice as far in winter", "Marisol Brennaby"},
			}},
		{"and her team",
			"Dr Ottoline Vask and her team found that the glacier had thinned by a third since 1990.",
			[]speakerWant{
				{"the glacier had thinned by a third since 1990", "Ottoline Vask"},
			}},
		{"near miss: a description before and",
			"The minister and colleagues said that the bridge would reopen in May.",
			[]speakerWant{
				{"the bridge would reopen in May", "colleagues"},
			}},
	}
	checkSpeakerCases(t, "lead authors", tests)
}
