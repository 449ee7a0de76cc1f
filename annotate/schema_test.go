package annotate

import (
	"bufio"
	"encoding/json"
	"errors"
	"image/color"
	sharedtest "newsmark/annotate/reference"
	"os"
	"strings"
	"testing"
)

func sharedFile(t testing.TB, rel string) string { return sharedtest.File(t, rel) }

func TestDefaultSchemaLabelsKeysAndColours(t *testing.T) {
	s := DefaultSchema()
	tests := []struct {
		key   int
		label string
		color color.NRGBA
	}{
		{1, LabelStatement, color.NRGBA{0x56, 0xB4, 0xE9, 0xFF}},
		{2, LabelSpeaker, color.NRGBA{0xE6, 0x9F, 0x00, 0xFF}},
		{3, LabelCue, color.NRGBA{0xCC, 0x79, 0xA7, 0xFF}},
		{4, LabelClaim, color.NRGBA{0x00, 0x9E, 0x73, 0xFF}},
		{5, LabelAddressee, color.NRGBA{0xF0, 0xE4, 0x42, 0xFF}},
		{6, LabelMedium, color.NRGBA{0xD5, 0x5E, 0x00, 0xFF}},
		{7, LabelEntity, color.NRGBA{0x99, 0x99, 0x99, 0xFF}},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			l, ok := s.LabelAt(tt.key)
			if !ok || l.Name != tt.label {
				t.Errorf("key %d tags %q (%v), want %s", tt.key, l.Name, ok, tt.label)
			}
			if got := s.Color(tt.label); got != tt.color {
				t.Errorf("Color(%s) = %v, want %v", tt.label, got, tt.color)
			}
			if _, ok := s.Label(tt.label); !ok {
				t.Errorf("Label(%s) not found", tt.label)
			}
		})
	}
	for _, key := range []int{0, 8, 9, 10, -1} {
		if l, ok := s.LabelAt(key); ok {
			t.Errorf("LabelAt(%d) = %s, want none", key, l.Name)
		}
	}
	if got := s.Color("PROJECT_LABEL"); got != (color.NRGBA{0x99, 0x99, 0x99, 0xFF}) {
		t.Errorf("unknown label colour = %v, want grey", got)
	}
	if got := strings.Join(s.LabelNames(), " "); got != "STATEMENT SPEAKER CUE CLAIM ADDRESSEE MEDIUM ENTITY" {
		t.Errorf("LabelNames = %s", got)
	}
}

func TestDefaultSchemaRelations(t *testing.T) {
	s := DefaultSchema()
	tests := []struct {
		rel, head, child string
		want             bool
	}{
		{RelSaidBy, LabelStatement, LabelSpeaker, true},
		{RelSaidBy, LabelSpeaker, LabelStatement, false},
		{RelCue, LabelStatement, LabelCue, true},
		{RelCue, LabelStatement, LabelSpeaker, false},
		{RelCoref, LabelSpeaker, LabelSpeaker, true},
		{RelAddressedTo, LabelStatement, LabelAddressee, true},
		{RelVia, LabelStatement, LabelMedium, true},
		{RelNestedIn, LabelStatement, LabelStatement, true},
		{RelPartOf, LabelClaim, LabelStatement, true},
		{RelPartOf, LabelStatement, LabelClaim, false},
		{"praised", LabelStatement, LabelSpeaker, false},
	}
	for _, tt := range tests {
		if got := s.AllowsRelation(tt.rel, tt.head, tt.child); got != tt.want {
			t.Errorf("AllowsRelation(%s, %s, %s) = %v, want %v", tt.rel, tt.head, tt.child, got, tt.want)
		}
	}
	for _, l := range []string{StanceFavor, StanceAgainst, StanceNone} {
		if !s.IsStanceLabel(l) {
			t.Errorf("%s is not a stance label", l)
		}
	}
	if s.IsStanceLabel("NEUTRAL") {
		t.Error("NEUTRAL accepted as a stance label")
	}
}

