package ingest

import (
	"regexp"
	"strings"
)

// A paper's call for letters under a story: "Have your say on this story -
// write to the Editor, 14 Bridge Street, …, or email letters@…", "Send us
// your views: write to the Letters Editor, … or email …". It opens with the
// paper's own invitation and gives an address: an e-mail address, or
// "write to the Editor" or "us" with a postal one (a house number or a
// postcode). Its postal address would otherwise read as a credit
// line and take the story's last paragraph with it as a caption. A
// reported sentence ("…, the council said") or a quotation is article
// text, and so is a story line that only mentions the editor.

// reLettersAsk matches the opening of a call for letters.
var reLettersAsk = regexp.MustCompile(`^(?i:(?:have your say|tell us what you think|send (?:us )?your (?:letters|views|comments)|write to us|letters? to the editor)\b|what do you think\?)`)

// reLettersWhere matches where a call for letters sends the reader.
var reLettersWhere = regexp.MustCompile(`(?i:\bwrite to (?:the (?:letters )?editor|us)\b|\be-?mail (?:us|the editor)\b|\bletters@)`)

// lettersCall reports a paper's call for readers' letters.
func lettersCall(s, lower string, words int) bool {
	if words > 50 || strings.ContainsAny(s, "“”\"«»") || reported(lower) {
		return false
	}
	s = strings.TrimLeft(s, "*_•·-–— ")
	return reLettersAsk.MatchString(s) &&
		(reEmail.MatchString(s) || reLettersWhere.MatchString(s) && strings.ContainsAny(s, "0123456789"))
}
