package ingest

import (
	"strings"
	"testing"
)

// TestFullMeasureCut: a paragraph cut by a page break at the full measure,
// before a word in capitals, joins its continuation; a heading, a line that
// ends a sentence and a short last line do not.
func TestFullMeasureCut(t *testing.T) {
	wrapped := "The council said on Monday that the harbour wall would be repaired before\n" +
		"winter and that the work would cost about four hundred thousand pounds.\n\n"
	foot := func(n int) string { return "\n\n" + string(rune('0'+n)) + "   THE HARBOUR NEWS\n\n" }
	tests := []struct {
		name, cut, cont string
		joined          bool
	}{
		{"cut before a street name", "Engineers said on Sunday the worst damage was on the stretch below Quay", "Street, where the wall had moved by several centimetres in the storm.", true},
		{"cut before a person's name", "The work will be supervised by the council’s chief engineer, Martha", "Lindqvist, who led the repairs to the north pier in the spring of 2021.", true},
		{"cut after a comma", "Boats will be moved to the outer moorings while the wall is mended,", "The harbour master said, and owners have already been written to by post.", true},
		{"sentence ends at the break", "Engineers said the worst damage was on the stretch below the quay.", "Repairs will start in October and should take about six weeks in all.", false},
		{"heading before the break", "REPAIR PLANS", "Repairs will start in October and should take about six weeks in all.", false},
		{"short last line", "Engineers said the damage was below the", "Quay Street steps, where the wall had moved by several centimetres.", false},
	}
	for _, tt := range tests {
		page := "Harbour wall to be repaired before winter\n\n" + wrapped + tt.cut + foot(1) + tt.cont + foot(2) +
			"The council will meet again in November to agree the final budget for the repairs.\n"
		doc, err := Clean("wall.txt", []byte(page), KindText)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Contains(doc.Text, tt.cut+" "+tt.cont)
		if got != tt.joined {
			t.Errorf("%s: joined %v, want %v:\n%s", tt.name, got, tt.joined, doc.Text)
		}
	}
	// a street address named in a hard-wrapped sentence stays
	page := "Shelter opens for families\n\nThe shelter at Mill School, 200 School Road, is open\nday and night and had taken in 40 people by Sunday, the county said.\n"
	doc, err := Clean("shelter.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "200 School Road, is open day and night") {
		t.Errorf("wrapped address sentence lost:\n%s", doc.Text)
	}
}
