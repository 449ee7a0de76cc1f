package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestH1SiblingDek(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
	}{
		{"h2 with an unnamed class", `<h1>Ferry fares to rise by a fifth on island routes</h1><h2 class="sub">Operator says fuel costs leave it no choice as islanders call the rise "a tax on living here"</h2><p>Body.</p>`,
			`Operator says fuel costs leave it no choice as islanders call the rise "a tax on living here"`},
		{"h2 without a class", `<h1>Library opening hours cut across the county</h1>` + "\n" + `<h2>Five branches will close on Saturdays from March, the council's budget shows</h2>`,
			`Five branches will close on Saturdays from March, the council's budget shows`},
		{"inline markup in the h2", `<h1>Mill fire investigation finds wiring fault</h1><h2>Report blames <em>an unearthed cable</em> in the dye house for the blaze that destroyed the building</h2>`,
			`Report blames an unearthed cable in the dye house for the blaze that destroyed the building`},
		{"short section heading", `<h1>Mill fire investigation finds wiring fault</h1><h2>What we know so far</h2>`, ""},
		{"linked heading", `<h1>Mill fire investigation finds wiring fault</h1><h2><a href="/fire">Read all of our coverage of the mill fire and its aftermath</a></h2>`, ""},
		{"heading over a list", `<h1>Mill fire investigation finds wiring fault</h1><h2>These are the main findings of the fire service report on the blaze:</h2>`, ""},
		{"not right after the h1", `<h1>Mill fire investigation finds wiring fault</h1><p>By Jo Bell</p><h2>Report blames an unearthed cable in the dye house for the blaze</h2>`, ""},
		{"site name in the h1", `<h1>Valley Post</h1><h2>Council approves plan for new bus station in the town centre</h2>`, ""},
		{"capitals", `<h1>Mill fire investigation finds wiring fault</h1><h2>THE FULL STORY OF THE NIGHT THE MILL BURNED DOWN IN 2026</h2>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			h1 := findElement(doc, atom.H1) // docs_exports.go
			if got := h1SiblingDek(h1); got != tt.want {
				t.Errorf("h1SiblingDek() = %q, want %q", got, tt.want)
			}
		})
	}
}
