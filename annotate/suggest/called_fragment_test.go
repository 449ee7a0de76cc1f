package suggest

import (
	"fmt"
	"testing"
)

// TestCalledFragments: a characterising verb in a free relative ("what he
// called “…”") inside another statement is a fragment of it; standing alone
// it is the subject's statement.
func TestCalledFragments(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"inside the speaker's own statement",
			"The chief executive, Ola Brandt, said the firm had dropped the fee in May after what he called “a spring of angry letters”.",
			[]string{"the firm had dropped the fee in May after what he called “a spring of angry letters”"}},
		{"inside another speaker's statement",
			"The union said its members had turned down what the employer called its “last and best offer”.",
			[]string{"its members had turned down what the employer called its “last and best offer”"}},
		{"outside any statement the quotation stays",
			"Marlow College will close its farm next year, after what it called “a long fall in student numbers”.",
			[]string{"“a long fall in student numbers”"}},
		{"a named characterisation inside a statement is not a free relative",
			"Ola Brandt said the regulator had called the fee “a tax on the patient”.",
			[]string{"the regulator had called the fee “a tax on the patient”", "“a tax on the patient”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
