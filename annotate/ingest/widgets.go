package ingest

import (
	"regexp"
	"strings"
)

// Kinds of page furniture first met on unseen pages (issue 12): the widgets a page
// sets between the story's paragraphs (a search box with its button, a
// live ticker, a summary box), what an embedded social post leaves behind,
// a podcast page's section labels and sponsor breaks, and the labelled
// links, disclaimers and end marks around a story. Each is told by its
// shape or its place on the page, never by an outlet's words.

// reButton matches a form's button set as text: a short label in square
// brackets ("[ Search ]", "[ Send ]", "[AD BREAK]").
var reButton = regexp.MustCompile(`^\[\s*\p{L}[\p{L}'’ -]{0,28}?\s*\]$`)

// button reports a bracketed label of one to three words.
func button(s string, words int) bool {
	if words > 5 || !strings.HasPrefix(s, "[") || !reButton.MatchString(s) {
		return false
	}
	n := wordCount(strings.Trim(s, "[] "))
	return n >= 1 && n <= 3
}

// breakWords name a break in a programme: "[SPONSOR BREAK]", "[Ad break]",
// "[Midroll advert]".
var breakWords = setOf("break", "sponsor", "sponsors", "sponsored", "advert", "adverts", "advertisement", "ad", "ads",
	"commercial", "commercials", "promo", "midroll", "mid-roll")

// breakMarker reports a bracketed marker of a break in a transcript.
func breakMarker(s string, words int) bool {
	if !button(s, words) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(strings.Trim(s, "[] "))) {
		if breakWords[w] {
			return true
		}
	}
	return false
}

// reHandleCredit matches the attribution an embedded social post leaves:
// "— Ada Brill (@adabrill) 2 May 2026", "A video shared by Tom Ek
// (@tomek.films)". What follows the handle, if anything, is a date.
var reHandleCredit = regexp.MustCompile(`^(?:[—–-]\s*|(?i:an? \p{L}+ (?:shared|posted) by )|)\p{Lu}[\p{L}.'’ -]{0,40}\s\(@[\p{L}\d_.]{1,30}\)(.*)$`)

// handleCredit reports an embedded post's attribution line (reHandleCredit)
// with nothing after the handle but a date.
func handleCredit(s string, words int) bool {
	if words > 14 || !strings.Contains(s, "(@") {
		return false
	}
	m := reHandleCredit.FindStringSubmatch(withoutEmoji(s)) // "— Name 🔭 (@handle)" (emoji_display_names.go)
	if m == nil {
		return false
	}
	rest := strings.TrimSpace(m[1])
	return rest == "" || isDateLine(rest)
}

// reEmbedView matches an embed's link to the post on its platform: "View
// this post on Instagram", "See the whole thread on Bluesky", "Open this
// video in TikTok".
var reEmbedView = regexp.MustCompile(`^(?i:view|see|open)(?i: (?:this|the|the whole|the full|more))? (?i:posts?|tweets?|videos?|photos?|reels?|threads?|images?|clips?|stories) (?i:on|in) \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?$`)

// ctaExtra are the imperatives a labelled link opens with besides ctaVerbs:
// "How your councillor voted: search the list", "Your area: check the
// map".
var ctaExtra = setOf("search", "find", "see", "check", "browse", "look", "compare", "view", "calculate", "learn", "use")

// labelledLink reports a short link line: a label of up to five words, a
// colon, and a call to act ("Where the money went: browse every grant",
// "How your MP voted: search the full division list"), with no sentence
// end, no quotation and no reporting verb.
func labelledLink(s, lower string, words int) bool {
	if words > 14 || endsSentence(s) || strings.ContainsAny(s, "\"“”«»") || reported(lower) {
		return false
	}
	label, rest, ok := strings.Cut(lower, ": ")
	if !ok || wordCount(label) > 5 || wordCount(rest) < 2 {
		return false
	}
	first, second := firstWords(rest)
	return (ctaVerbs[first] || ctaExtra[first]) && !pastOrThird(second)
}

// reDisclaimer matches a legal disclaimer that names itself in its label:
// "Forward-looking statements: …", "Safe harbour statement — …",
// "Cautionary note: …".
var reDisclaimer = regexp.MustCompile(`^(?i:forward[- ]looking (?:statements?|information)|cautionary (?:note|statement|language)s?|safe harbou?r(?: statement| notice)?|investment disclaimer)\s*[:—–-]\s*\S`)

