package ingest

import "regexp"

// An editing note over the record of a spoken event names the event, not
// only the interview: "The press conference has been edited for length and
// clarity.", "This briefing has been condensed." It is the desk's note, as
// reEditedNote's. A sentence of the story that says what an event did to
// a plan ("The press conference has been moved to Friday.") stays.

// reEventEditedNote matches an editing note naming a spoken event.
var reEventEditedNote = regexp.MustCompile(`^(?i:(?:the|this|the following) (?:press conference|news conference|press briefing|media briefing|briefing|press call|presser|media session|q&a session|panel discussion|panel|debate|hearing|speech|talk|webinar|phone-in|podcast)(?: (?:below|above))? (?:has|have) been (?:lightly |heavily )?(?:edited|condensed|shortened|abridged|trimmed)(?: and (?:lightly )?(?:edited|condensed|shortened))?(?: for (?:length|clarity|brevity|space)(?:,? and (?:length|clarity|brevity|space))?)?)\.?$`)
