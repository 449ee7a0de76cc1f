package suggest

// AP style puts a bare weekday after the cue ("said Tuesday that …"), and
// often the part of the day with it: "said Tuesday night that …", "told
// reporters Friday morning that …". skipAdjunctAfter steps over the
// weekday alone, so "night that the city would …" became the content.

// weekdayParts are the parts of a day that follow a weekday.
var weekdayParts = words(`morning afternoon evening night`)

// weekdays are the calendar words that a part of the day may follow.
var weekdays = words(`monday tuesday wednesday thursday friday saturday sunday`)

// weekdayPartAt reports whether token j is a part of the day right after
// a weekday ("Tuesday night"), unquoted: the end of the same time
// adjunct. Before an auxiliary or copula ("said Tuesday night was the
// best of her life") the day is the subject of the content, and stays.
func (x *text) weekdayPartAt(j int) bool {
	return j > 0 && x.word(j) && !x.quoted(j) && weekdayParts[x.low(j)] && x.word(j-1) && weekdays[x.low(j-1)] && !clauseVerbs[x.low(j+1)]
}
