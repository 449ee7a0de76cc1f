package suggest

// This file holds the people who staff an operations room or a rescue
// and who speak as a group in wire copy: "Mission controllers said the
// fault was traced to a sensor", "Air traffic controllers said …",
// "Paramedics said …". A modifier before them ("Mission", "Ground",
// "Flight") only makes a speaker phrase when its head is a role noun, so
// they join the role lexicon, with their plurals (this file's init runs
// after the lexicon's, which makes the plurals of the others).

// crewRoleNouns are the staff of a control room, a launch or a rescue.
var crewRoleNouns = words(`controller technician astronaut cosmonaut firefighter
	paramedic rescuer`)

func init() {
	for w := range crewRoleNouns {
		roleNouns[w] = true
		roleNouns[w+"s"] = true
	}
}
