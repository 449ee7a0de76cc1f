package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
)

// dialect is what differs between the engines a project can live on: a
// SQLite file or a PostgreSQL team project. Everything else in the store is
// one SQL text for both, written with ? placeholders, which the dialect
// rewrites into its own.
type dialect interface {
	// engine names the engine in messages: "SQLite" or "PostgreSQL".
	engine() string
	// rebind rewrites a query's ? and ?N placeholders for the engine.
	rebind(q string) string
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
	// searchIDs is the query giving the seq of every document matching
	// the search text q, in import order, and its argument.
	search(q string) (query string, arg any, ok bool)
	// holdWrites holds writers back while a whole-project read's
	// connections take their snapshots, and returns its release; nil
	// means the read goes on one connection.
	holdWrites(ctx context.Context, s *Store) (release func())
	// manyCursors tells whether one connection can step through several
	// queries' rows at once (SQLite can; a PostgreSQL connection reads one
	// result at a time, so readers buffer each query's rows, a chunk of
	// documents at most).
	manyCursors() bool
	// afterCopy brings what numbers new rows (the event log's ids) past
	// the rows a copy wrote with their own numbers.
	afterCopy(t *txn) error
}

// txn is a transaction with its context and dialect: the store's SQL goes
// through it with ? placeholders.
type txn struct {
	ctx context.Context
	tx  *sql.Tx
	d   dialect
}

func (t *txn) exec(q string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(t.ctx, t.d.rebind(q), args...)
}

func (t *txn) query(q string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(t.ctx, t.d.rebind(q), args...)
}

func (t *txn) queryRow(q string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(t.ctx, t.d.rebind(q), args...)
}

func (t *txn) prepare(q string) (*sql.Stmt, error) {
	return t.tx.PrepareContext(t.ctx, t.d.rebind(q))
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
	var b strings.Builder
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
	out := b.String()
	p.seen.Store(q, out)
	return out
}
