package ingest

import (
	"regexp"
	"strings"
)

// A reader-funded site's support box may say, in two short sentences,
// that the site is free and who pays for it: "The Ledger is independent
// and free to read. We rely on readers like you.", "Our reporting is free
// for everyone. We depend on your support." supportLine takes the boxes
// that say "supported by readers" or "become a supporter"; this wording
// stayed as text between the story's paragraphs. A line of no more than
// three sentences, one saying the site or its journalism is free or
// independent and one in the first person plural saying it relies on its
// readers or asking them for money ("If you value our coverage …, please
// consider a monthly contribution"), tells it; a reported sentence ("…,
// the charity said") or a line with a quotation is the story's.

// reFreeToRead matches the sentence saying the site is free or
// independent: "X is independent and free to read", "Our journalism is
// free for everyone".
var reFreeToRead = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}|Our (?:journalism|reporting|work|site|newsroom)) (?:is|are|will always be|remains?) ` + fundedQuality + `(?:(?:,| and|, and) ` + fundedQuality + `){0,3}[.!]$`)

// fundedQuality is one thing such a sentence says of the site: free,
// independent, funded by its readers, without a paywall.
const fundedQuality = `(?:proudly |fiercely )?(?:independent|reader-(?:funded|supported|owned)|not-for-profit|non-profit|free(?: to read| for (?:everyone|all))?|has no paywall|without a paywall)`

// reRelyOnReaders matches the sentence saying who pays: "We rely on
// readers like you", "We depend on your support".
var reRelyOnReaders = regexp.MustCompile(`^(?i:we (?:rely|depend|count) (?:on|upon) (?:readers like you|our readers|your support|you|donations from readers(?: like you)?|the support of (?:our )?readers(?: like you)?))[.!]$`)

// reAskReaders matches the sentence that asks the reader for money in the
// site's own name: "If you value our coverage of the council, please
// consider a monthly contribution", "If you enjoy our reporting, please
// make a donation".
var reAskReaders = regexp.MustCompile(`^(?i:if you (?:value|like|enjoy|appreciate|rely on) our [^.,;]{1,60}, (?:please )?(?:consider |think about )?(?:making |giving |make |give )?(?:a |an )?(?:small |monthly |one-off |regular |annual )?(?:contribution|donation|gift))[.!]$`)

// readerFundingAppeal reports such a support box's line.
func readerFundingAppeal(s, lower string, words int) bool {
	if words > 40 || strings.ContainsAny(s, "\"“”") || reported(lower) {
		return false
	}
	sents := strings.SplitAfter(s, ". ")
	if len(sents) < 2 || len(sents) > 3 {
		return false
	}
	free, rely := false, false
	for _, sent := range sents {
		sent = strings.TrimSpace(sent)
		switch {
		case reFreeToRead.MatchString(sent):
			free = true
		case reRelyOnReaders.MatchString(sent), reAskReaders.MatchString(sent):
			rely = true
		}
	}
	return free && rely
}
