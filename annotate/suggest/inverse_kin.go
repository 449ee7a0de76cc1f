package suggest

import "strings"

// inverseKin lists, for a relative's word, the words the other side of the
// relation goes by: "her grandmother" is the one whose granddaughter she
// is.
var inverseKin = map[string][]string{
	"grandmother":   {"granddaughter", "grandson", "grandchild"},
	"grandfather":   {"granddaughter", "grandson", "grandchild"},
	"mother":        {"daughter", "son", "child"},
	"father":        {"daughter", "son", "child"},
	"aunt":          {"niece", "nephew"},
	"uncle":         {"niece", "nephew"},
	"granddaughter": {"grandmother", "grandfather"},
	"grandson":      {"grandmother", "grandfather"},
	"daughter":      {"mother", "father"},
	"son":           {"mother", "father"},
	"niece":         {"aunt", "uncle"},
	"nephew":        {"aunt", "uncle"},
}

// resolveInverseKin resolves "Her grandmother said" (mention i, not yet
// named) to the person the one "her" stands for was called the relative
// of in apposition: "Mair Hale, Ruth’s granddaughter, …. Her grandmother
// says" is Ruth, named in full elsewhere ("Ruth Hale"). The one "her"
// stands for is the nearest person of that gender named in the last two
// paragraphs; the other's given name or surname must fit one person only.
func (r *resolver) resolveInverseKin(i int) {
	f := r.f
	m := &r.mentions[i]
	ws := f.phraseWords(m.r)
	if m.named || len(ws) != 2 {
		return
	}
	kin := strings.ToLower(bare(ws[1]))
	others := inverseKin[kin]
	if len(others) == 0 {
		return
	}
	pg := byte('f')
	if bare(ws[0]) == "his" {
		pg = 'm'
	}
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.toks[c.r.a].para < f.toks[m.r.a].para-2 {
			return
		}
		cg := c.gender
		if cg == 0 {
			cg = r.genders[c.canonical]
		}
		if c.pronoun || !c.named || !c.person || c.org || cg != 0 && cg != pg || possessiveWord(f.toks[c.r.b-1].text) {
			continue // "Ruth’s" in the apposition names the other one
		}
		// "Mair Hale, Ruth’s granddaughter,"
		k := c.r.b
		if !f.is(k, ",") || !f.word(k+1) || !possessiveWord(f.toks[k+1].text) || !isCap(f.toks[k+1].text) || !hasWord(others, f.low(k+2)) {
			return
		}
		name := r.onePersonCalled(possessiveBase(f.toks[k+1].text), c.canonical)
		g := r.genders[name]
		if g == 0 && name != "" {
			g = givenGender(strings.Fields(name)[0])
		}
		if kg := kinGender(kin); g != 0 && kg != 0 && g != kg {
			return // "Tom, Ann’s son, …. His father said" is not Ann
		}
		if name != "" {
			m.canonical, m.named, m.person = name, true, true
			if m.gender == 0 {
				m.gender = kinGender(kin)
			}
		}
		return
	}
}

// onePersonCalled returns the canonical name of the one person, other
// than but, whose given name or surname is w; "" when none or several.
func (r *resolver) onePersonCalled(w, but string) string {
	found := ""
	for _, c := range r.mentions {
		if !c.named || !c.person || c.pronoun || c.canonical == but {
			continue
		}
		ns := strings.Fields(c.canonical)
		if len(ns) < 2 || ns[0] != w && ns[len(ns)-1] != w {
			continue
		}
		if found != "" && found != c.canonical {
			return ""
		}
		found = c.canonical
	}
	return found
}
