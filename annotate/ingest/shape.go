package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The functions in this file tell page furniture by its shape rather than
// by its wording: the calls to act, the address to the reader, the
// outlet's talk about itself, the money asked for, the "label: value"
// lines of a box and the name lists of a credit line. Each new wording of a
// promo, an appeal or a fact box shares these features with the old ones,
// where a list of phrases only knows the wordings it was written from.
// Article text is guarded first: a line with a quotation mark or a
// reporting verb is never furniture by shape.

// ctaVerbs are the verbs a page's own boxes open a sentence with to make
// the reader act: "Sign up", "Chip in from £3", "Pass it along", "Switch on
// alerts", "Become a member", "Keep reading".
var ctaVerbs = setOf(
	"subscribe", "sign", "join", "follow", "share", "listen", "download", "donate", "support", "read",
	"watch", "get", "give", "chip", "become", "pass", "forward", "switch", "turn", "tap", "click",
	"try", "register", "claim", "unlock", "upgrade", "install", "send", "keep", "help", "put", "grab",
	"pledge", "explore", "discover", "sign-up", "stream", "continue", "back", "tell", "email", "e-mail",
	"contribute", "enable", "allow", "add", "bookmark", "save", "buy", "order", "book", "visit",
)

// promoNouns are what an outlet sells or asks for: its newsletters,
// briefings, alerts and apps, its members and paying readers.
var promoNouns = []string{
	"newsletter", "briefing", "alerts", "notifications", " app ", " app.", " app,", "inbox",
	"subscriber", "subscription", "membership", "premium", "podcast", "paywall", "free trial", "ad-free",
	"paying readers",
}

// reOutletSelf matches the outlet speaking of itself as an outlet: "our
// little newsroom", "our journalism", "our reporters", "we're a small team".
var reOutletSelf = regexp.MustCompile(`\b(?:our|we(?:'re|’re| are) an?) (?:[\p{L}-]+ ){0,2}(?:newsroom|team|reporters|journalists|journalism|reporting|writers|editors|newsletter|paper|site|magazine|podcast|readers|work|coverage)\b|\bthanks? (?:you )?for (?:reading|opening|joining|being|subscribing|supporting|sticking)`)

// pageDeixis names the page itself: "enjoy this?", "this edition", "this
// series", "stories like this".
var rePageDeixis = regexp.MustCompile(`\b(?:this|today'?s|today’s|next|the next|this (?:week|month)(?:'s|’s)) (?:\p{L}+ )?(?:article|story|piece|edition|issue|newsletter|letter|post|page|series|email|e-mail|briefing|episode|roundup|round-up|dispatch)\b|\b(?:like|enjoy|enjoyed|enjoying|share|forward|love|loved) this\b`)

// reMoneyPeriod matches a price asked of the reader: "from £3 a month",
// "$5/month", "the price of a coffee a month", "€2 per week".
var reMoneyPeriod = regexp.MustCompile(`(?:[£$€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:pounds|dollars|euros))\s?(?:a|an|per|/|each)\s?(?:day|week|month|year)|price of an? \p{L}+(?: \p{L}+)?(?: (?:a|per) (?:day|week|month|year))?`)

// greetings open a newsletter edition; farewells close it.
var (
	greetings = []string{"hello", "hi ", "hi,", "hey ", "hey,", "welcome", "good morning", "good evening",
		"greetings", "dear reader", "dear friends", "morning all", "morning, "}
	farewells = []string{"catch you", "see you", "speak soon", "talk soon", "until next", "until then",
		"cheers", "best wishes", "all best", "take care", "bye for now", "til next", "’til next", "'til next",
		"more soon", "back next", "back on ", "yours", "warmly", "onwards"}
)

