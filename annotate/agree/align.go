package agree

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"newsmark/annotate"
)

// Aspect is one thing analysts may disagree on about a unit.
type Aspect string

// The aspects of a unit. Span applies to every label; speaker, cue,
// nested_in and stance to STATEMENT units; attributes to labels whose schema
// gives them choice or yes/no attributes.
const (
	AspectSpan       Aspect = "span"       // whether the analyst tagged it, and where it starts and ends
	AspectSpeaker    Aspect = "speaker"    // the speaker at entity level: canonical name, following coref
	AspectCue        Aspect = "cue"        // the cue span (the same offsets, or none on both sides)
	AspectNestedIn   Aspect = "nested_in"  // the statement that reports this one
	AspectStance     Aspect = "stance"     // the stance toward every target
	AspectAttributes Aspect = "attributes" // quote_type, claim_type, checkworthy and the like
)

// Mention is a piece of the document's text: a speaker mention or a cue.
type Mention struct {
	Start, End int
	Text       string
}

// Version is one analyst's take on a unit: their span and, for a
// STATEMENT, its attribution and stance.
type Version struct {
	Analyst string
	Span    annotate.Span
	Text    string
	// Speaker is the canonical name of the said_by SPEAKER, following coref
	// to its antecedent (annotate.ResolveCanonical), or the name in the
	// mention when no span along the chain has one; "" when the statement
	// has no speaker. SpeakerMention is the linked mention as written.
	Speaker        string
	SpeakerMention *Mention
	// Cue is the linked CUE span, nil when there is none.
	Cue *Mention
	// NestedIn is the index in DocAlignment.Units of the statement this one
	// is nested in, -1 when none.
	NestedIn int
	// Stances maps each target (spelled as in DocAlignment.Targets) to the
	// stance label toward it.
	Stances map[string]string
	// Attrs holds the label's compared attributes that are set, as text.
	Attrs map[string]string
	// speakerKey is Speaker folded for comparison, computed once.
	speakerKey string
}

// entity is the key the version's speaker is compared by.
func (v *Version) entity() string {
	if v.speakerKey == "" && v.Speaker != "" {
		return entityKey(v.Speaker)
	}
	return v.speakerKey
}

// Unit is one place in a document where some analysts tagged a span of one
// label, with every analyst's version (or none). The agreement figures and
// the adjudication view both walk these units, so what counts as agreement
// is the same in both.
type Unit struct {
	Index      int
	Label      string
	Start, End int // the stretch covering every version
	// Versions maps an analyst to their version; an analyst of the document
	// who tagged nothing here has no entry.
	Versions map[string]*Version
	// Analysts are the document's analysts, sorted: those who could have
	// tagged this unit.
	Analysts []string
	attrs    []string // compared attribute names, in schema order
}

// DocAlignment is the alignment of one document's analyst layers into units.
type DocAlignment struct {
	DocID string
	// Analysts are the analysts with a layer for this document, sorted.
	Analysts []string
	// Units are ordered by start, then the longer first, then label.
	Units []Unit
	// Targets are the stance targets any analyst used, matched by their text
	// (case and spacing aside) since target ids differ between files.
	Targets []string
	// Attributes lists, per label, the attributes compared: the schema's
	// choice and yes/no attributes of that label.
	Attributes map[string][]string
	index      map[[2]string]int
}

// Aspects returns the aspects that apply to the unit's label.
func (u *Unit) Aspects() []Aspect {
	out := []Aspect{AspectSpan}
	if u.Label == annotate.LabelStatement {
		out = append(out, AspectSpeaker, AspectCue, AspectNestedIn, AspectStance)
	}
	if len(u.attrs) > 0 {
		out = append(out, AspectAttributes)
	}
	return out
}

// Tagged returns the analysts who have a version of the unit, sorted.
func (u *Unit) Tagged() []string {
	var out []string
	for _, a := range u.Analysts {
		if u.Versions[a] != nil {
			out = append(out, a)
		}
	}
	return out
}

