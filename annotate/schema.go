package annotate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"
	"sync"

	"newsmark/assets"
)

// ErrInvalidSchema is wrapped by every error ParseSchema returns for a schema
// that parses as JSON but breaks a rule; the message names each problem.
var ErrInvalidSchema = errors.New("invalid schema")

// Attribute value types a schema may declare.
const (
	AttrChoice = "choice" // one of Choices
	AttrText   = "text"   // free text
	AttrBool   = "bool"   // true or false
	AttrList   = "list"   // a free list of strings
	AttrNumber = "number" // a number
)

// AttrDef is one attribute of a span label, or one document-level field.
type AttrDef struct {
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Choices     []string `json:"choices,omitempty"`
	Description string   `json:"description,omitempty"`
}

// LabelDef is one span label: its name, its colour, the number key that
// applies it and the attributes an analyst may set on its spans.
type LabelDef struct {
	Name        string    `json:"name"`
	Color       string    `json:"color"` // "#RRGGBB"
	Key         int       `json:"key,omitempty"`
	Description string    `json:"description,omitempty"`
	Attributes  []AttrDef `json:"attributes,omitempty"`
}

// RelationDef is one relation label with the span labels its head and child
// may carry.
type RelationDef struct {
	Name        string   `json:"name"`
	Head        []string `json:"head"`
	Child       []string `json:"child"`
	Description string   `json:"description,omitempty"`
}

// StanceDef lists the stance labels and the kinds of target.
type StanceDef struct {
	Labels      []string `json:"labels"`
	TargetKinds []string `json:"target_kinds,omitempty"`
}

// Schema is an annotation schema: span labels in key order, attributes every
// span may carry (such as note), relations, stance labels and document-level
// fields. Get the default one with DefaultSchema, or parse a project's own
// with ParseSchema.
type Schema struct {
	Name           string        `json:"name"`
	Version        int           `json:"version,omitempty"`
	Labels         []LabelDef    `json:"labels"`
	SpanAttributes []AttrDef     `json:"span_attributes,omitempty"`
	Relations      []RelationDef `json:"relations"`
	Stance         StanceDef     `json:"stance"`
	DocFields      []AttrDef     `json:"doc_fields,omitempty"`
}

var defaultSchema = sync.OnceValue(func() *Schema {
	s, err := ParseSchema(assets.Schema)
	if err != nil {
		// The embedded schema is tested; failing here means a broken build.
		panic("annotate: embedded default schema: " + err.Error())
	}
	return s
})

// DefaultSchema returns the default newsmark/1 schema embedded in the binary.
// Each call returns a fresh copy that the caller may change.
func DefaultSchema() *Schema {
	return defaultSchema().Clone()
}

// ParseSchema parses and checks a schema in JSON. Errors for a well-formed
// document that breaks a rule wrap ErrInvalidSchema and list every problem
// found, naming the label, relation or field at fault. When no label sets a
// key, the first nine labels get keys 1 to 9 in order.
func ParseSchema(data []byte) (*Schema, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var s Schema
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("parse schema: %w", err)
	}
	if !slices.ContainsFunc(s.Labels, func(l LabelDef) bool { return l.Key != 0 }) {
		for i := range s.Labels {
			if i < 9 {
				s.Labels[i].Key = i + 1
			}
		}
	}
	if problems := s.problems(); len(problems) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrInvalidSchema, strings.Join(problems, "; "))
	}
	return &s, nil
}

