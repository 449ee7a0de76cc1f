package app

import (
	"context"
	"fmt"
	"net"
	neturl "net/url"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/jackc/pgx/v5"

	"newsmark/annotate"
	"newsmark/annotate/agree"
	"newsmark/store"
	"newsmark/store/pgtest"
)

// Articles written for the team tests.
const (
	teamText1 = "Ferry fares to rise\n\nThe island council said on Tuesday that ferry fares would rise by 4 percent, " +
		"and its chair Ailsa Munro said \"the boats cost more to run every year\"."
	teamText2 = "Library hours extended\n\nThe town library will open on Sundays from March, " +
		"its director said, after a petition signed by 900 readers."
)

// uiLoop is the UI goroutine of a window under test whose store work runs
// on a worker of its own, as in the app: everything that touches widgets
// goes through it.
type uiLoop struct {
	work   chan func()
	status func() string // the window's status line, for failures
}

func newUILoop(t *testing.T) *uiLoop {
	l := &uiLoop{work: make(chan func(), 4096), status: func() string { return "" }}
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case f := <-l.work:
				f()
			case <-stop:
				return
			}
		}
	}()
	t.Cleanup(func() { close(stop) })
	return l
}

func (l *uiLoop) do(f func()) { l.work <- f }

// sync runs f on the UI goroutine and waits for it.
func (l *uiLoop) sync(f func()) {
	done := make(chan struct{})
	l.work <- func() { f(); close(done) }
	<-done
}

// until asks cond on the UI goroutine every 50 ms until it holds, failing
// the test with what after 30 s.
func (l *uiLoop) until(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var ok bool
		l.sync(func() { ok = cond() })
		if ok {
			return
		}
		if time.Now().After(deadline) {
			var status string
			l.sync(func() { status = l.status() })
			t.Fatalf("waited 30 s for %s; the status line says %q", what, status)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// teamWindow is a main window with a UI goroutine and a store worker of
// its own, on the team project at url.
type teamWindow struct {
	*winFixture
	ui *uiLoop
}

func openTeamWindow(t *testing.T, url string) *teamWindow {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefAnalyst, "whoever") // the login names the layer
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1400, 900))
	ui := newUILoop(t)
	var m *mainWindow
	ui.sync(func() {
		m = newMainWindow(a, w, newSerialRunner(), ui.do)
		m.team.every = 100 * time.Millisecond
		m.team.settle = 50 * time.Millisecond
		m.openProject(url)
	})
	tw := &teamWindow{winFixture: &winFixture{t: t, m: m, w: w}, ui: ui}
	ui.status = func() string { return m.status.Text + " | " + m.team.presence.Text }
	ui.until(t, "the team project to open with its documents", func() bool {
		return m.ctl.Store() != nil && m.ctl.Document() != nil
	})
	t.Cleanup(func() {
		ui.sync(func() {
			if st := m.ctl.Store(); st != nil {
				m.team.end(st)
				m.closeAfterQueued(st)
			}
		})
	})
	return tw
}

// tag selects sub in the open article and presses number key n.
func (tw *teamWindow) tag(sub string, n int) (start, end int) {
	tw.ui.sync(func() {
		start, end = tw.dragSelect(sub)
		tw.press(rune('0' + n))
	})
	return start, end
}

// newTeamProject makes a team project on the server at url, with two
// articles and the logins ana and ben.
func newTeamProject(t *testing.T, url string) {
	t.Helper()
	lead, err := store.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer lead.Close()
	ctx := context.Background()
	docs := []*annotate.Document{{ID: "ferry", Text: teamText1}, {ID: "library", Text: teamText2}}
	if _, err := lead.AddDocuments(ctx, "lead", docs, nil); err != nil {
		t.Fatal(err)
	}
	if err := lead.AddAnalysts(ctx, []string{"ana", "ben"}, nil); err != nil {
		t.Fatal(err)
	}
}

