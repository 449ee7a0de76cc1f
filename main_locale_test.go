package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestNoLocaleErrorsUnderCLocale runs this test binary again with the
// locale of a plain container (LANG=C.UTF-8, and none at all): what it
// prints while initialising, Fyne included, holds no locale error.
func TestNoLocaleErrorsUnderCLocale(t *testing.T) {
	if os.Getenv("NEWSMARK_LOCALE_CHILD") != "" {
		return // the child: initialising was the test
	}
	for _, env := range [][]string{{"LANG=C.UTF-8"}, {"LC_ALL=POSIX.UTF-8"}, {}, {"LANG=en_GB.UTF-8"}} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestNoLocaleErrorsUnderCLocale$")
		cmd.Env = append([]string{"NEWSMARK_LOCALE_CHILD=1", "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}, env...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %v\n%s", env, err, out)
		}
		if strings.Contains(string(out), "locale") {
			t.Errorf("with %v the program prints:\n%s", env, out)
		}
	}
}
