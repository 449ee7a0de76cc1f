package suggest

import (
	"fmt"
	"testing"

	"newsmark/annotate"
)

// TestPanelHeadings: in a panel of interviews under name headings ("Ann
// Roe (Labour)" then the questions), each answer is the heading's person's,
// not the name the introduction repeats; the heading is no statement, and a
// credit line under the last answer is none either. A heading that is no
// name, or a name with no question under it, changes nothing.
func TestPanelHeadings(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"two candidates under their headings",
			"Voters in Pellow Marsh elect a new councillor on Friday. We asked the candidates in Pellow Marsh two questions.\n\nTomas Wrenfield (Liberal)\n\nWhy do you want the seat?\n\nI have coached the junior football side for nine years.\n\nWhat would you change first?\n\nThe bus timetable. I would ask for a later last bus.\n\nGreta Ollander (Independent)\n\nWhy do you want the seat?\n\nMy family has farmed here since before the war.\n\nWhat would you change first?\n\nI would reopen the library on Saturdays.\n\nPhotographs courtesy of the candidates.",
			[]suggestion{
				{"I have coached the junior football side for nine years.", "Tomas Wrenfield", "Tomas Wrenfield", "", "QA", "direct"},
				{"The bus timetable. I would ask for a later last bus.", "Tomas Wrenfield", "Tomas Wrenfield", "", "QA", "direct"},
				{"My family has farmed here since before the war.", "Greta Ollander", "Greta Ollander", "", "QA", "direct"},
				{"I would reopen the library on Saturdays.", "Greta Ollander", "Greta Ollander", "", "QA", "direct"},
			}},
		{"near miss: a heading that is no name keeps the interviewee",
			"Tomasz Welling has repaired church organs in the valley for forty years. Welling said he would stop in the summer.\n\nThe early years\n\nWhy did you start?\n\nMy uncle needed someone small enough to climb inside the pipes.\n\nWhat is the hardest part?\n\nDamp. I have learned to live with it.",
			[]suggestion{
				{"he would stop in the summer", "Welling", "Tomasz Welling", "said", "I1", "indirect"},
				{"My uncle needed someone small enough to climb inside the pipes.", "Welling", "Tomasz Welling", "", "QA", "direct"},
				{"Damp. I have learned to live with it.", "Welling", "Tomasz Welling", "", "QA", "direct"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestNameHeading: what counts as a name heading, with its near misses.
func TestNameHeading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Ann Roe (Labour)\n\nWhy are you standing?\n\nI live here.", true},
		{"Ann Roe\n\nWhy are you standing?\n\nI live here.", true},
		{"Ann Roe (Green Party)\n\nWhy are you standing?\n\nI live here.", true},
		{"Roe\n\nWhy are you standing?\n\nI live here.", false},                          // one word
		{"Ann Roe (Labour)\n\nShe has lived here for years.\n\nI live here.", false},     // no question under it
		{"Ann Roe said so.\n\nWhy are you standing?\n\nI live here.", false},             // a sentence
		{"The Candidates\n\nWhy are you standing?\n\nI live here.", false},               // determiner
		{"Ann Roe (Labour, since 2010)\n\nWhy are you standing?\n\nI live here.", false}, // more than words in brackets
	}
	for _, tt := range tests {
		f := &finder{text: load(&annotate.Document{Text: tt.text}, DefaultOptions())}
		_, got := f.nameHeading(0)
		if got != tt.want {
			t.Errorf("nameHeading(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