// disclaimer reports a labelled legal disclaimer paragraph that is no
// reported statement.
func disclaimer(s, lower string, words int) bool {
	// the expression runs only on lines that open like a label of its
	if words > 80 || !strings.HasPrefix(lower, "forward") && !strings.HasPrefix(lower, "cautionary") &&
		!strings.HasPrefix(lower, "safe harb") && !strings.HasPrefix(lower, "investment") {
		return false
	}
	return reDisclaimer.MatchString(s) && !strings.ContainsAny(s, "\"“”")
}

// reEndMark matches a press release's end mark in capitals: "ENDS", "-
// END -", "— ENDS —".
var reEndMark = regexp.MustCompile(`^[-–—*\s]*ENDS?[-–—*\s]*$`)

// reShowAll matches a widget's control that opens more of it: "Show all 94
// updates", "Load 12 more posts", "See every update".
var reShowAll = regexp.MustCompile(`^(?i:show|see|view|load|read|expand)(?i: (?:all|every|more|the|older|earlier|latest))*(?: \d[\d,]*)?(?i: (?:more|older|earlier|new|latest))? (?i:updates?|posts?|entries|events|moments|results)$`)

// rePageHeading matches a heading that names the page's own parts: "About
// this episode", "In this article", "Full transcript", "Show notes", and a
// transcript named by what it transcribes ("Video transcript", "Full audio
// transcript", "Edited transcript").
var rePageHeading = regexp.MustCompile(`^(?i:(?:about|in|on|inside|from) (?:this|today['’]s) (?:episode|article|story|page|edition|issue|newsletter|series|briefing|guide|report)|(?:(?:the|full|complete|read the|read the full) )?(?:(?:episode|interview|video|audio|podcast|broadcast|programme|program|edited) )?(?:transcript|show notes|episode notes))$`)

// pageQuestion reports a feedback prompt about the page, perhaps with its
// answer buttons: "Was this page helpful? Yes No", "Did this article
// answer your question?".
func pageQuestion(s, lower string, words int) bool {
	if words > 12 || strings.ContainsAny(s, "\"“”") {
		return false
	}
	q, rest, ok := strings.Cut(lower, "?")
	if !ok || wordCount(rest) > 3 || wordCount(q) > 8 {
		return false
	}
	return rePageDeixis.MatchString(q) && !reported(lower)
}

// labelledDates reports a line of labelled dates set apart by "·" or "|",
// one of them a stamp of the page's life ("Page last reviewed: 4 May 2026
// · Next review due: May 2027"): every part is a label of up to four words
// and a date.
func labelledDates(s string) bool {
	parts := splitHeader(s)
	if len(parts) < 2 || endsSentence(s) {
		return false
	}
	stamp := false
	for _, p := range parts {
		label, date, ok := strings.Cut(p, ":")
		if !ok || wordCount(label) > 4 || !isDateLine(strings.TrimSpace(date)) {
			return false
		}
		stamp = stamp || stampLine(p, wordCount(p))
	}
	return stamp
}

// reSourceLabel matches the label of a line that points to the story's
// sources or the work it reports on: "Sources: …", "Further reading: …",
// "Read the full report: …", "See the ruling: …", "Read the full speech:
// … (as prepared for delivery)".
var reSourceLabel = regexp.MustCompile(`^(?i:sources?|references?|citations?|further reading|(?:read|see|view|download|watch) (?:the )?(?:full )?(?:study|paper|report|research|ruling|judgment|judgement|data|survey|speech|address|remarks|lecture|transcript|statement))\s*:\s*\S`)

// sourceOpeners are the words reSourceLabel opens with; the expression runs
// only on lines that start with one.
var sourceOpeners = []string{"source", "reference", "citation", "further reading", "read ", "see ", "view ", "download ", "watch "}

// sourceLine reports a line that lists the story's sources or cites the
// work it reports on, with no reporting verb: a trailer, not news. What
// follows the label is a citation with no sentence end or a list of short
// items set apart by semicolons, never a sentence ("Source: filings show
// the deal closed in May.").
func sourceLine(s, lower string, words int) bool {
	if words > 30 || !hasPrefix(lower, sourceOpeners) || !reSourceLabel.MatchString(s) || reported(lower) {
		return false
	}
	if !endsSentence(s) {
		return true
	}
	_, rest, _ := strings.Cut(s, ":")
	items := strings.Split(rest, ";")
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		if n := wordCount(it); n == 0 || n > 6 {
			return false
		}
	}
	return true
}

