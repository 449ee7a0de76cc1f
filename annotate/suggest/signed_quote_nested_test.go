package suggest

import "testing"

// TestSignedQuoteNested: a quotation signed on the line below it ("—
// Name, role") may report another's words with a frame of its own; that
// inner quotation is a statement nested in it. Inner quotation marks with
// no frame (a title, a word held at a distance) are none.
func TestSignedQuoteNested(t *testing.T) {
	const lead = "The council said on Monday that the ferry would run again in May.\n\n"
	tests := []quoteCase{
		{"told me, then the inner quotation",
			lead + "“My mother told me, ‘Never buy a boat from a friend.’ I bought two.”\n\n— Rhian Deakin, a boatbuilder in Porthleven",
			"‘Never buy a boat from a friend.’", true},
		{"the inner quotation, then its frame",
			lead + "“The minister looked at us and said, ‘We will find the money by spring.’ That was in 2019.”\n\n— Mark Ellery, chair of the ferry users’ group",
			"‘We will find the money by spring.’", true},
		{"a named speaker's inner frame",
			lead + "“Our skipper said, ‘Nobody goes out in that weather, not for any money.’ He was right.”\n\n— Dara Quinlan, a deckhand on the Girl Morwenna",
			"‘Nobody goes out in that weather, not for any money.’", true},
		{"near-miss: a title inside",
			lead + "“We read ‘The Wreck of the Deutschland Again’ every winter and cry every time.”\n\n— Rhian Deakin, a boatbuilder in Porthleven",
			"‘The Wreck of the Deutschland Again’", false},
		{"near-miss: a word held at a distance",
			lead + "“They call it a ‘temporary’ closure. It has been closed for three years.”\n\n— Mark Ellery, chair of the ferry users’ group",
			"‘temporary’", false},
		{"near-miss: inner quotation with no frame",
			lead + "“There is a sign on the pier, ‘No fishing from the steps after dark’, and nobody reads it.”\n\n— Dara Quinlan, a deckhand on the Girl Morwenna",
			"‘No fishing from the steps after dark’", false},
	}
	checkQuoteCases(t, tests)
}
