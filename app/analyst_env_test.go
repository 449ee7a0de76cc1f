package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestAnalystFromEnvironment: the window works as $NEWSMARK_ANALYST when it
// is set, as the command line does, before the name saved in the
// preferences and the login name; without it, the saved name, then the
// login name.
func TestAnalystFromEnvironment(t *testing.T) {
	a := test.NewTempApp(t)
	t.Setenv(analystEnv, "")
	if got, want := analystName(a), systemUser(); got != want {
		t.Errorf("nothing saved, no environment: analyst %q, want the login name %q", got, want)
	}
	a.Preferences().SetString(prefAnalyst, "saved-name")
	if got := analystName(a); got != "saved-name" {
		t.Errorf("a saved name: analyst %q, want %q", got, "saved-name")
	}
	t.Setenv(analystEnv, "  desk-b  ")
	if got := analystName(a); got != "desk-b" {
		t.Errorf("$%s set: analyst %q, want %q", analystEnv, got, "desk-b")
	}
}
