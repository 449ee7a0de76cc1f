package suggest

import "unicode"

// This file holds the reversed guillemets of Danish, Swedish and German
// typography: »…« for a quotation, ›…‹ for one nested in it, beside the
// French «…» and ‹…›. Which way a pair runs is read from the marks
// themselves: an opening guillemet sits before a word, a closing one after
// it, so French text, with its spaces inside the marks, never opens a
// quotation at its closing »; a Danish one, glued to its words, does.

func init() {
	quotePairs['»'] = struct {
		closers string
		reopen  string
	}{`«`, `»`}
	quotePairs['›'] = struct {
		closers string
		reopen  string
	}{`‹`, `›`}
	quotePairs['‹'] = struct {
		closers string
		reopen  string
	}{`›`, `‹`}
}

// reversedGuillemet reports a guillemet that points inward only when it
// opens a quotation the reversed way (» or ›).
func reversedGuillemet(r rune) bool { return r == '»' || r == '›' }

// reversedGuillemetOpens reports whether » or › at i opens a quotation:
// glued to the word it opens ("»Nobody", "›Then"), after the start of the
// paragraph, a space, an opening bracket, a dash, a colon or the outer
// mark ("»›Yes‹, she said«"). The closing » of French text ("… nous »,
// dit-elle", "… nous»") has a space or punctuation after it.
func reversedGuillemetOpens(runes []rune, i, lo, hi int) bool {
	if i+1 >= hi || !isWordRune(runes[i+1]) && !reversedGuillemet(runes[i+1]) && runes[i+1] != '…' {
		return false
	}
	if i == lo {
		return true
	}
	prev := runes[i-1]
	return unicode.IsSpace(prev) || prev == '»' || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == '-' || prev == ':' || prev == '/'
}
