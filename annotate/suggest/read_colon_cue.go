package suggest

// A written text quoted word for word is said to "read": "The sign read:
// “Closed for repairs”", "The Welsh text beneath it read: "…"". "read" is
// no cue word, since it far more often means reading ("he read the report",
// "I read: …" in a diary), so it is taken as the cue only in lower case,
// right before a colon that opens a quotation, and when its subject is a
// written thing: a document noun or a word for a text on display ("sign",
// "notice", "text", "inscription"), right before the verb or before a short
// phrase of place ("beneath it", "on the door").

// readTextNouns are written things on display that "read" what they say.
var readTextNouns = words(`text sign notice placard banner plaque inscription label caption headline wording version translation
	message post tweet email leaflet poster board card`)

// readPlacePrepositions open the short phrase of place between a written
// thing and "read" ("The text beneath it read:").
var readPlacePrepositions = words(`beneath below above under on outside inside in at by over`)

// readCueAt is the cue "read" at token i, when a written thing is its
// subject and a colon and an opening quotation mark come after it.
func (x *text) readCueAt(i int) (cueWord, bool) {
	t := x.toks[i].text
	if !x.word(i) || (t != "read" && t != "reads") || !x.is(i+1, ":") || i+2 >= len(x.toks) || x.toks[i+2].kind != tQuote {
		return cueWord{}, false
	}
	isText := func(k int) bool {
		if k < 0 || !x.word(k) || x.quoted(k) {
			return false
		}
		w := singular(x.low(k))
		return readTextNouns[w] || documentNouns[w]
	}
	if isText(i - 1) {
		return cueWord{lemma: "read", class: cueSay}, true
	}
	// "The text beneath it read:": at most four words of place, opened by
	// a preposition right after the noun
	for p := i - 2; p >= 1 && p >= i-5; p-- {
		if !x.word(p) || x.quoted(p) {
			return cueWord{}, false
		}
		if readPlacePrepositions[x.low(p)] && isText(p-1) {
			return cueWord{lemma: "read", class: cueSay}, true
		}
	}
	return cueWord{}, false
}
