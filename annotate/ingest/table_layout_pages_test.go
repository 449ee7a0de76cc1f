package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Old table-layout pages in wordings no fixture uses: the story cell is
// found, with its own heading and standfirst, and pages that have
// paragraphs, or no cell holding most of the prose, are left to the
// extractor.

// tableStoryParas is an invented story of about 190 words, its paragraphs
// split by <br><br>.
const tableStoryParas = `Work to rebuild the collapsed sea wall at Pennick Cove will not start until the spring, the parish council was told on Monday evening.<br><br>
The wall gave way during the storms in October, leaving the coast road closed to lorries and the lifeboat station reachable only on foot at high water.<br><br>
Parish clerk Dorothy Amble said the county engineers had promised a survey before Christmas but had not yet set a date for it.<br><br>
Residents at the meeting said the closure had added forty minutes to the school run and that two shops on the front had cut their opening hours since the autumn.<br><br>
The county council said the repair would cost more than it had first thought and that it was waiting to hear whether a flood defence grant would cover part of it.<br><br>
A spokesman said a temporary barrier of sandbags and steel mesh would stay in place over the winter and would be checked after every high tide.<br><br>
The parish council will meet again in January.`

func tablePage(cellHead, cellTail string) string {
	return `<html><head><title>Pennick Gazette - Sea wall repair delayed until spring</title></head><body>
<table width="780"><tr><td colspan="3"><font size="1">The voice of Pennick since 1999</font></td></tr>
<tr><td width="120"><table><tr><td><a href="/">Home</a></td></tr><tr><td><a href="/news">News</a></td></tr><tr><td><a href="/sport">Sport</a></td></tr></table>
<font size="1">Visitors: 0031337</font></td>
<td width="500">` + cellHead + `<font face="Arial" size="2">` + tableStoryParas + `</font>` + cellTail + `</td>
<td width="160"><b>More news</b><br><a href="/n/1">Chip shop wins national award</a><br><a href="/n/2">Carnival date set</a><br>Weather: Sunny spells, 11C</td></tr></table>
</body></html>`
}

func TestTableLayoutStory(t *testing.T) {
	tests := []struct {
		name          string
		page          string
		found         bool
		headline, dek string
	}{
		{"large font heading and italic standfirst",
			tablePage(`<font size="1">News &gt; Coast</font><br><font size="5"><b>Sea wall repair delayed until spring</b></font><br><font size="2"><i>Coast road to stay closed to lorries all winter after October storms</i></font><br><br>`, ""),
			true, "Sea wall repair delayed until spring", "Coast road to stay closed to lorries all winter after October storms"},
		{"relative font size heading, no standfirst",
			tablePage(`<font size="+2">Sea wall repair delayed until spring</font><br><br>`, `<br><br><font size="1"><a href="#top">Back to top</a></font>`),
			true, "Sea wall repair delayed until spring", ""},
		{"bold heading alone on its line",
			tablePage(`<br><b>Sea wall repair delayed until spring</b><br><em>Parish told the survey has no date yet and the barrier stays</em><br><br>`, ""),
			true, "Sea wall repair delayed until spring", "Parish told the survey has no date yet and the barrier stays"},
		// near misses
		{"a page with paragraphs is the extractor's",
			strings.ReplaceAll(tablePage(`<h2>Sea wall repair delayed until spring</h2>`, ""), "<br><br>", "</p><p>"),
			false, "", ""},
		{"a short story cell is no story",
			tablePage(`<font size="5"><b>Sea wall repair delayed</b></font><br>`, "")[:0] + strings.Replace(tablePage(`<font size="5"><b>Sea wall repair delayed</b></font><br>`, ""), tableStoryParas, "The parish council will meet again in January to hear about the sea wall.", 1),
			false, "", ""},
		{"prose spread over many cells is a data page",
			`<html><body><table>` + strings.Repeat(`<tr><td>Work to rebuild the collapsed sea wall will not start until the spring, the parish council was told on Monday evening by its clerk.</td></tr>`, 8) + `</table></body></html>`,
			false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			s, ok := tableLayoutStory(doc)
			if ok != tt.found {
				t.Fatalf("found = %v, want %v", ok, tt.found)
			}
			if s.headline != tt.headline || s.dek != tt.dek {
				t.Errorf("headline, dek = %q, %q, want %q, %q", s.headline, s.dek, tt.headline, tt.dek)
			}
		})
	}
}

func TestTableLayoutPageCleaned(t *testing.T) {
	page := tablePage(`<font size="1">News &gt; Coast &gt; Monday</font><br><font size="5"><b>Sea wall repair delayed until spring</b></font><br><font size="2"><i>Coast road to stay closed to lorries all winter after October storms</i></font><br><br>`,
		`<br><br><font size="1"><a href="/print">Printer-friendly version</a> | <a href="/mail">Email this story to a friend</a></font>`)
	doc, err := Clean("table.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Text, "Sea wall repair delayed until spring\n\nCoast road to stay closed") {
		t.Errorf("headline and standfirst not first:\n%s", doc.Text)
	}
	for _, kept := range []string{"Parish clerk Dorothy Amble said", "The parish council will meet again in January."} {
		if !strings.Contains(doc.Text, kept) {
			t.Errorf("story line %q lost:\n%s", kept, doc.Text)
		}
	}
	for _, gone := range []string{"The voice of Pennick", "Visitors", "Chip shop wins", "Weather", "Printer-friendly", "News > Coast"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("furniture %q left:\n%s", gone, doc.Text)
		}
	}
}
