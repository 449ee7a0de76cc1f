package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"newsmark/annotate"
)

// ErrDuplicate means a document with the same cleaned text is already in
// the project.
var ErrDuplicate = errors.New("duplicate: the project already has this article")

// AddResult says what became of one document given to AddDocuments.
type AddResult struct {
	ID        string // the id stored (made unique), or the existing document's id for a duplicate
	Duplicate bool
}

// TextSHA256 is the hex SHA-256 of a cleaned text, the key that finds
// re-imported articles.
func TextSHA256(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// metaRow is how a document's metadata is stored: the fields Newsmark knows,
// and under "_extra" those it does not (from imported files), so one decode
// reads both.
type metaRow struct {
	annotate.Meta
	Extra map[string]any `json:"_extra,omitempty"`
}

func encodeMeta(m annotate.Meta) (string, error) {
	b, err := json.Marshal(metaRow{Meta: m, Extra: m.Extra})
	return string(b), err
}

func decodeMeta(s string) (annotate.Meta, error) {
	var r metaRow
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return annotate.Meta{}, err
	}
	r.Meta.Extra = r.Extra
	return r.Meta, nil
}

// AddDocuments stores new documents in one transaction, with their zones and
// any annotations that came with them (spans, relations, targets, stances,
// document labels, as from an imported JSONL file). A document whose cleaned
// text is already in the project is reported as a duplicate and stores
// nothing. Ids are kept when free and otherwise made unique with a suffix
// ("name-2"); the id stored is written back into doc.ID.
func (s *Store) AddDocuments(ctx context.Context, actor string, docs []*annotate.Document, anns []*annotate.Annotations) ([]AddResult, error) {
	res := make([]AddResult, len(docs))
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		now := time.Now().UTC().Format(time.RFC3339Nano)
		ins, err := tx.PrepareContext(ctx, `INSERT INTO documents
			(id, title, text, text_sha256, meta, status, source_name, source_path, source_size, source_sha256, imported_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer ins.Close()
		insZone, err := tx.PrepareContext(ctx, `INSERT INTO zones(doc, zone, start, "end") VALUES (?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer insZone.Close()
		findText, err := tx.PrepareContext(ctx, "SELECT id FROM documents WHERE text_sha256 = ?")
		if err != nil {
			return err
		}
		defer findText.Close()
		findID, err := tx.PrepareContext(ctx, "SELECT 1 FROM documents WHERE id = ?")
		if err != nil {
			return err
		}
		defer findID.Close()
		var first int64 // the first document this batch stores
		for i, d := range docs {
			sum := TextSHA256(d.Text)
			var existing string
			err := findText.QueryRowContext(ctx, sum).Scan(&existing)
			if err == nil {
				res[i] = AddResult{ID: existing, Duplicate: true}
				continue
			} else if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			id, err := uniqueID(ctx, findID, d.ID)
			if err != nil {
				return err
			}
			meta, err := encodeMeta(d.Meta)
			if err != nil {
				return fmt.Errorf("document %s: %w", d.ID, err)
			}
			status := d.Status
			if status == "" {
				status = annotate.StatusTodo
			}
			r, err := ins.ExecContext(ctx, id, annotate.Title(d), d.Text, sum, meta, string(status),
				d.Source.Name, d.Source.Path, d.Source.Size, d.Source.SHA256, now)
			if err != nil {
				return fmt.Errorf("document %s: %w", id, err)
			}
			seq, _ := r.LastInsertId()
			if first == 0 {
				first = seq
			}
			for _, z := range d.Zones {
				if _, err := insZone.ExecContext(ctx, seq, z.Zone, z.Start, z.End); err != nil {
					return fmt.Errorf("document %s zone %s: %w", id, z.Zone, err)
				}
			}
			d.ID = id
			res[i] = AddResult{ID: id}
			if i < len(anns) && anns[i] != nil {
				if err := addAnnotations(ctx, tx, actor, seq, id, anns[i]); err != nil {
					return fmt.Errorf("document %s: %w", id, err)
				}
			}
		}
		// Index the batch for full-text search in one statement. The
		// transaction holds the write lock, so every document from first on
		// is one of this batch's.
		if first != 0 {
			if _, err := tx.ExecContext(ctx, `INSERT INTO documents_fts(docid, title, text)
				SELECT seq, title, text FROM documents WHERE seq >= ?`, first); err != nil {
				return fmt.Errorf("full-text index: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// addAnnotations stores what came with an imported document, as one logged
// "import" event (not on anyone's undo stack).
func addAnnotations(ctx context.Context, tx *sql.Tx, actor string, seq int64, id string, a *annotate.Annotations) error {
	e := annotate.Edit{Doc: id, Summary: "import annotations"}
	for i := range a.Targets {
		t := a.Targets[i]
		tid, err := matchTarget(ctx, tx, &t, seq)
		if err != nil {
			return err
		}
		if tid != t.ID {
			// The target already exists under another id, or its id is taken
			// by another text: point the stances at the id stored.
			for j := range a.Stances {
				if a.Stances[j].Target == t.ID {
					a.Stances[j].Target = tid
				}
			}
		}
	}
	for i := range a.Spans {
		e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpAddSpan, Span: &a.Spans[i]})
	}
	for i := range a.Relations {
		e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpAddRelation, Relation: &a.Relations[i]})
	}
	for i := range a.Stances {
		e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpSetStance, Stance: &a.Stances[i]})
	}
	for k, v := range a.DocLabels {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpSetDocLabel, Key: k, Value: b})
	}
	if len(e.Ops) == 0 {
		return nil
	}
	_, err := applyEdit(ctx, tx, actor, "import", 0, e)
	return err
}

