package ingest

import (
	"strings"
	"testing"
)

// Partner notes and full-text labels in wordings no fixture uses, beside
// story sentences worded like them that must stay.

func TestCoPublicationNotes(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"This investigation was co-produced with the Wendover Courier.", junkTrailer},
		{"This article is published in partnership with Harbour Community Radio.", junkTrailer},
		{"(This report was produced in collaboration with the Northern Data Desk.)", junkTrailer},
		{"This story was jointly published with Fenland Voices", junkTrailer},
		{"This report was produced by the council's own auditors in 2019 and was never published.", keep},
		{"This report was published with little fanfare in March, the council said.", keep},
		{"This story was co-published with a partner, the editor said, but the partner later withdrew it.", keep},
	})
}

func TestFullTextLabels(t *testing.T) {
	story := "Bakery chain apologises for allergen labels\n\n" +
		"A bakery chain has apologised after labels on its seeded loaves left out sesame, trading standards officers said on Tuesday.\n\n" +
		"The chain said the fault lay with a printer and had been fixed within a day.\n\n" +
		"A mother whose son was taken to hospital said the apology came too late.\n\n"
	tests := []struct {
		name   string
		label  string
		gone   bool
		stayed string
	}{
		{"a capitals label", "RESPONSE IN FULL", true, "We are sorry. Our labels were wrong, and we have changed the printer we use."},
		{"a possessive label", "The chain’s statement in full", true, "We are sorry. Our labels were wrong, and we have changed the printer we use."},
		{"a full-text label", "Full text of the apology", true, "We are sorry. Our labels were wrong, and we have changed the printer we use."},
		{"a heading naming a subject stays", "The recall in full", false, "We are sorry. Our labels were wrong, and we have changed the printer we use."},
		{"a sentence worded like a label stays", "The statement in full was never sent to the families.", false, "We are sorry. Our labels were wrong, and we have changed the printer we use."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := story + tt.label + "\n\n" + tt.stayed + "\n"
			doc, err := Clean("page.txt", []byte(page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			paras := strings.Split(doc.Text, "\n\n")
			if gone := !containsString(paras, tt.label); gone != tt.gone {
				t.Errorf("label %q removed %v, want %v:\n%s", tt.label, gone, tt.gone, doc.Text)
			}
			if tt.gone && !containsString(doc.Meta.Removed, tt.label) {
				t.Errorf("%q not in meta.removed", tt.label)
			}
			if !containsString(paras, tt.stayed) {
				t.Errorf("reproduced paragraph lost:\n%s", doc.Text)
			}
		})
	}
}
