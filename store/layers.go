package store

import (
	"context"
	"fmt"

	"newsmark/annotate"
)

// LayerInfo is one layer of a project and how far its work has come.
type LayerInfo struct {
	Name     string // an analyst's name, or gold
	Started  int    // documents with any status other than to do
	Done     int    // documents marked done
	Assigned int    // documents handed out to this analyst
}

// HasLayer tells whether the project has a layer of that name.
func (s *Store) HasLayer(ctx context.Context, name string) (bool, error) {
	var n int
	err := s.queryRow(ctx, "SELECT count(*) FROM layers WHERE name = ?", name).Scan(&n)
	return n > 0, s.explain(err)
}

// LayerSummaries lists the project's layers by name, gold among them, with
// their progress and their hand-out queues.
func (s *Store) LayerSummaries(ctx context.Context) ([]LayerInfo, error) {
	rows, err := s.query(ctx, `SELECT l.name,
		(SELECT count(*) FROM doc_status ds WHERE ds.layer = l.name AND ds.status != 'todo'),
		(SELECT count(*) FROM doc_status ds WHERE ds.layer = l.name AND ds.status = 'done'),
		(SELECT count(*) FROM assignments a WHERE a.analyst = l.name)
		FROM (SELECT name FROM layers UNION SELECT DISTINCT analyst FROM assignments) l ORDER BY l.name`)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	var out []LayerInfo
	for rows.Next() {
		var li LayerInfo
		if err := rows.Scan(&li.Name, &li.Started, &li.Done, &li.Assigned); err != nil {
			return nil, err
		}
		out = append(out, li)
	}
	return out, closeRows(rows)
}

// Analysts lists the analysts with a layer in the project (not gold), by
// name: those who have worked in it, or whose work was merged into it.
func (s *Store) Analysts(ctx context.Context) ([]string, error) {
	rows, err := s.query(ctx, "SELECT name FROM layers WHERE name != ? ORDER BY name", annotate.LayerGold)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		out = append(out, name)
	}
	return out, closeRows(rows)
}

// AssignDocuments records which analysts each document is handed out to
// (by document id), replacing what those documents had, in one transaction.
func (s *Store) AssignDocuments(ctx context.Context, byDoc map[string][]string) error {
	err := s.inTx(ctx, func(t *txn) error {
		for _, id := range sortedKeys(byDoc) {
			seq, err := docSeq(t, id)
			if err != nil {
				return err
			}
			if _, err := t.exec("DELETE FROM assignments WHERE doc = ?", seq); err != nil {
				return err
			}
			for _, a := range byDoc[id] {
				if err := CheckAnalyst(a); err != nil {
					return err
				}
				if _, err := t.exec("INSERT INTO assignments(doc, analyst) VALUES (?, ?)", seq, a); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return s.explain(err)
}

// Assigned lists the ids of the documents handed out to analyst, in import
// order: their queue.
func (s *Store) Assigned(ctx context.Context, analyst string) ([]string, error) {
	rows, err := s.query(ctx, `SELECT d.id FROM assignments a JOIN documents d ON d.seq = a.doc
		WHERE a.analyst = ? ORDER BY d.seq`, analyst)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, closeRows(rows)
}

// AddTargets stores project-wide stance targets the project lacks, matched
// by text: a hand-out gives each analyst the project's targets.
func (s *Store) AddTargets(ctx context.Context, targets []annotate.Target) error {
	err := s.inTx(ctx, func(t *txn) error {
		for _, tg := range targets {
			if tg.DocID != "" {
				continue
			}
			if _, err := matchTarget(t, &tg, 0); err != nil {
				return fmt.Errorf("target %s: %w", tg.ID, err)
			}
		}
		return nil
	})
	return s.explain(err)
}
