package suggest

// "joked that …" reports what the speaker said in jest, as "quipped that"
// does: a cue of the that-kind, so "joked about the weather" or "joked
// with reporters" gives no statement.
func init() {
	for _, f := range []string{"joked", "jokes", "quipped", "quips"} {
		lemma := "joke"
		if f[0] == 'q' {
			lemma = "quip"
		}
		cueWords[f] = cueWord{lemma: lemma, class: cueThat}
	}
}
