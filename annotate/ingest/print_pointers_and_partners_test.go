package ingest

import "testing"

// A printed programme's or magazine's page furniture, in wordings no
// fixture uses, beside story lines that share a word with it.

func TestPrintPointersAndPartnersRemoved(t *testing.T) {
	furniture := []string{
		"Continued on page 14",
		"See pages 8-9 for the full squad list",
		"KIT SPONSOR: Marlow Marine Engines",
		"Tonight's match ball sponsor – The Velde Smokehouse",
		"Community partner: Holnstead Credit Union",
		"PAGE 12",
	}
	page := "The café on the pier\n\n" + blogBody + "Mara Velde opens at eight every morning, and the crab rolls run out by two.\n\n"
	for _, f := range furniture {
		page += f + "\n\n"
	}
	doc, err := Clean("cafe.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, furniture)
}

func TestPrintPointersAndPartnersNearMissesStay(t *testing.T) {
	for _, line := range []string{
		"The sponsor said it would not renew the deal after the season.",
		"Page after page of the council’s report deals with the pier.",
		"Turn to the back of the menu and the prices are smaller.",
		"Partners in the firm said the cut was overdue.",
		"See page 4, where the harbourmaster said the pier “is safe for now”.",
	} {
		kinds := []junk{keep}
		removed := make([][]string, 1)
		removePrintPointersAndPartners([]unit{{text: line}}, kinds, removed, []int{wordCount(line)})
		if kinds[0] != keep {
			t.Errorf("story line %q removed as print furniture", line)
		}
	}
}
