// Package assets holds the files Newsmark embeds in its binary: the default
// annotation schema, the annotation guidelines, the app icon and the sample
// articles a new user sees on first run. It imports nothing of Newsmark's own
// and no GUI toolkit, so the command line and the domain package can use it.
package assets

import (
	"embed"
	"io/fs"
	"sort"
)

// Schema is the default annotation schema (newsmark/1) as JSON; the annotate
// package parses it.
//
//go:embed schema.json
var Schema []byte

// Guidelines is the annotation guide, in Markdown, shown from the Help menu.
//
//go:embed guidelines.md
var Guidelines string

// Icon is the app icon, a 256×256 PNG.
//
//go:embed icon.png
var Icon []byte

//go:embed samples/*.txt
var samples embed.FS

// Sample is one embedded sample article in the importer's text shape:
// headline, blank line, standfirst, blank line, then "CITY — " and the body
// paragraphs separated by blank lines.
type Sample struct {
	Name string // file name, e.g. "01_seville_heat.txt"
	Data []byte // UTF-8 text
}

// Samples returns the sample articles ordered by file name. Each call returns
// fresh copies, so callers may modify them.
func Samples() []Sample {
	entries, err := fs.ReadDir(samples, "samples")
	if err != nil {
		panic("assets: embedded samples missing: " + err.Error()) // cannot happen: go:embed checked it at build time
	}
	out := make([]Sample, 0, len(entries))
	for _, e := range entries {
		data, err := samples.ReadFile("samples/" + e.Name())
		if err != nil {
			panic("assets: reading embedded sample " + e.Name() + ": " + err.Error())
		}
		out = append(out, Sample{Name: e.Name(), Data: data})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
