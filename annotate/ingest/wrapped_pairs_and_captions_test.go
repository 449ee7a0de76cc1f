package ingest

import (
	"strings"
	"testing"
)

// wrapPage is an invented text page hard-wrapped at 64 characters,
// with the block under test in the middle.
func wrapPage(middle string) string {
	return "Harbour ferry to run through the winter for the first time\n\n" +
		"The Pellow Point ferry will keep sailing through December and\n" +
		"January this year, after the harbour trust agreed to pay for a\n" +
		"second skipper and a heated waiting room on the western quay.\n\n" +
		"The trust's chair, Morwenna Tresize, said bookings over the last\n" +
		"two winters had risen each month the boat was laid up, and that\n" +
		"islanders had asked for the service at every public meeting.\n\n" +
		middle + "\n\n" +
		"Fares will stay at the summer price until the end of March and\n" +
		"the first sailing will leave at seven each weekday morning.\n"
}

func TestWrappedPairs(t *testing.T) {
	tests := []struct {
		name   string
		middle string
		joined string // the text, when the pair becomes one paragraph
	}{
		{"a sentence ending at the width, the quote going on",
			"“We listened, and this is what they asked for,” Ms Tresize said.\n“Now it is up to them to use it.”",
			"“We listened, and this is what they asked for,” Ms Tresize said. “Now it is up to them to use it.”"},
		{"a short line ending a sentence stays apart",
			"The trust agreed on Tuesday.\n“Now it is up to them to use it.”", ""},
		{"a long line the next word would have fitted on stays apart",
			"The trust voted for the plan at its meeting last week.\nIt was not close.", ""},
		{"a list line under a sentence stays apart",
			"The boat will call at these stops on every winter sailing route:\n- Pellow Point", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("ferry.txt", []byte(wrapPage(tt.middle)), KindText)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(tt.middle, "\n")
			got := strings.Contains(doc.Text, tt.joined) && tt.joined != ""
			if tt.joined != "" && !got {
				t.Errorf("pair not joined:\n%s", doc.Text)
			}
			if tt.joined == "" && !strings.Contains(doc.Text, first+"\n\n") && !strings.Contains(doc.Text, first+"\n") {
				t.Errorf("%q joined to the next line:\n%s", first, doc.Text)
			}
		})
	}
}

func TestWrappedRemainders(t *testing.T) {
	tests := []struct {
		name, list, next string
		removed          bool
	}{
		{"a related list wrapped onto a lower-case line",
			"Related: Quay lights to be replaced in spring | New timetable", "for the island bus published", true},
		{"a capital after the list stays",
			"Related: Quay lights to be replaced in spring | New timetable", "Islanders can write to the trust about the plan", false},
		{"a short list line: the next line is not its remainder",
			"Related: Quay lights", "for the island bus published", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := wrapPage("Islanders welcomed the news on the quay on Saturday morning and\nsaid the trust had kept its word.") +
				"\n----------------------------------------------------------------\n" +
				tt.list + "\n" + tt.next + "\n" +
				"----------------------------------------------------------------\n"
			doc, err := Clean("ferry.txt", []byte(page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			gone := !strings.Contains(doc.Text, tt.next)
			if gone != tt.removed {
				t.Errorf("%q removed %v, want %v:\n%s", tt.next, gone, tt.removed, doc.Text)
			}
		})
	}
}

func TestTableCaptions(t *testing.T) {
	table := "| Hour | What happened |\n|---|---|\n| 09:10 | The pump fails |\n| 09:40 | The spare is fitted |\n| 11:05 | Water is back |\n"
	prose := "The water company said every household on the estate would get a rebate on its next bill.\n"
	tests := []struct {
		name, heading string
		removed       bool
	}{
		{"a clock note", "Sequence of events (all times BST)", true},
		{"a unit note", "Repair costs (£m)", true},
		{"a figures note", "Outages by district (figures in thousands)", true},
		{"no note: the heading heads the prose", "What the company will do", false},
		{"a bracket that is no unit", "The repair (and after)", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "# Estate without water for two hours\n\n" +
				"Homes on the Carrow estate were without running water for two hours on Monday after a pump failed, the water company said.\n\n" +
				"A spokesperson said engineers had fitted a spare within half an hour of the alarm.\n\n" +
				"## " + tt.heading + "\n\n" + table + "\n" + prose
			doc, err := Clean("water.md", []byte(page), KindMarkdown)
			if err != nil {
				t.Fatal(err)
			}
			gone := !strings.Contains(doc.Text, tt.heading)
			if gone != tt.removed {
				t.Errorf("%q removed %v, want %v:\n%s", tt.heading, gone, tt.removed, doc.Text)
			}
			if !strings.Contains(doc.Text, strings.TrimSpace(prose)) {
				t.Errorf("prose lost:\n%s", doc.Text)
			}
		})
	}
}

func TestRelatedPostsLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Related posts: Why we moved to a new pager · Our release checklist": true,
		"Related post: Why we moved to a new pager":                          true,
		"Related posts were taken down after the complaint.":                 false,
	} {
		if got := reRelated.MatchString(s); got != want {
			t.Errorf("reRelated(%q) = %v, want %v", s, got, want)
		}
	}
}

// "More on" and a name in capitals heads a related list; the same words
// going on in lower case, or into a sentence, are prose.
func TestMoreOnNameHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"More on Caldwell Rovers":                         true,
		"More on the Isle of Wight":                       false,
		"More on Caldwell Rovers: how the title was lost": true,
		"More on that later":                              false,
		"More on Caldwell Rovers later, the coach said.":  false,
	} {
		if got := reRelated.MatchString(s); got != want {
			t.Errorf("reRelated(%q) = %v, want %v", s, got, want)
		}
	}
	page := "Caldwell Rovers win the league on the final day\n\n" +
		"Caldwell Rovers won the title on Saturday after a 3-0 win at Penford, their first in 31 years.\n\n" +
		"“We have waited a long time for this,” the captain, Ria Moss, said after the match.\n\n" +
		"More on Caldwell Rovers\n" +
		"Caldwell Rovers v Penford: where to watch the parade\n" +
		"League table: Rovers four clear at the top\n"
	doc, err := Clean("rovers.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"More on Caldwell Rovers", "Caldwell Rovers v Penford: where to watch the parade"})
	if !strings.Contains(doc.Text, "the captain, Ria Moss, said") {
		t.Errorf("story lost:\n%s", doc.Text)
	}
}
