package suggest

import (
	"fmt"
	"testing"
)

// TestCueWithChannel: a statement, note, letter, update or post right after
// the verb is part of the cue ("said in a statement"); a report, memo or
// place is not.
func TestCueWithChannel(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"said in a statement that",
			"The ferry left late again. The operator said in a statement that the engines had been repaired.",
			[]suggestion{{"the engines had been repaired", "The operator", "operator", "said in a statement", "I1", "indirect"}}},
		{"a modifier before the channel",
			"The ferry left late again. “The engines have been repaired,” the operator said in a short statement.",
			[]suggestion{{"“The engines have been repaired,”", "the operator", "operator", "said in a short statement", "D2", "direct"}}},
		{"wrote in a note",
			"The ferry left late again. Orla Benn wrote in a note to staff that the timetable would change.",
			[]suggestion{{"the timetable would change", "Orla Benn", "Orla Benn", "wrote in a note", "I1", "indirect"}}},
		{"an annual report stays out of the cue",
			"The ferry left late again. The operator said in its annual report that fares would rise.",
			[]suggestion{{"fares would rise", "The operator", "operator", "said", "I1", "indirect"}}},
		{"a memo stays out of the cue",
			"The ferry left late again. Orla Benn wrote in a memo that the timetable would change.",
			[]suggestion{{"the timetable would change", "Orla Benn", "Orla Benn", "wrote", "I1", "indirect"}}},
		{"a place stays out of the cue",
			"The ferry left late again. “The engines have been repaired,” Orla Benn said in Kirkwall.",
			[]suggestion{{"“The engines have been repaired,”", "Orla Benn", "Orla Benn", "said", "D2", "direct"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if g := fmt.Sprint(got); g != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, g, tt.want)
			}
		})
	}
}
