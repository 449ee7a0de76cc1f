package ingest

import (
	"strings"
	"testing"
)

// Production credits in wordings no fixture uses: a credit last on a
// transcript's page goes; one sentence alone saying who produced a report,
// a credit with story text after it, and a credit with a reported verb stay.

func TestProductionCreditLines(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Harbour Hour is produced by Ana Ruiz for Coast FM. Music by The Tide Lines.", true},
		{"Night Shift was presented by Kim Oduya. Sound design: Tom Reed. Executive producer Jo Marr.", true},
		{"The Hale Report was produced by Deloitte for the council.", false},                        // one sentence: the story's
		{"Harbour Hour is produced by Ana Ruiz for Coast FM. It will return in spring.", false},     // more than credits
		{"Harbour Hour is produced by Ana Ruiz, the station said. Music by The Tide Lines.", false}, // reported
		{"The report was produced by auditors for the board. Music by The Tide Lines.", false},      // not a programme's name
	} {
		if got := productionCredit(tc.s); got != tc.want {
			t.Errorf("productionCredit(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestProductionCreditRemoved(t *testing.T) {
	page := "Harbour Hour, episode 9: the night the quay flooded\n\n" +
		"AR: Welcome back. Tom, where were you when the water came over the quay?\n\n" +
		"TR: On the slipway with a torch. The tide came in faster than anyone had said it would.\n\n" +
		"Harbour Hour is produced by Ana Ruiz for Coast FM. Music by The Tide Lines.\n"
	doc, err := Clean("hour.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"Harbour Hour is produced by Ana Ruiz for Coast FM. Music by The Tide Lines."})
	if !strings.Contains(doc.Text, "faster than anyone had said") {
		t.Errorf("story lost:\n%s", doc.Text)
	}
}

func TestProductionCreditKeepsStory(t *testing.T) {
	// the credit comes before the story's last paragraph
	page := "Harbour Hour returns\n\n" +
		"Coast FM's Harbour Hour will return for a second series in March, the station has announced.\n\n" +
		"Harbour Hour is produced by Ana Ruiz for Coast FM. Music by The Tide Lines.\n\n" +
		"The first series was downloaded more than 40,000 times, the station said.\n"
	doc, err := Clean("hour.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Harbour Hour is produced by Ana Ruiz") {
		t.Errorf("story's credit lost:\n%s", doc.Text)
	}
}
