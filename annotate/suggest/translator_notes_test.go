package suggest

import "testing"

// TestTranslatorNotes: a "(translated)" note after a quotation leaves the
// frame after it readable and stays out of a statement that ends with the
// sentence; a bracket that is no translator's note does neither.
func TestTranslatorNotes(t *testing.T) {
	q := "“The river has always belonged to the valley”"
	tests := []suggestCase{
		{"a note between the quotation and its frame",
			"The court ruled on Friday.\n\n" + q + " (translated), farmer Luz Ayala told reporters.",
			[]suggestion{{q, "farmer Luz Ayala", "Luz Ayala", "told", "D2", "direct"}}},
		{"a note after the comma inside the quotation",
			"The court ruled on Friday.\n\n“We will appeal to the higher court,” (translated) Ayala said.",
			[]suggestion{{"“We will appeal to the higher court,”", "Ayala", "Ayala", "said", "D2", "direct"}}},
		{"a note closing a reported statement",
			"The court ruled on Friday.\n\nThe minister said that was “a matter for the judges alone” (translated).",
			[]suggestion{{"that was “a matter for the judges alone”", "The minister", "minister", "said", "I1", "mixed"}}},
		{"a note inside the quotation stays the speaker's",
			"The court ruled on Friday.\n\n“Ayni (translated) means help, and we help each other,” Ayala said.",
			[]suggestion{{"“Ayni (translated) means help, and we help each other,”", "Ayala", "Ayala", "said", "D2", "direct"}}},
		{"a bracket of another kind inside a statement",
			"The court ruled on Friday.\n\nThe minister said the ruling (in Spanish) was clear.",
			[]suggestion{{"the ruling (in Spanish) was clear", "The minister", "minister", "said", "I1", "indirect"}}},
		{"a translation word that opens no bracket",
			"The court ruled on Friday.\n\nThe minister said the ruling was translated into Quechua.",
			[]suggestion{{"the ruling was translated into Quechua", "The minister", "minister", "said", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
