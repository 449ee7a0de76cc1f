package ingest

import (
	"strings"
	"testing"
)

// Briefing, magazine-interview, court-report and investigation furniture,
// in wordings no fixture uses, each beside a story line that shares a
// feature.

func TestEventLineNeedsEventDateAndPlace(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Media briefing · Friday 2 April 2027, 14:00 · Council Chamber", true},
		{"Press conference | 4 June 2027 | Hall 2, Exhibition Centre", true},
		{"Press briefing · Monday 8 March 2027 · reporters waited outside", false},
		{"Ferry timetable · Monday 8 March 2027 · Harbour Office", false},
		{"Media briefing · next week · Council Chamber", false},
		{"Media briefing · Friday 2 April 2027 · Council Chamber.", false},
	}
	for _, tt := range tests {
		if got := eventLine(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("eventLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestEventIssueQuestionsNoteCaseReferenceAndReplyLines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"*Press briefing · Monday 8 March 2027, 09:30 · Harbour Office*", junkChrome},
		{"Public hearing | 12 May 2027 | Court of Session", junkChrome},
		{"Issue 12 · Spring 2027", junkChrome},
		{"No. 7 | Autumn 2026", junkChrome},
		{"Issue 12 · Spring cleaning", keep},
		{"Questions are listed in the order they came in. Answers are paraphrased by the council’s staff.", junkTrailer},
		{"*Replies have been summarised by the fire service.*", junkTrailer},
		{"Answers were given by the minister in writing, the clerk said.", keep},
		{"Questions are numbered because the chair asked for it, and he refused to take more than ten.", keep},
		{"Case ref: Halloran v Teague [2026] EWHC 402 (KB)", junkChrome},
		{"Neutral citation: [2027] UKSC 9", junkChrome},
		{"R v Pellow [2025] EWCA Crim 77", junkChrome},
		{"In R v Pellow [2025] EWCA Crim 77 the judges said the sentence was too long.", keep},
		{"Right of reply", junkChrome},
		{"**Right to reply:**", junkChrome},
		{"A right of reply for the families", keep},
	})
}

// briefingBody is a story of four paragraphs long enough to start a page's
// body.
const briefingBody = "The number of ferry crossings cancelled because of the storm has reached 64 this week, and the harbour board said on Monday that the pier at Tollan would stay shut until Thursday.\n\n" +
	"Speaking at the harbour office, the board’s operations director, Mairi Kesson, said the pier’s lower deck had been “lifted like a carpet” by the waves on Saturday night.\n\n" +
	"She said engineers had found two cracked piles and that divers would check the rest of the structure once the swell dropped below two metres.\n\n" +
	"The board’s chair, Tomas Reddy, said every passenger with a cancelled booking would get a full refund and that no ticket needed to be rebooked by hand.\n\n"

func TestBriefingTableHeadingsQuestionsAndNumberedItems(t *testing.T) {
	page := "# Storm shuts Tollan pier until Thursday\n\n" +
		"*The harbour board says divers will inspect the structure once the swell drops*\n\n" +
		"*Press briefing · Monday 8 March 2027, 09:30 · Harbour Office*\n\n" +
		briefingBody +
		"## At a glance\n\n" +
		"| | This week | Last week |\n" +
		"|:---|---:|---:|\n" +
		"| Crossings cancelled | 64 | 3 |\n" +
		"| Passengers refunded | 2,310 | 90 |\n" +
		"| Piles cracked | 2 | 0 |\n\n" +
		"*Counts to 6pm on Sunday. Source: Tollan Harbour Board.*\n\n" +
		"## Questions from the press\n\n" +
		"*Questions are listed in the order they came in. Answers are paraphrased by the board’s staff.*\n\n" +
		"1. **Q (Coast FM):** When will the pier reopen?\n\n" +
		"She said Thursday at the earliest, if the divers found nothing new.\n\n" +
		"2. **Q (Tollan Times):** Who pays for the repairs?\n\n" +
		"She said the board’s insurers had been told on Sunday.\n"
	doc, err := Clean("briefing.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"Press briefing · Monday 8 March 2027, 09:30 · Harbour Office",
		"At a glance", "| Crossings cancelled | 64 | 3 |", "| Piles cracked | 2 | 0 |", // rows as the page sets them (markdown_table_lines.go)
		"Counts to 6pm on Sunday. Source: Tollan Harbour Board.",
		"Questions from the press",
		"Questions are listed in the order they came in. Answers are paraphrased by the board’s staff.",
	})
	// the numbered questions and the answers stay, with their numbers
	for _, s := range []string{"1. Q (Coast FM): When will the pier reopen?", "2. Q (Tollan Times): Who pays for the repairs?",
		"She said the board’s insurers had been told on Sunday."} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("%q lost:\n%s", s, doc.Text)
		}
	}
	if strings.Contains(doc.Text, "|---") {
		t.Errorf("table delimiter row left:\n%s", doc.Text)
	}
}

