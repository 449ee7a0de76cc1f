package suggest

import (
	"strings"
	"unicode"

	"newsmark/annotate"
)

// A bare description of a body ("The company said", "the union", "the
// council") that nothing before it in its zone resolves keeps its own words.
// A release or a report often names that body only in its headline and in
// passing ("staff at Parcelgrid"): the headline tells what the story is
// about, so a body the headline names is the likeliest one when its name
// tells no other kind; with none there, the first body the story calls by
// the description's own word ("the union" for "… Logistics Union") stands
// for it. A body only of a kind near the head ("the league" after the
// "Football Association of Wales", "the team" of researchers after "City
// Council") is another body and leaves the description its words.

// docTitle is the text a document's title is read from: its metadata title,
// else its headline zone; "" when it has neither (a page without zones has
// no title, only a body).
func docTitle(doc *annotate.Document) string {
	if doc.Meta.Title != "" {
		return doc.Meta.Title
	}
	for _, z := range doc.Zones {
		if z.Zone == annotate.ZoneHeadline {
			return annotate.Slice(doc.Text, z.Start, z.End)
		}
	}
	return ""
}

// titleBody resolves body description i, left with its own words after
// checkBodyKind (before is the mention as it was before resolveDescription),
// to the one body of a fitting kind the title names, else to the first body
// of the description's own kind named in the story.
func (r *resolver) titleBody(i int, before mention) {
	f := r.f
	m := &r.mentions[i]
	if before.person || before.doc || before.named || before.pronoun || before.plural || m.plural || m.person {
		return
	}
	if m.antecedent >= 0 || m.r.b-m.r.a != 2 || f.low(m.r.a) != "the" || !f.word(m.r.a+1) {
		return
	}
	head := headForms(f.low(m.r.a + 1))[0]
	if len(bodyKindsOf[head]) == 0 || m.canonical != head && m.canonical != f.low(m.r.a+1) {
		return
	}
	j := r.titleBodyFor(head)
	if j < 0 {
		j = r.firstBodyOfKind(head)
	}
	if j < 0 {
		return
	}
	c := r.mentions[j]
	m.antecedent, m.canonical, m.org, m.person = j, c.canonical, true, false
}

// titleBodyFor returns a mention of the one body the title names whose
// name or description has the head's kind (or tells no kind): a name the
// story also uses, never a person's. A body of the head's kind beats one of
// no known kind; two of the best fit leave it undecided (-1).
func (r *resolver) titleBodyFor(head string) int {
	title := r.f.title
	if title == "" {
		return -1
	}
	best, bestFit := -1, -1
	for j, c := range r.mentions {
		if !c.named || !c.org || c.person || c.pronoun || c.doc || c.plural || c.canonical == "" || r.personKnown(c) {
			continue
		}
		if !titleNames(title, c.canonical) && !titleNames(title, strings.Join(r.f.phraseWords(c.r), " ")) {
			continue
		}
		fit := r.bodyKindFit(head, c)
		if fit > 0 && !r.ownHead(head, c) && !sharesKind(bodyKindsOf[head], r.f.nameKinds(c.canonical)) {
			fit = -1 // only a word near the head: "City" for "the team"
		}
		switch {
		case fit < 0 || fit < bestFit:
		case fit > bestFit:
			best, bestFit = j, fit
		case r.mentions[best].canonical != c.canonical:
			return -1 // two bodies fit as well
		}
	}
	return best
}

// firstBodyOfKind returns the first mention of a named body the story
// calls by head, anywhere in the story; -1 if none.
func (r *resolver) firstBodyOfKind(head string) int {
	for j, c := range r.mentions {
		if c.named && c.org && !c.person && !c.pronoun && !c.doc && c.canonical != "" && r.ownHead(head, c) {
			return j
		}
	}
	return -1
}

// ownHead reports whether body mention c is called by head: its name ends
// in it ("Logistics Union") or a description or apposition gave it to the
// body ("Routemill, the software company,").
func (r *resolver) ownHead(head string, c mention) bool {
	ws := strings.Fields(c.canonical)
	if len(ws) >= 2 && headForms(strings.ToLower(ws[len(ws)-1]))[0] == head {
		return true
	}
	return hasWord(r.heads[c.canonical], head) || hasWord(c.heads, head)
}

// sharesKind reports whether two lists of kinds share one.
func sharesKind(a, b []string) bool {
	for _, k := range a {
		if hasWord(b, k) {
			return true
		}
	}
	return false
}

// titleNames reports whether title holds name as whole words.
func titleNames(title, name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	for k := 0; ; {
		i := strings.Index(title[k:], name)
		if i < 0 {
			return false
		}
		a, b := k+i, k+i+len(name)
		if (a == 0 || !wordRuneBefore(title[:a])) && (b == len(title) || !wordRuneAfter(title[b:])) {
			return true
		}
		k = a + 1
	}
}

func wordRuneBefore(s string) bool {
	r := []rune(s)
	return len(r) > 0 && (unicode.IsLetter(r[len(r)-1]) || unicode.IsDigit(r[len(r)-1]))
}

func wordRuneAfter(s string) bool {
	for _, c := range s {
		return unicode.IsLetter(c) || unicode.IsDigit(c)
	}
	return false
}
