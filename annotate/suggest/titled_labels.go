package suggest

import "strings"

// resolveTitledLabels names a transcript's label in capitals that is a
// title and a surname ("COUNCILLOR PRICE:", "DR HALE:", "SENATOR ROE:")
// and that no other rule named, by the one person the text names in full
// with that surname ("Councillor Rhodri Price" → "Rhodri Price"): a
// phone-in or a hearing prints the guest's label so once the report has
// introduced them. Two people of that surname, or none, leave the label as
// it is; a label whose first words are no titles ("NEWS DESK:") is a role.
func (r *resolver) resolveTitledLabels() {
	f := r.f
	r.nameLabels(func(m *mention) string {
		if m.r.b-m.r.a < 2 || !f.allCaps(m.r.b-1) {
			return ""
		}
		titled := true
		for k := m.r.a; k < m.r.b-1 && titled; k++ {
			titled = f.is(k, ".") || f.allCaps(k) && titleWords[f.low(k)]
		}
		if !titled || m.canonical != f.labelText(m.r) {
			return ""
		}
		return f.low(m.r.b - 1)
	}, r.onlySurnameHolder)
}

// onlySurnameHolder is the one canonical name of a person, two words or
// more, whose last word is surname in any case ("price" → "Rhodri
// Price"), or "" when there is none or more than one.
func (r *resolver) onlySurnameHolder(surname string) string {
	name := ""
	for _, c := range r.mentions {
		if !c.named || !c.person || c.pronoun || c.org {
			continue
		}
		ws := strings.Fields(c.canonical)
		if len(ws) < 2 || strings.ToLower(ws[len(ws)-1]) != surname || capitals(ws[len(ws)-1]) {
			continue
		}
		if name != "" && name != c.canonical {
			return ""
		}
		name = c.canonical
	}
	return name
}
