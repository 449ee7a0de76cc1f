package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"

	"newsmark/annotate/search"
)

// dialect is what differs between the engines a project can live on: a
// SQLite file or a PostgreSQL team project. Everything else in the store is
// one SQL text for both, written with ? placeholders, which the dialect
// rewrites into its own.
type dialect interface {
	// engine names the engine in messages: "SQLite" or "PostgreSQL".
	engine() string
	// rebind rewrites a query's ? and ?N placeholders for the engine,
	// remembering the store's fixed set of queries; rebindOnce rewrites a
	// query built for one use (a batch of rows), remembering nothing.
	rebind(q string) string
	rebindOnce(q string) string
	// jsonText is the SQL expression for the text of key in the JSON
	// object held in column col ('' when the key is missing).
	jsonText(col, key string) string
	// madeOrder is the column that orders rows of relations, stances and
	// targets as they were made.
	madeOrder() string
	// lockLayer serialises the edits of one document's layer for the rest
	// of the transaction, so that two writers never hand out the same new
	// span id.
	lockLayer(t *txn, seq int64, layer string) error
	// indexDocuments makes documents from seq first on findable by
	// full-text search; they were all added by this transaction.
	indexDocuments(t *txn, first int64) error
	// textMatch is a query of the seq of every document whose title or
	// text holds every one of terms (words, phrases, a last word's
	// prefix), accents and case ignored, with one ? for its argument.
	textMatch(terms []search.Term) (query string, arg any)
	// seqList is a query of one row: the seq column of set's rows, as
	// comma-separated numbers (NULL for none).
	seqList(set string) string
	// searchSettings is what a search's transaction sets first ("" for
	// nothing).
	searchSettings() string
	// shareSnapshot lets a whole-project read's connections see one
	// snapshot: SQLite holds writers back while they take theirs; a
	// server exports one that they adopt (snapshot, given to readTx). It
	// returns the release, to call once every connection has begun; nil
	// means the read goes on one connection.
	shareSnapshot(ctx context.Context, s *Store) (release func(), snapshot string)
	// manyCursors tells whether one connection can step through several
	// queries' rows at once (SQLite can; a PostgreSQL connection reads one
	// result at a time, so readers buffer each query's rows, a chunk of
	// documents at most).
	manyCursors() bool
	// afterCopy brings what numbers new rows (the event log's ids) past
	// the rows a copy wrote with their own numbers.
	afterCopy(t *txn) error
	// beginWrite begins a write transaction, waiting for the engine's
	// write lock as long as the busy timeout allows; done releases what
	// the wait held once the transaction has ended.
	beginWrite(ctx context.Context, s *Store) (tx *sql.Tx, done func(), err error)
	// cachesStatements tells whether a transaction should keep its
	// prepared statements for reuse: SQLite's driver prepares a statement
	// at every call otherwise (pgx keeps its own cache per connection).
	cachesStatements() bool
}

// txn is a transaction with its context and dialect: the store's SQL goes
// through it with ? placeholders.
type txn struct {
	ctx context.Context
	// sctx is ctx without its cancellation, for the statements: the SQLite
	// driver runs a statement whose context can end on a goroutine of its
	// own, to interrupt it, which cost an import a third of its time. The
	// transaction itself still ends with ctx (database/sql rolls it back),
	// and bulk loops check ctx between documents.
	sctx context.Context
	tx   *sql.Tx
	d    dialect
	// stmts are the statements exec and queryRow prepared, kept for the
	// rest of the transaction when the dialect caches them: an import
	// runs the same few statements a million times.
	stmts map[string]*sql.Stmt
	// keeper, when set, is the store that keeps the statements this
	// transaction prepares for the next ones (keep): a bulk job runs the
	// same few statements in thousands of short transactions, and
	// preparing them again in each cost an import a tenth of its writing.
	keeper *Store
}

// stmt is q prepared in t, once per transaction; nil when the dialect
// does not cache statements.
func (t *txn) stmt(q string) (*sql.Stmt, error) {
	if !t.d.cachesStatements() {
		return nil, nil
	}
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	if t.keeper != nil {
		if err := t.keeper.keep(t, q); err != nil {
			return nil, err
		}
		return t.stmts[q], nil
	}
	st, err := t.tx.PrepareContext(t.sctx, t.d.rebind(q))
	if err != nil {
		return nil, err
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[q] = st
	return st, nil
}

// closeStmts closes the statements the transaction prepared.
func (t *txn) closeStmts() {
	for q, st := range t.stmts {
		st.Close()
		delete(t.stmts, q)
	}
}

func (t *txn) exec(q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(q)
	if err != nil {
		return nil, err
	}
	if st != nil {
		return st.ExecContext(t.sctx, args...)
	}
	return t.tx.ExecContext(t.sctx, t.d.rebind(q), args...)
}

// query is not cached: a statement can step through one result at a
// time, and a caller may run the same query again before closing rows.
func (t *txn) query(q string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(t.ctx, t.d.rebind(q), args...)
}

// queryRow reads one row; its result is closed by Scan, so the statement
// is free again at once and may be cached.
func (t *txn) queryRow(q string, args ...any) *sql.Row {
	if st, err := t.stmt(q); err == nil && st != nil {
		return st.QueryRowContext(t.sctx, args...)
	}
	return t.tx.QueryRowContext(t.sctx, t.d.rebind(q), args...)
}

func (t *txn) prepare(q string) (*sql.Stmt, error) {
	return t.tx.PrepareContext(t.sctx, t.d.rebind(q))
}

// exists tells whether query returns a row.
func (t *txn) exists(q string, args ...any) (bool, error) {
	var one int
	err := t.queryRow(q, args...).Scan(&one)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, err
}

// queryRow and query run a statement outside a transaction, on the
// writer's pool (which sees every committed edit).
func (s *Store) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return s.db.QueryRowContext(ctx, s.d.rebind(q), args...)
}

func (s *Store) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, s.d.rebind(q), args...)
}

// exec runs one write statement in a transaction of its own, waiting its
// turn like every write.
func (s *Store) exec(ctx context.Context, q string, args ...any) error {
	return s.inTx(ctx, func(t *txn) error {
		_, err := t.exec(q, args...)
		return err
	})
}

// dollarPlaceholders rewrites ? and ?N placeholders as $N, outside quoted
// strings and identifiers, remembering each query it has seen: the store's
// queries are a fixed set of texts.
type dollarPlaceholders struct{ seen sync.Map }

func (p *dollarPlaceholders) rebind(q string) string {
	if v, ok := p.seen.Load(q); ok {
		return v.(string)
	}
	out := p.rebindOnce(q)
	p.seen.Store(q, out)
	return out
}

func (p *dollarPlaceholders) rebindOnce(q string) string {
	var b strings.Builder
	b.Grow(len(q) + len(q)/4)
	n := 0
	var quote byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			b.WriteByte(c)
		case c == '\'' || c == '"':
			quote = c
			b.WriteByte(c)
		case c == '?':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			if j > i+1 {
				b.WriteString("$" + q[i+1:j])
				i = j - 1
			} else {
				n++
				b.WriteString("$" + strconv.Itoa(n))
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
