package annotate

import (
	"encoding/json"
	"fmt"
	"slices"
)

// Empty says whether a layer holds no work on its document: no span,
// relation, stance or document label, and the document still to do.
func (a *Annotations) Empty() bool {
	return a == nil || (len(a.Spans) == 0 && len(a.Relations) == 0 && len(a.Stances) == 0 &&
		len(a.DocLabels) == 0 && (a.Status == "" || a.Status == StatusTodo))
}

// SameWork says whether two layers of one document hold the same work,
// whatever ids their spans were given: the same spans (range, label,
// status, attributes, note), relations between the same spans, stances,
// document labels and status. Importing a file a second time is then seen
// to bring nothing new.
func SameWork(a, b *Annotations) bool {
	return slices.Equal(workKeys(a), workKeys(b))
}

// workKeys lists a layer's content as sorted strings that name spans by
// their range and label instead of their id.
func workKeys(a *Annotations) []string {
	if a == nil {
		a = &Annotations{}
	}
	where := make(map[string]string, len(a.Spans))
	var keys []string
	for _, sp := range a.Spans {
		k := fmt.Sprintf("%d:%d:%s", sp.Start, sp.End, sp.Label)
		where[sp.ID] = k
		attrs, _ := json.Marshal(sp.Attrs) // map keys are sorted
		status := sp.Status
		if status == "" {
			status = SpanAccepted
		}
		keys = append(keys, fmt.Sprintf("span %s %s %s %q", k, status, attrs, sp.Note))
	}
	for _, r := range a.Relations {
		keys = append(keys, fmt.Sprintf("rel %s %s %s", r.Label, where[r.Head], where[r.Child]))
	}
	for _, st := range a.Stances {
		ev := ""
		if st.Evidence != nil {
			ev = fmt.Sprintf("%d:%d", st.Evidence.Start, st.Evidence.End)
		}
		keys = append(keys, fmt.Sprintf("stance %s %s %s %t %s", where[st.Statement], st.Target, st.Label, st.Implicit, ev))
	}
	for k, v := range a.DocLabels {
		b, _ := json.Marshal(v)
		keys = append(keys, fmt.Sprintf("label %s %s", k, b))
	}
	status := a.Status
	if status == "" {
		status = StatusTodo
	}
	keys = append(keys, "status "+string(status))
	slices.Sort(keys)
	return keys
}
