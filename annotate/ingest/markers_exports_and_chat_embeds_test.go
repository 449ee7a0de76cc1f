package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// Ad markers in dashes, read-later exports, section banners and chat
// embeds, in wordings no fixture uses, each beside a line of news that
// shares its feature (dashes, "·", a capitalised label, a name).

func TestDashWrappedAdMarkers(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"-- Advertisement --", junkChrome},
		{"— ADVERTISEMENT —", junkChrome},
		{"- Story continues below -", junkChrome},
		{"--- Article continues after this advert ---", junkChrome},
		{"*** Sponsored ***", junkChrome},
		{"– End of advertisement", junkChrome},
		{"The ferry -- late again -- left at noon.", keep},
		{"-- and then the lights went out, the keeper said.", keep},
		{"— Advertisement revenue fell by a third —", keep},
	})
}

func TestReadLaterExportLines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"https://harbourgazette.example/news/ferry-timetable-2027", junkChrome},
		{"www.valleyecho.example/sport/cup-draw", junkChrome},
		{"Ines Morrow · The Valley Echo · 12 Feb 2027 · Saved 13 Feb 2027, 21:04", junkChrome},
		{"Pat Quill | Harbour Gazette | Clipped on 2 March 2027", junkChrome},
		{"Maria Lenz · Kessel Playhouse · 12 Feb 2027 · Saved from closure by a public appeal last winter", keep},
		{"The two towns · Kessel and Farrow · have shared one pool since 1998, the council said.", keep},
		{"The report is at https://council.example/report and runs to 80 pages.", keep},
	})
}

func TestStripHighlightMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"==The bridge shut at dawn.== Crews arrived later.", "The bridge shut at dawn. Crews arrived later."},
		{"“We waited. ==Nobody came,”== he said.", "“We waited. Nobody came,” he said."},
		{"The test checks that a == b before it runs.", "The test checks that a == b before it runs."},
		{"Score: ==== draw ====", "Score: ==== draw ===="},
	}
	for _, tt := range tests {
		if got := stripHighlightMarks(tt.in); got != tt.want {
			t.Errorf("stripHighlightMarks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadLaterExportHeader(t *testing.T) {
	page := "Ferry timetable cut to four sailings a day from spring\n" +
		"https://harbourgazette.example/news/ferry-timetable-2027\n" +
		"Ines Morrow · Harbour Gazette · 12 Feb 2027 · Saved 13 Feb 2027, 21:04\n\n" +
		"Islanders fear the last boat home will leave before the late shift ends\n\n" +
		"The operator will cut the island ferry to four return sailings a day from April, it said on Monday.\n\n" +
		"==Its managing director said fuel costs had doubled since the contract was signed.== The council has asked for a meeting.\n\n" +
		"Shop owners on the quay said trade would suffer. “It is the evening boat that brings people in,” one said.\n"
	doc, err := Clean("saved.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if got := zoneText(doc, annotate.ZoneHeadline); got != "Ferry timetable cut to four sailings a day from spring" {
		t.Errorf("headline %q", got)
	}
	if got := zoneText(doc, annotate.ZoneDek); got != "Islanders fear the last boat home will leave before the late shift ends" {
		t.Errorf("dek %q", got)
	}
	for _, g := range []string{"https://harbourgazette.example/news/ferry-timetable-2027",
		"Ines Morrow · Harbour Gazette · 12 Feb 2027 · Saved 13 Feb 2027, 21:04"} {
		if strings.Contains(doc.Text, g) || !containsString(doc.Meta.Removed, g) {
			t.Errorf("%q left or not in meta.removed; text:\n%s", g, doc.Text)
		}
	}
	if strings.Contains(doc.Text, "==") || !strings.Contains(doc.Text, "Its managing director said fuel costs had doubled since the contract was signed. The council") {
		t.Errorf("highlight marks not stripped:\n%s", doc.Text)
	}
}

func TestSectionBannerOverHeadline(t *testing.T) {
	body := "A bus driver who crashed into a shop window while using his phone has been banned from driving for a year.\n\n" +
		"The court heard he had been reading messages for eleven seconds before the crash.\n\n" +
		"Nobody was hurt, but the shop was closed for a month, its owner told the court.\n"
	tests := []struct {
		name     string
		page     string
		headline string
		gone     []string
		stayed   []string
	}{
		{
			name: "banner and section label over the headline",
			page: "THE KESTON TELEGRAPH\n\nMAGISTRATES’ DIARY · Cases heard this week at Keston and Farrow\n\nMotoring\n\n" +
				"Bus driver banned after phone crash into shop\n\n" + body,
			headline: "Bus driver banned after phone crash into shop",
			gone:     []string{"MAGISTRATES’ DIARY · Cases heard this week at Keston and Farrow", "Motoring"},
		},
		{
			name:     "a kicker and its headline on one line, nothing under it that reads as a headline",
			page:     "EXCLUSIVE · Bus driver banned after phone crash into shop\n\n" + body,
			headline: "EXCLUSIVE · Bus driver banned after phone crash into shop",
		},
		{
			name: "a body line with a capitalised label and a dot stays",
			page: "Bus driver banned after phone crash into shop\n\n" + body +
				"\nROUTE 14 · Buses will run from the depot on Mill Road until the shop reopens\n\nThe operator said it would review its phone policy.\n",
			headline: "Bus driver banned after phone crash into shop",
			stayed:   []string{"ROUTE 14 · Buses will run from the depot on Mill Road until the shop reopens"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("court.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			if got := zoneText(doc, annotate.ZoneHeadline); got != tt.headline {
				t.Errorf("headline %q, want %q", got, tt.headline)
			}
			paras := strings.Split(doc.Text, "\n\n")
			for _, g := range tt.gone {
				if containsString(paras, g) || !containsString(doc.Meta.Removed, g) {
					t.Errorf("%q left or not in meta.removed; text:\n%s", g, doc.Text)
				}
			}
			for _, s := range tt.stayed {
				if !containsString(paras, s) {
					t.Errorf("paragraph %q lost:\n%s", s, doc.Text)
				}
			}
		})
	}
}

func TestChatEmbedHead(t *testing.T) {
	page := `<html><body><article><h1>Games studio shuts its Dundee office</h1>
<p>The games studio Larchwood Interactive will close its Dundee office at the end of the month, its owner said on Friday.</p>
<p>Many of the sixty staff learned of the closure from an all-hands call. One designer wrote in a company chat channel soon after:</p>
<blockquote class="embed-chat"><p class="embed-author">Ailsa Brodie</p><p class="embed-meta">#studio-dundee · 4:15 PM</p><p>Twelve years here and the call lasted six minutes. Anyone need a level designer?</p></blockquote>
<p>The owner said the work would move to its studio in Bristol.</p>
<p>Office prices · Rents in the city centre have fallen for a third year, agents said.</p>
</article></body></html>`
	doc, err := Clean("studio.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(doc.Text, "\n\n")
	for _, g := range []string{"Ailsa Brodie", "#studio-dundee · 4:15 PM"} {
		if containsString(paras, g) || !containsString(doc.Meta.Removed, g) {
			t.Errorf("%q left or not in meta.removed; text:\n%s", g, doc.Text)
		}
	}
	for _, s := range []string{"Twelve years here and the call lasted six minutes. Anyone need a level designer?",
		"Office prices · Rents in the city centre have fallen for a third year, agents said."} {
		if !containsString(paras, s) {
			t.Errorf("paragraph %q lost:\n%s", s, doc.Text)
		}
	}
}

func TestChatMetaLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"#newsroom · 10:05 AM", true},
		{"in #announcements | Tue 3 Mar 2026, 16:20", true},
		{"#MeToo · the campaign that changed the industry", false},
		{"Room #4 · 10:05 AM", false},
	} {
		if got := chatMeta(tt.line); got != tt.want {
			t.Errorf("chatMeta(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
