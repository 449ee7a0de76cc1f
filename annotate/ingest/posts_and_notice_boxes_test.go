package ingest

import (
	"strings"
	"testing"
)

// Blog-post, live-page, notice-box and transcript furniture, in wordings no
// fixture uses, each beside a story line that shares a feature.

func TestPostMetaDisclosureRefreshFundingEditingAndBillLines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Posted 14 March 2027 by Orla Finch · Baking · 9 comments", junkByline},
		{"Posted by Orla Finch on April 3, 2027 | Walks | 2 comments", junkByline},
		{"Posted 14 March 2027 by a neighbour, the clip has been watched 30,000 times.", keep},
		{"This guide contains affiliate links. If you order through them we may be paid a fee, and it costs you nothing extra; no brand has seen this list before you.", junkTrailer},
		{"The regulator said this article contains affiliate links that were not disclosed to readers.", keep},
		{"Reload the page to see the latest updates", junkChrome},
		{"**Refresh for new posts**", junkChrome},
		{"Refresh rates for the new screens will be set in May, the maker said.", keep},
		{"Coverage of the county count is supported by the Pell Foundation and by 900 members. Our sponsors have no influence on what we publish.", junkTrailer},
		{"The museum is funded by the county and by 2,000 members, and its donors have no say over what it shows.", keep},
		{"This interview has been condensed and edited for clarity.", junkTrailer},
		{"*The exchange below has been edited for length.*", junkTrailer},
		{"The minister’s answers have been edited for length by her own office, the committee heard.", keep},
		{"The bill: £64 for two, with cider", junkChrome},
		{"Price: $38 a head before drinks", junkChrome},
		{"The bill: the council will vote on the parking plan in June.", keep},
	})
}

