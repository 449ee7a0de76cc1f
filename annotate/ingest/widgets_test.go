package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
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
		// a transcript named by what it transcribes
		{"Video transcript", junkChrome},
		{"Full audio transcript:", junkChrome},
		{"Edited transcript", junkChrome},
		{"Video transcript shows the driver ran the light", keep},
		{"Video transcripts", keep},
		{"Court transcript", keep},
		// a feedback prompt about the page, with or without its buttons
		{"Did this article answer your question? Yes No", junkChrome},
		{"Did you find this page useful?", junkChrome},
		{"Was this election stolen? Nobody in the room thought so.", keep},
		// stamps of the page's life, labelled, and the kind of page by its date
		{"Content reviewed: 2 March 2026 · Next review: March 2028", junkDate},
		{"Briefing note · 3 June 2026", junkDate},
		{"Polls close — 10pm", keep},
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

// TestWidgetsByPosition checks the furniture only its place tells: the
// lines of a form block, a sponsor's read inside a break, a live ticker
// inside a report, a summary box, a masthead and the kind of page above
// the headline.
func TestWidgetsByPosition(t *testing.T) {
	tests := []struct {
		name, page, kind string
		body             []string // paragraphs that must stay
		gone             []string // lines that must be removed and kept
	}{
		{
			name: "a form block ending in a bracketed button",
			kind: KindText,
			page: "Library to open on Sundays\n\nThe central library in Ossett will open on Sundays from April, the council said on Tuesday.\n\n" +
				"The change costs about £40,000 a year and will be paid for from the arts budget.\n\n" +
				"FIND A BRANCH\nSee which branches have been reported closed. Type your town:\n[ Go ]\n\n" +
				"Readers in Horbury said they had waited ten years for the change to come to their branch.\n",
			body: []string{"Readers in Horbury said they had waited ten years for the change to come to their branch."},
			gone: []string{"FIND A BRANCH", "See which branches have been reported closed. Type your town:", "[ Go ]"},
		},
		{
			name: "a block with a quotation is no form",
			kind: KindText,
			page: "Library to open on Sundays\n\nThe central library in Ossett will open on Sundays from April, the council said on Tuesday.\n\n" +
				"The change costs about £40,000 a year and will be paid for from the arts budget.\n\n" +
				"“We asked for this for a decade,” said a reader.\n[ Go ]\n\nThe first Sunday opening is on 6 April.\n",
			body: []string{"“We asked for this for a decade,” said a reader."},
		},
		{
			name: "a sponsor's read between a break marker and a time stamp",
			kind: KindHTML,
			page: `<html><body><article><h1>Episode 12: The ferry that never came</h1>` +
				`<p>MARA LINDQVIST: The crossing was meant to open in May. It is now October and the pier is still fenced off.</p>` +
				`<p>HOST: Who decided to wait?</p><p>[00:08:10]</p><p>[Ad break]</p>` +
				`<p>This episode comes to you thanks to Grebe Bikes, who build cargo bikes in Fife. Use the word FERRY for a tenth off.</p>` +
				`<p>[00:09:30]</p><p>MARA LINDQVIST: The harbour board decided, and it never told the island council why it had waited so long.</p>` +
				`</article></body></html>`,
			body: []string{"MARA LINDQVIST: The harbour board decided, and it never told the island council why it had waited so long."},
			gone: []string{"[Ad break]", "This episode comes to you thanks to Grebe Bikes, who build cargo bikes in Fife. Use the word FERRY for a tenth off."},
		},
		{
			name: "a turn after a break marker stays",
			kind: KindHTML,
			page: `<html><body><article><h1>Episode 12: The ferry that never came</h1>` +
				`<p>MARA LINDQVIST: The crossing was meant to open in May. It is now October and the pier is still fenced off.</p>` +
				`<p>[Ad break]</p><p>HOST: Welcome back. Who decided to wait?</p><p>[00:09:30]</p>` +
				`<p>MARA LINDQVIST: The harbour board decided, and it never told the island council why it had waited so long.</p>` +
				`</article></body></html>`,
			body: []string{"HOST: Welcome back. Who decided to wait?"},
		},
		{
			name: "a live ticker inside a match report",
			kind: KindHTML,
			page: `<html><body><article><h1>Tarn Rangers sink Colwick with two late goals</h1>` +
				`<p class="standfirst">A goalkeeper's error and a header in stoppage time turned a dull derby</p>` +
				`<p>Key moments</p><p>90+3' Holm heads in at the far post. 2-0.</p><p>88'</p><p>Colwick's keeper drops a cross and Ives pokes it in.</p>` +
				`<p>41' Yellow card for Ives.</p><p>View all 60 updates</p>` +
				`<p>Tarn Rangers beat Colwick 2-0 at Mill Lane on Saturday with two goals in the last five minutes of a derby that had given the crowd little.</p>` +
				`<p>The Rangers manager said his players had kept going when the game looked lost, and that the goalkeeper would be fine.</p>` +
				`</article></body></html>`,
			body: []string{"Tarn Rangers beat Colwick 2-0 at Mill Lane on Saturday with two goals in the last five minutes of a derby that had given the crowd little."},
			gone: []string{"Key moments", "90+3' Holm heads in at the far post. 2-0.", "88'", "Colwick's keeper drops a cross and Ives pokes it in.", "41' Yellow card for Ives.", "View all 60 updates"},
		},
		{
			name: "a summary box under its heading",
			kind: KindMarkdown,
			page: "# What the new bin rules mean for you\n\n*Collections change in March. Here is what to do.*\n\n**In brief**\n\n" +
				"- Grey bins go fortnightly from 3 March\n- Food waste goes out every week\n- Garden waste needs a permit\n\n" +
				"## What is changing?\n\nThe council will collect grey bins every two weeks from 3 March, it said on Monday, to save about £1m a year.\n\n" +
				"Food waste will still be collected every week, the council said, and the caddies are free.\n\n**What to put out**\n\n- Glass\n- Paper\n- Cans\n",
			body: []string{"What is changing?", "Glass", "Paper", "Cans"},
			gone: []string{"In brief", "Grey bins go fortnightly from 3 March", "Food waste goes out every week", "Garden waste needs a permit"},
		},
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
		{
			name: "an embedded post's residue around the quoted post",
			kind: KindMarkdown,
			page: "# Ferry cancelled again\n\nThe 7.10 ferry from Ardmore was cancelled for the fourth time this month on Tuesday, the operator said.\n\n" +
				"A regular passenger, Ada Brill, posted on Monday:\n\n> Fourth cancellation this month. I have a job to get to.\n>\n> — Ada Brill (@adabrill) 2 May 2026\n\n" +
				"> View this reel on Instagram\n>\n> A reel shared by Port Ferries (@port_ferries)\n\n" +
				"The operator said a spare vessel would arrive from Oban by the end of the month, and that refunds were open.\n",
			body: []string{"Fourth cancellation this month. I have a job to get to."},
			gone: []string{"— Ada Brill (@adabrill) 2 May 2026", "View this reel on Instagram", "A reel shared by Port Ferries (@port_ferries)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page."+tt.kind, []byte(tt.page), tt.kind)
			if err != nil {
				t.Fatal(err)
			}
			checkParagraphsAndFurniture(t, doc, tt.body, tt.gone, tt.kind != KindHTML)
		})
	}
}

