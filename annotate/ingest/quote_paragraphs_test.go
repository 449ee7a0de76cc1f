package ingest

import (
	"strings"
	"testing"
)

func quotePage(quote string) string {
	return `<!doctype html><html><head><title>Ferry contract talks collapse | Westhaven Echo</title></head><body>
<article><h1>Ferry contract talks collapse</h1>
<p>Talks over the island ferry contract broke down on Wednesday after the operator and the county council failed to agree on winter sailings, leaving the service without a contract from April.</p>
<p>The exchange below was recorded at the public meeting in the village hall on Tuesday evening and has been shared with the Echo by two people who attended it.</p>
` + quote + `
<p>The council said it would publish its own account of the meeting next week, and that a temporary arrangement for the spring was still being discussed with two other operators.</p>
<p>Islanders have been asked to send their views on the winter timetable to the parish council before the end of the month, when a second meeting will be held.</p>
</article></body></html>`
}

func TestQuoteParagraphsRestored(t *testing.T) {
	cases := []struct {
		quote string
		lines []string
	}{
		{`<blockquote><p><strong>CHAIR:</strong> We cannot sign a contract that ends the winter boats.</p>
<p><strong>OPERATOR:</strong> Then you will have no boats at all.</p></blockquote>`,
			[]string{"CHAIR: We cannot sign a contract that ends the winter boats.", "OPERATOR: Then you will have no boats at all."}},
		{`<blockquote class="transcript"><p><b>Q:</b> Will the Sunday crossing survive?</p><p><b>A:</b> Not under these terms, no.</p><p><b>Q:</b> And the freight run?</p></blockquote>`,
			[]string{"Q: Will the Sunday crossing survive?", "A: Not under these terms, no.", "Q: And the freight run?"}},
		{`<blockquote><p>The first letter said the timetable was final.</p><p>The second said it was <em>open to discussion</em> after all.</p></blockquote>`,
			[]string{"The first letter said the timetable was final.", "The second said it was open to discussion after all."}},
	}
	for _, c := range cases {
		doc, err := Clean("ferry.html", []byte(quotePage(c.quote)), KindHTML)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range c.lines {
			if !strings.Contains("\n"+doc.Text+"\n", "\n"+line+"\n") {
				t.Errorf("line %q not kept as its own paragraph:\n%s", line, doc.Text)
			}
		}
	}
	// near-misses: a one-line quote the extractor reads well, a quote with
	// an inline label and no space to lose, a quote with more than
	// paragraphs in it (left to the extractor), and a paragraph outside any
	// quote
	kept := []struct{ quote, text string }{
		{`<blockquote><p>“We will keep the boats running whatever happens,” the harbour master told the meeting.</p></blockquote>`,
			"“We will keep the boats running whatever happens,” the harbour master told the meeting."},
		{`<blockquote><p><strong>Note:</strong>the figures below are the council’s own estimates for the winter season.</p></blockquote>`,
			"Note:the figures below are the council’s own estimates for the winter season."},
		{`<blockquote><div><strong>Harbour Office</strong></div><p><strong>Update:</strong> the 7.15 sailing is cancelled today because of the swell at the pier.</p></blockquote>`,
			"the 7.15 sailing is cancelled today because of the swell at the pier."},
		{`<p><strong>Background:</strong> the island has had a year-round ferry since 1962, run by three operators.</p>`,
			"Background: the island has had a year-round ferry since 1962, run by three operators."},
	}
	for _, c := range kept {
		doc, err := Clean("ferry.html", []byte(quotePage(c.quote)), KindHTML)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, c.text) {
			t.Errorf("text %q changed:\n%s", c.text, doc.Text)
		}
	}
}
