package ingest

import (
	"strings"
	"testing"
)

// Issue 12, round 6: furniture lines told by their shape, in wordings no
// fixture uses, each beside a line of news that shares a feature with it.

func TestButtonsAndEmbedResidue(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		// a form's button and a programme's break marker in brackets
		{"[ Send ]", junkChrome},
		{"[Find a branch]", junkChrome},
		{"[MIDROLL ADVERT]", junkChrome},
		{"[The minister left the room without taking questions.]", keep},
		// what an embedded social post leaves on the page
		{"— Ada Brill (@adabrill) 2 May 2026", junkCredit},
		{"– Port Ferries (@port_ferries)", junkCredit},
		{"A video shared by Tom Ek (@tomek.films)", junkCredit},
		{"See this thread on Bluesky", junkChrome},
		{"Open this reel in TikTok", junkChrome},
		{"Ada Brill (@adabrill) wrote that the ferry was late again.", keep},
		{"See you in court on Monday, he told the landlord.", keep},
		// a widget's control that opens more of it
		{"Load 12 more posts", junkChrome},
		{"See every update", junkChrome},
		{"Show updates were cancelled after the storm.", keep},
	})
}

func TestLinksDisclaimersAndEndMarks(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		// a labelled link: a short label, a colon and a call to act
		{"Where the money went: browse every grant", junkChrome},
		{"Your street: check the flood map", junkChrome},
		{"His advice: check the tyres before every winter trip.", keep},
		{"The verdict: guilty on all three counts", keep},
		// a legal disclaimer that names itself, however long
		{"Safe harbour statement: some of what this page says looks ahead, and events may turn out otherwise. None of it is advice to buy or sell any share, and past returns say nothing of future ones.", junkTrailer},
		{"Cautionary note — the figures above are the company's own and have not been audited.", junkTrailer},
		{"Forward-looking statements are a normal part of a listed company's filings, the regulator said.", keep},
		// a press release's end mark in capitals
		{"ENDS", junkTrailer},
		{"- END -", junkTrailer},
		{"The strike ends on Friday.", keep},
	})
}

func TestPageLabelsAndFeedback(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		// headings that name the page's own parts
		{"In this article", junkChrome},
		{"Read the full transcript", junkChrome},
		{"Show notes", junkChrome},
		{"The transcript shows the minister knew in March.", keep},
		// a feedback prompt about the page, with or without its buttons
		{"Did this article answer your question? Yes No", junkChrome},
		{"Did you find this page useful?", junkChrome},
		{"Was this election stolen? Nobody in the room thought so.", keep},
		// stamps of the page's life, labelled, and the kind of page by its date
		{"Content reviewed: 2 March 2026 · Next review: March 2028", junkDate},
		{"Briefing note · 3 June 2026", junkDate},
		{"Print this article · Email", junkChrome},
	})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"NORTHFIELD COLLEGE · PRESS OFFICE", true},
		{"Harbour Trust · News", true},
		{"Press release · 16 March 2026", false},
		{"The college said on Monday that it would close.", false},
	} {
		if got := mastheadLike(tt.line); got != tt.want {
			t.Errorf("mastheadLike(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestWidgetsByPosition checks the furniture only its place tells: a
// masthead and the kind of page above the headline.
func TestWidgetsByPosition(t *testing.T) {
	tests := []struct {
		name, page, kind string
		body             []string // paragraphs that must stay
		gone             []string // lines that must be removed and kept
	}{
		{
			name: "a masthead and the kind of page above a press release's headline",
			kind: KindText,
			page: "NORTHFIELD COLLEGE · PRESS OFFICE\nMedia release · 2 April 2026\n\nNorthfield students build a boat from recycled milk bottles\n\n" +
				"Students at Northfield College have built a rowing boat from 4,000 recycled milk bottles and plan to race it on the canal in May.\n\n" +
				"The boat weighs 60 kg and took the group of nine engineering students four months to build, the college said.\n\n" +
				"“It floats, which was the main worry,” said the course leader, Dr. Ama Osei.\n\nENDS\n\nNotes to editors\nPhotographs are available.\n",
			body: []string{"Northfield students build a boat from recycled milk bottles", "“It floats, which was the main worry,” said the course leader, Dr. Ama Osei."},
			gone: []string{"NORTHFIELD COLLEGE · PRESS OFFICE", "Media release · 2 April 2026", "ENDS"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page."+tt.kind, []byte(tt.page), tt.kind)
			if err != nil {
				t.Fatal(err)
			}
			paras := strings.Split(doc.Text, "\n\n")
			for _, b := range tt.body {
				if !containsString(paras, b) {
					t.Errorf("paragraph %q lost:\n%s", b, doc.Text)
				}
			}
			for _, g := range tt.gone {
				if containsString(paras, g) || wordCount(g) > 3 && strings.Contains(doc.Text, g) {
					t.Errorf("furniture %q left:\n%s", g, doc.Text)
				}
				if tt.kind != KindHTML && !containsString(doc.Meta.Removed, g) {
					t.Errorf("furniture %q not in meta.removed %q", g, doc.Meta.Removed)
				}
			}
		})
	}
}