// reAdviceDisclaimer matches a page's note that it is no advice: "This
// guide is for general information only", "this page is not legal
// advice".
var reAdviceDisclaimer = regexp.MustCompile(`^this (?:column|article|page|guide|feature|newsletter|content|piece|blog|post) (?:is|does) (?:(?:intended )?(?:for|as) general (?:information|guidance)(?: only)?|not (?:constitute )?(?:\w+ )?advice)\b`)

// adviceDisclaimer reports a column's standing note that it is general
// information and no advice, with no quotation and no reporting verb.
func adviceDisclaimer(s, lower string, words int) bool {
	return words <= 60 && strings.HasPrefix(lower, "this ") && reAdviceDisclaimer.MatchString(lower) &&
		!strings.ContainsAny(s, "\"“”") && !reported(lower)
}

// reMoreOf matches a link line to more of the page's kind: "See all
// results from the county count", "Browse every review of the festival",
// "View the full fixtures for March".
var reMoreOf = regexp.MustCompile(`^(?i:see|view|browse|explore) (?i:all|every|the full|full|all the|the latest) (?i:results?|updates?|coverage|reviews?|stories|story|scores?|fixtures?|tables?|standings|listings?)(?: (?i:from|for|of|in|on) .{1,60})?$`)

// moreOfOpeners are the words reMoreOf opens with.
var moreOfOpeners = []string{"see ", "view ", "browse ", "explore "}

// inlineWidgetKind classifies the line kinds above; keep when none fits.
func inlineWidgetKind(s, lower string, words int) junk {
	switch {
	case button(s, words):
		return junkChrome
	case handleCredit(s, words):
		return junkCredit
	case words <= 8 && reEmbedView.MatchString(s):
		return junkChrome
	case words <= 8 && reShowAll.MatchString(s):
		return junkChrome
	case words <= 4 && reEndMark.MatchString(s):
		return junkTrailer
	case words <= 5 && rePageHeading.MatchString(strings.TrimRight(s, ": ")):
		return junkChrome
	case labelledLink(s, lower, words) || pageQuestion(s, lower, words):
		return junkChrome
	case words <= 20 && labelledDates(s):
		return junkDate
	case words <= 12 && hasPrefix(lower, moreOfOpeners) && !endsSentence(s) && reMoreOf.MatchString(s) && !reported(lower):
		return junkChrome
	case sourceLine(s, lower, words) || adviceDisclaimer(s, lower, words):
		return junkTrailer
	}
	return labelCitationOrDisclaimerKind(s, lower, words)
}

// widgetText reports a line that may belong to a widget: short, with no
// quotation and no reporting verb.
func widgetText(u unit, k junk, words int) bool {
	return k == keep && u.role == "" && words <= 40 && !strings.ContainsAny(u.text, "\"“”‘«»") && !reported(strings.ToLower(u.text))
}

// removeFormBlocks removes a form set between the story's paragraphs: a
// block that ends with a bracketed button ("[ Search ]") and holds
// nothing else but a few short lines (its heading, its prompt), none of
// them a quotation. A button is what tells the block from a paragraph;
// its lines go with it.
func removeFormBlocks(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] == keep || !button(u.text, wc[i]) || i+1 < len(units) && units[i+1].block == u.block {
			continue
		}
		start := i
		for start > 0 && units[start-1].block == u.block {
			start--
		}
		if i-start > 4 {
			continue
		}
		// a prompt may say "reported" ("See what has been reported near
		// you"): the button, not the verb, tells the block
		ok := true
		for j := start; j < i; j++ {
			if kinds[j] == keep && (units[j].role != "" || wc[j] > 40 || strings.ContainsAny(units[j].text, "\"“”‘«»")) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for j := start; j < i; j++ {
			if kinds[j] == keep {
				kinds[j] = junkChrome
				removed[j] = []string{units[j].text}
			}
		}
	}
}