func TestHeadingAnchorAttributeIsDropped(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The verdict {#verdict}", "The verdict"},
		{"Further reading {#reading .wide}", "Further reading"},
		{"Sets {A, B} and their union", "Sets {A, B} and their union"},
		{"Why the {curly} braces stay", "Why the {curly} braces stay"},
	}
	for _, tt := range tests {
		if got := headingWithoutAttribute(tt.in); got != tt.want {
			t.Errorf("headingWithoutAttribute(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// blogBody is a story of four paragraphs long enough to start a page's body.
const blogBody = "Mara Velde took over the old ferry café at Holnstead in the spring, and kept the wooden counter, the tide tables on the wall and very little else of what was there before.\n\n" +
	"“I wanted food you could eat with wet hands after a walk on the flats,” she said when I rang her a few days after my visit, and the menu keeps that promise.\n\n" +
	"The crab rolls are generous and sweet, and the chips come in a paper cone that is far too big for one person, which I said to nobody in particular and then finished anyway.\n\n" +
	"Her brother, Piet Velde, runs the smokehouse behind the café. He said the pair had spent the winter stripping the building back to its beams and that the first month had gone better than either had hoped.\n\n"

func TestBlogPostFurnitureAndCommentsUnderAnchoredHeading(t *testing.T) {
	page := "# The ferry café at Holnstead: crab rolls worth the mud\n\n" +
		"*A tide-bound café where the chips come in cones*\n\n" +
		"Posted 14 March 2027 by [Orla Finch](/about) · [Reviews](/reviews) · [6 comments](#comments)\n\n" +
		"> *This review contains affiliate links. If you book through them I may receive a small fee, at no cost to you. I paid for everything I ate.*\n\n" +
		blogBody +
		"**The bill:** £48 for two, with two pints\n\n" +
		"> **The Ferry Café**  \n> 2 Quay Lane, Holnstead HD9 4QT  \n> Open Thursday to Sunday 9am–4pm  \n> Tables: 01632 960118\n\n" +
		"## 6 comments {#comments}\n\n" +
		"**Bryn** · 15 March 2027  \nWe went on Saturday and the crab was as good as you say.  \n[Reply](#r1)\n\n" +
		"**Orla Finch** · 15 March 2027  \nGlad you liked it!  \n[Reply](#r2)\n"
	doc, err := Clean("review.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"Posted 14 March 2027 by Orla Finch · Reviews · 6 comments",
		"This review contains affiliate links. If you book through them I may receive a small fee, at no cost to you. I paid for everything I ate.",
		"The bill: £48 for two, with two pints",
		"The Ferry Café", "2 Quay Lane, Holnstead HD9 4QT", "Open Thursday to Sunday 9am–4pm",
		"6 comments", "We went on Saturday and the crab was as good as you say.", "Glad you liked it!",
	})
	if !strings.Contains(doc.Text, "Her brother, Piet Velde, runs the smokehouse") {
		t.Errorf("story paragraph lost:\n%s", doc.Text)
	}
}

func TestVenueBoxNeedsItsDetails(t *testing.T) {
	// an address in a sentence, and a poem set line by line, are the story's
	page := "# The ferry café at Holnstead\n\n" + blogBody +
		"> Grey water, grey sky  \n> a gull over Quay Lane  \n> the tide coming in  \n> and nobody hurrying\n\n" +
		"The café is at 2 Quay Lane, Holnstead HD9 4QT, and opens at 9am from Thursday to Sunday.\n\n" + blogBody
	doc, err := Clean("review.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"The café is at 2 Quay Lane, Holnstead HD9 4QT", "Grey water, grey sky", "a gull over Quay Lane"} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("story line %q lost:\n%s", s, doc.Text)
		}
	}
}

func TestLivePageRefreshFundingAndTopSummaryList(t *testing.T) {
	page := "# Budget fact-check, live: what the chancellor got right\n\n" +
		"*Our team checks the numbers in the budget speech as they come*\n\n" +
		"> **Refresh for updates**\n\n" +
		"*This live check is supported by the Orrin Fund and by 2,100 readers. Our funders have no say over what we check.*\n\n" +
		"## Key points\n\n" +
		"- The growth forecast is the Treasury’s own, not the watchdog’s\n" +
		"- The “biggest cut in a generation” claim leaves out last year’s rise\n" +
		"- Borrowing figures are right\n\n" +
		"### 12:31\n\n" +
		"The chancellor opened with growth. She told MPs the economy would grow by 1.8% next year, which she called the fastest rate among the seven largest economies in Europe.\n\n" +
		"That figure is the Treasury’s own forecast. The independent watchdog’s figure, published this morning, is 1.4%, and it said the difference came from assumptions about trade.\n\n" +
		"She then said the cut to fuel duty was the biggest in a generation. It is the largest single cut since 2011, but it follows a rise of nearly the same size last April.\n"
	doc, err := Clean("live.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"Refresh for updates",
		"This live check is supported by the Orrin Fund and by 2,100 readers. Our funders have no say over what we check.",
		"Key points",
		"The growth forecast is the Treasury’s own, not the watchdog’s",
		"The “biggest cut in a generation” claim leaves out last year’s rise",
		"Borrowing figures are right",
	})
	if !strings.Contains(doc.Text, "The chancellor opened with growth.") {
		t.Errorf("story lost:\n%s", doc.Text)
	}
}

func TestSummaryListBelowTheStoryStays(t *testing.T) {
	// under the story's first long paragraph, a "Key points" list that
	// quotes a phrase is the story's own list
	page := "# Budget fact-check\n\n" +
		"The chancellor opened with growth. She told MPs the economy would grow by 1.8% next year, which she called the fastest rate among the seven largest economies in Europe.\n\n" +
		"## Key points\n\n" +
		"- The growth forecast is the Treasury’s own, not the watchdog’s\n" +
		"- The “biggest cut in a generation” claim leaves out last year’s rise\n\n" + blogBody
	doc, err := Clean("live.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "The “biggest cut in a generation” claim") {
		t.Errorf("list in the story lost:\n%s", doc.Text)
	}
}

func TestRuledNoticeBoxOfFields(t *testing.T) {
	page := "Kettle maker recalls 20,000 jugs over loose handles\n\n" +
		"Owners have been told to stop using a range of glass kettles after handles came away while the jugs were full of boiling water.\n\n" +
		"The maker said it had received eleven reports of handles working loose and that it was sorry for the worry caused to its customers.\n\n" +
		"A trading standards officer said owners should unplug the kettles and wait for a replacement rather than try to tighten the screws.\n\n" +
		"----------------------------------------\n" +
		"SAFETY NOTICE — Glenholm glass kettle, 1.7 litre\n" +
		"Models affected: GK-17, GK-17S\n" +
		"Sold: March to October 2026\n" +
		"What to do: unplug the kettle and ask for a free replacement\n" +
		"----------------------------------------\n\n" +
		"====================\n" +
		"Q: When did you first hear of the fault?\n" +
		"A: In August, from a customer in Leeds.\n" +
		"Q: Why wait until now?\n" +
		"A: We had to be sure of the cause.\n" +
		"====================\n"
	doc, err := Clean("recall.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"SAFETY NOTICE — Glenholm glass kettle, 1.7 litre", "Models affected: GK-17, GK-17S",
		"Sold: March to October 2026", "What to do: unplug the kettle and ask for a free replacement",
	})
	// between rules, a transcript repeats its labels: it stays
	if !strings.Contains(doc.Text, "Q: Why wait until now?") {
		t.Errorf("ruled transcript lost:\n%s", doc.Text)
	}
}

func TestInFullHeadingOverATranscript(t *testing.T) {
	page := "# Mayor defends tram delay\n\n" + blogBody +
		"## The interview in full\n\n" +
		"*This interview has been edited for length.*\n\n" +
		"**Q:** Why is the tram late?\n\n" +
		"**Okafor:** Because the bridge was in worse shape than anyone knew.\n\n" +
		"**Q:** Will it open next year?\n\n" +
		"**Okafor:** Yes.\n\n" +
		"## The budget in full\n\n" +
		"The council’s budget for next year runs to £412m, and the mayor said the tram would take almost a tenth of it over the next three years.\n"
	doc, err := Clean("interview.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"The interview in full", "This interview has been edited for length."})
	for _, s := range []string{"Q: Why is the tram late?", "Okafor: Yes.", "The budget in full"} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("%q lost:\n%s", s, doc.Text)
		}
	}
}

func TestFixtureBoxLines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Next match: Harlow Town v Moorside United · Tuesday 9 March · Kick-off 19:45 · Mill Road", junkChrome},
		{"Up next: Moorside United vs Penfold · Sat 13 March | 3pm", junkChrome},
		{"Next match: the manager said he would rest three players against Harlow Town v the league leaders.", keep},
		{"Buy tickets · Away allocation: 800 seats", junkChrome},
		{"Book tickets | Hospitality | Accessibility", junkChrome},
		{"Buy tickets early, the club told supporters, because the away end is small.", keep},
	})
}
