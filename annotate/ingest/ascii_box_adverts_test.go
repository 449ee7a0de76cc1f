package ingest

import "testing"

// Adverts drawn in plain text, in wordings no fixture uses, beside drawn
// boxes that must stay.

func TestASCIIBoxAdverts(t *testing.T) {
	rule := "+--------------------------------------------+"
	tests := []struct {
		name  string
		lines []string
		gone  bool
	}{
		{"hall for hire", []string{"| ST ANNE'S ROOM - available for hire, ring |", "| Maureen on 01632 960 118                  |"}, true},
		{"trader", []string{"| J. PIKE PLUMBING. No job too small.       |", "| Call 07700 900 456                        |"}, true},
		{"logs for sale", []string{"| Seasoned logs for sale - phone 0117 496 0123 |"}, true},
		{"figures", []string{"| Homes flooded   | 41                       |", "| Sandbags issued | 2 300                    |"}, false},
		{"offer without number", []string{"| The hall is available for hire again     |"}, false},
		{"quotation with number", []string{"| \"Ring 01632 960 441 if the brook rises\"   |"}, false},
		{"number without offer", []string{"| River level at the bridge: 1 240 mm      |"}, false},
	}
	for _, tc := range tests {
		units := []unit{{text: rule}}
		for _, l := range tc.lines {
			units = append(units, unit{text: l})
		}
		units = append(units, unit{text: rule})
		kinds := make([]junk, len(units))
		removeASCIIBoxAdverts(units, kinds, make([][]string, len(units)))
		if gone := kinds[1] != keep; gone != tc.gone {
			t.Errorf("%s: removed %v, want %v", tc.name, gone, tc.gone)
		}
	}
}
