package ingest

import "testing"

// A society paper's disclaimer, alone or after its colophon, in wordings no
// fixture uses, beside sentences of a story that must stay.

func TestPublisherDisclaimers(t *testing.T) {
	for _, s := range []string{
		"Views expressed are not those of the Guild of Students.",
		"The Lantern is published by Ashcombe Student Press. Opinions expressed in the paper do not necessarily reflect those of the college.",
		"The views expressed in this magazine are not necessarily those of the Ramblers' Society or its committee.",
		"The Bell is printed by Carrow Print. The views and opinions expressed do not represent the parish council.",
		// an office-holder's own blog, in the first person
		"Views are my own, not those of Westmere Borough Council.",
		"This is my personal website as a county councillor. All opinions here are my own and do not represent the Liberal group.",
		"This is my own blog. Opinions are my own.",
	} {
		if k := publisherDisclaimerLine(s, wordCount(s)); k == keep {
			t.Errorf("disclaimer kept: %q", s)
		}
	}
	for _, s := range []string{
		"The society said the views expressed were not those of its members.",
		"\"Views expressed are not those of the union,\" the president told the meeting.",
		"Critics argued that the views expressed by the speaker are not those of most students, and the debate ran late.",
		"The Lantern is published by Ashcombe Student Press, which lost its grant this year.",
		"Views expressed at the meeting were angry, and the vote was put off until March.",
		"The views are my own, the councillor insisted, and she would not resign over the post.",
		"This is my personal blog. Last night the committee voted 6-5 for the flats.",
		"Views are my own business, she said, and nobody else's.",
		"The opinions in the report are my own, said the author, who chaired the inquiry.",
		"This is my personal blog, and I will write what I like on it.",
		"Views are my own business and nobody else's.",
	} {
		if k := publisherDisclaimerLine(s, wordCount(s)); k != keep {
			t.Errorf("story sentence taken as a disclaimer: %q", s)
		}
	}
}
