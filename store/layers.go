package store

import (
	"context"

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

// Analysts lists the analysts with a layer in the project (not gold), by name.
func (s *Store) Analysts(ctx context.Context) ([]string, error) {
	layers, err := s.LayerSummaries(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range layers {
		if l.Name != annotate.LayerGold {
			out = append(out, l.Name)
		}
	}
	return out, nil
}
