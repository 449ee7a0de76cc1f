package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"newsmark/annotate"
)

// SettingProjectID is the project setting holding the project's identity,
// made when the project is first opened: a merge refuses to take one
// analyst's layer from two different projects.
const SettingProjectID = "project_id"

// ErrLayerSource means an analyst's layer would come from a second project
// (two files of the same name), or would replace work made in the project
// itself.
var ErrLayerSource = errors.New("layer comes from elsewhere")

// newProjectID is a random identity for a new project.
func newProjectID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// ProjectID is the project's identity.
func (s *Store) ProjectID(ctx context.Context) (string, error) {
	return s.EnsureSetting(ctx, SettingProjectID, newProjectID())
}

// Merger brings analysts' layers into a project inside one transaction.
type Merger struct {
	t     *txn
	actor string
	add   *adder
	now   string
}

// Merge runs fn in one write transaction that brings analysts' layers from
// other projects into this one: everything fn does is committed together
// when it returns nil, and nothing of it when it fails.
func (s *Store) Merge(ctx context.Context, actor string, fn func(m *Merger) error) error {
	err := s.inTx(ctx, func(t *txn) error {
		a, err := newAdder(t, actor)
		if err != nil {
			return err
		}
		defer a.close()
		m := &Merger{t: t, actor: actor, add: a, now: time.Now().UTC().Format(time.RFC3339Nano)}
		if err := fn(m); err != nil {
			return err
		}
		if a.first != 0 {
			return t.d.indexDocuments(t, a.first)
		}
		return nil
	})
	return s.explain(err)
}

// Claim records that layer comes from project (kept in file). It refuses a
// layer that came from another project before, or that holds work made in
// this project itself.
func (m *Merger) Claim(layer, project, file string) error {
	if err := CheckAnalyst(layer); err != nil {
		return err
	}
	var had, hadFile string
	err := m.t.queryRow("SELECT project, file FROM layer_sources WHERE layer = ?", layer).Scan(&had, &hadFile)
	switch {
	case err == nil && had != project:
		return fmt.Errorf("%w: %s's layer was merged from %s, another project; two analysts may share a name (rename one with --as)",
			ErrLayerSource, layer, hadFile)
	case err == nil:
		_, err = m.t.exec("UPDATE layer_sources SET file = ?, merged_at = ? WHERE layer = ?", file, m.now, layer)
		return err
	case !errors.Is(err, sql.ErrNoRows):
		return err
	}
	own, err := m.t.exists("SELECT 1 FROM layers WHERE name = ?", layer)
	if err != nil {
		return err
	}
	if own {
		return fmt.Errorf("%w: this project already has work of its own in %s's layer", ErrLayerSource, layer)
	}
	_, err = m.t.exec("INSERT INTO layer_sources(layer, project, file, merged_at) VALUES (?, ?, ?, ?)", layer, project, file, m.now)
	return err
}

// Document finds the document whose cleaned text has the SHA-256 sum.
func (m *Merger) Document(sum string) (seq int64, id string, ok bool, err error) {
	err = m.add.findText.QueryRowContext(m.t.sctx, sum).Scan(&seq, &id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", false, nil
	}
	return seq, id, err == nil, err
}

// AddDocument stores a document the project lacks, without annotations,
// and returns its seq and the id it was stored under.
func (m *Merger) AddDocument(d *annotate.Document) (int64, string, error) {
	c := *d
	c.Status = ""
	r, err := m.add.add(&c, nil, measureDoc(&c))
	if err != nil {
		return 0, "", fmt.Errorf("document %s: %w", d.ID, err)
	}
	seq, _, _, err := m.Document(TextSHA256(d.Text))
	return seq, r.ID, err
}

// SeedLayer gives a's layer of document seq a's work when that layer has
// none there yet (an analyst's starting layer at a hand-out); work already
// there is never replaced. It reports whether anything was written.
func (m *Merger) SeedLayer(seq int64, docID string, a *annotate.Annotations) (bool, error) {
	have, err := readLayer(m.t, seq, a.Layer)
	if err != nil || !have.Empty() || a.Empty() {
		return false, err
	}
	return m.ReplaceLayer(seq, docID, a)
}

// ReplaceLayer makes a's layer of document seq hold exactly a's work,
// logged as one event with its inverse. A layer that already holds the
// same work is left alone; changed reports whether anything was written.
func (m *Merger) ReplaceLayer(seq int64, docID string, a *annotate.Annotations) (changed bool, err error) {
	have, err := readLayer(m.t, seq, a.Layer)
	if err != nil {
		return false, err
	}
	if annotate.SameWork(have, a) {
		return false, nil
	}
	e := annotate.Edit{Doc: docID, Summary: "merge " + a.Layer + "'s layer"}
	for _, sp := range have.Spans {
		e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpDeleteSpan, Span: &annotate.Span{ID: sp.ID}})
	}
	for k := range have.DocLabels {
		e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpSetDocLabel, Key: k})
	}
	ops, err := addOps(m.t, seq, a)
	if err != nil {
		return false, err
	}
	e.Ops = append(e.Ops, ops...)
	status := a.Status
	if status == "" {
		status = annotate.StatusTodo
	}
	e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpSetStatus, Status: status})
	if _, _, err := applyEdit(m.t, m.actor, a.Layer, "import", 0, e); err != nil {
		return false, fmt.Errorf("%s's layer of %s: %w", a.Layer, docID, err)
	}
	return true, nil
}
