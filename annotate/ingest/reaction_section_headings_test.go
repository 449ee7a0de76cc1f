package ingest

import (
	"strings"
	"testing"
)

func TestPartyReactionHeading(t *testing.T) {
	for _, s := range []string{"Player reaction", "Fans’ reaction", "Reaction from the manager", "Club reaction:"} {
		if !rePartyReaction.MatchString(strings.TrimRight(s, ": ")) {
			t.Errorf("%q: want a reaction heading", s)
		}
	}
	for _, s := range []string{"Chain reaction", "A reaction to the plan", "Reaction times are slower at night", "Allergic reaction"} {
		if rePartyReaction.MatchString(s) {
			t.Errorf("%q: not a reaction heading", s)
		}
	}
}

func TestPartyReactionHeadingInMarkdown(t *testing.T) {
	page := func(heading, next string) string {
		return "# Rovers sign a winger from the coast\n\n" +
			"*The winger joins on a two-year deal.*\n\n" +
			"Rovers have signed the winger Ivo Sallant from Portmere for an undisclosed fee, the club said on Friday.\n\n" +
			"## " + heading + "\n\n" + next + "\n\n" +
			"He is expected to train with the squad for the first time on Monday morning.\n"
	}
	cases := []struct {
		heading, next string
		gone          bool
	}{
		{"Player reaction", "Sallant, who grew up near the ground, said: “I have wanted this move for years and it feels right.”", true},
		{"Fans’ reaction", "Supporters’ group chair Nell Ashdown said: “He is quick and brave, and we have missed that on the wing.”", true},
		// near-misses: the heading stays
		{"Player reaction", "The winger spent his first afternoon at the club in the gym and then met the kit staff.", false},
		{"Chain reaction", "Sallant’s move means Portmere will now try to sign “a like-for-like winger” before the window closes.", false},
	}
	for _, c := range cases {
		doc, err := Clean("signing.md", []byte(page(c.heading, c.next)), KindMarkdown)
		if err != nil {
			t.Fatal(err)
		}
		gone := !strings.Contains(doc.Text, "\n\n"+c.heading+"\n\n")
		if gone != c.gone {
			t.Errorf("heading %q over %q: gone %v, want %v\n%s", c.heading, c.next, gone, c.gone, doc.Text)
		}
	}
}
