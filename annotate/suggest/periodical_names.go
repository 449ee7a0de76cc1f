package suggest

// periodicalHeads open a learned periodical's name before "of"
// ("Journal of Applied Ecology", "Annals of Surgery", "Proceedings of the
// Royal Society", "Bulletin of Marine Science", "Transactions of the
// Geological Society"). "Review" stays out: "a Review of Policing" is more
// often a document than the periodical that publishes it.
var periodicalHeads = words(`journal annals proceedings bulletin transactions`)

// periodicalName is the name of a periodical that the phrase ws is, without
// its determiner ("The Journal of Applied Thermal Physiology" → "Journal
// of Applied Thermal Physiology"), or nil. The name is a capitalised
// periodical's head, "of", and capitalised words (small linking words
// allowed between them) to the end of the phrase. Without this rule the
// capitalised words after "of" were read as a person's name ("of Applied
// Thermal Physiology") once there were three of them. A lower-case head
// ("the journal of a ship's surgeon") or a head that does not open the
// name ("a Journal of Surgery editor") is no periodical's name here.
func periodicalName(ws []string) []string {
	name := trimDeterminer(ws)
	if len(name) < 3 || !isCap(name[0]) || !periodicalHeads[bare(name[0])] || bare(name[1]) != "of" {
		return nil
	}
	caps := 0
	for k, w := range name[2:] {
		b := bare(w)
		switch {
		case isCap(w) && !possessiveWord(w):
			caps++
		case k > 0 && k < len(name)-3 && (b == "and" || b == "of" || b == "the" || b == "for" || b == "&"):
		default:
			return nil
		}
	}
	if caps == 0 || !isCap(name[len(name)-1]) {
		return nil
	}
	return name
}
