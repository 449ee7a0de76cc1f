package ingest

// headOrFootLine sorts the lines of a page's head and foot that its own
// rules tell by their words and structure: a wire's filing fields under
// the agency banner (wire_filing_fields.go), a masthead's motto
// (masthead_mottos.go) and its issue line (masthead_issue_lines.go), the
// weather beside the date (weather_date_lines.go), a comment section's
// stub (comment_prompts.go), a footer of address and group
// (publisher_imprints.go), a reader-funding appeal
// (reader_funding_appeals.go) and a report's credit at its foot
// (report_credits.go). Each was taken for
// the headline, the standfirst or a paragraph.
func headOrFootLine(s, lower string, words int) junk {
	switch {
	case wireFilingFields(s, words):
		return junkWire
	case mastheadMotto(s, words), mastheadIssueLine(s, words), commentPrompt(s, words):
		return junkChrome
	case weatherDateLine(s, words), issueStamp(s, words): // letterheads.go
		return junkDate
	case publisherImprint(s, lower, words), readerFundingAppeal(s, lower, words), reportCredit(s, words):
		return junkTrailer
	}
	return keep
}
