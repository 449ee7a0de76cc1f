package suggest

import (
	"fmt"
	"testing"
)

// TestActAdjuncts: a phrase of place, time or direction after a cue is the
// act's adjunct, not what was said; a clause opening with a preposition
// still is.
func TestActAdjuncts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"shouted at someone to do something",
			"The driver said he had shouted at the cyclist to stop.",
			[]string{"he had shouted at the cyclist to stop"}},
		{"shouted towards a crowd before a question",
			"As she left the hall, Ms Varley shouted towards the press bench: “Who paid for this, then?”",
			nil},
		{"a postposed frame with a long adjunct of the act",
			"The library will open on Sundays from March, its chief librarian said during a phone-in with listeners on Friday morning.",
			[]string{"The library will open on Sundays from March"}},
		{"an adjunct holding a clause is not stretched over (the frame is left unread)",
			"The library will open on Sundays from March, its chief librarian said during a phone-in where callers complained.",
			nil},
		{"a quotation split around a frame with an adjunct of place",
			"“She is the kindest woman I know,” Mr Lyle said outside the house, “and the children just want her home.”",
			[]string{"“She is the kindest woman I know,”", "“and the children just want her home.”"}},
		{"a clause after the frame is no adjunct to step over",
			"“She is the kindest woman I know,” Mr Lyle said as he left, “and the children just want her home.”",
			[]string{"“She is the kindest woman I know,”"}},
		{"a clause opening with a preposition stays",
			"The treasurer said at least 40 members had not paid their fees.",
			[]string{"at least 40 members had not paid their fees"}},
		{"a clause opening with a preposition after that stays",
			"The inspector said that on the figures he had seen, the bridge was safe.",
			[]string{"on the figures he had seen, the bridge was safe"}},
		{"a participle on a noun, then a chain of phrases into the sentence's verb",
			"Officers looking into the death of a cyclist found with leg injuries on a farm track near Ousby have asked drivers to check their cameras.",
			nil},
		{"a participle's phrase ending in a bare name before the verb",
			"The sister of a woman found in a flat in Dunmore has spoken about her grief.",
			nil},
		{"a time phrase, then a subject of its own",
			"The mayor said in the spring the ferry would run twice a day.",
			[]string{"in the spring the ferry would run twice a day"}},
		{"a phrase and a bare plural subject",
			"The treasurer said on Friday members were owed an apology.",
			[]string{"members were owed an apology"}},
		{"a long phrase then a subject",
			"The warden said in the past year prices had doubled.",
			[]string{"in the past year prices had doubled"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
