package ingest

// The extractor may give the lines of a <div>/<br> story again, one element
// each, after brParagraphs joined them (br_paragraphs.go): a run of lines
// that were all joined already. A lone line that repeats a joined sentence
// is the story's own (a slogan said again, a refrain, a sentence quoted
// back) and stays.

// dropRepeatedBrRuns removes from units the runs of two or more
// consecutive units whose indexes repeats lists (lines that repeat a
// joined sentence, in ascending order); a unit alone in its run stays.
func dropRepeatedBrRuns(units []unit, repeats []int) []unit {
	if len(repeats) == 0 {
		return units
	}
	drop := map[int]bool{}
	for a := 0; a < len(repeats); {
		b := a + 1
		for b < len(repeats) && repeats[b] == repeats[b-1]+1 {
			b++
		}
		if b-a >= 2 {
			for _, i := range repeats[a:b] {
				drop[i] = true
			}
		}
		a = b
	}
	kept := units[:0:0]
	for i, u := range units {
		if !drop[i] {
			kept = append(kept, u)
		}
	}
	return kept
}