// reSpeakerTurn matches a transcript turn: a label in capitals and a colon
// ("HOST: …", "DR. LIND: …").
var reSpeakerTurn = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ -]{1,30}:\s`)

// removeBreaks removes what a transcript carries inside a break: after a
// bracketed break marker ("[AD BREAK]"), the kept lines up to the next
// marker or time stamp, when there are at most three and none is a
// speaker's turn, a quotation or a reported sentence: the sponsor's read,
// not the programme.
func removeBreaks(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] == keep || !breakMarker(u.text, wc[i]) {
			continue
		}
		var lines []int
		j := i + 1
		for ; j < len(units) && kinds[j] == keep; j++ {
			if len(lines) == 3 || !widgetText(units[j], kinds[j], wc[j]) || reSpeakerTurn.MatchString(units[j].text) {
				lines = nil
				break
			}
			lines = append(lines, j)
		}
		if j >= len(units) {
			continue // the break has no end on the page
		}
		for _, k := range lines {
			kinds[k] = junkChrome
			removed[k] = []string{units[k].text}
		}
	}
}

// reMinute matches a live ticker's minute marker, alone or opening its
// entry: "71'", "45+2’", "FT", "HT".
var reMinute = regexp.MustCompile(`^(?:\d{1,3}(?:\+\d{1,2})?['’′]|FT|HT|KO)(?:\s|$)`)

// minuteStart reports a line opening with a minute marker (reMinute),
// testing its first byte before the expression.
func minuteStart(s string) bool {
	if s == "" || (s[0] < '0' || s[0] > '9') && s[0] != 'F' && s[0] != 'H' && s[0] != 'K' {
		return false
	}
	return reMinute.MatchString(s)
}

// removeTickers removes a live ticker set inside a report: a run of short
// lines (widgetText, at most twenty words) holding two minute markers or
// more, with the short heading just above it ("As it happened") and the
// lines of the last marker's entry. The report's paragraphs are longer.
func removeTickers(units []unit, kinds []junk, removed [][]string, wc []int) {
	short := func(j int) bool { return widgetText(units[j], kinds[j], wc[j]) && wc[j] <= 20 }
	for i := 0; i < len(units); i++ {
		if kinds[i] != keep || !minuteStart(units[i].text) || !short(i) {
			continue
		}
		// the run of short kept lines from this marker, and its markers
		var run []int
		markers, last := 0, -1
		for j := i; j < len(units); j++ {
			if kinds[j] != keep {
				continue
			}
			if !short(j) {
				break
			}
			run = append(run, j)
			if minuteStart(units[j].text) {
				markers++
				last = len(run)
			}
		}
		if markers < 2 {
			continue
		}
		// after the last marker: its entry (one or two lines when the
		// marker stands alone, none when it opens its entry) and the
		// ticker's controls, already furniture
		end := last
		if wc[run[last-1]] <= 1 {
			end = min(len(run), last+2)
		}
		take := append([]int(nil), run[:end]...)
		if h := i - 1; h >= 0 && kinds[h] == keep && units[h].role == "" && wc[h] <= 4 && !endsSentence(units[h].text) {
			take = append(take, h)
		}
		for _, k := range take {
			kinds[k] = junkChrome
			removed[k] = []string{units[k].text}
		}
		i = run[end-1]
	}
}

// reSummaryHeading matches the heading of a summary box: "Key points",
// "At a glance", "In brief", "What you need to know".
var reSummaryHeading = regexp.MustCompile(`^(?i:key (?:points|facts|findings|takeaways)|at a glance|in brief|in short|(?:the )?(?:short|quick) version|summary|highlights|takeaways|(?:what|things) you need to know|tl;?dr)$`)

// removeSummaryBoxes removes a summary box: a heading of a few words that
// names one (reSummaryHeading) and the block of short lines under it (a
// list), each at most thirty words, none a quotation or a reported
// sentence. It repeats the story in brief.
func removeSummaryBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 6 || !reSummaryHeading.MatchString(strings.Trim(u.text, ":*_ ")) {
			continue
		}
		j := i + 1
		for j < len(units) && kinds[j] != keep {
			j++
		}
		if j >= len(units) {
			continue
		}
		b := units[j].block
		var items []int
		for k := j; k < len(units) && (units[k].block == b || units[k].block == u.block && k > i); k++ {
			if kinds[k] != keep {
				continue
			}
			if !widgetText(units[k], kinds[k], wc[k]) || wc[k] > 30 {
				items = nil
				break
			}
			items = append(items, k)
		}
		if len(items) < 2 || len(items) > 8 {
			continue
		}
		for _, k := range append(items, i) {
			kinds[k] = junkChrome
			removed[k] = []string{units[k].text}
		}
	}
}
