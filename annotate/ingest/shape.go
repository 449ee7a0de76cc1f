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
	"copy", "hear", "catch", "play",
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
var reOutletSelf = regexp.MustCompile(`\b(?:our|we(?:'re|’re| are) an?) (?:[\p{L}-]+ ){0,2}(?:newsroom|team|reporters|journalists|journalism|reporting|writers|editors|newsletter|paper|site|magazine|podcast|readers|work|coverage|feed|updates|blog|channel|account|page|explainer|guide|archive|analysis|investigation|live blog|series)\b|\bthanks? (?:you )?for (?:reading|opening|joining|being|subscribing|supporting|sticking)`)

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
// explainer's advice ("Get enough sleep and you will …") is no promo; and
// one at least must address the reader (a call to act, "you", "we", a
// question, a greeting), so news about prices is none.
func readerPromo(s, lower string, words int) bool {
	// a line of five words or fewer is a heading or a label ("Welcome to
	// our live coverage" over a live blog's first post); ctaLine and the
	// exact lists take the short promos
	if words > 40 || words < 6 || liveWelcomePost(lower) { // live_welcome_posts.go
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
		// "Want the full picture?", "Fancy a weekly roundup?": a question
		// to the reader with the "you" left out
		first, _ := firstWords(q[strings.LastIndexAny(q[:len(q)-1], ".!?")+1:])
		if (strings.Contains(q, "you") || readerQuestion[first]) && !youAsked {
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
	// and it speaks to the reader: "Subscribers will pay £4 a month from
	// April" has a price and a product but is news about them
	addressed := you || self || youAsked || strings.Contains(lower, "?") || hasPrefix(lower, greetings) || hasPrefix(lower, farewells)
	for _, sent := range sentences(lower) {
		if first, second := firstWords(sent); ctaVerbs[first] && second != "" && !pastOrThird(second) {
			addressed = true
		}
	}
	return outlet && addressed && score >= 4
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

// readerQuestion opens a question to the reader that leaves "you" out.
var readerQuestion = setOf("want", "fancy", "like", "love", "need", "looking", "curious", "missed", "enjoyed",
	"enjoying", "interested", "wondering", "prefer", "short", "new", "know", "got")

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
	if m == nil || wordCount(strings.SplitN(s, m[1], 2)[0]) > 3 || wordHyphenLabel(s, m[1]) { // "Ruiz-Soto, …" (hyphenated_label_lists.go)
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
		if n := wordCount(it); n == 0 || n > 3 || !reTopicItem.MatchString(it) {
			return false
		}
	}
	return true
}

// reTopicItem matches one item of a tag list: words only ("Council
// budget", "rock'n'roll"), never code, paths or figures.
var reTopicItem = regexp.MustCompile(`^\p{L}[\p{L}'’ &-]*$`)

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
		if !ok || wordCount(role) == 0 || wordCount(role) > 3 || !reTopicItem.MatchString(strings.TrimSpace(role)) ||
			!isBylineNames(names) || wordCount(names) > 6 || strings.ContainsAny(names, "./") {
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
	// an edit note is a fragment: "Updated figures were published" has a
	// verb of its own and is news
	if hasAuxiliary(rest) {
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
var reFactItem = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’ -]{0,30}:\s+\S.{0,60}|[£$€]?\d[\d.,]*\s?(?:%|[\p{L}]{1,4})?\s+[—–-]\s+\S.{0,60}|[£$€]?\d[\d,]*(?:\.\d+)?\s?%?\s+\p{Ll}[\p{L}' -]{0,40})$`)

// factItem reports a line of a fact box (reFactItem) of at most eight words
// with no quotation and no sentence after its label.
func factItem(s string, words int) bool {
	if words > 8 && !figureItem(s, words) || strings.ContainsAny(s, "\"“”«»?!") {
		return false
	}
	if strings.Count(strings.TrimRight(s, "."), ".") > 0 && !strings.ContainsAny(s, "0123456789") {
		return false // "Note: He left. She stayed": sentences, not a value
	}
	if strings.HasSuffix(s, ".") && words > 4 {
		return false // "Category c: D_o 0.0144, D_e 0.0532.": a sentence of figures
	}
	return reFactItem.MatchString(s) || figurePairItem(s) // "140 homes, 56 of them affordable" (figure_pair_items.go)
}

// figureItem reports a longer fact line whose value opens with a figure
// (perhaps a sum) and ends no sentence: "Ruth Abara: 4 yrs 2 mths (theft,
// two counts)".
func figureItem(s string, words int) bool {
	if words > 12 || endsSentence(s) {
		return false
	}
	_, value, ok := strings.Cut(s, ": ")
	value = strings.TrimLeft(value, "£$€")
	return ok && value != "" && value[0] >= '0' && value[0] <= '9'
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
		// a dated line inside the box ("Retraction notice: 1 December
		// 2026") is already taken as a date and counts as one of its lines
		for j < len(units) && (kinds[j] == keep || kinds[j] == junkDate) && units[j].role == "" && factItem(units[j].text, wc[j]) {
			j++
		}
		if j-i >= 2 {
			// a longer first line of the box: "Paper: Journal of …, Vol. 12"
			for i > 1 && kinds[i-1] == keep && units[i-1].role == "" && factLead(units[i-1].text, wc[i-1]) {
				i--
			}
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

// stampWords are the participles a page stamps its own life with: "Last
// edited 6 hours ago", "Posted 3 days ago", "First published on Thursday",
// "Filed 14:32 GMT".
var stampWords = setOf("edited", "updated", "posted", "published", "filed", "refiled", "sent", "amended",
	"revised", "modified", "created", "written", "uploaded", "added", "reviewed", "checked")

// reWhen matches a relative or named time: "6 hours ago", "moments ago",
// "just now", "yesterday", "on Thursday".
var reWhen = regexp.MustCompile(`(?i)\b(?:ago|just now|yesterday|today|tonight|this (?:morning|afternoon|evening)|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`)

// reReadingTime matches a reading or listening time in words or figures:
// "Reading time: 3 minutes", "A six-minute read", "12 min listen".
var reReadingTime = regexp.MustCompile(`(?i)^(?:an? )?(?:(?:reading|listening|read|listen) time\s*:?\s*\S+(?: \S+)?|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few)[- ]?(?:min(?:ute)?s?)[- ](?:read|listen|watch)(?:ing)?(?: time)?)\.?$`)

// stampLine reports a page's time stamp or reading time: a short line with
// no sentence end whose words are a stamp participle and a time ("Updated
// moments ago"), or a reading time.
func stampLine(s string, words int) bool {
	if words > 7 || endsSentence(s) && !strings.HasSuffix(s, ".") {
		return false
	}
	if reReadingTime.MatchString(s) {
		return true
	}
	if words < 2 || strings.HasSuffix(s, ".") {
		return false
	}
	stamp := false
	for k, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ":,")
		// any participle opening a relative time: "Refreshed 40 minutes ago"
		if stampWords[w] || k == 0 && strings.HasSuffix(w, "ed") && (strings.HasSuffix(s, " ago") || strings.HasSuffix(s, "just now")) {
			stamp = true
			break
		}
	}
	return stamp && (reWhen.MatchString(s) || reTime.MatchString(s) || reDate.MatchString(s))
}

// consentLine reports a consent box in any wording: the page's storage on
// the reader's device ("store small files on your device", "carry on
// browsing", "we and our partners", "your preferences", "tracking"), said
// to the reader, with no reporting verb. A sign-up form's consent note
// counts too: what the site does with the reader's sign-up or e-mail,
// closed by a pointer to its privacy notice ("We use your sign-up to
// provide content in ways you've consented to … See our Privacy Notice.").
func consentLine(lower string, words int) bool {
	if words > 45 || reported(lower) {
		return false
	}
	if signUpPrivacyNote(lower) {
		return true
	}
	topic := 0
	for _, w := range []string{"your device", "your browser", "browsing", "our partners", "data files", "small files",
		"your preferences", "your choices", "your consent", "tracking", "personalis", "personaliz", "measure traffic",
		"count visits", "analytics", "this site uses", "this site runs", "this website uses", "local storage"} {
		if strings.Contains(lower, w) {
			topic++
		}
	}
	addressed := strings.Contains(lower, "you") || strings.HasPrefix(lower, "we ") || strings.Contains(lower, " we ") || strings.Contains(lower, " our ")
	return topic >= 2 || topic == 1 && addressed && (strings.Contains(lower, "we ") || strings.Contains(lower, "this site"))
}

// productionWords name who made a page's parts: "Story by …", "Shot for the
// Courier by …", "Photography by …", "Words and reporting: …".
var productionWords = setOf("words", "story", "text", "reporting", "reported", "written", "writing", "edited",
	"editing", "editor", "photography", "photographs", "photos", "photo", "pictures", "picture", "pictured",
	"images", "shot", "filmed", "video", "graphics", "illustration", "illustrations", "illustrated", "design",
	"designed", "produced", "production", "research", "interview", "interviewed", "additional", "translated",
	"translation", "compiled", "data", "audio", "sound", "animation", "fact-checking", "factchecking")

// creditLine reports a line of production credits: every sentence is a
// few words naming a production role and then a run of names after "by" or
// ":" ("Story by Ines Varga. Edited by Tomos Pryce.", "Shot for the
// Courier by Tomasz Wren", "Words and reporting: Ines Varga").
func creditLine(s string, words int) bool {
	if words > 20 || !strings.Contains(s, " by ") && !strings.Contains(s, ": ") || strings.ContainsAny(s, "\"“”") {
		return false
	}
	n := 0
	for _, sent := range strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == ';' || r == '·' || r == '|' }) {
		sent = strings.TrimSpace(strings.Trim(sent, "()[] "))
		if sent == "" {
			continue
		}
		role, names, labelled := strings.Cut(sent, " by: ") // "Snapped by: Ben Ivory"
		ok := labelled
		if !ok {
			role, names, ok = strings.Cut(sent, " by ")
		}
		if !ok {
			role, names, ok = strings.Cut(sent, ": ")
		}
		if !ok || wordCount(role) > 5 || wordCount(names) > 8 || !isCreditNames(names) {
			return false
		}
		// a production role by name, or any participle as a label
		named := labelled && wordCount(role) <= 2 && strings.HasSuffix(strings.ToLower(role), "ed")
		for _, w := range strings.Fields(strings.ToLower(role)) {
			if productionWords[strings.Trim(w, ",:")] {
				named = true
			}
		}
		if !named {
			return false
		}
		n++
	}
	return n > 0
}

// reSeries matches a series box in any wording: "Part two of three", "This
// is the second of three reports on …", "Episode 4 of 6".
var reSeries = regexp.MustCompile(`(?i)^(?:\W*(?:part|episode|chapter|instalment|installment) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|(?:this|it) is the (?:first|second|third|fourth|fifth|sixth|last|final|latest|\d+(?:st|nd|rd|th)) (?:of|in) (?:(?:a|our|an occasional) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)?[- ]?(?:part )?(?:reports?|articles?|stories|pieces?|parts?|series|instalments|installments|features?)\b)`)

// reCorrectionAny matches a correction in words other than "Correction:":
// "Amendment: …", "a previous edition gave …", "We have amended this
// report to …".
var reCorrectionAny = regexp.MustCompile(`(?i)^(?:amendments?|updates?|notes?|editor(?:'|’)?s? notes?)\s*:.*\b(?:previous|earlier|original) (?:version|edition|draft)|\b(?:an?|the) (?:previous|earlier|original) (?:version|edition|draft) (?:of this \p{L}+ )?(?:gave|said|stated|misstated|misspelled|named|reported|described|referred|suggested|wrongly|incorrectly)|^we (?:have|had) (?:amended|corrected|updated|changed|clarified) this (?:article|report|story|piece|post|page)`)

// pointerWords and pointerObjects make a heading that points at other
// pages: "You might also be interested in", "Further reading", "Elsewhere
// on the site", "Read this next".
var (
	pointerWords   = setOf("also", "further", "elsewhere", "related", "recommended", "similar", "next", "more", "other", "most")
	pointerObjects = setOf("read", "reading", "stories", "story", "articles", "coverage", "interested", "like",
		"reviews", "interviews", "features", "videos", "podcasts", "episodes", "guides", "explainers", "columns",
		"site", "watch", "listen", "enjoy", "links", "pieces", "shared", "viewed", "watched", "commented", "emailed",
		"popular", "clicked", "listened")
)

// pointerHeading reports a short heading with no sentence end that points
// at other pages (pointerWords with pointerObjects). It is tried on every
// line but the page's first, which may be a headline ("More stories of
// the flood").
func pointerHeading(s string, words int) bool {
	if words > 6 || words < 2 || endsSentence(strings.TrimSuffix(s, ":")) && !strings.HasSuffix(s, ":") || strings.ContainsAny(s, "\"“”") {
		return false
	}
	label, _, _ := strings.Cut(s, ":")
	pointer, object := false, false
	for _, w := range strings.Fields(strings.ToLower(label)) {
		w = strings.Trim(w, ",.")
		pointer = pointer || pointerWords[w]
		object = object || pointerObjects[w]
	}
	return pointer && object
}

// ctaItems reports a share or action bar: two or more items set apart by
// "·", "|" or "•", each a call to act of a few words ("Send this to a
// friend · Copy the link").
func ctaItems(s string) bool {
	parts := splitHeader(s)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		first, second := firstWords(strings.ToLower(p))
		if wordCount(p) > 6 || !ctaVerbs[first] && first != "copy" && first != "print" || pastOrThird(second) {
			return false
		}
	}
	return true
}

// nameAndDesk reports a byline without "By" set beside its desk: "Rosalind
// Kerr · Education and community", "Jo Bell | Health".
func nameAndDesk(s string) bool {
	if !strings.Contains(s, " · ") && !strings.Contains(s, " | ") && !strings.Contains(s, " • ") {
		return false // "Evan Vucci / AP file" is a photo credit
	}
	parts := splitHeader(s)
	if len(parts) != 2 || endsSentence(s) || strings.ContainsAny(s, "0123456789\"“”") {
		return false
	}
	name, desk := parts[0], parts[1]
	n := wordCount(name)
	if n < 2 || n > 4 || !isBylineNames(name) || wordCount(desk) > 4 {
		return false
	}
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "and", "of", "the", "for", "in":
			return false // "Rivers and Lakes · Water": a menu, not a name
		}
	}
	return true
}

