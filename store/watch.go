package store

import (
	"context"
	"encoding/json"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Change says one document's layer changed: an edit, an undo, an import, a
// merge or suggestions, by actor. A Change with Kind "reconnect" says the
// watch lost the server for a while: anything may have changed.
type Change struct {
	Doc   string `json:"doc"`
	Layer string `json:"layer"`
	Actor string `json:"actor"`
	Kind  string `json:"kind"`
}

// KindReconnect is the Change that follows a lost and found server.
const KindReconnect = "reconnect"

// Watch calls fn with every change anyone makes to the project after Watch
// returns (other analysts, other windows, the command line), until ctx
// ends: on a team server as PostgreSQL notifies them, in a file by reading
// the event log every second. Where it starts is taken before Watch
// returns, so a change committed after it returns is never missed, however
// late the watching goroutine gets going. fn runs on Watch's own goroutine,
// one change at a time. When the server goes away (or is away when Watch
// starts), Watch waits for it and carries on, telling fn with a reconnect
// Change. The returned channel receives ctx's error when the watch ends.
func (s *Store) Watch(ctx context.Context, fn func(Change)) (<-chan error, error) {
	done := make(chan error, 1)
	if s.listen != nil {
		conn, err := s.listenConn(ctx)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		// Not listening yet (the server is away): the watch waits for it
		// and starts with a reconnect, which says anything may have changed.
		go func() { done <- s.watchServer(ctx, conn, err != nil, fn) }()
		return done, nil
	}
	var last int64
	if err := s.queryRow(ctx, "SELECT coalesce(max(id), 0) FROM events").Scan(&last); err != nil {
		return nil, s.explain(err)
	}
	go func() { done <- s.watchLog(ctx, last, fn, time.Second) }()
	return done, nil
}

// listenConn is a connection of its own that listens for the project's
// notifications.
func (s *Store) listenConn(ctx context.Context) (*pgx.Conn, error) {
	conn, err := pgx.ConnectConfig(ctx, s.listen)
	if err != nil {
		return nil, err
	}
	if _, err := conn.Exec(ctx, "LISTEN newsmark"); err != nil {
		conn.Close(context.Background())
		return nil, err
	}
	return conn, nil
}

func (s *Store) watchLog(ctx context.Context, last int64, fn func(Change), every time.Duration) error {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		rows, err := s.query(ctx, "SELECT id, doc, layer, actor, kind FROM events WHERE id > ? ORDER BY id", last)
		if err != nil {
			continue // the file is busy or gone for a moment: try again
		}
		for rows.Next() {
			var c Change
			if rows.Scan(&last, &c.Doc, &c.Layer, &c.Actor, &c.Kind) == nil {
				fn(c)
			}
		}
		rows.Close()
	}
}

// watchServer waits for notifications on conn (nil when the server was
// away at the start: lost is then true) and reconnects when it goes away.
func (s *Store) watchServer(ctx context.Context, conn *pgx.Conn, lost bool, fn func(Change)) error {
	wait := 250 * time.Millisecond
	for {
		if conn == nil {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(wait):
			}
			wait = min(2*wait, 5*time.Second)
			var err error
			if conn, err = s.listenConn(ctx); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				continue
			}
		}
		if lost {
			fn(Change{Kind: KindReconnect})
		}
		lost, wait = false, 250*time.Millisecond
		var err error
		for err == nil {
			var n *pgconn.Notification
			n, err = conn.WaitForNotification(ctx)
			if err == nil {
				var c Change
				if json.Unmarshal([]byte(n.Payload), &c) == nil {
					fn(c)
				}
			}
		}
		conn.Close(context.Background())
		conn = nil
		if ctx.Err() != nil {
			return ctx.Err()
		}
		lost = true
	}
}

// Presence is one analyst who has the project open, and where.
type Presence struct {
	Analyst string
	Doc     string // the document open, "" for none
	Seen    time.Time
}

// Here says analyst has the project open at document doc ("" for none).
// A window says so every half minute, and when it opens a document.
func (s *Store) Here(ctx context.Context, analyst, doc string) error {
	err := s.exec(ctx, `INSERT INTO presence(analyst, doc, seen_at) VALUES (?, ?, ?)
		ON CONFLICT(analyst) DO UPDATE SET doc = excluded.doc, seen_at = excluded.seen_at`,
		analyst, doc, time.Now().UTC().Format(time.RFC3339Nano))
	return s.explain(err)
}

// Gone says analyst closed the project.
func (s *Store) Gone(ctx context.Context, analyst string) error {
	err := s.exec(ctx, "DELETE FROM presence WHERE analyst = ?", analyst)
	return s.explain(err)
}

// Present lists who said they had the project open within the last while,
// by name.
func (s *Store) Present(ctx context.Context, within time.Duration) ([]Presence, error) {
	rows, err := s.query(ctx, "SELECT analyst, doc, seen_at FROM presence")
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	var out []Presence
	for rows.Next() {
		var p Presence
		var at string
		if err := rows.Scan(&p.Analyst, &p.Doc, &at); err != nil {
			return nil, err
		}
		if p.Seen, err = time.Parse(time.RFC3339Nano, at); err == nil && time.Since(p.Seen) <= within {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Analyst < out[j].Analyst })
	return out, closeRows(rows)
}
