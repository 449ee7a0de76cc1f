package ingest

import "strings"

// An investigation's call for tips set as a box: a question heading to the
// reader ("Do you know more?", "Have you been affected?", "Got a story?")
// over a line giving the outlet's address ("Contact our investigations
// team in confidence at …"). The address line goes by the text rules; the
// heading, a short question on its own, does not, and was left standing
// between the story's paragraphs. It goes when the line right after it was
// removed and gives the outlet's address. The same question over a kept
// paragraph (an interviewer's "Did you know him?" over the answer) is
// article text.

// maxTipHeadingWords is the longest a tip box's heading is.
const maxTipHeadingWords = 8

// removeTipHeadings removes a tip box's question heading over its removed
// address line.
func removeTipHeadings(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i+1 < len(units); i++ {
		u := units[i]
		if kinds[i] != keep || u.role != "" || wc[i] > maxTipHeadingWords || !strings.HasSuffix(u.text, "?") ||
			strings.ContainsAny(u.text, "“”\"«»") || !tipQuestion(strings.ToLower(u.text)) {
			continue
		}
		next := i + 1
		if kinds[next] == keep || units[next].role != "" {
			continue
		}
		lower := strings.ToLower(units[next].text)
		if !tipAddress(lower) && !reEmail.MatchString(units[next].text) {
			continue
		}
		kinds[i] = junkChrome
		removed[i] = []string{u.text}
	}
}

// tipQuestion reports a lower-cased line that opens as a call for tips
// asks the reader.
func tipQuestion(lower string) bool {
	for _, p := range tipOpenings {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}
