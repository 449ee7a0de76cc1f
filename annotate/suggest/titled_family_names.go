package suggest

import "strings"

// resolveTitledFamilyNames gives a family name alone under a title that
// tells a gender ("Mr Kim", "Ms Lee") the person it stands for when
// several full names end in it, as in a wire where many people share a
// family name ("Kim Min-jun", "Kim Soo-ah", "Kim Tae-ho"). The surname
// table then keeps no one, and the family name alone became a speaker of
// its own. A reporter writes the title for the person of that name just
// named, so the title and family name take the latest full name before
// them that ends in it and is not known to be of the other gender, nor
// already taken by the other title ("Mr Lee" after "Lee Sang-woo" leaves
// "Ms Lee" to "Lee Hye-jin"); once chosen, the same title and name keep
// that person, in a quotation too ("Mr Kim told us …" in Ms Kim's words).
// A title with no gender ("Dr Kim"), a family name only one full name
// ends in, or one no full name before it ends in, is left as it was.
func (r *resolver) resolveTitledFamilyNames() {
	bearers := map[string][][]string{} // family name → the full names it is in
	for _, m := range r.mentions {
		if !m.named || m.pronoun || m.org || m.plural || !strings.Contains(m.canonical, " ") {
			continue
		}
		n := strings.Fields(m.canonical)
		for _, key := range familyKeys(n) {
			if !hasName(bearers[key], n) {
				bearers[key] = append(bearers[key], n)
			}
		}
	}
	if len(bearers) == 0 {
		return
	}
	chosen := map[string]string{} // family name + title's gender → full name
	taken := map[string]byte{}    // full name → the gender of the title that took it
	last := map[string]int{}      // full name → index of its latest mention so far
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.org || m.plural {
			continue
		}
		if m.named && strings.Contains(m.canonical, " ") {
			last[m.canonical] = i
			continue
		}
		key := bare(m.canonical)
		names := bearers[key]
		if len(names) < 2 || strings.Contains(key, " ") {
			continue
		}
		g := r.familyTitleGender(m.r, m.canonical)
		if g == 0 {
			continue
		}
		full := chosen[key+string(g)]
		if full == "" {
			best := -1
			for _, n := range names {
				name := strings.Join(n, " ")
				if ng := r.nameGender(n); ng != 0 && ng != g || taken[name] != 0 && taken[name] != g {
					continue
				}
				if j, ok := last[name]; ok && j > best {
					best, full = j, name
				}
			}
			if full == "" {
				continue
			}
			chosen[key+string(g)], taken[full] = full, g
		}
		m.canonical, m.named, m.person, m.gender = full, true, true, g
		if r.genders[full] == 0 {
			r.genders[full] = g
		}
	}
}

// familyTitleGender is the gender told by the title written right before
// the name word in p ("Ms" in "Ms Kim said"): 'f' or 'm', or 0 when the
// word before the name is no title of a gender ("Dr Kim", "Kim").
func (r *resolver) familyTitleGender(p rng, name string) byte {
	ws := r.f.phraseWords(p)
	for k := 1; k < len(ws); k++ {
		if bare(ws[k]) != bare(name) {
			continue
		}
		t := bare(ws[k-1])
		switch {
		case !titleWords[t]:
			return 0
		case femaleWords[t]:
			return 'f'
		case maleWords[t]:
			return 'm'
		}
		return 0
	}
	return 0
}

// familyKeys lists the words of a full name that may stand for it under a
// title: its last word ("Penrose" in "Owen Penrose"), or its first when
// the name is written family name first, a hyphenated given name after it
// ("Kim" in "Kim Soo-ah").
func familyKeys(n []string) []string {
	keys := []string{bare(n[len(n)-1])}
	if len(n) == 2 && hyphenedGiven(n[1]) {
		keys = append(keys, bare(n[0]))
	}
	return keys
}

// hasName reports whether names holds n.
func hasName(names [][]string, n []string) bool {
	for _, o := range names {
		if strings.Join(o, " ") == strings.Join(n, " ") {
			return true
		}
	}
	return false
}
