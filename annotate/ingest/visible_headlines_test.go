package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestVisibleHeadline(t *testing.T) {
	const share = "Harbour riddle: 40-year puzzle cracked as lost bell rings again"
	head := `<html><head><meta property="og:title" content="` + share + `"></head><body>`
	tests := []struct {
		name, body, want string
	}{
		{"h1 over a standfirst", `<article><h1>Lost church bell found in Penmarrow harbour</h1>
<p class="standfirst">Divers lifted the bronze bell from the silt on Monday</p><p>Body.</p></article>`,
			"Lost church bell found in Penmarrow harbour"},
		{"h1 over the first paragraph", `<article><h1>Lost church bell found in Penmarrow harbour</h1>
<p>Divers working in Penmarrow harbour lifted a bronze bell from the silt on Monday, forty years after it vanished.</p></article>`,
			"Lost church bell found in Penmarrow harbour"},
		// Near-misses: the share title stays.
		{"h1 is the site name", `<header><h1>Penmarrow Gazette</h1><p class="standfirst">News for the bay</p></header>`, share},
		{"h1 over a short tagline", `<header><h1>The Penmarrow Gazette Online</h1><p>Your town, your news.</p></header>`, share},
		{"h1 over a menu", `<header><h1>Lost church bell found in Penmarrow harbour</h1><nav><a href="/">Home</a></nav></header>`, share},
		{"h1 alone", `<div><h1>Lost church bell found in Penmarrow harbour</h1></div>`, share},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(head + tt.body + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			p := scanPage(doc)
			if got := visibleHeadline(p.ogTitle, p); got != tt.want {
				t.Errorf("visibleHeadline = %q, want %q", got, tt.want)
			}
		})
	}
}
