package suggest

import "strings"

// policeRanks are the rank abbreviations British police reports put before a
// surname once the officer has been named in full ("Detective Sergeant Ada
// Rook" … "DS Rook"): like "Det." or "Insp.", they are titles, never part of
// the name, and a description may repeat them in full ("the sergeant").
var policeRanks = map[string]string{"ds": "sergeant", "dci": "inspector", "dsi": "inspector",
	"dcs": "superintendent", "dsupt": "superintendent", "pc": "constable", "psi": "inspector"}

func init() {
	for abbr, full := range policeRanks {
		titleWords[abbr] = true
		if _, ok := titleHeads[abbr]; !ok {
			titleHeads[abbr] = full
		}
	}
}

// questionLabelColon reports whether the colon at k is the "Q:" label that
// opens paragraph t, as interviews set their questions when the answers
// below them carry no label ("Q: Why now?" then the answer as plain text):
// such a paragraph is still an interview's question.
func (f *finder) questionLabelColon(t rng, k int) bool {
	return k == t.a+1 && f.toks[t.a].text == "Q"
}

// answerGoesOn reports whether paragraph q, after n answer paragraphs to
// the question at p, may still be the answer. Under a question labelled
// "Q:" the answers carry no label, so the writer's closing lines below the
// last answer ("The club play at home on Saturday.") are told from it only
// by voice: an answer goes on only in the first person.
func (f *finder) answerGoesOn(p, q, n int) bool {
	t := f.paraToks(p)
	if n == 0 || t.empty() || !f.questionLabelColon(t, t.a+1) || !f.is(t.a+1, ":") {
		return true
	}
	return f.firstPersonPara(q)
}

// firstPersonPara reports whether paragraph p speaks in the first person
// outside quotation marks. An interview's answer running over paragraphs
// goes on only with such paragraphs: the closing lines under the last
// answer ("The club play at home on Saturday.") are the writer's again.
func (f *finder) firstPersonPara(p int) bool {
	t := f.paraToks(p)
	for k := t.a; k < t.b; k++ {
		w := f.low(k)
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i] // "I’ll", "we're"
		}
		if f.word(k) && f.toks[k].quote < 0 && firstPersonWords[w] {
			return true
		}
	}
	return false
}

// dropInInterviewQuestion drops what the patterns read, from attribution
// first on, inside an interview's question ("Q: What did your coach say
// to win you over?"): the interviewer asks, nobody is reported.
func (f *finder) dropInInterviewQuestion(first int, paras interviewParas) {
	for k := first; k < len(f.atts); k++ {
		a := &f.atts[k]
		if a.content.empty() {
			continue
		}
		if isAnswer, ok := paras[f.toks[a.content.a].para]; ok && !isAnswer {
			a.dropped = true
		}
	}
}

// bracketedCapitalsLabel reads a parliamentary record's label: n capitals
// words ending at k and groups in brackets, all in capitals, before the
// colon ("MR ALDOUS PRENT (NORTHFIELD) (IND):", "THE MINISTER FOR ROADS
// (ELSA VANE):"). A group of two words or more after an office names who
// holds it, and is returned as the speaker's name; labels without one
// (a member and a constituency) are left to the other label rules.
func (f *finder) bracketedCapitalsLabel(k, n, para int) (int, rng, bool) {
	if n == 0 || !f.is(k, "(") {
		return 0, rng{}, false
	}
	var who rng
	for f.is(k, "(") {
		j := k + 1
		for j < k+5 && f.word(j) && f.toks[j].para == para && capitals(f.toks[j].text) {
			j++
		}
		if j == k+1 || !f.is(j, ")") {
			return 0, rng{}, false
		}
		if who.empty() && j-k-1 >= 2 && f.low(k-n) == "the" {
			who = rng{k + 1, j}
		}
		k = j + 1
	}
	if who.empty() || !f.is(k, ":") || k+1 >= len(f.toks) || f.toks[k+1].para != para {
		return 0, rng{}, false
	}
	return k, who, true
}

// labelKey is the words of a label from a to b, in lower case: an office
// a later bare label repeats ("THE MINISTER FOR ROADS:" after "THE
// MINISTER FOR ROADS (ELSA VANE):") names the same holder.
func (f *finder) labelKey(a, b int) string {
	var ws []string
	for k := a; k < b; k++ {
		ws = append(ws, f.low(k))
	}
	return strings.Join(ws, " ")
}
