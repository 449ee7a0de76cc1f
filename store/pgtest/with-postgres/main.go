// Command with-postgres runs a command with a private PostgreSQL cluster:
// it starts one on 127.0.0.1 in a temporary folder, runs the command with
// NEWSMARK_TEST_PG naming it (and NEWSMARK_TEST_PG_REQUIRED set, so tests
// that need it fail instead of skipping, and NEWSMARK_SEARCH_MIRROR naming
// a temporary folder for team projects' search mirrors), and stops it
// afterwards, also when the command fails or is interrupted.
//
//	go run ./store/pgtest/with-postgres go test ./...
package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"

	"newsmark/store/pgtest"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: with-postgres COMMAND [ARG...]")
		os.Exit(2)
	}
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	c, err := pgtest.Start(ctx)
	if err != nil {
		fmt.Fprintf(os.Stderr, "with-postgres: %v\n", err)
		return 1
	}
	defer c.Stop()
	fmt.Fprintf(os.Stderr, "with-postgres: PostgreSQL on 127.0.0.1:%d (%s)\n", c.Port, c.Dir)
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.Env = append(os.Environ(), pgtest.EnvURL+"="+c.URL, pgtest.EnvRequired+"=1", "NEWSMARK_TEST_PG_DIR="+c.Dir)
	// Team projects' search mirrors go to a folder of the run's, not the
	// user's cache (store.EnvSearchMirror).
	if os.Getenv("NEWSMARK_SEARCH_MIRROR") == "" {
		dir, err := os.MkdirTemp("", "newsmark-mirrors-")
		if err != nil {
			fmt.Fprintf(os.Stderr, "with-postgres: %v\n", err)
			return 1
		}
		defer os.RemoveAll(dir)
		cmd.Env = append(cmd.Env, "NEWSMARK_SEARCH_MIRROR="+dir)
	}
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		fmt.Fprintf(os.Stderr, "with-postgres: %v\n", err)
		return 1
	}
	return 0
}
