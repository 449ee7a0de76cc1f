package ingest

// headOrFootLine sorts the lines of a page's head and foot that its own
// rules tell by their words and structure: a wire's filing fields under
// the agency banner (wire_filing_fields.go). Each was taken for the
// headline, the standfirst or a paragraph.
func headOrFootLine(s, lower string, words int) junk {
	switch {
	case wireFilingFields(s, words):
		return junkWire
	}
	return keep
}
