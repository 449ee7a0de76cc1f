package suggest

// South Asian honorifics written before a name, with or without a period
// ("Shri Raghavendra Kulkarni", "Smt. Lalitha Devi", "Kumari Anita Rao"):
// titles, never part of the canonical name, as "Mr" and "Mrs" are not.
// "Sri" stays out: it opens places' names ("Sri Lanka").
func init() {
	for w := range words(`shri shrimati smt kumari km`) {
		titleWords[w] = true
	}
	for w := range words(`smt`) {
		abbreviations[w] = true
	}
}
