package ingest

import (
	"regexp"
	"strings"
)

// A diary, a blog or a series links the item before and after it on one
// line under the text: "Previous entry: Packing day | Next entry: The
// thaw", "← Older post: … · Newer post: … →", "Next episode: …". Such a
// pager is page chrome. A line of the text that begins "Next day" or
// "Next steps:" names no item of the series, and a quotation is never a
// pager.

// rePagerLabel matches a pager's label: previous or next and the kind of
// item, then a colon or an arrow.
var rePagerLabel = regexp.MustCompile(`(?i)^[←«‹<\s]*(?:previous|prev\.?|next|older|newer)\s+(?:diary\s+)?(?:entry|post|story|article|episode|chapter|dispatch|instalment|installment|part|letter|page|column|update|issue|edition)\s*(?::|»|›|→|>)`)

// reBarePager matches a pager without the kind of item, which must then
// have both halves: "Previous: … | Next: …".
var reBarePager = regexp.MustCompile(`(?i)^[←«‹<\s]*(?:previous|prev\.?|older)\s*:.+[|·•/]\s*(?:next|newer)\s*:`)

// pagerLine reports a line linking the previous and next items of a series.
func pagerLine(s string, words int) bool {
	if words > 25 || strings.ContainsAny(s, "\"“”") {
		return false
	}
	return rePagerLabel.MatchString(s) || reBarePager.MatchString(s) || arrowPager(s, words) // "← Ep. 3: … | Ep. 5: … →" (arrow_pagers.go)
}