// Same reports whether analysts a and b agree on one aspect of the unit.
// On the span, an analyst with no version differs from one with a version.
// On the other aspects only two versions are compared: if either analyst has
// none, Same is false.
func (u *Unit) Same(a, b string, aspect Aspect) bool {
	va, vb := u.Versions[a], u.Versions[b]
	if aspect == AspectSpan {
		if va == nil || vb == nil {
			return va == nil && vb == nil
		}
		return va.Span.Start == vb.Span.Start && va.Span.End == vb.Span.End
	}
	if va == nil || vb == nil {
		return false
	}
	return sameAspect(va, vb, aspect)
}

func sameAspect(va, vb *Version, aspect Aspect) bool {
	switch aspect {
	case AspectSpan:
		return va.Span.Start == vb.Span.Start && va.Span.End == vb.Span.End
	case AspectSpeaker:
		return va.entity() == vb.entity()
	case AspectCue:
		if va.Cue == nil || vb.Cue == nil {
			return va.Cue == nil && vb.Cue == nil
		}
		return va.Cue.Start == vb.Cue.Start && va.Cue.End == vb.Cue.End
	case AspectNestedIn:
		return va.NestedIn == vb.NestedIn
	case AspectStance:
		return maps.Equal(va.Stances, vb.Stances)
	case AspectAttributes:
		return maps.Equal(va.Attrs, vb.Attrs)
	}
	return false
}

// AgreeWith returns the analysts (analyst included, sorted) whose version
// equals analyst's on the given aspects, or on every aspect of the unit when
// none are given: the analysts who back this version. For an analyst with
// no version it returns those who tagged nothing here either.
func (u *Unit) AgreeWith(analyst string, aspects ...Aspect) []string {
	if len(aspects) == 0 {
		aspects = u.Aspects()
	}
	mine := u.Versions[analyst]
	var out []string
	for _, b := range u.Analysts {
		other := u.Versions[b]
		if mine == nil || other == nil {
			if mine == nil && other == nil {
				out = append(out, b)
			}
			continue
		}
		same := true
		for _, asp := range aspects {
			if !sameAspect(mine, other, asp) {
				same = false
				break
			}
		}
		if same {
			out = append(out, b)
		}
	}
	return out
}

// Differences returns the aspects on which the unit's analysts do not all
// agree. The span differs when some analyst has no version or the
// boundaries differ; the other aspects compare the versions there are.
func (u *Unit) Differences() []Aspect {
	var out []Aspect
	tagged := u.Tagged()
	if len(tagged) == 0 {
		return nil
	}
	for _, asp := range u.Aspects() {
		if asp == AspectSpan && len(tagged) < len(u.Analysts) {
			out = append(out, asp)
			continue
		}
		for _, b := range tagged[1:] {
			if !sameAspect(u.Versions[tagged[0]], u.Versions[b], asp) {
				out = append(out, asp)
				break
			}
		}
	}
	return out
}

// Agreed reports whether every analyst of the document tagged the unit and
// all versions are the same on every aspect.
func (u *Unit) Agreed() bool { return len(u.Differences()) == 0 }

// Choice is one distinct version of a unit and the analysts who hold it;
// Version is nil for the analysts who tagged nothing there.
type Choice struct {
	Version  *Version
	Analysts []string
}

// Choices groups the analysts by identical versions (on every aspect): the
// competing versions an adjudicator chooses among, the most backed first,
// then in the order of their first analyst. Analysts who tagged nothing
// here form a choice with a nil Version.
func (u *Unit) Choices() []Choice {
	var out []Choice
	done := map[string]bool{}
	for _, a := range u.Analysts {
		if done[a] {
			continue
		}
		group := u.AgreeWith(a)
		for _, b := range group {
			done[b] = true
		}
		out = append(out, Choice{Version: u.Versions[a], Analysts: group})
	}
	slices.SortStableFunc(out, func(x, y Choice) int { return cmp.Compare(len(y.Analysts), len(x.Analysts)) })
	return out
}

