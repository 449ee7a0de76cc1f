package ingest

import (
	"strings"
	"testing"
)

// iconPage is an invented children's news page: two emoji subheadings
// over the story's paragraphs and an emoji box heading over a short box.
const iconPage = `<html><body><article>
<h1>Owl boxes go up in every school in Tarnby</h1>
<p>Pupils in Tarnby have put up forty owl boxes on their school fields this spring, with help from the town's bird club.</p>
<p>The boxes are made of old fence panels and were built by the club's members over the winter months.</p>
<h2>🦉 Why do owls need boxes?</h2>
<p>Old barns and hollow trees, where owls like to nest, are much harder to find than they were fifty years ago.</p>
<p>Bird club member Nadia Hollis says a box on a tall post is the next best thing for a young pair of owls.</p>
<h2>🔭 Watching the boxes</h2>
<p>Each school will check its box with a small camera once a week until the end of the summer term.</p>
<p>The pupils will send their counts to the bird club, which will share them with the county records office.</p>
<aside><h3>📖 Word check</h3>
<p>nest: a home a bird makes</p>
<p>pair: two birds that raise chicks together</p>
</aside>
</article></body></html>`

func TestIconSubheadingsKept(t *testing.T) {
	doc, err := Clean("owls.html", []byte(iconPage), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"🦉 Why do owls need boxes?", "🔭 Watching the boxes"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("subheading %q dropped:\n%s", want, doc.Text)
		}
	}
	if strings.Contains(doc.Text, "Word check") {
		t.Errorf("box heading kept:\n%s", doc.Text)
	}
}

func TestIconLineAloneStaysFurniture(t *testing.T) {
	// one icon-led line, a promo, between the paragraphs: not a subheading
	page := strings.Replace(iconPage, "<h2>🦉 Why do owls need boxes?</h2>", "<p>📷 In pictures: the owl boxes</p>", 1)
	page = strings.Replace(page, "<h2>🔭 Watching the boxes</h2>", "<p>▶ Watch the pupils at work</p>", 1)
	doc, err := Clean("owls.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, junk := range []string{"In pictures", "Watch the pupils"} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("icon promo %q kept:\n%s", junk, doc.Text)
		}
	}
}

func TestIconSubheading(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"🐢 How old can a tortoise get?", true},
		{"🗺️ Drawing the route", true},
		{"▶ Watch the whole interview", false},
		{"📷 In pictures: the storm", false},
		{"★★★★☆", false},
		{"✉ newsletter@example.org", false},
		{"🌧 Rain", false},
	}
	for _, tt := range tests {
		if got := iconSubheading(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("iconSubheading(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
