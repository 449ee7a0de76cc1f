package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// No-break spaces are the source's characters: French guillemets with
// narrow no-break spaces inside, a no-break space in "n° 7", stay as
// written, in the headline and in the body; a run of ordinary white space
// still becomes one space. A <p class="lead"> under the <h1> is the
// standfirst.

func TestSqueezeSpacesKeepsNoBreakSpaces(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"  «\u202fNon\u202f», dit-il  ", "«\u202fNon\u202f», dit-il"},
		{"Salle\u00a0n°\u00a012 \t  au fond", "Salle\u00a0n°\u00a012 au fond"},
		{"mixed \u00a0 run", "mixed run"},
		{"\u00a0", ""},
		{"plain words here", "plain words here"},
	} {
		if got := squeezeSpacesKeepingNoBreak(c.in); got != c.want {
			t.Errorf("squeezeSpacesKeepingNoBreak(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHTMLKeepsNoBreakSpacesAndLeadParagraph(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>«&#8239;We stay open&#8239;»: the baker of Rue des Tanneurs | Gazette du Jura</title></head>
<body><main><article>
<h1>«&#8239;We stay open&#8239;»: the baker of Rue des Tanneurs</h1>
<p class="lead">A bakery in Porrentruy has baked through three floods and a fire. Its owner says the fourth will not close it either</p>
<p>PORRENTRUY — At four in the morning the ovens of Marcel Juillerat are already hot, and the first loaves go out to the hospital before it is light.</p>
<p>«&#8239;I have never shut for a whole day&#8239;», he said, pushing a tray into the oven. «&#8239;Not in 2007, not after the fire.&#8239;»</p>
<p>His shop, at n°&nbsp;14, has stood on the street since 1921, when his grandfather bought it from a miller who had given up on bread.</p>
<p>The town council said it would help shops on the street pay for flood barriers from next spring, after a vote in the autumn.</p>
</article></main></body></html>`
	doc, err := Clean("baker.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	zone := func(name string) string {
		r := []rune(doc.Text)
		for _, z := range doc.Zones {
			if z.Zone == name {
				return string(r[z.Start:z.End])
			}
		}
		return ""
	}
	if got, want := zone(annotate.ZoneHeadline), "«\u202fWe stay open\u202f»: the baker of Rue des Tanneurs"; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	if got := zone(annotate.ZoneDek); !strings.HasPrefix(got, "A bakery in Porrentruy") {
		t.Errorf("dek %q, want the lead paragraph", got)
	}
	for _, want := range []string{"«\u202fI have never shut for a whole day\u202f», he said", "at n°\u00a014, has"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("text lost the no-break spaces of %q:\n%s", want, doc.Text)
		}
	}
	if strings.ContainsAny(doc.Text, "\ufdd0\ufdd1") {
		t.Errorf("a stand-in was left in the text:\n%q", doc.Text)
	}
}
