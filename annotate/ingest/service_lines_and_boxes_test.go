package ingest

import (
	"strings"
	"testing"
)

// Round-10 shapes in wordings of our own: an agency's service line in
// another language with "·" between its parts, and a wire's dateline with
// an abbreviated month after the day.

func TestAgencyServiceLineAnyLanguage(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Agencia Austral · Servicio en inglés · 21-03-2027 · 07:40 h (hora local)", junkWire},
		{"Presse Lémanique · Service en anglais · 4.5.2027 · 16h05", junkWire},
		{"Nordpresse | Englischer Dienst | 12.01.2027 | 09:30 MEZ", junkWire},
		{"Servicio en inglés · a new desk for the agency's 40 reporters · 2027", keep},
		{"The agency's English service opened on 21-03-2027 at 07:40, its director said.", keep},
	})
}

func TestDatelineWithAbbreviatedMonthAfterDay(t *testing.T) {
	for _, c := range []struct{ para, want string }{
		{"PORT SALINAS, Baja Norte, 14 Feb. (AGS) — Floods closed the port on Friday.", "PORT SALINAS, Baja Norte, 14 Feb. (AGS) — "},
		{"VALDIVIA, 3 Mar (AGS) — The bridge reopened.", "VALDIVIA, 3 Mar (AGS) — "},
	} {
		if got, _ := dateline(c.para); got != c.want {
			t.Errorf("dateline(%q) = %q, want %q", c.para, got, c.want)
		}
	}
}

func TestMediaPlayerLabelsAndRoundupDisclaimer(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"▶ Watch: the harbour master's briefing in full (18:45)", junkChrome},
		{"► Listen to the debate: county council, budget meeting (1:02:33)", junkChrome},
		{"Video: divers reach the wreck off Kelmouth (3:07)", junkChrome},
		{"This round-up gathers stories from the morning papers. We have not checked them.", junkChrome},
		{"The column collects reports from readers, the editor said, and prints the best on Fridays.", keep},
		{"The mayor said she had watched the full session, which ran for two hours (the clerk's minutes give 2:14).", keep},
	})
}

func TestRuledContactBoxAndBylineOverJobTitle(t *testing.T) {
	page := "Ferry fire: crew praised for calm evacuation\n\n" +
		"Priya Castellan\nTransport correspondent\nTue 4 May 2027 09.30 BST\n\n" +
		"Forty passengers were taken off a burning ferry in the Kelmouth estuary on Monday night, and none was hurt, the coastguard said.\n\n" +
		"The coastguard's duty officer said the crew had moved everyone to the stern within four minutes and praised them for keeping order.\n\n" +
		"The operator said the ship would stay out of service while the engine room was inspected, and that sailings would run on a smaller vessel.\n\n" +
		"==============================\nWITNESS APPEAL\nPassengers with photographs should email marine@coastguard.example quoting ref 4410.\nStatements can also be given at coastguard.example/kelmouth-fire\n==============================\n"
	doc, err := Clean("ferry.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"Priya Castellan", "Transport correspondent", "WITNESS APPEAL",
		"Passengers with photographs should email marine@coastguard.example quoting ref 4410.",
		"Statements can also be given at coastguard.example/kelmouth-fire"})
	for _, keep := range []string{"The operator said the ship would stay out of service"} {
		if !strings.Contains(doc.Text, keep) {
			t.Errorf("lost %q:\n%s", keep, doc.Text)
		}
	}
}

