package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// menu builds the main menu. Keyed items come from keyMap, so each shows
// the key Help lists for it.
func (m *mainWindow) menu() *fyne.MainMenu {
	quit := fyne.NewMenuItem("Quit", func() {
		m.saveWindowSize()
		m.app.Quit()
	})
	quit.IsQuit = true
	quit.Shortcut = shown(fyne.KeyQ, ctrl)
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("New project…", m.newProject),
		fyne.NewMenuItem("Open project…", m.chooseProject),
		fyne.NewMenuItem("Open team project…", m.openTeamDialog),
		m.openRecentMenu(),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Import files…", m.importFiles),
		fyne.NewMenuItem("Import folder…", m.importFolder),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Export…", m.exportDialog),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Hand out to analysts…", m.handOutDialog),
		fyne.NewMenuItem("Merge analysts' projects…", m.mergeDialog),
		fyne.NewMenuItemSeparator(),
		quit,
	)

	edit := fyne.NewMenu("Edit", m.keyItems("Edit")...)
	edit.Items = append(edit.Items, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Labels and colours…", func() { m.editSchema() }),
		fyne.NewMenuItem("Settings…", m.showSettings))

	annotateMenu := fyne.NewMenu("Annotate", m.keyItems("Annotate")...)
	suggestHere := fyne.NewMenuItem("Suggest for this document", m.suggestHere)
	if sub := childMenu(annotateMenu.Items, "Suggestions"); sub != nil {
		sub.Items = append(sub.Items, fyne.NewMenuItemSeparator(), suggestHere)
	} else {
		annotateMenu.Items = append(annotateMenu.Items, suggestHere)
	}

	view := fyne.NewMenu("View", m.keyItems("View")...)
	view.Items = append(view.Items, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Project overview…", func() { m.showOverview() }),
		fyne.NewMenuItem("Agreement…", func() { m.showAgreement() }),
		fyne.NewMenuItem("Adjudicate", func() { m.openAdjudication("") }),
		fyne.NewMenuItemSeparator())
	for _, t := range themeChoices {
		name := t
		item := fyne.NewMenuItem("Theme: "+name, nil)
		item.Action = func() {
			m.app.Preferences().SetString(prefTheme, name)
			applyTheme(m.app, name, m.app.Preferences().FloatWithFallback(prefZoom, 1))
			m.refreshThemeMenu(view)
		}
		view.Items = append(view.Items, item)
	}
	m.refreshThemeMenu(view)

	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Guidelines", m.showGuidelines))
	help.Items = append(help.Items, m.keyItems("Help")...)
	help.Items = append(help.Items, fyne.NewMenuItem("About", m.showAbout))
	return fyne.NewMainMenu(file, edit, annotateMenu, view, help)
}

// keyItems are the menu items keyMap puts in menu, in table order; rows
// that name a submenu are gathered into it, where its first row stands.
func (m *mainWindow) keyItems(menu string) []*fyne.MenuItem {
	var items []*fyne.MenuItem
	subs := map[string]*fyne.Menu{}
	for _, b := range keyMap {
		if b.menu != menu || b.action == "" {
			continue
		}
		label := b.item
		if label == "" {
			var n int
			if _, err := fmt.Sscanf(string(b.action), string(actTag)+"%d", &n); err != nil {
				continue
			}
			l, ok := m.ctl.Schema().LabelAt(n)
			if !ok {
				continue
			}
			label = l.Name
		}
		action := b.action
		item := fyne.NewMenuItem(label, func() { m.do(action) })
		item.Shortcut = b.shortcut
		if b.sub == "" {
			items = append(items, item)
			continue
		}
		sub, ok := subs[b.sub]
		if !ok {
			sub = fyne.NewMenu(b.sub)
			subs[b.sub] = sub
			parent := fyne.NewMenuItem(b.sub, nil)
			parent.ChildMenu = sub
			items = append(items, parent)
		}
		sub.Items = append(sub.Items, item)
	}
	return items
}

// childMenu is the submenu called name among items, nil if none.
func childMenu(items []*fyne.MenuItem, name string) *fyne.Menu {
	for _, it := range items {
		if it.ChildMenu != nil && it.Label == name {
			return it.ChildMenu
		}
	}
	return nil
}

// refreshThemeMenu ticks the theme in use.
func (m *mainWindow) refreshThemeMenu(view *fyne.Menu) {
	cur := m.app.Preferences().StringWithFallback(prefTheme, themeSystem)
	for _, it := range view.Items {
		for _, t := range themeChoices {
			if it.Label == "Theme: "+t {
				it.Checked = t == cur
			}
		}
	}
	view.Refresh()
}

// showAbout says what Newsmark is and which project is open.
func (m *mainWindow) showAbout() {
	path := "none"
	if st := m.ctl.Store(); st != nil {
		path = st.Path()
	}
	text := widget.NewLabel("Newsmark: tag statements, speakers, cues, claims and stance in news articles,\n" +
		"and export them as datasets.\n\nProject: " + path + "\nAnalyst: " + m.ctl.Analyst())
	m.showModal(dialog.NewCustom("About Newsmark", "Close", text, m.win), nil, nil)
}
