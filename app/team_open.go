package app

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/url"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"github.com/jackc/pgx/v5/pgconn"

	"newsmark/store"
)

// prefRecentTeam holds the team projects opened lately, newest first, one
// connection string a line, never with a password.
const prefRecentTeam = "recent_team_projects"

// recentTeamMost is how many team projects File › Open recent lists.
const recentTeamMost = 8

// teamForm is File › Open team project…'s form: a connection string, or its
// parts, and a password that is used once and kept nowhere.
type teamForm struct {
	conn     *widget.Entry
	host     *widget.Entry
	port     *widget.Entry
	database *widget.Entry
	user     *widget.Entry
	password *widget.Entry
	problem  *widget.Label // why the last try failed, in words
}

func newTeamForm(m *mainWindow) *teamForm {
	f := &teamForm{conn: widget.NewEntry(), host: widget.NewEntry(), port: widget.NewEntry(),
		database: widget.NewEntry(), user: widget.NewEntry(), password: widget.NewPasswordEntry(),
		problem: widget.NewLabel("")}
	f.conn.SetPlaceHolder("postgres://user@host:5432/database")
	f.host.SetPlaceHolder("host (e.g. 127.0.0.1)")
	f.port.SetPlaceHolder("5432")
	f.database.SetPlaceHolder("database")
	f.user.SetPlaceHolder("your login (default: " + m.ctl.Analyst() + ")")
	f.password.SetPlaceHolder("used to connect, never stored")
	f.problem.Wrapping = fyne.TextWrapWord
	f.problem.Importance = widget.DangerImportance
	if recent := recentTeamProjects(m.app); len(recent) > 0 {
		f.conn.SetText(recent[0])
	}
	return f
}

// target is the connection string the form describes, with the password
// in it when one was typed (to open the project, never to keep).
func (f *teamForm) target(defaultUser string) (string, error) {
	var u *url.URL
	if s := strings.TrimSpace(f.conn.Text); s != "" {
		if !store.IsServer(s) {
			return "", errors.New("a connection string starts with postgres://, as in postgres://ana@db.example:5432/elections")
		}
		var err error
		if u, err = url.Parse(s); err != nil {
			return "", errors.New("the connection string is not understood; or leave it empty and fill in the parts below")
		}
	} else {
		host, port, db := strings.TrimSpace(f.host.Text), strings.TrimSpace(f.port.Text), strings.TrimSpace(f.database.Text)
		if host == "" || db == "" {
			return "", errors.New("give a connection string, or at least the server's host and the database")
		}
		if port == "" {
			port = "5432"
		}
		if n, err := strconv.Atoi(port); err != nil || n <= 0 || n > 65535 {
			return "", fmt.Errorf("the port %q is not a number from 1 to 65535", port)
		}
		u = &url.URL{Scheme: "postgres", Host: net.JoinHostPort(host, port), Path: "/" + db}
		user := strings.TrimSpace(f.user.Text)
		if user == "" {
			user = defaultUser
		}
		u.User = url.User(user)
	}
	if f.password.Text != "" {
		name := defaultUser
		if u.User != nil {
			name = u.User.Username()
		}
		u.User = url.UserPassword(name, f.password.Text)
	}
	return u.String(), nil
}

// openTeamDialog is File › Open team project…: the form, then the project
// opened off the UI goroutine while the dialog says it is connecting; a
// failure is said in words and the form comes back as it was.
func (m *mainWindow) openTeamDialog() {
	m.showTeamForm(newTeamForm(m))
}

func (m *mainWindow) showTeamForm(f *teamForm) {
	var d *dialog.FormDialog
	d = dialog.NewForm("Open team project", "Connect", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Connection", f.conn),
		widget.NewFormItem("", widget.NewLabel("or its parts:")),
		widget.NewFormItem("Host", f.host),
		widget.NewFormItem("Port", f.port),
		widget.NewFormItem("Database", f.database),
		widget.NewFormItem("Login", f.user),
		widget.NewFormItem("Password", f.password),
		widget.NewFormItem("", f.problem),
	}, func(ok bool) {
		if !ok {
			f.password.SetText("")
			return
		}
		target, err := f.target(m.ctl.Analyst())
		if err != nil {
			f.problem.SetText(err.Error())
			m.showTeamForm(f)
			return
		}
		m.connectTeam(f, target)
	}, m.win)
	d.Resize(fyne.NewSize(620, 0))
	m.showModal(d, d.Submit, nil)
}

// connectTeam opens the team project at target, saying it is connecting.
func (m *mainWindow) connectTeam(f *teamForm, target string) {
	shown := store.Redact(target)
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons("Open team project",
		container.NewVBox(widget.NewLabel("Connecting to "+shown+"…"), bar), m.win)
	wait.Resize(fyne.NewSize(520, 120))
	m.showModal(wait, func() {}, func() {})
	m.ctl.SetOpening(teamProjectName(shown))
	m.openTeamProject(target, func(err error) {
		bar.Stop()
		wait.Hide()
		f.password.SetText("") // used once
		if err != nil {
			m.ctl.SetOpening("")
			f.problem.SetText(teamOpenProblem(err, shown))
			m.showTeamForm(f)
		}
	})
}

