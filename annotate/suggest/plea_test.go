package suggest

import (
	"fmt"
	"testing"
)

// TestPleaIsNoStatement: "X, 52, denies the murder of Y" and "X admits two
// counts of fraud" are pleas, not reported speech with Y as the speaker; an
// inverted frame whose speaker is a person ("…, denies the minister") still
// reads as a statement.
func TestPleaIsNoStatement(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a denied killing", "Tom Vale, 52, denies the murder of Ada Crane, 70, who lived next door.", nil},
		{"admitted counts", "Lena Hart, 33, admits two counts of fraud, the court heard on Monday.", nil},
		{"a denied charge", "The driver, 28, denies the charge of dangerous driving.", nil},
		{"a person after the inverted cue",
			"The school had broken no rule, said the head teacher, Ruth Lomas.",
			[]suggestion{{"The school had broken no rule", "Ruth Lomas", "Ruth Lomas", "said", "I2", "indirect"}}},
		{"a person after an inverted denial",
			"Nothing was hidden from the auditors, denies the treasurer, Ruth Lomas.",
			[]suggestion{{"Nothing was hidden from the auditors", "Ruth Lomas", "Ruth Lomas", "denies", "I2", "indirect"}}},
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
