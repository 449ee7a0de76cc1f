package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

func TestKeyMapHasNoClashes(t *testing.T) {
	runes := map[rune]keyAction{}
	keys := map[string]keyAction{}
	for _, b := range keyMap {
		if b.action == "" {
			continue
		}
		if len(b.runes) == 0 && b.key == "" && b.shortcut == nil {
			t.Errorf("%s has no key", b.action)
		}
		for _, r := range b.runes {
			if other, dup := runes[r]; dup {
				t.Errorf("%q triggers both %s and %s", r, other, b.action)
			}
			runes[r] = b.action
		}
		if b.key != "" {
			k := fmt.Sprintf("%s+%d", b.key, b.mods)
			if other, dup := keys[k]; dup {
				t.Errorf("%s triggers both %s and %s", b.keys, other, b.action)
			}
			keys[k] = b.action
		}
	}
}

func TestKeysReachTheirActions(t *testing.T) {
	tests := []struct {
		name string
		r    rune
		key  fyne.KeyName
		mods fyne.KeyModifier
		want keyAction
	}{
		{name: "1 tags the first label", r: '1', want: tagAction(1)},
		{name: "9 tags the ninth label", r: '9', want: tagAction(9)},
		{name: "s links the speaker before", r: 's', want: actSpeakerBefore},
		{name: "Shift+S types S: speaker after", r: 'S', want: actSpeakerAfter},
		{name: "c is the cue before", r: 'c', want: actCueBefore},
		{name: "Shift+C is the cue after", r: 'C', want: actCueAfter},
		{name: "f and F are FAVOR", r: 'F', want: actFavor},
		{name: "] is the next suggestion", r: ']', want: actNextSuggestion},
		{name: "Tab", key: fyne.KeyTab, want: actNextSpan},
		{name: "Shift+Tab", key: fyne.KeyTab, mods: shift, want: actPrevSpan},
		{name: "Alt+Shift+Right moves the end", key: fyne.KeyRight, mods: alt | shift, want: actEndRight},
		{name: "keypad Enter accepts", key: fyne.KeyEnter, want: actAccept},
		{name: "Ctrl+Enter", key: fyne.KeyReturn, mods: ctrl, want: actDoneNext},
		{name: "Ctrl+Shift+Enter", key: fyne.KeyReturn, mods: ctrlShift, want: actAcceptAll},
		{name: "Ctrl+3 tags the third label", key: fyne.Key3, mods: ctrl, want: tagAction(3)},
		{name: "Ctrl+Shift+Z redoes", key: fyne.KeyZ, mods: ctrlShift, want: actRedo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b keyBinding
			var ok bool
			if tt.r != 0 {
				b, ok = bindingForRune(tt.r)
			} else {
				b, ok = bindingForKey(tt.key, tt.mods)
			}
			if !ok || b.action != tt.want {
				t.Errorf("got %q (found %v), want %q", b.action, ok, tt.want)
			}
		})
	}
	if _, ok := bindingForRune('x'); ok {
		t.Error("x is bound, but no action uses it")
	}
}

func TestMenusShowTheirKeysAndHelpListsThemAll(t *testing.T) {
	f := newWinFixture(t)
	menu := f.m.menu()
	items := map[string]*fyne.MenuItem{}
	var walk func(*fyne.Menu)
	walk = func(mn *fyne.Menu) {
		for _, it := range mn.Items {
			if it.ChildMenu != nil {
				walk(it.ChildMenu)
				continue
			}
			items[it.Label] = it
			if it.Shortcut == nil {
				continue
			}
			switch it.Shortcut.ShortcutName() {
			case "Copy", "Paste", "Cut", "SelectAll":
				t.Errorf("menu item %q takes %s from text fields", it.Label, it.Shortcut.ShortcutName())
			}
		}
	}
	for _, mn := range menu.Items {
		walk(mn)
	}
	if items["Suggest for this document"] == nil {
		t.Error("Annotate has no Suggest for this document")
	}
	for _, b := range keyMap {
		if b.menu == "" || b.action == "" {
			continue
		}
		label := b.item
		if label == "" {
			var n int
			fmt.Sscanf(string(b.action), string(actTag)+"%d", &n)
			l, ok := f.m.ctl.Schema().LabelAt(n)
			if !ok {
				continue
			}
			label = l.Name
		}
		it, ok := items[label]
		if !ok {
			t.Errorf("%s (%s) is not in the %s menu", b.action, b.keys, b.menu)
			continue
		}
		if it.Shortcut == nil {
			t.Errorf("menu item %q does not show its key %s", label, b.keys)
		}
	}
	rows := shortcutRows(func(n int) string {
		l, _ := f.m.ctl.Schema().LabelAt(n)
		return l.Name
	})
	help := map[string]string{}
	for _, r := range rows {
		help[r[0]] = r[1]
	}
	for _, b := range keyMap {
		if _, ok := help[b.keys]; !ok {
			if _, labelled := f.m.ctl.Schema().LabelAt(int(b.keys[0] - '0')); strings.Contains(string(b.action), string(actTag)) && !labelled {
				continue // a number key with no label in this schema
			}
			t.Errorf("Help › Keyboard shortcuts does not list %s", b.keys)
		}
	}
	if got := help["2 (Ctrl+2 anywhere)"]; !strings.Contains(got, "SPEAKER") {
		t.Errorf("Help says key 2 does %q; want it to name SPEAKER", got)
	}
}

func TestViewMenuZoomsTextAndFixesTheme(t *testing.T) {
	f := newWinFixture(t)
	a := f.m.app
	base := a.Settings().Theme().Size(theme.SizeNameText)
	f.key(fyne.KeyEqual, ctrl)
	f.key(fyne.KeyEqual, ctrl)
	if got := a.Settings().Theme().Size(theme.SizeNameText); got <= base {
		t.Errorf("Ctrl+= twice left the text at %v, was %v", got, base)
	}
	for i := 0; i < 30; i++ {
		f.key(fyne.KeyMinus, ctrl)
	}
	if got := a.Settings().Theme().Size(theme.SizeNameText); got < base*zoomMin-0.01 {
		t.Errorf("Ctrl+- shrank the text to %v, below the %v floor", got, base*zoomMin)
	}
	applyTheme(a, themeDark, 1)
	dark := a.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight)
	applyTheme(a, themeLight, 1)
	light := a.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight)
	if dark == light {
		t.Error("choosing the dark theme did not change the background")
	}
}
