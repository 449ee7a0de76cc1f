package suggest

import "testing"

// TestButNextAct: a content ends before "but" and the speaker's next act
// (a directive with an object and "to", a pronoun and a refusal to name or
// say); the content subject's own verb after "but", a directive with no
// object, and a negated verb that is not saying stay in the content.
func TestButNextAct(t *testing.T) {
	tests := []suggestCase{
		{"a directive with an object after but",
			"The ferry company said the ferries would run a normal timetable on Tuesday but urged foot passengers to check online first.",
			[]suggestion{{"the ferries would run a normal timetable on Tuesday", "The ferry company", "ferry company", "said", "I1", "indirect"}}},
		{"a directive after a content whose verb is a cue word",
			"The airline said it expected most flights to leave on time but advised travellers to allow an extra hour.",
			[]suggestion{{"it expected most flights to leave on time", "The airline", "airline", "said", "I1", "indirect"}}},
		{"a pronoun and a refusal to name",
			"She said the club was talking to two possible buyers, but she would not name either of them.",
			[]suggestion{{"the club was talking to two possible buyers", "She", "", "said", "I1", "indirect"}}},
		{"near-miss: a passive participle with no object",
			"The ranger said hikers were safe but advised to stay below the ridge.",
			[]suggestion{{"hikers were safe but advised to stay below the ridge", "The ranger", "ranger", "said", "I1", "indirect"}}},
		{"near-miss: a pronoun and a negated verb that is not saying",
			"The ranger said the hut was open but it would not stay warm overnight.",
			[]suggestion{{"the hut was open but it would not stay warm overnight", "The ranger", "ranger", "said", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
