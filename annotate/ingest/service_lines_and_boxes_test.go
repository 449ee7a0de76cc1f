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
