package ingest

import (
	"strings"
	"testing"
)

// Note numbers glued to the story's punctuation once a page became text,
// in wordings no fixture uses, beside numbers that belong to the text.

func TestWithoutNoteMarkers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The mill closed in the spring.3 Its wheel was sold for scrap.", "The mill closed in the spring. Its wheel was sold for scrap."},
		{"She called it “a scandal”.2 “Nobody listened,” she said.", "She called it “a scandal”. “Nobody listened,” she said."},
		{"The trust kept the ledgers,1 and the council kept the keys.", "The trust kept the ledgers,1 and the council kept the keys."},
		{"Nobody came back for the keys.4", "Nobody came back for the keys."},
		// near misses
		{"The app reached version 2.1 Beta last week.", "The app reached version 2.1 Beta last week."},
		{"The repairs cost £3.5m. Builders start in May.", "The repairs cost £3.5m. Builders start in May."},
		{"The map is on page 12. It shows the old route.", "The map is on page 12. It shows the old route."},
		{"See Figure 3. The wheel turns twice a minute.", "See Figure 3. The wheel turns twice a minute."},
		{"The mill closed in the spring.2019 was its last season.", "The mill closed in the spring.2019 was its last season."},
		{"The mill closed in the spring.9 Its wheel was sold.", "The mill closed in the spring.9 Its wheel was sold."}, // beyond the list
	}
	for _, tt := range tests {
		if got := withoutNoteMarkers(tt.in, 5); got != tt.want {
			t.Errorf("withoutNoteMarkers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFlattenedNoteMarkersOnTextPage(t *testing.T) {
	page := "The mill that will turn again\n\n" +
		"The mill on the Dunsey river ground flour for two hundred years before it closed in the spring.1 Volunteers have since rebuilt the wheel by hand.\n\n" +
		"The miller, Ada Crane, said the wheel would turn again by Easter, and that the trust had raised most of the money.2 The rest will come from a grant.\n\n" +
		"“We have had offers of help from as far as Leeds,” she said of the appeal, which closes at the end of the month.\n\n" +
		"Notes\n\n1. Dunsey Mill Trust, annual report, 2025.\n\n2. Interview with the author, May 2026.\n"
	doc, err := Clean("mill.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"closed in the spring. Volunteers", "most of the money. The rest"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("want %q in:\n%s", want, doc.Text)
		}
	}
}
