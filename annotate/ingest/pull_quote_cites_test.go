package ingest

import "testing"

// Undashed credits under pull quotes, in wordings no fixture uses, beside
// name lines that must stay.

func TestPullQuoteCites(t *testing.T) {
	tests := []struct {
		name   string
		quote  junk // what became of the line above
		above  string
		line   string
		remove bool
	}{
		{"book credit", junkChrome, "‘The sea took the boat and then the harbour’", "Ina Marsh, The Long Field", true},
		{"role credit", junkChrome, "“Nobody rings the bell any more”", "Tom Ruddle, harbour master", true},
		{"show credit", junkChrome, "‘I sang it once and never again’", "Dr Ines Carrow, Night Songs: A Memoir", true},
		{"under kept text", keep, "‘The sea took the boat and then the harbour’", "Ina Marsh, The Long Field", false},
		{"a sentence", junkChrome, "‘The sea took the boat and then the harbour’", "Ina Marsh, The Long Field.", false},
		{"name not in the story", junkChrome, "‘The sea took the boat and then the harbour’", "Hal Brewer, The Long Field", false},
		{"role and occasion", junkChrome, "“Nobody rings the bell any more”", "Tom Ruddle, harbour master, in his letter", true},
		{"role and place", junkChrome, "‘The sea took the boat and then the harbour’", "Ina Marsh, parish councillor, at the meeting", true},
		{"title and occasion", junkChrome, "‘I sang it once and never again’", "Dr Ines Carrow, singer, speaking in May", true},
		{"two commas under kept text", keep, "“Nobody rings the bell any more”", "Tom Ruddle, harbour master, in his letter", false},
		{"two commas, a sentence", junkChrome, "“Nobody rings the bell any more”", "Tom Ruddle, harbour master, in his letter.", false},
		{"three commas", junkChrome, "“Nobody rings the bell any more”", "Tom Ruddle, harbour master, Kelby, in his letter", false},
		{"not a quotation above", junkChrome, "Photograph: Ken Ray", "Ina Marsh, The Long Field", false},
		{"credit in capitals", junkChrome, "“Nobody rings the bell any more”", "TOM RUDDLE, HARBOUR MASTER", true},
		{"capitals, name not in the story", junkChrome, "“Nobody rings the bell any more”", "HAL BREWER, HARBOUR MASTER", false},
		{"capitals under kept text", keep, "“Nobody rings the bell any more”", "TOM RUDDLE, HARBOUR MASTER", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			units := []unit{
				{text: "Ina Marsh, 61, said the storm of 1987 was the worst she had known. Tom Ruddle agreed. Dr Carrow wrote about it.", block: 0},
				{text: tc.above, block: 1},
				{text: tc.line, block: 2},
			}
			kinds := []junk{keep, tc.quote, keep}
			removed := make([][]string, len(units))
			wc := make([]int, len(units))
			for i := range units {
				wc[i] = wordCount(units[i].text)
			}
			removePullQuoteCites(units, kinds, removed, wc)
			if got := kinds[2] != keep; got != tc.remove {
				t.Errorf("%q removed = %v, want %v", tc.line, got, tc.remove)
			}
		})
	}
}
