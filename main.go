package main

import (
	_ "codeberg.org/readeck/go-readability/v2"
	_ "fyne.io/fyne/v2/app"
	_ "fyne.io/fyne/v2/container"
	_ "fyne.io/fyne/v2/dialog"
	_ "fyne.io/fyne/v2/test"
	_ "fyne.io/fyne/v2/widget"
	_ "github.com/markusmobius/go-trafilatura"
	_ "github.com/mattn/go-sqlite3"
	_ "github.com/rivo/uniseg"
	_ "github.com/yuin/goldmark"
	_ "golang.org/x/net/html"
	_ "golang.org/x/text/encoding/charmap"
	_ "golang.org/x/text/encoding/unicode"
	_ "golang.org/x/term"
)

func main() {}
