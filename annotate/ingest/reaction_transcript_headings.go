package ingest

// transcriptFollows reports a heading over a transcript: two or more of
// the next four kept lines are its turns ("Q: …", "Ines Vaal: …"). A
// reaction heading ("What they said") over an edited press conference
// labels the exchange, like one over labelled quotations.
func transcriptFollows(units []unit, kinds []junk, i int) bool {
	return turnsAfter(units, kinds, i, reTranscriptTurn) >= 2
}
