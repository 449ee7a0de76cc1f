package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// keyAction names one thing the analyst can do from the keyboard or a menu.
type keyAction string

// The window's keyboard actions.
const (
	actTag            keyAction = "tag" // + the digit: "tag1" … "tag9"
	actNextSpan       keyAction = "next-span"
	actPrevSpan       keyAction = "prev-span"
	actStartLeft      keyAction = "start-left"
	actStartRight     keyAction = "start-right"
	actEndLeft        keyAction = "end-left"
	actEndRight       keyAction = "end-right"
	actDeleteSpan     keyAction = "delete-span"
	actSpeakerBefore  keyAction = "speaker-before"
	actSpeakerAfter   keyAction = "speaker-after"
	actPickSpeaker    keyAction = "pick-speaker"
	actCueBefore      keyAction = "cue-before"
	actCueAfter       keyAction = "cue-after"
	actCoref          keyAction = "coref"
	actFavor          keyAction = "favor"
	actAgainst        keyAction = "against"
	actNone           keyAction = "none"
	actChooseTarget   keyAction = "choose-target"
	actAccept         keyAction = "accept"
	actReject         keyAction = "reject"
	actNextSuggestion keyAction = "next-suggestion"
	actPrevSuggestion keyAction = "prev-suggestion"
	actAcceptAll      keyAction = "accept-all"
	actDoneNext       keyAction = "done-next"
	actUndo           keyAction = "undo"
	actRedo           keyAction = "redo"
	actFocusFilter    keyAction = "focus-filter"
	actShortcuts      keyAction = "shortcuts"
	actZoomIn         keyAction = "zoom-in"
	actZoomOut        keyAction = "zoom-out"
)

// tagAction is the action of number key n.
func tagAction(n int) keyAction { return keyAction(fmt.Sprintf("%s%d", actTag, n)) }

// keyBinding is one row of the keyboard map: what the analyst presses, what
// it does, and where it sits in the menus. Help › Keyboard shortcuts and the
// menus both read this one table, so they cannot drift apart.
type keyBinding struct {
	action keyAction // "" for keys the article view handles itself
	keys   string    // as shown to the analyst: "Shift+S"
	does   string    // what it does, in the analyst's words
	menu   string    // the menu that lists it ("" for none)
	sub    string    // the submenu within it ("" for the menu itself)
	item   string    // the menu item's label

	runes []rune           // characters that trigger it in the article view
	key   fyne.KeyName     // or the key…
	mods  fyne.KeyModifier // …with exactly these modifiers
	// shortcut is shown on the menu item; with Ctrl in it, the menu item
	// also triggers it from anywhere in the window.
	shortcut fyne.Shortcut
}

const (
	ctrl      = fyne.KeyModifierShortcutDefault
	shift     = fyne.KeyModifierShift
	alt       = fyne.KeyModifierAlt
	ctrlShift = ctrl | shift
)

// shown is a menu shortcut with no Ctrl: the menu displays it, and the
// article view receives the key itself (Fyne only routes Ctrl and Alt
// combinations to menus).
func shown(k fyne.KeyName, m fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: m}
}

// keyMap is the whole keyboard map, in the order Help lists it.
var keyMap = buildKeyMap()

