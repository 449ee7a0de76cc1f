package suggest

// This file lends the list of attributions, as buffers.go lends the
// text's slices: a news article finds a few dozen, and growing the list
// anew for each document was a tenth of the bytes the suggester allocated.

// borrowAttributions starts the finder's attributions on the slice lent
// with its text's buffers.
func (f *finder) borrowAttributions() {
	if f.bufs != nil {
		f.atts = f.bufs.atts[:0]
	}
}

// giveBack returns the attributions' slice, cleared, with the text's
// buffers; f is not read again.
func (f *finder) giveBack() {
	if f.bufs != nil {
		clear(f.atts)
		f.bufs.atts = f.atts[:0]
	}
	f.text.giveBack()
}
