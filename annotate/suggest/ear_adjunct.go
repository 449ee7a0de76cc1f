package suggest

// earAdjunct reports whether tokens [j, hi) are "in my ear", "into his
// ear": where words were said, between a cue and its quotation ("kept
// saying in my ear, ‘…’"), like a place or a time.
func (f *finder) earAdjunct(j, hi int) bool {
	if hi-j != 3 || f.low(j+2) != "ear" {
		return false
	}
	if l := f.low(j); l != "in" && l != "into" {
		return false
	}
	switch f.low(j + 1) {
	case "my", "his", "her", "their", "our", "your":
		return true
	}
	return false
}
