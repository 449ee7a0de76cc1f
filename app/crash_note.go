package app

// Guard joins the window to the process that started it and watches it
// (see package main): Go ends a process that runs out of memory with no
// code able to catch it, so the window reports the files its imports read,
// and the watcher, if the window dies, says which file it was and starts
// the window again with a note saying so.
type Guard struct {
	// Reading is called as an import starts (true) and stops reading each
	// file; see ingest.Options.Reading.
	Reading func(path string, reading bool)
	// Importing is called as an import begins (true) and ends (false).
	Importing func(importing bool)
	// Note, when not empty, says why the window was started again; it is
	// shown in a dialog once the window is up.
	Note string
}

// importing tells the watcher an import begins (true) or ends.
func (g Guard) importing(on bool) {
	if g.Importing != nil {
		g.Importing(on)
	}
}

// showNote shows the watcher's note on why the window was started again.
func (m *mainWindow) showNote() {
	if m.guard.Note != "" {
		m.showInfo("Newsmark was started again", m.guard.Note)
	}
}
