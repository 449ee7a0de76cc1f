package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// Photo essays told in their captions, in wordings no fixture uses: the
// long captions become the body in their figures' places, while counters,
// credits, "Enlarge" buttons and the closing "View more" signpost go; a
// news story's photograph keeps its caption out of the text.

// essayCaptions are long captions of an invented photo essay on a
// lighthouse's last keepers.
var essayCaptions = []string{
	"Morwenna Clegg, 71, climbs the 118 steps of the Skerrow light at dusk, as she has most evenings since 1979. “The lamp never needed me, but I needed the lamp,” she says.",
	"The brass fog bell, hung in 1902, was silenced when the light went automatic. The trust wants to ring it again on the last night, though nobody alive has heard it.",
	"Her neighbour, the boatman Alasdair Fyfe, 58, ferries supplies across the sound twice a week. He says the crossing takes forty minutes in fair weather and all day in foul.",
	"The keepers’ log, kept in pencil since the war, records every ship that passed. Clegg says she will give it to the island school rather than to a museum on the mainland.",
	"Fyfe ties up at the slipway in a rising swell. Asked whether he will miss the run, he says he will miss the tea at the top more than the boat at the bottom.",
}

func essayPage(captions []string, intro, closing string) string {
	var sb strings.Builder
	sb.WriteString(`<html><head><title>The last keepers of the Skerrow light</title></head><body>
<header><a href="/">Islands Weekly</a><nav><a href="/news">News</a> <a href="/photos">Photos</a></nav></header>
<main><article class="story">
<h1>The last keepers of the Skerrow light</h1>
<p class="standfirst">The lighthouse on Skerrow goes dark for good in May. Its keepers spent a last winter there with our photographer</p>
`)
	sb.WriteString(intro)
	for i, c := range captions {
		fmt.Fprintf(&sb, `<figure><img src="/img/skerrow-%d.jpg" alt=""><button class="zoom">Enlarge</button><figcaption><span class="count">%d of %d</span> <p>%s</p> <span class="credit">Photograph: Isla Brennan/Islands Weekly</span></figcaption></figure>
`, i+1, i+1, len(captions), c)
	}
	sb.WriteString(closing)
	sb.WriteString(`</article></main><footer><p>© Islands Weekly</p></footer></body></html>`)
	return sb.String()
}

func TestPhotoEssayCaptionsBecomeBody(t *testing.T) {
	page := essayPage(essayCaptions,
		`<p>The Skerrow light has warned ships off the reef since 1851. In May the lighthouse board will switch it off and mark the reef with a buoy instead.</p>
`,
		`<p class="end">The light’s last night is Saturday 9 May. <a href="/photos">See more photo stories</a></p>
`)
	doc, err := Clean("essay.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	at := -1
	for _, c := range essayCaptions {
		i := strings.Index(doc.Text, "\n\n"+c)
		if i < 0 {
			t.Fatalf("caption not a paragraph of the body: %q\n%s", c, doc.Text)
		}
		if i < at {
			t.Errorf("caption %q out of its figure's place:\n%s", c, doc.Text)
		}
		at = i
	}
	if strings.Index(doc.Text, "The Skerrow light has warned ships") > strings.Index(doc.Text, essayCaptions[0]) {
		t.Errorf("intro not before the captions:\n%s", doc.Text)
	}
	for _, gone := range []string{"1 of 5", "5 of 5", "Photograph: Isla Brennan", "Enlarge", "See more photo stories", "The light’s last night is Saturday 9 May."} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("essay furniture %q left:\n%s", gone, doc.Text)
		}
	}
}

func TestNewsPhotoCaptionsStayOut(t *testing.T) {
	body := `<p>The lighthouse board confirmed on Tuesday that the Skerrow light will be switched off in May and replaced by a lit buoy on the reef, ending 175 years of a manned or monitored light on the island.</p>
<p>The board’s chief executive, Graham Tulloch, said the buoy would be “every bit as safe” and would save about £90,000 a year in maintenance. He said the tower itself would be handed to the island trust.</p>
<p>Islanders are less sure. Morwenna Clegg, who kept the light for more than forty years before it went automatic, said the decision had been taken “by people who have never seen the reef in a February gale”.</p>
<p>The trust’s chair, Ailsa Rennie, said it would try to raise £250,000 to keep the lamp lit as a private aid to navigation, and that it had written to the board asking for a year’s delay while it did so.</p>
<p>The board said a delay was unlikely but that it would meet the trust next month.</p>
`
	tests := []struct {
		name     string
		captions []string
		intro    string
	}{
		// one long caption under the story's photograph
		{"single photo", essayCaptions[:1], body},
		// a gallery of short captions over a full story
		{"short-caption gallery", []string{
			"The light from the slipway.",
			"The keepers’ cottage.",
			"Morwenna Clegg at the lamp.",
			"The fog bell in the yard.",
		}, body},
		// three long captions, but a story that outweighs them
		{"long captions in a long story", essayCaptions[:3], body + body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("story.html", []byte(essayPage(tt.captions, tt.intro, "")), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range tt.captions {
				if strings.Contains(doc.Text, c) {
					t.Errorf("a news photo's caption reached the body: %q\n%s", c, doc.Text)
				}
			}
			if !strings.Contains(doc.Text, "The board said a delay was unlikely") {
				t.Errorf("story body lost:\n%s", doc.Text)
			}
		})
	}
}

func TestCaptionsCarryEssay(t *testing.T) {
	long := essayFigure{caption: essayCaptions[0]} // 33 words
	short := essayFigure{caption: "The keepers’ cottage in the snow."}
	tests := []struct {
		name    string
		figures []essayFigure
		prose   int
		marked  bool
		want    bool
	}{
		{"long captions outweigh the intro", []essayFigure{long, long, long, long}, 60, false, true},
		{"too few figures", []essayFigure{long, long}, 10, false, false},
		{"mostly short captions", []essayFigure{long, long, long, short, short, short, short}, 10, false, false},
		{"prose outweighs the captions", []essayFigure{long, long, long, long}, 200, false, false},
		{"a page marked as a gallery needs half", []essayFigure{long, long, long, long}, 200, true, true},
		{"marked, but prose more than twice the captions", []essayFigure{long, long, long, long}, 400, true, false},
	}
	for _, tt := range tests {
		if got := captionsCarryEssay(tt.figures, tt.prose, tt.marked); got != tt.want {
			t.Errorf("%s: captionsCarryEssay = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestEssayClosingSignpostNearMisses(t *testing.T) {
	intro := `<p>The Skerrow light has warned ships off the reef since 1851. In May the lighthouse board will switch it off.</p>
`
	tests := []struct {
		name, closing, kept string
	}{
		// a closing paragraph whose link is part of the story
		{"link in the story", `<p>The trust is raising money to keep the lamp lit. <a href="/trust">Read the trust’s appeal</a></p>`, "The trust is raising money to keep the lamp lit."},
		// a long last paragraph is the story's end, whatever its link says
		{"long paragraph", `<p>The light’s last night is Saturday 9 May, when the trust will ring the fog bell at midnight, the board will send two engineers to switch off the lamp, and the island school will read the names of every keeper since 1851 on the slipway. <a href="/photos">See more photo stories</a></p>`, "the island school will read the names of every keeper"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("essay.html", []byte(essayPage(essayCaptions, intro, tt.closing)), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, tt.kept) {
				t.Errorf("closing paragraph lost, want %q in:\n%s", tt.kept, doc.Text)
			}
		})
	}
}
