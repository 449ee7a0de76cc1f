package ingest

import (
	"regexp"
	"strings"
)

// A broadcaster's or paper's call to its audience under a story: "Have
// your say: call 0800 … or text WORD to 81222. Texts cost your standard
// network rate.", "Text VOTE to 60123 (50p plus network charge)", "Call
// the studio on 0300 555 0199, lines open from 9am". It gives a number to
// ring or text (a phone number or a short code after "text … to") and asks
// the reader to use it; its charges sentence ("Texts cost …", "Calls are
// charged at …") marks it too. A reported sentence ("…, the charity
// said") or a quotation is article text, and so is a line that only
// mentions a number ("The helpline, 0800 …, opens on Monday").

// reAudienceAsk matches the opening of a call to the audience.
var reAudienceAsk = regexp.MustCompile(`^(?i:have your say|get in touch|join (?:the|in the) (?:conversation|debate|discussion)|join in|call|phone|ring|text|whatsapp|message)\b`)

// reDialNumber matches a phone number: "0800 160 4477", "+44 20 7946
// 0000", "0300-555-0199".
var reDialNumber = regexp.MustCompile(`\+?\d[\d ‑-]{8,16}\d`)

// reCallCharges matches the charges sentence of a call to the audience.
var reCallCharges = regexp.MustCompile(`(?i:\b(?:texts?|calls?|messages?) (?:cost|are charged|will be charged|charged)\b|standard network rate|network (?:charges?|rates?) (?:apply|may apply)|plus (?:your )?(?:standard )?network (?:charge|rate))`)

// audienceCall reports a call to the audience to ring or text a number.
func audienceCall(s string, words int) bool {
	if words > 45 || strings.ContainsAny(s, "“”\"«»") {
		return false
	}
	lower := strings.ToLower(s)
	if reported(lower) {
		return false
	}
	if !reDialNumber.MatchString(s) && !reShortCode.MatchString(s) {
		return false
	}
	if reCallCharges.MatchString(s) {
		return true
	}
	// a bare "Call … on 0800 …" may be a police appeal the story prints;
	// the audience's own openings and a text short code are not
	m := reAudienceAsk.FindString(strings.TrimLeft(s, "*_•·-–— "))
	return m != "" && (reShortCode.MatchString(s) || !reBareDial.MatchString(m))
}

// reShortCode matches a text short code: "text MIDDAY to 81222".
var reShortCode = regexp.MustCompile(`(?i:\btext\b)[^.]{1,30}\bto \d{4,6}\b`)

// reBareDial matches the openings that a police or charity appeal shares
// with a call to the audience.
var reBareDial = regexp.MustCompile(`^(?i:call|phone|ring|text|whatsapp|message)$`)
