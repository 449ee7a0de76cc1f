package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// Furniture of e-mail digests, wire services, court reports, match reports,
// live pages and newsletters, by its shape and wording: an issue line, a
// contents greeting, a "read the full … on the website" link, a sponsor
// box, a service line, a reporting-restrictions notice, a stat box, a
// reaction section's heading, a teaser for another page, a post's author
// line and a like/comment counter.

var (
	// reIssueNumber matches one part of a digest's issue line: "Issue 87",
	// "No. 48", "Vol. 3", "Edition 9", "#212".
	reIssueNumber = regexp.MustCompile(`^(?i:issue|no\.?|number|vol\.?|volume|edition|#)\s*\d{1,5}$`)

	// reDigestContents matches what a digest says it holds: "In today's
	// briefing: …", "in this week's newsletter".
	reDigestContents = regexp.MustCompile(`(?i)(?:^|^[^.!?]{0,40}[.!]\s+)in (?:today['’]s|tonight['’]s|this (?:morning['’]s|evening['’]s|week['’]s|month['’]s)|this|the latest) (?:briefing|newsletter|edition|issue|e-?mail|bulletin|digest|round-?up|dispatch|letter)\s*[:,—–-]`)

	// reFullOnSite matches a link to the whole of something on the outlet's
	// site: "Read the complete ruling on the Gazette website", "See
	// the complete list at our site".
	reFullOnSite = regexp.MustCompile(`^(?i:read|see|view|download|watch|listen to|get) (?i:the |our )?(?i:full|whole|complete|entire)\b[^.!?]{0,60}\b(?i:on|at|via|in|from) (?i:the |our )?[^.!?]{0,40}\b(?i:website|web site|site|app|homepage|page)\s*[.:›»→]?$`)

	// reRestrictionsNotice matches a court report's legal notice:
	// "Reporting restrictions: …", "Legal note: …", "Contempt warning: …",
	// "This report is subject to an order under …".
	reRestrictionsNotice = regexp.MustCompile(`^(?i:(?:reporting|publication) restrictions?|legal (?:note|notice|warning)|contempt (?:of court )?(?:note|notice|warning)|court (?:order|notice)|anonymity order|note to readers)\s*[:—–-]\s*\S|^(?i:this (?:report|article|story|coverage|account) (?:is|was|has been) (?:published |written )?(?:subject to|restricted by|limited by) (?:an? |the )?(?:order|orders|reporting restrictions?|restrictions?|the contempt of court act)\b)`)

	// reTeaser matches a teaser for another page set in the body: a label in
	// capitals or a known label, a colon and a headline: "LIVE: Floods close
	// …", "WATCH: …", "Latest: …".
	reTeaser = regexp.MustCompile(`^(?:LIVE|LATEST|WATCH|LISTEN|VIDEO|PODCAST|GALLERY|IN PICTURES|PICTURES|EXPLAINED|EXPLAINER|ANALYSIS|OPINION|INTERACTIVE|MAP|READ|MORE|ALSO READ|SEE ALSO|(?i:live|latest|live updates|live blog|in pictures|interactive|also read|see also))\s*[:|›»]\s+\p{Lu}`)

	// reStatBox matches a match report's stat box: a label (a player or a
	// scorer "of the match"), a name, perhaps the team in brackets, a dash
	// and a list of figures: "Player of the match: Ana Ruiz (Rovers) — 2
	// goals, 1 assist".
	reStatBox = regexp.MustCompile(`^(?i:(?:player|man|woman|star|hero|pick)s? of the (?:match|game|day|tie|round|series|race)|top (?:scorer|performer)s?|star (?:man|woman|player|performer)|standout)\s*:\s*\p{Lu}[^:.!?"“”]{1,60}?\s[—–-]\s(?:\d[\d.,]*%? [\p{L} -]{1,20}?(?:,\s*|\s+and\s+|$)){1,6}$`)

	// reReactionHeading matches the heading of a section of reactions:
	// "What they said", "What the managers said", "In their own words",
	// "Reaction".
	reReactionHeading = regexp.MustCompile(`^(?i:what (?:they|the (?:\p{L}+ ?){1,2}|people|fans|readers|players|managers|coaches) (?:said|say|are saying|had to say|told us)|in (?:their|his|her) own words|reactions?|the reaction|key quotes|quotes of the (?:day|week|match)|how (?:they|people|\p{L}+) reacted|what was said)$`)

	// rePostAuthor matches a pasted post's author line: a display name,
	// perhaps a verified mark, and the handle: "ola ✓ @ola_b".
	rePostAuthor = regexp.MustCompile(`^[\p{L}\p{M}\d.'’ -]{1,40}?(?:\s*[✓✔☑]\x{FE0F}?)?\s+@[A-Za-z0-9_.]{1,30}$`)
)

