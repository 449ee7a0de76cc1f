package ingest

import (
	"strings"
	"testing"
)

// A court reporter's numbered transcript pasted into a story, invented: two
// pages, each with a header and a footer, every line numbered.
const numberedTranscriptPage = `Ferry captain says he was told to sail in the gale

The master of the Pellow ferry told a tribunal he had been ordered out, a transcript shows.

PELLOW, 4 May — The master of the ferry that lost its ramp in January told an employment tribunal he had been ordered to sail, according to a transcript released on Friday.

The excerpt below is taken from pages 12 and 13 of the transcript.

    Page 12 | Hearing of Jory Hocking | 3 April 2027

   1  Q. Who told you to sail that
   2  afternoon?
   3  A. The operations manager. He rang me on
   4  the bridge at ten past two.
   5  Q. What did you tell him?
   6  A. That the swell was over the limit.

    Pellow Reporting Ltd. | Certified copy

    Page 13 | Hearing of Jory Hocking | 3 April 2027

   1  Q. And then?
   2  A. He said the timetable came first, and
   3  I went.
   4  Q. Thank you.

    Pellow Reporting Ltd. | Certified copy
`

func TestNumberedTranscriptJoined(t *testing.T) {
	a := fromText(numberedTranscriptPage)
	a.units = markNumberedTranscripts(a.units) // a no-op once fromText reads transcripts itself
	doc := a.document()
	for _, para := range []string{
		"\n\nQ. Who told you to sail that afternoon?\n\n",
		"\n\nA. The operations manager. He rang me on the bridge at ten past two.\n\n",
		"\n\nA. He said the timetable came first, and I went.\n\n",
	} {
		if !strings.Contains(doc.Text, para) {
			t.Errorf("want paragraph %q in:\n%s", para, doc.Text)
		}
	}
	for _, gone := range []string{"Page 12", "Page 13", "Certified copy", "\n1  ", "\n3  "} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("%q left in:\n%s", gone, doc.Text)
		}
	}
}

// Numbered lines that are no transcript stay as they are: a numbered list
// of steps (no questions, answers or speakers), numbers that do not run on
// one after another, and too few lines.
func TestNumberedTranscriptNearMissesStay(t *testing.T) {
	for _, lines := range [][]string{
		{"1  Preheat the oven to 180C.", "2  Beat the eggs and the sugar.", "3  Fold in the flour.", "4  Bake for 40 minutes."},
		{"1  Q. Who rang you?", "3  A. The manager.", "5  Q. When?", "7  A. At two."},
		{"1  Q. Who rang you?", "2  A. The manager."},
	} {
		var units []unit
		for _, l := range lines {
			units = append(units, unit{text: l})
		}
		out := markNumberedTranscripts(units)
		if len(out) != len(lines) {
			t.Fatalf("%q became %d units", lines, len(out))
		}
		for k, u := range out {
			if u.text != lines[k] || u.junk != keep {
				t.Errorf("%q changed to %q", lines[k], u.text)
			}
		}
	}
}
