package ingest

import (
	"strings"
	"testing"
)

// Footers of address and group, in wordings no fixture uses, beside
// sentences that hold an address or a group's name.

func TestPublisherImprints(t *testing.T) {
	for _, s := range []string{
		"Holtby Gazette, 12 Mill Lane, Holtby. A Northmoor Media title.",
		"The Echo, 3 Quay Road, Fenwick. Part of Eastline Newspapers.",
		"Carrow Post, 7 Market Square, Carrow, CR4 2AB. A Fenland Press publication.",
	} {
		if !publisherImprint(s, strings.ToLower(s), wordCount(s)) {
			t.Errorf("imprint not found: %q", s)
		}
	}
	for _, s := range []string{
		"The shop, at 12 Mill Lane, Holtby, closed in May. A new tenant has not been found.",
		"Holtby Gazette, 12 Mill Lane, Holtby",
		"Police were called to 12 Mill Lane, Holtby, on Friday. A Northmoor Media title.",
		"The paper moved to 12 Mill Lane, Holtby, last year, its editor said. A Northmoor Media title.",
	} {
		if publisherImprint(s, strings.ToLower(s), wordCount(s)) {
			t.Errorf("not an imprint, taken as one: %q", s)
		}
	}
}
