package suggest

// headFormPair is the work of headForms: the head form of w and, for an
// abbreviated title, its full form ("" if none). headForms is left small
// enough to be inlined, so that the list it makes stays on the caller's
// stack wherever the caller only reads it ("append(heads,
// headForms(w)...)", "headForms(w)[0]"): a list a head word was an
// allocation a name or a description.
func headFormPair(w string) (h, full string) {
	h = singular(foldAccents(bare(w)))
	return h, titleHeads[h]
}
