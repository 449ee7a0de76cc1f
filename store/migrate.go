package store

import (
	"context"
	"fmt"
)

// ftsColumns are the full-text index's columns and tokenizer (unicode61
// folds case and accents): the project file's index and a team project's
// search mirror (mirror.go) are the same, so a query means the same in both.
const ftsColumns = "title, text, tokenize=unicode61, matchinfo=fts3"

// migrations[i] brings a file from user_version i to i+1. Append only: a
// released step never changes.
var migrations = []string{
	// 1: documents, annotations, settings and the event log.
	`
CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE documents (
	seq           INTEGER PRIMARY KEY,
	id            TEXT NOT NULL UNIQUE,
	title         TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL,
	text_sha256   TEXT NOT NULL UNIQUE,
	meta          TEXT NOT NULL DEFAULT '{}',
	status        TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'done')),
	source_name   TEXT NOT NULL DEFAULT '',
	source_path   TEXT NOT NULL DEFAULT '',
	source_size   INTEGER NOT NULL DEFAULT 0,
	source_sha256 TEXT NOT NULL DEFAULT '',
	imported_at   TEXT NOT NULL
);
CREATE TABLE zones (
	doc   INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	zone  TEXT NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	PRIMARY KEY (doc, start, "end" DESC, zone),
	CHECK (0 <= start AND start <= "end")
) WITHOUT ROWID;
CREATE TABLE spans (
	doc        INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	id         TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	label      TEXT NOT NULL,
	attrs      TEXT NOT NULL DEFAULT '{}',
	annotator  TEXT NOT NULL DEFAULT '',
	source     TEXT NOT NULL DEFAULT 'manual',
	status     TEXT NOT NULL DEFAULT 'accepted' CHECK (status IN ('accepted', 'pending', 'rejected')),
	note       TEXT NOT NULL DEFAULT '',
	pattern    TEXT NOT NULL DEFAULT '',
	confidence REAL NOT NULL DEFAULT 0,
	-- Stored in reading order, so a document's spans (and a whole-project
	-- export's) come off the disk in sequence, already sorted.
	PRIMARY KEY (doc, start, "end" DESC, id),
	UNIQUE (doc, id),
	CHECK (0 <= start AND start <= "end")
) WITHOUT ROWID;
CREATE TABLE relations (
	doc    INTEGER NOT NULL,
	label  TEXT NOT NULL,
	head   TEXT NOT NULL,
	child  TEXT NOT NULL,
	source TEXT NOT NULL DEFAULT 'manual',
	status TEXT NOT NULL DEFAULT 'accepted',
	PRIMARY KEY (doc, label, head, child),
	FOREIGN KEY (doc, head) REFERENCES spans(doc, id) ON DELETE CASCADE,
	FOREIGN KEY (doc, child) REFERENCES spans(doc, id) ON DELETE CASCADE
);
CREATE INDEX relations_child ON relations(doc, child);
CREATE TABLE targets (
	id   TEXT PRIMARY KEY,
	text TEXT NOT NULL,
	kind TEXT NOT NULL DEFAULT '',
	doc  INTEGER REFERENCES documents(seq) ON DELETE CASCADE
);
CREATE TABLE stances (
	doc            INTEGER NOT NULL,
	statement      TEXT NOT NULL,
	target         TEXT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
	label          TEXT NOT NULL,
	implicit       INTEGER NOT NULL DEFAULT 0,
	evidence_start INTEGER,
	evidence_end   INTEGER,
	annotator      TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (doc, statement, target),
	FOREIGN KEY (doc, statement) REFERENCES spans(doc, id) ON DELETE CASCADE
);
CREATE INDEX stances_target ON stances(target);
CREATE TABLE doc_labels (
	doc   INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	key   TEXT NOT NULL,
	value TEXT NOT NULL,
	PRIMARY KEY (doc, key)
);
-- The event log is append-only: one row per edit, undo or redo, with the
-- operations applied and their exact inverse.
CREATE TABLE events (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	at      TEXT NOT NULL,
	actor   TEXT NOT NULL,
	doc     TEXT NOT NULL,
	kind    TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo', 'import', 'suggest')),
	ref     INTEGER REFERENCES events(id),
	summary TEXT NOT NULL DEFAULT '',
	ops     TEXT NOT NULL,
	inverse TEXT NOT NULL
);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
-- Each analyst's undo stack: their edits, and which are undone.
CREATE TABLE history (
	event  INTEGER PRIMARY KEY REFERENCES events(id),
	actor  TEXT NOT NULL,
	undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX history_actor ON history(actor, undone, event);
`,
	// 2: full-text search over titles and article text (FTS4 is built into
	// go-sqlite3 without build tags). The index reads the text from the
	// documents table instead of keeping a second copy of every article.
	// New documents are indexed by AddDocuments, a batch in one statement,
	// which is several times faster than a trigger row by row.
	`
CREATE VIRTUAL TABLE documents_fts USING fts4(content="documents", ` + ftsColumns + `);
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
CREATE TRIGGER documents_fts_delete BEFORE DELETE ON documents BEGIN
	DELETE FROM documents_fts WHERE docid = old.seq;
END;
CREATE TRIGGER documents_fts_before_update BEFORE UPDATE OF title, text ON documents BEGIN
	DELETE FROM documents_fts WHERE docid = old.seq;
END;
CREATE TRIGGER documents_fts_after_update AFTER UPDATE OF title, text ON documents BEGIN
	INSERT INTO documents_fts(docid, title, text) VALUES (new.seq, new.title, new.text);
END;
`,
	// 3: indexes for a whole-project read: relations and stances in
	// document order, and the document list and counts by status without
	// reading the articles' text.
	`
CREATE INDEX relations_doc ON relations(doc);
CREATE INDEX stances_doc ON stances(doc);
CREATE INDEX documents_status ON documents(status);
-- The document list without reading any article's text.
CREATE INDEX documents_list ON documents(seq, id, title, status);
`,
	// 4: layers. Every span, relation, stance, document label and
	// document status belongs to one layer: an analyst's own work, or the
	// gold that adjudication writes. A file from before goes to the layer
	// of the analyst who made each span (the project's analyst when that
	// was not recorded: a suggestion, say); a relation or stance goes with
	// its head span, taking a copy of a span of another layer it links to.
	// Undo histories are kept, each in the layer its edits changed.
	`
INSERT INTO settings(key, value) SELECT 'analyst', coalesce(
	(SELECT actor FROM events WHERE kind = 'edit' GROUP BY actor ORDER BY count(*) DESC, actor LIMIT 1),
	(SELECT actor FROM events WHERE kind = 'import' GROUP BY actor ORDER BY count(*) DESC, actor LIMIT 1),
	(SELECT annotator FROM spans WHERE annotator NOT IN ('', 'gold') GROUP BY annotator ORDER BY count(*) DESC, annotator LIMIT 1),
	'analyst')
WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = 'analyst') AND EXISTS (SELECT 1 FROM documents);

CREATE TEMP TABLE span_layer AS
	SELECT doc, id, CASE WHEN annotator NOT IN ('', 'gold') THEN annotator
		ELSE (SELECT value FROM settings WHERE key = 'analyst') END AS layer
	FROM spans;
CREATE UNIQUE INDEX temp.span_layer_key ON span_layer(doc, id);

CREATE TABLE spans_v4 (
	doc        INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer      TEXT NOT NULL,
	id         TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	label      TEXT NOT NULL,
	attrs      TEXT NOT NULL DEFAULT '{}',
	annotator  TEXT NOT NULL DEFAULT '',
	source     TEXT NOT NULL DEFAULT 'manual',
	status     TEXT NOT NULL DEFAULT 'accepted' CHECK (status IN ('accepted', 'pending', 'rejected')),
	note       TEXT NOT NULL DEFAULT '',
	pattern    TEXT NOT NULL DEFAULT '',
	confidence REAL NOT NULL DEFAULT 0,
	-- gold only: the analysts whose version this is
	agreed_by  TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (doc, layer, start, "end" DESC, id),
	UNIQUE (doc, layer, id),
	CHECK (0 <= start AND start <= "end")
) WITHOUT ROWID;
CREATE TABLE relations_v4 (
	doc    INTEGER NOT NULL,
	layer  TEXT NOT NULL,
	label  TEXT NOT NULL,
	head   TEXT NOT NULL,
	child  TEXT NOT NULL,
	source TEXT NOT NULL DEFAULT 'manual',
	status TEXT NOT NULL DEFAULT 'accepted',
	PRIMARY KEY (doc, layer, label, head, child),
	FOREIGN KEY (doc, layer, head) REFERENCES spans_v4(doc, layer, id) ON DELETE CASCADE,
	FOREIGN KEY (doc, layer, child) REFERENCES spans_v4(doc, layer, id) ON DELETE CASCADE
);
CREATE TABLE stances_v4 (
	doc            INTEGER NOT NULL,
	layer          TEXT NOT NULL,
	statement      TEXT NOT NULL,
	target         TEXT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
	label          TEXT NOT NULL,
	implicit       INTEGER NOT NULL DEFAULT 0,
	evidence_start INTEGER,
	evidence_end   INTEGER,
	annotator      TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (doc, layer, statement, target),
	FOREIGN KEY (doc, layer, statement) REFERENCES spans_v4(doc, layer, id) ON DELETE CASCADE
);
CREATE TABLE doc_labels_v4 (
	doc   INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer TEXT NOT NULL,
	key   TEXT NOT NULL,
	value TEXT NOT NULL,
	PRIMARY KEY (doc, layer, key)
) WITHOUT ROWID;
-- A document's status in a layer; no row means to do.
CREATE TABLE doc_status (
	doc    INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer  TEXT NOT NULL,
	status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'done')),
	PRIMARY KEY (doc, layer)
) WITHOUT ROWID;
CREATE INDEX doc_status_layer ON doc_status(layer, status);

INSERT INTO spans_v4(doc, layer, id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence)
	SELECT s.doc, l.layer, s.id, s.start, s."end", s.label, s.attrs, s.annotator, s.source, s.status, s.note, s.pattern, s.confidence
	FROM spans s JOIN span_layer l ON l.doc = s.doc AND l.id = s.id;
-- A relation between spans of two layers takes a copy of its child into
-- the head's layer (span ids were unique per document, so the copy keeps its id).
INSERT OR IGNORE INTO spans_v4(doc, layer, id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence)
	SELECT c.doc, hl.layer, c.id, c.start, c."end", c.label, c.attrs, c.annotator, c.source, c.status, c.note, c.pattern, c.confidence
	FROM relations r
	JOIN span_layer hl ON hl.doc = r.doc AND hl.id = r.head
	JOIN span_layer cl ON cl.doc = r.doc AND cl.id = r.child
	JOIN spans c ON c.doc = r.doc AND c.id = r.child
	WHERE hl.layer != cl.layer;
INSERT INTO relations_v4(doc, layer, label, head, child, source, status)
	SELECT r.doc, hl.layer, r.label, r.head, r.child, r.source, r.status
	FROM relations r JOIN span_layer hl ON hl.doc = r.doc AND hl.id = r.head ORDER BY r.rowid;
INSERT INTO stances_v4(doc, layer, statement, target, label, implicit, evidence_start, evidence_end, annotator)
	SELECT st.doc, sl.layer, st.statement, st.target, st.label, st.implicit, st.evidence_start, st.evidence_end, st.annotator
	FROM stances st JOIN span_layer sl ON sl.doc = st.doc AND sl.id = st.statement ORDER BY st.rowid;
INSERT INTO doc_labels_v4(doc, layer, key, value)
	SELECT doc, (SELECT value FROM settings WHERE key = 'analyst'), key, value FROM doc_labels;
-- The document's status goes to every layer that has work in it, and to
-- the project's analyst.
INSERT OR IGNORE INTO doc_status(doc, layer, status)
	SELECT DISTINCT s.doc, s.layer, d.status FROM spans_v4 s JOIN documents d ON d.seq = s.doc WHERE d.status != 'todo';
INSERT OR IGNORE INTO doc_status(doc, layer, status)
	SELECT seq, (SELECT value FROM settings WHERE key = 'analyst'), status FROM documents WHERE status != 'todo';

DROP TABLE stances;
DROP TABLE relations;
DROP TABLE doc_labels;
DROP TABLE spans;
ALTER TABLE spans_v4 RENAME TO spans;
ALTER TABLE relations_v4 RENAME TO relations;
ALTER TABLE stances_v4 RENAME TO stances;
ALTER TABLE doc_labels_v4 RENAME TO doc_labels;
CREATE INDEX relations_child ON relations(doc, layer, child);
-- Relations and stances of a run of documents in the order made, layer by layer.
CREATE INDEX relations_doc ON relations(doc, layer);
CREATE INDEX stances_doc ON stances(doc, layer);
CREATE INDEX stances_target ON stances(target);
DROP TABLE span_layer;

DROP INDEX documents_status;
DROP INDEX documents_list;
ALTER TABLE documents DROP COLUMN status;
CREATE INDEX documents_list ON documents(seq, id, title);

-- Which layer each logged edit changed, and each analyst's undo history
-- per layer (their own, or gold for an adjudicator).
ALTER TABLE events ADD COLUMN layer TEXT NOT NULL DEFAULT '';
DROP TRIGGER events_append_only_update;
UPDATE events SET layer = CASE WHEN actor IN (SELECT DISTINCT layer FROM spans)
	THEN actor ELSE (SELECT value FROM settings WHERE key = 'analyst') END;
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
ALTER TABLE history ADD COLUMN layer TEXT NOT NULL DEFAULT '';
UPDATE history SET layer = (SELECT layer FROM events WHERE id = history.event);
DROP INDEX history_actor;
CREATE INDEX history_actor ON history(actor, layer, undone, event);

-- Every layer the project has: analysts' and gold, with when each began.
CREATE TABLE layers (
	name     TEXT PRIMARY KEY,
	began_at TEXT NOT NULL
);
INSERT OR IGNORE INTO layers(name, began_at) SELECT DISTINCT layer, '' FROM spans;
INSERT OR IGNORE INTO layers(name, began_at) SELECT DISTINCT layer, '' FROM doc_status;
INSERT OR IGNORE INTO layers(name, began_at) SELECT DISTINCT layer, '' FROM doc_labels;
UPDATE layers SET began_at = coalesce((SELECT min(at) FROM events WHERE layer = layers.name), '');

-- Where each merged analyst's layer came from, so that merging the same
-- analyst from another project is refused.
CREATE TABLE layer_sources (
	layer     TEXT PRIMARY KEY,
	project   TEXT NOT NULL,
	file      TEXT NOT NULL,
	merged_at TEXT NOT NULL
);
-- Hand-out: which analysts each document was given to.
CREATE TABLE assignments (
	doc     INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	analyst TEXT NOT NULL,
	PRIMARY KEY (analyst, doc)
) WITHOUT ROWID;
`,
	// 5: a compact event log, suggestions owed, who has the project open
	// and what long write holds it. An event's operations and inverse go,
	// compressed, into body (eventlog.go); rows from before keep them in
	// ops and inverse, which new rows leave empty. A document imported while
	// the project makes suggestions on import is recorded in suggest_owed in
	// the import's own transaction, and leaves it in the transaction that
	// stores its suggestions: an import killed in between leaves the debt
	// for the next run to settle. Each window says every half minute where
	// it is (presence); long writes mark themselves (activity).
	`
ALTER TABLE events ADD COLUMN body BLOB;
CREATE TABLE suggest_owed (
	doc   INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer TEXT NOT NULL,
	PRIMARY KEY (doc, layer)
) WITHOUT ROWID;
CREATE TABLE presence (
	analyst TEXT PRIMARY KEY,
	doc     TEXT NOT NULL DEFAULT '',
	seen_at TEXT NOT NULL
);
-- Long writes in progress (an import, a suggestion run, a merge), so a
-- writer kept waiting can say what holds the project.
CREATE TABLE activity (
	id      INTEGER PRIMARY KEY,
	who     TEXT NOT NULL,
	what    TEXT NOT NULL,
	host    TEXT NOT NULL,
	pid     INTEGER NOT NULL,
	started TEXT NOT NULL
);
`,
	// 6: search facets: what each document's layer can be found by (its
	// labels, canonical speakers, targets, stances, a check-worthy claim,
	// pending suggestions), one row a facet, and each document's line in
	// each layer's list (layer_summary), kept by every write to a layer; a
	// project from before gets them built in the same transaction
	// (migrationBuilds).
	`
CREATE TABLE search_facets (
	layer TEXT NOT NULL,
	facet TEXT NOT NULL,
	value TEXT NOT NULL,
	doc   INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	PRIMARY KEY (layer, facet, value, doc)
) WITHOUT ROWID;
CREATE INDEX search_facets_doc ON search_facets(doc, layer);
-- Each document's line in each layer's list: status, accepted spans and
-- pending suggestions, kept with the facets, so the list reads one row a
-- document instead of counting its spans.
CREATE TABLE layer_summary (
	doc     INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer   TEXT NOT NULL,
	status  TEXT NOT NULL,
	spans   INTEGER NOT NULL,
	pending INTEGER NOT NULL,
	PRIMARY KEY (layer, doc)
) WITHOUT ROWID;
`,
	// 7: the event log may hold edits that only add spans and links in
	// their binary form (bodyAddsV2), which builds before this one cannot
	// read: the step changes no table, so that those builds refuse the
	// file ("update Newsmark to open it") instead of opening it and
	// failing at the first undo. It records the event forms the file may
	// hold.
	`
INSERT INTO settings (key, value) VALUES ('event_bodies', 'json,adds') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
`,
	// 8: suggestion sets (suggest_sets.go): a suggest --all stores a
	// document's suggestions as its event alone, with a row here naming
	// the event, and their spans and links are written into their tables
	// at the first edit of that document's layer. Builds before this one
	// would not see them: the step makes them refuse the file.
	`
CREATE TABLE suggest_sets (
	doc   INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	layer TEXT NOT NULL,
	event INTEGER NOT NULL,
	PRIMARY KEY (doc, layer, event)
) WITHOUT ROWID;
`,
}

// migrationBuilds[v] is Go work that completes the step to version v, in
// its transaction: what SQL alone cannot compute (search facets fold
// names and follow coreference the way the window does).
var migrationBuilds = map[int]func(t *txn) error{6: buildFacets}

// SchemaVersion is the user_version this build writes.
var SchemaVersion = len(migrations)

// migrate brings the file up to version want, one transaction per step.
func (s *Store) migrate(ctx context.Context, want int) error {
	var have int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return err
	}
	if have > len(migrations) {
		return fmt.Errorf("%w: it has schema version %d and this Newsmark knows up to %d; update Newsmark to open it",
			ErrNewerSchema, have, len(migrations))
	}
	for v := have; v < want; v++ {
		err := s.inTx(ctx, func(t *txn) error {
			if _, err := t.tx.ExecContext(ctx, migrations[v]); err != nil {
				return err
			}
			if build := migrationBuilds[v+1]; build != nil {
				if err := build(t); err != nil {
					return err
				}
			}
			_, err := t.tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1))
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate to schema version %d: %w", v+1, err)
		}
	}
	return nil
}
