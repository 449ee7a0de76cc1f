package store

import (
	"context"
	"errors"
	"testing"

	"github.com/jackc/pgx/v5"

	"newsmark/annotate"
	"newsmark/store/pgtest"
)

// On a team server each analyst logs in as themselves: they work in their
// own layer whatever name they give, and the server itself refuses a write
// to anyone else's layer, through Newsmark or straight through SQL (as psql
// would send it); only an adjudicator writes gold.
func TestTheServerKeepsEachAnalystInTheirLayer(t *testing.T) {
	url := pgtest.NewDatabase(t)
	ctx := context.Background()
	lead, err := Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer lead.Close()
	addDoc(t, lead, "d", "Fares rise by 8% in May, the operator said.")
	if err := lead.AddAnalysts(ctx, []string{"ana", "ben"}, []string{"cai"}); err != nil {
		t.Fatal(err)
	}
	login := func(who string) *Store {
		s, err := Open(pgtest.WithUser(url, who))
		if err != nil {
			t.Fatalf("%s's login: %v", who, err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	ana, ben, cai := login("ana"), login("ben"), login("cai")
	if name, err := ana.Analyst(ctx, "someone else"); err != nil || name != "ana" {
		t.Errorf("ana's layer: %q, %v; want her login's", name, err)
	}
	if name, _ := lead.Analyst(ctx, "lead"); name != "lead" {
		t.Errorf("the owner's layer: %q, want the name given", name)
	}
	if _, err := ana.Apply(ctx, "ana", tagClaim(0, 23)); err != nil {
		t.Fatal(err)
	}
	if _, err := ben.Apply(ctx, "ana", tagClaim(25, 42)); !errors.Is(err, ErrForbidden) {
		t.Errorf("ben writing ana's layer through Newsmark: %v, want ErrForbidden", err)
	}
	if _, err := ben.Adjudicate(ctx, "ben", tagClaim(0, 5)); !errors.Is(err, ErrForbidden) {
		t.Errorf("ben writing gold: %v, want ErrForbidden", err)
	}
	if _, err := cai.Adjudicate(ctx, "cai", tagClaim(0, 23)); err != nil {
		t.Errorf("the adjudicator writing gold: %v", err)
	}
	// ben straight through SQL, as psql would.
	conn, err := pgx.Connect(ctx, pgtest.WithUser(url, "ben"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, q := range []string{
		`UPDATE spans SET label = 'ENTITY' WHERE layer = 'ana'`,
		`DELETE FROM spans WHERE layer = 'ana'`,
		`DELETE FROM doc_status WHERE layer = 'ana'`,
		`UPDATE spans SET layer = 'ben' WHERE layer = 'ana'`,
	} {
		if tag, err := conn.Exec(ctx, q); err == nil && tag.RowsAffected() != 0 {
			t.Errorf("%s: changed %d rows of ana's work", q, tag.RowsAffected())
		}
	}
	for _, q := range []string{
		`INSERT INTO spans(doc, layer, id, start, "end", label) SELECT seq, 'ana', 'x1', 0, 4, 'CLAIM' FROM documents`,
		`INSERT INTO events(at, actor, layer, doc, kind, ops, inverse) VALUES ('now', 'ben', 'ana', 'd', 'edit', '[]', '[]')`,
		`UPDATE events SET actor = 'ben'`,
		`DELETE FROM events`,
		`UPDATE settings SET value = '{}' WHERE key = 'schema'`,
		`DELETE FROM documents`,
	} {
		if _, err := conn.Exec(ctx, q); err == nil {
			t.Errorf("%s: the server took it", q)
		}
	}
	a, err := ana.Annotations(ctx, "d", "ana")
	if err != nil || len(a.Spans) != 1 || a.Spans[0].Label != annotate.LabelClaim || a.Status != annotate.StatusInProgress {
		t.Errorf("ana's layer after ben's attempts: %+v, %v", a, err)
	}
	if g, _ := ben.Annotations(ctx, "d", annotate.LayerGold); len(g.Spans) != 1 {
		t.Errorf("everyone reads gold: ben sees %d spans", len(g.Spans))
	}
}
