package ingest

import (
	"regexp"
	"strings"
)

// A story drafted in a notes app and exported as Markdown carries the app's
// own marks round the copy: a properties block at the top ("Tags: …",
// "Created: …"), callouts ("> [!warning] Legal" over a note to the desk),
// a to-do list ("- [ ] Call the press office back") and wiki links
// ("[[Name]]") that the app shows as the plain name.

var (
	// reCallout matches a callout's marker at the start of a quoted box:
	// "[!note]", "[!WARNING]-", the syntax notes apps and GitHub share.
	reCallout = regexp.MustCompile(`^\[![A-Za-z][A-Za-z-]*\][+-]?(?:\s|$)`)
	// reTaskItem matches a to-do item, ticked or not: "[ ] …", "[x] …".
	reTaskItem = regexp.MustCompile(`^(?:[-*+] )?\[[ xX]\] \S`)
	// reWikiLink matches a wiki link, with the alias the app shows:
	// "[[Page]]", "[[Page|shown words]]".
	reWikiLink = regexp.MustCompile(`\[\[(\pL[^\[\]|\n]{0,80}?)(?:\|([^\[\]|\n]{1,80}))?\]\]`)
	// reNoteProperty matches a notes app's property line.
	reNoteProperty = regexp.MustCompile(`^(?i:tags|created|modified|updated|status|aliases):\s`)
)

// removeNotesAppParts removes a notes app's callouts anywhere, and in a
// page the app exported (a callout, a property line or a wiki link shows
// it) the to-do list after the story with its heading; then it writes the
// kept text's wiki links as the words they show. A checklist in the body
// of an explainer, with prose after it or on a page with no such marks,
// stays.
func removeNotesAppParts(units []unit, kinds []junk, removed [][]string, wc []int) {
	exported := false
	for i, u := range units {
		if u.role != "" {
			continue
		}
		if reCallout.MatchString(u.text) || reNoteProperty.MatchString(u.text) || reWikiLink.MatchString(u.text) {
			exported = true
		}
		if kinds[i] == keep && reCallout.MatchString(u.text) {
			kinds[i] = junkChrome
			removed[i] = []string{u.text}
		}
	}
	if exported {
		removeTrailingTasks(units, kinds, removed, wc)
	}
	for i, u := range units {
		if kinds[i] == keep && strings.Contains(u.text, "[[") {
			units[i].text = reWikiLink.ReplaceAllStringFunc(u.text, func(m string) string {
				s := reWikiLink.FindStringSubmatch(m)
				if s[2] != "" {
					return s[2]
				}
				return s[1]
			})
		}
	}
}

// removeTrailingTasks removes the to-do lists that come after the story's
// last paragraph of prose (15 words or more), with a short heading right
// above a list.
func removeTrailingTasks(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := len(units) - 1; i >= 0; i-- {
		if kinds[i] != keep || units[i].role != "" {
			continue
		}
		t := units[i].text
		if !reTaskItem.MatchString(t) {
			if wc[i] >= 15 {
				return
			}
			continue
		}
		kinds[i] = junkChrome
		removed[i] = []string{t}
		for h := i - 1; h >= 0; h-- {
			if kinds[h] != keep {
				continue
			}
			if units[h].heading > 0 && wc[h] <= 4 {
				kinds[h] = junkChrome
				removed[h] = []string{units[h].text}
			}
			break
		}
	}
}