// TestTeamProjectOnAServer opens a team project on a PostgreSQL server as
// ana, in the window: her tags land in her layer on the server, and she
// sees ben arrive (presence) and his edit (through the watch), without a
// restart.
func TestTeamProjectOnAServer(t *testing.T) {
	url := pgtest.NewDatabase(t)
	newTeamProject(t, url)
	ana := openTeamWindow(t, pgtest.WithUser(url, "ana"))
	ana.ui.sync(func() {
		if got := ana.m.ctl.Analyst(); got != "ana" {
			t.Errorf("the window works in %q's layer, want ana's (the login's)", got)
		}
	})

	ctx := context.Background()
	ben, err := store.Open(pgtest.WithUser(url, "ben"))
	if err != nil {
		t.Fatal(err)
	}
	defer ben.Close()
	open := ""
	ana.ui.sync(func() { open = ana.m.ctl.Document().ID })

	// ana tags; ben's connection reads it from the server.
	start, end := ana.tag("the boats cost more to run every year", 1)
	ana.ui.until(t, "ana's tag to be saved", func() bool { return strings.Contains(ana.m.status.Text, "· saved") })
	got, err := ben.Annotations(ctx, open, "ana")
	if err != nil || len(got.Spans) != 1 || got.Spans[0].Start != start || got.Spans[0].End != end {
		t.Fatalf("ana's layer on the server: %+v, %v", got, err)
	}

	// ben opens the project at the same document: ana sees him there.
	if err := ben.Here(ctx, "ben", open); err != nil {
		t.Fatal(err)
	}
	ana.ui.until(t, "ben in ana's status bar", func() bool {
		return strings.Contains(ana.m.team.presence.Text, "Also here: ben on “")
	})

	// ben tags in his layer: ana hears of it through the watch.
	if _, err := ben.Apply(ctx, "ben", annotate.Edit{Doc: open, Summary: "tag CLAIM", Ops: []annotate.Op{
		{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 5, Label: annotate.LabelClaim}}}}); err != nil {
		t.Fatal(err)
	}
	ana.ui.until(t, "ben's edit heard in ana's window", func() bool {
		return strings.Contains(ana.m.team.presence.Text, "last change: ben: edit in “Ferry fares")
	})
	ana.ui.sync(func() {
		for _, sp := range ana.m.ctl.Annotations().Spans {
			if sp.Start == 0 && sp.End == 5 {
				t.Errorf("ben's span is in ana's view of her own layer: %+v", sp)
			}
		}
	})

	// The lead's login writes suggestions into ana's layer of the open
	// document: her list's count and the open document show them, without
	// a restart.
	lead, err := store.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer lead.Close()
	if _, err := lead.ApplySuggestions(ctx, "suggester", "ana", annotate.Edit{Doc: open, Summary: "suggest", Ops: []annotate.Op{
		{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 6, End: 11, Label: annotate.LabelClaim, Status: annotate.SpanPending}}}}); err != nil {
		t.Fatal(err)
	}
	ana.ui.until(t, "the suggestion in ana's document list and open document", func() bool {
		pendingInList := false
		for _, d := range ana.m.ctl.Documents() {
			if d.ID == open && d.Pending == 1 {
				pendingInList = true
			}
		}
		pendingInView := false
		for _, vs := range ana.m.ctl.ViewSpans() {
			if vs.Start == 6 && vs.End == 11 && vs.Pending {
				pendingInView = true
			}
		}
		return pendingInList && pendingInView
	})

	// ben leaves: he is no longer shown.
	if err := ben.Gone(ctx, "ben"); err != nil {
		t.Fatal(err)
	}
	ana.ui.until(t, "ben gone from ana's status bar", func() bool {
		return !strings.Contains(ana.m.team.presence.Text, "Also here")
	})
}

