package suggest

import (
	"strings"
	"testing"
)

// An interview transcript labelled by names in capitals whose host does
// not only ask: the host also puts a critic's charge and thanks the guest.
// Invented text.

const askingHostIntro = "The operator of the old quarry above Holnstead wants to reopen it next year. Our presenter Tove Lindqvist put the village’s concerns to its director.\n\n"

func TestAskingHostPutsAndThanksButStatesNothing(t *testing.T) {
	text := askingHostIntro +
		"TOVE LINDQVIST: Anders Brack, welcome. Why should the village trust you with this?\n\n" +
		"ANDERS BRACK: Because we will run the lorries outside school hours, and we have put that in writing.\n\n" +
		"TOVE LINDQVIST: The parish council says you broke your word on the last site.\n\n" +
		"ANDERS BRACK: That site closed before I joined the company. I have read the file and the dust limits were met.\n\n" +
		"TOVE LINDQVIST: And the road?\n\n" +
		"ANDERS BRACK: We will pay for it ourselves, every metre.\n\n" +
		"TOVE LINDQVIST: Even in winter?\n\n" +
		"ANDERS BRACK: Yes, and the council can hold us to it.\n\n" +
		"TOVE LINDQVIST: Anders Brack, thank you.\n"
	got, _ := readSuggestions(text)
	for _, s := range []string{
		"Because we will run the lorries outside school hours, and we have put that in writing.",
		"That site closed before I joined the company. I have read the file and the dust limits were met.",
		"We will pay for it ourselves, every metre.",
	} {
		if g, ok := suggestionOf(t, text, s); ok && g.speaker != "ANDERS BRACK" {
			t.Errorf("%q: speaker %q, want the guest's label", s, g.speaker)
		}
	}
	if g, ok := suggestionOf(t, text, "you broke your word on the last site"); ok && g.speaker != "The parish council" {
		t.Errorf("the charge the host puts: speaker %q, want the parish council", g.speaker)
	}
	for _, g := range got {
		switch g.statement {
		case "Anders Brack, welcome. Why should the village trust you with this?", "And the road?", "Even in winter?",
			"The parish council says you broke your word on the last site.", "Anders Brack, thank you.":
			t.Errorf("the host's turn is a statement: %v", g)
		}
	}
}

func TestTurnsThatStayStatements(t *testing.T) {
	tests := []struct{ name, text, statement string }{
		// both sides ask as often: a debate, no host
		{"two askers", askingHostIntro +
			"TOVE LINDQVIST: Anders Brack, welcome. Why should the village trust you?\n\n" +
			"ANDERS BRACK: We have kept every promise. Why should it not?\n\n" +
			"TOVE LINDQVIST: The parish council says you broke your word on the last site.\n\n" +
			"ANDERS BRACK: Nobody from the council ever rang me. Who told them that?\n\n" +
			"TOVE LINDQVIST: And the road?\n\n" +
			"ANDERS BRACK: Would you pay for it? We will.\n",
			"The parish council says you broke your word on the last site."},
		// a reporter tells the viewer what a body says: no charge put to
		// a guest
		{"reporter's relay", askingHostIntro +
			"ANCHOR: Good evening. Tove, what is happening at the quarry?\n\n" +
			"REPORTER: The lorries started at dawn, and the school road was closed by eight.\n\n" +
			"REPORTER: The parish council says the operator broke its word.\n\n" +
			"ANDERS BRACK: We have kept every promise we made.\n\n" +
			"ANCHOR: Tove, thank you.\n",
			"The parish council says the operator broke its word."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.statement)
		})
	}
}

