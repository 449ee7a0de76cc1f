package suggest

// Name of Place: "Odile Nkemelu of Cameroon", "Miguel Sandoval of Cedar
// Rapids" are a person and where the person is from; the name ends before
// "of". A run that opens with a given name the lexicon knows and has a
// surname before "of" is read so; bodies ("Bank of England", "University
// of Leeds") open with no given name and keep their "of".

// nameBeforeOfPlace returns name cut before an "of" that follows a given
// name and a surname, or name unchanged.
func nameBeforeOfPlace(name []string) []string {
	if len(name) < 4 || givenGender(name[0]) == 0 {
		return name
	}
	for p := 2; p+1 < len(name); p++ {
		if bare(name[p]) != "of" {
			continue
		}
		if isCap(name[p-1]) && !nameParticles[bare(name[p-1])] && isCap(name[p+1]) && !orgHeads[bare(name[p-1])] {
			return name[:p]
		}
		return name
	}
	return name
}
