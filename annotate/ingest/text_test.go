package ingest

import "testing"

// A drop cap saved as text: the capital alone on its line joins the rest of
// its word on the next line; other single letters stay as they are.
func TestDropCapSplit(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"drop cap", "Headline here\n\nW\nhen the mill shut, Dora Pike kept the key.\n", []string{"Headline here", "When the mill shut, Dora Pike kept the key."}},
		{"accented capital", "É\ntienne came home in May.\n", []string{"Étienne came home in May."}},
		// Near-misses.
		{"I starts the sentence", "I\nwas fifteen when the mill shut.\n", []string{"I", "was fifteen when the mill shut."}},
		{"A starts the sentence", "A\nmill shut in May.\n", []string{"A", "mill shut in May."}},
		{"capital next line", "B\nThe second option was cheaper.\n", []string{"B", "The second option was cheaper."}},
		{"blank line between", "W\n\nhen the mill shut.\n", []string{"W", "hen the mill shut."}},
		{"two letters", "Wh\nen the mill shut.\n", []string{"Wh", "en the mill shut."}},
		{"lower-case letter", "w\nhen the mill shut.\n", []string{"w", "hen the mill shut."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := fromText(tc.page)
			var got []string
			for _, u := range a.units {
				got = append(got, u.text)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("units = %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("units = %q, want %q", got, tc.want)
					break
				}
			}
		})
	}
}