func TestTableAndQuestionsHeadingsOverProseStay(t *testing.T) {
	// a heading over a table and then prose heads the prose; a questions
	// heading over paragraphs is a section of the story
	page := "# Storm shuts Tollan pier until Thursday\n\n" + briefingBody +
		"Passengers claiming a refund at the harbour office will be asked for two things:\n\n" +
		"1. Their booking reference\n" +
		"2. The card they paid with\n\n" +
		"The office will open an hour early on Tuesday and Wednesday to deal with the queue, the board said.\n\n" +
		"## What the figures show\n\n" +
		"| Week | Cancelled |\n" +
		"|---|---|\n" +
		"| This week | 64 |\n" +
		"| Last week | 3 |\n\n" +
		"The board said the cancellations were the most in a single week since it began keeping records, and that the pier’s owners would meet on Friday.\n\n" +
		"## Questions\n\n" +
		"Local councillors said the board had been warned about the lower deck in 2024, and that a survey it paid for had found rust on three of the piles.\n\n" +
		"Steps for numbered points:\n\n" +
		"3. Keep your ticket.\n\n" +
		"4. Ask for a refund online.\n"
	doc, err := Clean("briefing.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"What the figures show", "Questions\n\nLocal councillors said", "3. Keep your ticket.", "4. Ask for a refund online."} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("%q lost:\n%s", s, doc.Text)
		}
	}
	// a tight run of numbered lines is a box: its numbers are decoration
	if !strings.Contains(doc.Text, "\n\nTheir booking reference") || strings.Contains(doc.Text, "2. The card they paid with") {
		t.Errorf("tight numbered list kept its numbers:\n%s", doc.Text)
	}
}

func TestPipeTableRows(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"table", []string{"| | A | B |", "|---|:--:|--:|", "| Row one | 1 | 2 |"}, []string{"A | B", "Row one | 1 | 2"}},
		{"no outer pipes", []string{"Team | Score", "--- | ---", "Reds | 3"}, []string{"Team | Score", "Reds | 3"}},
		{"no delimiter row", []string{"| Row one | 1 |", "| Row two | 2 |", "| Row three | 3 |"}, nil},
		{"prose line", []string{"| A | B |", "|---|---|", "A sentence without a cell."}, nil},
	}
	for _, tt := range tests {
		if got := pipeTableRows(tt.lines); strings.Join(got, "\n") != strings.Join(tt.want, "\n") || (got == nil) != (tt.want == nil) {
			t.Errorf("%s: pipeTableRows(%q) = %q, want %q", tt.name, tt.lines, got, tt.want)
		}
	}
}

