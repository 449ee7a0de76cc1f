package ingest

import (
	"strings"
	"testing"
)

// standingsFeature is an invented Markdown feature with a bold results box
// (a numbered list of table rows) inside the story.
const standingsFeature = `# Veteran keeper signs on for a twentieth season

Marnie Holt has kept goal for Dunmore Town since she was sixteen, and she says she is not finished yet.

Dunmore sit third in the league and could still go up if they win their last four matches, the manager said on Monday.

> **County League One: the top four**
> 1. Eastfield Rovers, P20, Pts 48
> 2. Carlow Park, P20, Pts 46
> 3. Dunmore Town, P20, Pts 44
> 4. Brenton United, P20, Pts 39

“She still trains harder than the teenagers,” the manager said. “Nobody has taken her shirt in twenty years.”

Holt laughed when she heard that. “They keep trying,” she said.
`

func TestBoxedListHeadingRemoved(t *testing.T) {
	doc, err := Clean("keeper.md", []byte(standingsFeature), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "the top four") || strings.Contains(doc.Text, "P20") {
		t.Errorf("results box left in:\n%s", doc.Text)
	}
	removed := strings.Join(doc.Meta.Removed, "\n")
	for _, want := range []string{"County League One: the top four", "1. Eastfield Rovers, P20, Pts 48", "4. Brenton United, P20, Pts 39"} {
		if !strings.Contains(removed, want) {
			t.Errorf("meta.removed lacks %q:\n%s", want, removed)
		}
	}
}

func TestBoldSubheadingOverStoryKept(t *testing.T) {
	// near miss: a bold subheading over the story's own paragraphs and a
	// kept numbered list stays
	page := strings.Replace(standingsFeature, `> **County League One: the top four**
> 1. Eastfield Rovers, P20, Pts 48
> 2. Carlow Park, P20, Pts 46
> 3. Dunmore Town, P20, Pts 44
> 4. Brenton United, P20, Pts 39`, `**Twenty years in goal**

1. She made her debut against Carlow Park in a cup match that went to extra time and penalties.
2. She saved three penalties in the shoot-out, which the club still shows on its website today.`, 1)
	doc, err := Clean("keeper.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Twenty years in goal") {
		t.Errorf("subheading dropped:\n%s", doc.Text)
	}
}
