package ingest

import (
	"regexp"
	"strings"
)

// An older site's story tools under the byline: "Printer-friendly version
// | Email this story to a friend", "Print this story · Send to a friend".
// A print view adds "Print this article | Close window".
// Newer pages draw them as icons whose labels ("Print", "Email") are in
// exactJunk; these are links spelt out in words and set on one line. Every
// item of the line must be such a tool, so a sentence that mentions a
// printer-friendly leaflet or emailing a friend is article text.

// reStoryTool matches one spelt-out story tool.
var reStoryTool = regexp.MustCompile(`^(?i:printer[- ]friendly(?: version| page| format)?|print(?:able)? version|print (?:this|the) (?:story|article|page)|e-?mail (?:this|the) (?:story|article|page)(?: to a friend)?|send (?:this (?:story |article )?|the (?:story|article) )?to a friend|tell a friend|text[- ]only version|close (?:this )?window)$`)

// storyToolsLine reports a line of spelt-out story tools, one or more,
// separated by "|", "·" or "•".
func storyToolsLine(s string, words int) bool {
	if words > 16 {
		return false
	}
	items := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	spelt := false
	for _, it := range items {
		it = strings.TrimSpace(it)
		switch {
		case it == "":
		case reStoryTool.MatchString(it):
			spelt = true
		case exactJunk[strings.ToLower(it)]:
		default:
			return false
		}
	}
	return spelt
}