// TestEditKeptAndSavedWhenTheServerComesBack stops a server of the test's
// own under an open window: the next tags say NOT SAVED, stay in the view
// and are saved, once each and in order, when the server is back.
func TestEditKeptAndSavedWhenTheServerComesBack(t *testing.T) {
	pgtest.URL(t) // skips, or fails in CI, without PostgreSQL
	if testing.Short() {
		t.Skip("stops a server: skipped in -short mode")
	}
	ctx := context.Background()
	// A cluster of its own: stopping the shared one would break the tests
	// of other packages running beside this one.
	cluster, err := pgtest.Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer cluster.Stop()
	newTeamProject(t, cluster.URL)
	ana := openTeamWindow(t, pgtest.WithUser(cluster.URL, "ana"))
	ana.tag("ferry fares would rise by 4 percent", 1)
	ana.ui.until(t, "the first tag to be saved", func() bool { return strings.Contains(ana.m.status.Text, "· saved") })

	if err := cluster.Halt(); err != nil {
		t.Fatal(err)
	}
	s1, e1 := ana.tag("Ailsa Munro", 2)
	ana.ui.until(t, "NOT SAVED", func() bool {
		return ana.m.ctl.Unsaved() == 1 && strings.Contains(ana.m.status.Text, "NOT SAVED: “") && ana.m.team.notSaved.Visible()
	})
	s2, e2 := ana.tag("the boats cost more to run every year", 1)
	ana.ui.sync(func() {
		if n := ana.m.ctl.Unsaved(); n != 2 {
			t.Errorf("%d edits kept unsaved, want 2", n)
		}
		kept := map[[2]int]bool{}
		for _, vs := range ana.m.ctl.ViewSpans() {
			kept[[2]int{vs.Start, vs.End}] = true
		}
		if !kept[[2]int{s1, e1}] || !kept[[2]int{s2, e2}] {
			t.Errorf("the unsaved tags are not in the view: %v", kept)
		}
		if !strings.Contains(ana.m.status.Text, "and 1 later edit") {
			t.Errorf("status: %q", ana.m.status.Text)
		}
	})

	if err := cluster.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	ana.ui.until(t, "the kept edits to be saved", func() bool {
		return ana.m.ctl.Unsaved() == 0 && strings.Contains(ana.m.status.Text, "· saved") && !ana.m.team.notSaved.Visible()
	})
	check, err := store.Open(cluster.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer check.Close()
	got, err := check.Annotations(ctx, "ferry", "ana")
	if err != nil {
		t.Fatal(err)
	}
	var spans []string
	for _, sp := range got.Spans {
		spans = append(spans, fmt.Sprintf("%s[%d,%d)", sp.Label, sp.Start, sp.End))
	}
	if len(got.Spans) != 3 {
		t.Fatalf("ana's layer after the server came back: %v, want the three tags once each", spans)
	}
	for _, want := range [][2]int{{s1, e1}, {s2, e2}} {
		n := 0
		for _, sp := range got.Spans {
			if sp.Start == want[0] && sp.End == want[1] {
				n++
			}
		}
		if n != 1 {
			t.Errorf("the tag at [%d,%d) is stored %d times: %v", want[0], want[1], n, spans)
		}
	}
	ana.ui.sync(func() {
		if n := len(ana.m.ctl.Annotations().Spans); n != 3 {
			t.Errorf("the view holds %d spans after saving, want 3", n)
		}
	})
}

// An edit whose commit reached the server just before the line dropped is
// not saved twice: the retry finds it in the analyst's log and stops; one
// that did not reach it is saved.
func TestRetryDoesNotDoubleAnEditThatLanded(t *testing.T) {
	f := newWinFixture(t)
	f.addArticle("ferry", teamText1)
	st := f.m.ctl.Store()
	e := annotate.Edit{Doc: "ferry", Summary: "tag CLAIM", Ops: []annotate.Op{
		{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 4, End: 9, Label: annotate.LabelClaim}}}}
	if _, err := st.Apply(context.Background(), "ana", e); err != nil {
		t.Fatal(err)
	}
	done, landed, err := saveAgain(f.m.ctl, unsavedEdit{st: st, e: e, tried: true}, "ana")
	if err != nil || !landed || len(done.Ops) == 0 || done.Ops[0].Span.ID == "" {
		t.Fatalf("retry of a landed edit: landed %v, %+v, %v", landed, done, err)
	}
	other := e
	other.Ops = []annotate.Op{{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 20, End: 25, Label: annotate.LabelClaim}}}
	if _, landed, err := saveAgain(f.m.ctl, unsavedEdit{st: st, e: other, tried: true}, "ana"); err != nil || landed {
		t.Fatalf("retry of an edit that never landed: landed %v, %v", landed, err)
	}
	got, err := st.Annotations(context.Background(), "ferry", "ana")
	if err != nil || len(got.Spans) != 2 {
		t.Fatalf("after the retries: %+v, %v; want the two tags once each", got, err)
	}
}

