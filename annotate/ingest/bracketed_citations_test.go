package ingest

import (
	"reflect"
	"testing"
)

func TestWithoutBracketedCitations(t *testing.T) {
	tests := []struct {
		name, in, want string
		markers        []string
	}{
		{"after a word", "Bees avoid lit verges [2].", "Bees avoid lit verges.", []string{"[2]"}},
		{"list and range", "as earlier surveys found [1,3] and later ones [2–4] too", "as earlier surveys found and later ones too", []string{"[1,3]", "[2–4]"}},
		{"after a quote", "it was “a clear signal” [4]. Then", "it was “a clear signal”. Then", []string{"[4]"}},
		{"after a year", "switched since 2019 [1].", "switched since 2019.", []string{"[1]"}},
		{"after a full stop", "Volunteers counted 40 in 2022 alone.[4] Then more.", "Volunteers counted 40 in 2022 alone. Then more.", []string{"[4]"}},
		{"after a comma and a quote", "it was “a clear signal”,[1] they said.[2]", "it was “a clear signal”, they said.", []string{"[1]", "[2]"}},
		// Near-misses that must not change.
		{"after a full stop and a space", "The hearing ended. [2] The next day", "The hearing ended. [2] The next day", nil},
		{"after a pointer word's full stop", "as set out at.[3]", "as set out at.[3]", nil},
		{"bracketed year", "R v Dunmore [2025] EWHC 77 was cited.", "R v Dunmore [2025] EWHC 77 was cited.", nil},
		{"paragraph reference", "the judge said at [3]. It was", "the judge said at [3]. It was", nil},
		{"beyond the list", "as shown in study [9].", "as shown in study [9].", nil},
		{"laughter", "we all agreed [laughter].", "we all agreed [laughter].", nil},
		{"numbered option after a colon", "two choices: [1] walk or [2] ride", "two choices: [1] walk or [2] ride", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, markers := withoutBracketedCitations(tt.in, 4)
			if got != tt.want || !reflect.DeepEqual(markers, tt.markers) {
				t.Errorf("withoutBracketedCitations(%q) = %q, %q; want %q, %q", tt.in, got, markers, tt.want, tt.markers)
			}
		})
	}
}
