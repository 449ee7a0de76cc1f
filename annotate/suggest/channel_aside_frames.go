package suggest

// This file reads a block frame whose cue is followed by the channel the
// words came in, told at length before the colon: "She replied, in an
// answer that drew 3,000 upvotes:", "He wrote in his last post, just after
// 10 p.m.:". The paragraph after the colon is the block, as after "She
// replied:". A manner aside ("replied, in a voice that shook:") names no
// channel and frames nothing here.

// channelAsideNouns name the piece of writing a channel aside is about.
var channelAsideNouns = words(`answer reply response post comment message statement tweet note letter email e-mail thread update`)

// channelAside reports whether the words from j to the colon are a
// channel aside: an optional comma, a channel preposition, a channel noun
// within its first four words, and up to sixteen tokens with no quotation
// and no other cue.
func (f *finder) channelAside(j, colon int) bool {
	if f.is(j, ",") {
		j++
	}
	if !f.word(j) || !channelPreps[f.low(j)] || colon-j > 16 {
		return false
	}
	noun := false
	for k := j + 1; k < colon; k++ {
		if f.toks[k].quote >= 0 || f.toks[k].kind == tQuote {
			return false
		}
		if !f.word(k) {
			continue
		}
		if channelAsideNouns[f.low(k)] {
			noun = noun || k <= j+4
			continue
		}
		if _, cue := cueWords[f.low(k)]; cue {
			return false
		}
	}
	return noun
}
