package suggest

// crewTitles are capitalised titles of a crew's, a parish's or a school's
// office written before a full name ("Coxswain Becca Tallis", "Rabbi Ezra
// Blum", "Headteacher Ruth Bell"): like "Captain" or "Sergeant" they are
// no part of the person's name. Words that are also common surnames
// ("Porter", "Bishop", "Warden", "Dean") are left out, so "Ann Porter"
// keeps her name.
var crewTitles = words(`coxswain bosun boatswain matron vicar rabbi imam pastor archdeacon provost
	curate headteacher headmaster headmistress`)

func init() {
	for w := range crewTitles {
		titleWords[w] = true
	}
}
