package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// Furniture of e-mails saved as text, of wire stories and of pasted live
// chats: a mail's header lines, greeting, buttons, sign-off and charity
// footer; a wire's summary bullets and the capitals heading over its
// fixed-width table; the timed lines of a chat; a court report's note on
// the law it reports under.
var (
	// reMailHeader matches a mail header line: "Subject: …", "Date: …".
	reMailHeader = regexp.MustCompile(`^(?:From|To|Cc|Bcc|Subject|Date|Sent|Reply-To):\s+\S`)
	// reGreeting matches a letter's salutation alone on its line.
	reGreeting = regexp.MustCompile(`^Dear(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3},$`)
	// reMailButton matches a button drawn in text: ">> DONATE NOW <<",
	// "[ SIGN UP ]", with or without its link after it.
	reMailButton = regexp.MustCompile(`^(?:>>|\[)\s*[\p{Lu}\d][\p{Lu}\d '’&!-]{1,30}?\s*(?:<<|\])\s*(?:https?://\S+)?$`)
	// reValediction matches a letter's closing words on their own line.
	reValediction = regexp.MustCompile(`(?i)^(?:with |many |warm(?:est)? |kind(?:est)? |best )?(?:thanks|regards|wishes|love)\b[^.!?"“”]{0,30},$|^(?i:yours (?:sincerely|faithfully|truly)|sincerely|thank you)[^.!?"“”]{0,20},$`)
	// reCharityFooter matches a charity's or company's registration note.
	reCharityFooter = regexp.MustCompile(`(?i)\bis a registered charity\b|\bregistered charity (?:no|number)\b|\bcharity (?:no\.?|number|registration)\s*:?\s*[A-Z]*\d`)
	// reMailReason matches the note telling why the mail came: "You are
	// receiving this email because …", "You're receiving the Courier
	// because you subscribed at …".
	reMailReason = regexp.MustCompile(`(?i)^you (?:are receiving|received|have received|got) this (?:e-?mail|message|newsletter) because\b|^you(?:['’]re| are) (?:receiving|getting) (?:this|the|our)(?: \S+){1,3} because you (?:subscribed|signed up|opted in)\b`)
	// reChatLine matches a timed chat message: "12:04 Darren_K: …",
	// "12:09 Ravensmoor Police (moderator): …".
	reChatLine = regexp.MustCompile(`^\d{1,2}:\d{2}\s+[^\s:][^:]{0,40}?(?:\s\([^)]{1,20}\))?:\s+\S`)
	// reChatHeading matches the line over a pasted chat.
	reChatHeading = regexp.MustCompile(`(?i)^(?:from |in )?(?:the )?(?:live )?(?:chat|comments)(?: (?:box|stream|feed))?:$`)
	// reCourtNote matches a court report's note on the law it is written
	// under: "Court cases are reported in accordance with the Contempt of
	// Court Act …".
	reCourtNote = regexp.MustCompile(`(?i)^(?:all )?(?:court )?(?:cases|reports|hearings) (?:are|is|were) reported in accordance with\b`)
)

// emailWireOrChatKind classifies a line of these kinds that needs no
// neighbours: the court-reporting note (at any paragraph length, as it
// runs to two sentences) and a button drawn in text.
func emailWireOrChatKind(s string, words int) junk {
	if words <= 60 && reCourtNote.MatchString(s) {
		return junkTrailer
	}
	if words <= 6 && (strings.HasPrefix(s, ">>") || strings.HasPrefix(s, "[")) && reMailButton.MatchString(s) {
		return junkChrome
	}
	return keep
}

// removeEmailsWiresAndChats takes the furniture that needs its neighbours
// to be told: a mail's header block, greeting, sign-off, ruled box and
// footers; a wire's summary bullets and table heading; a pasted chat.
func removeEmailsWiresAndChats(units []unit, kinds []junk, removed [][]string, wc []int) {
	take := func(i int, k junk) {
		if kinds[i] == keep && units[i].role == "" {
			kinds[i] = k
			removed[i] = []string{units[i].text}
		}
	}
	if mailHeaders(units) {
		removeMailFurniture(units, kinds, wc, take)
	}
	removeWireBullets(units, kinds, removed)
	removeCapitalTableHeadings(units, kinds, take)
	removeChatRuns(units, take)
}

// mailHeaders reports a page that opens as a saved e-mail: two header
// lines or more among its first lines.
func mailHeaders(units []unit) bool {
	n := 0
	for i := 0; i < len(units) && i < 8; i++ {
		if reMailHeader.MatchString(units[i].text) {
			n++
		}
	}
	return n >= 2
}