func TestPriceBoardInsideReport(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Water shares slide after dividend cut | Kelmouth Ledger</title></head>
<body><main><article>
<h1>Water shares slide after dividend cut</h1>
<p>Shares in Kelmouth Water fell sharply on Tuesday after the company halved its dividend and warned that repairs to its reservoirs would cost more than planned.</p>
<p>The company said the work on three dams would take until 2029, and that it would ask the regulator for leave to raise bills by more than inflation.</p>
<h3>Top fallers</h3>
<ul><li>Kelmouth Water 310.5 ▼ 9.4%</li><li>Brackwell Power 88.20 ▼ 2.1%</li><li>Estuary Gas 141 ▲ 0.6%</li></ul>
<p>Brackwell Power fell 2.1%. An analyst at a local broker said investors feared the regulator would be tougher on the whole sector after the cut.</p>
<p>Estuary Gas, which had no reservoirs to mend, edged up, as traders moved money out of water and into the rest of the utilities.</p>
</article></main></body></html>`
	doc, err := Clean("shares.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Top fallers", "Kelmouth Water 310.5 ▼ 9.4%", "Estuary Gas 141 ▲ 0.6%"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("price box line %q left in the text:\n%s", gone, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "Brackwell Power fell 2.1%.") {
		t.Errorf("lost the report's sentence:\n%s", doc.Text)
	}
}

func TestTeamNewsLines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Kelmouth Rovers: Dale (calf) out; Imrie (illness) doubt; no other absentees", junkChrome},
		{"Brackwell Town: Osei fit; Marr (suspended) out", junkChrome},
		{"Rovers: the manager said Dale was out; he would not risk Imrie, who has been ill, and he hoped to have both back by March.", keep},
	})
}

func TestBookingBoxTitleGoesWithTheBox(t *testing.T) {
	page := "# The Salt Merchant review – a slow tide that turns into a flood\n\n" +
		"*A new staging of a forgotten comedy at the Quay Theatre finds its feet in the second half*\n\n" +
		"The first scene of The Salt Merchant is a man counting sacks, and for twenty minutes it feels as if he will never stop.\n\n" +
		"Then the harbour floods, the sacks melt, and the play turns into the funniest thing on a Kelmouth stage this year, the director said after the first night.\n\n" +
		"The theatre said the run had almost sold out and that it would add a Sunday matinee for schools in March.\n\n" +
		"> **The Salt Merchant**\n> Harbour Street Studio, Kelmouth\n> Until 2 April · Tickets from £12 · Running time 2hr 10min\n> [Book now](/tickets/salt-merchant)\n\n" +
		"## More reviews\n\n- [Nine Bells review – a carol service that curdles](/stage/nine-bells) ★★☆☆☆\n- [Low Water review – two sisters and a leaking boat](/stage/low-water) ★★★★☆\n\n---\n\n© Kelmouth Ledger 2027 · [About us](/about)\n"
	doc, err := Clean("review.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"Harbour Street Studio, Kelmouth", "Book now"})
	if strings.Contains(doc.Text, "\n\nThe Salt Merchant\n") || strings.HasSuffix(doc.Text, "\n\nThe Salt Merchant") {
		t.Errorf("the booking box's title was left at the end:\n%s", doc.Text)
	}
}

func TestPDFPageTextIndentedParagraphsAndJumps(t *testing.T) {
	page := "THE KELMOUTH LEDGER · Friday 4 June 2027 · Page 2\n\nNEWS\n\n" +
		"Harbour wall to be rebuilt\nafter winter storms\n\n" +
		"  The harbour wall at Kelmouth will be rebuilt in stone next year after\n" +
		"the winter storms broke it in three places, the harbour board said on\n" +
		"Tuesday.\n" +
		"  The board's chairman said the work would cost £2.4m and would be paid\n" +
		"for by a loan from the county and a grant from the fishing fund. The\n" +
		"fishermen had asked for the work to start before the autumn, but the\n" +
		"board said the stone could not be cut in time for that.\n" +
		"  A fisherman who has worked from the harbour for thirty years said the\n\n" +
		"Continued on page 5\n\n" +
		"kelmouthledger.example                                   Page 2\n\n" +
		"THE KELMOUTH LEDGER · Friday 4 June 2027 · Page 5\n\n" +
		"NEWS\n\n" +
		"Harbour: work ‘cannot wait’\n\n" +
		"Continued from page 2\n\n" +
		"boats had been tied up in the river for most of the winter and that the\n" +
		"crews had lost two months of fishing because of it.\n" +
		"  The board will meet again in July to choose a builder for the work.\n\n" +
		"kelmouthledger.example                                   Page 5\n"
	doc, err := Clean("ledger.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Harbour wall to be rebuilt after winter storms\n\n",
		"the harbour board said on Tuesday.\n\nThe board's chairman said",
		"worked from the harbour for thirty years said the boats had been tied up",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, doc.Text)
		}
	}
	for _, gone := range []string{"Continued on page 5", "Continued from page 2", "Harbour: work ‘cannot wait’", "NEWS", "Page 5"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("page furniture %q left:\n%s", gone, doc.Text)
		}
	}
}
