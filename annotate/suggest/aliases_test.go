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
		{"whom someone calls the nickname: the nickname and its pronoun",
			"The opposition's spokeswoman, Dame Perpetua Hollingworth-Vane, whom her own staff call the Heron when she is out of earshot, said she would vote against.\n\nThe Heron told the chamber the scheme was unaffordable. She said the costs had “doubled in a year”.",
			[]string{"Perpetua Hollingworth-Vane", "Perpetua Hollingworth-Vane", "Perpetua Hollingworth-Vane"}},
		{"whom someone thinks of as the nickname, after a who clause",
			"Opening the debate was the minister, Barnaby Fenwick-Strode, who waves a laminated chart at every question, and whom this paper has long thought of as Professor Chart. Professor Chart insisted the figures were sound.",
			[]string{"Barnaby Fenwick-Strode"}},
		{"known to someone, after commas, as the nickname",
			"Then rose Sir Ambrose Kettleby, member for Lower Dunham since 1979, and known to the press gallery, with some fondness, as the Old Bell. The Old Bell said he would not be moving.",
			[]string{"Ambrose Kettleby"}},
		{"near miss: a subject relative calls someone else",
			"The minister, Barnaby Fenwick-Strode, who called Orla Brennigan a fantasist on Monday, was absent.\n\n“I stand by every word,” Orla Brennigan said.",
			[]string{"Orla Brennigan"}},
		{"near miss: the name in a whom clause is its subject, not what it calls him",
			"The council's new leader, Barnaby Fenwick-Strode, whom the Heron had praised in March, was absent.\n\nThe Heron said the budget would balance.",
			[]string{"Heron"}},
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
