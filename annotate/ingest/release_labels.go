package ingest

import "regexp"

// reReleaseLabel matches the label a pasted press release opens with: the
// kind of release and, after a dash or colon, when it may run ("NEWS RELEASE
// — for immediate use", "Press release: for immediate distribution", "MEDIA
// RELEASE | Embargoed until 00:01 Tuesday"). Only the whole line: a sentence
// that mentions a news release is article text.
var reReleaseLabel = regexp.MustCompile(`^(?i:(?:news|press|media) (?:release|advisory|statement)(?:\s*[—–:|-]\s*(?:for (?:immediate|urgent) (?:use|release|publication|distribution)|immediate(?: release)?|embargoed\b[^.!?]{0,60}|not for (?:publication|release|broadcast)\b[^.!?]{0,60}))?)\.?$`)

// releaseLabel reports a press release's opening label (reReleaseLabel).
func releaseLabel(s string, words int) bool {
	return words <= 14 && reReleaseLabel.MatchString(s)
}
