package ingest

import (
	"regexp"
	"strings"
)

// A Q&A set into a profile opens with the desk's note on how it was made:
// "We asked Baptiste four questions. Her answers have been edited for
// length." reEditedNote reads the editing note alone when it names "the
// answers"; with the answers given to their speaker ("Her answers", "His
// replies") and after the sentence saying what was asked, the note stayed
// as the Q&A's first paragraph. A story's sentence about questions asked
// ("We asked the council why, and it declined to comment.") has no
// editing note after it and stays.

// reQAAskedSentence matches the note's first sentence: the desk asked
// someone a number of questions, or each one was asked them.
var reQAAskedSentence = regexp.MustCompile(`^(?i:(?:we|the \p{L}+) (?:asked|put|sent|emailed|posed)|(?:each|every|all|both)(?: [\p{L}-]+){0,3} (?:was|were) (?:asked|sent|put)) [^.?!"“”]{0,60}\bquestions\b[^.?!"“”]{0,40}\.$`)

// reQAEditedSentence matches the editing note with the answers given to
// their speaker or speakers.
var reQAEditedSentence = regexp.MustCompile(`^(?i:(?:her|his|their|the|all|these|the candidates['’]?|candidates['’]?) (?:answers|responses|replies)(?: (?:below|above))? (?:has|have) been (?:lightly )?(?:edited|condensed|shortened|abridged|trimmed)(?: and (?:lightly )?(?:edited|condensed|shortened))?(?: for (?:length|clarity|brevity|space)(?:,? and (?:length|clarity|brevity|space))?)?)\.$`)

// qaIntroNote reports the note on a line of its own: the editing note,
// after at most one sentence saying what was asked.
func qaIntroNote(s string, words int) bool {
	if words > 30 {
		return false
	}
	t := strings.TrimSpace(strings.Trim(s, "*_[]() "))
	if !strings.HasSuffix(t, ".") {
		t += "."
	}
	if reQAEditedSentence.MatchString(t) {
		return true
	}
	i := strings.Index(t, ". ")
	return i > 0 && reQAAskedSentence.MatchString(t[:i+1]) && reQAEditedSentence.MatchString(t[i+2:])
}
