// Package ingest turns the article files analysts have (scraped .txt pages,
// Markdown, saved HTML) into Newsmark documents: decoded, cleaned, immutable
// text with its headline, dek, dateline and body zones, and the page junk it
// removed kept in the metadata.
package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"newsmark/annotate"
	"newsmark/annotate/dataset"
	"newsmark/annotate/internal/inputfile"
)

// MaxFileSize is the largest article file ReadArticle accepts, in bytes.
const MaxFileSize = 20 << 20

// Sentinel errors; ReadArticle and Clean wrap them with the file's name.
var (
	ErrEmpty       = errors.New("file is empty")
	ErrBinary      = errors.New("file holds binary data, not text")
	ErrTooLarge    = fmt.Errorf("file is larger than %d MB", MaxFileSize>>20)
	ErrUnsupported = errors.New("unsupported file type (use .txt, .md, .html, or labeled .jsonl, .json, .ann with its .txt, .zip)")
	ErrNoArticle   = errors.New("no article text found")
)

// Kinds Clean understands.
const (
	KindText     = "txt"
	KindMarkdown = "md"
	KindHTML     = "html"
)

// KindOf returns the kind of article file a path names by its extension
// ("txt", "md", "html"), or "" when ReadArticle cannot read it.
func KindOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return KindText
	case ".md", ".markdown":
		return KindMarkdown
	case ".html", ".htm", ".xhtml":
		return KindHTML
	}
	return ""
}

// ReadArticle reads one file (.txt, .md, .markdown, .html, .htm) and returns
// the cleaned document with Text, Meta, Zones and Source (name, path, size,
// SHA-256 of the raw bytes). ID is the file's stem; the store makes it unique.
// Errors name the file and wrap ErrEmpty, ErrBinary, ErrTooLarge,
// ErrUnsupported, ErrNoArticle or the OS error.
func ReadArticle(path string) (*annotate.Document, error) {
	kind := KindOf(path)
	if kind == "" {
		return nil, fmt.Errorf("import %s: %w", path, ErrUnsupported)
	}
	// A named pipe, a device or a socket is refused before it is opened
	// (reading one could wait forever); a folder named like an article is
	// not one.
	f, err := inputfile.Open(path)
	if err != nil {
		if info, serr := os.Stat(path); serr == nil && info.IsDir() {
			err = ErrUnsupported
		}
		return nil, fmt.Errorf("import %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", path, err)
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("import %s: %w", path, ErrTooLarge)
	}
	if err := checkMemory(info.Size()); err != nil {
		return nil, fmt.Errorf("import %s: %w", path, err)
	}
	if info.Size() > bigFile {
		bigFiles <- struct{}{}
		defer func() { <-bigFiles }()
	}
	// Read one byte past the limit so a file that grew since Stat is still caught.
	raw, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", path, err)
	}
	if len(raw) > MaxFileSize {
		return nil, fmt.Errorf("import %s: %w", path, ErrTooLarge)
	}
	doc, err := Clean(filepath.Base(path), raw, kind)
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", path, errors.Unwrap(err))
	}
	sum := sha256.Sum256(raw)
	doc.Source = annotate.Source{
		Name:   filepath.Base(path),
		Path:   path,
		Size:   int64(len(raw)),
		SHA256: hex.EncodeToString(sum[:]),
	}
	return doc, nil
}

// Clean is the pure core of the importer: it turns the raw bytes of a file
// called name, of the given kind ("txt", "md" or "html"), into a document
// with cleaned Text, Zones and Meta. The Source is left for the caller.
func Clean(name string, raw []byte, kind string) (*annotate.Document, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, fmt.Errorf("import %s: %w", name, ErrEmpty)
	}
	text, err := decode(raw)
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", name, err)
	}
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("import %s: %w", name, ErrEmpty)
	}
	text = repairMojibake(text) // "Ã©" for "é": UTF-8 once read as Windows-1252
	mail, isMail := openMailMessage(text)
	if isMail {
		text = mail.body
		if mail.html {
			kind = KindHTML
		}
	}
	var a article
	switch kind {
	case KindText, "text":
		a = fromText(text)
	case KindMarkdown, "markdown":
		a = fromMarkdown(text)
	case KindHTML, "htm":
		a, err = fromHTML(text)
		if err != nil {
			return nil, fmt.Errorf("import %s: %w", name, err)
		}
	default:
		return nil, fmt.Errorf("import %s: %w", name, ErrUnsupported)
	}
	if isMail {
		a.takeMail(mail)
	}
	doc := a.document()
	if doc.Text == "" {
		return nil, fmt.Errorf("import %s: %w", name, ErrNoArticle)
	}
	doc.ID = strings.TrimSuffix(name, filepath.Ext(name))
	doc.Meta.SourceFile = name
	doc.Status = annotate.StatusTodo
	return doc, nil
}

// Files expands paths (files and folders, recursively) into the sorted list
// of files to import: articles ReadArticle reads and labeled files
// dataset.ReadFile reads (.jsonl, .json, .zip, and brat's .ann, which
// stands for its .txt: a .txt with a .ann beside it is a brat document,
// imported as it is with its annotations, not cleaned as an article).
// Hidden files and folders are skipped, and so are other files and
// symbolic links inside folders; a file named directly is kept whatever its extension, so
// ReadArticle can say why it cannot read it.
func Files(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("import %s: %w", p, err)
		}
		if !info.IsDir() {
			if isBratText(p) {
				p = strings.TrimSuffix(p, filepath.Ext(p)) + ".ann"
			}
			files = append(files, p)
			continue
		}
		bratStems := map[string]bool{}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// A link inside a folder is not followed: an unpacked
				// archive's "article.txt" pointing at a key or a password
				// file would otherwise be stored, and exported with the
				// dataset. A link named directly is read.
				return nil
			}
			stem := strings.TrimSuffix(path, filepath.Ext(path))
			switch {
			case strings.EqualFold(filepath.Ext(path), ".ann"):
				// brat's .ann is read with its .txt, and stands for the
				// pair; WalkDir visits NAME.ann before NAME.txt.
				if _, err := os.Stat(stem + ".txt"); err == nil {
					files = append(files, path)
					bratStems[stem] = true
				}
			case dataset.ReadsFile(path):
				files = append(files, path)
			case KindOf(path) == KindText && bratStems[stem]:
			case KindOf(path) != "":
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("import %s: %w", p, err)
		}
	}
	sort.Strings(files)
	// A file named twice, or inside a folder also named, is imported once.
	out := files[:0]
	for i, f := range files {
		if i == 0 || f != files[i-1] {
			out = append(out, f)
		}
	}
	return out, nil
}
