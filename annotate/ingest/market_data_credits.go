package ingest

import (
	"regexp"
	"strings"
)

// reMarketDataCredit matches a markets widget's credit for its figures:
// "Market data provided by Quotient Data Services.", "Share prices
// supplied by Exchangeline", "Stock quotes powered by …". The name after
// "by" is short and capitalised, and the sentence ends there.
var reMarketDataCredit = regexp.MustCompile(`^(?i:(?:market|stock|share|price|prices|financial|fund|currency|exchange rate|index)(?: (?:market|price|prices))? (?:data|quotes|prices|figures|information))(?: (?:is|are))? (?i:provided|supplied|sourced|powered|delivered) (?i:by) \p{Lu}[\p{L}\d&.'’ -]{1,50}?(?:\.|$)`)

// reMarketDataTail matches what may follow the credit on its line: the
// widget's standing notes ("Not investment advice.", "Prices delayed by
// at least 15 minutes.", "For information only.").
var reMarketDataTail = regexp.MustCompile(`^(?i:(?:this is )?not (?:an? )?(?:investment|financial) (?:advice|recommendation)|(?:prices|quotes|data|figures) (?:are )?delayed[^.]{0,40}|for information (?:purposes )?only|terms (?:and conditions )?apply)\.?$`)

// marketDataCredit reports a page's markets-data credit line, left below a
// business story by a share-price widget: "Market data provided by X. Not
// investment advice." Older rules knew only "Market data delayed …"
// (reWidget) and notes saying "This article is for information only …".
// A sentence that reports ("…, the exchange said") or goes on after the
// name ("Market data provided by X showed shares fell") is article text.
func marketDataCredit(s string, words int) bool {
	if words > 30 || strings.ContainsAny(s, "\"“”") || reported(strings.ToLower(s)) {
		return false
	}
	loc := reMarketDataCredit.FindStringIndex(s)
	if loc == nil {
		return false
	}
	for _, sentence := range strings.SplitAfter(s[loc[1]:], ".") {
		if t := strings.TrimSpace(sentence); t != "" && !reMarketDataTail.MatchString(t) {
			return false
		}
	}
	return true
}