func TestPullQuoteCreditGoesWithItsQuote(t *testing.T) {
	page := "# The keeper of Tollan light\n\n" +
		"*After forty winters on the rock, Agnes Loy hands the lamp to a machine*\n\n" +
		"Agnes Loy has kept the light at Tollan for forty winters, climbing its 118 steps twice a night in every kind of weather, and next month the lamp will be run from a screen in the town.\n\n" +
		"**Were you ever afraid up there?**\n\n" +
		"Never of the sea. I was afraid of the stairs in the dark, and of the gulls in spring, when they nest on the gallery and come at you like knives.\n\n" +
		"> “I was afraid of the stairs in the dark.”\n>\n> — Agnes Loy\n\n" +
		"**What will you do now?**\n\n" +
		"Walk on flat ground for a while. Then I will find another set of stairs, I expect, because I do not know how to live without climbing something every day.\n\n" +
		"I wrote to the board once, in 1998, and asked for a handrail on the lower flight.\n"
	doc, err := Clean("interview.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"“I was afraid of the stairs in the dark.”"})
	if strings.Contains(doc.Text, "— Agnes Loy") {
		t.Errorf("pull quote's credit left:\n%s", doc.Text)
	}
}

func TestDashNameUnderKeptTextStays(t *testing.T) {
	// a credit line goes only with a quotation the cleaner removed
	units := []unit{
		{text: "“Keep the lamp lit and the log straight.”", block: 0},
		{text: "— Agnes Loy", block: 0},
		{text: "The rule she was given on her first night is still pinned above the stove.", block: 1},
		{text: "— Agnes Loy, keeper", block: 1},
	}
	kinds := []junk{keep, keep, keep, keep}
	removed := make([][]string, len(units))
	wc := make([]int, len(units))
	for i := range units {
		wc[i] = wordCount(units[i].text)
	}
	removePullQuoteCredits(units, kinds, removed, wc)
	if kinds[1] != keep || kinds[3] != keep {
		t.Fatalf("credit under kept text removed: %v", kinds)
	}
	kinds[0] = junkChrome // the pull quote, removed
	removePullQuoteCredits(units, kinds, removed, wc)
	if kinds[1] != junkChrome || kinds[3] != keep {
		t.Errorf("want only the removed quote's credit removed: %v", kinds)
	}
}

func TestRightOfReplyHeadingOverReplies(t *testing.T) {
	page := `<html><head><title>Harbour board knew of cracked piles</title></head><body><article>
<h1>Harbour board knew of cracked piles a year before the storm</h1>
<p>The harbour board was told in writing that two of the piles under Tollan pier were cracked more than a year before a storm lifted its lower deck, documents seen by this newsroom show.</p>
<p>A survey the board commissioned in 2026 found rust on three piles and cracks in two, and advised repairs “within six months”. The work was never booked, according to minutes of the board’s meetings.</p>
<p>A former board member, who asked not to be named, said the survey had been discussed once and then “put in a drawer”.</p>
<h2>Right of reply</h2>
<p>We sent the board a summary of our findings on Tuesday.</p>
<p>In a statement, the board said it “does not recognise” the account of its meetings and that the repairs had been delayed by a shortage of divers.</p>
</article></body></html>`
	doc, err := Clean("reply.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "Right of reply") {
		t.Errorf("reply heading left:\n%s", doc.Text)
	}
	for _, s := range []string{"We sent the board a summary of our findings on Tuesday.", "In a statement, the board said it “does not recognise”"} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("%q lost:\n%s", s, doc.Text)
		}
	}
}

func TestTableSourceNoteAndQuestionTurn(t *testing.T) {
	notes := []struct {
		line string
		want bool
	}{
		{"Counts to noon on Friday. Source: County Records Office.", true},
		{"*Sources: port authority, coastguard*", true},
		{"The figures came from the coastguard, the harbour master said. Source: coastguard.", false},
		{"Counts to noon on Friday, when the “worst week” began.", false},
	}
	for _, tt := range notes {
		if got := tableSourceNote(tt.line); got != tt.want {
			t.Errorf("tableSourceNote(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	turns := []struct {
		line string
		want bool
	}{
		{"4. Q (Valley Radio): Will the road reopen?", true},
		{"Q: Will the road reopen?", true},
		{"Question 3: Who pays?", true},
		{"Quentin Hale asked whether the road would reopen.", false},
	}
	for _, tt := range turns {
		if got := reQuestionTurn.MatchString(tt.line); got != tt.want {
			t.Errorf("reQuestionTurn(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
