package main

import (
	"context"
	"fmt"
	"newsmark/annotate/ingest"
)

func (c *cli) importCmd(args []string) int {
	fs, db := c.flags("import", "[--db FILE] PATH...", "Import article files (.txt, .md, .html, .htm) and folders (recursively),\nand .jsonl files in the newsmark, Prodigy or doccano formats with their\nannotations. Prints one line per file and a summary; exits 1 if any failed.")
	noSuggest := fs.Bool("no-suggest", false, "do not make suggestions for the new articles, whatever the project says")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(c.stderr, "newsmark import: name at least one file or folder")
		fs.Usage()
		return exitUsage
	}
	st, ok := c.open(*db)
	if !ok {
		return exitFail
	}
	defer st.Close()
	if *noSuggest {
		// Only for this run: restore the project's own choice afterwards.
		old, had, _ := st.Setting(c.ctx, ingest.SettingSuggestOnImport)
		st.SetSetting(c.ctx, ingest.SettingSuggestOnImport, "off")
		defer func() {
			if had {
				st.SetSetting(context.Background(), ingest.SettingSuggestOnImport, old)
			} else {
				st.SetSetting(context.Background(), ingest.SettingSuggestOnImport, "on")
			}
		}()
	}
	bar := newProgress(c.stderr, "importing")
	results, err := ingest.ImportPaths(c.ctx, st, c.analyst(st), fs.Args(), bar.update)
	bar.done()
	for _, r := range results {
		switch r.Status {
		case ingest.Imported:
			fmt.Fprintf(c.stdout, "imported   %s → %s\n", r.Path, r.ID)
		case ingest.Duplicate:
			fmt.Fprintf(c.stdout, "duplicate  %s (same text as %s)\n", r.Path, r.ID)
		default:
			fmt.Fprintf(c.stdout, "failed     %v\n", r.Err)
		}
	}
	imported, dups, failed := ingest.Summarize(results)
	fmt.Fprintf(c.stdout, "%d imported, %d duplicate, %d failed\n", imported, dups, failed)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsmark import: %v\n", err)
		return exitFail
	}
	if failed > 0 {
		return exitFail
	}
	return exitOK
}