// TestDekRestatedByLede checks a text page's standfirst that ends as a
// sentence: a short summary under the headline whose words the longer lede
// takes up again is the dek; a short lede followed by a paragraph on
// something else is body.
func TestDekRestatedByLede(t *testing.T) {
	tests := []struct {
		name, page, dek string
	}{
		{
			name: "a summary the lede restates",
			page: "Quieter streets: night buses cut late-night noise complaints, council finds\n\n" +
				"A year of extra night buses in Wyck has halved noise complaints from residents of the town centre, a council review finds.\n\n" +
				"Noise complaints from town-centre residents in Wyck fell by half in the year after the council added four night buses, according to a review published on Monday by the council's transport committee.\n\n" +
				"The committee chair, Dev Patel, said the buses had emptied the taxi queues that used to form outside the bars at closing time.\n",
			dek: "A year of extra night buses in Wyck has halved noise complaints from residents of the town centre, a council review finds.",
		},
		{
			name: "a short lede and a paragraph on something else",
			page: "Night buses to run in Wyck from May\n\n" +
				"Four night buses will run through Wyck town centre on Fridays and Saturdays from May, the council said on Monday.\n\n" +
				"The committee chair, Dev Patel, said the money came from a parking surplus and that drivers had been recruited from the depot at Ashby, where two routes closed last year.\n",
			dek: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			dek := ""
			r := []rune(doc.Text)
			for _, z := range doc.Zones {
				if z.Zone == annotate.ZoneDek {
					dek = string(r[z.Start:z.End])
				}
			}
			if dek != tt.dek {
				t.Errorf("dek %q, want %q", dek, tt.dek)
			}
		})
	}
}

