package ingest

import "testing"

// Masthead mottos of local papers, in wordings no fixture uses, beside
// sentences that open or close the same way.

func TestMastheadMottos(t *testing.T) {
	for _, s := range []string{
		"Serving Ashcombe, Holt and the river parishes since 1868",
		"Proudly covering the Fens since 1902",
		"The voice of the Tarn valley, est. 1850",
	} {
		if !mastheadMotto(s, wordCount(s)) {
			t.Errorf("motto not found: %q", s)
		}
	}
	for _, s := range []string{
		"Serving the village since 1990, the post office will close on Friday.",
		"Serving Holt since 1990.",
		"She has been serving the parish since 1990",
		"Serving soldiers since 2001 have been offered the new rifle",
	} {
		if mastheadMotto(s, wordCount(s)) {
			t.Errorf("not a motto, taken as one: %q", s)
		}
	}
}
