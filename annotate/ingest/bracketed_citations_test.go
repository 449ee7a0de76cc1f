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
		// Near-misses that must not change.
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