// readerPromo reports a promo, appeal, greeting or prompt addressed to the
// reader, by a weighted score of shape features: a sentence that opens with
// a call to act (2), a greeting or farewell (2), a price per period (3),
// what the outlet sells (1 each, at most 2), a count of readers or
// comments (2) or readers at all (1), the page pointing at itself (1), the
// outlet speaking of itself (1), the second person (1), a question (1, and
// 1 more when it asks "you"). Four points make a promo, and one feature at
// least must come from the outlet's side (a call to act, a greeting, a
// price, a product, a count, the page itself), so an interviewer's question
// to a guest ("What do you say to readers who think you sold out?") or an
// explainer's advice ("Get enough sleep and you will …") is no promo.
func readerPromo(s, lower string, words int) bool {
	// a line of five words or fewer is a heading or a label ("Welcome to
	// our live coverage" over a live blog's first post); ctaLine and the
	// exact lists take the short promos
	if words > 40 || words < 6 {
		return false
	}
	if strings.ContainsAny(s, "\"“”«»„") || reported(lower) {
		return false // a quotation or a reported sentence is article text
	}
	score, outlet := 0, false
	add := func(points int, fromOutlet bool) {
		score += points
		outlet = outlet || fromOutlet
	}
	youAsked := false
	for _, sent := range sentences(lower) {
		if first, second := firstWords(sent); ctaVerbs[first] && second != "" && !pastOrThird(second) {
			add(2, true)
			break
		}
	}
	if hasPrefix(lower, greetings) || hasPrefix(lower, farewells) {
		// a live blog's first post may open with "Good morning." and go on
		// with the news: a long line's greeting counts for less
		if words <= 15 {
			add(2, true)
		} else {
			add(1, true)
		}
	}
	you, self := false, false
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch w {
		case "you", "your", "you're", "you’re", "yourself", "you'll", "you’ll", "you've", "you’ve", "you'd", "you’d":
			you = true
		case "our", "us", "we", "we're", "we’re", "we'll", "we’ll", "we've", "we’ve":
			self = true
		}
	}
	if you {
		add(1, false)
	}
	if self {
		add(1, false)
	}
	for _, q := range strings.SplitAfter(lower, "?") {
		if !strings.HasSuffix(q, "?") {
			continue
		}
		if !youAsked {
			add(1, false)
		}
		if strings.Contains(q, "you") && !youAsked {
			add(1, false)
			youAsked = true
		}
	}
	// each expression runs only where a cheap test leaves it possible:
	// most lines are prose, and cleaning must stay fast
	if (strings.ContainsAny(lower, "£$€¥") || strings.Contains(lower, "price of") || strings.Contains(lower, "pounds") ||
		strings.Contains(lower, "dollars") || strings.Contains(lower, "euros")) && reMoneyPeriod.MatchString(lower) {
		add(3, true)
	}
	n := 0
	padded := " " + lower + " "
	for _, p := range promoNouns {
		if strings.Contains(padded, p) {
			n++
		}
	}
	if (self || strings.Contains(lower, "thank")) && reOutletSelf.MatchString(lower) {
		n++
	}
	if n > 0 {
		add(min(n, 2), true)
	}
	switch {
	case strings.ContainsAny(lower, "0123456789") && readersCount(lower) && reReadersCount.MatchString(lower):
		add(2, true)
	case strings.Contains(lower, "readers") || strings.Contains(lower, "subscribers"):
		add(1, false)
	}
	if (strings.Contains(lower, "this") || strings.Contains(lower, "next") || strings.Contains(lower, "today")) && rePageDeixis.MatchString(lower) {
		add(1, true)
	}
	return outlet && score >= 4
}

func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// reReadersCount matches a count of the readers or of their comments: "23
// readers have had their say", "612 paying readers", "41 comments".
var reReadersCount = regexp.MustCompile(`\b\d[\d,]*\s+(?:\p{L}+\s+)?(?:readers|subscribers|members|supporters|comments|replies)\b`)