// rePhoneRun matches a telephone number of nine digits or more.
var rePhoneRun = regexp.MustCompile(`\+?\d[\d ()-]{7,}\d`)

// labelledPhone reports a short contact line: a label and a telephone
// number ("Press enquiries: Jo Bell, 01632 960 999").
func labelledPhone(s string, words int) bool {
	if words > 14 || !strings.Contains(s, ": ") {
		return false
	}
	// the label is what stands before the last colon, back to the last
	// sentence or item ("…, Castlebay desk. Tip-offs: +44 …")
	k := strings.LastIndex(s, ": ")
	label, rest := s[:k], s[k+2:]
	if j := strings.LastIndexAny(label, ".,;·|"); j >= 0 {
		label = label[j+1:]
	}
	if wordCount(label) > 3 {
		return false
	}
	return phoneNumber(rePhoneRun.FindString(rest))
}

// phoneNumber reports a run of digits that reads as a telephone number,
// not a figure.
func phoneNumber(m string) bool {
	if !strings.ContainsAny(m, " -()") && !strings.HasPrefix(m, "+") && !strings.HasPrefix(m, "0") {
		return false // "-400334998": a figure, not a number to call
	}
	groups := strings.Fields(m)
	if len(groups) > 5 {
		return false // "1 2 3 3 2 1 4 1 2": a row of figures
	}
	for _, g := range groups {
		if len(strings.Trim(g, "+()-")) < 2 {
			return false
		}
	}
	digits := 0
	for _, r := range m {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return digits >= 9
}

// reWebAddress matches a bare web address: "harbourarts.example",
// "www.tidesrota.example/tickets".
var reWebAddress = regexp.MustCompile(`(?:^|\s)(?:https?://)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,}(?:/\S*)?(?:$|\s)`)

// listingLine reports the practical line under a review or an event: a
// short line with no sentence end that gives a number to call and a web
// address ("Booking to 3 May: 01632 960 111 or harbourarts.example").
func listingLine(s string, words int) bool {
	if words > 20 || endsSentence(s) || !strings.Contains(s, ".") && !strings.Contains(s, "@") || strings.ContainsAny(s, "\"“”") {
		return false
	}
	return phoneNumber(rePhoneRun.FindString(s)) && (reWebAddress.MatchString(s) || reEmail.MatchString(s))
}

// removeByPosition removes what only its place on the page tells: a
// heading pointing at other pages (pointerHeading) anywhere but the first
// line, a label in capitals between the headline and the story
// ("DEVELOPING STORY", "EXCLUSIVE"), and the buttons under a consent box
// ("Fine by me · Let me choose").
func removeByPosition(units []unit, kinds []junk, removed [][]string, wc []int, first int) {
	body := false // a body paragraph has been seen
	for i, u := range units {
		if kinds[i] != keep || u.role != "" {
			if u.role == "" && kinds[i] == keep || u.role != "" && u.role != roleHeadline && u.role != roleDek {
				body = true
			}
			continue
		}
		switch {
		case u.linked && wc[i] <= 15 && !strings.ContainsAny(u.text, "\"“”") && !reported(strings.ToLower(u.text)):
			kinds[i] = junkChrome
		case i != first && pointerHeading(u.text, wc[i]):
			kinds[i] = junkRelated
		case i != first && !body && wc[i] <= 3 && upperCase(u.text) && !strings.ContainsAny(u.text, "0123456789") && !capitalSectionHeading(units, kinds, wc, i): // capital_section_heads.go
			kinds[i] = junkChrome
		case i > 0 && kinds[i-1] == junkBanner && buttons(u.text):
			kinds[i] = junkBanner
		}
		if kinds[i] != keep {
			removed[i] = []string{u.text}
			continue
		}
		if wc[i] >= 15 {
			body = true
		}
	}
	// A page's last lines that are items set apart by "·", "|" or "•",
	// with no sentence among them ("Made with care in Leicester · Terms ·
	// Privacy"): a footer's links.
	for i := len(units) - 1; i > first && first >= 0; i-- {
		if kinds[i] != keep {
			continue
		}
		if units[i].role != "" || endsSentence(units[i].text) || len(splitHeader(units[i].text)) < 3 || wc[i] > 15 {
			break
		}
		kinds[i] = junkChrome
		removed[i] = []string{units[i].text}
	}
}

// buttons reports a row of two to four buttons set apart by "·", "|" or
// "•", each of three words or fewer ("Fine by me · Let me choose").
func buttons(s string) bool {
	parts := splitHeader(s)
	if len(parts) < 2 || len(parts) > 4 || endsSentence(s) {
		return false
	}
	for _, p := range parts {
		if wordCount(p) > 3 {
			return false
		}
	}
	return true
}

// removeOutletTrailer removes the lines closing a page in which the outlet
// speaks of itself by name ("Tyneview Post is a member of the Independent
// Press Standards Organisation."): after the story's last paragraph, a
// short line opening with the outlet's name, with no quotation or
// reporting verb. The name comes from the page's metadata.
func removeOutletTrailer(units []unit, kinds []junk, removed [][]string, wc []int, outlet string) {
	outlet = strings.TrimSpace(outlet)
	if wordCount(outlet) == 0 {
		return
	}
	for i := len(units) - 1; i > 0; i-- {
		if kinds[i] != keep {
			continue
		}
		t := strings.TrimPrefix(units[i].text, "The ")
		if units[i].role != "" || wc[i] > 25 || !strings.HasPrefix(t, outlet+" ") || strings.ContainsAny(t, "\"“”") ||
			reported(strings.ToLower(t)) {
			return
		}
		kinds[i] = junkTrailer
		removed[i] = []string{units[i].text}
	}
}

// photoWords name a picture; in a label before a colon they make a photo
// credit or caption ("Pictured above:", "Main picture:", "Top image:").
var photoWords = setOf("photo", "photos", "photograph", "photographs", "picture", "pictures", "pictured", "image",
	"images", "illustration", "video", "gallery")

// photoLabel reports a caption or credit under a label of up to three
// words that names a picture.
func photoLabel(s string, words int) bool {
	if words > 30 {
		return false
	}
	label, rest, ok := strings.Cut(s, ":")
	if !ok || wordCount(label) > 3 || strings.TrimSpace(rest) == "" || strings.ContainsAny(label, "\"“”") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(strings.Trim(label, "([ "))) {
		if photoWords[w] || screenshotWords[w] { // screenshot_captions.go
			return true
		}
	}
	return false
}

