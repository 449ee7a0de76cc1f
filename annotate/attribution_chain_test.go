package annotate

import "testing"

// ResolveCanonical without a map of the spans answers as with one: a
// cycle of named spans stops at the first span seen again (the name is
// the last one met before it), an id given twice is the later span, a
// rejected span ends the chain, and a long chain is followed to its end.
func TestResolveCanonicalChains(t *testing.T) {
	spk := func(id, canonical, status string) Span {
		s := Span{ID: id, Label: LabelSpeaker, Status: status}
		if canonical != "" {
			s.Attrs = map[string]any{"canonical": canonical}
		}
		return s
	}
	coref := func(head, child string) Relation { return Relation{Label: RelCoref, Head: head, Child: child} }
	spans := []Span{
		spk("ring1", "Odile Varga", ""), spk("ring2", "Tomasz Reel", ""),
		spk("twice", "Early Name", ""), spk("twice", "Later Name", ""),
		spk("toTwice", "", ""),
		spk("toNo", "Kept Name", ""), spk("no", "Dropped Name", SpanRejected),
	}
	relations := []Relation{coref("ring1", "ring2"), coref("ring2", "ring1"), coref("toTwice", "twice"), coref("toNo", "no")}
	var long []Span
	var links []Relation
	for i := range 20 {
		id := string(rune('a' + i))
		name := ""
		if i == 19 {
			name = "End Of Chain"
		}
		long = append(long, spk(id, name, ""))
		if i > 0 {
			links = append(links, coref(string(rune('a'+i-1)), id))
		}
	}
	for _, tt := range []struct {
		spans     []Span
		relations []Relation
		id, want  string
	}{
		{spans, relations, "ring1", "Tomasz Reel"},
		{spans, relations, "ring2", "Odile Varga"},
		{spans, relations, "twice", "Later Name"},
		{spans, relations, "toTwice", "Later Name"},
		{spans, relations, "toNo", "Kept Name"},
		{spans, relations, "no", ""},
		{long, links, "a", "End Of Chain"},
		{long, links, "s", "End Of Chain"},
		{nil, nil, "a", ""},
	} {
		if got := ResolveCanonical(tt.spans, tt.relations, tt.id); got != tt.want {
			t.Errorf("ResolveCanonical(%s) = %q, want %q", tt.id, got, tt.want)
		}
	}
}
