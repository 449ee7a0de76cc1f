package suggest

// cueAfterDescription reports whether a speech cue follows the description
// ending before token b: "near Kalyan Nagar, the district administration
// informed" is the administration speaking, no apposition naming the
// place before the comma.
func (f *finder) cueAfterDescription(b int) bool {
	if !f.word(b) || f.quoted(b) {
		return false
	}
	_, ok, _ := f.cueAt(b, b)
	return ok
}
