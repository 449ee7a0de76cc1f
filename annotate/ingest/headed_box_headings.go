package ingest

// A Markdown page may set a box between the story's paragraphs under a
// heading of its own: "> ### Specs at a glance" over "> **Halo**: 41 g ·
// $899" lines, then the next section's "## The price question". The other
// rules remove the box's lines as furniture; its heading is left heading
// nothing. removeBoxedListHeadings leaves Markdown headings alone, since
// "## What the figures show" heads the prose after a table: here no prose
// comes before the next heading.

// removeHeadedBoxHeadings removes a Markdown subheading ("##" or deeper)
// of at most six words without a sentence end when every line up to the
// next heading is removed, two lines at least, in blocks of their own.
func removeHeadedBoxHeadings(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || u.heading < 2 || wc[i] > 6 || endsSentence(u.text) ||
			i+1 >= len(units) || units[i+1].block == u.block {
			continue
		}
		j := i + 1
		for ; j < len(units) && units[j].heading == 0; j++ {
			if kinds[j] == keep {
				break
			}
		}
		if j-(i+1) < 2 || j >= len(units) || units[j].heading == 0 {
			continue
		}
		kinds[i] = junkChrome
		removed[i] = []string{u.text}
	}
}