// sentences splits a line at sentence ends and at the question or
// exclamation marks a promo is built of.
func sentences(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if r == '.' || r == '?' || r == '!' || r == '—' || r == '–' || r == ':' {
			if t := strings.TrimSpace(s[start:i]); t != "" {
				out = append(out, t)
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// firstWords returns a sentence's first two words, without punctuation and
// the signs some boxes open with ("💌 Pass it along", "→ Read more").
func firstWords(s string) (string, string) {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	f := strings.Fields(s)
	trim := func(w string) string {
		return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	}
	switch len(f) {
	case 0:
		return "", ""
	case 1:
		return trim(f[0]), "-"
	}
	second := trim(f[1])
	if second == "" {
		second = "-" // "Join 41,000 readers": a figure after the verb
	}
	return trim(f[0]), second
}

// pastOrThird reports a second word that makes the first a noun or a
// subject rather than an imperative: "Support grew", "Help was", "Back
// pay is", "Sign language".
func pastOrThird(w string) bool {
	switch w {
	case "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may",
		"grew", "fell", "rose", "came", "went", "said", "says", "language", "of", "for", "from":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// ctaLine reports a short line that is only a call to act, with no
// sentence punctuation: "Keep reading", "Put your name down", "Read on",
// "Find out more".
func ctaLine(s, lower string, words int) bool {
	if words > 4 || endsSentence(s) || strings.ContainsAny(s, "\"“”«»") {
		return false
	}
	first, second := firstWords(lower)
	if !ctaVerbs[first] && first != "find" && first != "see" && first != "learn" {
		return false
	}
	return second != "" && !pastOrThird(second)
}

// reLabelList matches a label and a list of short items: "Filed in:
// Libraries, Council budget, Elmbridge", "Tags — fisheries · Scotland ·
// quotas", "More about: A, B, C".
var reLabelList = regexp.MustCompile(`^\p{L}[\p{L}' ]{1,20}?\s*(?::|—|–|-)\s*(.+)$`)

// labelList reports a label followed by three or more items of one to
// three words, set apart by commas, "·", "|" or "•", with no sentence end
// and no verb-like words between: the tag and topic lines pages close with.
func labelList(s string, words int) bool {
	if words > 20 || endsSentence(s) || strings.Count(s, ",")+strings.Count(s, "·")+strings.Count(s, "|")+strings.Count(s, "•")+strings.Count(s, ";") < 2 {
		return false
	}
	m := reLabelList.FindStringSubmatch(s)
	if m == nil || wordCount(strings.SplitN(s, m[1], 2)[0]) > 3 {
		return false
	}
	items := strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == '·' || r == '|' || r == '•' || r == ';' })
	if len(items) < 3 {
		return false
	}
	for i, it := range items {
		it = strings.TrimSpace(it)
		if i == len(items)-1 {
			it = strings.TrimPrefix(it, "and ")
		}
		if n := wordCount(it); n == 0 || n > 3 {
			return false
		}
	}
	return true
}

// creditPairs reports a line of "role: names" pairs: "(Desk: Tomos Pryce;
// edit: Ines Varga)", "Words: Farida Olsen · Photographs: Ria Mendes".
// Two pairs or more, each a short role and a run of capitalised names.
func creditPairs(s string, words int) bool {
	if words > 20 || strings.Count(s, ":") < 2 {
		return false
	}
	s = strings.Trim(s, "()[] .")
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '·' || r == '|' || r == '•' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		role, names, ok := strings.Cut(p, ":")
		if !ok || wordCount(role) == 0 || wordCount(role) > 3 || !isBylineNames(names) || wordCount(names) > 6 {
			return false
		}
	}
	return true
}

// reEditNote matches what an edit note does to the story: "Fixes spelling
// of minister's name in paragraph 9", "Corrects date in para 3", "Adds
// comment from police in fourth paragraph".
var reEditNote = regexp.MustCompile(`(?i)\b(?:fix(?:es|ed)?|correct(?:s|ed)?|amend(?:s|ed)?|add(?:s|ed)|remov(?:es|ed)|updat(?:es|ed)|clarif(?:ies|ied)|chang(?:es|ed)|refil(?:es|ed))\b[^.]{0,60}\b(?:paragraph|para|par|graf|spelling|typo|headline|dateline|byline|caption|name|figure|date|quote|title)s?\b`)

// editNote reports an editors' note on a change to the story, labelled
// ("Editors: …", "Note: …") or opening with the change itself ("Fixes …",
// "Refiles to …"): a short line whose verb acts on the story's parts.
func editNote(s, lower string, words int) bool {
	if words > 25 || reported(lower) || strings.ContainsAny(s, "\"“”") {
		return false
	}
	l := strings.TrimLeft(lower, "*_([ ")
	label, rest, ok := strings.Cut(l, ":")
	if !ok || wordCount(label) > 3 {
		rest = l
	}
	first, _ := firstWords(rest)
	switch first {
	case "fix", "fixes", "fixed", "corrects", "corrected", "amends", "amended", "adds", "added", "removes",
		"removed", "updates", "updated", "clarifies", "changes", "changed", "refiles", "refiled", "recasts", "rewrites":
	default:
		return false
	}
	return reEditNote.MatchString(rest) || strings.Contains(rest, "paragraph") || strings.Contains(rest, " para ")
}

// reRights matches a page's rights footer in words other than "©" and a
// leading "Copyright": "Redistribution needs written permission", "All
// content copyright Orchard Courier Ltd 2026", "Printed from …", "may not
// be reproduced without …".
var reRights = regexp.MustCompile(`\b(?:(?i:redistribut|reproduc|republish|reprint|retransmi|rebroadcast)\w*\b[^.]{0,50}\b(?i:permission|prohibited|forbidden|without|not permitted|not allowed|licen[cs]e|consent)|(?i:copyright)\s+(?:©\s*)?(?:\d{4}|\p{Lu})|(?i:all rights)|(?i:printed from) \p{Lu})`)

// rightsLine reports a short rights or print footer.
func rightsLine(s, lower string, words int) bool {
	if words > 25 || reported(lower) {
		return false
	}
	return (strings.Contains(lower, "copyright") || strings.Contains(lower, "redistribut") || strings.Contains(lower, "reproduc") ||
		strings.Contains(lower, "republish") || strings.Contains(lower, "reprint") || strings.Contains(lower, "printed from") ||
		strings.Contains(lower, "all rights") || strings.Contains(lower, "retransmi") || strings.Contains(lower, "rebroadcast")) &&
		reRights.MatchString(s)
}

// reFactItem matches one line of a fact box: a short label and a short
// value ("Length: 720 km", "Branches affected: 4", "Landing points: Blyth
// and Kvilldal"), or a figure and what it counts ("14% — the cut to the cod
// quota", "38 — boats registered in Wick").
var reFactItem = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’ -]{0,30}:\s+\S.{0,60}|[£$€]?\d[\d.,]*\s?(?:%|[\p{L}]{1,4})?\s+[—–-]\s+\S.{0,60})$`)

// factItem reports a line of a fact box (reFactItem) of at most eight words
// with no quotation and no sentence after its label.
func factItem(s string, words int) bool {
	if words > 8 || strings.ContainsAny(s, "\"“”«»?!") {
		return false
	}
	if strings.Count(strings.TrimRight(s, "."), ".") > 0 && !strings.ContainsAny(s, "0123456789") {
		return false // "Note: He left. She stayed": sentences, not a value
	}
	return reFactItem.MatchString(s)
}

// removeFactBoxes removes a fact box between or after body paragraphs: a
// run of two or more fact lines (factItem) in a row, with the short
// heading line above the run ("QUICK FACTS", "At a glance", "By the
// numbers"). A single "Label: value" line may be body text (a transcript
// line, "Update: …"); a run of them is a box.
func removeFactBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i < len(units); {
		if kinds[i] != keep || units[i].role != "" || !factItem(units[i].text, wc[i]) {
			i++
			continue
		}
		j := i
		for j < len(units) && kinds[j] == keep && units[j].role == "" && factItem(units[j].text, wc[j]) {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				kinds[k] = junkChrome
				removed[k] = []string{units[k].text}
			}
			if h := i - 1; h > 0 && kinds[h] == keep && units[h].role == "" && wc[h] <= 4 && !endsSentence(units[h].text) {
				kinds[h] = junkChrome
				removed[h] = []string{units[h].text}
			}
		}
		i = j
	}
}

// listLines reports the lines of a Markdown paragraph that is a list set
// line by line rather than wrapped prose: two or more lines, each short,
// none but the first opening in lower case, the last ending no sentence
// ("By the numbers" / "14% — …" / "38 — …"; "Catch you on Thursday," /
// "Mhairi").
func listLines(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || utf8.RuneCountInString(l) > 60 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(l); i > 0 && unicode.IsLower(r) {
			return false
		}
	}
	return !endsSentence(strings.TrimSpace(lines[len(lines)-1]))
}

// pageLabel reports a box whose label points at the page itself: "Next in
// this series: …", "More from this edition: …", "Also in today's issue: …".
func pageLabel(s, lower string) bool {
	label, rest, ok := strings.Cut(lower, ":")
	if !ok || wordCount(label) > 5 || strings.TrimSpace(rest) == "" || strings.ContainsAny(label, "\"“”") {
		return false
	}
	return rePageDeixis.MatchString(label) && !reported(lower)
}

// readersCount is the cheap test before reReadersCount.
func readersCount(lower string) bool {
	for _, w := range []string{"readers", "subscribers", "members", "supporters", "comments", "replies"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
