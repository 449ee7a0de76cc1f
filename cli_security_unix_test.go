//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// netPage is a saved page whose references (stylesheet, script, image,
// iframe, CSS url() and @import, meta refresh) point at an address on
// this machine.
const netPage = `<html><head><title>Harbour council approves the budget</title>
<link rel="stylesheet" href="http://127.0.0.1:9/s.css"><script src="http://127.0.0.1:9/a.js"></script>
<script>fetch("http://127.0.0.1:9/x")</script><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/r">
<style>@import url("http://127.0.0.1:9/i.css"); body { background: url(http://127.0.0.1:9/b.png) }</style></head>
<body><img src="http://127.0.0.1:9/i.png"><iframe src="http://127.0.0.1:9/f.html"></iframe>
<article><h1>Harbour council approves the budget</h1><p>The council voted on Tuesday to approve the budget, which includes new money for road repairs and more teachers, officials said after a long meeting.</p></article></body></html>`

// TestImportNeedsNoNetwork runs the real binary's import of netPage in a
// network namespace of its own (no network at all): it imports the page
// as anywhere else. With strace at hand it also records the import's
// socket calls: none is an internet socket (the only sockets are the
// system's local user lookup).
func TestImportNeedsNoNetwork(t *testing.T) {
	if err := exec.Command("unshare", "-n", "true").Run(); err != nil {
		t.Skipf("cannot make a network namespace here (unshare -n: %v)", err)
	}
	bin := buildNewsmark(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	if err := os.WriteFile(page, []byte(netPage), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("unshare", "-n", bin, "import", "--db", filepath.Join(dir, "ns.newsmark"), page).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "1 imported") {
		t.Errorf("import in a network namespace: %v\n%s", err, out)
	}

	strace, err := exec.LookPath("strace")
	if err != nil {
		t.Log("no strace here: the socket calls are not recorded")
		return
	}
	trace := filepath.Join(dir, "trace")
	cmd := exec.Command(strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", trace, bin, "import", "--db", filepath.Join(dir, "st.newsmark"), page)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("strace cannot trace here: %v\n%s", err, out)
	}
	data, err := os.ReadFile(trace)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.Contains(line, "AF_INET") || strings.Contains(line, "AF_PACKET") || strings.Contains(line, "AF_NETLINK") {
			t.Errorf("the import opened a network socket: %s", line)
		}
	}
}

// TestSchemaSetRefusesPipe names a named pipe as the schema to set: the
// command refuses it at once (reading it would wait for a writer forever).
func TestSchemaSetRefusesPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "schema.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	code, _, errOut := runCLI(t, "schema", "--db", filepath.Join(dir, "p.newsmark"), "--set", fifo)
	if code != exitFail || !strings.Contains(errOut, "is not a regular file") {
		t.Errorf("schema --set on a pipe: exit %d, %q", code, errOut)
	}
}