// problems lists every rule the schema breaks, in reading order.
func (s *Schema) problems() []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }

	if len(s.Labels) == 0 {
		add("no span labels")
	}
	labels := map[string]bool{}
	keys := map[int]string{}
	for i, l := range s.Labels {
		where := fmt.Sprintf("label %d (%q)", i+1, l.Name)
		switch {
		case l.Name == "":
			add("label %d has no name", i+1)
		case strings.ContainsFunc(l.Name, isSpace):
			add("%s: name contains a space", where)
		case labels[l.Name]:
			add("%s: defined twice", where)
		}
		labels[l.Name] = true
		if _, ok := parseHexColor(l.Color); !ok {
			add("%s: colour %q is not #RRGGBB", where, l.Color)
		}
		if l.Key < 0 || l.Key > 9 {
			add("%s: key %d is not between 1 and 9", where, l.Key)
		} else if l.Key != 0 {
			if other, dup := keys[l.Key]; dup {
				add("%s: key %d is already used by %q", where, l.Key, other)
			}
			keys[l.Key] = l.Name
		}
		out = append(out, attrProblems(where, l.Attributes)...)
		for _, a := range l.Attributes {
			if slices.ContainsFunc(s.SpanAttributes, func(b AttrDef) bool { return b.Name == a.Name }) {
				add("%s: attribute %q clashes with the span attribute of that name", where, a.Name)
			}
		}
	}
	out = append(out, attrProblems("span attributes", s.SpanAttributes)...)

	rels := map[string]bool{}
	for i, r := range s.Relations {
		where := fmt.Sprintf("relation %d (%q)", i+1, r.Name)
		switch {
		case r.Name == "":
			add("relation %d has no name", i+1)
		case rels[r.Name]:
			add("%s: defined twice", where)
		}
		rels[r.Name] = true
		for _, end := range []struct {
			side   string
			labels []string
		}{{"head", r.Head}, {"child", r.Child}} {
			if len(end.labels) == 0 {
				add("%s: no %s labels", where, end.side)
			}
			for _, name := range end.labels {
				if !labels[name] {
					add("%s: %s label %q is not a span label", where, end.side, name)
				}
			}
		}
	}

	if len(s.Stance.Labels) == 0 {
		add("no stance labels")
	}
	seen := map[string]bool{}
	for _, l := range s.Stance.Labels {
		if l == "" || seen[l] {
			add("stance label %q is empty or repeated", l)
		}
		seen[l] = true
	}
	out = append(out, attrProblems("document fields", s.DocFields)...)
	return out
}

// attrProblems checks a list of attribute definitions.
func attrProblems(where string, attrs []AttrDef) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range attrs {
		at := fmt.Sprintf("%s: attribute %q", where, a.Name)
		switch {
		case a.Name == "":
			out = append(out, where+": an attribute has no name")
		case seen[a.Name]:
			out = append(out, at+" is defined twice")
		}
		seen[a.Name] = true
		switch a.Type {
		case AttrChoice:
			if len(a.Choices) == 0 {
				out = append(out, at+": a choice needs choices")
			}
			if dup := firstRepeat(a.Choices); dup != "" {
				out = append(out, fmt.Sprintf("%s: choice %q is repeated", at, dup))
			}
		case AttrText, AttrBool, AttrList, AttrNumber:
			if len(a.Choices) > 0 {
				out = append(out, fmt.Sprintf("%s: choices given for type %q", at, a.Type))
			}
		default:
			out = append(out, fmt.Sprintf("%s: type %q is not one of choice, text, bool, list, number", at, a.Type))
		}
	}
	return out
}

