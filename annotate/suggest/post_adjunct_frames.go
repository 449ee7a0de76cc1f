package suggest

import "strings"

// Reporters who post from an event are framed by where and when they
// posted, not by what: "Our reporter posted from the meeting as the vote
// began:", "She tweeted live from the count:", "Ann Roe posted as the first
// speaker finished:". The paragraph after such a frame is the post, so the
// frame counts as a post frame although the posting verb has no object and
// no account, and a cue inside the "as"/"while" clause ("as the first of
// them spoke") belongs to the time, not to the frame. A passive ("The
// results were posted as the count closed:"), an object ("posted bail
// as …"), a "that" clause or a second act ("posted from the meeting and
// then left:") frames no post.

// postAdjunctOpeners open the place or time a post was sent from.
var postAdjunctOpeners = words(`from live during at as while when after before shortly moments minutes`)

// passiveBefore are the auxiliaries that make a posting verb passive.
var passiveBefore = words(`was were is are be been being`)

// postAdjunctFrameCue returns the posting verb of a frame sentence ending at
// colon when only a place or time adjunct stands between the verb and the
// colon.
func (f *finder) postAdjunctFrameCue(s sentence, colon int) (int, cueWord, bool) {
	for c := colon - 2; c >= s.t0 && c > colon-22; c-- {
		if f.quoted(c) || f.toks[c].kind == tQuote {
			return 0, cueWord{}, false
		}
		cw, ok, inf := f.cueAt(c, s.t0)
		if !ok || inf || f.usedCue[c] || cw.lemma != "post" && cw.lemma != "tweet" {
			continue
		}
		if c > s.t0 && (passiveBefore[f.low(c-1)] || determiners[f.low(c-1)]) || !postAdjunctOpeners[f.low(c+1)] {
			return 0, cueWord{}, false
		}
		for k := c + 1; k < colon; k++ {
			if f.low(k) == "that" || secondActWords[f.low(k)] && (secondActWords[f.low(k+1)] || clauseVerbs[f.low(k+1)] || strings.HasSuffix(f.low(k+1), "ed")) {
				return 0, cueWord{}, false
			}
		}
		return c, cw, true
	}
	return 0, cueWord{}, false
}
