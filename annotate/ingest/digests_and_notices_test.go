package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// Digest, wire-service, court, match-report, live-page, newsletter and
// HTML-table furniture, in wordings no fixture uses, each beside a news line
// that shares a feature.

func TestDigestIssueContentsAndSiteLinks(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Monday 4 May 2026 | Issue 87", junkChrome},
		{"No. 310 · 19 January 2027", junkChrome},
		{"Issue 87 of the magazine sold out on 4 May 2026, its publisher said.", keep},
		{"Hello again. In this week's newsletter: the ferry timetable, and why it keeps slipping.", junkChrome},
		{"In today's edition, three stories from the harbour.", junkChrome},
		{"The mayor wrote in this week's newsletter that the ferry would run again by June.", keep},
		{"Read the complete ruling on the Gazette website", junkChrome},
		{"See the full list of closures at our site", junkChrome},
		{"Read the full ruling, the judge told the court, before you judge the council.", keep},
	})
	page := "View in browser\n\n" +
		"THE HARBOUR GAZETTE: TRANSPORT LETTER\nMonday 4 May 2026 | Issue 87\n\n" +
		"Hello again. In this week's newsletter: the ferry timetable, and why it keeps slipping.\n\n" +
		"----------------------------------------\nA WORD FROM OUR SPONSOR\nTired of the queue at the terminal? Quayside Parking has\nspaces from £4 a day for ferry passengers all summer.\nBook now: quayside-parking.example/ferry\n----------------------------------------\n\n" +
		"Ferry timetable slips again as second boat stays in dry dock\n\n" +
		"Passengers face another month of reduced sailings while repairs drag on\n\n" +
		"By Tomasz Reed, Transport reporter\n\n" +
		"The operator of the Kelmouth ferry has cut its summer timetable for a second time, saying its second boat will stay in dry dock until the end of June.\n\n" +
		"A spokeswoman for the operator said engineers had found more corrosion in the hull than expected and that safety came first.\n\n" +
		"Read the complete ruling on the Gazette website\n\n" +
		"----------------------------------------\nELSEWHERE TODAY\n- Bus lane on Quay Road to open in July\n- Council sets date for parking consultation\n----------------------------------------\n"
	doc, err := Clean("digest.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"Monday 4 May 2026 | Issue 87",
		"Hello again. In this week's newsletter: the ferry timetable, and why it keeps slipping.",
		"Tired of the queue at the terminal? Quayside Parking has", "spaces from £4 a day for ferry passengers all summer.",
		"Read the complete ruling on the Gazette website", "ELSEWHERE TODAY",
		"- Bus lane on Quay Road to open in July", "- Council sets date for parking consultation"})
	if got := zoneText(doc, annotate.ZoneHeadline); got != "Ferry timetable slips again as second boat stays in dry dock" {
		t.Errorf("headline %q", got)
	}
	if got := zoneText(doc, annotate.ZoneDek); got != "Passengers face another month of reduced sailings while repairs drag on" {
		t.Errorf("dek %q", got)
	}
}

func TestSponsorBoxNeedsItsRule(t *testing.T) {
	// a sponsor label inside a block with no rule closing it takes nothing
	// with it: the lines under it may be the story's
	page := "Ferry timetable slips again\n\n" +
		"The operator of the Kelmouth ferry has cut its summer timetable for a second time, saying its second boat will stay in dry dock.\n\n" +
		"Sponsored\nThe operator said engineers had found more corrosion in the hull\nthan expected and that safety came first.\n"
	doc, err := Clean("sponsor.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "The operator said engineers had found more corrosion") {
		t.Errorf("story lines under a label without a rule lost:\n%s", doc.Text)
	}
}

