package ingest

import (
	"regexp"
	"strings"
)

// A story written by two or three reporters has a byline that joins their
// names: "Catriona Reid and Ewan Moss", "Ana Ruiz, Tom Ek and Sam Doe". On
// a page that prints it bare, on a line of its own beside the date line
// (its "By" on the line above), removeHeaderNames took a name of two to
// four words but not the joined names, which run to five or more, and the
// byline stayed as the story's first paragraph. Each name here has two or
// three capitalised words, so a title joined by "and" ("Romeo and
// Juliet", "Marks and Spencer") is not a byline.

// reJointByline matches two or three names of two or three capitalised
// words each, joined by commas and a last "and" or "&".
var reJointByline = regexp.MustCompile(`^` + jointName + `(?:, ` + jointName + `)?,? (?:and|&) ` + jointName + `$`)

// jointName is one reporter's name: "Ewan Moss", "Mary-Kate O’Neill",
// "Ana de la Cruz".
const jointName = `\p{Lu}[\p{L}'’.-]+(?: (?:de|van|von|der|den|da|la|le|di|del|bin|al))*(?: \p{Lu}[\p{L}'’-]+){1,2}`

// jointBylineNames reports a line that is only the joined names of a
// byline without "By".
func jointBylineNames(s string) bool {
	s = strings.TrimSpace(s)
	return !upperCase(s) && reJointByline.MatchString(s)
}
