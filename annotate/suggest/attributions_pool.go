package suggest

// This file lends the list of attributions, and the resolver's lists of
// mentions, as buffers.go lends the text's slices: a news article finds a
// few dozen attributions and twice as many mentions, and making the lists
// anew for each document was a sixth of the bytes the suggester allocated.

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
	if b := f.bufs; b != nil {
		clear(f.atts)
		b.atts = f.atts[:0]
		clear(b.speakers[:cap(b.speakers)])
		clear(b.mentions[:cap(b.mentions)])
	}
	f.text.giveBack()
}

// borrowMentions lends an empty list of mentions with room for n: the
// speakers' list or the resolver's list of every mention.
func (f *finder) borrowMentions(n int, speakers bool) []mention {
	l := &f.bufs.mentions
	if speakers {
		l = &f.bufs.speakers
	}
	if cap(*l) < n {
		*l = make([]mention, 0, n)
	}
	return (*l)[:0]
}
