package ingest

import "testing"

// runEndMatter runs removeEndMatter on a release of three paragraphs, its
// end mark and boilerplate, then tail, and returns the kinds of tail.
func runEndMatter(tail []string) []junk {
	lines := []string{
		"Halden Foods plc today announces its results for the year ended 31 December, with revenue up 9% to £210 million.",
		"“It was a year of steady progress across every one of our markets,” said chief executive Rhona Baird on Tuesday.",
		"The Board recommends a final dividend of 4.1p per share, payable in May to shareholders on the register in April.",
		"ENDS",
		"About Halden Foods",
		"Halden Foods makes chilled ready meals at three sites in the north of England and employs 1,200 people.",
		"Forward-looking statements",
		"This announcement contains forward-looking statements, which are subject to risks and uncertainties beyond our control.",
	}
	lines = append(lines, tail...)
	units, kinds, removed, wc := linesInBlocks(lines)
	for i, l := range lines {
		kinds[i] = classify(l, wc[i])
	}
	removeEndMatter(units, kinds, removed, wc)
	return kinds[len(lines)-len(tail):]
}

func TestSiteSectionAfterRelease(t *testing.T) {
	resumes := [][]string{
		{"Analyst view", "In a note to clients, Sam Orrell of Tay Securities wrote that the margin gain was better than the market had expected."},
		{"Market reaction", "Shares rose 6% in early trading, and one fund manager said the dividend had been the surprise of the morning."},
		{"Our take", "Food Trade Weekly adds: Halden’s move into chilled meals has been watched closely by rivals, who have been slower to invest."},
		{"Background", "Grocer Daily adds: The results follow a profit warning last spring that cost the company a fifth of its market value."},
	}
	for _, tail := range resumes {
		if k := runEndMatter(tail); k[0] != keep || k[1] != keep {
			t.Errorf("site section %q removed: %v", tail[0], k)
		}
	}
	stays := [][]string{
		{"Methodology", "The survey of 2,000 adults, which the pollster says is representative, was carried out online between 1 and 4 May."},
		{"Financial calendar", "The annual general meeting will be held on 14 May, and interim results will follow on 9 September this year."},
		{"Analyst briefing", "A presentation for analysts will be held at 9.30am today at the offices of the company's brokers in London."},
		{"Notes to editors", "Halden Foods said in 2019 that it would move all of its packaging to recyclable materials by the end of 2026."},
	}
	for _, tail := range stays {
		if k := runEndMatter(tail); k[0] == keep || k[1] == keep {
			t.Errorf("release boilerplate %q kept: %v", tail[0], k)
		}
	}
}
