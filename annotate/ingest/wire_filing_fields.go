package ingest

import (
	"regexp"
	"strings"
)

// A wire story as filed may carry, under the agency's banner, one line of
// the filing system's fields set side by side: "Category: Disasters /
// Environment    Urgency: 2    Words: 540", "Priority: 3 | Section:
// Business | Word count: 410". It tells the desk how to route the story and
// says nothing of it, yet with no full stop it was taken for the
// standfirst. Two fields or more, each a label of one or two capitalised
// words and a colon, parted by a wide gap or a bar, with at least one label
// from a wire's filing vocabulary, tell it; a sentence holding one label
// and colon ("Priority: the patients who wait longest") has no second
// field.

// reFilingField matches one field of such a line: a label and its value.
var reFilingField = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?: \p{L}\p{Ll}+)?: \S.{0,40}$`)

// reFieldGap parts the fields: a tab, a run of two spaces or more, or a bar.
var reFieldGap = regexp.MustCompile(`\t+|  +| \| `)

// wireFilingLabels are the labels a wire's filing system puts on a story.
var wireFilingLabels = setOf("urgency", "priority", "words", "word count", "wordcount", "category", "categories",
	"slug", "desk", "service", "edition", "keywords", "topic code", "story id", "version",
	// an agency's English service files under a section, stamped with the
	// filing time: "Section: Economy / Housing    Filed: … KST    Ref: …"
	"section", "filed", "filed at", "transmitted")

// wireFilingFields reports a wire's line of filing fields.
func wireFilingFields(s string, words int) bool {
	if words > 30 || strings.ContainsAny(s, "\"“”") || endsSentence(s) {
		return false
	}
	fields := reFieldGap.Split(strings.TrimSpace(s), -1)
	if len(fields) < 2 {
		return false
	}
	filing := 0
	for _, f := range fields {
		if !reFilingField.MatchString(f) {
			return false
		}
		label, _, _ := strings.Cut(f, ":")
		if wireFilingLabels[strings.ToLower(label)] {
			filing++
		}
	}
	return filing >= 1
}
