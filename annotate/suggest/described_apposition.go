package suggest

// This file reads a speaker after a cue named by a description that is no
// role word and then by name between commas: "“…,” said his centre-back
// partner, Luke Ashdown." The name speaks, as after a role ("said his
// mother, Aoife Kerr", appositiveNameAfter).

// describedNameAfter finds, from token i after a cue, a determiner or
// possessive, one to four lower-case words and, after a comma, a name
// (see appositiveNameAfter); it returns the name. "said the report, …"
// and a description that runs into a clause ("said his team, which …")
// name no one.
func (f *finder) describedNameAfter(i, end int) (int, int, bool) {
	if i >= end || !f.word(i) || f.quoted(i) || !isDeterminer(f.low(i)) && !possessivePronouns[f.low(i)] {
		return 0, 0, false
	}
	k := i + 1
	for k < end && k < i+5 && f.word(k) && !f.quoted(k) && !f.nameWord(k) && !functionWords[f.low(k)] && !clauseVerbs[f.low(k)] {
		if _, cue := cueWords[f.low(k)]; cue {
			return 0, 0, false
		}
		k++
	}
	if k == i+1 || documentNouns[f.low(k-1)] || documentNouns[singular(f.low(k-1))] {
		return 0, 0, false
	}
	return f.appositiveNameAfter(i, k, end)
}
