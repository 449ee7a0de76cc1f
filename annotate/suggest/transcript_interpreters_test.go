package suggest

import (
	"strings"
	"testing"
)

// TestInterpretedTranscript: in a press conference's transcript, a turn
// that is only a mark ("[speaks in Finnish]", "(crosstalk)") is no
// statement; the room's reaction ("[applause]") ends a statement and is in
// none; an interpreter's turns are the words of the person she interprets,
// her "He says …" sentences his statements with their cue, her own
// question no statement; a question labelled with an outlet ("Q (Fjord
// Radio):") is its own line, not the turn above going on.
func TestInterpretedTranscript(t *testing.T) {
	text := "The new conductor, Aino Virtanen, met the press on Friday.\n\n" +
		"OSKAR DAHL: Welcome, all. Aino will answer in Finnish and Lena will translate.\n\n" +
		"Q (Fjord Radio Today): Aino, why this orchestra?\n\n" +
		"AINO VIRTANEN: [speaks in Finnish]\n\n" +
		"INTERPRETER: She says that the strings here are the warmest she has heard in years. She says the brass needs work.\n\n" +
		"Q (Fjord Radio Today): How many concerts next season?\n\n" +
		"INTERPRETER: Sorry, could you say that again?\n\n" +
		"(crosstalk)\n\n" +
		"AINO VIRTANEN: [speaks in Finnish]\n\n" +
		"INTERPRETER: She says she will conduct twelve of them, which she calls modest. [applause] The season opens with Sibelius. The hall is sold out.\n\n" +
		"AINO VIRTANEN: I learn Norwegian now. It is [inaudible] but slow. [laughter] My cat understands me already.\n\n" +
		"OSKAR DAHL: Thank you, everyone."
	got, _ := readSuggestions(text)
	want := []struct{ statement, canonical, cue string }{
		{"Welcome, all. Aino will answer in Finnish and Lena will translate.", "OSKAR DAHL", ""},
		{"the strings here are the warmest she has heard in years", "AINO VIRTANEN", "says"},
		{"the brass needs work", "AINO VIRTANEN", "says"},
		{"she will conduct twelve of them, which she calls modest", "AINO VIRTANEN", "says"},
		{"The season opens with Sibelius. The hall is sold out.", "AINO VIRTANEN", ""},
		{"I learn Norwegian now. It is [inaudible] but slow.", "AINO VIRTANEN", ""},
		{"My cat understands me already.", "AINO VIRTANEN", ""},
		{"Thank you, everyone.", "OSKAR DAHL", ""},
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			if g.statement != w.statement {
				continue
			}
			found = true
			if !strings.EqualFold(g.canonical, w.canonical) || g.cue != w.cue {
				t.Errorf("%q: speaker %q (%s), cue %q; want %s, cue %q", w.statement, g.speaker, g.canonical, g.cue, w.canonical, w.cue)
			}
		}
		if !found {
			t.Errorf("no statement %q in %v", w.statement, got)
		}
	}
	for _, g := range got {
		for _, bad := range []string{"speaks in", "crosstalk", "say that again", "applause", "laughter", "why this orchestra", "How many concerts"} {
			if strings.Contains(g.statement, bad) {
				t.Errorf("statement holding %q suggested: %v", bad, g)
			}
		}
		if strings.EqualFold(g.canonical, "INTERPRETER") || strings.EqualFold(g.canonical, "Lena") {
			t.Errorf("the interpreter given as a speaker: %v", g)
		}
	}
}

// TestInterpretedTranscriptNearMisses: what looks like an interpreter's
// turn or a mark but is not. A speaker's own "He says …" is her turn,
// the report nested in it; a mark the transcriber made of missed words
// stays inside; a long aside in brackets is no mark; a turn opening with
// a reaction keeps the words after it.
func TestInterpretedTranscriptNearMisses(t *testing.T) {
	text := "The harbour board met on Tuesday.\n\n" +
		"ODA BERG: He says the pier will reopen in May, and I believe him.\n\n" +
		"IVAR LUND: (laughs) We will see. The divers go down on Monday.\n\n" +
		"ODA BERG: (The figure she gives here was later corrected to forty boats by the board.) We lost sixty boats in the storm.\n\n" +
		"IVAR LUND: Will the insurers pay?"
	got, _ := readSuggestions(text)
	want := map[string]string{
		"He says the pier will reopen in May, and I believe him.": "ODA BERG",
		"We will see. The divers go down on Monday.":              "IVAR LUND",
		"Will the insurers pay?":                                  "IVAR LUND",
	}
	for w, who := range want {
		found := false
		for _, g := range got {
			if g.statement == w {
				found = true
				if !strings.EqualFold(g.canonical, who) {
					t.Errorf("%q: speaker %q (%s), want %s", w, g.speaker, g.canonical, who)
				}
			}
		}
		if !found {
			t.Errorf("no statement %q in %v", w, got)
		}
	}
	long := false
	for _, g := range got {
		long = long || strings.HasPrefix(g.statement, "(The figure she gives") && strings.Contains(g.statement, "sixty boats")
	}
	if !long {
		t.Errorf("a long aside in brackets taken as a mark: %v", got)
	}
}
