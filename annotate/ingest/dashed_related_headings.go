package ingest

import (
	"regexp"
	"strings"
)

// A wire sets its related-stories box under a heading framed by dashes,
// "-- MORE FROM AGS --", "— RELATED COVERAGE —", with the headlines under
// it ("* … (Feb. 20)"). reRelated reads the heading only bare, so the
// framed heading and its list stayed under the story. The frame is page
// furniture; what it frames must itself be a related-links heading.

// reDashFrame matches the dashes round a heading: two hyphens or more, or
// a dash of another kind.
var reDashFrame = regexp.MustCompile(`^(?:-{2,}|[—–]+)\s*(.+?)\s*(?:-{2,}|[—–]+)?$`)

// dashedRelatedHeading reports a related-links heading framed by dashes.
func dashedRelatedHeading(s string) bool {
	m := reDashFrame.FindStringSubmatch(strings.TrimSpace(s))
	return m != nil && wordCount(m[1]) <= 6 && relatedHeading(m[1])
}
