package ingest

import (
	"strings"
	"testing"
)

// Struck text and a developing story's update labels, in wordings no
// fixture uses, beside near-misses that must stay.

const struckPage = `<html><head><title>Ferry timetable cut - Holnstead Echo</title></head><body><article>
<h1>Winter ferry timetable cut to four sailings a day</h1>
<p><strong>UPDATE 2 — 14:10 BST</strong></p>
<p><em>This article will be updated as more details emerge.</em></p>
<p>The harbour board said on Tuesday that <del>six</del><ins>four</ins> sailings a day would run from November, down from nine in the summer.</p>
<p><s>The board said the cut would save about £200,000 a year.</s></p>
<p>Mara Velde, who runs the café on the pier, said the change would hurt. <strike>She said she would close in January.</strike> She plans to open at weekends only.</p>
<p><strong>Update 3 — councillors call for a review</strong></p>
<p>Councillors on the transport committee asked the board to publish the figures behind the decision before the timetable is printed.</p>
<p>Original report: 08:05</p>
<p>This story is being updated for the stage by a theatre in Holnstead, the board's chairman joked at the meeting on Tuesday evening.</p>
<p>The board's chairman, Ines Marlow, said the crossing lost money on every winter sailing and that the board had no other choice this year.</p>
</article></body></html>`

func TestStruckTextAndUpdateLabelsRemoved(t *testing.T) {
	doc, err := Clean("ferry.html", []byte(struckPage), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"six", "£200,000", "close in January", "UPDATE 2", "This article will be updated", "Original report"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("%q left:\n%s", gone, doc.Text)
		}
	}
	for _, kept := range []string{
		"that four sailings a day would run",
		"said the change would hurt. She plans to open at weekends only.",
		"Update 3 — councillors call for a review",
		"This story is being updated for the stage",
		"Councillors on the transport committee",
	} {
		if !strings.Contains(doc.Text, kept) {
			t.Errorf("%q lost:\n%s", kept, doc.Text)
		}
	}
	for _, r := range []string{"six", "The board said the cut would save about £200,000 a year.", "She said she would close in January.", "UPDATE 2 — 14:10 BST"} {
		if !containsString(doc.Meta.Removed, r) {
			t.Errorf("%q not in meta.removed %q", r, doc.Meta.Removed)
		}
	}
}

func TestMostlyStruckPageKept(t *testing.T) {
	page := `<html><body><article><h1>Statement withdrawn</h1>` +
		`<p><del>The harbour board said on Tuesday that the winter timetable would be cut to four sailings a day from November, down from nine in the summer, and that the café on the pier would lose its lease.</del></p>` +
		`<p>The board withdrew this statement.</p></article></body></html>`
	doc, err := Clean("withdrawn.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "four sailings a day") {
		t.Errorf("a page struck through almost whole lost its text:\n%s", doc.Text)
	}
}

func TestUpdateLabelNearMissesStay(t *testing.T) {
	for _, line := range []string{
		"Update 3 — police name the driver",
		"Original story by Ines Marlow",
		"The update at 16:05 said the road had reopened.",
		"This story is being updated for the stage by a theatre in Holnstead.",
		"Updated figures show 12:30 as the busiest time",
	} {
		kinds := []junk{keep}
		removeUpdateLabels([]unit{{text: line}}, kinds, make([][]string, 1), []int{wordCount(line)})
		if kinds[0] != keep {
			t.Errorf("removeUpdateLabels took %q", line)
		}
	}
	for _, line := range []string{"UPDATE 1 — 11:05 GMT", "**Update: 9.45am**", "Original article — 07:30 CET", "This page will continue to be updated throughout the day."} {
		kinds := []junk{keep}
		removeUpdateLabels([]unit{{text: line}}, kinds, make([][]string, 1), []int{wordCount(line)})
		if kinds[0] == keep {
			t.Errorf("removeUpdateLabels left %q", line)
		}
	}
}
