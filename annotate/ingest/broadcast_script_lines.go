package ingest

import (
	"regexp"
	"strings"
)

// A radio or television bulletin script saved as text carries the
// newsroom's production lines around the copy the reader speaks: the
// running order, each story's slug with its duration, the cue under a
// recorded clip (its duration and out-words), the reader's label above
// each paragraph, and the script's end and handling notes. They are set in
// capitals and timed in minutes and seconds (1'20"), which prose is not;
// older rules knew only a press release's "ENDS" and its embargo line.
// The clip lines themselves ("CLIP: Name, Org: "…"") are what was said and
// stay.

// reScriptDuration matches a duration as scripts write it: 1'20", 0'55”.
const reScriptDuration = `\d{1,2}['’]\d{2}(?:"|''|”|″)`

var (
	// reScriptSlug matches a running-order entry or a story's slug: a
	// number, the slug in capitals, dotted leaders or spaces, and the
	// duration ("1. FERRY ............. 1'20"", "[2] SCHOOL ROOF  0'55"").
	reScriptSlug = regexp.MustCompile(`^(?:\d{1,2}[.)]|\[\d{1,2}\])\s+\p{Lu}[\p{Lu}\d/&'’ -]{0,40}?(?:\s*\.{2,}\s*|\s+)` + reScriptDuration + `$`)

	// reScriptCue matches a clip's cue line: labels in capitals for its
	// duration and out-words ("DUR: 0'14"  OUT: "…at the quay."").
	reScriptCue = regexp.MustCompile(`^(?:DUR|DURATION|TIME|RT)\s*:\s*` + reScriptDuration + `(?:\s+(?:OUT|OUTCUE|OUT ?CUE|OC|IN|INCUE)\s*:\s*.{1,80})?$`)

	// reScriptReader matches the reader's label alone on its line.
	reScriptReader = regexp.MustCompile(`^(?:NEWSREADER|NEWSCASTER|READER)\s*:$`)

	// reScriptEnd matches the script's last line and its handling note:
	// "BULLETIN ENDS -- NEXT: 1400 (reader: …)", "NOT FOR PUBLICATION --
	// INTERNAL SCRIPT", and the running order's heading.
	reScriptEnd = regexp.MustCompile(`^(?:(?:BULLETIN|PROGRAMME|PROGRAM|SCRIPT|NEWS) ENDS\b.*|NOT FOR (?:PUBLICATION|BROADCAST|TRANSMISSION)\s*(?:[-–—]+|:)\s*INTERNAL(?: \p{Lu}+)?\.?|RUNNING ORDER:?)$`)
)

// scriptLine reports a bulletin script's production line.
func scriptLine(s string, words int) bool {
	if words > 16 || strings.IndexFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 {
		return false
	}
	return reScriptSlug.MatchString(s) || reScriptCue.MatchString(s) || reScriptReader.MatchString(s) || reScriptEnd.MatchString(s)
}
