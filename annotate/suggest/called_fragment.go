package suggest

// dropCalledFragments drops, among the attributions from first on, a
// characterising verb's quotation in a free relative inside another
// statement ("said his company had acted after what he called “a summer of
// fury”", "said its members had rejected what the operator called its
// “final offer”"): the quoted words are a fragment of the statement around
// them, not a statement of their own. Outside another statement ("… after
// what it called “a sustained fall in applications”") the quotation stays
// the subject's statement.
func (f *finder) dropCalledFragments(first int) {
	for i := first; i < len(f.atts); i++ {
		a := &f.atts[i]
		if a.dropped || a.cue.empty() || !characterise[f.low(a.cue.b-1)] || f.low(a.speaker.a-1) != "what" {
			continue
		}
		for j := first; j < len(f.atts); j++ {
			o := f.atts[j]
			if j != i && !o.dropped && o.content.a <= a.speaker.a && a.content.b <= o.content.b {
				a.dropped = true
				break
			}
		}
	}
}
