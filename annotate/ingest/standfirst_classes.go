package ingest

import "strings"

// standfirstAfterHeadlineClasses are class names some sites give the
// standfirst under the headline that reDekClass lacks: a regional live
// page's <p class="strap">, a WordPress theme's <p class="excerpt">. The
// same names also mark teaser cards in lists of other stories, so they
// count only once the headline has been read (the extractor otherwise
// drops the line with the header, and the first post or paragraph passes
// for the standfirst).
var standfirstAfterHeadlineClasses = setOf("strap", "excerpt", "article-excerpt", "entry-excerpt", "post-excerpt", "standfirst-text")

// standfirstAfterHeadline reports an element class, once the headline has
// been seen, that names the standfirst.
func standfirstAfterHeadline(class string, afterHeadline bool) bool {
	if !afterHeadline {
		return false
	}
	for _, c := range strings.Fields(strings.ToLower(class)) {
		if standfirstAfterHeadlineClasses[c] {
			return true
		}
	}
	return false
}
