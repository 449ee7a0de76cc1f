package suggest

import (
	"fmt"
	"testing"
)

// TestAliases: initials spelling a person's capitals and a nickname the
// text marks as one speak under the person's full name; initials of no one,
// of a body, an unmarked nickname and a short form that is someone's own
// given name keep their words.
func TestAliases(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"initials of a hyphenated name",
			"Oriel Penhaligon-Marsh set up both goals for Castlereagh.\n\n“It was a good day for the whole squad,” OPM said.",
			[]string{"Oriel Penhaligon-Marsh"}},
		{"initials, then a pronoun",
			"Oriel Penhaligon-Marsh set up both goals.\n\nOPM, the winger on loan from Dunmere, was man of the match. He said he had “just kept running”.",
			[]string{"Oriel Penhaligon-Marsh"}},
		{"known as, after the full name",
			"Bartholomew Quayle, known as Tiny Q, ran the stall for forty years.\n\n“I never sold a bad apple,” Tiny Q said.",
			[]string{"Bartholomew Quayle"}},
		{"nicknamed, after the full name",
			"Bartholomew Quayle, nicknamed Old Bart, ran the stall for forty years.\n\n“I never sold a bad apple,” Old Bart said.",
			[]string{"Bartholomew Quayle"}},
		{"as someone has been known: the given name it shortens",
			"Frederica Linnell-Oduya won the race in record time. Big Fred, as the rower has been known since school, led from the start.\n\n“The water was kind today,” Big Fred said.",
			[]string{"Frederica Linnell-Oduya"}},
		{"near miss: initials of no one named",
			"Oriel Penhaligon-Marsh set up both goals.\n\n“The pitch was poor,” QRT said.",
			[]string{"QRT"}},
		{"near miss: initials of two people",
			"Oriel Penhaligon-Marsh and Owen Pryce-Morgan set up the goals.\n\n“The pitch was poor,” OPM said.",
			[]string{"OPM"}},
		{"near miss: a nickname the text does not mark",
			"Frederica Linnell-Oduya won the race in record time.\n\n“The water was kind today,” Big Fred said.",
			[]string{"Big Fred"}},
		{"near miss: the short form is someone's own given name",
			"Fred Tolland coached the crew. Big Fred, as the rower has been known since school, led from the start.\n\n“The water was kind today,” Big Fred said.",
			[]string{"Big Fred"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			speakers := canonicalSpeakers(tt.text)
			if fmt.Sprint(speakers) != fmt.Sprint(tt.want) {
				t.Errorf("speakers in %q:\n got %q\nwant %q", tt.text, speakers, tt.want)
			}
		})
	}
}

func TestCapitalsOf(t *testing.T) {
	for name, want := range map[string]string{"Tomás Rourke-Delaney": "TRD", "Ann de Vries": "AV", "Li Wei": "LW"} {
		if got := capitalsOf(name); got != want {
			t.Errorf("capitalsOf(%q) = %q, want %q", name, got, want)
		}
	}
}
