package store

import (
	"context"
	"errors"
	"testing"

	"github.com/jackc/pgx/v5"

	"newsmark/store/pgtest"
)

// A database holding another program's tables is not made into a team
// project: Open refuses it as not a Newsmark project and creates nothing.
func TestServerDatabaseOfAnotherProgramIsLeftAlone(t *testing.T) {
	url := pgtest.NewDatabase(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE TABLE invoices (id int)"); err != nil {
		t.Fatal(err)
	}
	s, err := Open(url)
	if err == nil {
		s.Close()
		t.Fatal("another program's database opened as a project")
	}
	if !errors.Is(err, ErrNotProject) {
		t.Errorf("error %v, want ErrNotProject", err)
	}
	var tables int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&tables); err != nil || tables != 1 {
		t.Errorf("the database holds %d tables after the refusal, want its 1: %v", tables, err)
	}
}

// An analyst's login, which may not write settings, reads a setting the
// project has, and gets the default for one never set, instead of an error.
func TestAnalystLoginReadsSettings(t *testing.T) {
	url := pgtest.NewDatabase(t)
	ctx := context.Background()
	lead, err := Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer lead.Close()
	if err := lead.SetSetting(ctx, "guidelines", "# Tag every claim"); err != nil {
		t.Fatal(err)
	}
	if err := lead.AddAnalysts(ctx, []string{"ana"}, nil); err != nil {
		t.Fatal(err)
	}
	ana, err := Open(pgtest.WithUser(url, "ana"))
	if err != nil {
		t.Fatal(err)
	}
	defer ana.Close()
	if v, err := ana.EnsureSetting(ctx, "guidelines", "none"); err != nil || v != "# Tag every claim" {
		t.Errorf("a set setting: %q, %v", v, err)
	}
	if v, err := ana.EnsureSetting(ctx, "schema", "the default"); err != nil || v != "the default" {
		t.Errorf("a setting never set: %q, %v", v, err)
	}
	if _, ok, _ := lead.Setting(ctx, "schema"); ok {
		t.Error("the analyst's login wrote a setting")
	}
}
