package ingest

import "regexp"

// An agency's English service tags a headline's version in brackets before
// it: "(LEAD) Think tank warns …", "(2nd LD) Police raid …", "(URGENT)
// Quake hits …". reWireVersionTag reads the hyphened tags ("UPDATE 2-",
// "REFILE-"); the bracketed tag stayed on the headline. Only the wire's
// version words count, so a headline that opens with a bracketed aside
// ("(Not) the end of the line") keeps it.

// reWireBracketTag matches the bracketed tag and the space after it, before
// the headline's first capital.
var reWireBracketTag = regexp.MustCompile(`^(\((?:LEAD|URGENT|FLASH|BULLETIN|\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH) (?:LD|LEAD)|LD|UPDATE(?: \d{1,2})?|REFILE|CORRECTED|News Focus|News Analysis)(?:, ?[^()]{1,60})?\)\s+)\p{Lu}`)
