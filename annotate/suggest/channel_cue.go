package suggest

// The guidelines (§5) give "said in a statement" as one cue, and the golds
// from u104 on tag the whole phrase: a reporting verb followed at once by
// "in" and a written or spoken channel ("said in a statement", "wrote in a
// note", "said in a short statement", "said in its annual report") is cued
// with the channel. Older golds tag "said" alone (see the report of branch
// cue23 for the trade-off).
// A report, memo, release or email stays out: the golds tag those cues
// without the channel, as they do a spoken "closing statement".
var cueChannelNouns = words(`statement note letter update post communique communiqué`)

// cueChannelModifiers may stand between the determiner and the channel
// noun ("in a short statement", "in a trading update").
var cueChannelModifiers = words(`short brief joint written separate further trading blog`)

// cueChannelDeterminers open the channel phrase after "in".
var cueChannelDeterminers = words(`a an the its his her their our`)

// cueWithChannel returns the cue stretched over a channel phrase right after
// it, when that phrase is outside the statement's content.
func (f *finder) cueWithChannel(cue, content rng) rng {
	k := cue.b
	if !channelCuePreps[f.low(k)] || f.quoted(k) || !cueChannelDeterminers[f.low(k+1)] {
		return cue
	}
	for n := k + 2; n < k+5 && n < len(f.toks); n++ {
		if !f.word(n) || f.quoted(n) {
			return cue
		}
		if cueChannelNouns[f.low(n)] {
			if f.low(n+1) == "of" || overlap(rng{k, n + 1}, content) {
				return cue // "said in a statement of intent", or part of what was said
			}
			return rng{cue.a, n + 1}
		}
		if !cueChannelModifiers[f.low(n)] {
			return cue
		}
	}
	return cue
}

// channelCuePreps open the channel phrase: "said in a statement", "said
// via a statement".
var channelCuePreps = words(`in via`)
