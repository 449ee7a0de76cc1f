package ingest

import "strings"

// A word broken at a line end is joined whole ("ap-" / "proach" makes
// "approach"), but a compound that carries its own hyphen keeps it when
// the break falls on that hyphen ("long-" / "standing" stays
// "long-standing"). Without a dictionary the rule reads the compound's
// shape: a first word that opens compound modifiers ("long", "well",
// "short", "self" …) before a participle of a whole verb ("standing",
// "known", "employed", "reaching"). A participle ending cut off alone
// ("hard-" / "ened", "all-" / "owed"), a stem of three letters or fewer
// ("part-" / "nered") or a vowel after most heads ("part-" / "itioned")
// is part of one word, and the page itself decides when it prints the
// word unbroken elsewhere. Heads that open common closed words with a
// participle ("highlighted", "timetabled") are left out.

// compoundHeads are first words of hyphenated compound modifiers.
var compoundHeads = map[string]bool{
	"long": true, "short": true, "well": true, "ill": true, "low": true, "full": true,
	"part": true, "half": true, "self": true, "far": true, "hard": true, "wide": true, "fast": true,
	"slow": true, "quick": true, "deep": true, "fine": true, "much": true, "never": true, "good": true,
	"best": true, "record": true, "open": true, "old": true, "free": true, "cross": true, "money": true,
	"labour": true, "energy": true, "cost": true, "law": true, "award": true,
}

// vowelHeads are the heads that take a participle opening with a vowel
// ("self-employed", "well-informed"); after the others such a second
// half is the rest of one word ("part-" / "itioned", "ill-" / "ustrated").
var vowelHeads = map[string]bool{"self": true, "well": true, "long": true, "much": true, "open": true}

// participleEnds are the endings of the participles such a compound ends in.
var participleEnds = []string{"ing", "ed", "en", "wn"}

// keepsLineEndHyphen reports a line-end break on a compound's own hyphen:
// w1 is the word before the hyphen, w2 the word after the break.
func keepsLineEndHyphen(w1, w2, page string) bool {
	head := strings.ToLower(w1)
	if !compoundHeads[head] || strings.Contains(page, w1+w2) {
		return false
	}
	if strings.ContainsAny(w2[:1], "aeiou") && !vowelHeads[head] {
		return false
	}
	for _, e := range participleEnds {
		if stem, ok := strings.CutSuffix(w2, e); ok && len(stem) >= 4 {
			return true
		}
	}
	return false
}
