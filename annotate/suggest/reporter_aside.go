package suggest

// This file holds a boundary rule of statements: a reporter's aside in
// parentheses at a content's end ("… since Monday (pooler counted about
// 20 volunteers)", "“…” (pool didn’t hear the rest)") is the reporter's
// own voice, not the speaker's.

// asideOpeners are the words that open a reporter's aside: the pool
// reporter, the writer, the editor.
var asideOpeners = words(`pool pooler poolers reporter correspondent editor ed editor's editors'`)

// asideLeads may stand before an opener: "(your pooler notes: …)", "(this
// reporter saw …)"; "the" may not ("(the pool on Hale Street)" is a gloss).
var asideLeads = words(`your this`)

// trimReporterAside cuts a content before an opening parenthesis, left open
// within the content or closed at its end, whose first word (after "your",
// or "this") is one of asideOpeners. A gloss of the speaker's own
// ("… £4m (about $5m)", "(the pool at Hale Street)" inside a clause)
// stays.
func (f *finder) trimReporterAside(r rng) int {
	for k := r.b - 1; k > r.a+1; k-- {
		if f.is(k, ")") && !f.quoted(k) && k != r.b-1 {
			return r.b // a closed parenthesis before the end: the aside is not last
		}
		if !f.is(k, "(") || f.quoted(k) {
			continue
		}
		w := k + 1
		if f.word(w) && asideLeads[f.low(w)] {
			w++
		}
		if f.word(w) && asideOpeners[f.low(w)] {
			return k
		}
		return r.b
	}
	return r.b
}
