package suggest

import "strings"

// japaneseHonorifics are the suffixes Japanese usage adds to a name
// ("Tanaka-san", "Ishikawa-sensei"): forms of address, never part of the
// person's canonical name.
var japaneseHonorifics = []string{"-sensei", "-sama", "-san", "-kun", "-chan"}

// stripJapaneseHonorific returns a name word without its honorific suffix
// ("Tanaka-san" → "Tanaka") and true; the word itself and false when it
// carries none, or when what is left is no capitalised word of two
// letters or more. The suffix is written in lower case: "Lee-Chan" is a
// double-barrelled surname.
func stripJapaneseHonorific(w string) (string, bool) {
	for _, h := range japaneseHonorifics {
		if !strings.HasSuffix(w, h) {
			continue
		}
		base := w[:len(w)-len(h)]
		if len([]rune(base)) < 2 || !isCap(base) || strings.ContainsAny(base, "- ") {
			return w, false
		}
		return base, true
	}
	return w, false
}

// resolveJapaneseHonorifics gives a one-word name with an honorific suffix
// the full name of the one person the text names with that word as family
// name, before or after it, in either order ("Ishikawa-sensei" and
// "Ishikawa Jun", "Tanaka-san" and "Yui Tanaka"); without one, or with
// two, the name without its suffix.
func (r *resolver) resolveJapaneseHonorifics() {
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || !m.named || m.canonical == "" || strings.Contains(m.canonical, " ") {
			continue
		}
		base, ok := stripJapaneseHonorific(m.canonical)
		if !ok {
			continue
		}
		m.canonical, m.person, m.org = base, true, false
		if full := r.oneFamilyName(base); full != "" {
			m.canonical = full
		}
	}
}

// oneFamilyName is the one learnt name of two or three words that opens or
// ends with the word w, a family name written first or last; "" when no
// such name is learnt, or two different ones are.
func (r *resolver) oneFamilyName(w string) string {
	key := bare(w)
	found := ""
	for _, name := range append([][]string{r.firsts[key]}, r.sharing[key]...) {
		if len(name) < 2 || len(name) > 3 || hasOrgHead(name) {
			continue
		}
		full := strings.Join(name, " ")
		if found != "" && found != full {
			return ""
		}
		found = full
	}
	return found
}
