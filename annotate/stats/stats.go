// Package stats counts what a project holds — progress, spans per label,
// stance per target, the most quoted speakers — and draws it as one picture
// an analyst or a team lead can take in at a glance.
package stats

import (
	"context"
	"sort"

	"newsmark/annotate"
	"newsmark/store"
)

// Stats is a project's figures.
type Stats struct {
	Documents int
	ByStatus  map[annotate.Status]int
	Labels    map[string]int // accepted spans per label
	Pending   int            // pending suggestions
	Stances   []TargetStance // per target, most annotated first
	Speakers  []SpeakerCount // canonical speakers by statements, most first
	// Layer is the layer counted; Layers is every layer's progress, for
	// a team's overview.
	Layer  string
	Layers []store.LayerInfo
}

// TargetStance counts the stances toward one target.
type TargetStance struct {
	Target                string
	Favor, Against, NoneN int
}

// Total is how many stances were taken toward the target.
func (t TargetStance) Total() int { return t.Favor + t.Against + t.NoneN }

// SpeakerCount is how many accepted statements a speaker is linked to.
type SpeakerCount struct {
	Name       string
	Statements int
}

// Compute reads the whole project once, streaming, and counts the work in
// layer (an analyst's, or gold), with every layer's progress beside it.
func Compute(ctx context.Context, st *store.Store, layer string) (*Stats, error) {
	s := &Stats{ByStatus: map[annotate.Status]int{}, Labels: map[string]int{}, Layer: layer}
	var err error
	if s.Layers, err = st.LayerSummaries(ctx); err != nil {
		return nil, err
	}
	targets := map[string]*TargetStance{}
	speakers := map[string]int{}
	err = st.ForEachDocument(ctx, store.DocFilter{Layer: layer}, func(d *annotate.Document, a *annotate.Annotations) error {
		s.Documents++
		s.ByStatus[d.Status]++
		accepted := map[string]bool{}
		for _, sp := range a.Spans {
			switch sp.Status {
			case annotate.SpanAccepted:
				s.Labels[sp.Label]++
				accepted[sp.ID] = true
			case annotate.SpanPending:
				s.Pending++
			}
		}
		text := map[string]string{}
		for _, t := range a.Targets {
			text[t.ID] = t.Text
		}
		for _, x := range a.Stances {
			ts := targets[text[x.Target]]
			if ts == nil {
				ts = &TargetStance{Target: text[x.Target]}
				targets[ts.Target] = ts
			}
			switch x.Label {
			case annotate.StanceFavor:
				ts.Favor++
			case annotate.StanceAgainst:
				ts.Against++
			default:
				ts.NoneN++
			}
		}
		for _, r := range a.Relations {
			if r.Label == annotate.RelSaidBy && accepted[r.Head] && accepted[r.Child] {
				if name := annotate.ResolveCanonical(a.Spans, a.Relations, r.Child); name != "" {
					speakers[name]++
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, t := range targets {
		s.Stances = append(s.Stances, *t)
	}
	sort.Slice(s.Stances, func(i, j int) bool {
		if a, b := s.Stances[i].Total(), s.Stances[j].Total(); a != b {
			return a > b
		}
		return s.Stances[i].Target < s.Stances[j].Target
	})
	for n, c := range speakers {
		s.Speakers = append(s.Speakers, SpeakerCount{n, c})
	}
	sort.Slice(s.Speakers, func(i, j int) bool {
		if s.Speakers[i].Statements != s.Speakers[j].Statements {
			return s.Speakers[i].Statements > s.Speakers[j].Statements
		}
		return s.Speakers[i].Name < s.Speakers[j].Name
	})
	return s, nil
}
