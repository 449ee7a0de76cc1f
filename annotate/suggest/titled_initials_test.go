package suggest

import (
	"fmt"
	"testing"
)

// TestTitledInitials: a post written with its initials in brackets next to
// one person's name is that person's when the post is later named by its
// initials or words, or by a pronoun after it; a body's initials, a post
// two people hold and initials that do not spell the post keep their words.
func TestTitledInitials(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"post and initials before the name, then the initials",
			"Chief Medical Officer (CMO) Dr. Priyanka Venkatesan visited the ward on Friday.\n\n“The ward will reopen next week,” the CMO said.",
			[]string{"Priyanka Venkatesan"}},
		{"an honorific between the initials and the name",
			"Deputy Collector (DC) Shri Mohan Lal Verma inspected the canal.\n\nThe DC said repairs would begin in January.",
			[]string{"Mohan Lal Verma"}},
		{"post and initials in an apposition after the name",
			"Smt. Kavita Deshmane, the Tehsil Revenue Officer (TRO), toured the villages.\n\nThe TRO said no claim had been rejected.",
			[]string{"Kavita Deshmane"}},
		{"the post's words, then a pronoun resolved to them",
			"Sub-Divisional Magistrate (SDM) Smt. Rekha Tiwari reached the site at noon. The Sub-Divisional Magistrate said relief camps had opened. She said food would be sent.",
			[]string{"Rekha Tiwari", "Rekha Tiwari"}},
		{"near miss: a body's initials",
			"Regional Transport Authority (RTA) chairman Arjun Nair spoke first.\n\nThe RTA said permits would be reviewed.",
			[]string{"Regional Transport Authority"}},
		{"near miss: initials that do not spell the post",
			"Deputy Collector (XY) Shri Mohan Lal Verma inspected the canal.\n\nThe XY said repairs would begin in January.",
			[]string{"XY"}},
		{"near miss: two people hold the post",
			"Deputy Collector (DC) Shri Mohan Lal Verma met Deputy Collector (DC) Smt. Anita Joshi at the canal.\n\nThe DC said repairs would begin in January.",
			[]string{"Deputy Collector"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			speakers := canonicalSpeakers(tt.text)
			if fmt.Sprint(speakers) != fmt.Sprint(tt.want) {
				t.Errorf("speakers in %q:\n got %q\nwant %q", tt.text, speakers, tt.want)
			}
		})
	}
}

// TestInitialNotArticle: "A." before a capitalised word is an initial kept
// in the name; "A" alone or before a lower-case word is the article.
func TestInitialNotArticle(t *testing.T) {
	for _, tt := range []struct {
		ws   []string
		want bool
	}{
		{[]string{"A.", "Lakshmi", "Priya"}, true},
		{[]string{"A", "Lakshmi", "Priya"}, false},
		{[]string{"A.", "spokesman"}, false},
		{[]string{"A."}, false},
		{[]string{"An", "Li"}, false},
	} {
		if got := initialNotArticle(tt.ws); got != tt.want {
			t.Errorf("initialNotArticle(%q) = %v, want %v", tt.ws, got, tt.want)
		}
	}
	if got := canonicalSpeakers("Ward member A. Kamala Devi said the ward would reopen next week."); fmt.Sprint(got) != "[A. Kamala Devi]" {
		t.Errorf("an initial A. dropped: got %q", got)
	}
}
