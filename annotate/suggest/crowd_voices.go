package suggest

// This file holds the rules for an exchange from the floor told twice: a
// report that someone in the crowd shouted ("one heckler, a man near the
// back, shouted that …"), then the transcript of it, where the crowd's
// turn is labelled by an indefinite description in capitals ("A VOICE:",
// "A DELEGATE:") rather than by a name.

// crowdRoleNouns are the people of a crowd who speak up from it.
var crowdRoleNouns = words(`heckler protester protestor demonstrator bystander onlooker`)

func init() {
	for w := range crowdRoleNouns {
		roleNouns[w] = true
	}
}

// indefiniteLabel reports a capitals label of n words opening at t0 that
// starts with the article "A" ("A VOICE:", "A MEMBER OF THE PUBLIC:"),
// not an interview's one-letter answer label "A:".
func (f *finder) indefiniteLabel(t0, n int) bool {
	return n >= 2 && f.toks[t0].text == "A" && capitals(f.toks[t0+1].text)
}

// resolveCrowdLabels links a transcript turn under an indefinite label
// ("A VOICE:") to the one in the crowd the report said spoke up just
// before the transcript: the nearest earlier speaker who is a heckler or
// protester, or who shouted or yelled. With none, the label keeps its
// words.
func (r *resolver) resolveCrowdLabels() {
	f := r.f
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || f.atts[m.att].pattern != "T" || m.r.b-m.r.a < 2 || !f.indefiniteLabel(m.r.a, m.r.b-m.r.a) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			c := r.mentions[j]
			if c.att >= 0 && f.atts[c.att].pattern == "T" || c.pronoun || c.org || c.plural {
				continue
			}
			if !r.crowdVoice(c) {
				continue
			}
			m.antecedent, m.canonical, m.person, m.named, m.gender = j, c.canonical, true, c.named, c.gender
			for k := i + 1; k < len(r.mentions); k++ {
				if r.mentions[k].antecedent == i {
					r.mentions[k].canonical = c.canonical // "he told reporters" after the turn
				}
			}
			break
		}
	}
}

// crowdVoice reports a mention of one in a crowd who spoke up: a heckler
// or protester by its head noun, or the speaker of a shout.
func (r *resolver) crowdVoice(c mention) bool {
	for _, h := range c.heads {
		if crowdRoleNouns[h] {
			return true
		}
	}
	if c.att < 0 {
		return false
	}
	switch r.f.atts[c.att].cueLemma {
	case "shout", "yell":
		return true
	}
	return false
}
