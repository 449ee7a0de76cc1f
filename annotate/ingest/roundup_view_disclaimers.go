package ingest

import (
	"regexp"
	"strings"
)

// reCompiledNotOurView matches, whole, the standing note under a gossip or
// press round-up that its items come from other outlets and are not the
// site's own view: "Gossip is compiled from the papers and is not the view
// of the Daily Sport.", "Rumours are gathered from media reports and do not
// reflect the views of Cityline." The subject is a short name for the
// column, the verb is in the present (a notice, not a report of how a
// dossier "was compiled"), and the sentence ends on the outlet's name.
var reCompiledNotOurView = regexp.MustCompile(`^(?:(?:The|This|Our|Today['’]s) )?\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2} (?:is|are) (?:compiled|gathered|collated|drawn|taken|sourced|put together) from (?:[\p{L}'’-]+ ){0,3}(?:papers|newspapers|press|media|reports|stories|websites|outlets|sources)(?: [\p{L}'’-]+){0,3},? and (?:(?:is|are) not (?:necessarily )?(?:the views?|the opinions?|the position)|(?:does|do) not (?:necessarily )?(?:reflect|represent) the (?:views?|opinions?)) of`)

// reViewOwner matches the end of such a note: the outlet, named with a
// capital or as this site or paper, and the full stop.
var reViewOwner = regexp.MustCompile(`^ (?:the |The )?(?:\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,4}|(?:this|our) (?:site|website|newspaper|paper|station|publication|programme|column))\.?$`)

// compiledNotOurView reports a round-up's note that its items are taken
// from other papers and are not the site's view (reCompiledNotOurView).
// It is the column's furniture, never a story: a quoted or reported
// sentence, a past-tense one or one that goes on after the outlet's name
// stays.
func compiledNotOurView(s, lower string, words int) bool {
	if words > 30 || !strings.Contains(lower, " not ") || !strings.Contains(lower, " from ") || strings.ContainsAny(s, "\"“”«»") {
		return false
	}
	loc := reCompiledNotOurView.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && reViewOwner.MatchString(s[loc[1]:]) && !reported(lower)
}
