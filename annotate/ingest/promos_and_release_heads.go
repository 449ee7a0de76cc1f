package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// Furniture of club and shop pages, explainers with help
// boxes and reports quoting papers or records: a shop promo that ends in a
// button ("… Shop now"), a help box of numbers and addresses ("Need help?
// Advice line: 0808 …"), a labelled web address ("Report it: example.org/x"),
// a paper's citation ("Journal reference: … doi:…") and a heading in
// capitals over an excerpt ("FROM THE OFFICIAL REPORT, 3 MAY 2026").

var (
	// reShopButton matches the button a shop promo ends with: "Shop now",
	// "Buy yours today →", "Order online".
	reShopButton = regexp.MustCompile(`(?i)(?:^|[.!:]\s+)(?:shop|buy|order|pre-?order|get yours|buy yours|order yours|shop the range|buy tickets|book tickets|book now)(?: (?:now|here|today|online|it now))?\s*[›»→>]*$`)

	// reShopOpening matches how a shop promo opens: "Buy the new shirt",
	// "Get your 2027 calendar", "Pre-order the book".
	reShopOpening = regexp.MustCompile(`^(?i:buy|get|order|pre-?order|grab|shop)\s+(?i:the|your|our|a|an)\b`)

	// reHelpHeading matches the heading of a help box: "Need help?", "Where
	// to get help", "Help and advice:", "Useful contacts".
	reHelpHeading = regexp.MustCompile(`^(?i:need (?:help|advice|support|to talk)\??|(?:where|how) to get (?:help|advice|support)|(?:help|advice|support) and (?:help|advice|support)|useful (?:contacts|numbers|links)|get (?:help|advice|support)|if you need (?:help|support|advice))\s*[?:.]?(?:\s|$)`)

	// reBareAddress matches a bare web address: "housing.example.org/report",
	// "www.example.com".
	reBareAddress = regexp.MustCompile(`^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?$`)

	// reCitationLabel matches the label of a paper's citation: "Journal
	// reference:", "Paper:", "Citation:", "Study reference:".
	reCitationLabel = regexp.MustCompile(`^(?i:(?:journal|study|paper|full|source) (?:reference|citation)|reference|citation|the (?:paper|study)|paper|study)\s*:\s*\S`)

	// reCitationMark matches what only a citation holds: a DOI, "et al",
	// an arXiv or PubMed number.
	reCitationMark = regexp.MustCompile(`(?i)\bdoi\s*:?\s*10\.\d{4,}|\bdoi\.org/|\bet al\b|\barxiv\s*:?\s*\d{4}\.|\bpmid\s*:?\s*\d`)

	// reExcerptHeading matches a heading over an excerpt set in capitals:
	// "FROM THE OFFICIAL REPORT, 30 MAY 2026, COLS 12–14", "EXTRACT FROM THE
	// TRANSCRIPT", "EXCERPTS FROM THE HEARING".
	reExcerptHeading = regexp.MustCompile(`^(?:FROM THE|EXTRACTS? FROM|EXCERPTS? FROM|TRANSCRIPT OF|TAKEN FROM)\s`)
)

// promoOrReleaseHeadKind classifies the lines above; keep when none fits.
func promoOrReleaseHeadKind(s, lower string, words int) junk {
	switch {
	case words <= 40 && shopPromo(s, lower):
		return junkChrome
	case words <= 40 && helpBox(s, lower):
		return junkChrome
	case words <= 10 && labelledAddress(s):
		return junkChrome
	case words <= 60 && citationLine(s):
		return junkTrailer
	case words <= 16 && excerptHeading(s):
		return junkChrome
	case releaseLabel(s, words):
		return junkChrome
	}
	return keep
}

// shopPromo reports a shop's promo: it opens with an offer to buy and ends
// with its button ("Buy the new kit … in store now. Shop now"). A reported
// sentence or a quotation about buying is article text.
func shopPromo(s, lower string) bool {
	if strings.ContainsAny(s, "\"“”«»") || reported(lower) {
		return false
	}
	return reShopOpening.MatchString(s) && reShopButton.MatchString(strings.TrimSpace(s))
}

// helpBox reports a help box: its heading and at least one number to call or
// address to visit, each set after a label ("Need help? Advice line: 0808
// …").
func helpBox(s, lower string) bool {
	loc := reHelpHeading.FindStringIndex(s)
	if loc == nil || strings.ContainsAny(s, "\"“”«»") || reported(lower) {
		return false
	}
	rest := strings.TrimSpace(s[loc[1]:])
	if rest == "" {
		return strings.HasSuffix(strings.TrimSpace(s), "?") // "Need help?" alone, a box's heading
	}
	if !strings.Contains(rest, ": ") {
		return false
	}
	return phoneNumber(rePhoneRun.FindString(rest)) || strings.Contains(rest, "@") ||
		strings.Contains(rest, "www.") || strings.Contains(rest, ".org") || strings.Contains(rest, ".gov")
}

// labelledAddress reports a short label and a bare web address: "Report a
// landlord: housing.example.org/report", "Website: www.example.com".
func labelledAddress(s string) bool {
	label, rest, ok := strings.Cut(s, ": ")
	if !ok || wordCount(label) > 7 || strings.ContainsAny(label, "\"“”.") {
		return false
	}
	if r := []rune(label); len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	return reBareAddress.MatchString(strings.TrimSpace(rest))
}

// citationLine reports a paper's citation after a story: a label and a mark
// only a citation holds ("Journal reference: Smith J et al. … doi:10.…").
func citationLine(s string) bool {
	return reCitationLabel.MatchString(s) && reCitationMark.MatchString(s)
}

// excerptHeading reports a heading in capitals over an excerpt from a record
// or a transcript: every letter a capital, no full stop at the end.
func excerptHeading(s string) bool {
	if !reExcerptHeading.MatchString(s) || endsSentence(s) {
		return false
	}
	return !strings.ContainsFunc(s, unicode.IsLower)
}
