package suggest

import "strings"

// stageWords tell a review of a staged or filmed work from a report that only
// mentions a play or a film: casting sentences are read only when one occurs.
var stageWords = words(`stage staging revival production cast director rehearsal rehearsals audience
	actor actress premiere screenplay`)

// fictionCues are the present-tense verbs a review uses to report a line of
// the work ("“…,” he tells his son", "Maud replies").
var fictionCues = words(`says tells asks replies answers shouts cries whispers snaps mutters insists
	declares announces warns admits`)

// casting reads the casting sentences of a review, where a name is a role and
// another the actor playing it: "the skipper Maud Trevail, played by Eileen
// Coombe", "Callum Odede plays Elias Penrose, a keeper …", "Hana Lisowski,
// as Jenna,", "Kit (a restless Daniel Oke)". It adds the roles' words to
// chars and returns, per actor's name in lower case, the paragraphs where
// the actor is cast.
func (r *resolver) casting(chars map[string]bool) map[string][]int {
	f := r.f
	stage := false
	for k := range f.toks {
		if f.word(k) && stageWords[f.low(k)] {
			stage = true
			break
		}
	}
	if !stage {
		return nil
	}
	// runEnd and runStart find the name run that ends before i or opens at i.
	runStart := func(i int) int { // first token of the name run ending at i-1, or i
		k := i
		for k > 0 && f.nameWord(k-1) {
			k--
		}
		return k
	}
	runEnd := func(i int) int {
		k := i
		for k < len(f.toks) && f.nameWord(k) {
			k++
		}
		return k
	}
	actors := map[string][]int{}
	addRole := func(a, b int) {
		for n := a; n < b; n++ {
			chars[possessiveBase(f.low(n))] = true
		}
	}
	addActor := func(a, b int) {
		var ws []string
		for n := a; n < b; n++ {
			ws = append(ws, f.low(n))
		}
		key := strings.Join(ws, " ")
		actors[key] = append(actors[key], f.toks[a].para)
	}
	closes := func(k int) bool { return f.is(k, ",") || f.is(k, ".") || f.is(k, ";") }
	for k := 1; k+1 < len(f.toks); k++ {
		if f.quoted(k) {
			continue
		}
		if f.is(k, "(") { // "Kit (a restless Daniel Oke)"
			a := runStart(k)
			b := k + 1
			for b < k+5 && f.word(b) && !f.nameWord(b) {
				b++
			}
			if e := runEnd(b); a < k && e > b && f.is(e, ")") {
				addRole(a, k)
				addActor(b, e)
			}
			continue
		}
		switch f.low(k) {
		case "played": // "Maud Trevail, played with granite stillness by Eileen Coombe"
			if !f.is(k-1, ",") {
				continue
			}
			a := runStart(k - 1)
			if a == k-1 {
				continue
			}
			for b := k + 1; b < k+6 && b+1 < len(f.toks) && f.word(b); b++ {
				if f.low(b) == "by" {
					if e := runEnd(b + 1); e > b+1 {
						addRole(a, k-1)
						addActor(b+1, e)
					}
					break
				}
			}
		case "plays": // "Callum Odede plays Elias Penrose, a lighthouse keeper"
			a, e := runStart(k), runEnd(k+1)
			if a < k && e > k+1 && closes(e) {
				addRole(k+1, e)
				addActor(a, k)
			}
		case "as": // "Hana Lisowski, as Jenna, are extraordinary"
			if !f.is(k-1, ",") {
				continue
			}
			a, e := runStart(k-1), runEnd(k+1)
			if a < k-1 && e > k+1 && closes(e) {
				addRole(k+1, e)
				addActor(a, k-1)
			}
		}
	}
	return actors
}

// lineOfRole tells whether attribution a reports a line of the work through
// its actor: a direct quotation with a present-tense cue in a paragraph
// where the speaker is cast ("Callum Odede plays Elias Penrose … “…,” he
// tells his son").
func (r *resolver) lineOfRole(a attribution, canonical string, actors map[string][]int) bool {
	f := r.f
	if !a.direct || a.cue.empty() || !fictionCues[f.low(a.cue.b-1)] {
		return false
	}
	for _, p := range actors[strings.ToLower(canonical)] {
		if p == f.toks[a.cue.a].para {
			return true
		}
	}
	return false
}
