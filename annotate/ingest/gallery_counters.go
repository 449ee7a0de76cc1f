package ingest

import (
	"regexp"
	"strconv"
)

// A gallery set inside a story prints its position counter on a line of
// its own, under the pictures: "1 of 12", "(3 of 8)". The extractor drops
// the figures, so the counter was left as a paragraph between two of the
// story's. With a label ("Image 1 of 12") rePromo removes it; a counter in
// a caption goes with the caption (photo_essays.go).

// reGalleryCounter matches a bare position counter: two figures joined by
// "of", in brackets or not, and nothing else.
var reGalleryCounter = regexp.MustCompile(`^\(?(\d{1,3}) of (\d{1,3})\)?$`)

// galleryCounterLine classifies a line that is only a gallery's counter:
// the position at least 1 and at most the count, the count at least 2 (a
// score or a fraction in prose has words round it).
func galleryCounterLine(s string, words int) junk {
	if words > 3 {
		return keep
	}
	m := reGalleryCounter.FindStringSubmatch(s)
	if m == nil {
		return keep
	}
	at, _ := strconv.Atoi(m[1])
	of, _ := strconv.Atoi(m[2])
	if at < 1 || of < 2 || at > of {
		return keep
	}
	return junkChrome
}
