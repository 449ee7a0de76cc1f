package suggest

// policeRanks are the rank abbreviations British police reports put before a
// surname once the officer has been named in full ("Detective Sergeant Ada
// Rook" … "DS Rook"): like "Det." or "Insp.", they are titles, never part of
// the name, and a description may repeat them in full ("the sergeant").
var policeRanks = map[string]string{"ds": "sergeant", "dci": "inspector", "dsi": "inspector",
	"dcs": "superintendent", "dsupt": "superintendent", "pc": "constable", "psi": "inspector"}

func init() {
	for abbr, full := range policeRanks {
		titleWords[abbr] = true
		if _, ok := titleHeads[abbr]; !ok {
			titleHeads[abbr] = full
		}
	}
}
