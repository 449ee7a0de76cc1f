package suggest

import (
	"fmt"
	"testing"
)

// TestSittingOfficeHolder: "the coroner" or "the judge" after an assistant
// coroner or a deputy judge was named is that holder; a ranked description,
// two holders, or an office of no court leaves it to the other rules.
func TestSittingOfficeHolder(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
		not  string   // for a near miss: the holder its last statement must not be given to
	}{
		{"an assistant coroner is the coroner",
			"A man drowned in a reservoir, an inquest heard.\n\nTom Reed, from Hale, got into difficulty in the water.\n\nAssistant coroner Mary Cole recorded a conclusion of misadventure.\n\nRecording her conclusion, Mrs Cole said Tom had entered the water voluntarily.\n\n‘Tom was a strong swimmer,’ the coroner said.",
			[]string{"Mary Cole", "Mary Cole"}, ""},
		{"a deputy coroner is the coroner",
			"A cyclist died on the A40, an inquest heard.\n\nAli Khan, 34, was hit by a lorry.\n\nDeputy coroner Ruth Gale recorded a conclusion of road traffic collision.\n\nShe said Ali had been wearing a helmet.\n\n‘This junction must be looked at,’ the coroner said.",
			[]string{"Ruth Gale", "Ruth Gale"}, ""},
		{"an acting coroner is the coroner",
			"A climber died on a crag, an inquest heard.\n\nSam Lowe, from Kirk, fell from the ledge.\n\nActing coroner Helen Pryce recorded a conclusion of accidental death.\n\nRecording her conclusion, Mrs Pryce said Sam had been roped.\n\n‘Sam was a careful climber,’ the coroner said.",
			[]string{"Helen Pryce", "Helen Pryce"}, ""},
		{"near miss: the description keeps its rank",
			"A driver was banned.\n\nLee Hart admitted the offence.\n\nJudge Anne Moss said Lee Hart had been reckless.\n\n‘You could have killed someone,’ the deputy judge said.",
			nil, "Anne Moss"},
		{"near miss: a deputy mayor is not the mayor",
			"The bridge will close.\n\nTom Reed lives by it.\n\nDeputy mayor Mary Cole said Tom Reed would be rehoused.\n\n‘We are sorry,’ the mayor said.",
			nil, "Mary Cole"},
		{"near miss: two coroners named",
			"Two inquests opened.\n\nAssistant coroner Mary Cole opened the first.\n\nDeputy coroner Ruth Gale opened the second.\n\n‘These deaths were avoidable,’ the coroner said.",
			nil, "Mary Cole"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			speakers := canonicalSpeakers(tt.text)
			if tt.not != "" {
				if len(speakers) == 0 || speakers[len(speakers)-1] == tt.not {
					t.Errorf("speakers in %q: got %q, the last must not be %q", tt.text, speakers, tt.not)
				}
				return
			}
			if fmt.Sprint(speakers) != fmt.Sprint(tt.want) {
				t.Errorf("speakers in %q:\n got %q\nwant %q", tt.text, speakers, tt.want)
			}
		})
	}
}
