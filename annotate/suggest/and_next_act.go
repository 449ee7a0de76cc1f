package suggest

// This file ends a reported content before ", and" and a directive put
// to someone with its object and "to": "said the minister had not visited
// a single site, and challenged him to name one" — the speaker's next
// act, not a second verb of the reported clause. Without the comma, or
// without an object and "to" ("…, and challenged the ruling"), the
// content stays as it was.

// challengeVerbs join directiveVerbs after ", and": a speaker daring a
// hearer to do something.
var challengeVerbs = words(`challenged dared pressed called`)

// trimAndDirective cuts a content before ", and" and a directive verb, an
// object of one to three words and "to", once the content before is a
// clause.
func (f *finder) trimAndDirective(r rng) int {
	for k := r.a + 3; k+4 < r.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || f.low(k+1) != "and" || !f.word(k+2) || f.quoted(k+2) {
			continue
		}
		v := f.low(k + 2)
		if !directiveVerbs[v] && !challengeVerbs[v] {
			continue
		}
		obj := k + 3
		if v == "called" && f.low(obj) == "on" {
			obj++ // "called on the council to …"
		}
		if f.low(obj) == "to" || f.low(obj) == "that" || !f.objectThenTo(obj, r.b) {
			continue
		}
		if f.clauseLike(rng{r.a, k}) {
			return k
		}
	}
	return r.b
}

// objectThenTo reports an object of one to three unquoted words from
// token k and then "to" before end.
func (f *finder) objectThenTo(k, end int) bool {
	for m := k + 1; m < end && m <= k+3; m++ {
		if !f.word(m) || f.quoted(m) {
			return false
		}
		if f.low(m) == "to" {
			return true
		}
	}
	return false
}
