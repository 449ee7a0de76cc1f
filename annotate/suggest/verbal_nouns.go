package suggest

import "strings"

// Court and wire reports let a decision speak by a noun made from its verb:
// "According to the ruling, the registry must …", "The finding says …",
// "the briefing said". Such a noun names an act or what came of it, never
// a person, so a description built on it must not take the nearest person
// named before it (the judge who ruled): unresolved, it keeps its own
// word, as the guidelines give a document its own canonical name.

// verbalNoun reports whether head is a noun made from a verb by "-ing"
// ("ruling", "finding", "hearing", "warning", "briefing"). The few nouns of
// people that end so are kept out (ingPersons), and so are short words
// such as "king".
func verbalNoun(head string) bool {
	return len(head) >= 6 && strings.HasSuffix(head, "ing") && !ingPersons[head]
}

// ingPersons are nouns of people that end in "-ing" without being made
// from a verb: "her sibling said", "the darling of the left".
var ingPersons = words(`sibling underling darling hireling weakling foundling fledgling stripling
	changeling earthling yearling nestling duckling offspring viking`)
