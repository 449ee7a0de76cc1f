package ingest

// A feature may set a results box inside the story: a bold
// line ("**League table: top four**") over a list the other rules remove
// as furniture (standings rows, fixtures). The box heading is longer than
// removeBoxHeadings allows and sits in a block of its own, so it would
// be left heading nothing.

// removeBoxedListHeadings removes a bold line (not a Markdown heading,
// which heads the prose after a table: "## What the figures show") of at
// most eight words without a sentence end when the block
// right after it holds two lines or more, all removed, none of them a
// caption or a credit (a picture under a subheading leaves the
// subheading to its text), and the story goes on after that block.
func removeBoxedListHeadings(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || !u.emphasis || u.heading > 0 || wc[i] > 8 || endsSentence(u.text) ||
			i+1 >= len(units) || units[i+1].block == u.block {
			continue
		}
		box, j := units[i+1].block, i+1
		for ; j < len(units) && units[j].block == box; j++ {
			if kinds[j] == keep || kinds[j] == junkCaption || kinds[j] == junkCredit {
				break
			}
		}
		if j-(i+1) < 2 || j < len(units) && units[j].block == box || j >= len(units) || kinds[j] != keep {
			continue
		}
		kinds[i] = junkChrome
		removed[i] = []string{u.text}
	}
}

// numberedRemoved returns a removed unit's text with the number its
// ordered list printed ("2. Ashby, P12, Pts 40"), so meta.removed keeps
// the line as the page showed it.
func numberedRemoved(u unit, removed []string) []string {
	if u.item == "" || len(removed) != 1 || removed[0] != u.text {
		return removed
	}
	return []string{u.item + u.text}
}
