package suggest

import (
	"strings"
	"testing"
)

// TestCanonicalWordsAsFields checks hasTwoWords and lastWord against
// strings.Fields.
func TestCanonicalWordsAsFields(t *testing.T) {
	for _, s := range []string{"", " ", "Ann", "Ann Lee", " Ann ", "Ann  Lee ", "the Western Counties FA", "Ann\u00a0Lee", "Ann\u00a0", "x\xff y", "É É"} {
		ws := strings.Fields(s)
		if got, want := hasTwoWords(s), len(ws) >= 2; got != want {
			t.Errorf("hasTwoWords(%q) = %v, want %v", s, got, want)
		}
		want := ""
		if len(ws) > 0 {
			want = ws[len(ws)-1]
		}
		if got := lastWord(s); got != want {
			t.Errorf("lastWord(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestJoinedAsJoin checks joinedHasPrefix and joinedEqual against
// strings.Join.
func TestJoinedAsJoin(t *testing.T) {
	lists := [][]string{nil, {}, {""}, {"", ""}, {"Ann"}, {"Ann", "Lee"}, {"Ann Lee"}, {"Ann", "Lee", "Vole"}, {"Ann", ""},
		{"", "Ann"}, {"An"}, {"Ann", "L"}, {"Ann "}, {"Inés", "Okafor"}, {"Inés"}}
	for _, a := range lists {
		for _, b := range lists {
			ja, jb := strings.Join(a, " "), strings.Join(b, " ")
			if got, want := joinedHasPrefix(a, b), strings.HasPrefix(ja, jb); got != want {
				t.Errorf("joinedHasPrefix(%q, %q) = %v, want %v", a, b, got, want)
			}
			if got, want := joinedEqual(a, b), ja == jb; got != want {
				t.Errorf("joinedEqual(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestHoldsLowerAsToLower checks lexicon.holdsLower against strings.ToLower.
func TestHoldsLowerAsToLower(t *testing.T) {
	lex := words(`letter ann i̇zmir`)
	for _, s := range []string{"", "letter", "Letter", "LETTER", "Letters", "ann", "ANN", "İzmir", "i̇zmir", strings.Repeat("A", 40), "Ann Lee"} {
		if got, want := lex.holdsLower(s), lex[strings.ToLower(s)]; got != want {
			t.Errorf("holdsLower(%q) = %v, want %v", s, got, want)
		}
	}
}