// Consensus returns the version at least min analysts hold (all the
// document's analysts when min ≤ 0), when there is one and it is a span
// rather than "nothing here".
func (u *Unit) Consensus(min int) (Choice, bool) {
	if min <= 0 {
		min = len(u.Analysts)
	}
	cs := u.Choices()
	if len(cs) == 0 || cs[0].Version == nil || len(cs[0].Analysts) < min {
		return Choice{}, false
	}
	if len(cs) > 1 && len(cs[1].Analysts) == len(cs[0].Analysts) {
		return Choice{}, false // a tie is no consensus
	}
	return cs[0], true
}

// Describe renders one aspect of the version as the diagnosis and the
// adjudication view show it: `[12,40) "text"`, a speaker's name, `cue
// [41,45) "said"`, "FAVOR" per target, "quote_type=direct".
func (v *Version) Describe(aspect Aspect) string {
	if v == nil {
		return "(none)"
	}
	switch aspect {
	case AspectSpan:
		return fmt.Sprintf("[%d,%d) %q", v.Span.Start, v.Span.End, v.Text)
	case AspectSpeaker:
		if v.Speaker == "" {
			return "(no speaker)"
		}
		if v.SpeakerMention != nil && v.SpeakerMention.Text != v.Speaker {
			return fmt.Sprintf("%s (%q at %d)", v.Speaker, v.SpeakerMention.Text, v.SpeakerMention.Start)
		}
		return v.Speaker
	case AspectCue:
		if v.Cue == nil {
			return "(no cue)"
		}
		return fmt.Sprintf("[%d,%d) %q", v.Cue.Start, v.Cue.End, v.Cue.Text)
	case AspectNestedIn:
		if v.NestedIn < 0 {
			return "(not nested)"
		}
		return fmt.Sprintf("unit %d", v.NestedIn)
	case AspectStance:
		return describeMap(v.Stances, ": ", "(no stance)")
	case AspectAttributes:
		return describeMap(v.Attrs, "=", "(no attributes)")
	}
	return ""
}

func describeMap(m map[string]string, sep, empty string) string {
	if len(m) == 0 {
		return empty
	}
	keys := slices.Sorted(maps.Keys(m))
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + sep + m[k]
	}
	return strings.Join(parts, "; ")
}

// UnitOf returns the unit holding the analyst's span with the given id.
func (d *DocAlignment) UnitOf(analyst, spanID string) (*Unit, bool) {
	i, ok := d.index[[2]string{analyst, spanID}]
	if !ok {
		return nil, false
	}
	return &d.Units[i], true
}

// counts reports whether a span or relation with this status is the
// analyst's: tagged or accepted by them. Pending suggestions and rejected ones never count; a span
// without a status (as read from a JSONL file) is accepted.
func counts(status string) bool { return status == "" || status == annotate.SpanAccepted }

var defaultSchema = sync.OnceValue(annotate.DefaultSchema)

// layer is one analyst's accepted annotations of a document, indexed.
type layer struct {
	analyst string
	spans   []annotate.Span
	// speakers and corefs are the SPEAKER spans and coref links, all
	// ResolveCanonical needs; canonical memoizes its answer per speaker.
	speakers  []annotate.Span
	corefs    []annotate.Relation
	canonical map[string]string
	byID      map[string]int
	saidBy    map[string]string // statement id → speaker id
	cue       map[string]string // statement id → cue id
	nestedIn  map[string]string // statement id → parent statement id
	targets   map[string]string // target id → text
	stances   []annotate.Stance
}