func TestDefaultSchemaAttributes(t *testing.T) {
	s := DefaultSchema()
	tests := []struct {
		label, attr string
		typ         string
		value       any
		ok          bool
	}{
		{LabelStatement, "quote_type", AttrChoice, "direct", true},
		{LabelStatement, "quote_type", AttrChoice, "mixed", true},
		{LabelStatement, "quote_type", AttrChoice, "reported", false},
		{LabelSpeaker, "canonical", AttrText, "Dmitry Peskov", true},
		{LabelSpeaker, "speaker_type", AttrChoice, "anonymous", true},
		{LabelClaim, "claim_type", AttrChoice, "prediction", true},
		{LabelClaim, "verifiable", AttrBool, true, true},
		{LabelClaim, "verifiable", AttrBool, "yes", false},
		{LabelClaim, "checkworthy", AttrChoice, "unsure", true},
		{LabelClaim, "checkworthy", AttrChoice, "maybe", false},
		{LabelCue, "note", AttrText, "lemma unclear", true},
		{LabelEntity, "note", AttrText, 3.0, false},
	}
	for _, tt := range tests {
		t.Run(tt.label+"."+tt.attr, func(t *testing.T) {
			a, ok := s.Attribute(tt.label, tt.attr)
			if !ok {
				t.Fatalf("%s has no attribute %s", tt.label, tt.attr)
			}
			if a.Type != tt.typ {
				t.Errorf("type = %s, want %s", a.Type, tt.typ)
			}
			if err := a.CheckValue(tt.value); (err == nil) != tt.ok {
				t.Errorf("CheckValue(%v) = %v, want ok=%v", tt.value, err, tt.ok)
			}
		})
	}
	if _, ok := s.Attribute(LabelCue, "quote_type"); ok {
		t.Error("CUE has quote_type; only STATEMENT should")
	}
	genre, ok := s.DocField("genre")
	if !ok || genre.CheckValue("hard_news") != nil || genre.CheckValue("opinion") != nil || genre.CheckValue("gossip") == nil {
		t.Errorf("genre field = %+v, want a choice including hard_news and opinion", genre)
	}
	topics, ok := s.DocField("topics")
	if !ok || topics.CheckValue([]any{"labour dispute", "transport"}) != nil || topics.CheckValue("transport") == nil {
		t.Errorf("topics field = %+v, want a free list", topics)
	}
	if _, ok := s.DocField("language"); !ok {
		t.Error("no language field")
	}
}

func TestDefaultSchemaReturnsCopies(t *testing.T) {
	a := DefaultSchema()
	a.Labels[0].Name = "CHANGED"
	a.Labels[0].Attributes[0].Choices[0] = "changed"
	a.Relations[0].Head[0] = "CHANGED"
	b := DefaultSchema()
	if b.Labels[0].Name != LabelStatement || b.Labels[0].Attributes[0].Choices[0] != "direct" || b.Relations[0].Head[0] != LabelStatement {
		t.Error("changing one DefaultSchema result changed the next")
	}
}

// minimalSchema is a valid schema that the error cases below break one rule
// at a time.
const minimalSchema = `{"name":"p","labels":[
  {"name":"QUOTE","color":"#112233","attributes":[{"name":"kind","type":"choice","choices":["a","b"]}]},
  {"name":"WHO","color":"#445566"}],
 "relations":[{"name":"by","head":["QUOTE"],"child":["WHO"]}],
 "stance":{"labels":["PRO","CON"]}}`

func TestParseSchemaNamesTheProblem(t *testing.T) {
	tests := []struct {
		name    string
		old     string // replaced in minimalSchema
		new     string
		wantErr string // "" for a valid schema
	}{
		{"valid", "", "", ""},
		{"bad colour", `"#445566"`, `"orange"`, `label 2 ("WHO"): colour "orange" is not #RRGGBB`},
		{"short colour", `"#445566"`, `"#456"`, `colour "#456"`},
		{"duplicate label", `"name":"WHO"`, `"name":"QUOTE"`, `label 2 ("QUOTE"): defined twice`},
		{"label without name", `"name":"WHO",`, ``, `label 2 has no name`},
		{"relation to unknown label", `"child":["WHO"]`, `"child":["SOURCE"]`, `relation 1 ("by"): child label "SOURCE" is not a span label`},
		{"relation without head", `"head":["QUOTE"]`, `"head":[]`, `no head labels`},
		{"choice without choices", `"choices":["a","b"]`, `"choices":[]`, `attribute "kind": a choice needs choices`},
		{"unknown attribute type", `"type":"choice"`, `"type":"date"`, `type "date" is not one of`},
		{"no stance labels", `"labels":["PRO","CON"]`, `"labels":[]`, `no stance labels`},
		{"key out of range", `"color":"#112233"`, `"color":"#112233","key":12`, `key 12 is not between 1 and 9`},
		{"one explicit key is fine", `"color":"#445566"`, `"color":"#445566","key":1`, ``},
		{"typo in a field name", `"color":"#445566"`, `"colour":"#445566"`, `unknown field "colour"`},
		{"not JSON", `{"name"`, `{name`, `parse schema`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := minimalSchema
			if tt.old != "" {
				if !strings.Contains(data, tt.old) {
					t.Fatalf("test setup: %q not in the schema", tt.old)
				}
				data = strings.Replace(data, tt.old, tt.new, 1)
			}
			s, err := ParseSchema([]byte(data))
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("ParseSchema: %v", err)
				}
				if s.Labels[0].Key == 0 && s.Labels[1].Key == 0 {
					t.Error("labels without keys did not get keys 1 and 2")
				}
				return
			}
			if err == nil {
				t.Fatalf("ParseSchema accepted a schema with %s", tt.name)
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %q does not mention %q", err, tt.wantErr)
			}
		})
	}
}

