package suggest

// This file refuses a content that opens with "about" used as a
// preposition: after "complained about damp for years" the cue names a
// topic, not a reported clause. "About" before a number or a quantity
// ("said about 600 homes", "said about a third of …") rounds the subject
// of a clause and stays.

// topicAbout reports whether token j, right after a cue and its adjuncts
// with no "that", is a topic's "about".
func (f *finder) topicAbout(j, end int) bool {
	if j+1 >= end || !f.word(j) || f.quoted(j) || f.low(j) != "about" {
		return false
	}
	n := f.low(j + 1)
	return f.word(j+1) && !isNumber(f.toks[j+1].text) && !approximated[n]
}

// approximated are the quantity words "about" can round.
var approximated = words(`a an half one two three four five six seven eight nine ten twenty thirty forty fifty hundred hundreds thousand thousands dozen dozens`)
