package ingest

import (
	"regexp"
	"strings"
)

// A consumer story sets a box of advice to the reader beside the
// reporting: a heading such as "Your rights" or "What you need to know"
// over a list of short points ("If your flight is cancelled, the airline
// must offer a refund …", "Keep your receipts"). The box is the desk's
// service text, addressed to the reader, not the story's reporting, though
// a point may name its source ("according to the regulator"). Only a
// heading of that kind over one block of several lines, most of them
// speaking to the reader ("you", "your"), is taken: the same heading over
// the story's own paragraphs, or over a list that does not address the
// reader, stays.

// reAdviceHeading matches the heading of such a box.
var reAdviceHeading = regexp.MustCompile(`^(?i:(?:know )?your rights(?: explained)?|what are your rights\??|what (?:you|passengers|tenants|customers|parents|drivers|residents) (?:need to|should) know|what (?:you can|to) do(?: next| now)?|how to claim(?: compensation| a refund)?|(?:useful|practical) (?:advice|tips)|if you(?:['’]re| are) affected)\s*:?$`)

// reAddressesReader matches a line speaking to the reader.
var reAddressesReader = regexp.MustCompile(`(?i)\b(?:you|your|you['’](?:re|ll|ve|d))\b`)

// removeReaderAdviceBoxes removes such a heading and the block of points
// under it.
func removeReaderAdviceBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 8 || !reAdviceHeading.MatchString(strings.Trim(u.text, "*_#> ")) {
			continue
		}
		j := nextKept(kinds, i+1)
		if j < 0 || units[j].block == u.block || units[j].role != "" || units[j].heading != 0 {
			continue
		}
		b := units[j].block
		var box []int
		speaking := 0
		for k := j; k < len(units) && units[k].block == b; k++ {
			if kinds[k] != keep {
				continue
			}
			if units[k].wrap || wc[k] > 45 || units[k].role != "" {
				box = nil
				break
			}
			box = append(box, k)
			if reAddressesReader.MatchString(units[k].text) {
				speaking++
			}
		}
		if len(box) < 2 || speaking*2 < len(box) {
			continue
		}
		kinds[i], removed[i] = junkChrome, []string{u.text}
		for _, k := range box {
			kinds[k], removed[k] = junkChrome, []string{units[k].text}
		}
	}
}
