package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"newsmark/annotate"
)

// The bodyAddsV2 form, after its byte: the number of operations, then
// each operation, a byte for its kind (addsSpan, addsRelation) and its
// fields. A link is its label, head, child, source and status. A span is
// its id, its start counted from the previous span's start and its end
// from its start (both varints, either may be negative), its label, then
// a byte whose bit i says that the i-th of addsSpanFields is the previous
// span's (the first span's previous has them empty), the fields that are
// not, and the names it was agreed by. Every string, the attributes' JSON
// included, is a reference into the strings seen so far in the event,
// which begin with addsStrings: 0 and then the new string's length and
// bytes, or the string's place in that list plus one. So a suggester's
// span costs its id, its range, its label and a byte or two, and a link
// naming it a byte for each end.
// A released form never changes: a new one takes a new byte.
const (
	addsSpan     byte = 1
	addsRelation byte = 2
)

// addsSpanFields is how many of a span's fields the same-as-before byte
// covers: attributes (as JSON), annotator, source, status, note,
// pattern and confidence (as strconv writes it), in that order.
const addsSpanFields = 7

// addsStrings are the strings every bodyAddsV2 event knows before its
// first: the empty string, statuses, sources, labels and link labels.
var addsStrings = []string{"", "pending", "accepted", "rejected", "rules", "manual", "import",
	"STATEMENT", "SPEAKER", "CUE", "CLAIM", "ADDRESSEE", "MEDIUM", "ENTITY",
	"said_by", "cue", "coref", "addressed_to", "via", "nested_in", "part_of"}

