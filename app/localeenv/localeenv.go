// Package envlocale (imported as "envlocale") tells the locale library Fyne
// uses what the C locale is, before Fyne asks it.
//
// Fyne's lang package reads the locale while it is initialised: with
// LANG=C.UTF-8, the default in many containers, the library hands it "C",
// which is no language tag, and Fyne logs three lines of errors on every
// run, commands that open no window included. This package is its own
// module with an import path ("envlocale") that sorts before "fyne.io/…",
// so Go initialises it first (packages are initialised in import-path
// order once their imports are) and it can turn "C.UTF-8" (or
// "POSIX.UTF-8") into "C", which the library knows means no translation.
// Any other locale is left as it is.
package envlocale

import (
	"os"
	"strings"
)

func init() {
	// The first of these that is set decides the locale, as in gettext.
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(k)
		if v == "" {
			continue
		}
		if lang, _, _ := strings.Cut(v, "."); lang != v && (lang == "C" || lang == "POSIX") {
			os.Setenv(k, lang)
		}
		return
	}
}
