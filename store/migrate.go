package store

import (
	"context"
	"database/sql"
	"fmt"
)

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
CREATE VIRTUAL TABLE documents_fts USING fts4(content="documents", title, text, tokenize=unicode61, matchinfo=fts3);
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
}

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
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1))
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate to schema version %d: %w", v+1, err)
		}
	}
	return nil
}
