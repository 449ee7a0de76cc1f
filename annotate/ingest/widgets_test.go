package ingest

import "testing"

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
		// stamps of the page's life, labelled, and a share bar
		{"Content reviewed: 2 March 2026 · Next review: March 2028", junkDate},
		{"Print this article · Email", junkChrome},
	})
}
