package ingest

import "regexp"

// rePriceLine matches one line of a market-data box: a name, a price and
// its move with an arrow or a sign ("Kelmouth Water 310.5 ▲ 2.3%", "Brent
// $81.20 -0.4%", "Gold 2,401 ↓ 12").
var rePriceLine = regexp.MustCompile(`^\p{L}[\p{L}\p{N}&.’'/ -]{0,40} [$€£¥]?\d[\d,.]*(?: ?[▲▼△▽↑↓]| [+−-]) ?[+−-]?\d[\d,.]*(?:%| ?bp| ?p)?$`)

// removePriceBoards removes a box of share or market prices set inside a
// report: two price lines or more in a row and the short heading just
// above them ("Top fallers", "Market movers"). The report's sentences give
// the same moves in words.
func removePriceBoards(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i < len(units); i++ {
		if kinds[i] != keep || units[i].role != "" || wc[i] > 10 || !rePriceLine.MatchString(units[i].text) {
			continue
		}
		run := []int{i}
		j := i + 1
		for ; j < len(units); j++ {
			if kinds[j] != keep {
				continue
			}
			if units[j].role != "" || wc[j] > 10 || !rePriceLine.MatchString(units[j].text) {
				break
			}
			run = append(run, j)
		}
		if len(run) < 2 {
			continue
		}
		if h := i - 1; h >= 0 && kinds[h] == keep && units[h].role == "" && wc[h] <= 4 && !endsSentence(units[h].text) {
			run = append(run, h)
		}
		for _, k := range run {
			kinds[k] = junkChrome
			removed[k] = []string{units[k].text}
		}
		i = j - 1
	}
}