// sponsorLabels open a sponsor's box in a newsletter.
var sponsorLabels = setOf("sponsored", "sponsored content", "sponsor", "our sponsor", "from our sponsor", "from our sponsors",
	"a word from our sponsor", "a message from our sponsor", "advertisement", "promoted", "paid content", "paid post",
	"partner content", "in partnership with", "presented by", "supported by")

// counterWords may follow a figure in a like, comment or share counter.
var counterWords = setOf("like", "likes", "comment", "comments", "share", "shares", "repost", "reposts", "restack",
	"restacks", "view", "views", "reply", "replies", "heart", "hearts", "reaction", "reactions", "vote", "votes")

// digestOrNoticeKind classifies the lines above; keep when none fits.
func digestOrNoticeKind(s, lower string, words int) junk {
	switch {
	case words <= 8 && strings.Contains(s, "@") && rePostAuthor.MatchString(s):
		return junkChrome
	case words <= 10 && (strings.Contains(lower, "issue") || strings.Contains(lower, "no") || strings.Contains(lower, "vol") ||
		strings.Contains(lower, "edition") || strings.Contains(s, "#")) && issueLine(s):
		return junkChrome // the digest's, not the story's date: no header line
	case words <= 40 && (strings.HasPrefix(lower, "in ") || strings.Contains(lower, " in ")) && !strings.ContainsAny(s, "\"“”«»„") && reDigestContents.MatchString(s):
		return junkChrome
	case words <= 25 && (strings.Contains(lower, "full") || strings.Contains(lower, "whole") || strings.Contains(lower, "complete") ||
		strings.Contains(lower, "entire")) && reFullOnSite.MatchString(s):
		return junkChrome
	case words <= 20 && strings.ContainsAny(s, ":|›»") && !endsSentence(s) && reTeaser.MatchString(s):
		return junkRelated
	case words <= 25 && strings.Contains(lower, ":") && strings.ContainsAny(s, "0123456789") && reStatBox.MatchString(s):
		return junkChrome
	case words <= 10 && strings.ContainsAny(s, "0123456789") && counterLine(s):
		return junkChrome
	}
	return keep
}

// restrictionsNotice reports a court report's legal notice
// (reRestrictionsNotice) of up to 80 words, which may run longer than the
// lines classify looks at. Its first word comes first: the test runs on
// every paragraph of a page.
func restrictionsNotice(s string, words int) bool {
	if words > 80 || len(s) >= 800 || len(s) < 12 {
		return false
	}
	first := s
	if k := strings.IndexByte(s, ' '); k > 0 {
		first = s[:k]
	}
	first = strings.TrimLeft(first, "*_([")
	switch {
	case strings.EqualFold(first, "this"):
		if !strings.Contains(s, "subject to") && !strings.Contains(s, "restricted by") && !strings.Contains(s, "limited by") {
			return false
		}
	case !oneOfFold(first, "reporting", "publication", "legal", "contempt", "court", "anonymity", "note"):
		return false
	}
	return reRestrictionsNotice.MatchString(s)
}