func TestParseSchemaKeys(t *testing.T) {
	s, err := ParseSchema([]byte(minimalSchema))
	if err != nil {
		t.Fatal(err)
	}
	if l, _ := s.LabelAt(2); l.Name != "WHO" {
		t.Errorf("key 2 = %q, want WHO (keys follow label order when none is set)", l.Name)
	}
	// With explicit keys, a key may skip numbers and the order is the author's.
	data := strings.Replace(minimalSchema, `"color":"#445566"`, `"color":"#445566","key":1`, 1)
	data = strings.Replace(data, `"color":"#112233"`, `"color":"#112233","key":5`, 1)
	s, err = ParseSchema([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if l, _ := s.LabelAt(1); l.Name != "WHO" {
		t.Errorf("key 1 = %q, want WHO", l.Name)
	}
	if l, _ := s.LabelAt(5); l.Name != "QUOTE" {
		t.Errorf("key 5 = %q, want QUOTE", l.Name)
	}
	dup := strings.Replace(data, `"key":5`, `"key":1`, 1)
	if _, err := ParseSchema([]byte(dup)); err == nil || !errors.Is(err, ErrInvalidSchema) || !strings.Contains(err.Error(), `key 1 is already used by "QUOTE"`) {
		t.Errorf("duplicate keys: err = %v", err)
	}
}

func TestParseSchemaReportsEveryProblem(t *testing.T) {
	data := strings.Replace(minimalSchema, `"#112233"`, `"blue"`, 1)
	data = strings.Replace(data, `"child":["WHO"]`, `"child":["NOBODY"]`, 1)
	_, err := ParseSchema([]byte(data))
	if !errors.Is(err, ErrInvalidSchema) {
		t.Fatalf("err = %v, want ErrInvalidSchema", err)
	}
	for _, want := range []string{`colour "blue"`, `child label "NOBODY"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q omits %q", err, want)
		}
	}
}

// TestGoldFitsDefaultSchema checks that the seed article's hand-made gold
// uses only labels and relations the default schema allows, with attribute
// values it accepts.
func TestGoldFitsDefaultSchema(t *testing.T) {
	f, err := os.Open(sharedFile(t, "fixtures/seed_000_gold.doc.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	if !sc.Scan() {
		t.Fatal("empty gold file")
	}
	var gold struct {
		Spans     []Span     `json:"spans"`
		Relations []Relation `json:"relations"`
		Stance    []Stance   `json:"stance"`
	}
	if err := json.Unmarshal(sc.Bytes(), &gold); err != nil {
		t.Fatal(err)
	}
	s := DefaultSchema()
	labelOf := map[string]string{}
	for _, sp := range gold.Spans {
		labelOf[sp.ID] = sp.Label
		if _, ok := s.Label(sp.Label); !ok {
			t.Errorf("span %s: label %s not in schema", sp.ID, sp.Label)
		}
		for name, v := range sp.Attrs {
			if a, ok := s.Attribute(sp.Label, name); ok {
				if err := a.CheckValue(v); err != nil {
					t.Errorf("span %s: %v", sp.ID, err)
				}
			}
		}
	}
	for _, r := range gold.Relations {
		if !s.AllowsRelation(r.Label, labelOf[r.Head], labelOf[r.Child]) {
			t.Errorf("relation %s %s(%s) → %s(%s) not allowed", r.Label, r.Head, labelOf[r.Head], r.Child, labelOf[r.Child])
		}
	}
	for _, st := range gold.Stance {
		if !s.IsStanceLabel(st.Label) {
			t.Errorf("stance label %s not in schema", st.Label)
		}
	}
	if len(gold.Relations) == 0 || len(gold.Spans) == 0 {
		t.Error("gold has no spans or relations")
	}
}
