package suggest

import "testing"

// TestNameThenCueAfterComma: a short quotation closed by a comma and
// followed by a bare name and a saying verb is speech, verb or none; a
// title-case quotation, "wrote" and a verb that is no cue are near misses.
func TestNameThenCueAfterComma(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a first name and says",
			"The harbour is quiet now. “Not this year,” Gwen says. “Maybe in the spring.”",
			[]string{"“Not this year,”"}, nil},
		{"a full name and said",
			"“One more season,” Rhodri Price said.",
			[]string{"“One more season,”"}, nil},
		{"an adjunct after the verb",
			"“Not this year,” Eilir Venn said on Monday, adding that the vote would wait.",
			[]string{"“Not this year,”"}, nil},
		{"near miss: a title-case quotation",
			"“Bleak House,” Dickens said.",
			nil, []string{"“Bleak House,”"}},
		{"near miss: wrote frames titles",
			"“Deep water,” Ann Roe wrote.",
			nil, []string{"“Deep water,”"}},
		{"near miss: a verb that is no cue",
			"“One more boat,” Eilir Venn wanted.",
			nil, []string{"“One more boat,”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, tt.want, tt.not)
		})
	}
}
