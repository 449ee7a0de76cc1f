package ingest

import (
	"strings"
	"testing"
)

// Glossaries under easy-read stories, in wordings no fixture uses: the
// heading and its terms with their meanings go, set as a definition list or
// as "term – meaning" lines; a short run of questions and answers that is
// part of the story stays.

func TestGlossaryRemoved(t *testing.T) {
	page := `<html><body><main><h1>The swimming pool will close for the summer</h1>
<p>The swimming pool in Harwick will close in June. It needs a new roof.</p>
<p>The council said the pool will open again in September. It said the work will cost a lot of money.</p>
<p>Amir Shah swims there every week. He said he will go to the pool in the next town.</p>
<section><h2>Key words</h2><dl>
<dt>roof</dt><dd>The top of a building. It keeps the rain out.</dd>
<dt>council</dt><dd>The people who run the services in our town.</dd>
</dl></section>
<div><h2>Hard words</h2><p>repair – To make something work again.</p><p>lifeguard: A person who keeps swimmers safe.</p></div>
</main></body></html>`
	doc, err := Clean("pool.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"Key words", "The top of a building. It keeps the rain out.", "The people who run the services in our town.",
		"Hard words", "repair – To make something work again.", "lifeguard: A person who keeps swimmers safe.",
	})
	if !strings.HasSuffix(strings.TrimSpace(doc.Text), "He said he will go to the pool in the next town.") {
		t.Errorf("story's end lost or glossary left:\n%s", doc.Text)
	}
}

func TestGlossaryNearMissesStay(t *testing.T) {
	page := `<html><body><main><h1>The library will open on Sundays</h1>
<p>The library in Harwick will open on Sundays from May. The council said more people want to use it at the weekend.</p>
<h2>Questions and answers</h2>
<p>When will it open?</p>
<p>From 10 o'clock until 4 o'clock.</p>
<p>Who will work there?</p>
<p>The council said new staff will work on Sundays.</p>
<h2>Key words</h2>
<p>Ruth Bell runs the reading group.</p>
<p>She said the group will meet on Sunday afternoons from May, and that new members are welcome.</p>
</main></body></html>`
	doc, err := Clean("library.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, keepLine := range []string{
		"When will it open?", "From 10 o'clock until 4 o'clock.", "Who will work there?",
		"Ruth Bell runs the reading group.", "She said the group will meet on Sunday afternoons",
	} {
		if !strings.Contains(doc.Text, keepLine) {
			t.Errorf("%q lost:\n%s", keepLine, doc.Text)
		}
	}
}
