package suggest

import (
	"fmt"
	"testing"
)

// TestElidedApostrophes: in a quotation opened with ‘ the apostrophe of
// "’n’" or of a dropped g ("singin’ all night") is no closing mark when a
// closing mark follows; a quotation that really ends at such a word, with
// no closer after it in the paragraph, still ends there.
func TestElidedApostrophes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"’n’ and a dropped g inside single quotes",
			"The club opened in May. ‘Folk ’n’ blues is grand at nine. By three in the mornin’ it’s a riot,’ said Tom Vane, who lives opposite.",
			[]suggestion{{"‘Folk ’n’ blues is grand at nine. By three in the mornin’ it’s a riot,’", "Tom Vane", "Tom Vane", "said", "D1", "direct"}}},
		{"a quotation ending at a word in -in",
			"The club opened in May. Tom Vane said the band was ‘nothing but a din’ most nights.",
			[]suggestion{{"the band was ‘nothing but a din’ most nights", "Tom Vane", "Tom Vane", "said", "I1", "mixed"}}},
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
