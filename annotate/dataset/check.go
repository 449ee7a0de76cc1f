package dataset

import (
	"fmt"
	"slices"

	"newsmark/annotate"
)

// CheckRecord finds what in a record a project cannot store, before it is
// stored: spans outside the text, span ids missing or used twice, a span
// status other than accepted, pending or rejected, zones given twice,
// relations and stance that name no span, stance toward a target the
// record does not define or given twice, and a stance label the project's
// schema does not have (sch nil: the default schema). Each problem names
// what it is about; an import skips a record with any.
func CheckRecord(r Record, sch *annotate.Schema) []error {
	if sch == nil {
		sch = annotate.DefaultSchema()
	}
	var probs []error
	fail := func(format string, args ...any) { probs = append(probs, fmt.Errorf(format, args...)) }
	if r.Doc == nil {
		return []error{fmt.Errorf("no document")}
	}
	n := annotate.RuneLen(r.Doc.Text)
	switch r.Doc.Status {
	case "", annotate.StatusTodo, annotate.StatusInProgress, annotate.StatusDone:
	default:
		fail("document status %q is not todo, in_progress or done", r.Doc.Status)
	}
	zones := map[annotate.Zone]bool{}
	for _, z := range r.Doc.Zones {
		if zones[z] {
			fail("zone %s [%d, %d) given twice", z.Zone, z.Start, z.End)
		}
		zones[z] = true
		if z.Start < 0 || z.End < z.Start || z.End > n {
			fail("zone %s [%d, %d) is outside the text (%d code points)", z.Zone, z.Start, z.End, n)
		}
	}
	a := r.Ann
	if a == nil {
		return probs
	}
	ids := map[string]bool{}
	for _, sp := range a.Spans {
		switch {
		case sp.ID == "":
			fail("span %s [%d, %d) has no id", sp.Label, sp.Start, sp.End)
		case ids[sp.ID]:
			fail("span id %s used twice", sp.ID)
		}
		ids[sp.ID] = true
		switch sp.Status {
		case "", annotate.SpanAccepted, annotate.SpanPending, annotate.SpanRejected:
		default:
			fail("span %s: status %q is not accepted, pending or rejected", sp.ID, sp.Status)
		}
		if sp.Start < 0 || sp.End < sp.Start || sp.End > n {
			fail("span %s [%d, %d) is outside the text (%d code points)", sp.ID, sp.Start, sp.End, n)
		}
		if sp.Label == "" {
			fail("span %s has no label", sp.ID)
		}
	}
	for _, rel := range a.Relations {
		if !ids[rel.Head] || !ids[rel.Child] {
			fail("relation %s %s → %s names a span the record does not have", rel.Label, rel.Head, rel.Child)
		}
		switch rel.Status {
		case "", annotate.SpanAccepted, annotate.SpanPending, annotate.SpanRejected:
		default:
			fail("relation %s %s → %s: status %q is not accepted, pending or rejected", rel.Label, rel.Head, rel.Child, rel.Status)
		}
	}
	targets := map[string]string{}
	for _, t := range a.Targets {
		if prev, dup := targets[t.ID]; dup && prev != t.Text {
			fail("target id %s names two texts, %q and %q", t.ID, prev, t.Text)
		}
		targets[t.ID] = t.Text
	}
	type pair struct{ statement, target string }
	seen := map[pair]bool{}
	for _, st := range a.Stances {
		what := "stance of " + st.Statement + " toward " + st.Target
		if !ids[st.Statement] {
			fail("%s: the record has no span %s", what, st.Statement)
		}
		if _, ok := targets[st.Target]; !ok {
			fail("%s: the record defines no target %s", what, st.Target)
		}
		if seen[pair{st.Statement, st.Target}] {
			fail("%s given twice", what)
		}
		seen[pair{st.Statement, st.Target}] = true
		if !slices.Contains(sch.Stance.Labels, st.Label) {
			fail("%s: label %q is not one of the project's stance labels (%v)", what, st.Label, sch.Stance.Labels)
		}
		if ev := st.Evidence; ev != nil && (ev.Start < 0 || ev.End < ev.Start || ev.End > n) {
			fail("%s: evidence [%d, %d) is outside the text", what, ev.Start, ev.End)
		}
	}
	return probs
}
