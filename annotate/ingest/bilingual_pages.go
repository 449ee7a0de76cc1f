package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A bilingual page (a Welsh council's news release, an Irish or a
// Canadian government notice) gives each paragraph twice, first in the
// other language and then in English, and joins the two versions of its
// furniture with " / " ("Newyddion / News"). The analyst's reader reads
// the English: the other language's paragraphs and the joined lines are
// furniture there. The language test is cheap: the share of a
// paragraph's words that are English function words against the share
// that are another language's.

// englishWords are English function words; a word in both lists (an "a",
// an "an") tells neither language.
var englishWords = setOf(
	"the", "of", "and", "to", "in", "is", "was", "that", "for", "it", "with", "as", "on", "by", "at",
	"be", "this", "are", "were", "from", "or", "had", "has", "have", "not", "but", "which", "will",
	"would", "their", "they", "he", "she", "his", "her", "its", "been", "who", "said", "says", "than",
	"after", "about", "there", "when", "we", "our", "you", "your", "could", "should", "into", "over",
	"since", "while", "because", "all", "more", "most", "also", "what", "them", "these", "those",
)

// otherWords are function words of the other languages English pages are
// paired with: Welsh, Irish, French, Spanish.
var otherWords = setOf(
	// Welsh
	"y", "yr", "yn", "ac", "o", "o’r", "o'r", "i’r", "i'r", "mae", "bydd", "byddai", "dros", "fod", "bod",
	"ei", "eu", "gan", "wedi", "na", "nad", "hyn", "hynny", "ond", "neu", "gyda", "drwy", "trwy",
	"heb", "fel", "hefyd", "ym", "yng", "mewn", "sydd", "oedd", "roedd", "dywedodd", "daw", "cael",
	"ein", "eich", "fy", "nhw", "hi", "fe", "tra", "ôl", "wrth", "rhwng", "ar", "gwaith", "mae’r",
	// Irish
	"agus", "ag", "le", "leis", "go", "tá", "bhí", "sé", "sí", "siad", "ach", "seo", "sin", "don",
	"den", "ón", "chun", "faoi", "ina", "níl", "dúirt",
	// French
	"le", "la", "les", "des", "du", "et", "est", "une", "un", "que", "qui", "dans", "pour", "sur",
	"pas", "au", "aux", "avec", "sont", "ont", "été", "cette", "ce", "il", "elle", "ils", "nous",
	"vous", "mais", "ou", "par", "plus", "selon", "a-t-il", "a-t-elle",
	// Spanish
	"el", "los", "las", "es", "en", "del", "por", "con", "una", "para", "su", "sus", "como",
	"pero", "fue", "han", "ha", "está", "según", "dijo", "lo", "al", "este", "esta",
)

// languageCounts counts a text's English and other-language function words
// and all its words. It runs on every paragraph of every page, so it
// lowers each word into a small buffer rather than allocating.
func languageCounts(s string) (english, other, words int) {
	var buf [24]byte
	inWord := func(r rune) bool { return unicode.IsLetter(r) || r == '’' || r == '\'' || r == '-' }
	for k := 0; k < len(s); {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !inWord(r) {
			k += size
			continue
		}
		start := k
		for k < len(s) {
			r, size = utf8.DecodeRuneInString(s[k:])
			if !inWord(r) {
				break
			}
			k += size
		}
		w := strings.Trim(s[start:k], "’'-")
		if w == "" {
			continue
		}
		words++
		if len(w) > len(buf) {
			continue // no function word is this long
		}
		b := buf[:0]
		for _, r := range w {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		if len(b) > len(buf) {
			continue
		}
		en, ot := englishWords[string(b)], otherWords[string(b)]
		switch {
		case en && ot:
		case en:
			english++
		case ot:
			other++
		}
	}
	return english, other, words
}

// otherLanguage reports a paragraph of four words or more in a language
// other than English: a fifth of its words or more are another language's
// function words, over twice as many as English ones.
func otherLanguage(s string) bool {
	en, ot, n := languageCounts(s)
	return n >= 4 && ot*5 >= n && ot > 2*en
}

// englishProse reports a paragraph of four words or more in English: a
// tenth of its words or more are English function words, more than the
// other language's.
func englishProse(s string) bool {
	en, ot, n := languageCounts(s)
	return n >= 4 && en*10 >= n && en > ot
}

// removeOtherLanguage keeps the English version of a bilingual page. The
// page is bilingual when three paragraphs or more in another language
// (otherLanguage) are each followed by an English one (englishProse, or
// the English headline), and they are most of the page's other-language
// paragraphs: an English story quoting a Welsh sentence, or a wire with
// French quotations in « », has too few. Then every other-language
// paragraph goes, with the lines that join both versions with " / "
// ("Cyhoeddwyd / Published: 12 June 2026") and carry no quotation and no
// reported speech; the title is the English one (englishTitle).
func removeOtherLanguage(a *article, kinds []junk, removed [][]string, wc []int) {
	units := a.units
	var others []int
	paired := 0
	for i, u := range units {
		if kinds[i] != keep && u.role == "" || wc[i] < 4 || !otherLanguage(u.text) {
			continue
		}
		others = append(others, i)
		for j := i + 1; j < len(units); j++ {
			if kinds[j] != keep && units[j].role == "" {
				continue
			}
			if !otherLanguage(units[j].text) && (englishProse(units[j].text) || units[j].role != "" || headlineLike(units[j].text)) {
				paired++
			}
			break
		}
	}
	if paired < 3 || paired*3 < len(others)*2 {
		return
	}
	for _, i := range others {
		kinds[i] = junkChrome
		removed[i] = []string{units[i].text}
		if units[i].role != "" {
			// the markup's headline or dek in the other language: its
			// English version, next, takes the role
			for j := i + 1; j < len(units); j++ {
				if kinds[j] == keep && units[j].role == "" && !otherLanguage(units[j].text) {
					units[j].role = units[i].role
					break
				}
			}
			units[i].role = ""
		}
	}
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 40 || !strings.Contains(u.text, " / ") ||
			strings.ContainsAny(u.text, "\"“”«»") || reported(strings.ToLower(u.text)) {
			continue
		}
		kinds[i] = junkChrome
		removed[i] = []string{u.text}
	}
	if t := englishTitle(a.title, units, kinds); t != a.title {
		a.title, a.meta.Title = t, t
	}

}

// englishTitle returns the English title of a bilingual page: the half
// of a title in both versions ("Y Cyngor … / Council approves …") that is
// a kept line, else, for a title in both versions or in the other
// language only, the first kept line (the English headline).
func englishTitle(title string, units []unit, kinds []junk) string {
	if !strings.Contains(title, " / ") && !otherLanguage(title) {
		return title
	}
	for _, half := range strings.Split(title, " / ") {
		for i, u := range units {
			if kinds[i] == keep && sameText(u.text, half) {
				return strings.TrimSpace(half)
			}
		}
	}
	for i, u := range units {
		if kinds[i] == keep {
			return u.text
		}
	}
	return title
}
