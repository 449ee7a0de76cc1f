package suggest

import (
	"strings"
	"testing"
)

// TestCapitalsTranscriptHost: in a transcript labelled by full names in
// capitals, the label whose every turn asks, one of them turning to a
// guest by name, is the host's: its questions are no statements, while
// the guests' answers are; a single question from one of two members on
// the floor is no host's and stays.
func TestCapitalsTranscriptHost(t *testing.T) {
	text := "Marta Quill spoke to the ferry operator and a harbour pilot.\n\nMARTA QUILL: Captain Orrin, why were the sailings cancelled?\n\nJONAS ORRIN: The swell on the bar was over three metres, and we will not cross in that.\n\nMARTA QUILL: Leda Voss, passengers missed their trains. Is that caution fair?\n\nLEDA VOSS: It is fair. I have piloted this harbour for twenty years."
	got, _ := readSuggestions(text)
	answers := 0
	for _, g := range got {
		if strings.Contains(g.statement, "why were the sailings") || strings.Contains(g.statement, "is that caution fair") {
			t.Errorf("a host's question suggested as a statement: %v", g)
		}
		if strings.Contains(g.statement, "The swell on the bar") || strings.Contains(g.statement, "It is fair.") {
			answers++
		}
	}
	if answers != 2 {
		t.Errorf("guests' answers: got %d of 2 in %v", answers, got)
	}

	floor := "The debate ran late.\n\nHALE: Will the minister tell the house why the ward closed?\n\nMINISTER: The ward closed because the staff could not be found.\n\nHALE: Why were the staff not found?\n\nMINISTER: We advertised twice."
	got, _ = readSuggestions(floor)
	kept := false
	for _, g := range got {
		kept = kept || strings.Contains(g.statement, "Will the minister tell the house")
	}
	if !kept {
		t.Errorf("a member's question on the floor dropped: %v", got)
	}
}

// TestDescriptionOwnHead: "the trust" after a health trust and a hospital
// it runs names the trust, whose name holds the noun itself, though the
// hospital is nearer and a body of the same kind.
func TestDescriptionOwnHead(t *testing.T) {
	tests := []speakerCase{
		{"the trust over the nearer hospital",
			"Ferncastle Hospital faces cuts\n\nOn Monday the board of Oakhurst Valley Health NHS Trust voted to shut the maternity unit at Ferncastle General Hospital, the only one in the district.\n\nThe trust said the unit would close in May. It said mothers would be offered care in Brindle instead.",
			[]speakerWant{
				{"the unit would close in May", "Oakhurst Valley Health NHS Trust"},
				{"mothers would be offered care in Brindle instead", "Oakhurst Valley Health NHS Trust"},
			}},
	}
	checkSpeakerCases(t, "description by its own head", tests)
}

// TestConstabularyBody: a name ending in "Constabulary" is a police force,
// a body: "the force" takes it, and "the chief constable" the person the
// text gave that role, not the force.
func TestConstabularyBody(t *testing.T) {
	tests := []speakerCase{
		{"a constabulary, its force and its chief constable",
			"Harrowfield Constabulary will close two front counters in March.\n\nMaria Delgado, who became chief constable last year, spoke at a meeting in Tenby. The chief constable said most people now reported crimes online.\n\nThe force said in a statement that the savings would pay for eight officers.",
			[]speakerWant{
				{"most people now reported crimes online", "Maria Delgado"},
				{"the savings would pay for eight officers", "Harrowfield Constabulary"},
			}},
	}
	checkSpeakerCases(t, "constabulary", tests)
}

// TestGivenNameBeforeFullName: a given name used alone in a first line
// ("Subject: Nora needs …") and again after the full name ("Nora Blyth")
// stands for the full name throughout.
func TestGivenNameBeforeFullName(t *testing.T) {
	tests := []speakerCase{
		{"a subject line's first name, then the full name",
			"Subject: Nora can't afford the bus any more\n\nNora Blyth is 74 and lives alone in Carrick Bay.\n\n“Some weeks I don't leave the flat at all,” Nora told our volunteers in June.",
			[]speakerWant{
				{"“Some weeks I don't leave the flat at all,”", "Nora Blyth"},
			}},
	}
	checkSpeakerCases(t, "given name before the full name", tests)
}

// TestLateDateline: a wire's dateline after a few bullet lines read as
// body ("KELDBY, March 4 (Northwire) - ") is no speaker: the body that
// follows it speaks.
func TestLateDateline(t *testing.T) {
	tests := []speakerCase{
		{"a dateline after bullets",
			"* Orders up by a tenth\n\n* Adds chief executive comment\n\nKELDBY, March 4 (Northwire) - Corlan Engineering reported higher orders on Tuesday and said it would hire 200 welders this year.",
			[]speakerWant{
				{"it would hire 200 welders this year", "Corlan Engineering"},
			}},
	}
	checkSpeakerCases(t, "late dateline", tests)
}
