package ingest

import "regexp"

// reToldToByline matches the credit of a first-person piece written up by
// a reporter: "As told to Liam Dorsey", "AS TOLD TO JANE ROE", "as told
// to Jane Roe and John Doe". The names are checked as a byline's.
var reToldToByline = regexp.MustCompile(`^(?:[Aa]s told to|AS TOLD TO)\s+(.+)$`)

// toldToByline reports such a credit on a line of its own.
func toldToByline(s string) bool {
	m := reToldToByline.FindStringSubmatch(s)
	return m != nil && isBylineNames(m[1])
}
