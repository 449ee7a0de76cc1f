package suggest

// "The union said that plan was “unsafe”", "She said that offer would
// not pass": after a cue, "that" before a singular shell noun (a noun that
// stands for something already put forward: a plan, an offer, a claim)
// and a verb is a determiner, the subject's first word, not the word that
// opens the reported clause, since such a noun cannot stand bare as a
// subject. The reported clause then starts at "that". "said that plans
// were …", "said that the plan was …" and "said that planning was …"
// keep "that" as the opener.

// shellNouns are singular count nouns that point back at something said
// or put forward, and so often take a demonstrative "that".
var shellNouns = words(`plan proposal decision move idea figure claim offer deal scheme policy
	approach argument estimate suggestion promise pledge request demand option statement
	verdict ruling report version account explanation assessment forecast`)

// demonstrativeThat reports whether the "that" at j is a determiner: a
// lower-case shell noun follows it and a clause verb follows the noun.
func (f *finder) demonstrativeThat(j int) bool {
	n := j + 1
	if f.low(j) != "that" || !f.word(n) || f.quoted(n) || f.toks[n].text != f.low(n) || !shellNouns[f.low(n)] {
		return false
	}
	return clauseVerbs[f.low(n+1)]
}
