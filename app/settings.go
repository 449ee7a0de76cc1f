package app

import (
	"context"
	"image/color"
	"os"
	"os/user"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate/ingest"
	"newsmark/store"
)

// The theme choices of View › Theme.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

var themeChoices = []string{themeSystem, themeLight, themeDark}

// viewTheme is the default theme, held to one variant (light or dark)
// whatever the system prefers when the analyst chose one, with text scaled
// by View › Bigger/Smaller text.
type viewTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant // used when fixed
	fixed   bool
	zoom    float32
}

// Color is part of fyne.Theme.
func (t viewTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.fixed {
		v = t.variant
	}
	return t.Theme.Color(n, v)
}

// Size is part of fyne.Theme: text sizes follow the zoom.
func (t viewTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText:
		return s * t.zoom
	}
	return s
}

// Text zoom steps and limits.
const (
	zoomStep = 0.1
	zoomMin  = 0.7
	zoomMax  = 2.0
)

// applyTheme sets the app's theme from the View menu's choices.
func applyTheme(a fyne.App, choice string, zoom float64) {
	t := viewTheme{Theme: theme.DefaultTheme(), zoom: float32(max(zoomMin, min(zoomMax, zoom)))}
	switch choice {
	case themeLight:
		t.variant, t.fixed = theme.VariantLight, true
	case themeDark:
		t.variant, t.fixed = theme.VariantDark, true
	}
	a.Settings().SetTheme(t)
}

// zoomBy makes the text bigger (steps > 0) or smaller and remembers it.
func (m *mainWindow) zoomBy(steps int) {
	prefs := m.app.Preferences()
	z := prefs.FloatWithFallback(prefZoom, 1) + float64(steps)*zoomStep
	z = max(zoomMin, min(zoomMax, z))
	prefs.SetFloat(prefZoom, z)
	applyTheme(m.app, prefs.StringWithFallback(prefTheme, themeSystem), z)
}

// systemUser is the name of the user running Newsmark, the default analyst.
func systemUser() string {
	name := ""
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	if name == "" {
		name = os.Getenv("USER")
	}
	if i := strings.LastIndexAny(name, `\/`); i >= 0 {
		name = name[i+1:] // DOMAIN\user on Windows
	}
	if name == "" {
		name = "analyst"
	}
	return name
}

// setAnalyst records who is annotating, in the preferences and for every
// later edit.
func (m *mainWindow) setAnalyst(name string) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	prefs := m.app.Preferences()
	prefs.SetString(prefAnalyst, name)
	prefs.SetBool(prefAnalystSet, true)
	m.ctl.SetAnalyst(name)
}

// askAnalyst asks the analyst's name once, on first run, so each edit says
// who made it.
func (m *mainWindow) askAnalyst(first bool) {
	name := m.newKeyEntry()
	name.SetText(m.ctl.Analyst())
	title := "Who is annotating?"
	msg := widget.NewLabel("Your name is recorded with every edit you make.\nYou can change it later in Edit › Settings.")
	d := dialog.NewForm(title, "OK", "Later", []*widget.FormItem{
		widget.NewFormItem("", msg),
		widget.NewFormItem("Analyst", name),
	}, func(ok bool) {
		if ok {
			m.setAnalyst(name.Text)
		} else if first {
			m.app.Preferences().SetBool(prefAnalystSet, true)
		}
	}, m.win)
	name.OnSubmitted = func(string) { d.Submit() }
	m.showModal(d, d.Submit, nil)
	m.win.Canvas().Focus(name)
	// Typing replaces the suggested name rather than adding to it.
	name.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// showSettings is Edit › Settings…: the analyst's name, the theme, and
// whether the project suggests spans for imported articles.
func (m *mainWindow) showSettings() {
	st := m.ctl.Store()
	if st == nil {
		m.settingsDialog(nil, false)
		return
	}
	// The project setting is read off the UI goroutine, then the form shows.
	m.ctl.run(func() {
		on := ingest.SuggestOnImport(context.Background(), st)
		m.ctl.ui(func() { m.settingsDialog(st, on) })
	})
}

func (m *mainWindow) settingsDialog(st *store.Store, suggestOn bool) {
	name := m.newKeyEntry()
	name.SetText(m.ctl.Analyst())
	th := widget.NewSelect(themeChoices, nil)
	th.SetSelected(m.app.Preferences().StringWithFallback(prefTheme, themeSystem))
	suggestOnImport := widget.NewCheck("Suggest spans for imported articles", nil)
	if st != nil {
		suggestOnImport.SetChecked(suggestOn)
	} else {
		suggestOnImport.Disable()
	}
	var d *dialog.FormDialog
	d = dialog.NewForm("Settings", "Save", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Analyst", name),
		widget.NewFormItem("Theme", th),
		widget.NewFormItem("Project", suggestOnImport),
	}, func(ok bool) {
		if !ok {
			return
		}
		m.setAnalyst(name.Text)
		m.app.Preferences().SetString(prefTheme, th.Selected)
		applyTheme(m.app, th.Selected, m.app.Preferences().FloatWithFallback(prefZoom, 1))
		if st != nil {
			v := "off"
			if suggestOnImport.Checked {
				v = "on"
			}
			m.ctl.run(func() {
				err := st.SetSetting(context.Background(), ingest.SettingSuggestOnImport, v)
				if err != nil {
					m.ctl.ui(func() { m.ctl.fail("save the project settings", err) })
				}
			})
		}
	}, m.win)
	name.OnSubmitted = func(string) { d.Submit() }
	m.showModal(d, d.Submit, nil)
}
