package annotate

import "encoding/json"

// OpKind names one kind of change to a project.
type OpKind string

// The kinds of change an Edit is made of. Each has an exact inverse, which
// the store records so that undo and redo work across sessions.
const (
	OpAddSpan        OpKind = "add_span"
	OpDeleteSpan     OpKind = "delete_span"
	OpUpdateSpan     OpKind = "update_span"
	OpAddRelation    OpKind = "add_relation"
	OpDeleteRelation OpKind = "delete_relation"
	OpSetStance      OpKind = "set_stance"
	OpDeleteStance   OpKind = "delete_stance"
	OpAddTarget      OpKind = "add_target"
	OpDeleteTarget   OpKind = "delete_target"
	OpSetDocLabel    OpKind = "set_doc_label"
	OpSetStatus      OpKind = "set_status"
)

// Op is one change. Which fields matter depends on Kind: Span for span ops
// (an add_span with an empty ID gets a fresh one), Relation, Stance, Target
// (TargetDoc scopes a new target to a document; empty means project-wide),
// Key and Value for a document label (a nil Value removes it), Status.
type Op struct {
	Kind      OpKind          `json:"op"`
	Span      *Span           `json:"span,omitempty"`
	Relation  *Relation       `json:"relation,omitempty"`
	Stance    *Stance         `json:"stance,omitempty"`
	Target    *Target         `json:"target,omitempty"`
	TargetDoc string          `json:"target_doc,omitempty"`
	Key       string          `json:"key,omitempty"`
	Value     json.RawMessage `json:"value,omitempty"`
	Status    Status          `json:"status,omitempty"`
}

// Edit is what one analyst action changes in one document: the unit of
// saving and of undo. A compound action (a span with its links, "accept
// all") is one Edit.
type Edit struct {
	Doc     string `json:"doc"`
	Summary string `json:"summary"` // what the analyst did, in words: "tag STATEMENT"
	Ops     []Op   `json:"ops"`
}

// SpanIDPrefix is the prefix of new span ids of a label, as in the gold:
// s1 for statements, spk1 for speakers, cue1 for cues, c1 for claims.
func SpanIDPrefix(label string) string {
	switch label {
	case LabelStatement:
		return "s"
	case LabelSpeaker:
		return "spk"
	case LabelCue:
		return "cue"
	case LabelClaim:
		return "c"
	case LabelAddressee:
		return "addr"
	case LabelMedium:
		return "med"
	case LabelEntity:
		return "ent"
	}
	p := []rune{}
	for _, r := range label {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if (r >= 'a' && r <= 'z') || r == '_' {
			p = append(p, r)
		}
		if len(p) == 4 {
			break
		}
	}
	if len(p) == 0 {
		return "x"
	}
	return string(p)
}
