package ingest

import "testing"

// Labelled chart and table furniture in invented text, and lines that
// must stay.

func TestChartLabels(t *testing.T) {
	type line struct {
		text string
		kind junk // as the older rules left it
		// taken: removed after the rule, whoever removed it
		row   bool
		taken bool
	}
	for _, tc := range []struct {
		name  string
		lines []line
	}{
		{"chart title, image, source and note", []line{
			{"Bus routes have fallen by a third since 2019, the figures show.", keep, false, false},
			{"Chart: Bus routes by county, 2019–2025", keep, false, true},
			{"Bar chart of bus routes by county", junkCaption, false, true},
			{"Source: County transport returns", junkTrailer, false, true},
			{"Note: School services are excluded.", keep, false, true},
			{"The county has lost 40 routes.", keep, false, false},
		}},
		{"table title over rows", []line{
			{"Table: The wards with the largest falls", keep, false, true},
			{"Ward | 2021 | 2025", junkChrome, true, true},
			{"Eastgate | 12 | 9", junkChrome, true, true},
			{"Notes: Figures rounded to the nearest whole number.", keep, false, true},
		}},
		{"graphic title in bold over its image", []line{
			{"**Map: Where the floods reached**", keep, false, true},
			{"Map of flooded streets", junkCaption, false, true},
		}},
		{"a note after prose", []line{
			{"The council published its figures on Monday.", keep, false, false},
			{"Note: The figures are provisional.", keep, false, false},
		}},
		{"a chart title over prose", []line{
			{"Chart: the numbers behind the rise", keep, false, false},
			{"The rise began in 2019, when the scheme closed.", keep, false, false},
		}},
		{"a note after a removed source that heads no graphic", []line{
			{"Source: Harbour Radio", junkTrailer, false, true},
			{"Note: This story was first broadcast on Monday.", keep, false, false},
		}},
		{"a reported line opening on a label", []line{
			{"Table: the minister said the table was fair", keep, false, false},
			{"Table of fares", junkCaption, false, true},
		}},
	} {
		units := make([]unit, len(tc.lines))
		kinds := make([]junk, len(tc.lines))
		removed := make([][]string, len(tc.lines))
		wc := make([]int, len(tc.lines))
		for i, l := range tc.lines {
			units[i] = unit{text: l.text, block: i, tableRow: l.row}
			kinds[i] = l.kind
			wc[i] = wordCount(l.text)
		}
		removeChartLabels(units, kinds, removed, wc)
		for i, l := range tc.lines {
			if (kinds[i] != keep) != l.taken {
				t.Errorf("%s: %q taken %v, want %v", tc.name, l.text, kinds[i] != keep, l.taken)
			}
		}
	}
}
