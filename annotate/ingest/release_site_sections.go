package ingest

import (
	"regexp"
	"strings"
)

// A trade site that reprints a press release often adds its own section
// after the release's closing boilerplate ("ENDS", "About Acme", "Media
// contacts", the forward-looking disclaimer): a short heading of its own
// naming a view or a reaction ("Analyst view", "Our take", "Market
// reaction") over a paragraph that reports what someone said or wrote, or
// any short heading over a paragraph that opens with the site's own
// credit ("Packaging Weekly adds: …"). That section is the site's
// article, not the release's furniture, so removeEndMatter stops there.
// A heading of the boilerplate itself (reEndMatter) never resumes the
// story, nor does a heading over a paragraph that reports no one (a
// company profile, a financial calendar, a disclaimer), nor a heading of
// the release's notes ("Methodology") over a sentence with "says" in it.

// reSiteAdds matches an outlet's credit opening its own paragraph: "Trade
// Weekly adds:", "Our editor comments:".
var reSiteAdds = regexp.MustCompile(`^\p{Lu}[\p{L}\d’'&. -]{1,60}? (?:adds|comments|writes|notes):\s`)

// siteSectionAfterRelease reports a unit, inside a press release's end
// matter, that opens the reprinting site's own section (see above).
func siteSectionAfterRelease(units []unit, kinds []junk, wc []int, j int) bool {
	h := units[j]
	if h.role != "" || wc[j] == 0 || wc[j] > 6 || endsSentence(h.text) || strings.ContainsAny(h.text, "0123456789@:") ||
		reEndMatter.MatchString(h.text) || !startsUpper(h.text) {
		return false
	}
	k := j + 1
	for k < len(units) && kinds[k] != keep {
		k++
	}
	if k >= len(units) || units[k].role != "" || wc[k] < 15 {
		return false
	}
	if reSiteAdds.MatchString(units[k].text) {
		return true
	}
	lower := strings.ToLower(units[k].text)
	head := strings.ToLower(h.text)
	return (mentionsAny(head, siteSectionWords) || strings.HasPrefix(head, "our ")) && (reported(lower) || strings.Contains(lower, " wrote "))
}

// siteSectionWords name the section a site adds to a release it reprints:
// "Analyst view", "Our take", "Market reaction", "Comment".
var siteSectionWords = []string{"view", "analys", "comment", "reaction", "verdict", "take", "opinion", "what the"}
