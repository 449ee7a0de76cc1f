package suggest

// audienceNouns are the one of a following or an audience who answers in
// words ("…,” one fan wrote beneath the post.", "one supporter said"): the
// lexicon holds their plurals ("fans", "supporters") as speakers, these are
// the singulars.
var audienceNouns = words(`fan supporter follower viewer listener commenter critic`)

func init() {
	for w := range audienceNouns {
		roleNouns[w] = true
	}
}
