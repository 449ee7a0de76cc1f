package ingest

import (
	"strings"
	"testing"
)

// A roundup's sections, one per person, each a heading over two prose
// paragraphs, are kept though their class says "author"; a sponsor box
// between them still goes. Near-misses: the writers' bio boxes after the
// story (one paragraph each), a run of teaser sections whose headings are
// links, and a single section of the class stay dropped.

func bodySectionsPage(body string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Four cooks and a burnt tart: the Tarnby food fair | The Marsh Courier</title></head>
<body><main><article>
<h1>Four cooks and a burnt tart: the Tarnby food fair</h1>
<p>The Tarnby food fair drew 6,000 visitors to the old cattle market on Saturday, its organisers said, the most since it began in 2009.</p>
<p>Organiser Petra Vangelis said the stalls had run out of bread by two o'clock and that the fair would move to a bigger site next year.</p>
` + body + `
<p>Vangelis said next year's fair would be held on the first Saturday of June.</p>
</article></main></body></html>`
}

const storySections = `<section class="author-entry">
<h2>Rosalind Achterberg</h2>
<p>The pastry chef said her first tart of the day had burnt because she was talking to a judge. “I have made that tart a thousand times and never burnt one,” she said.</p>
<p>Achterberg said she would bring a second oven next year and that her apprentice had saved the rest of the batch.</p>
</section>
<aside class="sponsor-box"><p>The fair is supported by Quillon Mills, millers to the marsh since 1888, who wish every baker a good rise.</p></aside>
<section class="author-entry">
<h2>Benedek Ostrowicz</h2>
<p>The smokehouse owner said queues for his eel had stretched past the war memorial by noon, longer than at any fair before.</p>
<p>Ostrowicz said he had sold 40 kilos and would keep his stall at the same spot, beside the pump, next year.</p>
</section>`

func TestBodySectionsKept(t *testing.T) {
	doc, err := Clean("fair.html", []byte(bodySectionsPage(storySections)), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Rosalind Achterberg", "never burnt one", "Benedek Ostrowicz", "beside the pump", "first Saturday of June"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("lost %q:\n%s", want, doc.Text)
		}
	}
	if strings.Contains(doc.Text, "Quillon Mills") {
		t.Errorf("the sponsor box was kept:\n%s", doc.Text)
	}
}

func TestBodySectionsNearMissesStayDropped(t *testing.T) {
	for _, c := range []struct{ name, body, gone string }{
		{"bio boxes, one paragraph each", `<div class="author-bio"><h3>Harriet Quell</h3><p>Harriet Quell is the Courier's food writer and has judged the fair's cake tent for eleven years.</p></div>
<div class="author-bio"><h3>Tomas Brevik</h3><p>Tomas Brevik is a photographer and reporter for the Courier who covers the marsh villages.</p></div>`, "judged the fair's cake tent"},
		{"teasers with linked headings", `<div class="author-picks"><h3><a href="/food/a">The best pies in the marsh</a></h3><p>Our critic ate her way round eleven villages to find the pie that rules them all.</p><p>She came back with a list and a new belt, and the verdict may surprise you.</p></div>
<div class="author-picks"><h3><a href="/food/b">Why the eel is back</a></h3><p>Smokehouses along the coast say demand has doubled since the river was cleaned up.</p><p>We visited three of them to see what the fuss about the smoked eel is.</p></div>`, "ate her way round"},
		{"one section only", `<section class="author-entry"><h2>Rosalind Achterberg</h2><p>Rosalind Achterberg writes about baking for the Courier and runs a bakery in the village of Holm.</p><p>Her first book, on the breads of the marsh, comes out in the spring from a small press in Tarnby.</p></section>`, "breads of the marsh"},
	} {
		doc, err := Clean("fair.html", []byte(bodySectionsPage(c.body)), KindHTML)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(doc.Text, c.gone) {
			t.Errorf("%s: kept %q:\n%s", c.name, c.gone, doc.Text)
		}
		if !strings.Contains(doc.Text, "first Saturday of June") {
			t.Errorf("%s: lost the body:\n%s", c.name, doc.Text)
		}
	}
}
