// Package pgtest starts a private PostgreSQL cluster for tests and demos:
// Debian's server binaries, a data folder of its own under the temporary
// folder, listening on 127.0.0.1 only, on a free port. When run as root the
// server runs as the postgres user (initdb refuses root).
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// EnvURL is the variable that hands tests the cluster's address: a
// connection string of a superuser on the cluster's maintenance database.
const EnvURL = "NEWSMARK_TEST_PG"

// EnvRequired, when set, makes tests that need PostgreSQL fail instead of
// skipping when EnvURL is missing: CI must run them.
const EnvRequired = "NEWSMARK_TEST_PG_REQUIRED"

// Cluster is a running private cluster.
type Cluster struct {
	Dir  string // data folder (and socket folder)
	Bin  string // the server's binaries
	Port int
	// URL is a superuser connection string to the postgres database.
	URL  string
	cred *syscall.Credential
}

// Binaries finds the newest PostgreSQL server binaries Debian installed.
func Binaries() (string, error) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool {
		vi, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[i])))
		vj, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[j])))
		return vi < vj
	})
	for i := len(dirs) - 1; i >= 0; i-- {
		if _, err := os.Stat(filepath.Join(dirs[i], "pg_ctl")); err == nil {
			return dirs[i], nil
		}
	}
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", errors.New("no PostgreSQL server binaries: install Debian's postgresql package (apt-get install postgresql)")
}

// freePort asks the kernel for a free port on loopback.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Start makes and starts a new cluster with a superuser named newsmark.
func Start(ctx context.Context) (*Cluster, error) {
	bin, err := Binaries()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "newsmark-pg-")
	if err != nil {
		return nil, err
	}
	c := &Cluster{Dir: dir, Bin: bin}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("running as root, the server needs the postgres user: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		c.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	data := filepath.Join(dir, "data")
	if out, err := c.run(ctx, "initdb", "-D", data, "-A", "trust", "-U", "newsmark", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	for try := 0; ; try++ {
		if c.Port, err = freePort(); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		out, err := c.start(ctx)
		if err == nil {
			break
		}
		if try == 2 {
			log, _ := os.ReadFile(filepath.Join(dir, "server.log"))
			os.RemoveAll(dir)
			return nil, fmt.Errorf("pg_ctl start: %v\n%s\n%s", err, out, log)
		}
	}
	c.URL = fmt.Sprintf("postgres://newsmark@127.0.0.1:%d/postgres?sslmode=disable", c.Port)
	return c, nil
}

// start starts the server on loopback at c.Port. fsync is off: a test
// cluster needs no protection from power cuts, and a killed server loses
// nothing committed either way (synchronous_commit stays on).
func (c *Cluster) start(ctx context.Context) (string, error) {
	opts := fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %d -k %s -c fsync=off -c full_page_writes=off -c max_connections=200", c.Port, c.Dir)
	return c.run(ctx, "pg_ctl", "-D", filepath.Join(c.Dir, "data"), "-o", opts, "-l", filepath.Join(c.Dir, "server.log"), "-w", "-t", "60", "start")
}

// run runs one of the server's programs as the cluster's owner.
func (c *Cluster) run(ctx context.Context, name string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, filepath.Join(c.Bin, name), args...)
	cmd.Dir = c.Dir
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	if c.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	}
	out, err := cmd.CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

// Kill stops the server at once, as a crash would (SIGKILL to the
// postmaster), for fault tests.
func (c *Cluster) Kill() error {
	pid, err := c.postmasterPID()
	if err != nil {
		return err
	}
	return syscall.Kill(pid, syscall.SIGKILL)
}

// Restart starts the server again after Kill, on the same port. The killed
// postmaster's children notice and go away on their own; until they have,
// the server cannot start, so Restart tries for half a minute.
func (c *Cluster) Restart(ctx context.Context) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		out, err := c.start(ctx)
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("pg_ctl start: %v\n%s", err, out)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (c *Cluster) postmasterPID() (int, error) {
	b, err := os.ReadFile(filepath.Join(c.Dir, "data", "postmaster.pid"))
	if err != nil {
		return 0, err
	}
	line, _, _ := strings.Cut(string(b), "\n")
	pid, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		return 0, err
	}
	if err := syscall.Kill(pid, 0); err != nil {
		return 0, err
	}
	return pid, nil
}

// Halt stops the server cleanly (pg_ctl stop, fast mode: sessions are
// ended, nothing committed is lost) and keeps its folder, so Restart can
// start it again: a server that goes away for maintenance, for fault tests.
func (c *Cluster) Halt() error {
	out, err := c.run(context.Background(), "pg_ctl", "-D", filepath.Join(c.Dir, "data"), "-m", "fast", "-w", "stop")
	if err != nil {
		return fmt.Errorf("pg_ctl stop: %v\n%s", err, out)
	}
	return nil
}

// Stop stops the server and removes its folder.
func (c *Cluster) Stop() error {
	_, err := c.run(context.Background(), "pg_ctl", "-D", filepath.Join(c.Dir, "data"), "-m", "immediate", "-w", "stop")
	if rerr := os.RemoveAll(c.Dir); err == nil {
		err = rerr
	}
	return err
}

// EnvDir names the running test cluster's folder, set by with-postgres, so
// a fault test can kill and restart the server.
const EnvDir = "NEWSMARK_TEST_PG_DIR"

// Current is the test cluster with-postgres started, for fault tests; ok
// is false when there is none to control.
func Current() (c *Cluster, ok bool) {
	dir, u := os.Getenv(EnvDir), os.Getenv(EnvURL)
	if dir == "" || u == "" {
		return nil, false
	}
	bin, err := Binaries()
	if err != nil {
		return nil, false
	}
	c = &Cluster{Dir: dir, Bin: bin, URL: u}
	if p, err := url.Parse(u); err == nil {
		c.Port, _ = strconv.Atoi(p.Port())
	}
	if fi, err := os.Stat(dir); err == nil && os.Geteuid() == 0 {
		if st, ok := fi.Sys().(*syscall.Stat_t); ok {
			c.cred = &syscall.Credential{Uid: st.Uid, Gid: st.Gid}
		}
	}
	return c, c.Port != 0
}
