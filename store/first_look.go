package store

import (
	"context"

	"newsmark/annotate"
)

// SuggestedElsewhere reports whether the suggester made suggestions for
// document id in a layer other than layer: its spans there (pending,
// accepted or rejected; an analyst's decision keeps the span's source), or
// a suggestion set not yet written out as spans. An import suggests for
// the analyst who imported; this is how the others' first look at the
// document knows the project meant it to have suggestions.
func (s *Store) SuggestedElsewhere(ctx context.Context, id, layer string) (bool, error) {
	var n int
	err := s.queryRow(ctx, `SELECT count(*) FROM documents d WHERE d.id = ?1 AND (
		EXISTS (SELECT 1 FROM suggest_sets x WHERE x.doc = d.seq AND x.layer <> ?2)
		OR EXISTS (SELECT 1 FROM spans x WHERE x.doc = d.seq AND x.layer <> ?2 AND x.source = ?3))`,
		id, layer, annotate.SourceRules).Scan(&n)
	return n > 0, s.explain(err)
}
