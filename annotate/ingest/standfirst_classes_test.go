package ingest

import (
	"strings"
	"testing"
)

func TestStandfirstAfterHeadline(t *testing.T) {
	page := func(body string) string {
		return `<html><head><title>Ferry cut to four crossings</title></head><body><article>` + body + `</article></body></html>`
	}
	tests := []struct {
		name, html, dek string
	}{
		{"strap under the headline", page(`<h1>Ferry cut to four crossings</h1><p class="strap">Islanders say the new timetable makes commuting impossible</p><p>The ferry will run four times a day from Monday, its operator said in a notice to passengers.</p><p>Crews have left for the oil terminal, the company said.</p>`), "Islanders say the new timetable makes commuting impossible"},
		{"excerpt under the headline", page(`<h1>Ferry cut to four crossings</h1><p class="entry-excerpt">Operator blames crew shortage after staff leave for terminal jobs</p><p>The ferry will run four times a day from Monday, its operator said in a notice to passengers.</p><p>Crews have left for the oil terminal, the company said.</p>`), "Operator blames crew shortage after staff leave for terminal jobs"},
		{"strap with another class", page(`<h1>Ferry cut to four crossings</h1><p class="strap large">Council to meet operator next week over the cuts</p><p>The ferry will run four times a day from Monday, its operator said in a notice to passengers.</p><p>Crews have left for the oil terminal, the company said.</p>`), "Council to meet operator next week over the cuts"},
		{"teaser card before the headline", `<html><head><title>Ferry cut to four crossings</title></head><body><aside><p class="excerpt">Another story entirely about the bypass</p></aside><article><h1>Ferry cut to four crossings</h1><p>The ferry will run four times a day from Monday, its operator said in a notice to passengers.</p><p>Crews have left for the oil terminal, the company said.</p></article></body></html>`, ""},
		{"a class that only contains the word", page(`<h1>Ferry cut to four crossings</h1><p class="straplessbanner">Nothing to see</p><p>The ferry will run four times a day from Monday, its operator said in a notice to passengers.</p><p>Crews have left for the oil terminal, the company said.</p>`), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("a.html", []byte(tt.html), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, z := range doc.Zones {
				if z.Zone == "dek" {
					got = string([]rune(doc.Text)[z.Start:z.End])
				}
			}
			if strings.TrimSpace(got) != tt.dek {
				t.Errorf("dek = %q, want %q\n%s", got, tt.dek, doc.Text)
			}
		})
	}
	if standfirstAfterHeadline("strap", false) || !standfirstAfterHeadline("Strap", true) || standfirstAfterHeadline("strapline-ad", true) {
		t.Error("standfirstAfterHeadline: wrong on a bare class")
	}
}
