package suggest

// quoteCueReach is how many tokens after a closing quotation the cue of
// its frame may stand: "“…,” Ruth Baird, the flight director for the
// Tellian Space Agency, told reporters" puts a name, a comma, a seven-word
// role with its body and another comma before the cue. With a shorter
// reach the cue was missed there and a later hearer ("reporters") took
// the quotation with the name inside it; the speaker before the cue must
// still be the phrase the quotation is followed by, or a role phrase and a
// comma before it (appositionFrom), so a longer reach finds no cue of
// another clause.
const quoteCueReach = 16