// File › Open team project… opens a project from the form's parts, keeps
// its connection string without the password in the recent list and the
// preferences, and says in words why a server, a database or a login does
// not do.
func TestOpenTeamProjectForm(t *testing.T) {
	url := pgtest.NewDatabase(t)
	newTeamProject(t, url)
	ctx := context.Background()
	// A database of another program's, and a login with no part in the team.
	other := pgtest.NewDatabase(t)
	conn, err := pgx.Connect(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	_, err = conn.Exec(ctx, "CREATE TABLE invoices (id int)")
	conn.Close(ctx)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	admin.Exec(ctx, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'outsider') THEN CREATE ROLE outsider LOGIN; END IF; END $$")
	admin.Close(ctx)
	closed, _ := net.Listen("tcp", "127.0.0.1:0")
	closedPort := closed.Addr().(*net.TCPAddr).Port
	closed.Close()

	a := test.NewTempApp(t)
	a.Preferences().SetString(prefAnalyst, "whoever")
	w := test.NewTempWindow(t, widget.NewLabel(""))
	ui := newUILoop(t)
	var m *mainWindow
	ui.sync(func() { m = newMainWindow(a, w, newSerialRunner(), ui.do) })
	t.Cleanup(func() {
		ui.sync(func() {
			if st := m.ctl.Store(); st != nil {
				m.team.end(st)
				m.closeAfterQueued(st)
			}
		})
	})
	p, _ := neturl.Parse(url)
	host, port := p.Hostname(), p.Port()
	db := strings.TrimPrefix(p.Path, "/")
	try := func(conn, h, pt, d, user, password string) (problem string, opened bool) {
		done := make(chan error, 1)
		ui.sync(func() {
			f := newTeamForm(m)
			f.conn.SetText(conn)
			f.host.SetText(h)
			f.port.SetText(pt)
			f.database.SetText(d)
			f.user.SetText(user)
			f.password.SetText(password)
			target, err := f.target(m.ctl.Analyst())
			if err != nil {
				done <- formError{err}
				return
			}
			m.openTeamProject(target, func(err error) { done <- err })
		})
		if err := <-done; err != nil {
			if fe, ok := err.(formError); ok {
				return fe.Error(), false // the form says it as it is
			}
			return teamOpenProblem(err, "postgres://"+user+"@"+h+":"+pt+"/"+d), false
		}
		return "", true
	}
	tests := []struct {
		name, conn, host, port, db, user, want string
	}{
		{"server unreachable", "", "127.0.0.1", fmt.Sprint(closedPort), db, "ana", "does not answer"},
		{"no such database", "", host, port, "nowhere", "ana", "has no database called “nowhere”"},
		{"not a project", "", host, port, strings.TrimPrefix(mustURL(t, other).Path, "/"), "newsmark", "is not a Newsmark project"},
		{"no permission", "", host, port, db, "outsider", "has no permission on this project"},
		{"not a connection string", "mysql://ana@" + host + "/x", "", "", "", "", "starts with postgres://"},
	}
	for _, tc := range tests {
		problem, opened := try(tc.conn, tc.host, tc.port, tc.db, tc.user, "")
		if opened || !strings.Contains(problem, tc.want) {
			t.Errorf("%s: opened %v, said %q, want it to say %q", tc.name, opened, problem, tc.want)
		}
		if strings.Contains(problem, "SQLSTATE") || strings.Contains(problem, "dial tcp") {
			t.Errorf("%s: driver text shown: %q", tc.name, problem)
		}
	}
	if problem, opened := try("", host, port, db, "ana", "s3cret-typed"); !opened {
		t.Fatalf("the project did not open from its parts: %s", problem)
	}
	ui.until(t, "the project to open as ana", func() bool {
		return m.ctl.Store() != nil && m.ctl.Analyst() == "ana" && len(m.ctl.Documents()) == 2
	})
	recent := recentTeamProjects(a)
	if len(recent) != 1 || !strings.Contains(recent[0], "ana@") || !strings.Contains(recent[0], "/"+db) {
		t.Errorf("recent team projects: %q", recent)
	}
	for _, key := range []string{prefRecentTeam, prefLastProject} {
		if v := a.Preferences().String(key); strings.Contains(v, "s3cret") {
			t.Errorf("the password is in the preferences (%s): %q", key, v)
		}
	}
	ui.sync(func() {
		if it := childMenu(m.menu().Items[0].Items, "Open recent"); it == nil || len(it.Items) != 1 || !strings.Contains(it.Items[0].Label, db+" on "+host) {
			t.Errorf("File › Open recent: %+v", it)
		}
	})
}

func mustURL(t *testing.T, s string) *neturl.URL {
	u, err := neturl.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// formError is a problem the form finds before connecting.
type formError struct{ error }

// TestAdjudicationHearsTheAnalysts: cai adjudicates the open document of a
// team project while ben is still tagging it; ben's new statement appears
// among the versions without a restart, and the figures of an open
// agreement window are computed again.
func TestAdjudicationHearsTheAnalysts(t *testing.T) {
	url := pgtest.NewDatabase(t)
	newTeamProject(t, url)
	ctx := context.Background()
	lead, err := store.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer lead.Close()
	if err := lead.AddAnalysts(ctx, nil, []string{"cai"}); err != nil {
		t.Fatal(err)
	}
	tag := func(who string, start, end int) {
		t.Helper()
		st, err := store.Open(pgtest.WithUser(url, who))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if _, err := st.Apply(ctx, who, annotate.Edit{Doc: "ferry", Summary: "tag", Ops: []annotate.Op{
			{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: start, End: end, Label: annotate.LabelClaim}},
			{Kind: annotate.OpSetStatus, Status: annotate.StatusInProgress}}}); err != nil {
			t.Fatal(err)
		}
	}
	tag("ana", 0, 5)
	tag("ben", 0, 5)
	cai := openTeamWindow(t, pgtest.WithUser(url, "cai"))
	var agreement *agreementView
	cai.ui.sync(func() {
		cai.m.ctl.OpenDocument("ferry")
	})
	cai.ui.until(t, "ferry open", func() bool { d := cai.m.ctl.Document(); return d != nil && d.ID == "ferry" })
	cai.ui.sync(func() {
		cai.m.openAdjudication("")
		agreement = cai.m.showAgreement()
	})
	cai.ui.until(t, "the adjudication of ana's and ben's layers", func() bool {
		return cai.m.adj != nil && cai.m.adj.adj != nil && len(cai.m.adj.adj.Layers) == 2
	})
	cai.ui.until(t, "the first agreement report", func() bool { return agreement.report != nil })
	var first *agree.Report
	cai.ui.sync(func() { first = agreement.report })

	tag("ben", 6, 11) // ben goes on tagging the document under review
	cai.ui.until(t, "ben's new claim among the versions", func() bool {
		if cai.m.adj == nil || cai.m.adj.adj == nil {
			return false
		}
		return len(cai.m.adj.adj.Layers["ben"].Spans) == 2
	})
	cai.ui.until(t, "the agreement computed again", func() bool {
		return agreement.report != nil && agreement.report != first
	})
}
