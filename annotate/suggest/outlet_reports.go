package suggest

import "strings"

// outletReportLemmas are the cues with which a newspaper tells of its own
// reporting ("revealed", "reported", "disclosed", "has learned",
// "understands"), not of what it says as a company ("said", "told").
var outletReportLemmas = words(`reveal report disclose learn understand publish`)

// dropOutletReports drops a statement whose speaker is the outlet that
// published the article, reporting its own journalism: in a page of The
// Daily Clarion, "Last month The Daily Clarion revealed that the pier would
// close" is the paper's own earlier report, an authorial claim, not a
// source's statement (another paper's "The Harbour Gazette reported that
// …" stays a statement). Only publishing cues count: in the outlet's own
// pages "The Clarion said in a statement that …" is the company speaking.
// outlet is the document's meta outlet; without one nothing changes.
func (f *finder) dropOutletReports(outlet string) {
	name := outletWords(outlet)
	if len(name) == 0 {
		return
	}
	for i := range f.atts {
		a := &f.atts[i]
		if a.dropped || a.speaker.empty() || !outletReportLemmas[a.cueLemma] {
			continue
		}
		var sp []string
		for w := a.speaker.a; w < a.speaker.b; w++ {
			if f.word(w) {
				sp = append(sp, f.low(w))
			}
		}
		if len(sp) > 0 && sp[0] == "the" {
			sp = sp[1:]
		}
		if strings.Join(sp, " ") == strings.Join(name, " ") {
			a.dropped = true
		}
	}
}

// outletWords lowers an outlet's name into its words, without a leading
// "the" and without punctuation ("The Daily Clarion" → daily clarion).
func outletWords(outlet string) []string {
	name := strings.FieldsFunc(strings.ToLower(outlet), func(r rune) bool {
		return !(r == '-' || r == '\'' || r == '’' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 127)
	})
	if len(name) > 0 && name[0] == "the" {
		name = name[1:]
	}
	return name
}
