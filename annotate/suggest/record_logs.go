package suggest

// This file holds the logs that a body keeps as its record of events and
// that a report cites for a fact: "The capsule docked at 16:31, according
// to the agency's mission log", "…, according to the ship's logbook",
// "Police logs show that …". The guidelines tag such a record as a
// document speaker, like the minutes or records the lexicon already knows.

func init() {
	for _, w := range []string{"log", "logs", "logbook", "logbooks"} {
		documentNouns[w] = true
	}
}
