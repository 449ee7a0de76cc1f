package suggest

import (
	"strings"
	"testing"
)

// TestBareInLiveText checks that a word cut from a live text is lowered
// from its lowered copy, as bare lowers it, and that other words are left
// to bare's other paths.
func TestBareInLiveText(t *testing.T) {
	text := "Councillor Brenna Tolliver said the Dept. would act. Ärzte ÉTÉ went."
	cut := func(w string) string { i := strings.Index(text, w); return text[i : i+len(w)] }
	src := newSourceText(text)
	enterLive(src)
	defer leaveLive(src)
	tests := []struct {
		name string
		word string
		want string
		ok   bool
	}{
		{"capitalised word of the text", cut("Brenna"), "brenna", true},
		{"lower-case word of the text", cut("the"), "the", true},
		{"trailing dot trimmed", cut("Dept."), "dept", true},
		{"a letter with a case outside ASCII", cut("Ärzte"), "", false},
		{"a word made elsewhere", strings.Repeat("Tol", 2), "", false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := bareInLiveText(tt.word)
			if got != tt.want || ok != tt.ok {
				t.Errorf("bareInLiveText(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
			}
			if ok && got != strings.TrimSuffix(strings.ToLower(tt.word), ".") {
				t.Errorf("bareInLiveText(%q) = %q, not what bare gave", tt.word, got)
			}
		})
	}
	leaveLive(src)
	if _, ok := bareInLiveText(cut("Brenna")); ok {
		t.Error("a text that has left is still read")
	}
	enterLive(src) // for the deferred leaveLive
}
