package suggest

import "testing"

// TestNordicQuotes: Finnish and Swedish quotations open and close with the
// same mark ”…”; the closing mark stays in the statement, and a quotation
// after a reported clause ends that clause rather than running on.
func TestNordicQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // statements, exactly
		not        []string // never a statement
	}{
		{"a quoted phrase ending an indirect statement",
			"The ferry operator said in a statement that the new timetable was ”the best we can offer this winter”.",
			[]string{"the new timetable was ”the best we can offer this winter”"}, nil},
		{"a direct quotation after a reported sentence",
			"Pekka Vainio says the harbour had been dredged in 2019. ”The channel silted up again within a year,” Vainio says.",
			[]string{"the harbour had been dredged in 2019", "”The channel silted up again within a year,”"},
			[]string{"the harbour had been dredged in 2019. ”The channel silted up again within a year,” Vainio says"}},
		{"English closing marks still close",
			"“We will reopen the bridge on Friday,” the engineer, Tom Reid, said.",
			[]string{"“We will reopen the bridge on Friday,”"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestSameMarkOpens: ” opens a quotation only glued to the word it opens,
// after a space, a dash, a colon or the paragraph's start; an English
// closing mark after a word, or one followed by a space, does not.
func TestSameMarkOpens(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want bool
	}{
		{"”Nej”", 0, true},
		{"sade: ”Nej”", 6, true},
		{"was ”late”", 4, true},
		{"“Yes,” she said", 5, false},
		{"“Yes ” she said", 5, false},
		{"word”next", 4, false},
		{"a ” b", 2, false},
	}
	for _, tt := range tests {
		runes := []rune(tt.text)
		if got := opensAt(runes, tt.at, 0, len(runes)); got != tt.want {
			t.Errorf("opensAt(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}
