package suggest

import (
	"testing"

	"newsmark/annotate"
)

// TestTokenLexiconsAsMaps holds each token's remembered lexicons to the
// maps themselves, asked once and again, and out of range.
func TestTokenLexiconsAsMaps(t *testing.T) {
	x := load(&annotate.Document{Text: "On Monday the Minister said, adding that she was called a liar in May. " +
		"Did They warn him? He told us: “It is Not so,” saying the Save Our Shores group described it. " +
		"Dr. Vell of Quorn Ltd. & Co. — “the novel’s film” — said 10% (or so)."}, DefaultOptions())
	for round := 0; round < 2; round++ {
		for i := -1; i <= len(x.toks); i++ {
			low := x.low(i)
			in := x.lexicons(i)
			for _, c := range []struct {
				name string
				set  tokenLexicons
				held bool
			}{
				{"functionWords", inFunctionWords, functionWords[low]},
				{"calendarWords", inCalendarWords, calendarWords[low]},
				{"givenMonths", inGivenMonths, givenMonths[low]},
				{"pronouns", inPronouns, pronouns[low]},
				{"questionAuxiliaries", inQuestionAuxiliaries, questionAuxiliaries[low]},
				{"characterise", inCharacterise, characterise[low]},
				{"abbreviations", inAbbreviations, abbreviations[low]},
				{"companySuffixes", inCompanySuffixes, companySuffixes[low]},
				{"workWords", inWorkWords, workWords[low]},
				{"phraseLinks", inPhraseLinks, phraseLinks[low]},
				{"objectWords", inObjectWords, objectWords[low]},
				{"fullStatementNouns", inFullStatementNouns, fullStatementNouns[low]},
				{"fullStatementWords", inFullStatementWords, fullStatementWords[low]},
				{"adjunctPreps", inAdjunctPreps, adjunctPreps[low]},
				{"timeAdverbs", inTimeAdverbs, timeAdverbs[low]},
				{"roleNouns", inRoleNounsLow, roleNouns[low]},
				{"auxWords", inAuxWords, auxWords[low]},
				{"timeWords", inTimeWords, timeWords[low]},
				{"clockWords", inClockWords, clockWords[low]},
			} {
				if got := in&c.set != 0; got != c.held {
					t.Errorf("token %d %q: in %s %v, want %v", i, low, c.name, got, c.held)
				}
			}
			cw, ok := cueWords[low]
			if gcw, gok := x.cueWordAt(i); gcw != cw || gok != ok {
				t.Errorf("token %d %q: cue word %v %v, want %v %v", i, low, gcw, gok, cw, ok)
			}
			pw, ok := participles[low]
			if gpw, gok := x.participleAt(i); gpw != pw || gok != ok {
				t.Errorf("token %d %q: participle %v %v, want %v %v", i, low, gpw, gok, pw, ok)
			}
		}
	}
}