// matchTarget finds a target by text (project-wide or this document's) or
// stores it, keeping its id when free. It returns the id stored.
func matchTarget(ctx context.Context, tx *sql.Tx, t *annotate.Target, seq int64) (string, error) {
	var id string
	err := tx.QueryRowContext(ctx, "SELECT id FROM targets WHERE text = ? AND (doc IS NULL OR doc = ?)", t.Text, seq).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	id = t.ID
	if id == "" || exists(ctx, tx, "SELECT 1 FROM targets WHERE id = ?", id) {
		if id, err = nextTargetID(ctx, tx); err != nil {
			return "", err
		}
	}
	var doc any
	if t.DocID != "" {
		doc = seq
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO targets(id, text, kind, doc) VALUES (?, ?, ?, ?)", id, t.Text, t.Kind, doc)
	return id, err
}

func exists(ctx context.Context, tx *sql.Tx, query string, args ...any) bool {
	var one int
	return tx.QueryRowContext(ctx, query, args...).Scan(&one) == nil
}

// uniqueID keeps a readable id and adds "-2", "-3"… when it is taken;
// findID is "SELECT 1 FROM documents WHERE id = ?".
func uniqueID(ctx context.Context, findID *sql.Stmt, want string) (string, error) {
	want = strings.TrimSpace(want)
	if want == "" {
		want = "article"
	}
	id := want
	for n := 2; ; n++ {
		var one int
		err := findID.QueryRowContext(ctx, id).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return id, nil
		}
		if err != nil {
			return "", err
		}
		id = fmt.Sprintf("%s-%d", want, n)
	}
}

// DocSummary is one line of the document list.
type DocSummary struct {
	ID      string
	Title   string
	Status  annotate.Status
	Spans   int // accepted spans
	Pending int // pending suggestions
}

