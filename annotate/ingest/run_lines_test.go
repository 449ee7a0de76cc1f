package ingest

// runLines runs a cleaning step on lines, one unit each, all in block 0
// unless a line starts with "\n" (a new block), and reports which were
// taken.
func runLines(lines []string, step func([]unit, []junk, [][]string, []int)) []bool {
	units := make([]unit, len(lines))
	wc := make([]int, len(lines))
	block := 0
	for i, l := range lines {
		if len(l) > 0 && l[0] == '\n' {
			block++
			l = l[1:]
		}
		units[i] = unit{text: l, block: block}
		wc[i] = wordCount(l)
	}
	kinds := make([]junk, len(lines))
	removed := make([][]string, len(lines))
	step(units, kinds, removed, wc)
	taken := make([]bool, len(lines))
	for i := range kinds {
		taken[i] = kinds[i] != keep
	}
	return taken
}

// linesInBlocks makes one unit of each line, each in a block of its own, with
// its word count, and kinds and removed all empty, for a step to run on.
func linesInBlocks(lines []string) (units []unit, kinds []junk, removed [][]string, wc []int) {
	units = make([]unit, len(lines))
	kinds = make([]junk, len(lines))
	removed = make([][]string, len(lines))
	wc = make([]int, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l, block: i}
		wc[i] = wordCount(l)
	}
	return units, kinds, removed, wc
}
