package ingest

import (
	"strings"
	"testing"
)

// Letters pages in wordings no fixture uses: a letter titled as a campaign
// ("Keep the ferry running") keeps its title, and the last letter keeps its
// signature; the same shapes on a page without signed letters go as before.

func lettersPage(letters []string, after string) string {
	var sb strings.Builder
	sb.WriteString(`<html><head><title>Letters: ferries, footpaths and the old pier</title></head><body><main><article>
<h1>Letters: ferries, footpaths and the old pier</h1>
<p class="standfirst">Readers on this week’s news from Kelmouth and the islands</p>
`)
	for _, l := range letters {
		sb.WriteString(l)
	}
	sb.WriteString(after)
	sb.WriteString(`</article></main></body></html>`)
	return sb.String()
}

var (
	letterFerry = `<section><h3>Keep the ferry running</h3>
<p>The harbour board’s chair, Ewan Lisle, told the annual meeting that the winter timetable would be “kept under review”, which on this island has always meant cut.</p>
<p>Forty of us cross every weekday to work and school. Without the early boat we would need to leave the island altogether, and I doubt the board would miss us.</p>
<p class="sig">— Fiona Maclure, Kelmouth</p></section>
`
	letterPath = `<section><h3>Mend the cliff path</h3>
<p>The coastal path below the lighthouse has been closed since the storm in October, and the council’s rangers say no money has been set aside to repair the fallen section this year.</p>
<p class="sig">— Dougal Rennie, secretary, Skerrow Walkers, Elmbridge</p></section>
`
	letterPier = `<section><h3>The old pier</h3>
<p>My grandfather helped build the old pier in 1931, and I would like to know why the council let it rot for twenty years before deciding it was too dangerous to save.</p>
<p class="sig">— Morag Hay, Port Ellis</p></section>
`
)

func TestLetterTitlesAndSignaturesStay(t *testing.T) {
	doc, err := Clean("letters.html", []byte(lettersPage([]string{letterPier, letterFerry, letterPath}, "")), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, kept := range []string{"\n\nKeep the ferry running\n\nThe harbour board’s chair", "\n\nMend the cliff path\n\nThe coastal path", "\n\nThe old pier\n\n"} {
		if !strings.Contains(doc.Text, kept) {
			t.Errorf("letter title lost, want %q in:\n%s", kept, doc.Text)
		}
	}
	if !strings.HasSuffix(doc.Text, "— Dougal Rennie, secretary, Skerrow Walkers, Elmbridge") {
		t.Errorf("last letter's signature lost:\n%s", doc.Text)
	}
}

func TestLetterTitleNearMisses(t *testing.T) {
	tests := []struct {
		name    string
		letters []string
		after   string
		gone    string
	}{
		// a call to act after the last letter is the page's own box
		{"promo after the letters", []string{letterPier, letterFerry},
			`<div><h3>Sign up today</h3><p>Get the letters page in your inbox every Friday morning with our free weekly newsletter for readers in Kelmouth and the islands.</p></div>`,
			"Sign up today"},
		// a page with one signed letter is no letters page
		{"one letter", []string{letterPier, strings.Replace(letterFerry, "<p class=\"sig\">— Fiona Maclure, Kelmouth</p>", "", 1)},
			"", "Keep the ferry running"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("letters.html", []byte(lettersPage(tt.letters, tt.after)), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(doc.Text, tt.gone) {
				t.Errorf("%q kept:\n%s", tt.gone, doc.Text)
			}
		})
	}
}

func TestLetterSignature(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"— Fiona Maclure, Kelmouth", true},
		{"– Dougal Rennie, secretary, Skerrow Walkers, Elmbridge", true},
		{"- Anna van Leer, Port Ellis", true},
		{"— Fiona Maclure", false},                      // no town: a pull quote's credit
		{"— the harbour board, in a statement.", false}, // a sentence
		{"Fiona Maclure, Kelmouth", false},              // no dash
		{"— Kelmouth ferry timetable, winter 2027 and 2028, all sailings from the north pier and the south slipway", false}, // too long
	}
	for _, tt := range tests {
		if got := letterSignature(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("letterSignature(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	units := []unit{{text: "A story ends here with a long enough sentence to count as prose in it."}, {text: "— Fiona Maclure, Kelmouth"}}
	wc := []int{wordCount(units[0].text), wordCount(units[1].text)}
	if closingLetterSignature(units, make([]junk, 2), wc, 1) {
		t.Errorf("closingLetterSignature: one signature on a page made a letters page")
	}
}
