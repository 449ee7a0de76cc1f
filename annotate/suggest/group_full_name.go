package suggest

import "strings"

// This file gives a company's name the group form the story also uses:
// "Orrel Freight" in a headline and "Orrel Freight said" in the text after
// "Orrel Freight Group will raise its prices" name one company, and the
// golds give the speaker its fullest name. Only one added word that makes a
// company a group ("Group", "Holdings", "plc", "Ltd") counts; "Orrel
// Freight Trust" (another body's word) or two different longer names
// leave the short one alone, and a person's name is never lengthened.

// groupFormWords end a company's fuller name without changing which company it is.
var groupFormWords = words(`group holdings plc ltd limited inc`)

// groupFullNames renames every mention of a body's name to the one longer
// name, found among the mentions, that adds a group form word to it.
func (r *resolver) groupFullNames() {
	full := map[string]string{} // short name → its group form; "" when two
	for _, c := range r.mentions {
		if c.pronoun || !c.named || c.person || c.doc || c.canonical == "" {
			continue
		}
		k := strings.LastIndexByte(c.canonical, ' ')
		if k <= 0 || !groupFormWords[strings.ToLower(strings.TrimSuffix(c.canonical[k+1:], "."))] {
			continue
		}
		short := c.canonical[:k]
		if old, ok := full[short]; ok && old != c.canonical {
			full[short] = ""
			continue
		}
		full[short] = c.canonical
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.person || m.canonical == "" {
			continue
		}
		if g := full[m.canonical]; g != "" {
			m.canonical, m.org = g, true
		}
	}
}