func TestAgencyServiceLine(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Nordisk Telegrambyrå – English Service – 02.03.2027 09:15 CET", junkWire},
		{"Baltic News Agency — Newswire — 3 May 2027, 07:40", junkWire},
		{"Kelmouth Ferry Service cancelled all sailings on 02.03.2027 – the third time this winter.", keep},
		{"The English Service of the agency closed on 2 March 2027, its editor said.", keep},
		// the service named in two languages, parted by a slash
		{"Agencja Bałtycka – Serwis angielski / English Service – 03.05.2027, 07:40 CET", junkWire},
		{"Baltiska Byrån · Engelska tjänsten / English Desk · 3 May 2027", junkWire},
		// near misses: a slash in prose beside dashes and a date
		{"Ferry Service / Bus Service – both cut from 03.05.2027 – the council said.", keep},
		{"Pilots / Harbour Service – talks resumed on 03.05.2027 – no deal yet, the union said.", keep},
	})
	page := "Nordisk Telegrambyrå – English Service – 02.03.2027 09:15 CET\n\n" +
		"Harbour cranes to be replaced after storm, port says\n\n" +
		"KELMOUTH, 2 March (NTB) – The port of Kelmouth will replace four cranes damaged in last week's storm, its director said on Tuesday.\n\n" +
		"The director said the work would take most of the year and that shipping would move to the north quay in the meantime.\n"
	doc, err := Clean("wire.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"Nordisk Telegrambyrå – English Service – 02.03.2027 09:15 CET"})
	if got := zoneText(doc, annotate.ZoneHeadline); got != "Harbour cranes to be replaced after storm, port says" {
		t.Errorf("headline %q", got)
	}
}

func TestCourtRestrictionNotices(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Reporting restrictions: An order under section 45 of the Youth Justice and Criminal Evidence Act 1999 prevents the naming of the boy, and anything that could identify him, in any report of these proceedings, in print or online, until he turns 18 or the court lifts the order.", junkTrailer},
		{"Legal note: the jury has not yet been sent out.", junkTrailer},
		{"This article is subject to reporting restrictions.", junkTrailer},
		{"This report was published subject to the Contempt of Court Act 1981.", junkTrailer},
		{"Reporting restrictions were lifted on Friday after the judge ruled that the boy, now 18, could be named in reports of the case, a decision his family had opposed throughout the trial at the crown court.", keep},
		{"The judge said the order would stay in force until the end of the trial.", keep},
	})
}

func TestMatchStatBoxAndReactionHeading(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Player of the match: Ines Carvalho (Tarnby) — 2 goals, 1 assist", junkChrome},
		{"Top scorer: Dan Oyelaran (Kelmouth) – 24 points and 9 rebounds", junkChrome},
		{"Player of the match: Ines Carvalho, who scored twice in the second half.", keep},
		{"Attendance: 6,200 — a record for the ground", keep},
	})
	page := "# Tarnby edge Kelmouth in five-goal thriller\n\n" +
		"Tarnby came from behind twice to beat Kelmouth 3-2 at Mill Road on Saturday, with Ines Carvalho scoring the winner in the 88th minute.\n\n" +
		"> **Player of the match:** Ines Carvalho (Tarnby) — 2 goals, 1 assist\n\n" +
		"## Reaction\n\n" +
		"**Ada Pike, Tarnby manager:** “We never stopped running, and in the end that won it.”\n\n" +
		"**Tom Lyle, Kelmouth captain:** “We gave away two soft goals. That is on us.”\n\n" +
		"## What happens next\n\n" +
		"Tarnby play away at Harlowe in the semi-final on 12 April, the league said.\n"
	doc, err := Clean("match.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"Player of the match: Ines Carvalho (Tarnby) — 2 goals, 1 assist", "Reaction"})
	for _, kept := range []string{"Ada Pike, Tarnby manager: “We never stopped running", "What happens next"} {
		if !strings.Contains(doc.Text, kept) {
			t.Errorf("%q lost:\n%s", kept, doc.Text)
		}
	}
}

func TestTeasersPostAuthorsAndCounters(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"LIVE: Floods close the coast road as rivers keep rising", junkRelated},
		{"WATCH | The moment the crane came down", junkRelated},
		{"Latest: Second ferry cancelled for the weekend", junkRelated},
		{"Live: the band played for three hours and the crowd stayed until the end.", keep},
		{"Read more: How the harbour wall was rebuilt after the 2014 storm", junkRelated},
		{"Read more about the wall, the engineer said, and you will see why it failed.", keep},
		{"kelmouth ferries ✓ @kelmouthferries", junkChrome},
		{"Ada Pike @adapike", junkChrome},
		{"Ada Pike, who posts as @adapike, said the ferry was late again.", keep},
		{"♡ 412 · 💬 37 comments", junkChrome},
		{"1.2K likes 40 replies", junkChrome},
		{"412 people signed the petition and 37 left comments.", keep},
	})
}
