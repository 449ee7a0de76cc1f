package ingest

// A page whose markup marks its standfirst ("<p class="intro">") says where
// the dek ends: a paragraph after it that the markup does not mark is the
// body's first, though a dateline opens only a later one (an archive column
// that introduces the report it reprints, "Each week we reprint …", above
// the old report's "TOWN — …").

// pastMarkedDek reports whether paragraph k lies below the end of a
// standfirst the markup marked among paras[start:k]: a marked paragraph
// followed by an unmarked one before k. Paragraphs there are body, so no
// dateline further down makes them dek.
func pastMarkedDek(paras []paragraph, start, k int) bool {
	marked := false
	for j := start; j < k; j++ {
		switch {
		case paras[j].role == roleDek:
			marked = true
		case marked:
			return true
		}
	}
	return false
}
