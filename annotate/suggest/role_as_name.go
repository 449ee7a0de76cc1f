package suggest

import "strings"

// roleAsNames resolves a bare capitalised role used as a name ("Coach
// said", "Skipper told us") to the one person the story gives that role:
// by a role word beside the name ("the coach, Ada Lind") or by the role's
// verb after the name ("Ada Lind has coached the Harriers"). With no such
// person, or two, the mention keeps its words.
func (r *resolver) roleAsNames() {
	f := r.f
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || m.pronoun || m.r.b-m.r.a != 1 || !isCap(f.toks[m.r.a].text) {
			continue
		}
		role := f.low(m.r.a)
		verbs, ok := namingRoles[role]
		if !ok {
			continue
		}
		if p := f.low(m.r.a - 1); m.r.a > 0 && (isDeterminer(p) || possessiveWord(f.toks[m.r.a-1].text)) {
			continue // "the Coach said": a description, read as one
		}
		found := ""
		for _, c := range r.mentions {
			if !c.named || !c.person || c.pronoun || c.r.b-c.r.a < 2 {
				continue
			}
			if !hasWord(c.heads, role) && !r.roleVerbAfter(c.r.b, verbs) {
				continue
			}
			if found != "" && found != c.canonical {
				found = ""
				break
			}
			found = c.canonical
		}
		if found != "" {
			m.canonical, m.person, m.named = found, true, true
		}
	}
}

// roleVerbAfter tells whether a verb of a role (verbs) follows at k, after
// at most one auxiliary ("has coached", "coaches").
func (r *resolver) roleVerbAfter(k int, verbs string) bool {
	f := r.f
	if auxWords[f.low(k)] {
		k++
	}
	return f.word(k) && hasWord(strings.Fields(verbs), f.low(k))
}

// namingRoles are roles a team calls its holder by, each with its verbs.
var namingRoles = map[string]string{
	"coach":   "coached coaches coaching",
	"skipper": "skippered skippers skippering",
	"gaffer":  "",
	"captain": "captained captains captaining",
	"boss":    "",
}
