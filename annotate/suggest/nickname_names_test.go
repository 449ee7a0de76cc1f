package suggest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// TestNicknamedNameSpeaker: a name with a quoted nickname inside is one
// person, so the surname alone later is that person's full name, and so is
// the nickname alone when only one person was given it.
func TestNicknamedNameSpeaker(t *testing.T) {
	tests := []struct {
		name, text, statement, canonical string
	}{
		{"known given name",
			"Fiona “Rocket” Blair won the final on Sunday. “I never tire of it,” Blair said.",
			"“I never tire of it,”", "Fiona Blair"},
		{"straight quotes, the surname used again",
			`Tavish "Doc" Gunn won the final on Sunday. "I never tire of it," Gunn said.`,
			`"I never tire of it,"`, "Tavish Gunn"},
		{"the nickname alone",
			"Fiona “Rocket” Blair won the final on Sunday. “I never tire of it,” Rocket said.",
			"“I never tire of it,”", "Fiona Blair"},
		{"the nickname after a determiner",
			"Fiona “Rocket” Blair won the final on Sunday. “I never tire of it,” the Rocket said.",
			"“I never tire of it,”", "Fiona Blair"},
		{"near miss: two people share the nickname",
			"Fiona “Rocket” Blair and Ewan “Rocket” Gunn won on Sunday. “I never tire of it,” Rocket said.",
			"“I never tire of it,”", "Rocket"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := suggestionOf(t, tt.text, tt.statement)
			if ok && got.canonical != tt.canonical {
				t.Errorf("speaker of %q: got %q, want %q", tt.statement, got.canonical, tt.canonical)
			}
		})
	}
}

func TestNicknamedName(t *testing.T) {
	tests := []struct {
		text string
		want string // the name, a bar and the nickname; "" when none
	}{
		{"Fiona “Rocket” Blair won.", "Fiona Blair|Rocket"},
		{"Fiona “Big Red” Blair won.", "Fiona Blair|Big Red"},
		{"Council “Waste” Row deepens.", ""},             // no given name, no surname again
		{"Fiona “the rocket” Blair won.", ""},            // a lower-case aside
		{"Fiona “Rocket” won the final.", ""},            // no surname after the nickname
		{"Fiona “Rocket Took The Title” Blair won.", ""}, // too long for a nickname
	}
	for _, tt := range tests {
		x := load(&annotate.Document{Text: tt.text}, DefaultOptions())
		got := ""
		if name, nick, ok := x.nicknamedName(0); ok {
			got = strings.Join(name, " ") + "|" + nick
		}
		if got != tt.want {
			t.Errorf("nicknamedName(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestEachNicknamedNameAsksEveryCandidate: going through the quotations
// finds the names asking every token finds, in the same order.
func TestEachNicknamedNameAsksEveryCandidate(t *testing.T) {
	texts := []string{
		"Fiona “Rocket” Blair and Ewan “Tiny” McRae won. “I never tire of it,” Blair said.",
		`“Go,” said Tavish "Doc" Gunn, and 'Ewan "Tiny" McRae' agreed. Gunn left.`,
		"“Rocket” Blair won. Fiona “Big Red” Blair, “the rocket”, and Ewan “Tiny” McRae. McRae said so.",
		benchDoc(t, 2000).Text,
	}
	for k, text := range texts {
		x := load(&annotate.Document{Text: text}, DefaultOptions())
		var want, got []string
		for i := range x.toks {
			if name, nick, ok := x.nicknamedName(i); ok {
				want = append(want, strings.Join(name, " ")+"|"+nick)
			}
		}
		x.eachNicknamedName(func(name []string, nick string) {
			got = append(got, strings.Join(name, " ")+"|"+nick)
		})
		if strings.Join(got, ", ") != strings.Join(want, ", ") {
			t.Errorf("%.40q: each gave %q, every token %q", text, got, want)
		}
		if k == 0 && len(want) != 2 {
			t.Errorf("%.40q: %q, want two names", text, want)
		}
	}
}
