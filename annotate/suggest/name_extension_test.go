package suggest

import (
	"strings"
	"testing"
)

func TestExtendsByOneWord(t *testing.T) {
	tests := []struct {
		full, short string
		want        bool
	}{
		{"Halcyon Tide Ferries", "Halcyon Tide", true},
		{"Halcyon Tide", "Halcyon Tide", false},               // the same name
		{"Halcyon Tidewater Ferries", "Halcyon Tide", false},  // a longer word, not another one
		{"Halcyon Tide Ferries Group", "Halcyon Tide", false}, // two more words
		{"Northern Halcyon Tide", "Halcyon Tide", false},      // a word before
		{"Halcyon Tide  Ferries", "Halcyon Tide", true},       // two spaces still one more word
		{"Halcyon Tide \u00a0Ferries", "Halcyon Tide", true},  // a no-break space separates too
	}
	for _, tt := range tests {
		n := len(strings.Fields(tt.short))
		if got := extendsByOneWord(tt.full, tt.short, n); got != tt.want {
			t.Errorf("extendsByOneWord(%q, %q) = %v, want %v", tt.full, tt.short, got, tt.want)
		}
		want := len(strings.Fields(tt.full)) == n+1 && strings.HasPrefix(tt.full, tt.short+" ")
		if want != tt.want {
			t.Errorf("%q, %q: the table says %v, strings.Fields says %v", tt.full, tt.short, tt.want, want)
		}
	}
	for _, s := range []string{"", " ", "a", " a b ", "a\tb\nc", "\u2003x\u2003", "\xffa b"} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}
