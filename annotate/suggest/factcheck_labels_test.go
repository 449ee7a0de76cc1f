package suggest

import (
	"strings"
	"testing"
)

// TestFactCheckFieldLabels: a fact-check's verdict box opens its lines with
// field labels in capitals ("CLAIM:", "VERDICT:", "RATING:", "SOURCE:"),
// which look like a transcript's speaker labels but name nobody who speaks:
// no line under them is a statement by the label.
func TestFactCheckFieldLabels(t *testing.T) {
	text := "The transport minister, Odile Frant, spoke at the depot on Monday. “Every bus in the county now runs on time,” she said.\n\n" +
		"CLAIM: “Every bus in the county now runs on time.”\n\nVERDICT: False\n\n" +
		"The county's own timetable data show one bus in five ran late in March.\n\n" +
		"CLAIM: Fares have fallen for three years.\n\nRATING: Mostly true\n\nSOURCE: County transport accounts"
	got, _ := readSuggestions(text)
	for _, g := range got {
		for _, label := range []string{"CLAIM", "VERDICT", "RATING", "SOURCE"} {
			if g.speaker == label {
				t.Errorf("a fact-check field label taken as a speaker: %v", g)
			}
		}
	}
	found := false
	for _, g := range got {
		found = found || strings.Contains(g.statement, "Every bus in the county now runs on time,") && g.canonical == "Odile Frant"
	}
	if !found {
		t.Errorf("the minister's own quotation lost: %v", got)
	}
}

// TestPossessiveBeforeNounCue: "Hale’s claim about …", "the critics'
// warnings …" name what someone said as a thing; the possessive is no
// speaker and the noun no cue, while a pronoun's contraction before a cue
// ("She’s said …") still speaks.
func TestPossessiveBeforeNounCue(t *testing.T) {
	text := "Councillor Bram Hale spoke at the opening.\n\nHale’s claim about the new depot is mostly right, but his cost figure is not.\n\n" +
		"The residents' warnings that the road would flood were ignored, the report found.\n\n" +
		"Maud Ferrier runs the depot. She’s said the buses will be electric by 2030."
	got, _ := readSuggestions(text)
	contraction := false
	for _, g := range got {
		if g.speaker == "Hale’s" || strings.HasSuffix(g.speaker, "residents'") {
			t.Errorf("a possessive taken as a speaker: %v", g)
		}
		contraction = contraction || g.statement == "the buses will be electric by 2030"
	}
	if !contraction {
		t.Errorf("a pronoun's contraction before its cue lost its statement: %v", got)
	}
}

// TestContractionIsNoSpeaker: a first person's contraction before a verb
// of saying ("I’ll say it again: …", "we'd say …") reports no one's
// statement, and is never a speaker's name.
func TestContractionIsNoSpeaker(t *testing.T) {
	text := "Coach Ines Morrow met the press after training.\n\nMORROW: I said it in May and I’ll say it again: the squad stays together.\n\nREPORTER: And the keeper?\n\nMORROW: We'd say he is fit. Ask me on Friday."
	got, _ := readSuggestions(text)
	for _, g := range got {
		if g.speaker == "I’ll" || g.speaker == "We'd" {
			t.Errorf("a contraction taken as a speaker: %v", g)
		}
	}
}
