package suggest

// A scare quotation that ends in an s ("had ‘no complaints’ about the
// goal", "was ‘in talks’ over the lease") closes before a preposition of
// topic or place just as it does before "of" or "with": a plural
// possessive is followed by what is owned, never by "about" or "over".
// Read as a possessive, the mark would pair with the next quotation's
// opening mark and the words between, the reporter's "and that …" among
// them, would count as quoted.

// topicPrepositions join notAfterPossessive: prepositions of topic, route
// and company that open no owned noun phrase.
var topicPrepositions = words(`about over across through towards toward among amid`)

func init() {
	for w := range topicPrepositions {
		notAfterPossessive[w] = true
	}
}
