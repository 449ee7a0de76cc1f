package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
)

var databases atomic.Int64

// URL returns the test cluster's superuser connection string, skipping t
// (or failing it, when EnvRequired is set) when there is none.
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvURL)
	if u == "" {
		if os.Getenv(EnvRequired) != "" {
			t.Fatalf("%s is required here but not set", EnvURL)
		}
		t.Skipf("PostgreSQL tests skipped: set %s to a superuser connection string, or run them with a private cluster: make test (go run ./store/pgtest/with-postgres go test ./...)", EnvURL)
	}
	return u
}

// NewDatabase makes an empty database on the test cluster for one test and
// returns its connection string; the database is dropped when the test ends.
func NewDatabase(t testing.TB) string {
	t.Helper()
	admin := URL(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("connect to the test cluster: %v", err)
	}
	defer conn.Close(ctx)
	name := fmt.Sprintf("t_%d_%d", os.Getpid(), databases.Add(1))
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, admin)
		if err != nil {
			return
		}
		defer c.Close(ctx)
		c.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	return WithDatabase(admin, name)
}

// WithDatabase is connection string u pointed at database name.
func WithDatabase(u, name string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	p.Path = "/" + name
	return p.String()
}

// WithUser is connection string u logging in as user.
func WithUser(u, user string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	p.User = url.User(user)
	return p.String()
}
