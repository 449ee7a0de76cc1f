// Package agree measures how far analysts agree: the coefficients of
// inter-annotator agreement (Cohen's κ, Scott's π, Fleiss' κ, Krippendorff's
// α and α_U, Gwet's AC1, percent agreement), one alignment of the analysts'
// spans into units that the agreement figures and the adjudication view
// share, and a report over a corpus with the counts of what was used and
// excluded next to every figure.
//
// Its vocabulary is the statistician's: an item (or unit) is what coders
// (analysts) classify, a value is one coder's category for one item, and a
// missing value is written "". It knows nothing of SQL or widgets: callers
// hand it documents and each analyst's annotations.
package agree

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

// Reasons a figure is undefined, in words a reader understands.
const (
	ReasonNoItems      = "no items"
	ReasonOneCategory  = "one category only"
	ReasonSingleRated  = "fewer than two analysts on every item"
	ReasonNoSpans      = "no spans"
	ReasonTwoCoders    = "needs exactly two analysts"
	ReasonNoMass       = "only zero-length units"
	ReasonFewAnalysts  = "fewer than two analysts"
	ReasonNotNumeric   = "a value is not a number"
	ReasonNoCompletion = "no item rated by every analyst"
)

// Reasons an item is left out of a figure.
const (
	ExcludedSingleRated = "single-rated"
	ExcludedIncomplete  = "incomplete: not rated by every analyst"
	ExcludedUnrated     = "rated by nobody"
)

// Result is one agreement figure: its value when it is defined, or the
// reason in words when it is not (never NaN, never a 1 made up for an empty
// study), with the number of items used and of those excluded and why.
type Result struct {
	// Measure names the coefficient: "Cohen's κ", "Krippendorff's α (nominal)", "F1".
	Measure string
	// Defined says whether Value means anything; when false, Reason says why.
	Defined bool
	Value   float64
	Reason  string
	// Observed and Expected are the observed and chance-expected agreement
	// (A_o, A_e) or disagreement (D_o, D_e) the value is made of, for the
	// chance-corrected coefficients.
	Observed, Expected float64
	// Used counts the items (Unit names them) that went into the value.
	// Matches counts those that agreed, for accuracies, and for F1 the
	// spans that found a partner (twice the matched pairs), so that
	// F1 = Matches/Used.
	Used    int
	Matches int
	Unit    string
	// Excluded lists the items left out, grouped by reason.
	Excluded []Exclusion
	// Categories holds per-category values where the coefficient has them
	// (Fleiss' κ, Krippendorff's α nominal, α_U).
	Categories []CategoryResult
}

// Exclusion counts the items a figure left out for one reason. Unit names
// what was counted when it is not the Result's own unit ("documents").
type Exclusion struct {
	Reason string
	Count  int
	Unit   string
}

// CategoryResult is a coefficient for one category (label, value) alone.
type CategoryResult struct {
	Category string
	Result
}

// ExcludedCount returns the number of items excluded for every reason.
func (r Result) ExcludedCount() int {
	n := 0
	for _, e := range r.Excluded {
		n += e.Count
	}
	return n
}

// Category returns the per-category result for c, if there is one.
func (r Result) Category(c string) (Result, bool) {
	for _, cr := range r.Categories {
		if cr.Category == c {
			return cr.Result, true
		}
	}
	return Result{}, false
}

// String renders the figure as a reader sees it: "0.74 (used 40 items, 8
// excluded: single-rated)" or "undefined: one category only (used 12 items)".
func (r Result) String() string {
	var b strings.Builder
	if r.Defined {
		b.WriteString(formatValue(r.Value))
	} else {
		b.WriteString("undefined: " + r.Reason)
	}
	if r.Defined || r.Used > 0 || len(r.Excluded) > 0 {
		b.WriteString(" (" + r.Counts() + ")")
	}
	return b.String()
}

// plural fits a unit to a count: "1 document", "2 documents".
func plural(n int, unit string) string {
	if n == 1 && strings.HasSuffix(unit, "s") {
		return strings.TrimSuffix(unit, "s")
	}
	return unit
}

