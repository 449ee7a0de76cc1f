package ingest

import (
	"strings"
	"testing"
)

// HTML tables and pasted social posts, in wordings no fixture uses: a data
// table is furniture and its cells never run together, a table of prose
// gives paragraphs, and a post's text stays while its author, date and
// counts lines go.

func TestHTMLDataTableIsFurniture(t *testing.T) {
	page := `<html><head><title>Ferry passenger numbers fall for third year</title></head><body><article>
<h1>Ferry passenger numbers fall for third year</h1>
<p>The number of passengers on the Kelmouth ferry fell for a third year running in 2026, figures from the harbour board show, as cancellations drove commuters back to the bridge.</p>
<figure><figcaption>Passengers by year</figcaption>
<table><thead><tr><th>Year</th><th>Passengers</th><th>Sailings</th></tr></thead>
<tbody><tr><td>2024</td><td>412,000</td><td>9,310</td></tr><tr><td>2025</td><td>388,500</td><td>8,902</td></tr><tr><td>2026</td><td>351,200</td><td>8,115</td></tr></tbody></table>
<p>Source: Kelmouth Harbour Board</p></figure>
<p>The board's chair said the figures were disappointing and that the operator had promised a full timetable by the summer.</p>
<table><tr><td>Ada Pike, who has used the ferry for twenty years, said she had given up on it this winter and now drives the long way round over the bridge every morning.</td></tr></table>
<p>The operator said it expected numbers to recover once its second boat returned to service in April.</p>
</article></body></html>`
	doc, err := Clean("table.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Year Passengers Sailings", "2024 412,000 9,310", "2026 351,200 8,115", "Source: Kelmouth Harbour Board"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("table furniture %q left:\n%s", gone, doc.Text)
		}
		if !containsString(doc.Meta.Removed, gone) {
			t.Errorf("table furniture %q not in meta.removed %q", gone, doc.Meta.Removed)
		}
	}
	if strings.Contains(doc.Text, "YearPassengers") || strings.Contains(doc.Text, "2024412") {
		t.Errorf("table cells run together:\n%s", doc.Text)
	}
	// a table holding prose (a layout table) gives paragraphs
	if !strings.Contains(doc.Text, "\n\nAda Pike, who has used the ferry for twenty years, said she had given up on it") {
		t.Errorf("prose in a table cell lost or joined:\n%s", doc.Text)
	}
}

func TestEmbeddedPostTextStays(t *testing.T) {
	page := `<html><head><title>Ferry firm apologises after week of cancellations</title></head><body><article>
<h1>Ferry firm apologises after week of cancellations</h1>
<p>The operator of the Kelmouth ferry has apologised to passengers after cancelling more than 40 sailings in a week, blaming a shortage of crew and a boat stuck in dry dock.</p>
<p>The company posted on its account on Monday evening:</p>
<blockquote class="embedded-post social">
<p class="post-author">Kelmouth Ferries ✓ @kelmouthferries</p>
<p class="post-body">we know this week has been awful. we are sorry. extra crew start on friday and the second boat is back on the water next month.</p>
<p class="post-date">3 March 2027</p>
<p class="post-stats">2,104 likes · 3.9K comments</p>
</blockquote>
<p>Passengers were not impressed. Ada Pike, who commutes to the mainland every day, said she had been late for work four times in five days and that nobody had told her why.</p>
<p>The harbour board said it would ask the operator to explain the cancellations at its next meeting, and that it wanted a timetable passengers could rely on.</p>
</article></body></html>`
	doc, err := Clean("post.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	body := "we know this week has been awful. we are sorry. extra crew start on friday and the second boat is back on the water next month."
	if !strings.Contains(doc.Text, "\n\n"+body+"\n\n") {
		t.Errorf("the post's text is not a paragraph of its own:\n%s", doc.Text)
	}
	for _, gone := range []string{"@kelmouthferries", "3 March 2027", "2,104 likes"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("post furniture %q left:\n%s", gone, doc.Text)
		}
	}
}
