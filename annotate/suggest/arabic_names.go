package suggest

// This file reads the long Arabic names of Gulf and Levant wires ("Sheikh
// Dr. Khalid bin Hamad bin Saif Al-Masrafi", "Noura bint Abdulaziz
// Al-Suwaidan"): the nasab's "bint" and "ibn" join a name as "bin" does, so
// the woman's given name is not cut off before it; and "Sheikh" or "Sheikha"
// before a given name is an honorific, not part of the name, so a later
// "Sheikh Khalid" is the given name of the minister named in full.

// nasabParticles link a given name to the father's ("bint Abdulaziz", "ibn
// Saud"); "bin" and "al" are name particles already.
var nasabParticles = words(`bint binti ibn`)

// gulfHonorifics are honorifics of standing written before a given name
// ("Sheikh Khalid", "Sheikha Noura", "Sayyid Badr"). They are not title
// words everywhere, since "Sheikh" is also a surname ("Imran Sheikh").
var gulfHonorifics = words(`sheikh sheikha shaikh shaikha sayyid sayyida`)

func init() {
	for w := range nasabParticles {
		nameParticles[w] = true
	}
}

// honorificOpener reports whether ws[i] is a Gulf honorific that opens a
// name before a known given name ("Sheikh Khalid", "Emir Sheikh Mansour
// bin Faisal"), and so is no part of the name. A surname "Sheikh" after the
// given name ("Imran Sheikh") or before a word that is no given name keeps
// its place.
func honorificOpener(ws []string, i int) bool {
	return i+1 < len(ws) && isCap(ws[i]) && gulfHonorifics[bare(ws[i])] && isCap(ws[i+1]) && givenGender(ws[i+1]) != 0
}
