package ingest

import (
	"regexp"
	"strings"
)

var (
	// reStudyPointer matches the heading of a box pointing at the paper a
	// story reports on, set without a colon and run into the citation
	// when the box's lines join: "Read the study", "The paper", "Journal
	// reference", "Read the full report".
	reStudyPointer = regexp.MustCompile(`^(?i:(?:read|see|view|download) (?:the )?(?:full )?(?:study|paper|report|research|article)|the (?:study|paper)|(?:journal|study|paper) (?:reference|citation)|reference|citation) `)

	// reCitationStart matches the first author as a citation writes him:
	// surname then initials ("Achterberg T,", "Okafor AB.", "Lind, K. J.").
	reCitationStart = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+,? (?:\p{Lu}\.?\s?){1,3}(?:,|\.|\s|$)`)

	// reCitationVolume matches a volume and year, or a DOI: "14 (2026)",
	// "(2025) 12:4", "doi:10.1234/…".
	reCitationVolume = regexp.MustCompile(`\d+\s?\((?:19|20)\d\d\)|\((?:19|20)\d\d\)\s?\d|(?i)\bdoi\s*:?\s*10\.\d{4,}|\bdoi\.org/`)
)

// citedStudyBox reports a "Read the study" box whose heading and
// citation ran into one paragraph: "Read the study Achterberg T, Bell R et
// al. ‘…’. Soil Futures 14 (2026). Link". sourceLine and citationLine want
// a colon after the label, which a box heading lacks. After the heading
// must come a citation: an author as surname and initials, and a volume
// with its year or a DOI; a sentence that begins "Read the study" and goes
// on in prose, or one that reports, stays.
func citedStudyBox(s, lower string, words int) bool {
	if words > 60 || reported(lower) {
		return false
	}
	loc := reStudyPointer.FindStringIndex(s)
	if loc == nil {
		return false
	}
	rest := strings.TrimSpace(s[loc[1]:])
	return reCitationStart.MatchString(rest) && reCitationVolume.MatchString(rest)
}
