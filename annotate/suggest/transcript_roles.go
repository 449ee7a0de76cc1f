package suggest

// This file holds the round-16 rules for a transcript whose labels are
// roles ("OPERATOR:", "CALLER:", "WITNESS:") rather than names: an
// emergency call or an interview read out in court, where the report
// names the people in those roles just before the transcript ("made by
// Brenda Iles … to a call handler, Stephen Okafor"). A questioner's
// turn that only asks is no statement, and a turn's own "He keeps
// saying, “…”" is a statement nested in it.

// roleLabelNouns are, for a transcript's role label, the nouns a report
// introduces its person by ("the operator", "a call handler", "a
// dispatcher") besides the label's own word.
var roleLabelNouns = map[string][]string{
	"operator":    {"operator", "handler", "call-handler", "dispatcher", "call-taker", "controller"},
	"dispatcher":  {"dispatcher", "operator", "handler", "call-handler", "call-taker", "controller"},
	"handler":     {"handler", "call-handler", "operator", "dispatcher", "call-taker"},
	"caller":      {"caller"},
	"witness":     {"witness"},
	"interviewer": {"interviewer", "officer", "detective"},
	"officer":     {"officer", "constable", "sergeant", "detective", "inspector"},
	"detective":   {"detective", "officer", "inspector", "sergeant", "constable"},
	"suspect":     {"suspect", "defendant"},
	"defendant":   {"defendant", "accused"},
	"pilot":       {"pilot", "captain"},
	"controller":  {"controller"},
	"nurse":       {"nurse"},
	"doctor":      {"doctor", "consultant", "surgeon"},
}

// questionerLabels label a turn that puts questions for someone else to
// answer: an interviewer's, as interviewerLabels are, and an emergency
// call's operator ("OPERATOR: Is he breathing?"), whose questions are no
// statements.
var questionerLabels = words(`operator dispatcher handler call-handler call-taker interviewer detective officer`)

// questionerLabel reports a one-word label at token k whose turns only
// asking are no statements.
func (f *finder) questionerLabel(k int) bool {
	return interviewerLabels[f.low(k)] || questionerLabels[f.low(k)] && f.allCaps(k)
}

// allCaps reports a word at token k written in capitals ("CALLER").
func (f *finder) allCaps(k int) bool {
	if !f.word(k) {
		return false
	}
	n := 0
	for _, c := range f.toks[k].text {
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// resolveRoleLabels names a transcript's one-word role label in capitals
// ("CALLER:", "OPERATOR:") that no other rule named by the one person the
// text before the transcript introduced in that role: by an apposition
// or a noun of the role ("a call handler, Stephen Okafor", "the witness,
// Ann Roe"), or, for a caller, as the one the call was made by ("The
// call was made by Brenda Iles"). With no such person, or two, the label
// keeps its words.
func (r *resolver) resolveRoleLabels() {
	f := r.f
	found := map[string]string{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || f.atts[m.att].pattern != "T" || m.r.b-m.r.a != 1 || !f.allCaps(m.r.a) {
			continue
		}
		role := f.low(m.r.a)
		if m.canonical != f.toks[m.r.a].text && m.canonical != "" {
			continue // named already
		}
		name, ok := found[role]
		if !ok {
			name = r.roleHolder(role, m.r.a)
			found[role] = name
		}
		if name != "" {
			m.canonical, m.person, m.named, m.org = name, true, true, false
		}
	}
}

// roleHolder is the one person named before token lim in the role the
// label role stands for, or "".
func (r *resolver) roleHolder(role string, lim int) string {
	f := r.f
	nouns, ok := roleLabelNouns[role]
	if !ok {
		nouns = []string{role}
	}
	holder := ""
	for _, c := range r.mentions {
		if c.r.a >= lim {
			break
		}
		if !c.named || !c.person || c.pronoun || c.org || c.att >= 0 && f.atts[c.att].pattern == "T" {
			continue
		}
		fits := false
		for _, n := range nouns {
			fits = fits || hasWord(c.heads, n) || r.roleNounBefore(c.r.a, n)
		}
		if !fits && role == "caller" {
			fits = r.callMadeBy(c.r.a, c.r.b)
		}
		if !fits {
			continue
		}
		if holder != "" && holder != c.canonical {
			return ""
		}
		holder = c.canonical
	}
	return holder
}

// roleNounBefore reports the role noun n just before a name at token a,
// across a comma ("a call handler, Stephen Okafor", "the caller Ann Roe");
// a plural noun ("two dispatchers, Ola Brandt and …") names no one.
func (r *resolver) roleNounBefore(a int, n string) bool {
	f := r.f
	k := a - 1
	if f.is(k, ",") {
		k--
	}
	return k >= 0 && f.word(k) && !f.quoted(k) && f.low(k) == n
}

// callMadeBy reports a name at token a that a call was made by: "by" just
// before it, and "call" earlier in its clause ("The call was made at
// 11.26pm by Ann Roe", "a 999 call by Ann Roe"); or one that rang
// ("after Ann Roe rang from the quay"), the name ending at b.
func (r *resolver) callMadeBy(a, b int) bool {
	f := r.f
	if f.word(b) && !f.quoted(b) && callVerbs[f.low(b)] {
		return true
	}
	if f.low(a-1) != "by" || f.quoted(a-1) {
		return false
	}
	sent := f.sentOfTok(a)
	for k := a - 2; k >= 0 && k >= a-12 && f.sentOfTok(k) == sent; k-- {
		if l := f.low(k); f.word(k) && !f.quoted(k) && (l == "call" || l == "calls") {
			return true
		}
	}
	return false
}

// callVerbs follow the one who made a call ("Ann Roe rang 999").
var callVerbs = words(`rang phoned dialled dialed`)

// aspectualCue reads a reporting participle after a verb of going on
// ("He keeps saying, “…”", "she kept telling them"): a cue of the
// participle's verb, from the aspectual verb on.
func (x *text) aspectualCue(i int) (cueWord, bool) {
	pw, ok := x.participleAt(i)
	if !ok || !x.word(i-1) || x.quoted(i-1) || !aspectualVerbs[x.low(i-1)] {
		return cueWord{}, false
	}
	return pw, true
}

// aspectualVerbs go on doing what the participle after them says.
var aspectualVerbs = words(`keeps kept keep keeping`)

// aspectualStart is the aspectual verb before a cue at c ("keeps" of
// "keeps saying"), or c.
func (f *finder) aspectualStart(c int) int {
	if _, ok := f.aspectualCue(c); ok {
		return c - 1
	}
	return c
}
