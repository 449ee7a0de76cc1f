package ingest

import (
	"regexp"
	"strings"
)

// reReaderNotesHeading matches the heading a reader puts over their own
// notes under an article they clipped into a notes app or a read-later
// export: "My notes", "Personal notes:", "Reading notes", "My highlights",
// "Notes to self", "Analyst's comments".
var reReaderNotesHeading = regexp.MustCompile(`(?i)^(?:(?:my|our|personal|reading|research|working|analyst['’]?s?|reviewer['’]?s?) (?:own )?(?:notes|highlights|annotations|comments|thoughts|jottings)|notes to (?:self|myself))\s*:?$`)

// removeReaderNotes takes the reader's own notes section from a clipped
// article: a notes heading (a Markdown heading, or a line of its own) after
// three paragraphs of the story, and every line under it up to a heading
// of the same rank or higher, or to the end of the page. The notes are the
// reader's, not the article's, whatever they say; a story sentence that
// mentions "my notes" is no heading and stays.
func removeReaderNotes(units []unit, kinds []junk, removed [][]string, wc []int) {
	paras := 0
	for i, u := range units {
		if kinds[i] != keep || u.role != "" {
			continue
		}
		if paras < 3 || !reReaderNotesHeading.MatchString(strings.TrimSpace(u.text)) {
			if u.heading == 0 && wc[i] >= 12 {
				paras++
			}
			continue
		}
		for j := i; j < len(units); j++ {
			if j > i && units[j].heading > 0 && u.heading > 0 && units[j].heading <= u.heading {
				break
			}
			if kinds[j] == keep && units[j].role == "" {
				kinds[j] = junkTrailer
				removed[j] = []string{units[j].text}
			}
		}
		return
	}
}
