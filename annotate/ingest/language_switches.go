package ingest

import (
	"regexp"
	"strings"
)

// A page published in two languages links each story to its other
// version on a line of its own above the headline: "Read this story in
// Welsh", "Lire en français / Read in English", "Darllenwch yn Gymraeg /
// Read this story in Welsh", "English | Cymraeg". The line is the page's
// furniture, not the headline.

// languageNames are the names of languages in English and in their own
// words, as a language switch prints them.
var languageNames = setOf(
	"english", "saesneg", "welsh", "cymraeg", "gymraeg", "irish", "gaeilge", "gaelic", "gàidhlig", "scots",
	"french", "français", "francais", "spanish", "español", "espanol", "castellano", "catalan", "català",
	"basque", "euskara", "breton", "brezhoneg", "cornish", "kernewek", "german", "deutsch", "italian",
	"italiano", "portuguese", "português", "portugues", "dutch", "nederlands", "polish", "polski",
	"ukrainian", "russian", "arabic", "chinese", "japanese", "korean", "hindi", "urdu", "turkish",
	"türkçe", "swedish", "svenska", "norwegian", "norsk", "danish", "dansk", "finnish", "suomi",
	"māori", "maori", "sámi", "sami", "inuktitut",
)

// reLanguageSwitch matches the English wording of a switch: "Read this
// story in Welsh", "Read in English", "This article is also available in
// French", "Listen to this report in Irish", "Switch to Cymraeg".
var reLanguageSwitch = regexp.MustCompile(`(?i)^(?:(?:read|view|see|listen to|watch)(?: (?:this|the))?(?: (?:story|article|page|report|piece|version|news))? in|(?:this (?:story|article|page|report) is )?(?:also )?available in|(?:switch|change) (?:language )?to|(?:an? )?(?:version|translation) in) (\p{L}+)\.?$`)

// languageSwitch reports a language switch line: split at " / ", " | "
// or " · ", one part is an English switch (reLanguageSwitch) and every
// other part is a few words naming a language, or two parts or more are
// each a language's name alone ("English | Cymraeg").
func languageSwitch(s string, words int) bool {
	if words > 16 || strings.ContainsAny(s, "\"“”«»") || reported(strings.ToLower(s)) {
		return false
	}
	parts := splitHeader(s)
	if len(parts) == 0 {
		parts = []string{strings.TrimSpace(s)}
	}
	if len(parts) > 3 {
		return false
	}
	switches, names, alone := 0, 0, 0
	for _, p := range parts {
		if m := reLanguageSwitch.FindStringSubmatch(p); m != nil && languageNames[strings.ToLower(m[1])] {
			switches++
			continue
		}
		if !namesLanguage(p) {
			return false
		}
		names++
		if wordCount(p) == 1 {
			alone++
		}
	}
	return switches > 0 || names >= 2 && alone == names
}

// namesLanguage reports a part of at most four words, without a sentence
// end, one of which is a language's name: "Darllenwch yn Gymraeg", "Lire
// en français", "Cymraeg".
func namesLanguage(p string) bool {
	if n := wordCount(p); n == 0 || n > 4 || endsSentence(p) {
		return false
	}
	for _, w := range strings.Fields(p) {
		if languageNames[strings.ToLower(strings.Trim(w, ".,:;()[]"))] {
			return true
		}
	}
	return false
}
