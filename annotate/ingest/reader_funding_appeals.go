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
// readers, tells it; a reported sentence ("…, the charity said") or a
// line with a quotation is the story's.

// reFreeToRead matches the sentence saying the site is free or
// independent: "X is independent and free to read", "Our journalism is
// free for everyone".
var reFreeToRead = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}|Our (?:journalism|reporting|work|site|newsroom)) (?:is|are|will always be|remains?) (?:(?:proudly |fiercely )?independent(?:,| and) )?(?:free(?: to read| for (?:everyone|all))?|independent)(?:,? (?:and )?(?:free(?: to read| for (?:everyone|all))?|independent|has no paywall|without a paywall))?[.!]$`)

// reRelyOnReaders matches the sentence saying who pays: "We rely on
// readers like you", "We depend on your support".
var reRelyOnReaders = regexp.MustCompile(`^(?i:we (?:rely|depend|count) (?:on|upon) (?:readers like you|our readers|your support|you|donations from readers(?: like you)?|the support of (?:our )?readers(?: like you)?))[.!]$`)

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
		case reRelyOnReaders.MatchString(sent):
			rely = true
		}
	}
	return free && rely
}
