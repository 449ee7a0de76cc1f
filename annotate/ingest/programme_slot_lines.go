package ingest

import (
	"regexp"
	"strings"
)

// reProgrammeSlot matches, whole, a station's note of when a programme is
// on: the programme, "is on" or "airs on" the station, the days and the
// hour, and nothing after ("Drive with Sam Ode is on Radio Cresswell every
// weekday from 4pm.", "The Sunday Phone-in airs on Valley FM on Sundays at
// 10am.").
var reProgrammeSlot = regexp.MustCompile(`^\p{Lu}[\p{L}\d'’&-]*(?: [\p{L}\d'’&-]+){0,7} (?:is|airs|is broadcast|is live|broadcasts) on \p{Lu}[\p{L}\d'’&.-]*(?: \p{Lu}[\p{L}\d'’&.-]*){0,4},? (?:every (?:weekday|day|morning|evening|night|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:on )?(?:weekdays|weekends|weeknights|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days? to (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)(?: mornings| evenings)? (?:from|at|between) \d{1,2}(?:[.:]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)?(?: ?(?:-|–|to|and|until) ?\d{1,2}(?:[.:]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)?)?\.?$`)

// programmeSlotLine reports a radio or TV page's schedule line for the
// programme the page comes from (reProgrammeSlot). It is the station's
// promotion, not news: a quoted or reported sentence, one in the past
// ("was on") or one that goes on after the hour stays.
func programmeSlotLine(s, lower string, words int) bool {
	if words > 25 || !strings.Contains(s, " on ") || !strings.ContainsAny(s, "0123456789") || strings.ContainsAny(s, "\"“”«»") {
		return false
	}
	return reProgrammeSlot.MatchString(s) && !reported(lower)
}
