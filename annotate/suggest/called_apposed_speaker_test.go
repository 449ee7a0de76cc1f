package suggest

import "testing"

// TestCalledApposedSpeaker: a role description with an apposition "a …
// called NAME" after it speaks as that name; near misses (a "called" that
// names something inside a longer phrase, a relative clause with "called",
// a "called" not followed by a name) keep the description.
func TestCalledApposedSpeaker(t *testing.T) {
	tests := []canonicalCase{
		{"our waiter, a Portuguese called Tiago",
			"The bread came first. Our waiter, a cheerful Portuguese called Tiago, said the loaves are baked at dawn every morning.",
			"the loaves are baked at dawn every morning", "waiter", "Tiago"},
		{"my guide, a retired shepherd named Ewan Moss",
			"We set off at nine. My guide, a retired shepherd named Ewan Moss, said the path had washed away twice this winter.",
			"the path had washed away twice this winter", "guide", "Ewan Moss"},
		{"the barman, an Irishman called Declan",
			"The pub was quiet. The barman, an Irishman called Declan, said the cellar floods every spring.",
			"the cellar floods every spring", "barman", "Declan"},
		{"near miss: called names the band, not the speaker",
			"The bread came first. Our waiter, a fan of a band called Oasis, said the loaves are baked at dawn every morning.",
			"the loaves are baked at dawn every morning", "Oasis", ""},
		{"near miss: a relative clause with called",
			"The bread came first. Our waiter, who called Tiago over, said the loaves are baked at dawn every morning.",
			"the loaves are baked at dawn every morning", "Tiago", ""},
		{"near miss: called is not followed by a name",
			"The bread came first. Our waiter, a man called away twice, said the loaves are baked at dawn every morning.",
			"the loaves are baked at dawn every morning", "", "waiter"},
	}
	checkCanonicalCases(t, tests)
}
