package suggest

// civicTitles are capitalised titles of a borough's or a church's office
// written before a name ("Alderman Jane Rook", "Councillor Pym", "Bailie
// Ross", "Canon Hale", "Monsignor Ruiz"): like "Mayor" or "Provost" they are
// no part of the person's name, so "Alderman Pym" later is the learnt
// "Edwin Pym". "Father" stays out: "Father said" is more often a kinsman
// than a priest.
var civicTitles = words(`alderman alderwoman councillor councilor councilwoman councilman bailie canon
	monsignor fr`)

func init() {
	for w := range civicTitles {
		titleWords[w] = true
	}
}
