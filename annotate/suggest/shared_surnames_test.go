package suggest

import "testing"

// TestSharedSurnames: "Doreen and Alan Fairweather … Doreen said" gives
// Doreen the shared surname; a first name the text gave its own surname,
// keeps what it had (no shared surname is given it).
func TestSharedSurnames(t *testing.T) {
	tests := []speakerCase{
		{"a couple's shared surname",
			"Thanks go to Mavis and Len Ashdown, who have run the book stall for years. Mavis said they would keep buying books.",
			[]speakerWant{{"they would keep buying books", "Mavis Ashdown"}}},
		{"a first name with its own surname stays",
			"Thanks go to Mavis and Len Ashdown. Mavis Hurst, the treasurer, chaired the meeting. Mavis said the accounts were sound.",
			[]speakerWant{{"the accounts were sound", "Mavis"}}},
	}
	checkSpeakerCases(t, "shared surnames", tests)
}