// openTeamProject opens the team project at target off the UI goroutine,
// in the login's layer, and shows it; then runs on the UI goroutine with
// the error, if any. Only the connection string without its password is
// remembered.
func (m *mainWindow) openTeamProject(target string, then func(error)) {
	preferred := m.ctl.Analyst()
	m.ctl.run(func() {
		ctx := context.Background()
		st, err := store.Open(target)
		analyst := preferred
		if err == nil {
			analyst, err = st.Analyst(ctx, preferred)
		}
		m.ctl.ui(func() {
			if err != nil {
				if st != nil {
					st.Close()
				}
				log.Printf("newsmark: open team project %s: %v", store.Redact(target), err)
				then(err)
				return
			}
			old := m.ctl.Store()
			shown := st.Path() // without the password
			m.ctl.SetAnalyst(analyst)
			m.app.Preferences().SetString(prefLastProject, shown)
			rememberTeamProject(m.app, shown)
			m.project = teamProjectName(shown)
			m.ctl.ResumeAt(m.app.Preferences().String(prefLastDoc + shown))
			m.ctl.SetStore(st, nil)
			m.team.start(st)
			m.showTitle()
			m.win.SetMainMenu(m.menu()) // Open recent lists it
			if old != nil && old != st {
				m.ctl.run(func() { old.Close() })
			}
			then(nil)
		})
	})
}

// teamProjectName is how the title bar names a team project: its database
// and server, "elections on db.example".
func teamProjectName(shown string) string {
	u, err := url.Parse(shown)
	if err != nil {
		return "team project"
	}
	return strings.TrimPrefix(u.Path, "/") + " on " + u.Hostname()
}

// teamOpenProblem says why a team project did not open, in words an
// analyst can act on; the driver's own text goes to the log only.
func teamOpenProblem(err error, shown string) string {
	u, _ := url.Parse(shown)
	var host, db, user string
	if u != nil {
		host, db = u.Host, strings.TrimPrefix(u.Path, "/")
		if u.User != nil {
			user = u.User.Username()
		}
	}
	var pe *pgconn.PgError
	errors.As(err, &pe)
	code := ""
	if pe != nil {
		code = pe.Code
	}
	switch {
	case code == "28P01":
		return fmt.Sprintf("The server refused the password for %s. Type it again (it is not stored), or keep it in ~/.pgpass.", user)
	case code == "28000" || (pe != nil && strings.Contains(pe.Message, "no password")) || strings.Contains(err.Error(), "password"):
		return fmt.Sprintf("The server wants a password for %s: type it in Password (it is not stored), or keep it in ~/.pgpass.", user)
	case code == "3D000":
		return fmt.Sprintf("The server at %s has no database called “%s”.", host, db)
	case errors.Is(err, store.ErrNotProject):
		return fmt.Sprintf("The database “%s” is not a Newsmark project: it holds another program's tables. Ask for the team project's database name.", db)
	case errors.Is(err, store.ErrForbidden) || code == "42501":
		return fmt.Sprintf("The login %s has no permission on this project. Ask its owner to add you (newsmark team add %s).", user, user)
	case errors.Is(err, store.ErrNewerSchema):
		return "This team project was made by a newer Newsmark: update Newsmark to open it."
	case errors.Is(err, store.ErrServerGone):
		return fmt.Sprintf("The server at %s does not answer. Is it running, and are the host and port right?", host)
	}
	return "Could not open the team project (the details are in the log)."
}

// recentTeamProjects are the team projects opened lately, newest first.
func recentTeamProjects(a fyne.App) []string {
	var out []string
	for _, s := range strings.Split(a.Preferences().String(prefRecentTeam), "\n") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// rememberTeamProject puts shown (a connection string without password)
// first in the recent list.
func rememberTeamProject(a fyne.App, shown string) {
	shown = store.Redact(shown)
	list := []string{shown}
	for _, s := range recentTeamProjects(a) {
		if s != shown && len(list) < recentTeamMost {
			list = append(list, s)
		}
	}
	a.Preferences().SetString(prefRecentTeam, strings.Join(list, "\n"))
}

// openRecentMenu is File › Open recent: the team projects opened lately;
// one whose server wants a password not kept in ~/.pgpass asks for it.
func (m *mainWindow) openRecentMenu() *fyne.MenuItem {
	item := fyne.NewMenuItem("Open recent", nil)
	sub := fyne.NewMenu("Open recent")
	for _, s := range recentTeamProjects(m.app) {
		shown := s
		sub.Items = append(sub.Items, fyne.NewMenuItem(teamProjectName(shown)+" — "+shown, func() {
			f := newTeamForm(m)
			f.conn.SetText(shown)
			m.connectTeam(f, shown)
		}))
	}
	if len(sub.Items) == 0 {
		none := fyne.NewMenuItem("(no team project yet)", nil)
		none.Disabled = true
		sub.Items = append(sub.Items, none)
	}
	item.ChildMenu = sub
	return item
}
