package suggest

import "strings"

// Pages that embed a social post introduce it with a frame that names what
// was posted before the colon, not only where: "The club posted a short
// message of its own:", "posted a photograph of the pier at dusk:", "The
// agency announced the delay on its official account moments later:".
// The paragraph after such a frame is the post (the embed's text, its
// footer cleaned away), in whatever person it is written, so the frame
// counts as a post frame. Only two shapes count: a posting verb whose
// object is a post or a picture ("a message", "a photograph"), and any cue
// followed, within its frame, by an account it was written on ("on its
// official account"). "posted a letter to the council:" and "announced the
// delay at a press conference:" name no post and frame nothing here.

// secondActWords join a second act to the posting ("and then walked
// home"), after which the colon frames no post.
var secondActWords = words(`and but then`)

// postObjectNouns are what a posting verb posts when a post follows.
var postObjectNouns = words(`message post tweet photograph photo picture image video clip update note reply response thread screenshot selfie`)

// postAccountNouns are where a post is written ("on its official account").
var postAccountNouns = words(`account page feed channel profile`)

// postAccountAdjectives may stand between the owner and the account.
var postAccountAdjectives = words(`official own verified personal`)

// postObjectFrame reports whether the words from j to the colon after the
// cue cw name a post: a posting verb's object whose head, within three
// words of its determiner, is a post noun, or "on" an owner's account
// anywhere before the colon. No quotation, no other cue and no second act
// may stand there.
func (f *finder) postObjectFrame(cw cueWord, j, colon int) bool {
	if colon-j > 20 || colon <= j {
		return false
	}
	for k := j; k < colon; k++ {
		if f.toks[k].quote >= 0 || f.toks[k].kind == tQuote {
			return false
		}
		if _, cue := cueWords[f.low(k)]; cue && !channelNouns[f.low(k)] {
			return false
		}
		if secondActWords[f.low(k)] && (secondActWords[f.low(k+1)] || clauseVerbs[f.low(k+1)] || strings.HasSuffix(f.low(k+1), "ed")) {
			return false // "posted a photograph and then walked home:"
		}
	}
	if (cw.lemma == "post" || cw.lemma == "tweet") && determiners[f.low(j)] {
		for k := j + 1; k < colon && k <= j+3; k++ {
			if postObjectNouns[f.low(k)] {
				return true
			}
		}
	}
	for k := j; k+2 < colon; k++ {
		if f.low(k) != "on" || !possessiveDeterminers[f.low(k+1)] {
			continue
		}
		n := k + 2
		if postAccountAdjectives[f.low(n)] {
			n++
		}
		if n < colon && postAccountNouns[f.low(n)] {
			return true
		}
	}
	return false
}

// postFrameCue returns the cue of a frame sentence ending at colon that
// names its post, looking further back than blockFrameCue does, since a
// named post and its account make a longer frame ("posted a photograph of
// the rocket standing on the pad at dusk:"). The nearest cue before the
// colon must be the one that frames the post.
func (f *finder) postFrameCue(s sentence, colon int) (int, cueWord, bool) {
	for c := colon - 1; c >= s.t0 && c > colon-22; c-- {
		if f.quoted(c) {
			return 0, cueWord{}, false
		}
		cw, ok, inf := f.cueAt(c, s.t0)
		if !ok || inf || f.usedCue[c] || channelNouns[f.low(c)] && c > s.t0 && determiners[f.low(c-1)] {
			continue
		}
		return c, cw, f.postObjectFrame(cw, c+1, colon)
	}
	return 0, cueWord{}, false
}
