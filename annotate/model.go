// Package annotate is Newsmark's domain: documents, spans, relations, stance,
// the schema, and every headless step (import and cleaning, suggestions,
// export). It knows no widgets and no SQL; the GUI and the command line drive it.
package annotate

// SchemaName is the value of meta.schema in every newsmark/1 record.
const SchemaName = "newsmark/1"

// Status is where a document stands in the analyst's work.
type Status string

// Document statuses.
const (
	StatusTodo       Status = "todo"
	StatusInProgress Status = "in_progress"
	StatusDone       Status = "done"
)

// Span statuses: an analyst's tag is accepted; a suggestion is pending until
// accepted or rejected.
const (
	SpanAccepted = "accepted"
	SpanPending  = "pending"
	SpanRejected = "rejected"
)

// Span sources other than a suggester's name.
const (
	SourceManual = "manual"
	SourceImport = "import"
	SourceRules  = "rules"
)

// The default schema's span labels.
const (
	LabelStatement = "STATEMENT"
	LabelSpeaker   = "SPEAKER"
	LabelCue       = "CUE"
	LabelClaim     = "CLAIM"
	LabelAddressee = "ADDRESSEE"
	LabelMedium    = "MEDIUM"
	LabelEntity    = "ENTITY"
)

// The default schema's relation labels.
const (
	RelSaidBy      = "said_by"
	RelCue         = "cue"
	RelCoref       = "coref"
	RelAddressedTo = "addressed_to"
	RelVia         = "via"
	RelNestedIn    = "nested_in"
	RelPartOf      = "part_of"
)

// LayerGold is the layer that adjudication writes: the team's agreed
// annotations. No analyst's edit ever changes it.
const LayerGold = "gold"

// Stance labels.
const (
	StanceFavor   = "FAVOR"
	StanceAgainst = "AGAINST"
	StanceNone    = "NONE"
)

// Zone names used by the cleaner.
const (
	ZoneHeadline = "headline"
	ZoneDek      = "dek"
	ZoneDateline = "dateline"
	ZoneBody     = "body"
)

// Zone marks a region of a document's cleaned text, in code points [Start, End).
type Zone struct {
	Zone  string `json:"zone"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Meta is what the importer learned about an article besides its text.
type Meta struct {
	SourceFile string   `json:"source_file,omitempty"`
	Title      string   `json:"title,omitempty"`
	Byline     string   `json:"byline,omitempty"`
	Published  string   `json:"published,omitempty"`
	Outlet     string   `json:"outlet,omitempty"`
	Wire       string   `json:"wire,omitempty"`
	Language   string   `json:"language,omitempty"`
	URL        string   `json:"url,omitempty"`
	Removed    []string `json:"removed,omitempty"`
	// Extra keeps metadata keys this version does not know (from imported
	// JSONL), so they are exported back unchanged.
	Extra map[string]any `json:"-"`
}

// Source describes the file a document was imported from.
type Source struct {
	Name   string // base name, as in meta.source_file
	Path   string // path as given to the importer
	Size   int64  // bytes
	SHA256 string // hex digest of the file's bytes
}

// Document is one article: its cleaned, immutable text and what came with it.
// All offsets anywhere in a document count Unicode code points of Text.
type Document struct {
	ID     string
	Text   string
	Meta   Meta
	Zones  []Zone
	Status Status
	Source Source
}

// Span is a labelled range of a document's text, in code points [Start, End).
type Span struct {
	ID         string         `json:"id"`
	Start      int            `json:"start"`
	End        int            `json:"end"`
	Label      string         `json:"label"`
	Attrs      map[string]any `json:"attrs,omitempty"`
	Annotator  string         `json:"annotator,omitempty"`
	Source     string         `json:"source,omitempty"` // manual, import, or a suggester's name
	Status     string         `json:"status,omitempty"` // accepted, pending, rejected
	Note       string         `json:"note,omitempty"`
	Pattern    string         `json:"pattern,omitempty"`    // the suggester rule that fired
	Confidence float64        `json:"confidence,omitempty"` // suggester confidence in [0, 1]
	// AgreedBy, in the gold layer, names the analysts whose version this
	// span is; Annotator is then who decided.
	AgreedBy []string `json:"agreed_by,omitempty"`
}

// Relation links two spans of one document by their ids: Head → Child.
type Relation struct {
	Label  string `json:"label"`
	Head   string `json:"head"`
	Child  string `json:"child"`
	Source string `json:"source,omitempty"`
	Status string `json:"status,omitempty"`
}

// Target is what a stance is taken toward. DocID is empty for a project-wide
// target, reusable across articles.
type Target struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Kind  string `json:"kind,omitempty"` // entity, topic or claim
	DocID string `json:"-"`
}

// Evidence is an optional range of text that supports a stance.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

// Stance is a statement's position toward a target.
type Stance struct {
	Statement string    `json:"statement"` // span id of the STATEMENT
	Target    string    `json:"target"`    // target id
	Label     string    `json:"label"`     // FAVOR, AGAINST or NONE
	Implicit  bool      `json:"implicit"`
	Evidence  *Evidence `json:"evidence,omitempty"`
	Annotator string    `json:"annotator,omitempty"`
}

// Annotations is everything tagged on one document in one layer: an
// analyst's own work, or the adjudicated gold.
type Annotations struct {
	// Layer is whose annotations these are: an analyst's name, or
	// LayerGold. Empty on input means the layer of whoever stores them.
	Layer     string
	Spans     []Span
	Relations []Relation
	Targets   []Target // targets the document's stances use, and the document's own
	Stances   []Stance
	DocLabels map[string]any
	// Status is the document's status in this layer.
	Status Status
	// Schema is the project schema the actions check labels, relations
	// and attributes against; nil means the default schema.
	Schema *Schema
}

// schema is the schema the actions check a's edits against.
func (a *Annotations) schema() *Schema {
	if a != nil && a.Schema != nil {
		return a.Schema
	}
	return DefaultSchema()
}

// Title is a document's title: its metadata title, else its first line.
func Title(d *Document) string {
	if d.Meta.Title != "" {
		return d.Meta.Title
	}
	for _, z := range d.Zones {
		if z.Zone == ZoneHeadline {
			return Slice(d.Text, z.Start, z.End)
		}
	}
	line := d.Text
	for i, r := range line {
		if r == '\n' {
			line = line[:i]
			break
		}
	}
	if len([]rune(line)) > 120 {
		line = string([]rune(line)[:120]) + "…"
	}
	return line
}
