package suggest

import (
	"strings"
	"testing"
)

// TestTranscriptLabelForms: a transcript's turns are read under labels of
// other forms than a name in capitals — a first or full name in ordinary
// case ("Nia:", "Oskar Lind:"), a role with a name in brackets
// ("CORRESPONDENT (Bea Falk):", then "CORRESPONDENT:"), a name in capitals
// with where the speaker is from ("TOM VARGA, MILL STREET:"). Each turn is
// the whole text after its label, by the full name; a host's question to
// a guest is no statement, and a quotation inside a turn is one of its own.
func TestTranscriptLabelForms(t *testing.T) {
	tests := []speakerCase{
		{"name labels, first names resolved to the full names",
			"On this week's show Nia Okafor talks with the beekeeper Oskar Lind about the wet spring.\n\nNia: Hello and welcome. The hives on the moor have had the worst April anyone can recall.\n\nNia: Oskar, how bad has it been?\n\nOskar Lind: We lost a third of the colonies. My father always told me, ‘A wet April starves a hive.’ He was right.\n\nNia: And the honey?\n\nOskar: There will be some, but not much, and it will come late.",
			[]speakerWant{
				{"Hello and welcome. The hives on the moor have had the worst April anyone can recall.", "Nia Okafor"},
				{"We lost a third of the colonies.", "Oskar Lind"},
				{"There will be some, but not much, and it will come late.", "Oskar Lind"},
			}},
		{"a role with a name in brackets, then the role alone",
			"The late news, presented by Ivo Brandt, led on the gales. Bea Falk reported from the harbour.\n\nANCHOR: Good night. Gales have closed the harbour at Westby.\n\nCORRESPONDENT (Bea Falk): Ivo, the boats have been tied up since noon, and the sea wall has held so far.\n\nCORRESPONDENT: The coastguard says the worst will pass by dawn.\n\nTOM VARGA, MILL STREET: I have lived here forty years and never seen spray over the church.",
			[]speakerWant{
				{"Good night. Gales have closed the harbour at Westby.", "Ivo Brandt"},
				{"the boats have been tied up since noon", "Bea Falk"},
				{"The coastguard says the worst will pass by dawn.", "Bea Falk"},
				{"I have lived here forty years", "TOM VARGA"}, // a name in capitals stays so, as "PAVEL DROZD:" does
			}},
	}
	checkSpeakerCases(t, "transcript label forms", tests)

	got, _ := readSuggestions(tests[0].text)
	whole := "We lost a third of the colonies. My father always told me, ‘A wet April starves a hive.’ He was right."
	inner, asked := false, false
	for _, g := range got {
		if g.statement == "‘A wet April starves a hive.’" {
			inner = true
		}
		if strings.Contains(g.statement, "how bad has it been") || strings.Contains(g.statement, "And the honey") {
			asked = true
		}
	}
	if !inner {
		t.Errorf("no nested quotation inside the name-labelled turn in %v", got)
	}
	if asked {
		t.Errorf("a host's question suggested as a statement: %v", got)
	}
	found := false
	for _, g := range got {
		found = found || g.statement == whole
	}
	if !found {
		t.Errorf("turn %q not taken whole in %v", whole, got)
	}
}

// TestTranscriptLabelLookalikes: ordinary-case words with a colon opening
// a few paragraphs ("Photo:", "Tickets:") make no transcript unless one
// label comes back, and an outlet in brackets ("REPORTER (Valley Radio): Sara Holm, Valley Radio.") is
// no speaker's name.
func TestTranscriptLabelLookalikes(t *testing.T) {
	text := "The fair opens on Saturday on the green at Ashby.\n\nTickets: Five pounds for adults, children free.\n\nParking: The field behind the church is open from nine.\n\nContact: The parish office answers on weekdays."
	got, _ := readSuggestions(text)
	for _, g := range got {
		if g.pattern == "T" {
			t.Errorf("a notice line taken as a transcript turn: %v", g)
		}
	}
	text = "HOST: The bridge reopens today.\n\nREPORTER (Valley Radio): Sara Holm, Valley Radio. Traders say they lost a week of trade. Will they be paid?\n\nODA BERG: The fund opens on Monday."
	got, _ = readSuggestions(text)
	for _, g := range got {
		if strings.Contains(g.speaker, "Valley Radio") {
			t.Errorf("an outlet in brackets taken as the speaker: %v", g)
		}
	}
}

// TestRankedLinesAreNoTurns: a heading in capitals over a line of
// standings ("SENIORS: 1. … 2. …") heads results, which nobody says; a
// turn that only starts with a number, or numbers its points in
// sentences, stays a transcript turn.
func TestRankedLinesAreNoTurns(t *testing.T) {
	results := "Mara Velt won the Dunmore hill race on Saturday in record time.\n\n" +
		"SENIORS: 1. Mara Velt (DUN) 41:12; 2. Ines Roth (KEL) 41:50; 3. Ada Moss (DUN) 42:03.\n\n" +
		"JUNIORS: 1. Tom Eide (KEL) 44:10; 2. Lew Park (DUN) 45:31.\n\n" +
		"Velt said the course had been the hardest she had run."
	got, _ := readSuggestions(results)
	for _, g := range got {
		if strings.Contains(g.statement, "41:12") || strings.Contains(g.statement, "44:10") {
			t.Errorf("a results line suggested as a statement: %v", g)
		}
	}
	suggestionOf(t, results, "the course had been the hardest she had run")

	turns := "The exchange was recorded at the depot.\n\n" +
		"HALE: 1 in 3 buses ran late last winter, and the board knows it.\n\n" +
		"MORROW: 1. We never saw the figures. 2. Nobody asked us.\n\n" +
		"HALE: Then read them now."
	suggestionOf(t, turns, "1 in 3 buses ran late last winter, and the board knows it.")
	suggestionOf(t, turns, "1. We never saw the figures. 2. Nobody asked us.")
}
