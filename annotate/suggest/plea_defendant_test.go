package suggest

import (
	"fmt"
	"testing"
)

// TestPleadedDefendant: "the defendant" is the person who denied, admitted
// or pleaded to an offence, though that plea made them a speaker, not the
// counsel or witness named later in passing. Near misses: a denial of no
// offence, a plea verb that does not follow the subject, and a report with
// no plea at all keep the role with the person most spoken about.
func TestPleadedDefendant(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"denies counts past age and home",
			"Peter Hallam, 61, of Brook Road, Tenby, denies six counts of theft. A nurse said Mr Hallam had told her he was “broke”.\n\nUnder cross-examination by Julia Marsh, defending, the nurse held firm.\n\nIn interview, the defendant told officers that the money was “a loan”.",
			[]string{"Peter Hallam", "Peter Hallam", "Peter Hallam"}},
		{"pleaded not guilty",
			"Carla Winton pleaded not guilty to arson at Bristol Crown Court. A neighbour said Ms Winton had called the fire “a warning”.\n\nThe jury then heard from Ian Platt, prosecuting.\n\nLater the defendant told officers that she had been “at home all night”.",
			[]string{"Carla Winton", "Carla Winton"}},
		{"admitted the offence",
			"Owen Ruddock, 24, admitted the burglary last month. A nurse said Mr Ruddock had told her he was “broke”.\n\nUnder cross-examination by Julia Marsh, defending, the nurse held firm.\n\nIn interview, the defendant told officers that he was “deeply ashamed”.",
			[]string{"Owen Ruddock", "Owen Ruddock", "Owen Ruddock"}},
		{"near miss: a denial of no offence",
			"Peter Hallam, 61, denies knowing the lender. A nurse said Mr Hallam had told her he was “broke”.\n\nUnder cross-examination by Julia Marsh, defending, the nurse held firm.\n\nIn interview, the defendant told officers that the money was “a loan”.",
			[]string{"Peter Hallam", "Peter Hallam", "Julia Marsh"}},
		{"near miss: the plea verb is not the subject's",
			"A nurse said Mr Hallam had told her the others denied the theft.\n\nUnder cross-examination by Julia Marsh, defending, the nurse held firm.\n\nIn interview, the defendant told officers that the money was “a loan”.",
			[]string{"nurse", "Hallam", "Julia Marsh"}},
		{"near miss: no plea at all",
			"Peter Hallam, 61, of Brook Road, Tenby, appeared in court. A nurse said Mr Hallam had told her he was “broke”.\n\nUnder cross-examination by Julia Marsh, defending, the nurse held firm.\n\nIn interview, the defendant told officers that the money was “a loan”.",
			[]string{"Peter Hallam", "Peter Hallam", "Julia Marsh"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			speakers := canonicalSpeakers(tt.text)
			if fmt.Sprint(speakers) != fmt.Sprint(tt.want) {
				t.Errorf("speakers in %q:\n got %q\nwant %q", tt.text, speakers, tt.want)
			}
		})
	}
}