func buildKeyMap() []keyBinding {
	var m []keyBinding
	add := func(b keyBinding) { m = append(m, b) }
	add(keyBinding{keys: "drag, double-click", does: "select whole words; a word"})
	add(keyBinding{keys: "Alt+drag", does: "select exactly the characters dragged over"})
	add(keyBinding{keys: "Enter, Esc (in a dialog)", does: "its main button; cancel or close it"})
	add(keyBinding{keys: "Shift+←/→, Ctrl+Shift+←/→", does: "extend the selection by a character, by a word"})
	add(keyBinding{keys: "Esc", does: "clear the selection"})
	for n := 1; n <= 9; n++ {
		add(keyBinding{
			action: tagAction(n), keys: fmt.Sprintf("%d (Ctrl+%d anywhere)", n, n),
			does: fmt.Sprintf("tag the selection with label %d", n), menu: "Annotate", sub: "Tag",
			runes:    []rune{rune('0' + n)},
			key:      fyne.KeyName(fmt.Sprint(n)),
			mods:     ctrl,
			shortcut: &desktop.CustomShortcut{KeyName: fyne.KeyName(fmt.Sprint(n)), Modifier: ctrl},
		})
	}
	rows := []keyBinding{
		{action: actNextSpan, keys: "Tab", does: "select the next span", menu: "Annotate", sub: "Go to", item: "Next span", key: fyne.KeyTab},
		{action: actPrevSpan, keys: "Shift+Tab", does: "select the previous span", menu: "Annotate", sub: "Go to", item: "Previous span", key: fyne.KeyTab, mods: shift},
		{action: actStartLeft, keys: "Alt+←", does: "move the selected span's start a word left", key: fyne.KeyLeft, mods: alt},
		{action: actStartRight, keys: "Alt+→", does: "move the selected span's start a word right", key: fyne.KeyRight, mods: alt},
		{action: actEndLeft, keys: "Alt+Shift+←", does: "move the selected span's end a word left", key: fyne.KeyLeft, mods: alt | shift},
		{action: actEndRight, keys: "Alt+Shift+→", does: "move the selected span's end a word right", key: fyne.KeyRight, mods: alt | shift},
		{action: actDeleteSpan, keys: "Delete", does: "remove the selected span", menu: "Edit", item: "Delete span", key: fyne.KeyDelete},
		{action: actSpeakerBefore, keys: "S", does: "link the statement to the nearest speaker before it; the status line says whom", menu: "Annotate", sub: "Link", item: "Link speaker before", runes: []rune{'s'}},
		{action: actSpeakerAfter, keys: "Shift+S", does: "link the statement to the nearest speaker after it", menu: "Annotate", sub: "Link", item: "Link speaker after", runes: []rune{'S'}},
		{action: actPickSpeaker, keys: "P", does: "pick the statement's speaker from the document's speakers, by canonical name with their mentions", menu: "Annotate", sub: "Link", item: "Pick speaker…", runes: []rune{'p', 'P'}},
		{action: actCueBefore, keys: "C", does: "link the nearest cue before the statement; the status line says which", menu: "Annotate", sub: "Link", item: "Link cue before", runes: []rune{'c'}},
		{action: actCueAfter, keys: "Shift+C", does: "link the nearest cue after the statement", menu: "Annotate", sub: "Link", item: "Link cue after", runes: []rune{'C'}},
		{action: actCoref, keys: "R", does: "link a pronoun speaker to the nearest preceding speaker (coref)", menu: "Annotate", sub: "Link", item: "Link to earlier speaker (coref)", runes: []rune{'r', 'R'}},
		{action: actFavor, keys: "F", does: "stance FAVOR toward the current target (on a suggestion: accept it with it)", menu: "Annotate", sub: "Stance", item: "Stance FAVOR", runes: []rune{'f', 'F'}},
		{action: actAgainst, keys: "A", does: "stance AGAINST toward the current target", menu: "Annotate", sub: "Stance", item: "Stance AGAINST", runes: []rune{'a', 'A'}},
		{action: actNone, keys: "N", does: "stance NONE toward the current target", menu: "Annotate", sub: "Stance", item: "Stance NONE", runes: []rune{'n', 'N'}},
		{action: actChooseTarget, keys: "T", does: "choose the current stance target", menu: "Annotate", sub: "Stance", item: "Choose target…", runes: []rune{'t', 'T'}},
		{action: actAccept, keys: "Enter", does: "accept the suggestion (a statement with its speaker and cue) and go to the next", menu: "Annotate", sub: "Suggestions", item: "Accept suggestion", key: fyne.KeyReturn},
		{action: actReject, keys: "Backspace", does: "reject the suggestion (its speaker and cue stay suggested) and go to the next", menu: "Annotate", sub: "Suggestions", item: "Reject suggestion", key: fyne.KeyBackspace},
		{action: actNextSuggestion, keys: "]", does: "go to the next suggested statement, with its speaker and cue (then other suggestions)", menu: "Annotate", sub: "Suggestions", item: "Next suggestion", runes: []rune{']'}},
		{action: actPrevSuggestion, keys: "[", does: "go to the previous suggested statement", menu: "Annotate", sub: "Suggestions", item: "Previous suggestion", runes: []rune{'['}},
		{action: actAcceptAll, keys: "Ctrl+Shift+Enter", does: "accept the document's suggestions, after a count per label (or those above a confidence)", menu: "Annotate", sub: "Suggestions", item: "Accept all suggestions", key: fyne.KeyReturn, mods: ctrlShift},
		{action: actDoneNext, keys: "Ctrl+Enter", does: "mark the document done and open the next one to do (asks first if suggestions are pending)", menu: "Annotate", item: "Mark done and next", key: fyne.KeyReturn, mods: ctrl},
		{action: actUndo, keys: "Ctrl+Z", does: "undo (in a text field: that field's own undo)", menu: "Edit", item: "Undo", shortcut: &fyne.ShortcutUndo{}},
		{action: actRedo, keys: "Ctrl+Shift+Z", does: "redo (in a text field: that field's own redo)", menu: "Edit", item: "Redo", key: fyne.KeyZ, mods: ctrlShift},
		{action: actFocusFilter, keys: "Ctrl+F", does: "focus the document filter", menu: "View", item: "Find document", key: fyne.KeyF, mods: ctrl},
		{action: actZoomIn, keys: "Ctrl+=", does: "bigger text", menu: "View", item: "Bigger text", key: fyne.KeyEqual, mods: ctrl},
		{action: actZoomOut, keys: "Ctrl+-", does: "smaller text", menu: "View", item: "Smaller text", key: fyne.KeyMinus, mods: ctrl},
		{action: actShortcuts, keys: "F1", does: "show this list of keys", menu: "Help", item: "Keyboard shortcuts", key: fyne.KeyF1},
	}
	for _, b := range rows {
		if b.shortcut == nil {
			b.shortcut = shortcutOf(b)
		}
		add(b)
	}
	// View › Adjudicate takes these keys while it is open (adjudicate_view.go).
	add(keyBinding{keys: "], [ (adjudicating)", does: "visit the analysts' disagreements one by one, then the next document's"})
	add(keyBinding{keys: "1 … 9, 0 (adjudicating)", does: "take that version into gold; none of these belongs here"})
	add(keyBinding{keys: "Ctrl+1 … 9 (adjudicating)", does: "tag the selection into gold by hand"})
	add(keyBinding{keys: "S, C, R, F, A, N, Alt+arrows, Delete (adjudicating)", does: "edit the gold span clicked, as in tagging"})
	add(keyBinding{keys: "Ctrl+Shift+Enter (adjudicating)", does: "put what all analysts (or a majority) agree on into gold, after the count"})
	add(keyBinding{keys: "Ctrl+Z, Ctrl+Shift+Z, Esc (adjudicating)", does: "undo, redo in gold; leave adjudication"})
	return m
}

