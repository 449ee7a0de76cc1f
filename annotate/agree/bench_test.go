package agree

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsmark/annotate"
)

var benchNames = []string{"Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak", "Reyes", "Byrne"}

// benchDoc builds document i with analysts layers of spans each: about
// 3,000 characters, gold of 8 statements (each with a speaker and a cue,
// linked, and a stance) and claims up to spans, and each analyst a
// perturbed copy (the second shortens every third statement and drops a
// claim, the third links one statement to another speaker, moves a cue and
// flips a stance).
func benchDoc(i, analysts, spans int) Doc {
	var sb strings.Builder
	gold := &annotate.Annotations{Targets: []annotate.Target{{ID: "T1", Text: "the harbour plan"}}}
	add := func(label string, start, end int, attrs map[string]any) string {
		id := fmt.Sprintf("%c%d", label[0]+32, len(gold.Spans))
		gold.Spans = append(gold.Spans, annotate.Span{ID: id, Label: label, Start: start, End: end, Attrs: attrs, Status: annotate.SpanAccepted})
		return id
	}
	fmt.Fprintf(&sb, "Harbour report %d\n\n", i)
	stances := []string{annotate.StanceFavor, annotate.StanceAgainst, annotate.StanceNone}
	for k := 0; len(gold.Spans)+3 <= spans && k < 8; k++ {
		name := benchNames[(i+k)%len(benchNames)]
		start := sb.Len()
		fmt.Fprintf(&sb, "Minister %s said", name)
		spk := add(annotate.LabelSpeaker, start, start+len("Minister ")+len(name), map[string]any{"canonical": name})
		cue := add(annotate.LabelCue, sb.Len()-4, sb.Len(), nil)
		sb.WriteString(" that ")
		st := sb.Len()
		fmt.Fprintf(&sb, "the harbour plan for district %d would cost %d million more than expected", i%50, (i*k)%90+10)
		stmt := add(annotate.LabelStatement, st, sb.Len(), map[string]any{"quote_type": "indirect"})
		sb.WriteString(". Officials in the port city have argued about the plan for months, and the council meets again next week.\n\n")
		gold.Relations = append(gold.Relations,
			annotate.Relation{Label: annotate.RelSaidBy, Head: stmt, Child: spk, Status: annotate.SpanAccepted},
			annotate.Relation{Label: annotate.RelCue, Head: stmt, Child: cue, Status: annotate.SpanAccepted})
		gold.Stances = append(gold.Stances, annotate.Stance{Statement: stmt, Target: "T1", Label: stances[(i+k)%3]})
	}
	for len(gold.Spans) < spans {
		start := sb.Len()
		fmt.Fprintf(&sb, "Container traffic rose by %d percent in district %d last month", len(gold.Spans)%17+2, i%50)
		add(annotate.LabelClaim, start, sb.Len(), map[string]any{"checkworthy": []string{"yes", "no"}[len(gold.Spans)%2]})
		sb.WriteString(", the authority's figures show.\n\n")
	}
	d := Doc{ID: "bench-" + strconv.Itoa(i), Text: sb.String(), Layers: map[string]*annotate.Annotations{}}
	for a := range analysts {
		l := clone(gold)
		switch a % 3 {
		case 1:
			for j := range l.Spans {
				if l.Spans[j].Label == annotate.LabelStatement && j%3 == 0 {
					l.Spans[j].End -= 7
				}
			}
			if n := len(l.Spans); n > 0 && l.Spans[n-1].Label == annotate.LabelClaim {
				l.Spans = l.Spans[:n-1]
			}
		case 2:
			for j := range l.Relations {
				if l.Relations[j].Label == annotate.RelSaidBy && j > 0 {
					l.Relations[j].Child = l.Relations[0].Child
					break
				}
			}
			for j := range l.Spans {
				if l.Spans[j].Label == annotate.LabelCue {
					l.Spans[j].Start--
					break
				}
			}
			if len(l.Stances) > 0 {
				l.Stances[0].Label = annotate.StanceNone
			}
		}
		d.Layers["analyst"+strconv.Itoa(a)] = l
	}
	return d
}

// walkAndSort is the baseline: what any report must at least do, walk every
// analyst's spans of every document and sort them.
func walkAndSort(docs []Doc) int {
	n := 0
	for _, d := range docs {
		for _, l := range d.Layers {
			s := slices.Clone(l.Spans)
			slices.SortFunc(s, func(a, b annotate.Span) int {
				return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Label, b.Label))
			})
			n += len(s)
		}
	}
	return n
}

// BenchmarkCompute measures the whole report on 1,000 documents × 3
// analysts × 30 spans (goal: at most 2 s on the project's 2-core machine),
// against the baseline of walking and sorting the same spans, timed in the
// same run. It reports the report's seconds, the baseline's and the ratio.
func BenchmarkCompute(b *testing.B) {
	const nDocs, nAnalysts, nSpans = 1000, 3, 30
	docs := make([]Doc, nDocs)
	for i := range docs {
		docs[i] = benchDoc(i, nAnalysts, nSpans)
	}
	if got := len(docs[0].Layers["analyst0"].Spans); got != nSpans {
		b.Fatalf("generated %d spans a layer, want %d", got, nSpans)
	}
	var best, bestBase time.Duration
	var rep *Report
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if walkAndSort(docs) == 0 {
			b.Fatal("baseline walked no span")
		}
		t1 := time.Now()
		rep = Compute(docs, Options{})
		t2 := time.Now()
		if i == 0 || t1.Sub(t0) < bestBase {
			bestBase = t1.Sub(t0)
		}
		if i == 0 || t2.Sub(t1) < best {
			best = t2.Sub(t1)
		}
	}
	b.StopTimer()
	if rep.Documents != nDocs || !rep.Spans[len(rep.Spans)-1].AlphaU.Defined {
		b.Fatalf("report over %d documents, α_U %v", rep.Documents, rep.Spans[len(rep.Spans)-1].AlphaU)
	}
	b.ReportMetric(best.Seconds(), "s-report")
	b.ReportMetric(bestBase.Seconds(), "s-baseline")
	b.ReportMetric(best.Seconds()/bestBase.Seconds(), "x-baseline")
}
