package suggest

import "strings"

// This file reads a body called by its possessive short form: "He said St
// Aldric’s had told him …" after "St Aldric’s Hospital" was named. British
// usage calls hospitals, colleges and shops by the founder's or saint's
// name in the possessive ("Guy’s", "St Mary’s", "Sainsbury’s"), and the
// golds give the speaker the body's full name, as a company's short form
// takes its full one. The short form must be every capitalised word of a
// name named earlier outside quotations, possessive included, with an
// organisation's head word straight after it ("Hospital", "College"); a
// person's possessive ("Tom’s") with no such body before it, or a short
// form two bodies open with, keeps its reading.

// possessiveShortBodies gives each speaker named by a possessive short
// form the one full body name before it that opens with the same words.
func (r *resolver) possessiveShortBodies() {
	f := r.f
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.att < 0 || m.r.b-m.r.a > 3 || !possessiveWord(f.toks[m.r.b-1].text) {
			continue
		}
		capital := true
		for k := m.r.a; k < m.r.b; k++ {
			capital = capital && f.word(k) && isCap(f.toks[k].text)
		}
		if !capital {
			continue
		}
		if full := r.bodyOpenedBy(m.r); full != "" {
			m.canonical, m.org, m.person, m.named = full, true, false, true
		}
	}
}

// bodyOpenedBy returns the one body name before the phrase p, outside
// quotations, that is p's words followed by capitalised words the first
// of which is an organisation's head; "" if none or several.
func (r *resolver) bodyOpenedBy(p rng) string {
	f := r.f
	n := p.b - p.a
	same := func(a, b string) bool { return strings.ReplaceAll(a, "'", "’") == strings.ReplaceAll(b, "'", "’") }
	found := ""
	for k := 0; k+n < p.a; k++ {
		match := !f.quoted(k)
		for j := 0; match && j < n; j++ {
			match = same(f.toks[k+j].text, f.toks[p.a+j].text)
		}
		h := k + n
		if !match || !f.word(h) || !isCap(f.toks[h].text) || !orgHeads[bare(f.toks[h].text)] {
			continue
		}
		end := h + 1
		for end < p.a && f.word(end) && isCap(f.toks[end].text) && !possessiveWord(f.toks[end].text) {
			end++
		}
		name := strings.Join(f.phraseWords(rng{k, end}), " ")
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	return found
}