// onlyAdds says ops only add spans and links and inverse deletes them,
// last first, exactly as inverseOfAdds makes it again: what bodyAddsV2
// can log. Read back, the event is then the same as in bodyDeflateV1
// (the JSON leaves out empty attributes and names, so they are left out
// here too).
func onlyAdds(ops, inverse []annotate.Op) bool {
	if len(ops) == 0 || len(ops) != len(inverse) {
		return false
	}
	for i, op := range ops {
		inv := inverse[len(inverse)-1-i]
		if !bareOp(op) || !bareOp(inv) {
			return false
		}
		switch op.Kind {
		case annotate.OpAddSpan:
			if op.Span == nil || op.Relation != nil || inv.Kind != annotate.OpDeleteSpan || inv.Span == nil || inv.Relation != nil ||
				!idOnly(inv.Span, op.Span.ID) {
				return false
			}
		case annotate.OpAddRelation:
			if op.Relation == nil || op.Span != nil || inv.Kind != annotate.OpDeleteRelation || inv.Relation == nil || inv.Span != nil ||
				*inv.Relation != *op.Relation {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// bareOp says op holds nothing but its kind, span and link.
func bareOp(op annotate.Op) bool {
	return op.Stance == nil && op.Target == nil && op.TargetDoc == "" && op.Key == "" && len(op.Value) == 0 && op.Status == ""
}

// idOnly says sp names the span id and nothing else.
func idOnly(sp *annotate.Span, id string) bool {
	return sp.ID == id && sp.Start == 0 && sp.End == 0 && sp.Label == "" && len(sp.Attrs) == 0 && sp.Annotator == "" &&
		sp.Source == "" && sp.Status == "" && sp.Note == "" && sp.Pattern == "" && sp.Confidence == 0 && len(sp.AgreedBy) == 0
}

// inverseOfAdds is what undoes ops that only add: each span and link
// deleted again, last first.
func inverseOfAdds(ops []annotate.Op) []annotate.Op {
	inv := make([]annotate.Op, len(ops))
	for i, op := range ops {
		k := len(ops) - 1 - i
		if op.Kind == annotate.OpAddSpan {
			inv[k] = annotate.Op{Kind: annotate.OpDeleteSpan, Span: &annotate.Span{ID: op.Span.ID}}
		} else {
			rel := *op.Relation
			inv[k] = annotate.Op{Kind: annotate.OpDeleteRelation, Relation: &rel}
		}
	}
	return inv
}

// addsWriter writes a bodyAddsV2 body.
type addsWriter struct {
	out  []byte
	seen map[string]int // each string's place in the event's list: addsStrings, then the event's own (place)
}

func (w *addsWriter) str(s string) {
	if k, ok := w.place(s); ok {
		w.out = binary.AppendUvarint(w.out, uint64(k)+1)
		return
	}
	w.seen[s] = len(w.seen)
	w.out = append(w.out, 0)
	w.out = binary.AppendUvarint(w.out, uint64(len(s)))
	w.out = append(w.out, s...)
}

// spanFields are sp's fields that the same-as-before byte covers, as
// strings; attrs is the attributes' JSON when the caller has it ("" when
// it has not); before is the previous span's confidence.
func spanFields(sp *annotate.Span, attrs string, before lastConfidence) ([addsSpanFields]string, error) {
	conf := ""
	if attrs == "{}" || len(sp.Attrs) == 0 {
		attrs = ""
	} else if attrs == "" {
		js, err := json.Marshal(sp.Attrs)
		if err != nil {
			return [addsSpanFields]string{}, fmt.Errorf("span %s: attributes: %w", sp.ID, err)
		}
		attrs = string(js)
	}
	if sp.Confidence != 0 {
		if sp.Confidence == before.confidence && before.conf != "" {
			conf = before.conf // a suggester gives a rule's spans one confidence
		} else {
			conf = strconv.FormatFloat(sp.Confidence, 'g', -1, 64)
		}
	}
	return [addsSpanFields]string{attrs, sp.Annotator, sp.Source, sp.Status, sp.Note, sp.Pattern, conf}, nil
}

// lastConfidence is the previous span's confidence and how strconv wrote
// it, which spanFields takes again for a span of the same confidence.
type lastConfidence struct {
	confidence float64
	conf       string
}

// encodeAdds is the bodyAddsV2 body of ops, which onlyAdds accepts.
// attrs, when not nil, holds the JSON of each added span's attributes in
// order, as the caller made it to store them: it is not made again.
func encodeAdds(ops []annotate.Op, attrs []string) ([]byte, error) {
	w := addsWriter{out: make([]byte, 0, 16+24*len(ops)), seen: borrowAddsSeen()}
	defer giveBackAddsSeen(w.seen)
	w.out = append(w.out, bodyAddsV2)
	w.out = binary.AppendUvarint(w.out, uint64(len(ops)))
	prev := 0
	var before [addsSpanFields]string
	var conf lastConfidence
	for k := range ops {
		op := &ops[k] // not copied: an operation is a dozen words
		if op.Kind == annotate.OpAddRelation {
			r := op.Relation
			w.out = append(w.out, addsRelation)
			for _, s := range [...]string{r.Label, r.Head, r.Child, r.Source, r.Status} {
				w.str(s)
			}
			continue
		}
		sp := op.Span
		w.out = append(w.out, addsSpan)
		w.str(sp.ID)
		w.out = binary.AppendVarint(w.out, int64(sp.Start-prev))
		w.out = binary.AppendVarint(w.out, int64(sp.End-sp.Start))
		prev = sp.Start
		w.str(sp.Label)
		js := ""
		if attrs != nil {
			js, attrs = attrs[0], attrs[1:]
		}
		fields, err := spanFields(sp, js, conf)
		if err != nil {
			return nil, err
		}
		conf = lastConfidence{sp.Confidence, fields[addsSpanFields-1]}
		same := byte(0)
		for i := range fields {
			if fields[i] == before[i] {
				same |= 1 << i
			}
		}
		w.out = append(w.out, same)
		for i := range fields {
			if same&(1<<i) == 0 {
				w.str(fields[i])
			}
		}
		before = fields
		w.out = binary.AppendUvarint(w.out, uint64(len(sp.AgreedBy)))
		for _, s := range sp.AgreedBy {
			w.str(s)
		}
	}
	return w.out, nil
}

// addsReader reads a bodyAddsV2 body after its byte.
type addsReader struct {
	in   []byte
	seen []string
	err  error
}

var errAddsShort = errors.New("added operations cut short")

func (r *addsReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.in)
	if n <= 0 {
		r.fail(errAddsShort)
		return 0
	}
	r.in = r.in[n:]
	return v
}

func (r *addsReader) varint() int {
	v, n := binary.Varint(r.in)
	if n <= 0 {
		r.fail(errAddsShort)
		return 0
	}
	r.in = r.in[n:]
	return int(v)
}

func (r *addsReader) byte() byte {
	if len(r.in) == 0 {
		r.fail(errAddsShort)
		return 0
	}
	b := r.in[0]
	r.in = r.in[1:]
	return b
}

func (r *addsReader) str() string {
	k := r.uvarint()
	if r.err != nil {
		return ""
	}
	if k > 0 {
		if k > uint64(len(r.seen)) {
			r.fail(fmt.Errorf("string %d of %d", k, len(r.seen)))
			return ""
		}
		return r.seen[k-1]
	}
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.in)) {
		r.fail(errAddsShort)
		return ""
	}
	s := string(r.in[:n])
	r.in = r.in[n:]
	r.seen = append(r.seen, s)
	return s
}

func (r *addsReader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// setSpanFields sets sp's fields from what spanFields made of them.
// Attributes are decoded for each span, as the JSON form does: spans do
// not share a map.
func setSpanFields(sp *annotate.Span, f [addsSpanFields]string) error {
	if f[0] != "" {
		if err := json.Unmarshal([]byte(f[0]), &sp.Attrs); err != nil {
			return fmt.Errorf("span %s: attributes: %w", sp.ID, err)
		}
	}
	sp.Annotator, sp.Source, sp.Status, sp.Note, sp.Pattern = f[1], f[2], f[3], f[4], f[5]
	if f[6] != "" {
		c, err := strconv.ParseFloat(f[6], 64)
		if err != nil {
			return fmt.Errorf("span %s: confidence: %w", sp.ID, err)
		}
		sp.Confidence = c
	}
	return nil
}

// decodeAdds reads the operations of a bodyAddsV2 body (after its byte).
func decodeAdds(body []byte) ([]annotate.Op, error) {
	ops, _, err := decodeAddsAttrs(body, false)
	return ops, err
}

// decodeAddsAttrs is decodeAdds; with rawAttrs the spans' attributes are
// left undecoded and returned as their JSON instead, one per added span in
// order ("{}" for none), as the spans table holds them.
func decodeAddsAttrs(body []byte, rawAttrs bool) ([]annotate.Op, []string, error) {
	r := addsReader{in: body, seen: append(make([]string, 0, len(addsStrings)+32), addsStrings...)}
	n := r.uvarint()
	if r.err != nil || n > uint64(len(body)) { // each operation takes a byte at least
		return nil, nil, errAddsShort
	}
	var attrs []string
	ops := make([]annotate.Op, 0, n)
	prev := 0
	var before [addsSpanFields]string
	for range n {
		switch kind := r.byte(); kind {
		case addsRelation:
			rel := &annotate.Relation{Label: r.str(), Head: r.str(), Child: r.str(), Source: r.str(), Status: r.str()}
			ops = append(ops, annotate.Op{Kind: annotate.OpAddRelation, Relation: rel})
		case addsSpan:
			sp := &annotate.Span{ID: r.str()}
			sp.Start = prev + r.varint()
			sp.End = sp.Start + r.varint()
			prev = sp.Start
			sp.Label = r.str()
			same := r.byte()
			for i := range before {
				if same&(1<<i) == 0 {
					before[i] = r.str()
				}
			}
			if r.err != nil {
				return nil, nil, r.err
			}
			if rawAttrs {
				f := before
				if f[0] == "" {
					attrs = append(attrs, "{}")
				} else {
					attrs = append(attrs, f[0])
				}
				f[0] = ""
				if err := setSpanFields(sp, f); err != nil {
					return nil, nil, err
				}
			} else if err := setSpanFields(sp, before); err != nil {
				return nil, nil, err
			}
			if k := r.uvarint(); k > 0 {
				if k > uint64(len(r.in)) {
					return nil, nil, errAddsShort
				}
				sp.AgreedBy = make([]string, k)
				for i := range sp.AgreedBy {
					sp.AgreedBy[i] = r.str()
				}
			}
			ops = append(ops, annotate.Op{Kind: annotate.OpAddSpan, Span: sp})
		default:
			if r.err == nil {
				return nil, nil, fmt.Errorf("operation of kind %d", kind)
			}
		}
		if r.err != nil {
			return nil, nil, r.err
		}
	}
	if len(r.in) != 0 {
		return nil, nil, fmt.Errorf("%d bytes after the operations", len(r.in))
	}
	return ops, attrs, nil
}