// oneOfFold reports whether s is one of the words, ignoring case, without
// allocating a lower-cased copy.
func oneOfFold(s string, words ...string) bool {
	for _, w := range words {
		if len(s) == len(w) && strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// issueLine reports a digest's issue line: a date and an issue number,
// apart by a separator ("Monday 4 May 2026 | Issue 87", "No. 48 ·
// 2 May 2026").
func issueLine(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	parts := splitHeader(s)
	if len(parts) < 2 {
		return false
	}
	dated, numbered := false, false
	for _, p := range parts {
		switch {
		case reIssueNumber.MatchString(p):
			numbered = true
		case isDateLine(p):
			dated = true
		default:
			return false
		}
	}
	return dated && numbered
}

// counterLine reports a line of like, comment or share counters: figures,
// each with a counter word or a sign (♡, 💬, 🔁), and nothing else: "♡ 412 ·
// 💬 37 comments", "1.2K likes 40 replies".
func counterLine(s string) bool {
	figures, signs := 0, 0
	for rest := strings.TrimSpace(s); rest != ""; {
		f, after, _ := strings.Cut(rest, " ")
		rest = strings.TrimLeft(after, " ")
		if f == "" {
			continue
		}
		switch {
		case strings.IndexFunc(f, unicode.IsLetter) < 0 && strings.IndexFunc(f, unicode.IsDigit) >= 0:
			figures++
		case counterWord(f):
		case len(f) <= 4 && f[0] >= '0' && f[0] <= '9' && (strings.HasSuffix(f, "K") || strings.HasSuffix(f, "k") || strings.HasSuffix(f, "M")):
			figures++
		case strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0:
			if f != "·" && f != "|" && f != "•" && f != "-" && f != "—" && f != "–" {
				signs++
			}
		default:
			return false
		}
	}
	return figures >= 1 && (signs >= 1 || figures >= 2)
}

// counterWord reports a word of counterWords, in any case.
func counterWord(f string) bool {
	if len(f) > 9 {
		return false
	}
	for w := range counterWords {
		if len(w) == len(f) && strings.EqualFold(w, f) {
			return true
		}
	}
	return false
}

// serviceLabel reports one part of a news agency's service line: a
// service, desk or feed ("English Service", "World Desk", "Newswire").
func serviceLabel(p string) bool {
	n := wordCount(p)
	if n == 0 || n > 4 || strings.ContainsAny(p, "0123456789.,;:!?\"“”") || !isBylineNames(p) {
		return false
	}
	last := p[strings.LastIndexByte(p, ' ')+1:]
	switch strings.ToLower(last) {
	case "service", "desk", "wire", "newswire", "feed", "bulletin", "newsfeed":
		return true
	}
	return false
}

// sponsorLabel reports a sponsor box's label (sponsorLabels), in any case.
func sponsorLabel(s string) bool {
	key := strings.TrimRight(strings.TrimLeft(s, "•·*>-–— "), " :…|.»›")
	if len(key) < 6 || len(key) > 30 {
		return false
	}
	for l := range sponsorLabels {
		if len(l) == len(key) && strings.EqualFold(l, key) {
			return true
		}
	}
	return false
}

// removeSponsorBoxes removes a newsletter's sponsor box: a sponsor label
// ("SPONSORED", "A word from our sponsor") and the lines under it in its
// block, up to the rule that closes the box, when the box is short. The
// box's text is wrapped over several lines that read like prose; the
// rule around it and the label are what tell it.
func removeSponsorBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := range units {
		if wc[i] > 6 || len(units[i].text) > 60 || kinds[i] != keep && kinds[i] != junkChrome || units[i].role != "" {
			continue
		}
		if !sponsorLabel(units[i].text) {
			continue
		}
		words, end := 0, -1
		for j := i + 1; j < len(units) && j <= i+8 && units[j].block == units[i].block && units[j].role == ""; j++ {
			if !strings.ContainsFunc(units[j].text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
				end = j // the rule closing the box
				break
			}
			words += wc[j]
		}
		if end < 0 || end == i+1 || words > 80 {
			continue
		}
		for j := i; j < end; j++ {
			if kinds[j] == keep {
				kinds[j] = junkChrome
				removed[j] = []string{units[j].text}
			}
		}
	}
}

// removeReactionHeadings removes the heading of a section of reactions
// ("What they said") over lines that each give a speaker's label and
// quotation ("Name, role: “…”") or a quotation over its "— Name, role"
// line: the heading labels a box, the quotations are the story's.
func removeReactionHeadings(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := range units {
		if kinds[i] != keep || units[i].role != "" || wc[i] > 7 || len(units[i].text) > 60 || endsSentence(units[i].text) {
			continue
		}
		if t := units[i].text; !strings.Contains(t, "sa") && !strings.Contains(t, "words") && !strings.Contains(t, "eact") &&
			!strings.Contains(t, "uote") && !strings.Contains(t, "told") && !strings.Contains(t, "SA") && !strings.Contains(t, "WORDS") &&
			!strings.Contains(t, "EACT") && !strings.Contains(t, "UOTE") || !reReactionHeading.MatchString(strings.TrimRight(t, ": ")) {
			continue
		}
		j := i + 1
		for j < len(units) && kinds[j] != keep {
			j++
		}
		if j < len(units) && (labelledQuote(units[j].text) || dashCreditedQuote(units, kinds, j)) || transcriptFollows(units, kinds, i) { // reaction_transcript_headings.go
			kinds[i] = junkChrome
			removed[i] = []string{units[i].text}
		}
	}
}

// labelledQuote reports a line that opens with a speaker's label and a
// colon and goes on with a quotation: "Ana Ruiz, coach: “We …”".
func labelledQuote(s string) bool {
	label, rest, ok := strings.Cut(s, ":")
	if !ok || wordCount(label) > 10 {
		return false
	}
	rest = strings.TrimSpace(rest)
	return strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "«") || strings.HasPrefix(rest, "„")
}