// Documents lists the project's documents in import order.
func (s *Store) Documents(ctx context.Context) ([]DocSummary, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.title, d.status,
		(SELECT count(*) FROM spans s WHERE s.doc = d.seq AND s.status = 'accepted'),
		(SELECT count(*) FROM spans s WHERE s.doc = d.seq AND s.status = 'pending')
		FROM documents d ORDER BY d.seq`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []DocSummary
	for rows.Next() {
		var d DocSummary
		var st string
		if err := rows.Scan(&d.ID, &d.Title, &st, &d.Spans, &d.Pending); err != nil {
			return nil, err
		}
		d.Status = annotate.Status(st)
		out = append(out, d)
	}
	return out, rows.Err()
}

// DocumentSummary is the document list's line for one document, read
// after an edit instead of the whole list.
func (s *Store) DocumentSummary(ctx context.Context, id string) (DocSummary, error) {
	var d DocSummary
	var st string
	err := s.db.QueryRowContext(ctx, `SELECT d.id, d.title, d.status,
		(SELECT count(*) FROM spans s WHERE s.doc = d.seq AND s.status = 'accepted'),
		(SELECT count(*) FROM spans s WHERE s.doc = d.seq AND s.status = 'pending')
		FROM documents d WHERE d.id = ?`, id).Scan(&d.ID, &d.Title, &st, &d.Spans, &d.Pending)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	d.Status = annotate.Status(st)
	return d, err
}

// Search returns the ids of documents whose title or text match query, a
// full-text query ("peskov", "troop build*", "\"red lines\""), in import order.
func (s *Store) Search(ctx context.Context, query string) ([]string, error) {
	q := ftsQuery(query)
	if q == "" {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT d.id FROM documents_fts f JOIN documents d ON d.seq = f.docid
		WHERE documents_fts MATCH ? ORDER BY d.seq`, q)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// ftsQuery turns what an analyst types into a safe FTS query: each word must
// appear, and the last one may be a prefix of a word, as in a search box.
func ftsQuery(in string) string {
	words := strings.FieldsFunc(in, func(r rune) bool {
		return !(r == '\'' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127)
	})
	var parts []string
	for i, w := range words {
		w = strings.Trim(w, "'-")
		if w == "" {
			continue
		}
		if i == len(words)-1 {
			w += "*" // FTS4 takes a prefix inside the quotes: "peso*"
		}
		w = `"` + strings.ReplaceAll(w, `"`, ``) + `"`
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// Document reads one document.
func (s *Store) Document(ctx context.Context, id string) (*annotate.Document, error) {
	row := s.db.QueryRowContext(ctx, `SELECT seq, id, text, meta, status, source_name, source_path, source_size, source_sha256
		FROM documents WHERE id = ?`, id)
	var seq int64
	d, err := scanDocument(row, &seq)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT zone, start, "end" FROM zones WHERE doc = ? ORDER BY start, "end" DESC, zone`, seq)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var z annotate.Zone
		if err := rows.Scan(&z.Zone, &z.Start, &z.End); err != nil {
			return nil, err
		}
		d.Zones = append(d.Zones, z)
	}
	return d, rows.Err()
}

type scanner interface{ Scan(...any) error }

func scanDocument(r scanner, seq *int64) (*annotate.Document, error) {
	var d annotate.Document
	var meta, st string
	if err := r.Scan(seq, &d.ID, &d.Text, &meta, &st, &d.Source.Name, &d.Source.Path, &d.Source.Size, &d.Source.SHA256); err != nil {
		return nil, err
	}
	m, err := decodeMeta(meta)
	if err != nil {
		return nil, err
	}
	d.Meta = m
	d.Status = annotate.Status(st)
	return &d, nil
}

func docSeq(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, id string) (int64, error) {
	var seq int64
	err := q.QueryRowContext(ctx, "SELECT seq FROM documents WHERE id = ?", id).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	return seq, err
}

// CountDocuments returns how many documents the project has, and how many are done.
func (s *Store) CountDocuments(ctx context.Context) (total, done int, err error) {
	err = s.db.QueryRowContext(ctx, "SELECT count(*), count(*) FILTER (WHERE status = 'done') FROM documents").Scan(&total, &done)
	return total, done, err
}
