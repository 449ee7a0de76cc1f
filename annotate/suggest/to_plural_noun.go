package suggest

import "strings"

// This file keeps a plural noun after "to" from being read as an
// infinitive cue: "called to reports that …", "in response to claims
// that …". A verb after "to" is in its base form, so a cue word there that
// is its lemma with an -s ending is the noun.

// pluralAfterTo reports whether the cue word w (of lemma cw.lemma), right
// after "to", is the noun's plural rather than the verb.
func pluralAfterTo(w string, cw cueWord) bool {
	return w != cw.lemma && strings.HasSuffix(w, "s") && strings.HasPrefix(w, cw.lemma)
}
