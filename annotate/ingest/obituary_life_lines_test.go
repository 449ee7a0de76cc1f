package ingest

import (
	"strings"
	"testing"
)

// An obituary's closing line of name and dates stays as its last
// paragraph, in a text page and in a page that sets it in a paragraph of a
// footer class. Near-misses: another story's title under the text, a line
// with a birth year only, and the site's own footer still go.

func TestObituaryLifeLine(t *testing.T) {
	for _, s := range []string{
		"Marguerite Ellasby-Ford, cartographer, born 9 October 1938; died 2 January 2026",
		"Tomasz Wendell Reyes, printer and trade unionist, b. 1931, d. 2026",
		"Agnes Oduya, nurse; born 4 May 1940, died 30 March 2027",
		"Harold Penhallow, lifeboatman, born 12 March 1929; died 14 July 2025.",
	} {
		if !obituaryLifeLine(s) {
			t.Errorf("obituaryLifeLine(%q) = false", s)
		}
	}
	for _, s := range []string{
		"Ferry fares frozen for islanders",
		"Marguerite Ellasby-Ford, cartographer, born 1938",
		"Born in 1938 and died in 2026: a life in maps",
		"Lifeboat crews born 1990s died down in numbers",
		"More from our obituaries desk",
	} {
		if obituaryLifeLine(s) {
			t.Errorf("obituaryLifeLine(%q) = true", s)
		}
	}
}

func TestObituaryLifeLineStaysLast(t *testing.T) {
	story := "Marguerite Ellasby-Ford, mapmaker of the fens, dies aged 87\n\n" +
		"Marguerite Ellasby-Ford, whose survey maps of the fens were used by drainage boards for fifty years, has died aged 87.\n\n" +
		"She joined the county survey office in 1961 and walked most of its dykes herself, her former colleagues said.\n\n" +
		"She is survived by her nephew, Oskar, and a memorial will be held at the parish church in March.\n\n"
	tests := []struct {
		name   string
		page   string
		gone   []string
		stayed []string
	}{
		{
			name:   "the name-and-dates line closes the obituary",
			page:   story + "Marguerite Ellasby-Ford, cartographer, born 9 October 1938; died 2 January 2026\n",
			stayed: []string{"Marguerite Ellasby-Ford, cartographer, born 9 October 1938; died 2 January 2026"},
		},
		{
			name:   "another story's title after it still goes",
			page:   story + "Marguerite Ellasby-Ford, cartographer, born 9 October 1938; died 2 January 2026\n\nMore obituaries from the fens\n",
			gone:   []string{"More obituaries from the fens"},
			stayed: []string{"Marguerite Ellasby-Ford, cartographer, born 9 October 1938; died 2 January 2026"},
		},
		{
			name: "a line with a birth year only is no life line",
			page: story + "Mapmakers born 1938\n",
			gone: []string{"Mapmakers born 1938"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			paras := strings.Split(doc.Text, "\n\n")
			for _, g := range tt.gone {
				if containsString(paras, g) || !containsString(doc.Meta.Removed, g) {
					t.Errorf("%q left or not in meta.removed; text:\n%s\nremoved %q", g, doc.Text, doc.Meta.Removed)
				}
			}
			for _, s := range tt.stayed {
				if !containsString(paras, s) {
					t.Errorf("paragraph %q lost:\n%s", s, doc.Text)
				}
			}
		})
	}
}

func obituaryPage(end string) string {
	return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Harold Penhallow obituary | The Lizard Gazette</title></head>
<body><main><article>
<h1>Harold Penhallow, lifeboatman who led 300 rescues, dies aged 96</h1>
<div class="article-body">
<p>Harold Penhallow, who served on the Porthkerris lifeboat for 41 years and led more than 300 rescues, has died at his home in the village. He was 96.</p>
<p>He joined the crew at 17, his family said, and was coxswain from 1968 until he retired, the longest anyone had held the post.</p>
<p>“He never once asked whether the weather was too bad,” said his successor, Jenna Trewin. “He asked who was out there.”</p>
<p>He is survived by his daughters, Morwenna and Tamsin, and a service will be held at the harbour chapel on Friday.</p>
` + end + `
</div>
</article></main>
<footer class="site-footer"><p>© 2027 The Lizard Gazette Ltd. All rights reserved.</p></footer>
</body></html>`
}

func TestObituaryLifeLineInFooterClass(t *testing.T) {
	const life = "Harold Penhallow, lifeboatman, born 12 March 1929; died 14 July 2025"
	doc, err := Clean("obit.html", []byte(obituaryPage(`<p class="obit-footer"><em>`+life+`</em></p>`)), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(doc.Text, "\n\n")
	if paras[len(paras)-1] != life {
		t.Errorf("life line not the last paragraph:\n%s", doc.Text)
	}
	if strings.Contains(doc.Text, "All rights reserved") {
		t.Errorf("site footer kept:\n%s", doc.Text)
	}
	// a paragraph of the same class that is no life line stays dropped
	doc, err = Clean("obit.html", []byte(obituaryPage(`<p class="obit-footer">Share your memories of Harold Penhallow with our obituaries desk</p>`)), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "Share your memories") {
		t.Errorf("footer-class paragraph kept:\n%s", doc.Text)
	}
}