func firstRepeat(xs []string) string {
	seen := map[string]bool{}
	for _, x := range xs {
		if seen[x] {
			return x
		}
		seen[x] = true
	}
	return ""
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// parseHexColor reads "#RRGGBB" as an opaque colour.
func parseHexColor(s string) (color.NRGBA, bool) {
	if len(s) != 7 || s[0] != '#' {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xFF}, true
}

// Clone returns a deep copy of the schema.
func (s *Schema) Clone() *Schema {
	c := *s
	c.Labels = make([]LabelDef, len(s.Labels))
	for i, l := range s.Labels {
		l.Attributes = cloneAttrs(l.Attributes)
		c.Labels[i] = l
	}
	c.SpanAttributes = cloneAttrs(s.SpanAttributes)
	c.Relations = make([]RelationDef, len(s.Relations))
	for i, r := range s.Relations {
		r.Head, r.Child = slices.Clone(r.Head), slices.Clone(r.Child)
		c.Relations[i] = r
	}
	c.Stance.Labels = slices.Clone(s.Stance.Labels)
	c.Stance.TargetKinds = slices.Clone(s.Stance.TargetKinds)
	c.DocFields = cloneAttrs(s.DocFields)
	return &c
}

func cloneAttrs(attrs []AttrDef) []AttrDef {
	if attrs == nil {
		return nil
	}
	out := make([]AttrDef, len(attrs))
	for i, a := range attrs {
		a.Choices = slices.Clone(a.Choices)
		out[i] = a
	}
	return out
}

// Label returns the span label called name.
func (s *Schema) Label(name string) (LabelDef, bool) {
	for _, l := range s.Labels {
		if l.Name == name {
			return l, true
		}
	}
	return LabelDef{}, false
}

// LabelAt returns the label applied by number key key (1 to 9).
func (s *Schema) LabelAt(key int) (LabelDef, bool) {
	if key < 1 || key > 9 {
		return LabelDef{}, false
	}
	for _, l := range s.Labels {
		if l.Key == key {
			return l, true
		}
	}
	return LabelDef{}, false
}

// LabelNames returns the span label names in schema order.
func (s *Schema) LabelNames() []string {
	names := make([]string, len(s.Labels))
	for i, l := range s.Labels {
		names[i] = l.Name
	}
	return names
}

// unknownLabelColor is used for labels the schema does not define, such as
// those in an imported file.
var unknownLabelColor = color.NRGBA{R: 0x99, G: 0x99, B: 0x99, A: 0xFF}

// Color returns the label's colour, opaque; the article view applies its own
// translucency. A label the schema does not define is grey.
func (s *Schema) Color(label string) color.NRGBA {
	if l, ok := s.Label(label); ok {
		if c, ok := parseHexColor(l.Color); ok {
			return c
		}
	}
	return unknownLabelColor
}

// Attribute returns the definition of attribute name on spans of label,
// including the attributes every span may carry.
func (s *Schema) Attribute(label, name string) (AttrDef, bool) {
	l, ok := s.Label(label)
	if !ok {
		return AttrDef{}, false
	}
	for _, list := range [][]AttrDef{l.Attributes, s.SpanAttributes} {
		for _, a := range list {
			if a.Name == name {
				return a, true
			}
		}
	}
	return AttrDef{}, false
}

// Relation returns the relation label called name.
func (s *Schema) Relation(name string) (RelationDef, bool) {
	for _, r := range s.Relations {
		if r.Name == name {
			return r, true
		}
	}
	return RelationDef{}, false
}

// AllowsRelation reports whether relation rel may link a head span labelled
// head to a child span labelled child.
func (s *Schema) AllowsRelation(rel, head, child string) bool {
	r, ok := s.Relation(rel)
	return ok && slices.Contains(r.Head, head) && slices.Contains(r.Child, child)
}

// IsStanceLabel reports whether label is one of the schema's stance labels.
func (s *Schema) IsStanceLabel(label string) bool {
	return slices.Contains(s.Stance.Labels, label)
}

// DocField returns the document-level field called name.
func (s *Schema) DocField(name string) (AttrDef, bool) {
	for _, f := range s.DocFields {
		if f.Name == name {
			return f, true
		}
	}
	return AttrDef{}, false
}

// CheckValue reports whether v is an allowed value for the attribute: a
// string among the choices, a string, a bool, a list of strings or a number,
// as decoded from JSON. The error says what was expected.
func (a AttrDef) CheckValue(v any) error {
	bad := func(want string) error {
		return fmt.Errorf("attribute %s: %v is not %s", a.Name, v, want)
	}
	switch a.Type {
	case AttrChoice:
		if s, ok := v.(string); !ok || !slices.Contains(a.Choices, s) {
			return bad("one of " + strings.Join(a.Choices, ", "))
		}
	case AttrText:
		if _, ok := v.(string); !ok {
			return bad("text")
		}
	case AttrBool:
		if _, ok := v.(bool); !ok {
			return bad("true or false")
		}
	case AttrNumber:
		switch v.(type) {
		case float64, int, int64:
		default:
			return bad("a number")
		}
	case AttrList:
		switch list := v.(type) {
		case []string:
		case []any:
			for _, x := range list {
				if _, ok := x.(string); !ok {
					return bad("a list of text")
				}
			}
		default:
			return bad("a list of text")
		}
	}
	return nil
}
