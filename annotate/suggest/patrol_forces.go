package suggest

// This file makes "Patrol" a word that names a body, as "Police" does: "The
// State Highway Patrol said", "the Border Patrol said", "Ski Patrol". A
// capitalised phrase ending in it read as a person's name lost its first
// word as if a title ("State" of "State Senator"), leaving "Highway Patrol"
// for "State Highway Patrol"; as a body's name it keeps every word.

// patrolHeads are the nouns of a patrolling force.
var patrolHeads = words(`patrol`)

func init() {
	for w := range patrolHeads {
		orgHeads[w] = true
	}
}