// agencyServiceLine reports the line a news agency files above a wire in
// any language: its name, its service ("English Service", "Servicio en
// inglés", "Service en anglais", "Englischer Dienst") and the date or time
// filed, each part set apart by a separator ("Agencia Sur · Servicio en
// inglés · 03-11-2026 · 08:05 h (hora local)"). Every part must be one of
// those three; one a service and one a date or time.
func agencyServiceLine(parts []string) bool {
	if len(parts) < 3 || len(parts) > 6 {
		return false
	}
	services, stamps := 0, 0
	for _, p := range parts {
		switch {
		case agencyServiceName(p):
			services++
		case filedStamp(p):
			stamps++
		case wordCount(p) <= 4 && isBylineNames(p):
		default:
			return false
		}
	}
	return services == 1 && stamps >= 1
}

// agencyServiceLineBySeparator reads an agency's service line whose
// service is named in two languages parted by a slash ("Centralna Agencja
// – Serwis angielski / English Service – 14.10.2027, 15:22 CET"):
// splitHeader parts the line at the slash, the first separator it tries,
// so the line is parted here at each other separator it holds.
func agencyServiceLineBySeparator(s string) bool {
	if !strings.Contains(s, " / ") {
		return false
	}
	for _, sep := range headerSeparators[1:] {
		if !strings.Contains(s, sep) {
			continue
		}
		var parts []string
		for _, p := range strings.Split(s, sep) {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		if agencyServiceLine(parts) {
			return true
		}
	}
	return false
}

// agencyServiceName reports a service's name in a few languages: two to
// five words without figures, the word for service, desk or wire first or
// last ("Servicio en inglés", "Servizio in inglese", "World Desk"), or the
// name given in two languages parted by a slash ("Serwis angielski /
// English Service"), one of them such a name.
func agencyServiceName(p string) bool {
	if a, b, ok := strings.Cut(p, " / "); ok {
		return wordCount(a) <= 5 && wordCount(b) <= 5 && !strings.ContainsAny(p, "0123456789") &&
			(agencyServiceName(a) || agencyServiceName(b))
	}
	f := strings.Fields(p)
	if len(f) < 2 || len(f) > 5 || strings.ContainsAny(p, "0123456789,;:!?\"“”()") {
		return false
	}
	if serviceLabel(p) {
		return true
	}
	first, last := strings.ToLower(f[0]), strings.ToLower(f[len(f)-1])
	switch first {
	case "servicio", "servizio", "serviço", "service", "dienst", "serwis", "servis":
		return true
	}
	return last == "dienst" || strings.HasSuffix(last, "dienst")
}

// reFiledStamp matches a date or time filed: "09-10-2026", "3.11.2026",
// "14:22", "14:22 h", "8.05 GMT", a note on the clock in brackets after it.
var reFiledStamp = regexp.MustCompile(`^(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}[:.h]\d{2}(?: ?h)?(?: [A-Z]{2,5})?)(?: \([^()]{1,30}\))?$`)

// filedStamp reports a part of a service line giving when it was filed.
func filedStamp(p string) bool {
	return reFiledStamp.MatchString(p) || isDateLine(p)
}
