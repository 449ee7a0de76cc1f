package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"newsmark/annotate/search"
)

// IsServer tells whether target names a PostgreSQL team project (a
// postgres:// or postgresql:// connection string) rather than a file.
func IsServer(target string) bool {
	return strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://")
}

// Redact is target as it may be shown: a connection string without its
// password; a file's path unchanged.
func Redact(target string) string {
	if !IsServer(target) {
		return target
	}
	u, err := url.Parse(target)
	if err != nil {
		return "a PostgreSQL server (unreadable connection string)"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	q := u.Query()
	if q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// openServer opens a team project on a PostgreSQL server, with its search
// mirror in mirrors (none when ""). The password comes from the connection
// string's usual sources: the string itself, PGPASSWORD, ~/.pgpass or a
// service file; it is never kept or shown.
func openServer(ctx context.Context, target, mirrors string) (*Store, error) {
	shown := Redact(target)
	cfg, err := pgx.ParseConfig(target)
	if err != nil {
		return nil, fmt.Errorf("open team project %s: the connection string: %s", shown, redactErr(err, target))
	}
	if cfg.RuntimeParams["application_name"] == "" {
		cfg.RuntimeParams["application_name"] = "newsmark"
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(8)
	s := &Store{db: db, read: db, path: shown, d: &pgDialect{}, server: serverName(cfg), listen: cfg.Copy()}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open team project %s: %w", shown, s.explain(err))
	}
	if err := s.migratePG(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open team project %s: %w", shown, s.explain(err))
	}
	if mirrors != "" {
		s.mirror = startMirror(s, mirrors)
	}
	return s, nil
}

// serverName is where a server project lives, for messages: host, port
// and database, never a password.
func serverName(cfg *pgx.ConnConfig) string {
	return fmt.Sprintf("%s:%d/%s", cfg.Host, cfg.Port, cfg.Database)
}

// redactErr is err's message with any password of target taken out.
func redactErr(err error, target string) string {
	msg := err.Error()
	if u, perr := url.Parse(target); perr == nil && u.User != nil {
		if pw, ok := u.User.Password(); ok && pw != "" {
			msg = strings.ReplaceAll(msg, pw, "…")
		}
	}
	return msg
}

// pgDialect is the team project: PostgreSQL through pgx.
type pgDialect struct{ dollarPlaceholders }

func (*pgDialect) engine() string         { return "PostgreSQL" }
func (*pgDialect) madeOrder() string      { return "ord" }
func (*pgDialect) manyCursors() bool      { return false }
func (*pgDialect) cachesStatements() bool { return false }

// beginWrite begins a transaction: the server's locks are per row and per
// layer (lockLayer), and a writer waits for them as long as it takes.
func (*pgDialect) beginWrite(ctx context.Context, s *Store) (*sql.Tx, func(), error) {
	tx, err := s.db.BeginTx(ctx, nil)
	return tx, func() {}, err
}

// afterCopy moves the event log's sequence past the ids the copy wrote.
func (*pgDialect) afterCopy(t *txn) error {
	_, err := t.exec("SELECT setval(pg_get_serial_sequence('events', 'id'), coalesce((SELECT max(id) FROM events), 0) + 1, false)")
	return err
}

func (*pgDialect) jsonText(col, key string) string {
	return fmt.Sprintf("coalesce(%s::jsonb ->> '%s', '')", col, key)
}

// lockLayer takes a lock on one document's layer until the transaction
// ends; edits of other layers and documents go on beside it.
func (*pgDialect) lockLayer(t *txn, seq int64, layer string) error {
	_, err := t.exec("SELECT pg_advisory_xact_lock(hashtextextended(? || '/' || ?, 0))", fmt.Sprint(seq), layer)
	return err
}

// indexDocuments has nothing to do: the search vector is a generated
// column with its own index.
func (*pgDialect) indexDocuments(*txn, int64) error { return nil }

// textMatch asks the generated tsvector's GIN index, folding the query as
// the vector was folded: a word is 'word', a prefix 'word':*, a phrase
// 'several' <-> 'words' <-> 'in' <-> 'order'.
func (*pgDialect) textMatch(terms []search.Term) (string, any) {
	parts := make([]string, len(terms))
	for i, t := range terms {
		words := search.Words(t.Text)
		for k, w := range words {
			words[k] = "'" + w + "'"
		}
		parts[i] = strings.Join(words, " <-> ")
		if t.Prefix {
			parts[i] += ":*"
		}
		if len(words) > 1 {
			parts[i] = "(" + parts[i] + ")"
		}
	}
	return "SELECT seq FROM documents WHERE tsv @@ to_tsquery('simple', newsmark_fold(?))", strings.Join(parts, " & ")
}

// searchSettings, for the search's transaction only: memory enough for
// an exact bitmap of every document (with the default 4 MB, a common
// word's bitmap turns lossy and the server re-reads every matching
// article's vector); the full-text index even for a word in every
// document, as the sequential scan the planner prefers then opens every
// article's vector (2.4 s against 33 ms at 20,000 articles); a plan made
// for each query's own words; and no compiling of the plan, which costs
// more than the search.
func (*pgDialect) searchSettings() string {
	return "SELECT set_config('work_mem', '64MB', true), set_config('enable_seqscan', 'off', true), " +
		"set_config('plan_cache_mode', 'force_custom_plan', true), set_config('jit', 'off', true)"
}

func (*pgDialect) seqList(set string) string {
	return "WITH m(seq) AS (" + set + ") SELECT string_agg(seq::text, ',') FROM m"
}

// shareSnapshot opens a repeatable-read transaction and exports its
// snapshot, which the read's other connections adopt; the transaction
// stays open until they have.
func (*pgDialect) shareSnapshot(ctx context.Context, s *Store) (release func(), snapshot string) {
	conn, err := s.read.Conn(ctx)
	if err != nil {
		return nil, ""
	}
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		conn.Close()
		return nil, ""
	}
	if err := tx.QueryRowContext(ctx, "SELECT pg_export_snapshot()").Scan(&snapshot); err != nil {
		tx.Rollback()
		conn.Close()
		return nil, ""
	}
	return func() { tx.Rollback(); conn.Close() }, snapshot
}

// pgMigrations[i] brings a team project from version i to i+1. Append only.
var pgMigrations = []string{
	// 1: the whole schema, as the file's schema version 4 (layers).
	`
CREATE EXTENSION IF NOT EXISTS unaccent;
-- Full-text search folds case and accents, as the file's index does.
CREATE FUNCTION newsmark_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
	AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;
CREATE TABLE settings (
	key   text COLLATE "C" PRIMARY KEY,
	value text NOT NULL
);
CREATE TABLE documents (
	seq           bigserial PRIMARY KEY,
	id            text COLLATE "C" NOT NULL UNIQUE,
	title         text NOT NULL DEFAULT '',
	text          text NOT NULL,
	text_sha256   text NOT NULL UNIQUE,
	meta          text NOT NULL DEFAULT '{}',
	source_name   text NOT NULL DEFAULT '',
	source_path   text NOT NULL DEFAULT '',
	source_size   bigint NOT NULL DEFAULT 0,
	source_sha256 text NOT NULL DEFAULT '',
	imported_at   text NOT NULL,
	tsv           tsvector GENERATED ALWAYS AS (to_tsvector('simple', newsmark_fold(title || ' ' || text))) STORED
);
CREATE INDEX documents_tsv ON documents USING gin (tsv);
CREATE TABLE zones (
	doc   bigint NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	zone  text COLLATE "C" NOT NULL,
	start integer NOT NULL,
	"end" integer NOT NULL,
	PRIMARY KEY (doc, start, "end", zone),
	CHECK (0 <= start AND start <= "end")
);
CREATE TABLE spans (
	doc        bigint NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer      text COLLATE "C" NOT NULL,
	id         text COLLATE "C" NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	label      text NOT NULL,
	attrs      text NOT NULL DEFAULT '{}',
	annotator  text NOT NULL DEFAULT '',
	source     text NOT NULL DEFAULT 'manual',
	status     text NOT NULL DEFAULT 'accepted' CHECK (status IN ('accepted', 'pending', 'rejected')),
	note       text NOT NULL DEFAULT '',
	pattern    text NOT NULL DEFAULT '',
	confidence double precision NOT NULL DEFAULT 0,
	agreed_by  text NOT NULL DEFAULT '',
	PRIMARY KEY (doc, layer, id),
	CHECK (0 <= start AND start <= "end")
);
CREATE INDEX spans_order ON spans (doc, layer, start, "end" DESC, id);
CREATE TABLE relations (
	ord    bigserial,
	doc    bigint NOT NULL,
	layer  text COLLATE "C" NOT NULL,
	label  text COLLATE "C" NOT NULL,
	head   text COLLATE "C" NOT NULL,
	child  text COLLATE "C" NOT NULL,
	source text NOT NULL DEFAULT 'manual',
	status text NOT NULL DEFAULT 'accepted',
	PRIMARY KEY (doc, layer, label, head, child),
	FOREIGN KEY (doc, layer, head) REFERENCES spans(doc, layer, id) ON DELETE CASCADE,
	FOREIGN KEY (doc, layer, child) REFERENCES spans(doc, layer, id) ON DELETE CASCADE
);
CREATE INDEX relations_doc ON relations (doc, layer, ord);
CREATE INDEX relations_child ON relations (doc, layer, child);
CREATE TABLE targets (
	ord  bigserial,
	id   text COLLATE "C" PRIMARY KEY,
	text text NOT NULL,
	kind text NOT NULL DEFAULT '',
	doc  bigint REFERENCES documents(seq) ON DELETE CASCADE
);
CREATE TABLE stances (
	ord            bigserial,
	doc            bigint NOT NULL,
	layer          text COLLATE "C" NOT NULL,
	statement      text COLLATE "C" NOT NULL,
	-- No cascade from a target to the stances of every layer: an
	-- analyst removes only a target nobody's stance uses.
	target         text COLLATE "C" NOT NULL REFERENCES targets(id),
	label          text NOT NULL,
	implicit       integer NOT NULL DEFAULT 0,
	evidence_start integer,
	evidence_end   integer,
	annotator      text NOT NULL DEFAULT '',
	PRIMARY KEY (doc, layer, statement, target),
	FOREIGN KEY (doc, layer, statement) REFERENCES spans(doc, layer, id) ON DELETE CASCADE
);
CREATE INDEX stances_doc ON stances (doc, layer, ord);
CREATE INDEX stances_target ON stances (target);
CREATE TABLE doc_labels (
	doc   bigint NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer text COLLATE "C" NOT NULL,
	key   text COLLATE "C" NOT NULL,
	value text NOT NULL,
	PRIMARY KEY (doc, layer, key)
);
CREATE TABLE doc_status (
	doc    bigint NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer  text COLLATE "C" NOT NULL,
	status text NOT NULL CHECK (status IN ('todo', 'in_progress', 'done')),
	PRIMARY KEY (doc, layer)
);
CREATE INDEX doc_status_layer ON doc_status (layer, status);
CREATE TABLE events (
	id      bigserial PRIMARY KEY,
	at      text NOT NULL,
	actor   text NOT NULL,
	layer   text COLLATE "C" NOT NULL DEFAULT '',
	doc     text NOT NULL,
	kind    text NOT NULL CHECK (kind IN ('edit', 'undo', 'redo', 'import', 'suggest')),
	ref     bigint REFERENCES events(id),
	summary text NOT NULL DEFAULT '',
	ops     text NOT NULL,
	inverse text NOT NULL
);
CREATE FUNCTION newsmark_append_only() RETURNS trigger LANGUAGE plpgsql
	AS $$ BEGIN RAISE EXCEPTION 'the event log is append-only'; END $$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
	FOR EACH ROW EXECUTE FUNCTION newsmark_append_only();
CREATE TABLE history (
	event  bigint PRIMARY KEY REFERENCES events(id),
	actor  text COLLATE "C" NOT NULL,
	layer  text COLLATE "C" NOT NULL DEFAULT '',
	undone integer NOT NULL DEFAULT 0
);
CREATE INDEX history_actor ON history (actor, layer, undone, event);
CREATE TABLE layers (
	name     text COLLATE "C" PRIMARY KEY,
	began_at text NOT NULL
);
CREATE TABLE layer_sources (
	layer     text COLLATE "C" PRIMARY KEY,
	project   text NOT NULL,
	file      text NOT NULL,
	merged_at text NOT NULL
);
CREATE TABLE assignments (
	doc     bigint NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	analyst text COLLATE "C" NOT NULL,
	PRIMARY KEY (analyst, doc)
);

-- Who may write a layer: its analyst (the database role of that name), and
-- for gold, the members of newsmark_adjudicators. The project's owner (the
-- lead) is not bound by these rules; a server shared under one role is not
-- either, and then the analyst's name is the client's word.
CREATE FUNCTION newsmark_may_write(layer text) RETURNS boolean LANGUAGE sql STABLE
	AS $$ SELECT layer = current_user::text OR (layer = 'gold' AND EXISTS (
		SELECT 1 FROM pg_roles r WHERE r.rolname = 'newsmark_adjudicators' AND pg_has_role(current_user, r.oid, 'MEMBER'))) $$;
DO $$
DECLARE t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['spans', 'relations', 'stances', 'doc_labels', 'doc_status', 'events', 'history', 'layers'] LOOP
		EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
		EXECUTE format('CREATE POLICY read_all ON %I FOR SELECT USING (true)', t);
	END LOOP;
	FOREACH t IN ARRAY ARRAY['spans', 'relations', 'stances', 'doc_labels', 'doc_status', 'events', 'history'] LOOP
		EXECUTE format('CREATE POLICY own_layer ON %I FOR ALL USING (newsmark_may_write(layer)) WITH CHECK (newsmark_may_write(layer))', t);
	END LOOP;
	EXECUTE 'CREATE POLICY own_layer ON layers FOR ALL USING (newsmark_may_write(name)) WITH CHECK (newsmark_may_write(name))';
END $$;

-- Every change to the event log tells the windows open on the project.
CREATE FUNCTION newsmark_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('newsmark', json_build_object('doc', NEW.doc, 'layer', NEW.layer, 'actor', NEW.actor, 'kind', NEW.kind)::text);
	RETURN NULL;
END $$;
CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION newsmark_notify();
`,
	// 2: as the file's version 5: the compact event log (body), the
	// suggestions owed to imported documents (each in its analyst's layer),
	// who has the project open (each analyst writes their own row only),
	// and what long write holds it.
	`
ALTER TABLE events ADD COLUMN body bytea;
CREATE TABLE suggest_owed (
	doc   bigint NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer text COLLATE "C" NOT NULL,
	PRIMARY KEY (doc, layer)
);
ALTER TABLE suggest_owed ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON suggest_owed FOR SELECT USING (true);
CREATE POLICY own_layer ON suggest_owed FOR ALL USING (newsmark_may_write(layer)) WITH CHECK (newsmark_may_write(layer));
CREATE TABLE presence (
	analyst text COLLATE "C" PRIMARY KEY,
	doc     text NOT NULL DEFAULT '',
	seen_at text NOT NULL
);
ALTER TABLE presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON presence FOR SELECT USING (true);
CREATE POLICY own_row ON presence FOR ALL USING (analyst = current_user::text) WITH CHECK (analyst = current_user::text);
CREATE TABLE activity (
	id      bigserial PRIMARY KEY,
	who     text NOT NULL,
	what    text NOT NULL,
	host    text NOT NULL,
	pid     integer NOT NULL,
	started text NOT NULL
);
`,
	// 3: as the file's version 6: search facets and the list's lines,
	// built for the documents already there (pgMigrationBuilds). Each analyst writes their own
	// layer's rows.
	`
CREATE TABLE search_facets (
	layer text COLLATE "C" NOT NULL,
	facet text COLLATE "C" NOT NULL,
	value text COLLATE "C" NOT NULL,
	doc   bigint NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	PRIMARY KEY (layer, facet, value, doc)
);
CREATE INDEX search_facets_doc ON search_facets (doc, layer);
CREATE TABLE layer_summary (
	doc     bigint NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer   text COLLATE "C" NOT NULL,
	status  text NOT NULL,
	spans   integer NOT NULL,
	pending integer NOT NULL,
	PRIMARY KEY (layer, doc)
);
ALTER TABLE search_facets ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON search_facets FOR SELECT USING (true);
CREATE POLICY own_layer ON search_facets FOR ALL USING (newsmark_may_write(layer)) WITH CHECK (newsmark_may_write(layer));
ALTER TABLE layer_summary ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON layer_summary FOR SELECT USING (true);
CREATE POLICY own_layer ON layer_summary FOR ALL USING (newsmark_may_write(layer)) WITH CHECK (newsmark_may_write(layer));
-- Analysts given logins before this version keep their own layer's rows.
DO $$ BEGIN
	IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsmark_analysts') THEN
		GRANT SELECT, INSERT, UPDATE, DELETE ON search_facets, layer_summary TO newsmark_analysts;
	END IF;
END $$;
`,
	// 4: as the file's version 7: the event log may hold the binary form
	// of adds (bodyAddsV2), so older builds refuse the project instead of
	// failing at the first undo.
	`
INSERT INTO settings (key, value) VALUES ('event_bodies', 'json,adds') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
`,
	// 5: as the file's version 8: suggestion sets (suggest_sets.go), each
	// analyst's own layer's rows written by the analyst (an edit writes a
	// set's spans and links and deletes its row).
	`
CREATE TABLE suggest_sets (
	doc   bigint NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer text COLLATE "C" NOT NULL,
	event bigint NOT NULL,
	PRIMARY KEY (doc, layer, event)
);
ALTER TABLE suggest_sets ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON suggest_sets FOR SELECT USING (true);
CREATE POLICY own_layer ON suggest_sets FOR ALL USING (newsmark_may_write(layer)) WITH CHECK (newsmark_may_write(layer));
DO $$ BEGIN
	IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsmark_analysts') THEN
		GRANT SELECT, INSERT, DELETE ON suggest_sets TO newsmark_analysts;
	END IF;
END $$;
`,
}

// pgMigrationBuilds[v] is Go work that completes the step to version v,
// as migrationBuilds for a file.
var pgMigrationBuilds = map[int]func(t *txn) error{3: buildFacets}

// migratePG brings the team project's schema up to date in one
// transaction (PostgreSQL's DDL is transactional: a failed step leaves the
// project as it was), under a lock so two clients opening a new project at
// once do not both create it.
func (s *Store) migratePG(ctx context.Context) error {
	// An analyst's login may read the version but not migrate: look first.
	var have int
	if err := s.queryRow(ctx, "SELECT version FROM newsmark_schema").Scan(&have); err == nil && have == len(pgMigrations) {
		return nil
	}
	// A database that holds another program's tables and no Newsmark
	// project is left alone, not made into one.
	var project, others bool
	if err := s.queryRow(ctx, `SELECT
		EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'newsmark_schema'),
		EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'newsmark_schema')`).Scan(&project, &others); err != nil {
		return err
	}
	if !project && others {
		return fmt.Errorf("the database %w: it holds another program's tables", ErrNotProject)
	}
	return s.inTx(ctx, func(t *txn) error {
		if _, err := t.exec("SELECT pg_advisory_xact_lock(hashtextextended('newsmark:migrate', 0))"); err != nil {
			return err
		}
		if _, err := t.exec("CREATE TABLE IF NOT EXISTS newsmark_schema (version integer NOT NULL)"); err != nil {
			return err
		}
		err := t.queryRow("SELECT version FROM newsmark_schema").Scan(&have)
		if err == sql.ErrNoRows {
			if _, err := t.exec("INSERT INTO newsmark_schema(version) VALUES (0)"); err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
		if have > len(pgMigrations) {
			return fmt.Errorf("%w: it has schema version %d and this Newsmark knows up to %d; update Newsmark to open it",
				ErrNewerSchema, have, len(pgMigrations))
		}
		for v := have; v < len(pgMigrations); v++ {
			if _, err := t.tx.ExecContext(ctx, pgMigrations[v]); err != nil {
				return fmt.Errorf("migrate to schema version %d: %w", v+1, err)
			}
			if build := pgMigrationBuilds[v+1]; build != nil {
				if err := build(t); err != nil {
					return fmt.Errorf("migrate to schema version %d: %w", v+1, err)
				}
			}
		}
		_, err = t.exec("UPDATE newsmark_schema SET version = ?", len(pgMigrations))
		return err
	})
}
