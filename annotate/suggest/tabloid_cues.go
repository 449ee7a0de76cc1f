package suggest

// Tabloid reporting verbs before a colon and a quotation ("She blasted:
// “…”", "he fumed: “…”"). Both take an object that is no speech ("blasted
// the referee", "fumed at the delay"), so they report only a "that"
// clause or a quotation (cueThat).
func init() {
	for lemma, forms := range map[string][]string{
		"blast": {"blasted", "blasts"},
		"fume":  {"fumed", "fumes"},
	} {
		for _, w := range forms {
			if _, ok := cueWords[w]; !ok {
				cueWords[w] = cueWord{lemma: lemma, class: cueThat}
			}
		}
	}
}
