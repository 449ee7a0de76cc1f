package suggest

import (
	"fmt"
	"testing"
)

// TestTranslatedQuotes: a quotation in the original language followed by
// its translation in brackets, "«…» (“…”)" or "«…» [“…”]", is one statement
// that runs to the closing bracket. A bracket that is no translation (an
// aside in words, a year, a bare name) stays outside the statement.
func TestTranslatedQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a translation in parentheses before the cue",
			"The port stayed shut. «Hemos perdido todo el verano» (“We have lost the whole summer”), said Ana Ruiz, who runs a bakery.",
			[]suggestion{{"«Hemos perdido todo el verano» (“We have lost the whole summer”)", "Ana Ruiz", "Ana Ruiz", "said", "I2", "mixed"}}},
		{"a translation in square brackets after a colon",
			"The port stayed shut. The mayor, Ana Ruiz, told a radio station: «Hemos perdido todo el verano» [“We have lost the whole summer”]. She said talks would start soon.",
			[]suggestion{
				{"«Hemos perdido todo el verano» [“We have lost the whole summer”]", "Ana Ruiz", "Ana Ruiz", "told", "D3", "direct"},
				{"talks would start soon", "She", "Ana Ruiz", "said", "I1", "indirect"},
			}},
		{"a translation in parentheses after a colon and an adjunct",
			"The port stayed shut. Its mayor, Ana Ruiz, told reporters on the quay: «Sin barcos no hay pueblo» (“Without boats there is no town”).",
			[]suggestion{{"«Sin barcos no hay pueblo» (“Without boats there is no town”)", "Its mayor", "Ana Ruiz", "", "D3", "direct"}}},
		{"a bracket in words is no translation",
			"The port stayed shut. The mayor, Ana Ruiz, told a radio station: «Hemos perdido todo el verano» (in Spanish). She said talks would start soon.",
			[]suggestion{
				{"«Hemos perdido todo el verano»", "Ana Ruiz", "Ana Ruiz", "told", "D3", "direct"},
				{"talks would start soon", "She", "Ana Ruiz", "said", "I1", "indirect"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}
