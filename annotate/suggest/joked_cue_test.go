package suggest

import (
	"fmt"
	"testing"
)

// TestJokedCue: "joked that C" and "quipped that C" report C; "joked about
// …" and "joked with …" report nothing.
func TestJokedCue(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"joked that",
			"The minister spoke for an hour. Opening the debate, Rhian Holt joked that the last budget had left her “a pencil and an eraser”.",
			[]suggestion{{"the last budget had left her “a pencil and an eraser”", "Rhian Holt", "Rhian Holt", "joked", "I1", "mixed"}}},
		{"quipped that",
			"The minister spoke for an hour. Rhian Holt quipped that the room was warmer than the economy.",
			[]suggestion{{"the room was warmer than the economy", "Rhian Holt", "Rhian Holt", "quipped", "I1", "indirect"}}},
		{"joked about is no statement",
			"The minister spoke for an hour. Rhian Holt joked about the weather before the vote.",
			nil},
		{"joked with is no statement",
			"The minister spoke for an hour. Rhian Holt joked with reporters outside the chamber.",
			nil},
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