// reStreet and rePostcode find a postal address: "14 Bridge Street", "4
// Quay Lane", "Cardigan SA43 1HY", "Portland, OR 97201".
var (
	reStreet   = regexp.MustCompile(`\b\d{1,4}[a-z]? (?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Square|Sq|Quay|Way|Place|Row|Drive|Close|Court|Crescent|Terrace|Boulevard|Blvd|Parade|Wharf|Hill|Gardens|Walk)\b`)
	rePostcode = regexp.MustCompile(`\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z]{2} \d{5}(?:-\d{4})?\b|\bP\.?O\.? Box \d+`)
)

// postalLine reports a publisher's postal footer: a short line with a
// street address or a postcode and the commas or "·" of an address block,
// that is no sentence of the story (it ends without a full stop, or says
// "registered", or is labelled "Post:" or "Address:").
func postalLine(s, lower string, words int) bool {
	if words > 30 || !strings.ContainsAny(s, "0123456789") || reported(lower) || strings.ContainsAny(s, "\"“”") {
		return false
	}
	if strings.Count(s, ",")+strings.Count(s, "·")+strings.Count(s, "|") < 2 {
		return false
	}
	if !reStreet.MatchString(s) && !rePostcode.MatchString(s) {
		return false
	}
	label, _, _ := strings.Cut(lower, ":")
	return !endsSentence(s) || strings.Contains(lower, "registered") || wordCount(label) <= 2 && strings.Contains(s, ":")
}

