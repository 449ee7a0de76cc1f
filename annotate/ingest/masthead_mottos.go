package ingest

import "regexp"

// A local paper's masthead may carry its motto on the line under the
// title: "Serving Dunford, Ashby and the valley towns since 1884",
// "Proudly covering the Fens since 1902", "The voice of the Vale since
// 1850". It is no sentence (no verb of its own, no full stop), opens on
// what the paper does for its area and closes on the year it was founded,
// so it was taken for the headline. A sentence that starts the same way
// ends on a full stop or goes on past the year.

// reMastheadMotto matches such a motto: the paper's service, its area, and
// "since" (or "est.", "established") and the founding year at the end.
var reMastheadMotto = regexp.MustCompile(`^(?:(?:Proudly|Faithfully) (?:serving|covering|reporting on)|Serving|Covering|Reporting on|The voice of|News for|Your (?:local )?(?:paper|newspaper|news) for) [^.!?:;"“”]{3,100}?,? (?:since|(?i:est\.?|established)) (?:1[6-9]|20)\d{2}$`)

// mastheadMotto reports a masthead's motto line (reMastheadMotto).
func mastheadMotto(s string, words int) bool {
	return words <= 16 && reMastheadMotto.MatchString(s)
}
