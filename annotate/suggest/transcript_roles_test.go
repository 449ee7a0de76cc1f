package suggest

import (
	"strings"
	"testing"
)

// TestTranscriptRoleLabels: a transcript under role labels in capitals
// ("DISPATCHER:", "CALLER:") gives each turn to the person the report
// introduced in that role before it: by a noun of the role beside the
// name ("a dispatcher, Mira Lund"), by the one a call was made by or who
// rang. A label no one was introduced in, or two people were, keeps its
// words.
func TestTranscriptRoleLabels(t *testing.T) {
	tests := []speakerCase{
		{"a dispatcher by apposition, a caller who rang",
			"The call was taken by a dispatcher, Mira Lund, after Tom Berg rang from the quay. The inquest heard the recording.\n\nDISPATCHER: Fire service, where are you calling from?\n\nCALLER: The north quay, by the fish market. There is smoke coming out of the roof.\n\nDISPATCHER: Is anyone inside?\n\nCALLER: A man just came out coughing.\n\nDISPATCHER: Crews are on their way. Keep everyone well back from the door.",
			[]speakerWant{
				{"The north quay, by the fish market.", "Tom Berg"},
				{"A man just came out coughing.", "Tom Berg"},
				{"Crews are on their way.", "Mira Lund"},
			}},
		{"a caller the call was made by, an operator named by another noun of the role",
			"The 999 call was made shortly after midnight by Petra Quist to a call handler, Idris Vane. The jury was given a transcript.\n\nOPERATOR: Police, what is your emergency?\n\nCALLER: Someone has smashed the window of the shop below my flat.\n\nOPERATOR: Officers are coming now. Please stay inside.",
			[]speakerWant{
				{"Someone has smashed the window", "Petra Quist"},
				{"Officers are coming now.", "Idris Vane"},
			}},
		{"no one introduced as the caller: the label keeps its words",
			"The recording was played to the tribunal on Monday.\n\nOPERATOR: Coastguard, what is your position?\n\nCALLER: Two miles off the point. The engine has stopped.\n\nOPERATOR: Stay with the boat. A lifeboat is launching.",
			[]speakerWant{
				{"Two miles off the point.", "CALLER"},
				{"Stay with the boat.", "OPERATOR"},
			}},
		{"two dispatchers named: the label keeps its words",
			"A dispatcher, Ola Brandt, took the first call; a second dispatcher, Kim Sato, took this one, the hearing was told.\n\nDISPATCHER: Ambulance service. Stay on the line.\n\nCALLER: He has stopped breathing.\n\nDISPATCHER: Help is on its way.",
			[]speakerWant{
				{"Help is on its way.", "DISPATCHER"},
			}},
	}
	checkSpeakerCases(t, "transcript role labels", tests)
}

// TestQuestionerTurns: an emergency call's operator asking only questions
// ("OPERATOR: Is he breathing?") says nothing a statement holds, as an
// interviewer's question does not; the operator's turn that tells stays,
// and a caller's turn that asks stays too (a caller is no questioner).
func TestQuestionerTurns(t *testing.T) {
	text := "The call was made by Ann Roe to an operator, Lee Park.\n\nOPERATOR: Ambulance, what's the address?\n\nCALLER: Flat 4, Mill Row. My father has fallen.\n\nOPERATOR: Is he awake? Is he breathing?\n\nCALLER: Will they be long?\n\nOPERATOR: An ambulance is on its way. Do not move him."
	got, _ := readSuggestions(text)
	has := func(s string) bool {
		for _, g := range got {
			if strings.Contains(g.statement, s) {
				return true
			}
		}
		return false
	}
	for _, asked := range []string{"what's the address", "Is he breathing"} {
		if has(asked) {
			t.Errorf("the operator's question %q suggested as a statement: %v", asked, got)
		}
	}
	for _, kept := range []string{"An ambulance is on its way.", "My father has fallen.", "Will they be long?"} {
		if !has(kept) {
			t.Errorf("turn %q not suggested: %v", kept, got)
		}
	}
}

// TestAspectualCue: "He keeps saying, “…”" and "she kept telling us, ‘…’"
// report the quotation with the cue from the aspectual verb on; inside a
// transcript turn the quotation is nested in the turn. A participle after
// another verb ("He started saying goodbye") makes no cue of its own.
func TestAspectualCue(t *testing.T) {
	text := "The call was made by Ann Roe.\n\nOPERATOR: What is happening now?\n\nCALLER: My neighbour is at the door. He keeps saying, “It was not my dog, it was never my dog.”\n\nOPERATOR: Stay inside."
	got, _ := readSuggestions(text)
	found := false
	for _, g := range got {
		if g.statement == "“It was not my dog, it was never my dog.”" {
			found = true
			if g.cue != "keeps saying" {
				t.Errorf("cue %q, want %q", g.cue, "keeps saying")
			}
		}
	}
	if !found {
		t.Errorf("no statement for the quotation after \"keeps saying\": %v", got)
	}
	got, _ = readSuggestions("Mr Hale kept telling the staff, “The shop will not close while I am alive.”")
	found = false
	for _, g := range got {
		found = found || strings.Contains(g.statement, "The shop will not close") && g.cue == "kept telling"
	}
	if !found {
		t.Errorf("no statement with the cue \"kept telling\": %v", got)
	}
	got, _ = readSuggestions("Mr Hale started saying goodbye to the staff, “The shop will not close while I am alive.”")
	for _, g := range got {
		if strings.HasSuffix(g.cue, "saying") {
			t.Errorf("a participle after \"started\" taken as a cue: %v", g)
		}
	}
}