// reDeskByline matches a byline that names a desk or team, not a person:
// "By the Hebrides desk", "By our Scotland staff", "By Tyneview reporters".
var reDeskByline = regexp.MustCompile(`^(?i:by)\s+(?:(?i:the|our)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?i:desk|team|staff|bureau|newsroom|reporters|correspondents|editors|news team|staff reporters?)$`)

// hasAuxiliary reports whether lower, a lower-cased line, holds one of the
// auxiliaries that give a fragment a verb of its own ("was", "has",
// "will"…): an editor's note ("Adds CEO comments", "Fixes typo") has none,
// news about an edit does ("Updated figures were published").
func hasAuxiliary(lower string) bool {
	for _, v := range []string{" was ", " were ", " is ", " are ", " has ", " have ", " had ", " will "} {
		if strings.Contains(lower, v) {
			return true
		}
	}
	return false
}

// rePrivacyPointer matches a line's last sentence pointing to the site's
// privacy notice: "See our Privacy Notice.", "Read our privacy policy for
// details." (lower-cased).
var rePrivacyPointer = regexp.MustCompile(`[.!?] (?:please )?(?:see|read|view|check) our (?:privacy (?:notice|policy|statement)|privacy and cookies? (?:notice|policy)|data (?:protection )?(?:notice|policy))(?: (?:for|to) [^.!?]{1,60})?\.?$`)

// signUpPrivacyNote reports a sign-up form's consent note (see
// consentLine): the site speaking ("we …", "by signing up you …") about
// the reader's sign-up, e-mail or details, then the pointer to the privacy
// notice. A story sentence about someone else's use of data has no such
// speaker.
func signUpPrivacyNote(lower string) bool {
	if !rePrivacyPointer.MatchString(lower) {
		return false
	}
	if !strings.HasPrefix(lower, "we ") && !strings.Contains(lower, " we ") && !strings.HasPrefix(lower, "by signing up") &&
		!strings.HasPrefix(lower, "by subscribing") && !strings.HasPrefix(lower, "by entering") {
		return false
	}
	for _, w := range []string{"your sign-up", "your sign up", "your signup", "your subscription", "your email", "your e-mail",
		"your details", "your data", "your information", "your personal"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
