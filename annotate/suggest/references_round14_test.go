package suggest

import (
	"strings"
	"testing"
)

// TestPoliceRankAbbreviation: "DCI Morrow" after "Detective Chief Inspector
// Ruth Morrow" is the same officer, and so is the "she" that follows.
func TestPoliceRankAbbreviation(t *testing.T) {
	text := "Detective Chief Inspector Ruth Morrow, of the Greyhaven Major Crime Team, said the van had been found burnt out near the quarry.\n\nThe driver had left the scene on foot, DCI Morrow said. She said officers were checking footage from the petrol station on Mill Road."
	got, _ := readSuggestions(text)
	n := 0
	for _, g := range got {
		if strings.Contains(g.statement, "left the scene") || strings.Contains(g.statement, "checking footage") {
			n++
			if g.canonical != "Ruth Morrow" {
				t.Errorf("canonical of %q: got %q, want Ruth Morrow", g.statement, g.canonical)
			}
		}
	}
	if n != 2 {
		t.Errorf("statements after the rank abbreviation: got %d of 2 in %v", n, got)
	}
}

// TestQuestionLabelledInterview: questions labelled "Q:" over answers with
// no label are still an interview: each answer is the interviewee's, a
// question reports nobody, and the closing line after the last answer is
// the writer's.
func TestQuestionLabelledInterview(t *testing.T) {
	text := "Harbour Rovers have signed goalkeeper Tomasz Wilk. Wilk spoke to the club channel after signing.\n\nQ: How are you settling in?\n\nSlowly. I have found a flat near the ground and my neighbours already know my name.\n\nQ: What did your manager say to persuade you?\n\nHe told me the defence would be built around me, and I believed him.\n\nQ: When do you hope to play?\n\nI want to be in goal for the derby next month.\n\nRovers play Quayside United at home on Saturday."
	got, _ := readSuggestions(text)
	answers := 0
	for _, g := range got {
		switch {
		case strings.Contains(g.statement, "to persuade you"):
			t.Errorf("a question's words suggested as a statement: %v", g)
		case strings.Contains(g.statement, "Quayside United"):
			t.Errorf("the closing line suggested as an answer: %v", g)
		case strings.HasPrefix(g.statement, "Slowly."), strings.HasPrefix(g.statement, "He told me"), strings.HasPrefix(g.statement, "I want to be in goal"):
			answers++
			if g.canonical != "Tomasz Wilk" {
				t.Errorf("answer %q: canonical %q, want Tomasz Wilk", g.statement, g.canonical)
			}
		}
	}
	if answers != 3 {
		t.Errorf("answers: got %d of 3 in %v", answers, got)
	}
}

// TestOfficeCapitalsLabels: a parliamentary record labels turns by office
// in capitals, up to five words ("THE MINISTER FOR ROADS:"); each such
// turn is a statement like a turn labelled by a surname.
func TestOfficeCapitalsLabels(t *testing.T) {
	text := "The exchange is taken from the record.\n\nMR ALDOUS PRENT: Will the minister say when the bypass opens?\n\nTHE MINISTER FOR ROADS: The bypass will open in April, and the tolls will be dropped.\n\nMADAM DEPUTY SPEAKER: Order. Members will keep their questions short."
	got, _ := readSuggestions(text)
	found := 0
	for _, g := range got {
		if strings.Contains(g.statement, "The bypass will open in April") || strings.Contains(g.statement, "Members will keep their questions short") {
			found++
		}
	}
	if found != 2 {
		t.Errorf("turns labelled by office: got %d of 2 in %v", found, got)
	}
}

// TestOfficeHolderInBracketsLabel: "THE MINISTER FOR ROADS (ELSA VANE):"
// labels a turn of the office holder named in brackets, and so does the
// same office bare in a later label.
func TestOfficeHolderInBracketsLabel(t *testing.T) {
	text := "The exchange is taken from the record.\n\nMR ALDOUS PRENT: Will the minister say when the bypass opens?\n\nTHE MINISTER FOR ROADS (ELSA VANE): The bypass will open in April, and the tolls will be dropped.\n\nMR ALDOUS PRENT: Will she put that in writing?\n\nTHE MINISTER FOR ROADS: The letter will go out tomorrow."
	got, _ := readSuggestions(text)
	found := false
	for _, g := range got {
		if strings.Contains(g.statement, "The bypass will open in April") || strings.Contains(g.statement, "The letter will go out") {
			found = true
			if !strings.Contains(strings.ToLower(g.canonical), "elsa vane") {
				t.Errorf("speaker of the office holder's turn: got %v, want Elsa Vane", g)
			}
		}
	}
	if !found {
		t.Errorf("the office holder's turn missed: %v", got)
	}
}
