package ingest

import (
	"testing"

	"newsmark/annotate"
)

// A standfirst the markup marks ends the dek: an unmarked paragraph after
// it is body, and a dateline below that is the body's, not the article's.
// Invented pages.
func TestMarkedDekEndsTheDek(t *testing.T) {
	const head = `<!DOCTYPE html><html><head><title>Forty years on: the night the mill burned | Harwick Post</title></head><body><article>` +
		`<h1>Forty years on: the night the mill burned</h1>` +
		`<p class="standfirst">From our files, 9 May 1991: how the Post reported the fire at Cole’s mill</p>`
	const reprint = `<p>HARWICK — Fire crews from three towns fought through the night to save the cotton mill on Canal Street, where a blaze broke out shortly after ten o’clock.</p>` +
		`<p>The mill’s owner, Mr. Arthur Cole, said the building was insured and that he hoped to reopen within the year. Nobody was hurt.</p>` +
		`<p>Firemen stayed at the scene until the morning to damp down the ruins, and the road was closed to traffic until noon.</p>` +
		`</article></body></html>`
	tests := []struct {
		name, page, dek, dateline string
	}{
		{"an unmarked column intro between the dek and the dateline",
			head + `<p>Every month we look back at a story from our pages, printed as it first appeared. This month’s ran on the front page.</p>` + reprint,
			"From our files, 9 May 1991: how the Post reported the fire at Cole’s mill", ""},
		// near miss: the dateline opens the paragraph right under the marked dek
		{"a dateline right under the marked dek",
			head + reprint,
			"From our files, 9 May 1991: how the Post reported the fire at Cole’s mill", "HARWICK — "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("mill.html", []byte(tt.page), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			if got := zoneText(doc, annotate.ZoneDek); got != tt.dek {
				t.Errorf("dek %q, want %q\n%s", got, tt.dek, doc.Text)
			}
			if got := zoneText(doc, annotate.ZoneDateline); got != tt.dateline {
				t.Errorf("dateline %q, want %q\n%s", got, tt.dateline, doc.Text)
			}
		})
	}
}

func TestPastMarkedDek(t *testing.T) {
	p := func(roles ...string) []paragraph {
		var ps []paragraph
		for _, r := range roles {
			ps = append(ps, paragraph{text: "x", role: r})
		}
		return ps
	}
	tests := []struct {
		name  string
		paras []paragraph
		k     int
		want  bool
	}{
		{"marked then unmarked", p(roleDek, "", ""), 2, true},
		{"marked twice", p(roleDek, roleDek, ""), 2, false},
		{"right under the marked dek", p(roleDek, ""), 1, false},
		{"nothing marked", p("", "", ""), 2, false}, // the page's other dek rules decide
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pastMarkedDek(tt.paras, 0, tt.k); got != tt.want {
				t.Errorf("pastMarkedDek = %v, want %v", got, tt.want)
			}
		})
	}
}
