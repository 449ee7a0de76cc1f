package suggest

import (
	"fmt"
	"testing"
)

// TestToldBody: "the company" after "… told the Times" is the company the
// story is about, not the newspaper told; a body named as a subject
// elsewhere stays an antecedent.
func TestToldBody(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"a newspaper told",
			"Marrow Coaches will withdraw evening buses, the company said on Tuesday.\n\nIts managing director, Ann Varga, told the Harbury Times that the firm had 31 vacancies.\n\nThe company said daytime timetables would not change.",
			[]string{"Marrow Coaches", "Ann Varga", "Marrow Coaches"}},
		{"near miss: the body told is also named as a subject",
			"Marrow Coaches will withdraw evening buses, the company said on Tuesday.\n\nThe Harbury Times first reported the cuts. Its managing director, Ann Varga, told the Harbury Times that the firm had 31 vacancies.\n\nThe company said daytime timetables would not change.",
			[]string{"Marrow Coaches", "Ann Varga", "Harbury Times"}},
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
