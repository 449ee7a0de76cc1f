package suggest

// This file drops a reported "statement" that is only the object of a
// plea: "He admitted the offence on the morning of the trial", "She denies
// two counts of fraud". Admitting or denying a charge in court is a plea,
// not speech; "admitted that he had lied" stays a statement.

// dropPleaContents drops the indirect attributions from first on whose
// cue is "admit" or "deny" and whose content opens with the offence.
func (f *finder) dropPleaContents(first int) {
	for i := first; i < len(f.atts); i++ {
		a := &f.atts[i]
		if !a.dropped && !a.direct && f.pleaObject(a.cueLemma, a.content.a, a.content.b) {
			a.dropped = true
		}
	}
}