// Counts renders what the figure used and excluded: "used 40 items, 8
// excluded: single-rated".
func (r Result) Counts() string {
	unit := r.Unit
	if unit == "" {
		unit = "items"
	}
	var parts []string
	if r.Matches > 0 && r.Measure != "" && (strings.HasPrefix(r.Measure, "F1") || strings.Contains(r.Measure, "accuracy")) {
		parts = append(parts, fmt.Sprintf("%d of %d %s agree", r.Matches, r.Used, plural(r.Used, unit)))
	} else {
		parts = append(parts, fmt.Sprintf("used %d %s", r.Used, plural(r.Used, unit)))
	}
	for _, e := range r.Excluded {
		if e.Count == 0 {
			continue
		}
		if e.Unit != "" && e.Unit != unit {
			parts = append(parts, fmt.Sprintf("%d %s excluded: %s", e.Count, plural(e.Count, e.Unit), e.Reason))
		} else {
			parts = append(parts, fmt.Sprintf("%d excluded: %s", e.Count, e.Reason))
		}
	}
	return strings.Join(parts, ", ")
}

// formatValue prints a coefficient with two decimals, without "-0.00".
func formatValue(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	if s == "-0.00" {
		s = "0.00"
	}
	return s
}

// MarshalJSON writes the result with "value": null when it is undefined, so
// no reader ever meets NaN or a made-up number.
func (r Result) MarshalJSON() ([]byte, error) {
	type exclusion struct {
		Reason string `json:"reason"`
		Count  int    `json:"count"`
		Unit   string `json:"unit,omitempty"`
	}
	type category struct {
		Category string          `json:"category"`
		Result   json.RawMessage `json:"result"`
	}
	out := struct {
		Measure    string      `json:"measure,omitempty"`
		Defined    bool        `json:"defined"`
		Value      *float64    `json:"value"`
		Reason     string      `json:"reason,omitempty"`
		Observed   *float64    `json:"observed,omitempty"`
		Expected   *float64    `json:"expected,omitempty"`
		Used       int         `json:"used"`
		Matches    int         `json:"matches,omitempty"`
		Unit       string      `json:"unit,omitempty"`
		Excluded   []exclusion `json:"excluded,omitempty"`
		Categories []category  `json:"categories,omitempty"`
	}{Measure: r.Measure, Defined: r.Defined, Reason: r.Reason, Used: r.Used, Matches: r.Matches, Unit: r.Unit}
	if r.Defined && !math.IsNaN(r.Value) && !math.IsInf(r.Value, 0) {
		v := r.Value
		out.Value = &v
	}
	if r.Observed != 0 || r.Expected != 0 {
		o, e := r.Observed, r.Expected
		if !math.IsNaN(o) && !math.IsInf(o, 0) && !math.IsNaN(e) && !math.IsInf(e, 0) {
			out.Observed, out.Expected = &o, &e
		}
	}
	for _, e := range r.Excluded {
		out.Excluded = append(out.Excluded, exclusion(e))
	}
	for _, c := range r.Categories {
		raw, err := json.Marshal(c.Result)
		if err != nil {
			return nil, err
		}
		out.Categories = append(out.Categories, category{c.Category, raw})
	}
	return json.Marshal(out)
}

// undefined returns a result that says why it has no value.
func undefined(measure, reason string, used int, unit string, excluded []Exclusion) Result {
	return Result{Measure: measure, Reason: reason, Used: used, Unit: unit, Excluded: excluded}
}

// defined returns a result with value v, snapping rounding noise around 0
// and 1 (a coefficient whose observed and expected parts are equal is 0, not
// 2e-16).
func defined(measure string, v float64, used int, unit string, excluded []Exclusion) Result {
	if math.Abs(v) < 1e-12 {
		v = 0
	}
	if math.Abs(v-1) < 1e-12 {
		v = 1
	}
	return Result{Measure: measure, Defined: true, Value: v, Used: used, Unit: unit, Excluded: excluded}
}

// exclusions builds the Excluded list from reason → count, skipping zeros, in
// the order the reasons are given.
func exclusions(pairs ...any) []Exclusion {
	var out []Exclusion
	for i := 0; i+1 < len(pairs); i += 2 {
		reason, _ := pairs[i].(string)
		n, _ := pairs[i+1].(int)
		if n > 0 {
			out = append(out, Exclusion{Reason: reason, Count: n})
		}
	}
	return out
}
