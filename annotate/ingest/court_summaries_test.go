package ingest

import (
	"strings"
	"testing"
)

// A court's press summary in wordings no fixture uses, beside near misses.

func TestCourtSummaryLines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"[2026] EWHC 2210 (Admin)", junkChrome},
		{"[2019] UKSC 7", junkChrome},
		{"On appeal from the County Court at Brayford (HHJ Okafor)", junkChrome},
		{"Notes to editors: Copies of the ruling are available from the court office.", junkTrailer},
		// near misses: article sentences
		{"On appeal from the mayor, the council agreed to reopen the library in May.", keep},
		{"The ruling in [2019] UKSC 7 was cited by both sides at the hearing in Brayford.", keep},
	})
}

func TestPageOfLinesAndRunningHead(t *testing.T) {
	page := "BRAYFORD TRIBUNAL · RULINGS DIGEST\n\nPage 1 of 2\n\n" +
		"TRIBUNAL UPHOLDS CLAIM BY BUS DRIVERS\n\n" +
		"The tribunal found that the operator had cut the drivers' breaks without consulting their union and\n" +
		"ordered it to restore the old rota within a month, the chair said in her ruling on Thursday after-\n\n" +
		"                                         Page 1 of 2\n" +
		"BRAYFORD TRIBUNAL · RULINGS DIGEST\n\nPage 2 of 2\n\n" +
		"noon. The operator said it would appeal and that the rota had been agreed with staff last year.\n\n" +
		"NOTE TO EDITORS: Rulings are summarised for the press\n" +
		"and the full ruling alone is authoritative.\n\n" +
		"                                         Page 2 of 2\n"
	doc, err := Clean("digest.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Page 1 of 2", "RULINGS DIGEST", "NOTE TO EDITORS", "authoritative"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("%q left:\n%s", gone, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "Thursday afternoon. The operator said") {
		t.Errorf("paragraph not joined over the page break:\n%s", doc.Text)
	}
}

func TestSinglePageOfLineStays(t *testing.T) {
	page := "Library hours to change\n\nThe council said opening hours would change in June.\n\nPage 1 of 2\n\nResidents can comment until May, it said.\n"
	doc, err := Clean("note.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Residents can comment") {
		t.Errorf("text lost:\n%s", doc.Text)
	}
}
