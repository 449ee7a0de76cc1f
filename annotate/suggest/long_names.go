package suggest

// This file lets a Portuguese or Spanish name keep more than three words
// ("Antônio Carlos Mendonça de Albuquerque", "Rodrigo Leme Pacheco Filho"):
// the given name that opens a name of four words stays with it, and the
// suffix of a generation does not count towards the three words.

// generationSuffixes end a name as part of it ("Filho", "Júnior", "Neto").
var generationSuffixes = words(`filho filha junior júnior neto neta sobrinho`)

// generationSuffix reports whether ws[k] is the capitalised suffix of a
// generation that ends a name after a capitalised word ("Leme Pacheco
// Filho"), not the name's only word.
func generationSuffix(ws []string, k int) bool {
	return k == len(ws)-1 && k >= 1 && isCap(ws[k]) && isCap(ws[k-1]) && generationSuffixes[bare(ws[k])]
}

// openingGivenName reports whether ws[k], the fourth word of a name counted
// from its end, is a given name that opens the name ("Maria" in "Maria
// Helena Cavalcanti Bezerra") and so belongs to it; a fifth word does not.
func openingGivenName(ws []string, k, n int) bool {
	return k == 0 && n == 4 && len(ws) >= 4 && givenGender(ws[0]) != 0
}

// learnLongSurnames records a person's name of four words or more (its
// particles and a generation's suffix aside) under each inner surname, as
// learnPaternalSurname does a three-word name's middle word: "Cavalcanti"
// for "Maria Helena Cavalcanti Bezerra", "Pacheco" for "Rodrigo Leme
// Pacheco Filho". Words after the first that are given names are skipped
// ("Carlos" in "Antônio Carlos ..."), as are the name's first word and its
// last; a name with no particle and no suffix must open with a given name.
func (r *resolver) learnLongSurnames(name []string) {
	var core []string
	particle := false
	for k, w := range name {
		if !isCap(w) && nameParticles[bare(w)] {
			particle = true
			continue
		}
		if generationSuffix(name, k) {
			continue
		}
		if !isCap(w) {
			return
		}
		core = append(core, w)
	}
	suffix := generationSuffix(name, len(name)-1)
	if len(core) < 3 || len(core) == 3 && !suffix || hasOrgHead(name) || givenGender(core[0]) == 0 && !suffix && !particle {
		return
	}
	last := len(core) - 1
	if suffix {
		last = len(core) // the suffix is out of core: its last word is a surname
	}
	for k := 1; k < last && k < len(core); k++ {
		mid := bare(core[k])
		if givenGender(core[k]) != 0 {
			continue
		}
		if _, ok := r.paternal[mid]; !ok {
			r.paternal[mid] = name
		}
	}
}
