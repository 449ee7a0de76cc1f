package ingest

import (
	"strings"
	"testing"
)

// A word processor's HTML export of a draft, invented: generated classes,
// a title and subtitle paragraph, comment anchors, a suggested edit struck
// through by a style class, and the comments at the end.
const docsDraft = `<html><head><style type="text/css">.c2{font-weight:400;text-decoration:none}.c5{text-decoration:line-through;color:#999999}.c6{text-decoration:underline}</style></head>` +
	`<body class="c11 doc-content">` +
	`<p class="c4 title"><span class="c2">Harbour dues at Pellow to double from spring</span></p>` +
	`<p class="c4 subtitle"><span class="c2">Fishing crews say the rise will end day boats in the cove</span></p>` +
	`<p class="c4"><span class="c2">PELLOW, 2 May — Mooring dues at Pellow harbour will double from April after the trust that runs it voted to cover the cost of new pontoons.</span></p>` +
	`<p class="c4"><span class="c2">The trust's chair, Morwenna Teague, said the pontoons had cost </span><span class="c2 c5">a fortune</span><span class="c2 c6">£2.1m</span><span class="c2"> and that the dues had not risen in ten years.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>` +
	`<p class="c4"><span class="c2">Skipper Jory Hocking said the rise would cost him £900 a year. “The day boats run on nothing as it is,” he said.</span></p>` +
	`<p class="c4"><span class="c2">The trust will hold a meeting for berth holders in the harbour office on 14 May.</span><sup><a href="#cmnt2" id="cmnt_ref2">[b]</a></sup></p>` +
	`<div class="c9"><p class="c4"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c2">Pat Rowe</span></p><p class="c4"><span class="c2">Is the £2.1m the trust's figure or the contractor's?</span></p></div>` +
	`<div class="c9"><p class="c4"><a href="#cmnt_ref2" id="cmnt2">[b]</a><span class="c2">Ana Lobb</span></p><p class="c4"><span class="c2">Add the meeting time once the office confirms it.</span></p></div>` +
	`</body></html>`

func TestDocsExportDraft(t *testing.T) {
	doc, err := Clean("pellow.html", []byte(docsDraft), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Text, "Harbour dues at Pellow to double from spring\n\nFishing crews say") {
		t.Errorf("headline and standfirst not first:\n%s", doc.Text)
	}
	for _, gone := range []string{"[a]", "[b]", "a fortune", "Pat Rowe", "Ana Lobb", "contractor's", "office confirms"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("%q left in:\n%s", gone, doc.Text)
		}
	}
	for _, kept := range []string{"had cost £2.1m and that the dues", "ten years.\n", "on 14 May."} {
		if !strings.Contains(doc.Text, kept) {
			t.Errorf("%q lost:\n%s", kept, doc.Text)
		}
	}
}

// An ordinary page with a struck-through price, a footnote link and a
// "title" class keeps its struck price and its "title" paragraph: it is no
// Docs export. (The bracketed note number itself goes, as on any page: see
// note_markers.go.)
func TestDocsExportNearMissStays(t *testing.T) {
	page := `<html><head><title>Harbour dues to double</title><style>.was{text-decoration:line-through}</style></head><body><article>` +
		`<h1>Harbour dues to double</h1>` +
		`<p class="title">Mooring dues at Pellow harbour will double from April after the trust that runs it voted to cover the cost of new pontoons.</p>` +
		`<p>Day tickets were <span class="was">£12</span> £9 in the spring sale, the trust said, and the offer ends on Friday.<sup><a href="#cmnt1">[1]</a></sup></p>` +
		`<p>The trust's chair said the pontoons had cost £2.1m and that the dues had not risen in ten years.</p>` +
		`</article></body></html>`
	doc, err := Clean("pellow.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "£12") || !strings.Contains(doc.Text, "Mooring dues at Pellow harbour will double") {
		t.Errorf("a page that is no Docs export lost its text:\n%s", doc.Text)
	}
}