// Issue 12, round 7: a line that lists the story's sources or cites the
// study it reports on, and a column's standing note that it is no advice.
func TestSourceLinesAndAdviceNotes(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Sources: harbour authority figures; Tidewatch archive; interviews.", junkTrailer},
		{"Source: Office of Rail Statistics, quarterly bulletin", junkTrailer},
		{"Read the full report: Okafor, T. and Lind, P., “Heat in rented flats”, Housing Review (2025)", junkTrailer},
		{"See the ruling: Brannock v Mireside Council [2026]", junkTrailer},
		{"Sources: two officials said the deal was close to being signed.", keep},
		{"Source: the port's own logs show the ferry left late; the crew disputes it.", keep},
		{"Sources close to the club say the fee will be paid in three parts.", keep},
		{"This guide is for general information only and does not replace a talk with your own adviser.", junkTrailer},
		{"This page is not legal advice, and nothing on it should be read as a ruling on your own case.", junkTrailer},
		{"This column is not financial advice, the regulator said after the complaint.", keep},
		{"This advice is not new: the council gave it in 2019.", keep},
	})
}

// Issue 12, round 7: the practical line under a review or an event (a
// number to call and a web address), and a heading pointing at other
// reviews, interviews or guides.
func TestListingLinesAndPointerHeadings(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Booking to 3 May: 01632 960 111 or harbourarts.example", junkTrailer},
		{"Nightly until 30 June, £12; 0113 496 0500 or www.millhall.example/whatson", junkTrailer},
		{"Call 01632 960 111 or visit floodline.example if water reaches your door.", keep},
		{"The box office on 01632 960 111 sold out within an hour, the theatre said", keep},
	})
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Related reviews", true},
		{"More interviews", true},
		{"Other guides you may like", true},
		{"More reviews were due on Friday.", false},
		{"The reviews", false},
	} {
		if got := pointerHeading(c.line, wordCount(c.line)); got != c.want {
			t.Errorf("pointerHeading(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// Issue 12, round 7: a note from whoever prepared the page, labelled like
// an editor's note, is a trailer wherever it stands, and so never the dek.
func TestPreparerNotes(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Translator’s note: quotations from Polish speakers are our own translation; place names keep their Polish spelling.", junkTrailer},
		{"Publisher's notes: this edition keeps the original spelling of the 1931 report.", junkTrailer},
		{"The translator's note was read aloud in court, the judge said.", keep},
		{"Translators noted that the word has no exact English equal.", keep},
	})
}

// Issue 12, round 7: a table set as text (three or more rows that each end
// in a figure, with its title and total lines in the same block) and a
// link line to more of the page's kind.
func TestTextTablesAndMoreLinks(t *testing.T) {
	tests := []struct {
		name string
		page string
		body []string // paragraphs that must stay
		gone []string // lines that must be removed and kept
	}{
		{
			name: "a poll table in its own block",
			page: "Ferry fares poll splits the islands\n\nA poll of 2,000 islanders for the Courier found opinion on the new fares divided almost evenly between the three main islands, the pollster said.\n\n" +
				"FERRY FARES POLL (Courier/Tidewell, 2,000 adults)\nSupport new fares 41%\nOppose new fares 44%\nDon't know 15%\nMargin of error: 2.2 points\n\n" +
				"The ferry operator said it would publish a response to the poll next week.\n\nSee all results from the island polls\n",
			body: []string{"The ferry operator said it would publish a response to the poll next week."},
			gone: []string{"FERRY FARES POLL (Courier/Tidewell, 2,000 adults)", "Support new fares 41%", "Oppose new fares 44%", "Don't know 15%",
				"Margin of error: 2.2 points", "See all results from the island polls"},
		},
		{
			name: "lines of prose that end in figures stay",
			page: "Ferry fares rise again\n\nThe operator raised the fares on all routes on Monday, the third rise in two years, the transport board said.\n\n" +
				"The return fare to Ardmore is now £14.20 and the day ticket costs £22. The board said it had approved a rise of 6%.\n\n" +
				"Passengers on the Ardmore route were told the fare would be\n£14.20, up from 13\n“and we will see after that,” the captain said to 40\n",
			body: []string{"The return fare to Ardmore is now £14.20 and the day ticket costs £22. The board said it had approved a rise of 6%."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			checkParagraphsAndFurniture(t, doc, tt.body, tt.gone, true)
			if len(tt.gone) == 0 && !strings.Contains(doc.Text, "“and we will see after that,” the captain said to 40") {
				t.Errorf("wrapped prose lost:\n%s", doc.Text)
			}
		})
	}
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Browse every review of the festival", junkChrome},
		{"View the full fixtures for March", junkChrome},
		{"See all results as provisional until Monday, the returning officer said.", keep},
	})
}

