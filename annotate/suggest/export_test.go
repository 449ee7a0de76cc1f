package suggest

import (
	"strings"
	"unicode/utf8"

	"newsmark/annotate"
)

// This file lends the scorer of score_test.go to the external test package,
// which can import the cleaner (ingest imports suggest, so a test inside
// this package cannot).

// GoldStatement is one statement of a hand-made gold: its text, the
// speaker's canonical name, the cue's text (empty when none), the text of
// the statement it is nested in, and its zone ("" for the body).
type GoldStatement struct {
	Text, Speaker, Cue, NestedIn, Zone string
}

// Scores are the figures of one article or of a set: statements found
// (tp, fp, fn), speakers, cues and nestings right among the found ones,
// and the traps hit.
type Scores struct{ s scores }

// Add adds another article's figures.
func (s *Scores) Add(o Scores) { s.s.add(o.s) }

// Figures returns precision, recall and F1 of the statements.
func (s Scores) Figures() (p, r, f1 float64) { return s.s.precision(), s.s.recall(), s.s.f1() }

// Counts returns tp, fp and fn.
func (s Scores) Counts() (tp, fp, fn int) { return s.s.tp, s.s.fp, s.s.fn }

// Speakers returns how many found statements have the right speaker, of how many.
func (s Scores) Speakers() (ok, seen int) { return s.s.spkOK, s.s.spkSeen }

// Cues returns how many found statements with a gold cue have that cue, of how many.
func (s Scores) Cues() (ok, seen int) { return s.s.cueOK, s.s.cueSeen }

// Nested returns how many found nested statements are nested_in the right statement, of how many.
func (s Scores) Nested() (ok, seen int) { return s.s.nestedOK, s.s.nestedSeen }

// Traps lists the traps hit.
func (s Scores) Traps() []string { return s.s.traps }

// ScoreGold scores res on doc against gold statements (speakers compared
// as whole canonical names) and fragments that must not be statements.
// A gold statement is looked for in the body first; one missing from the
// text counts as not found.
func ScoreGold(name string, doc *annotate.Document, gold []GoldStatement, never []string, res Result) Scores {
	g := goldDoc{name: name, doc: doc, extraTraps: never, canonical: true}
	runes := []rune(doc.Text)
	bodyStart := 0
	for _, z := range doc.Zones {
		if z.Zone == annotate.ZoneBody {
			bodyStart = z.Start
			break
		}
	}
	body := string(runes[bodyStart:])
	for _, s := range gold {
		gs := goldStatement{Text: s.Text, Speaker: s.Speaker, Cue: s.Cue, NestedIn: s.NestedIn, Zone: s.Zone, start: -1, end: -1}
		if gs.Zone == "" {
			gs.Zone = annotate.ZoneBody
		}
		if i := indexRunes(body, s.Text); i >= 0 {
			gs.start = bodyStart + i
		} else if i := indexRunes(doc.Text, s.Text); i >= 0 {
			gs.start = i
		}
		if gs.start >= 0 {
			gs.end = gs.start + len([]rune(s.Text))
		}
		g.statements = append(g.statements, gs)
	}
	return Scores{score(g, res)}
}

// indexRunes is strings.Index counted in runes.
func indexRunes(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:i])
}

// Notes lists what went wrong, statement by statement.
func (s Scores) Notes() []string { return s.s.notes }
