package suggest

// publicationHead reports a capitalised word that ends a newspaper's name
// ("The Harbourside Courier", "the Dale Observer", "The Guardian"): the
// name is the paper's, not a person's by origin as "New Yorker" or
// "Estonian" is, however its last word ends ("-er", "-ian").
func publicationHead(w string) bool {
	return isCap(w) && newspaperWords[bare(w)]
}
