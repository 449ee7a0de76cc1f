package suggest

// This file lets a bracketed quotation open a sentence: a paper's
// translation or original set after a quoted sentence ("“…,” said the
// conductor, Ann Vole. (“…”)") starts a sentence of its own, so the
// sentence before it ends at its period.

// bracketedQuoteOpen reports whether token j is an opening bracket glued to
// the opening mark of a quotation.
func bracketedQuoteOpen(toks []token, quotes []quotation, j int) bool {
	return j+1 < len(toks) && toks[j].kind == tPunct && toks[j].text == "(" && toks[j+1].start == toks[j].end &&
		toks[j+1].kind == tQuote && quotes[toks[j+1].quote].t0 == j+1
}
