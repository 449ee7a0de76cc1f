package ingest

import "regexp"

// A wire agency's story as filed opens with the agency's service banner in
// capitals over the slug line: "NORTHERN PRESS AGENCY -- BUSINESS NEWS
// SERVICE", "CAPITAL NEWS AGENCY | WORLD SERVICE". It names the sender,
// as a masthead names a site, but runs past the six words the masthead
// rule allows for a line in capitals, so the banner was taken for the
// headline. The agency's name (ending in "NEWS AGENCY", "PRESS SERVICE",
// …), a dash or bar, and the service's name (ending in "SERVICE", "WIRE"
// or "DESK") tell it; a headline in capitals has no such two halves. The
// agency may give its initials in brackets after its name: "ANDEAN PRESS
// AGENCY (APA) -- ENGLISH WIRE". A hyphen may join the name's words, as
// in a transliterated name ("AL-QADR NEWS AGENCY - ENGLISH SERVICE"), but
// never stands between them.
var reServiceBanner = regexp.MustCompile(`^\p{Lu}(?:[\p{Lu}&'’. ]|-\p{Lu}){1,40} (?:NEWS|PRESS|WIRE) (?:AGENCY|SERVICE|SERVICES)(?: \(\p{Lu}{2,10}\))?\s*(?:--|-|—|–|\|)\s*\p{Lu}[\p{Lu} ]{1,30} (?:NEWS )?(?:SERVICE|WIRE|DESK)$`)

// serviceBanner reports a wire agency's service banner (reServiceBanner);
// mastheadLike takes it for a masthead.
func serviceBanner(s string) bool {
	return len(s) <= 100 && reServiceBanner.MatchString(s)
}
