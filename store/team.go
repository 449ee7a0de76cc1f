package store

import (
	"context"
	"fmt"
)

// Analyst is whose layer this connection works in. In a project file, and
// on a server shared under one login (the project owner's), it is
// preferred: the name the analyst gave. On a team server where each analyst
// logs in as themselves, it is the login's role name, whatever is
// preferred: the server lets that login write that layer only.
func (s *Store) Analyst(ctx context.Context, preferred string) (string, error) {
	if s.server == "" {
		return preferred, nil
	}
	var role string
	var owner bool
	err := s.queryRow(ctx, `SELECT current_user::text, pg_has_role(current_user, tableowner, 'MEMBER')
		FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'documents'`).Scan(&role, &owner)
	if err != nil {
		return "", s.explain(err)
	}
	if owner && preferred != "" {
		return preferred, nil
	}
	return role, nil
}

// AddAnalysts gives analysts logins of their own on a team project's server:
// a role per analyst (able to log in, no password: set one with psql's
// \password), member of newsmark_analysts, which may read the project and
// write each member's own layer only; adjudicators are also members of
// newsmark_adjudicators, who may write gold. It needs a login that may
// create roles (the project's owner, usually).
func (s *Store) AddAnalysts(ctx context.Context, analysts, adjudicators []string) error {
	if s.server == "" {
		return fmt.Errorf("%s is a project file: analysts of a file get files of their own (newsmark assign --out)", s.path)
	}
	err := s.inTx(ctx, func(t *txn) error {
		if _, err := t.exec(`DO $$ BEGIN
			IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsmark_analysts') THEN CREATE ROLE newsmark_analysts NOLOGIN; END IF;
			IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsmark_adjudicators') THEN CREATE ROLE newsmark_adjudicators NOLOGIN IN ROLE newsmark_analysts; END IF;
			EXECUTE format('GRANT CONNECT ON DATABASE %I TO newsmark_analysts', current_database());
		END $$`); err != nil {
			return err
		}
		for _, q := range []string{
			"GRANT USAGE ON SCHEMA public TO newsmark_analysts",
			"GRANT SELECT ON ALL TABLES IN SCHEMA public TO newsmark_analysts",
			"GRANT INSERT, UPDATE, DELETE ON spans, relations, stances, doc_labels, doc_status, history, layers, presence, search_facets, layer_summary TO newsmark_analysts",
			"GRANT INSERT ON events, targets TO newsmark_analysts",
			"GRANT INSERT, DELETE ON activity, suggest_sets TO newsmark_analysts",
			"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO newsmark_analysts",
		} {
			if _, err := t.exec(q); err != nil {
				return err
			}
		}
		adj := map[string]bool{}
		for _, a := range adjudicators {
			adj[a] = true
		}
		for _, a := range append(append([]string(nil), analysts...), adjudicators...) {
			if err := CheckAnalyst(a); err != nil {
				return err
			}
			group := "newsmark_analysts"
			if adj[a] {
				group = "newsmark_adjudicators"
			}
			if _, err := t.exec(`SELECT set_config('newsmark.role', ?, true), set_config('newsmark.group', ?, true)`, a, group); err != nil {
				return err
			}
			if _, err := t.exec(`DO $$ BEGIN
				IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_setting('newsmark.role')) THEN
					EXECUTE format('CREATE ROLE %I LOGIN', current_setting('newsmark.role'));
				END IF;
				EXECUTE format('GRANT %I TO %I', current_setting('newsmark.group'), current_setting('newsmark.role'));
			END $$`); err != nil {
				return fmt.Errorf("analyst %s: %w", a, err)
			}
		}
		return nil
	})
	return s.explain(err)
}
