package search

import (
	"sort"
	"strings"

	"newsmark/annotate"
)

// Facet kinds: what a document's layer can be found by. Values are folded
// (Fold), stances upper case; Said and On pair a statement's stance with
// its speaker or target ("ines okafor\x1fAGAINST"), so that
// speaker:Okafor stance:AGAINST finds the statement, not a document where
// Okafor speaks and someone else is against.
const (
	FacetLabel       = "label"
	FacetSpeaker     = "speaker"
	FacetTarget      = "target"
	FacetStance      = "stance"
	FacetSaid        = "said"
	FacetOn          = "on"
	FacetCheckworthy = "checkworthy"
	FacetPending     = "pending"
	// FacetWork says the layer holds anything at all (analyst: alone).
	FacetWork = "work"
)

// Pair joins a speaker or target with a stance, as FacetSaid and FacetOn
// store them.
func Pair(name, stance string) string { return name + "\x1f" + stance }

// Facet is one thing a document's layer is found by.
type Facet struct{ Kind, Value string }

// Facets lists what layer a can be found by, sorted and without repeats.
// targets maps a target's id to its text; mention gives a span's text, for
// a speaker with no canonical name. Rejected spans and relations count for
// nothing; pending spans only as pending.
func Facets(a *annotate.Annotations, targets map[string]string, mention func(annotate.Span) string) []Facet {
	seen := map[Facet]bool{}
	add := func(kind, value string) {
		if value != "" {
			seen[Facet{kind, value}] = true
		}
	}
	status := map[string]string{}
	for _, sp := range a.Spans {
		status[sp.ID] = sp.Status
		switch sp.Status {
		case annotate.SpanPending:
			add(FacetPending, "yes")
			continue
		case annotate.SpanRejected:
			continue
		}
		add(FacetLabel, Fold(sp.Label))
		switch sp.Label {
		case annotate.LabelSpeaker:
			for _, name := range NameParts(speakerName(a, sp, mention)) {
				add(FacetSpeaker, name)
			}
		case annotate.LabelClaim:
			if v, _ := sp.Attrs["checkworthy"].(string); v == "yes" {
				add(FacetCheckworthy, "yes")
			}
		}
	}
	saidBy := map[string]string{}
	for _, r := range a.Relations {
		if r.Label == annotate.RelSaidBy && r.Status != annotate.SpanRejected {
			saidBy[r.Head] = r.Child
		}
	}
	byID := map[string]annotate.Span{}
	for _, sp := range a.Spans {
		byID[sp.ID] = sp
	}
	for _, st := range a.Stances {
		if status[st.Statement] != annotate.SpanAccepted {
			continue
		}
		add(FacetStance, st.Label)
		if t := Fold(targets[st.Target]); t != "" {
			add(FacetTarget, t)
			add(FacetOn, Pair(t, st.Label))
		}
		if sp, ok := byID[saidBy[st.Statement]]; ok && sp.Status != annotate.SpanRejected {
			for _, name := range NameParts(speakerName(a, sp, mention)) {
				add(FacetSaid, Pair(name, st.Label))
			}
		}
	}
	if len(seen) > 0 || len(a.DocLabels) > 0 || (a.Status != "" && a.Status != annotate.StatusTodo) {
		add(FacetWork, "yes")
	}
	out := make([]Facet, 0, len(seen))
	for f := range seen {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Value < out[j].Value
	})
	return out
}

// speakerName is a speaker's canonical name following coref, else the
// words of its mention, folded.
func speakerName(a *annotate.Annotations, sp annotate.Span, mention func(annotate.Span) string) string {
	if name := annotate.ResolveCanonical(a.Spans, a.Relations, sp.ID); name != "" {
		return Fold(name)
	}
	if mention != nil {
		return Fold(mention(sp))
	}
	return ""
}

// NameParts are the ways a filter may name a speaker: every run of whole
// words of the folded name ("dmitry peskov" → "dmitry", "dmitry peskov",
// "peskov"), so speaker:Peskov finds Dmitry Peskov. A long name gives its
// words and itself.
func NameParts(name string) []string {
	if name == "" {
		return nil
	}
	words := strings.Fields(name)
	if len(words) > 6 {
		return append(words, name)
	}
	var out []string
	for i := range words {
		for j := i + 1; j <= len(words); j++ {
			out = append(out, strings.Join(words[i:j], " "))
		}
	}
	return out
}
