package suggest

// This file spares fullStatementLead a strings.ToLower a word: the token
// carries its lowered text already.

// lowPossessiveBase returns strings.ToLower(possessiveBase(t.text)) from
// the token's lowered text: possessiveBase trims only a suffix lowering
// leaves as it is ("’s", "'s", "’", "'"), and lowering goes rune by rune,
// so the lowered base is the lowered word less as many bytes.
func lowPossessiveBase(t token) string {
	b := possessiveBase(t.text)
	return t.low[:len(t.low)-(len(t.text)-len(b))]
}
