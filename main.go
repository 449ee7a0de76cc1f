// Newsmark is a desktop annotation app for news analysts: import articles,
// tag statements, speakers, cues, claims and stance, export datasets.
//
// With no subcommand it opens the window; `newsmark help` lists the
// subcommands, which open no window.
package main

import (
	"os"

	// Before Fyne is initialised: no locale errors under LANG=C.UTF-8.
	_ "envlocale"

	fyneapp "fyne.io/fyne/v2/app"

	"newsmark/app"
	"newsmark/store"
)

// appID is Newsmark's application id; it also names where Fyne keeps
// preferences.
const appID = "org.newsmark.desktop"

func main() {
	if code, ok := superviseImport(os.Args[1:]); ok {
		os.Exit(code)
	}
	if code, ok := superviseWindow(os.Args[1:]); ok {
		os.Exit(code)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, openWindow))
}

// openWindow starts the GUI on the project that --db, $NEWSMARK_DB, the last
// project opened or the default names, in that order.
func openWindow(dbFlag string) int {
	a := fyneapp.NewWithID(appID)
	app.Start(a, store.Resolve(dbFlag, app.LastProject(a)), windowGuard())
	a.Run()
	return 0
}