func newLayer(analyst string, ann *annotate.Annotations) *layer {
	l := &layer{analyst: analyst, saidBy: map[string]string{}, cue: map[string]string{},
		nestedIn: map[string]string{}, targets: map[string]string{}, canonical: map[string]string{}}
	if ann == nil {
		l.byID = map[string]int{}
		return l
	}
	l.byID = make(map[string]int, len(ann.Spans))
	l.spans = make([]annotate.Span, 0, len(ann.Spans))
	for _, s := range ann.Spans {
		if counts(s.Status) && s.End >= s.Start {
			l.byID[s.ID] = len(l.spans)
			l.spans = append(l.spans, s)
			if s.Label == annotate.LabelSpeaker {
				l.speakers = append(l.speakers, s)
			}
		}
	}
	for _, r := range ann.Relations {
		h, okH := l.byID[r.Head]
		c, okC := l.byID[r.Child]
		if !counts(r.Status) || !okH || !okC {
			continue
		}
		head, child := l.spans[h], l.spans[c]
		switch {
		case r.Label == annotate.RelCoref:
			l.corefs = append(l.corefs, r)
		case r.Label == annotate.RelSaidBy && head.Label == annotate.LabelStatement && child.Label == annotate.LabelSpeaker:
			if _, dup := l.saidBy[r.Head]; !dup {
				l.saidBy[r.Head] = r.Child
			}
		case r.Label == annotate.RelCue && head.Label == annotate.LabelStatement && child.Label == annotate.LabelCue:
			if _, dup := l.cue[r.Head]; !dup {
				l.cue[r.Head] = r.Child
			}
		case r.Label == annotate.RelNestedIn && head.Label == annotate.LabelStatement && child.Label == annotate.LabelStatement:
			if _, dup := l.nestedIn[r.Head]; !dup {
				l.nestedIn[r.Head] = r.Child
			}
		}
	}
	for _, t := range ann.Targets {
		l.targets[t.ID] = t.Text
	}
	for _, s := range ann.Stances {
		if i, ok := l.byID[s.Statement]; ok && s.Label != "" && l.spans[i].Label == annotate.LabelStatement {
			l.stances = append(l.stances, s)
		}
	}
	return l
}

// Align aligns the analysts' layers of one document (text is its cleaned
// text; layers maps an analyst to their annotations of it) into units. Only
// accepted spans count. Spans of the same label are matched across analysts
// one-to-one: identical offsets first, then overlapping spans by decreasing
// overlap (Jaccard: shared characters over covered characters), a unit
// taking at most one span per analyst and only spans that all overlap each
// other. Ties fall to the earlier span and then to the analysts' names, so
// the same layers always give the same units. A STATEMENT's speaker is
// compared at entity level, its cue by offsets, its stance per target by the
// target's text; other labels' choice and yes/no attributes are compared
// as the schema of the layers (or the default schema) lists them.
func Align(text string, layers map[string]*annotate.Annotations) *DocAlignment {
	analysts := slices.Sorted(maps.Keys(layers))
	d := &DocAlignment{Analysts: analysts, Attributes: map[string][]string{}, index: map[[2]string]int{}}
	sch := (*annotate.Schema)(nil)
	for _, a := range analysts {
		if layers[a] != nil && layers[a].Schema != nil {
			sch = layers[a].Schema
			break
		}
	}
	if sch == nil {
		sch = defaultSchema()
	}
	for _, l := range sch.Labels {
		for _, at := range l.Attributes {
			if at.Type == annotate.AttrChoice || at.Type == annotate.AttrBool {
				d.Attributes[l.Name] = append(d.Attributes[l.Name], at.Name)
			}
		}
	}
	ls := make([]*layer, len(analysts))
	for i, a := range analysts {
		ls[i] = newLayer(a, layers[a])
	}
	x := annotate.NewIndex(text)
	d.Targets = collectTargets(ls)

	// Cluster the spans of each label, then order the units.
	type member struct {
		analyst int
		span    *annotate.Span
	}
	var clusters [][]member
	byLabel := map[string][]member{}
	var labels []string
	for i, l := range ls {
		for j := range l.spans {
			s := &l.spans[j]
			if byLabel[s.Label] == nil {
				labels = append(labels, s.Label)
			}
			byLabel[s.Label] = append(byLabel[s.Label], member{i, s})
		}
	}
	slices.Sort(labels)
	for _, label := range labels {
		ms := byLabel[label]
		spans := make([]spanRef, len(ms))
		for i, m := range ms {
			spans[i] = spanRef{analyst: m.analyst, start: m.span.Start, end: m.span.End, id: m.span.ID}
		}
		for _, group := range match(spans) {
			c := make([]member, len(group))
			for i, g := range group {
				c[i] = ms[g]
			}
			clusters = append(clusters, c)
		}
	}
	type placed struct {
		start, end int
		label      string
		first      int // lowest analyst index
		id         string
		members    []member
	}
	ps := make([]placed, len(clusters))
	for i, c := range clusters {
		p := placed{start: c[0].span.Start, end: c[0].span.End, label: c[0].span.Label, first: len(analysts), members: c}
		for _, m := range c {
			p.start = min(p.start, m.span.Start)
			p.end = max(p.end, m.span.End)
			if m.analyst < p.first {
				p.first, p.id = m.analyst, m.span.ID
			}
		}
		ps[i] = p
	}
	slices.SortFunc(ps, func(a, b placed) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.label, b.label),
			cmp.Compare(a.first, b.first), cmp.Compare(a.id, b.id))
	})
	d.Units = make([]Unit, len(ps))
	for i, p := range ps {
		u := Unit{Index: i, Label: p.label, Start: p.start, End: p.end, Versions: make(map[string]*Version, len(p.members)),
			Analysts: analysts, attrs: d.Attributes[p.label]}
		for _, m := range p.members {
			l := ls[m.analyst]
			u.Versions[l.analyst] = newVersion(l, m.span, x, u.attrs)
			d.index[[2]string{l.analyst, m.span.ID}] = i
		}
		d.Units[i] = u
	}
	// Statements: nested_in points at a unit, stances at the shared targets.
	targetKey := map[string]string{}
	for _, t := range d.Targets {
		targetKey[foldKey(t)] = t
	}
	for i := range d.Units {
		u := &d.Units[i]
		if u.Label != annotate.LabelStatement {
			continue
		}
		for _, l := range ls {
			v := u.Versions[l.analyst]
			if v == nil {
				continue
			}
			if parent, ok := l.nestedIn[v.Span.ID]; ok {
				if j, ok := d.index[[2]string{l.analyst, parent}]; ok {
					v.NestedIn = j
				}
			}
			for _, s := range l.stances {
				if s.Statement != v.Span.ID {
					continue
				}
				t := targetKey[foldKey(targetText(l, s.Target))]
				if v.Stances == nil {
					v.Stances = map[string]string{}
				}
				v.Stances[t] = s.Label
			}
		}
	}
	return d
}

