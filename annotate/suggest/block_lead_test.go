package suggest

import "testing"

// TestBlockLeadParagraph: a block under a colon frame may open with a
// paragraph in the third person when the next is in the speaker's own
// voice; a colon frame before third-person paragraphs alone makes no
// block, and a plural noun after "to" is no infinitive cue.
func TestBlockLeadParagraph(t *testing.T) {
	tests := []suggestCase{
		{"a tribute opening in the third person",
			"The club has paid tribute to its former captain. In a statement, the club said:\n\nMarta was the heart of this team for twelve years and never once missed training.\n\nWe will wear black armbands on Saturday and our thoughts are with her family.\n\nThe funeral will be held next week.",
			[]suggestion{
				{"Marta was the heart of this team for twelve years and never once missed training.", "the club", "club", "said", "B", "direct"},
				{"We will wear black armbands on Saturday and our thoughts are with her family.", "the club", "club", "", "B", "direct"},
			}},
		{"third-person paragraphs alone after the frame",
			"The list of closures was long. The report said:\n\nThe mill, the school and the post office will shut by the end of the year.\n\nThe bus depot will follow in the spring.",
			nil},
		{"a plural noun after to",
			"Firefighters were called at about 9pm to reports that smoke was coming from a roof in Dale Street.",
			nil},
	}
	checkSuggestCases(t, tests)
}

// TestPluralAfterTo: the -s form of a cue word after "to" is a noun; the
// base form and a lemma that itself ends in -s stay verbs.
func TestPluralAfterTo(t *testing.T) {
	for _, c := range []struct {
		w, lemma string
		want     bool
	}{{"reports", "report", true}, {"claims", "claim", true}, {"report", "report", false}, {"discuss", "discuss", false}, {"stress", "stress", false}} {
		if got := pluralAfterTo(c.w, cueWord{lemma: c.lemma}); got != c.want {
			t.Errorf("pluralAfterTo(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
