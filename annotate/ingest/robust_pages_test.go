package ingest

import (
	"strings"
	"testing"
)

// Invented pages in shapes the unseen set lacks, run through the whole
// cleaner: what is body stays, what is furniture goes.
func TestRobustPageShapes(t *testing.T) {
	head := func(title string) string {
		return `<html><head><title>` + title + ` | Tarnbrook Echo</title></head><body>
<header><a href="/">Tarnbrook Echo</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main>`
	}
	const foot = `</main><footer><p>© Tarnbrook Echo</p></footer></body></html>`
	update := func(stamp, para string) string {
		return `<div class="update"><span class="update-time">` + stamp + `</span><p>` + para + `</p><a class="share" href="#">Share</a></div>
`
	}
	tests := []struct {
		name, page string
		body, gone []string
	}{
		{"live feed stamped in spans, not <time>", head("Gale live: bridge shut to high-sided vehicles") +
			`<h1>Gale live: bridge shut to high-sided vehicles</h1><p class="byline">By Ione Marr</p><div class="liveblog">` +
			update("15:05", "The suspension bridge has been shut to lorries and vans until the wind drops, the bridge authority said.") +
			update("14:30", "A tree has come down across the Mill Road near the school, and the council has asked drivers to use the bypass.") +
			update("13:50", "Harbourmaster Kit Ansell said boats should stay in port: “This is not a day to be out on the water.”") +
			`</div>` + foot,
			[]string{"The suspension bridge has been shut", "A tree has come down", "Harbourmaster Kit Ansell said"},
			[]string{"15:05", "14:30", "Share"}},
		{"question and answer set as a definition list", head("Three questions for the new harbour manager") +
			`<article><h1>Three questions for the new harbour manager</h1><p class="byline">By Ione Marr</p>
<p>Wren Talbot took over the harbour in May after twenty years at sea. We asked her what comes next for the quay.</p>
<dl class="qa"><dt>What is the first thing you will change?</dt>
<dd>The booking system for moorings. People wait weeks for an answer, and that is not fair on anyone who keeps a boat here.</dd>
<dt>Will fees go up this year?</dt>
<dd>Not this year. We will look at them again in the spring, once the repairs to the north wall are paid for.</dd></dl>
<p>The harbour board meets again on 12 September.</p></article>` + foot,
			[]string{"\n\nWhat is the first thing you will change?\n\nThe booking system for moorings.", "\n\nNot this year.", "The harbour board meets again"},
			nil},
		{"rest of the story behind an expander", head("Library to open on Sundays from next month") +
			`<article><h1>Library to open on Sundays from next month</h1><p class="byline">By Ione Marr</p>
<p>The town library will open on Sunday afternoons from October, the council said on Tuesday, after a petition signed by a thousand residents.</p>
<details class="more-text"><summary>Read the full story</summary>
<p>Volunteers from the friends of the library group will help staff run the Sunday sessions, with a reading club for children.</p>
<p>“We have been asking for this for three years,” said the group’s chair, Noor Halim.</p></details></article>` + foot,
			[]string{"The town library will open", "Volunteers from the friends", "said the group’s chair, Noor Halim."},
			[]string{"Read the full story"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.html", []byte(tt.page), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range tt.body {
				if !strings.Contains(doc.Text, b) {
					t.Errorf("body %q lost:\n%s", b, doc.Text)
				}
			}
			for _, g := range tt.gone {
				if strings.Contains(doc.Text, g) {
					t.Errorf("furniture %q left:\n%s", g, doc.Text)
				}
			}
		})
	}
}