// shortcutOf is the shortcut a menu shows for b.
func shortcutOf(b keyBinding) fyne.Shortcut {
	if b.key != "" {
		return shown(b.key, b.mods)
	}
	if len(b.runes) == 0 {
		return nil
	}
	r := b.runes[0]
	name := fyne.KeyName(strings.ToUpper(string(r)))
	switch r {
	case '[':
		name = fyne.KeyLeftBracket
	case ']':
		name = fyne.KeyRightBracket
	}
	var mods fyne.KeyModifier
	if r >= 'A' && r <= 'Z' && len(b.runes) == 1 {
		mods = shift
	}
	return shown(name, mods)
}

// bindingForRune finds the binding a typed character triggers.
func bindingForRune(r rune) (keyBinding, bool) {
	for _, b := range keyMap {
		for _, x := range b.runes {
			if x == r && b.action != "" {
				return b, true
			}
		}
	}
	return keyBinding{}, false
}

// bindingForKey finds the binding a key with exactly mods triggers. Enter on
// the keypad counts as Return.
func bindingForKey(k fyne.KeyName, mods fyne.KeyModifier) (keyBinding, bool) {
	if k == fyne.KeyEnter {
		k = fyne.KeyReturn
	}
	for _, b := range keyMap {
		if b.action != "" && b.key == k && b.mods == mods {
			return b, true
		}
	}
	return keyBinding{}, false
}

// bindingFor finds the binding of an action.
func bindingFor(a keyAction) (keyBinding, bool) {
	for _, b := range keyMap {
		if b.action == a {
			return b, true
		}
	}
	return keyBinding{}, false
}