// The same interview labelled by initials ("TL:", "AB:"): the host's
// closing "Anders Brack, thank you." turns to the guest whose capitals
// spell the other label, and every question turn of the host, one that
// states before it asks among them, is no statement.
func TestAskingHostUnderInitials(t *testing.T) {
	text := askingHostIntro +
		"TL: Why should the village trust you with this?\n\n" +
		"AB: Because we will run the lorries outside school hours, and we have put that in writing.\n\n" +
		"TL: The last site is still talked about. What went wrong there?\n\n" +
		"AB: That site closed before I joined the company. I have read the file and the dust limits were met.\n\n" +
		"TL: And the road?\n\n" +
		"AB: We will pay for it ourselves, every metre.\n\n" +
		"TL: Even in winter?\n\n" +
		"AB: Yes, and the council can hold us to it.\n\n" +
		"TL: Anders Brack, thank you.\n"
	got, _ := readSuggestions(text)
	suggestionOf(t, text, "We will pay for it ourselves, every metre.")
	for _, g := range got {
		switch g.statement {
		case "Why should the village trust you with this?", "The last site is still talked about. What went wrong there?",
			"And the road?", "Even in winter?", "Anders Brack, thank you.":
			t.Errorf("the host's turn is a statement: %v", g)
		}
	}
}

// Near-miss: the asking side thanks someone whose capitals spell no other
// label, so nothing names it the host, and its closing line stays.
func TestAskingSideThanksNoLabel(t *testing.T) {
	text := askingHostIntro +
		"TL: Why should the village trust you with this?\n\n" +
		"AB: Because we will run the lorries outside school hours, and we have put that in writing.\n\n" +
		"TL: The last site is still talked about. What went wrong there?\n\n" +
		"AB: That site closed before I joined the company. I have read the file and the dust limits were met.\n\n" +
		"TL: And the road?\n\n" +
		"AB: We will pay for it ourselves, every metre.\n\n" +
		"TL: Even in winter?\n\n" +
		"AB: Yes, and the council can hold us to it.\n\n" +
		"TL: Maria Olsen at the parish council told me the lorries broke the limit twice.\n"
	suggestionOf(t, text, "the lorries broke the limit twice")
}

// TestSignOffIsNoStatement: a reporter's closing turn that only gives the
// place, their own name and the outlet says nothing; a turn that names
// the reporter in a sentence, or signs off under another speaker's name,
// stays.
func TestSignOffIsNoStatement(t *testing.T) {
	text := "Floodwater reached the high street in Orrin overnight.\n\n" +
		"MAYA FENN: The river came over the wall at about three, and the shops on the quay took the worst of it.\n\n" +
		"OWEN HART, ORRIN: I have never seen it this high, and I have lived here all my life.\n\n" +
		"MAYA FENN: From Orrin, Maya Fenn, Channel 4 Valley News.\n"
	got, _ := readSuggestions(text)
	suggestionOf(t, text, "The river came over the wall at about three, and the shops on the quay took the worst of it.")
	for _, g := range got {
		if strings.Contains(g.statement, "Channel 4 Valley News") {
			t.Errorf("a sign-off suggested as a statement: %v", g)
		}
	}

	kept := []struct{ name, text, turn string }{
		{"own name in a sentence", "Floodwater reached the high street in Orrin overnight.\n\n" +
			"MAYA FENN: The river came over the wall at about three.\n\n" +
			"OWEN HART: Maya Fenn, Channel 4 Valley News, was the first to ring me.\n\n" +
			"MAYA FENN: Maya Fenn has lived on the quay for ten years.\n",
			"Maya Fenn has lived on the quay for ten years."},
		{"another's name", "Floodwater reached the high street in Orrin overnight.\n\n" +
			"MAYA FENN: The river came over the wall at about three.\n\n" +
			"OWEN HART: In Orrin, Ann Pike, Ben Lowe, Quay Street.\n\n" +
			"MAYA FENN: The water is falling now.\n",
			"In Orrin, Ann Pike, Ben Lowe, Quay Street."},
	}
	for _, c := range kept {
		t.Run(c.name, func(t *testing.T) { suggestionOf(t, c.text, c.turn) })
	}
}
