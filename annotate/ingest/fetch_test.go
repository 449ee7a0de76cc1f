package ingest

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"testing"

	"newsmark/store"
)

// pageThatFetches is a saved page whose every reference (stylesheet,
// preload, script source, inline script, CSS url() and @import, image and
// srcset, iframe, object, video and poster, meta refresh, base) points at
// addr, so a fetch of any of them would reach it.
func pageThatFetches(addr string) string {
	u := "http://" + addr
	return `<html><head><title>Harbour council approves the budget</title><base href="` + u + `/">
<link rel="stylesheet" href="` + u + `/s.css"><link rel="preload" href="` + u + `/f.woff" as="font"><link rel="icon" href="` + u + `/i.ico">
<meta http-equiv="refresh" content="0;url=` + u + `/r"><script src="` + u + `/a.js"></script>
<script>fetch("` + u + `/x"); new Image().src = "` + u + `/y"; document.write('<img src="` + u + `/z">');</script>
<style>@import url("` + u + `/i.css"); body { background: url(` + u + `/b.png) }</style></head>
<body onload="fetch('` + u + `/o')"><img src="` + u + `/i.png" srcset="` + u + `/j.png 2x"><iframe src="` + u + `/f.html"></iframe>
<object data="` + u + `/o.swf"></object><video src="` + u + `/v.mp4" poster="` + u + `/p.png"></video><svg><image href="` + u + `/s.svg"/></svg>
<article><h1>Harbour council approves the budget</h1><p style="background:url(` + u + `/c.png)">The council voted on Tuesday to approve the budget, which includes new money for road repairs and more teachers, officials said after a long meeting.</p>
<p>Read more at <a href="` + u + `/more">the council's page</a>.</p></article></body></html>`
}

// TestImportFetchesNothing imports a page (and the same as Markdown) whose
// every reference points at a listener of the test's own: the import
// succeeds and the listener is never reached. The check is exact: after
// the import, the test connects itself, and connections are accepted in
// the order they came, so any connection the import made would come
// first.
func TestImportFetchesNothing(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no loopback listener here: %v", err)
	}
	defer l.Close()
	first := make(chan string, 1)
	go func() {
		c, err := l.Accept()
		if err != nil {
			first <- "accept: " + err.Error()
			return
		}
		defer c.Close()
		b, _ := io.ReadAll(io.LimitReader(c, 64))
		first <- string(b)
	}()

	addr := l.Addr().String()
	dir := t.TempDir()
	html := put(t, dir, "page.html", pageThatFetches(addr))
	md := put(t, dir, "page.md", fmt.Sprintf("# Harbour council\n\n![chart](http://%[1]s/c.png)\n\n<img src=\"http://%[1]s/i.png\">\n\nThe council voted on Tuesday to approve the budget, officials said, [more](http://%[1]s/m).\n\n[ref]: http://%[1]s/r\n", addr))
	st := tempStore(t)
	res, err := ImportPaths(context.Background(), st, "ana", []string{html, md}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Status != Imported {
			t.Errorf("%s: %s %v", r.Path, r.Status, r.Err)
		}
	}
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(c, "sentinel")
	c.Close()
	if got := <-first; got != "sentinel" {
		t.Errorf("the import connected to the page's references: the first connection sent %q", got)
	}
}

// TestProjectFileIsOwnerOnly checks that a new project file, and the
// write-ahead log SQLite keeps beside it while it is open, can be read and
// written by their owner only (0600), whatever the umask.
func TestProjectFileIsOwnerOnly(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new", "p.newsmark")
	st := tempStoreAt(t, path)
	if _, err := ImportPaths(context.Background(), st, "ana", []string{put(t, dir, "a.txt", ferryArticle)}, nil); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(p)
		if os.IsNotExist(err) && p != path {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v, want -rw-------", filepath.Base(p), fi.Mode().Perm())
		}
	}
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("the folder made for the project is %v (%v), want drwx------", fi.Mode().Perm(), err)
	}
}

func tempStoreAt(t *testing.T, path string) *store.Store {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
