package suggest

import (
	"fmt"
	"strings"
	"testing"
)

// TestBlockStatements: a statement reproduced as unquoted paragraphs after
// a frame that ends in a colon is one statement per paragraph, the first
// with the frame's cue, and the frame's own words are no statement.
func TestBlockStatements(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"two block paragraphs after a frame with a channel",
			"The harbour board voted to close the east quay.\n\nIn a letter sent to members on Friday evening, the chairman said:\n\nI know how much the quay means to this town. We kept it open for as long as the money lasted.\n\nOur engineers have told us the wall will not survive another winter.\n\nThe quay will shut on 1 March.",
			[]suggestion{
				{"I know how much the quay means to this town. We kept it open for as long as the money lasted.", "the chairman", "chairman", "said", "B", "direct"},
				{"Our engineers have told us the wall will not survive another winter.", "the chairman", "chairman", "", "B", "direct"},
				{"the wall will not survive another winter", "Our engineers", "engineers", "have told", "I1", "indirect"},
			}},
		{"the block stops at a paragraph of narration",
			"Anna Kowal, who runs the food bank, wrote to the council. She wrote:\n\nWe fed 400 families last month, twice as many as a year ago.\n\nThe council has not replied. Its leader, Dev Shah, said the letter would be answered this week.",
			[]suggestion{
				{"We fed 400 families last month, twice as many as a year ago.", "She", "Anna Kowal", "wrote", "B", "direct"},
				{"the letter would be answered this week", "Dev Shah", "Dev Shah", "said", "I1", "indirect"},
			}},
		{"a colon frame before a quotation stays as it was",
			"The coach was asked about the defeat. He said:\n\n“We were second best for ninety minutes, and I take the blame.”",
			[]suggestion{
				{"“We were second best for ninety minutes, and I take the blame.”", "He", "", "said", "D3", "direct"},
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

// TestBlockFrameNotStatement: the words of a frame that hands over to a
// block ("In a statement issued on Monday, he said:") are never suggested,
// and a colon frame before narration in the third person makes no block.
func TestBlockFrameNotStatement(t *testing.T) {
	text := "The mill will close in June. In a statement released after the meeting, the owner said:\n\nThis was the hardest decision I have made in forty years."
	got, _ := readSuggestions(text)
	for _, g := range got {
		if g.statement == "In a statement released after the meeting" {
			t.Errorf("the frame was suggested: %v", g)
		}
	}
	text = "The list of closures was long. The report said:\n\nThe mill, the school and the post office will shut by the end of the year."
	got, _ = readSuggestions(text)
	for _, g := range got {
		if g.pattern == "B" {
			t.Errorf("a third-person paragraph made a block: %v", g)
		}
	}
}

// TestAppositiveNameAfterDescription: a description of a role linked to a
// place or a relation, then the name between commas: the name speaks.
func TestAppositiveNameAfterDescription(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []speakerWant
	}{
		{"the mayor of a town, then the name", "The mayor of Nowa Ruda, Jerzy Bilski, said the school would reopen in May.",
			[]speakerWant{{"the school would reopen", "Jerzy Bilski"}}},
		{"a relation after a postposed cue", "“She was the first of us to go to university,” said her brother, Colm Devlin.",
			[]speakerWant{{"She was the first of us", "Colm Devlin"}}},
		{"a relation after an inverted postposed cue", "The family had waited three years for the hearing, said his sister, Maeve Rourke.",
			[]speakerWant{{"The family had waited three years", "Maeve Rourke"}}},
		{"a governor of a region with a channel and a time before the colon", "The governor of Lessa province, Dana Vrba, wrote on her channel shortly after 4 a.m.: \"Stay at home and keep the windows shut until noon.\"",
			[]speakerWant{{"Stay at home", "Dana Vrba"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakers(t, tt.text, tt.want)
		})
	}
}

// checkSpeakers asks that each wanted text sit in a suggested statement
// with the wanted canonical speaker.
func checkSpeakers(t *testing.T, text string, want []speakerWant) {
	t.Helper()
	got, _ := readSuggestions(text)
	for _, w := range want {
		found := false
		for _, g := range got {
			if strings.Contains(g.statement, w.in) {
				found = true
				if g.canonical != w.canonical {
					t.Errorf("%q: speaker %q (%s), want %s", w.in, g.speaker, g.canonical, w.canonical)
				}
				break
			}
		}
		if !found {
			t.Errorf("%q: no statement; got %v", w.in, got)
		}
	}
}

// TestPastedPostAfterFrame: a social post pasted as a paragraph of its own
// after "wrote on Instagram:" is its author's statement, lower case and
// emoji included.
func TestPastedPostAfterFrame(t *testing.T) {
	text := "The striker left the club on Monday. He wrote on Instagram:\n\nthank you for everything. six years, two cups and my best friends. i will always be one of you 💙\n\nThe club has not commented."
	got, _ := readSuggestions(text)
	want := []suggestion{
		{"thank you for everything. six years, two cups and my best friends. i will always be one of you 💙", "He", "", "wrote", "B", "direct"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	// a post in the third person is taken too, but only its own paragraph
	text = "The bridge was shut at noon. The mayor wrote in a post on her page:\n\nThe road will be closed until the weekend. Use the ring road.\n\nTraffic on the ring road was slow by the evening."
	got, _ = readSuggestions(text)
	want = []suggestion{
		{"The road will be closed until the weekend. Use the ring road.", "The mayor", "mayor", "wrote in a post", "B", "direct"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}
