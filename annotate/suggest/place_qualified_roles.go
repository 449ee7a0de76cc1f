package suggest

import "strings"

// Place-qualified roles: "The Brazilian delegate said" and "The delegate
// of Kenya said" after "the representative of Norway, Halvard Ekre," are
// other people. A person's description that names a country by its people
// or after "of" is not a person the text placed in another country.

// irregularPlaces maps a people's word to its place's where neither opens
// the other ("French" and "France").
var irregularPlaces = map[string]string{
	"french": "france", "dutch": "netherlands", "british": "britain", "welsh": "wales",
	"irish": "ireland", "scottish": "scotland", "english": "england", "swiss": "switzerland",
	"spanish": "spain", "danish": "denmark", "finnish": "finland", "polish": "poland",
	"turkish": "turkey", "greek": "greece", "peruvian": "peru", "chinese": "china",
}

// samePlace reports whether two lower-case place or people words name one
// country: "norwegian" and "norway", "kenyan" and "kenya".
func samePlace(a, b string) bool {
	if a == b {
		return true
	}
	if p, ok := irregularPlaces[a]; ok && (p == b || irregularPlaces[b] == p) {
		return true
	}
	if p, ok := irregularPlaces[b]; ok && p == a {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 4
}

// placeWords returns the places tokens a..b name, lower-case: a people's
// word ("Brazilian") or a capitalised word that ends a phrase after "of"
// ("of Kenya").
func (r *resolver) placeWords(a, b int) []string {
	f := r.f
	var out []string
	for k := max(a, 0); k < b && k < len(f.toks); k++ {
		if !f.word(k) || !isCap(f.toks[k].text) {
			continue
		}
		w := f.toks[k].text
		switch {
		case demonym(w) && !strings.HasSuffix(bare(w), "man") && !strings.HasSuffix(bare(w), "woman"):
			out = append(out, bare(w))
		case irregularPlaces[bare(w)] != "":
			out = append(out, bare(w))
		case f.low(k-1) == "of" && !deptWords[bare(w)] && !f.word(k+1):
			out = append(out, bare(w)) // "of Kenya," not "of Ocean Wing"
		}
	}
	return out
}

// placeClash reports whether person's description i names a place and the
// person best resolves it to was placed, next to a mention of it in its own
// sentence, only in other places.
func (r *resolver) placeClash(i, best int) bool {
	f := r.f
	m, c := r.mentions[i], r.mentions[best]
	if m.org || m.doc || c.org || c.doc || c.canonical == "" {
		return false
	}
	want := r.placeWords(m.r.a, m.r.b)
	if len(want) == 0 {
		return false
	}
	var have []string
	for j := 0; j < i; j++ {
		o := r.mentions[j]
		if o.canonical != c.canonical || o.pronoun {
			continue
		}
		s := f.sentenceOf(o.r.a)
		a, b := o.r.a-6, o.r.b+6
		for a < o.r.a && f.sentenceOf(max(a, 0)) != s {
			a++
		}
		for b > o.r.b && (b > len(f.toks) || f.sentenceOf(b-1) != s) {
			b--
		}
		have = append(have, r.placeWords(a, b)...)
	}
	if len(have) == 0 {
		return false
	}
	for _, w := range want {
		for _, h := range have {
			if samePlace(w, h) {
				return false
			}
		}
	}
	return true
}

// fullerKeepsPlace reports whether the fuller wording full may stand for
// description i: not when i names a place ("The delegate of Kenya") and
// full names only another ("Brazilian delegate").
func (r *resolver) fullerKeepsPlace(i int, full string) bool {
	m := r.mentions[i]
	want := r.placeWords(m.r.a, m.r.b)
	if len(want) == 0 {
		return true
	}
	var have []string
	for _, w := range strings.Fields(full) {
		if b := bare(w); isCap(w) && (demonym(w) || irregularPlaces[b] != "") {
			have = append(have, b)
		}
	}
	for _, h := range have {
		for _, w := range want {
			if samePlace(w, h) {
				return true
			}
		}
	}
	return len(have) == 0
}
