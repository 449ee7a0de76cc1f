package suggest

import (
	"fmt"
	"strings"
	"testing"
)

// TestConferenceCallTurns: a results call's transcript, marked by an
// operator handing the line to a caller ("Our next question comes from
// …"): the operator's turns and the caller's questions are no
// statements; what a question reports the one asked said ("Mina, you
// told us in May that …") is hers. An operator who hands the line to no
// label, a caller's turn that asks nothing, and a question about what
// was said stay as they were.
func TestConferenceCallTurns(t *testing.T) {
	const intro = "Shares in Tarnby Tools fell on Friday. Chief executive Mina Holt spoke on the call.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"operator and a caller's questions dropped, the reported claim kept",
			intro + "Operator: Our next question comes from Piet Laar with Brede Partners. Your line is open.\n\nPiet Laar: Mina, you told us in May that the order book was full. What happened?\n\nMina Holt: The order book is full. The timing moved.\n\nPiet Laar: Should we expect more of this?\n\nMina Holt: We will see some of it every year.\n\nOperator: Thank you. That concludes today's call.",
			[]string{
				`I1 "the order book was full" by "Mina" (Mina Holt) cue "told" [indirect]`,
				`T "The order book is full. The timing moved." by "Mina Holt" (Mina Holt) cue "" [direct]`,
				`T "We will see some of it every year." by "Mina Holt" (Mina Holt) cue "" [direct]`,
			}},
		{"a caller's turn that asks nothing stays, a question of what was said gives nothing",
			intro + "Operator: Our next question comes from Piet Laar with Brede Partners. Your line is open.\n\nPiet Laar: Congratulations on the quarter, the margins look strong.\n\nMina Holt: Thank you, the team earned it.\n\nPiet Laar: Mina, did you tell us in May that the order book was full?\n\nMina Holt: I did, and it is.",
			[]string{
				`T "Congratulations on the quarter, the margins look strong." by "Piet Laar" (Piet Laar) cue "" [direct]`,
				`T "Thank you, the team earned it." by "Mina Holt" (Mina Holt) cue "" [direct]`,
				`T "I did, and it is." by "Mina Holt" (Mina Holt) cue "" [direct]`,
			}},
		{"an operator who hands the line to no label is no call's moderator",
			intro + "Operator: The next question is about margins. Costs rose in the quarter.\n\nPiet Laar: Mina, you told us in May that the order book was full. What happened?\n\nMina Holt: The order book is full. The timing moved.\n\nPiet Laar: Should we expect more of this?\n\nMina Holt: We will see some of it every year.",
			[]string{
				`T "The next question is about margins. Costs rose in the quarter." by "Operator" (Operator) cue "" [direct]`,
				`T "Mina, you told us in May that the order book was full. What happened?" by "Piet Laar" (Piet Laar) cue "" [direct]`,
				`T "The order book is full. The timing moved." by "Mina Holt" (Mina Holt) cue "" [direct]`,
				`T "Should we expect more of this?" by "Piet Laar" (Piet Laar) cue "" [direct]`,
				`T "We will see some of it every year." by "Mina Holt" (Mina Holt) cue "" [direct]`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			var lines []string
			for _, s := range got {
				lines = append(lines, fmt.Sprint(s))
			}
			if strings.Join(lines, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