// canonicalOf is annotate.ResolveCanonical for one of the layer's speakers,
// asked once per speaker.
func (l *layer) canonicalOf(id string) string {
	c, ok := l.canonical[id]
	if !ok {
		c = annotate.ResolveCanonical(l.speakers, l.corefs, id)
		l.canonical[id] = c
	}
	return c
}

// newVersion builds one analyst's version of a unit from their span.
func newVersion(l *layer, s *annotate.Span, x *annotate.Index, attrs []string) *Version {
	v := &Version{Analyst: l.analyst, Span: *s, Text: x.Slice(s.Start, s.End), NestedIn: -1}
	for _, name := range attrs {
		if val := attrText(s.Attrs[name]); val != "" {
			if v.Attrs == nil {
				v.Attrs = map[string]string{}
			}
			v.Attrs[name] = val
		}
	}
	if s.Label != annotate.LabelStatement {
		return v
	}
	if id, ok := l.saidBy[s.ID]; ok {
		sp := l.spans[l.byID[id]]
		m := &Mention{Start: sp.Start, End: sp.End, Text: x.Slice(sp.Start, sp.End)}
		v.SpeakerMention = m
		v.Speaker = l.canonicalOf(id)
		if v.Speaker == "" {
			v.Speaker = annotate.CanonicalName(m.Text)
		}
		v.speakerKey = entityKey(v.Speaker)
	}
	if id, ok := l.cue[s.ID]; ok {
		c := l.spans[l.byID[id]]
		v.Cue = &Mention{Start: c.Start, End: c.End, Text: x.Slice(c.Start, c.End)}
	}
	return v
}

// attrText renders an attribute value for comparison: strings trimmed,
// yes/no as true/false, numbers in shortest form.
func attrText(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(t)
	case bool:
		return strconv.FormatBool(t)
	case float64:
		return strconv.FormatFloat(t, 'g', -1, 64)
	case int:
		return strconv.Itoa(t)
	case []any:
		parts := make([]string, 0, len(t))
		for _, e := range t {
			if s := attrText(e); s != "" {
				parts = append(parts, s)
			}
		}
		slices.Sort(parts)
		return strings.Join(parts, "; ")
	case []string:
		parts := slices.Clone(t)
		slices.Sort(parts)
		return strings.Join(parts, "; ")
	}
	return fmt.Sprint(v)
}