// Issue 12, round 7: on a Markdown page, a box of fact lines whose values
// open with a figure (under a bold heading), a row of links set apart by
// "·", and the italic desk note above it at the page's end.
func TestMarkdownFigureBoxAndLinkRow(t *testing.T) {
	page := "# Two directors fined over quarry blast\n\n" +
		"Two directors of a quarry firm were fined on Tuesday after a blast threw rock onto a road near Tarnby, injuring a cyclist, magistrates heard.\n\n" +
		"Both men admitted breaching safety rules at the hearing in Kelmouth, the court was told by the prosecutor, who said the blast was planned badly.\n\n" +
		"**Fines**\n\n- Rhys Adeyemi: £12,000 plus £3,100 costs (two counts of the regulations)\n- Lena Morrow: 18 months' ban as a director (one count, admitted)\n\n" +
		"The cyclist, Owen Pask, said after the hearing that he still could not ride: “The fine is 12,000 pounds. My shoulder is worth more than that.”\n\n" +
		"The firm said it had changed its blasting plan and would pay for the road repairs, which the county said would cost about £40,000.\n\n" +
		"Magistrates said the directors had shown remorse and had cooperated with the inspectors from the start of the inquiry.\n\n" +
		"Sentence: 4 months, suspended for a year, the clerk read out.\n\n" +
		"*Follow the Kelmouth Post courts team for weekly court news.*\n\n" +
		"[Court diary](/courts) · [Road closures](/roads)\n"
	doc, err := Clean("page.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(doc.Text, "\n\n")
	for _, b := range []string{
		"The cyclist, Owen Pask, said after the hearing that he still could not ride: “The fine is 12,000 pounds. My shoulder is worth more than that.”",
		"Sentence: 4 months, suspended for a year, the clerk read out.",
	} {
		if !containsString(paras, b) {
			t.Errorf("paragraph %q lost:\n%s", b, doc.Text)
		}
	}
	for _, g := range []string{"Fines", "Rhys Adeyemi: £12,000 plus £3,100 costs (two counts of the regulations)", "Lena Morrow: 18 months' ban as a director (one count, admitted)",
		"Follow the Kelmouth Post courts team for weekly court news.", "Court diary · Road closures"} {
		if containsString(paras, g) || wordCount(g) > 3 && strings.Contains(doc.Text, g) {
			t.Errorf("furniture %q left:\n%s", g, doc.Text)
		}
		if !containsString(doc.Meta.Removed, g) {
			t.Errorf("furniture %q not in meta.removed %q", g, doc.Meta.Removed)
		}
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Ruth Abara: 4 yrs 2 mths (theft, two counts, Crown Court)", true},
		{"Ruth Abara: £2,400 in fines and costs (theft, two counts)", true},
		{"Ruth Abara: 4 of the jurors wanted to hear from the bank again.", false},
		{"Ruth Abara: the jury took four hours over the verdict in the end", false},
	} {
		if got := factItem(c.line, wordCount(c.line)); got != c.want {
			t.Errorf("factItem(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// checkParagraphsAndFurniture checks that every body paragraph survives
// whole and that no furniture line is left (as a paragraph, or anywhere
// when longer than three words); with kept, each removed line must also be
// in meta.removed.
func checkParagraphsAndFurniture(t *testing.T, doc *annotate.Document, body, gone []string, kept bool) {
	t.Helper()
	paras := strings.Split(doc.Text, "\n\n")
	for _, b := range body {
		if !containsString(paras, b) {
			t.Errorf("paragraph %q lost:\n%s", b, doc.Text)
		}
	}
	for _, g := range gone {
		if containsString(paras, g) || wordCount(g) > 3 && strings.Contains(doc.Text, g) {
			t.Errorf("furniture %q left:\n%s", g, doc.Text)
		}
		if kept && !containsString(doc.Meta.Removed, g) {
			t.Errorf("furniture %q not in meta.removed %q", g, doc.Meta.Removed)
		}
	}
}
