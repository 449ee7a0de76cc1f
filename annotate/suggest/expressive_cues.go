package suggest

// Features and match reports attribute quotes with verbs of manner that are
// not verbs of saying: "“I managed one of them,” she laughed", "he grinned:
// “…”". Such a verb is a cue only where it frames a quotation (right after
// the quotation's closing comma, or just before a colon and a quotation); on
// its own ("he shrugged when asked", "she smiled and said nothing") it
// reports no speech, so these words stay out of cueWords.
var expressiveCues = map[string]string{
	"grinned": "grin", "grins": "grin",
	"laughed": "laugh", "laughs": "laugh",
	"smiled": "smile", "smiles": "smile",
	"chuckled": "chuckle", "chuckles": "chuckle",
	"beamed": "beam", "beams": "beam",
	"sighed": "sigh", "sighs": "sigh",
	"shrugged": "shrug", "shrugs": "shrug",
}

// expressiveAfterQuote matches "“…,” he grinned." and "“…,” laughed
// Amadi.": a quotation closed by a comma, then a speaker and an expressive
// verb (either order) that end the sentence. j is the token after the
// quotation and its comma, end the sentence's end.
func (f *finder) expressiveAfterQuote(a *attribution, j, end int) bool {
	q := a.content.b - 1
	if !f.is(q-1, ",") && !f.is(q+1, ",") {
		return false
	}
	if lemma, ok := expressiveCues[f.low(j)]; ok && f.word(j) && !f.quoted(j) {
		if sa, sb, ok := f.phraseAfter(j+1, end); ok && sb == end && !pronouns[f.low(sa)] {
			a.speaker, a.cue, a.cueLemma = rng{sa, sb}, rng{j, j + 1}, lemma
			a.pattern, a.conf = "D1", 0.8
			return true
		}
		return false
	}
	c := end - 1
	lemma, ok := expressiveCues[f.low(c)]
	if !ok || c <= j || !f.word(c) || f.quoted(c) {
		return false
	}
	sa, sb, ok := f.speakerBefore(c, j)
	if !ok || sa != j || sb != c {
		return false
	}
	a.speaker, a.cue, a.cueLemma = rng{sa, sb}, rng{c, c + 1}, lemma
	a.pattern, a.conf = "D2", 0.8
	return true
}

// expressiveBeforeColon gives a colon frame without a cue ("Morley smiled:
// “…”") the expressive verb right before the colon as its cue, when the
// speaker found for the frame stands right before the verb.
func (f *finder) expressiveBeforeColon(a *attribution, colon int) {
	c := colon - 1
	lemma, ok := expressiveCues[f.low(c)]
	if !a.cue.empty() || !ok || !f.word(c) || f.quoted(c) || a.speaker.b != c {
		return
	}
	a.cue, a.cueLemma = rng{c, c + 1}, lemma
	a.conf = 0.7
}