func targetText(l *layer, id string) string {
	if t, ok := l.targets[id]; ok && strings.TrimSpace(t) != "" {
		return t
	}
	return id
}

// collectTargets lists the targets of every layer's stances, one spelling
// per folded text (the first analyst's), sorted.
func collectTargets(ls []*layer) []string {
	seen := map[string]string{}
	for _, l := range ls {
		for _, s := range l.stances {
			t := strings.Join(strings.Fields(targetText(l, s.Target)), " ")
			if _, ok := seen[foldKey(t)]; !ok {
				seen[foldKey(t)] = t
			}
		}
	}
	return slices.Sorted(maps.Values(seen))
}

// foldKey is a text compared without case, accents or extra spaces.
func foldKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(strings.TrimSpace(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// entityKey is the key two speakers' canonical names are compared by.
func entityKey(name string) string { return foldKey(name) }

// spanRef is a span to match: its analyst, offsets and id.
type spanRef struct {
	analyst    int
	start, end int
	id         string
}

// match groups spans of one label into units: every pair of spans of
// different analysts that match exactly or overlap is a candidate, taken in
// order of decreasing score (identical offsets above any overlap, then
// Jaccard), merging two groups when they hold no analyst twice and every
// span of one overlaps every span of the other. It returns groups of
// indexes into spans; a span matched to nothing is a group of its own.
func match(spans []spanRef) [][]int {
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		x, y := spans[a], spans[b]
		return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end), cmp.Compare(x.analyst, y.analyst), cmp.Compare(x.id, y.id))
	})
	type cand struct {
		a, b  int // indexes into spans, a before b in order
		score float64
		rank  int // position of a, then b, for ties
		rankB int
	}
	var cands []cand
	for oi, i := range order {
		si := spans[i]
		for oj := oi + 1; oj < len(order); oj++ {
			sj := spans[order[oj]]
			// Sorted by start, nothing further on can overlap si, except
			// another empty span where an empty si sits.
			if sj.start >= si.end && !(si.start == si.end && sj.start == si.start) {
				break
			}
			if sj.analyst == si.analyst {
				continue
			}
			exact := si.start == sj.start && si.end == sj.end
			inter := min(si.end, sj.end) - max(si.start, sj.start)
			if !exact && inter <= 0 {
				continue
			}
			score := 2.0
			if !exact {
				score = float64(inter) / float64(max(si.end, sj.end)-min(si.start, sj.start))
			}
			cands = append(cands, cand{a: i, b: order[oj], score: score, rank: oi, rankB: oj})
		}
	}
	slices.SortFunc(cands, func(x, y cand) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.rank, y.rank), cmp.Compare(x.rankB, y.rankB))
	})
	group := make([]int, len(spans)) // span → group id
	members := make([][]int, len(spans))
	for i := range spans {
		group[i] = i
		members[i] = []int{i}
	}
	overlaps := func(x, y spanRef) bool {
		if x.start == y.start && x.end == y.end {
			return true
		}
		return min(x.end, y.end) > max(x.start, y.start)
	}
	for _, c := range cands {
		ga, gb := group[c.a], group[c.b]
		if ga == gb {
			continue
		}
		ok := true
		for _, i := range members[ga] {
			for _, j := range members[gb] {
				if spans[i].analyst == spans[j].analyst || !overlaps(spans[i], spans[j]) {
					ok = false
					break
				}
			}
			if !ok {
				break
			}
		}
		if !ok {
			continue
		}
		if len(members[ga]) < len(members[gb]) {
			ga, gb = gb, ga
		}
		for _, j := range members[gb] {
			group[j] = ga
		}
		members[ga] = append(members[ga], members[gb]...)
		members[gb] = nil
	}
	var out [][]int
	for _, i := range order {
		if g := members[i]; g != nil {
			out = append(out, g)
		}
	}
	return out
}
