// Package search is the document filter's vocabulary: the query an analyst
// types (free words, "quoted phrases", filters such as speaker:Peskov or
// stance:AGAINST, and -negation), and the facets of a document's layer that
// the filters find it by. It knows no SQL: the store keeps the facets and
// runs the query.
package search

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"newsmark/annotate"
)

// Term is a word or a quoted phrase the text must (or, when Not, must not)
// contain. Prefix says the last word may be the start of a longer one, as
// in a search box where the analyst is still typing it.
type Term struct {
	Text   string
	Phrase bool
	Not    bool
	Prefix bool
}

// Filter is one annotation filter: Name is one of Filters, Value as typed.
type Filter struct {
	Name  string
	Value string
	Not   bool
}

// Query is a parsed filter: every term and every filter must hold (AND).
// Analyst, when set, is the layer the filters look at instead of the
// analyst's own.
type Query struct {
	Terms   []Term
	Filters []Filter
	Analyst string
}

// Empty tells whether the query asks for nothing: every document matches.
func (q Query) Empty() bool { return len(q.Terms) == 0 && len(q.Filters) == 0 && q.Analyst == "" }

// FilterHelp describes each filter, in the order the legend shows them.
var FilterHelp = []struct{ Name, Example, Means string }{
	{"label", "label:claim", "has a span with that label"},
	{"speaker", "speaker:Peskov", "a speaker with that canonical name (accents and case ignored)"},
	{"target", "target:NATO", "a stance toward that target"},
	{"stance", "stance:AGAINST", "a stance FAVOR, AGAINST or NONE (with speaker: or target:, the same statement's)"},
	{"status", "status:done", "todo, in_progress or done in the layer"},
	{"analyst", "analyst:ana", "look at that analyst's layer (alone: documents they worked on)"},
	{"pending", "pending:yes", "suggestions still to decide (yes or no)"},
	{"checkworthy", "checkworthy:yes", "a claim marked check-worthy (yes or no)"},
}

// Filters are the names a filter may have.
func Filters() []string {
	out := make([]string, len(FilterHelp))
	for i, f := range FilterHelp {
		out[i] = f.Name
	}
	return out
}

// Legend is a short line for a hint under the filter box.
const Legend = `words, "a phrase", -word, label: speaker: target: stance: status: analyst: pending:yes checkworthy:yes`

// UnknownFilterError is a name:value whose name is no filter.
type UnknownFilterError struct{ Name string }

func (e *UnknownFilterError) Error() string {
	return fmt.Sprintf("unknown filter %q: the filters are %s", e.Name+":", strings.Join(Filters(), ", "))
}

// Parse reads what the analyst typed. Words and "quoted phrases" match the
// title and text; name:value (or name:"two words") is a filter; a leading
// - negates a word, phrase or filter. An unknown filter or a value a filter
// cannot take is an error naming it; an unclosed quote runs to the end.
func Parse(in string) (Query, error) {
	var q Query
	rs := []rune(in)
	lastWord := -1
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		not := false
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			not = true
			i++
		}
		if rs[i] == '"' {
			text, next, closed := quoted(rs, i)
			i = next
			if words := Words(text); len(words) > 0 {
				q.Terms = append(q.Terms, Term{Text: strings.Join(words, " "), Phrase: len(words) > 1, Not: not})
				if !closed && !not {
					lastWord = len(q.Terms) - 1
				} else {
					lastWord = -1
				}
			}
			continue
		}
		j := i
		for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != ':' && rs[j] != '"' {
			j++
		}
		if j < len(rs) && rs[j] == ':' && j > i && isName(rs[i:j]) {
			name := strings.ToLower(string(rs[i:j]))
			var value string
			k := j + 1
			if k < len(rs) && rs[k] == '"' {
				value, k, _ = quoted(rs, k)
			} else {
				for k < len(rs) && !unicode.IsSpace(rs[k]) {
					k++
				}
				value = string(rs[j+1 : k])
			}
			i = k
			lastWord = -1
			if err := q.addFilter(name, strings.TrimSpace(value), not); err != nil {
				return Query{}, err
			}
			continue
		}
		k := i
		for k < len(rs) && !unicode.IsSpace(rs[k]) {
			k++
		}
		words := Words(string(rs[i:k]))
		i = k
		for n, w := range words {
			q.Terms = append(q.Terms, Term{Text: w, Not: not})
			lastWord = -1
			if n == len(words)-1 && !not {
				lastWord = len(q.Terms) - 1
			}
		}
	}
	// The word being typed may be the start of a longer one; not once the
	// analyst has typed a space after it.
	if lastWord >= 0 && len(rs) > 0 && !unicode.IsSpace(rs[len(rs)-1]) && !q.Terms[lastWord].Phrase {
		q.Terms[lastWord].Prefix = true
	}
	return q, nil
}

// quoted reads a quoted string starting at rs[i] == '"': its text, where
// reading goes on, and whether the quote was closed.
func quoted(rs []rune, i int) (string, int, bool) {
	j := i + 1
	for j < len(rs) && rs[j] != '"' {
		j++
	}
	if j < len(rs) {
		return string(rs[i+1 : j]), j + 1, true
	}
	return string(rs[i+1:]), j, false
}

func isName(rs []rune) bool {
	for _, r := range rs {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_') {
			return false
		}
	}
	return true
}

func (q *Query) addFilter(name, value string, not bool) error {
	known := false
	for _, f := range FilterHelp {
		known = known || f.Name == name
	}
	if !known {
		return &UnknownFilterError{Name: name}
	}
	if value == "" {
		return fmt.Errorf("filter %s needs a value, as in %s", name+":", example(name))
	}
	switch name {
	case "stance":
		v := strings.ToUpper(value)
		if v != annotate.StanceFavor && v != annotate.StanceAgainst && v != annotate.StanceNone {
			return fmt.Errorf("filter stance:%s: a stance is FAVOR, AGAINST or NONE", value)
		}
		value = v
	case "status":
		v := strings.ReplaceAll(strings.ToLower(value), "-", "_")
		switch annotate.Status(v) {
		case annotate.StatusTodo, annotate.StatusInProgress, annotate.StatusDone:
		default:
			return fmt.Errorf("filter status:%s: a status is todo, in_progress or done", value)
		}
		value = v
	case "pending", "checkworthy":
		v := strings.ToLower(value)
		if v != "yes" && v != "no" {
			return fmt.Errorf("filter %s:%s: say yes or no", name, value)
		}
		if v == "no" {
			not = !not
		}
		value = "yes"
	case "analyst":
		if not {
			return fmt.Errorf("filter -analyst:%s: an analyst's layer cannot be negated; name the layer to look at", value)
		}
		if q.Analyst != "" && q.Analyst != value {
			return fmt.Errorf("filter analyst:%s: the query already looks at %s's layer; one layer at a time", value, q.Analyst)
		}
		q.Analyst = value
		return nil
	}
	q.Filters = append(q.Filters, Filter{Name: name, Value: value, Not: not})
	return nil
}

func example(name string) string {
	for _, f := range FilterHelp {
		if f.Name == name {
			return f.Example
		}
	}
	return name + ":…"
}

// Words splits text into the words a full-text index keeps: runs of
// letters and digits (an apostrophe or hyphen between them splits too, as
// the index does).
func Words(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) })
}

// Fold is the form a name is compared in: lower case, without accents,
// single spaces ("Inés  OKAFOR" → "ines okafor").
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
