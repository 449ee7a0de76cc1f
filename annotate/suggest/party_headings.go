package suggest

// This file reads a candidates' page that prints each answer under a
// heading of the candidate's name and party in brackets ("Ann Roe
// (Labour)", "Sam Odell (Independent)") with no question under it: the
// paper asked them all one question in the intro, and the paragraphs under
// each heading are that candidate's own words, unquoted and in the first
// person. Such a heading is a speaker line as headed_blocks.go reads them,
// so its answers are statements of the heading's person, with no cue (what
// they quote inside is nested in them). A heading with a question right
// under it is a Q&A panel's (panel_headings.go); a name with no bracket is
// left alone, as a bare capitalised line may be a section title.

// partyHeading reports whether paragraph p is a name with a bracketed
// party or role and nothing else, not over an interview's question. It
// returns the name's token range.
func (f *finder) partyHeading(p int) (rng, bool) {
	if f.paraZone[p] != "body" {
		return rng{}, false
	}
	t := f.paraToks(p)
	if t.empty() || !f.is(t.b-1, ")") {
		return rng{}, false
	}
	name, aside, ok := f.bracketedName(t)
	if !ok || !aside || !f.hasName(name) || p+1 < len(f.paraZone) && f.interviewQuestion(p+1) {
		return rng{}, false
	}
	return name, true
}

// answerHeading reports whether paragraph p heads a person's answers: a
// speaker line ("Ann Roe, 58, florist") or a party heading ("Ann Roe
// (Labour)"). It returns the name's token range.
func (f *finder) answerHeading(p int) (rng, bool) {
	if name, ok := f.speakerLine(p); ok {
		return name, true
	}
	return f.partyHeading(p)
}