// removeMailFurniture takes a saved e-mail's own lines: the header block at
// the top, the greeting, the writer's sign-off (the closing words and the
// name and title under them, leaving a P.S. after them to the letter), a
// line boxed between two rules, and the registration and why-you-got-this
// footers, all their wrapped lines.
func removeMailFurniture(units []unit, kinds []junk, wc []int, take func(int, junk)) {
	for i := 0; i < len(units) && i < 8; i++ {
		if reMailHeader.MatchString(units[i].text) {
			take(i, junkChrome)
		}
	}
	for i, u := range units {
		switch {
		case reGreeting.MatchString(u.text):
			// a greeting stands where a byline would, between the
			// standfirst and the letter: header furniture, as a caption is
			take(i, junkCaption)
		case wc[i] <= 8 && reValediction.MatchString(u.text):
			if j := signatureEnd(units, wc, i+1); j > i+1 {
				for k := i; k < j; k++ {
					take(k, junkTrailer)
				}
			}
		case i > 0 && kinds[i] == keep && kinds[i-1] != keep && units[i-1].block == u.block && units[i-1].wrap &&
			wc[i] <= 8 && !endsSentence(u.text):
			// the wrapped end of a footer line taken whole ("Unsubscribe:
			// … | Update your" over "preferences | Privacy policy")
			take(i, junkTrailer)
		case i > 0 && i+1 < len(units) && ruleLine(units[i-1].text) && ruleLine(units[i+1].text) && wc[i] <= 30 &&
			reContactDetail.MatchString(u.text):
			take(i, junkChrome)
		}
	}
	for i := 0; i < len(units); {
		j := i
		var text []string
		for j < len(units) && units[j].block == units[i].block {
			text = append(text, units[j].text)
			j++
		}
		joined := strings.Join(text, " ")
		if wordCount(joined) <= 80 && (reCharityFooter.MatchString(joined) || reMailReason.MatchString(joined)) {
			for k := i; k < j; k++ {
				take(k, junkTrailer)
			}
		}
		i = j
	}
}

// signatureEnd returns the end of a signature starting at i: one to three
// short lines that do not end as sentences, the first a name in capitals
// ("Fiona Castellane" then her title). It returns i when there is none.
func signatureEnd(units []unit, wc []int, i int) int {
	if i >= len(units) || wc[i] > 4 || !capitalisedWords(units[i].text) {
		return i
	}
	j := i
	for j < len(units) && j < i+3 && units[j].block == units[i].block && wc[j] <= 10 && !endsSentence(units[j].text) {
		j++
	}
	if j < len(units) && units[j].block == units[i].block {
		return i // the block goes on: not a signature
	}
	return j
}

// capitalisedWords reports a short line of words that all open in
// capitals, as a name does.
func capitalisedWords(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// removeWireBullets handles the summary bullets a wire story carries under
// its headline ("* Lender lifts dividend …", "* Shares up 4.2%", "* Adds
// analyst comment"): the first bullet is the story's standfirst and loses
// its bullet; the others are the desk's notes and go.
func removeWireBullets(units []unit, kinds []junk, removed [][]string) {
	first := -1
	for i := range units {
		if kinds[i] == keep {
			first = i
			break
		}
	}
	if first < 0 || first+1 >= len(units) {
		return
	}
	i := first + 1
	for i < len(units) && kinds[i] != keep {
		i++
	}
	j := i
	for j < len(units) && units[j].block == units[i].block && kinds[j] == keep && units[j].role == "" && strings.HasPrefix(units[j].text, "* ") {
		j++
	}
	if j-i < 2 || j < len(units) && units[j].block == units[i].block {
		return
	}
	units[i].text = strings.TrimSpace(units[i].text[2:])
	units[i].wrap = false
	for k := i + 1; k < j; k++ {
		kinds[k] = junkChrome
		removed[k] = []string{units[k].text}
	}
}

// removeCapitalTableHeadings takes a heading in capitals ("KEY FIGURES
// (year to Sept. 30)") on the line just over a fixed-width table the
// cleaner removed.
func removeCapitalTableHeadings(units []unit, kinds []junk, take func(int, junk)) {
	for i := 0; i+1 < len(units); i++ {
		if kinds[i] != keep || kinds[i+1] == keep || units[i+1].block != units[i].block || !capitalsHeading(units[i].text) {
			continue
		}
		if strings.Count(units[i+1].text, "   ") >= 2 {
			take(i, junkChrome)
		}
	}
}

// capitalsHeading reports a short line whose words, outside brackets, are
// all in capitals, two of them at least.
func capitalsHeading(s string) bool {
	if endsSentence(s) {
		return false
	}
	if k := strings.IndexByte(s, '('); k > 0 {
		s = s[:k]
	}
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	for _, w := range f {
		if strings.ToUpper(w) != w || !strings.ContainsFunc(w, unicode.IsLetter) {
			return false
		}
	}
	return true
}

// removeChatRuns takes a pasted live chat: a block of two timed messages
// or more ("12:04 Darren_K: …"), with the heading over it ("From the live
// chat:").
func removeChatRuns(units []unit, take func(int, junk)) {
	for i := 0; i < len(units); {
		j := i
		n := 0
		for j < len(units) && units[j].block == units[i].block {
			if reChatLine.MatchString(units[j].text) {
				n++
			}
			j++
		}
		if n >= 2 {
			for k := i; k < j; k++ {
				if reChatLine.MatchString(units[k].text) || k == i && reChatHeading.MatchString(units[k].text) {
					take(k, junkChrome)
				}
			}
		}
		i = j
	}
}

// fullerHeadline returns the page's <h1> when the title found first (the
// og:title a site writes for sharing) is a cut of it: "Lisk banned for
// eight matches" inside "Winger Lisk banned for eight matches for …". The
// story's headline is the full one; another <h1> (a site name, a section)
// does not hold the title's words and is passed over.
func fullerHeadline(title, h1 string) string {
	t, h := strings.ToLower(strings.TrimSpace(title)), strings.ToLower(strings.TrimSpace(h1))
	if t == "" || len(h) <= len(t) || wordCount(h1) > 30 || wordCount(title) < 3 || !strings.Contains(h, t) {
		return title
	}
	return strings.TrimSpace(h1)
}
