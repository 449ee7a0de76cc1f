package dataset

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"newsmark/annotate/internal/inputfile"
)

// Piece is a part of a labeled file, read but not parsed: a run of JSONL
// lines, of a JSON array's elements, or one brat document. ReadPieces
// hands a file out piece by piece, so an import holds a few pieces of a
// file of any size and parses them on all cores (Parse), in any order.
type Piece struct {
	// Name is the file inside an archive the piece comes from ("" when it
	// is the file itself).
	Name string
	base string // the name fallback ids are made from
	json bool   // items are a JSON array's elements rather than lines
	// items are the records' JSON and lines their line numbers (or
	// positions in the array, 1-based).
	items [][]byte
	lines []int
	layer string // the layer of records that name none (doccano's per-user file)
	brat  *bratPair
	err   error // the piece could not be read: one error for all of it
}

// bratPair is a brat document's files, or (done) the record already read
// from them.
type bratPair struct {
	stem            string
	text, ann, conf []byte
	done            *Record
	bad             []LineError
}

// Records is how many records the piece holds at most.
func (p *Piece) Records() int { return max(len(p.items), 1) }

// Parse reads the piece's records; a malformed record is reported by its
// line and skipped.
func (p *Piece) Parse(opt ReadOptions) ([]Record, []LineError) {
	var recs []Record
	var bad []LineError
	prefix := func(err error) error {
		if p.Name != "" {
			return fmt.Errorf("%s: %w", p.Name, err)
		}
		return err
	}
	switch {
	case p.err != nil:
		return nil, []LineError{{Line: 0, Err: prefix(p.err)}}
	case p.brat != nil && p.brat.done != nil:
		return []Record{*p.brat.done}, p.brat.bad
	case p.brat != nil:
		rec, b, err := readBrat(path.Base(p.brat.stem), p.brat.text, p.brat.ann, bratUnit(p.brat.conf, opt))
		if err != nil {
			return nil, []LineError{{Line: 0, Err: prefix(err)}}
		}
		rec.Name = p.Name
		for _, le := range b {
			bad = append(bad, LineError{Line: le.Line, Err: prefix(le.Err)})
		}
		return []Record{rec}, bad
	}
	fallback := strings.TrimSuffix(p.base, filepath.Ext(p.base))
	for i, item := range p.items {
		n := p.lines[i]
		got, probs := parseLine(item, fmt.Sprintf("%s-%d", fallback, n), opt)
		if len(probs) > 0 {
			err := joinProblems(probs)
			if p.json {
				err = fmt.Errorf("item %d: %w", n, err)
			}
			bad = append(bad, LineError{Line: n, Err: prefix(err)})
			continue
		}
		for _, r := range got {
			r.Line = n
			r.Name = p.Name
			if p.layer != "" && r.Ann != nil && r.Ann.Layer == "" {
				r.Ann.Layer = p.layer
			}
			recs = append(recs, r)
		}
	}
	return recs, bad
}

// pieceRecords is about how many records a piece of a JSONL file or JSON
// array holds.
const pieceRecords = 32

// ReadPieces reads a labeled file (as ReadFile does) a piece at a time,
// calling fn with each piece in the file's order; fn's error stops the
// read and is returned. A .jsonl file is streamed line by line; a .json
// array element by element, after a first pass has checked it is one (so
// a broken array still fails as a whole, before any of it is handed out);
// a .zip entry by entry, its JSON streamed the same way. err is for the
// file as a whole: what was handed out before it stands.
func ReadPieces(file string, opt ReadOptions, fn func(*Piece) error) error {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".jsonl":
		f, err := inputfile.Open(file)
		if err != nil {
			return fmt.Errorf("read %s: %w", file, err)
		}
		defer f.Close()
		if err := jsonlPieces(f, filepath.Base(file), "", "", fn); err != nil {
			return fmt.Errorf("read %s: %w", file, err)
		}
		return nil
	case ".json":
		open := func() (io.ReadCloser, error) { return inputfile.Open(file) }
		if err := jsonPieces(open, filepath.Base(file), "", "", fn); err != nil {
			return fmt.Errorf("read %s: %w", file, err)
		}
		return nil
	case ".ann", ".txt":
		stem := strings.TrimSuffix(file, filepath.Ext(file))
		text, err := readLimited(stem + ".txt")
		if err != nil {
			return fmt.Errorf("read %s: %w", stem+".txt", err)
		}
		ann, err := readLimited(stem + ".ann")
		if err != nil {
			return fmt.Errorf("read %s: %w", stem+".ann", err)
		}
		conf, _ := readLimited(filepath.Join(filepath.Dir(file), "annotation.conf"))
		// A brat document that cannot be read fails as a whole file.
		rec, bad, err := readBrat(filepath.Base(stem), text, ann, bratUnit(conf, opt))
		if err != nil {
			return fmt.Errorf("read %s: %w", stem+".ann", err)
		}
		return fn(&Piece{brat: &bratPair{stem: filepath.Base(stem), done: &rec, bad: bad}})
	case ".zip":
		return zipPieces(file, fn)
	}
	return fmt.Errorf("read %s: not a file Newsmark reads labels from (%s)", file, strings.Join(ImportExtensions, ", "))
}

// jsonlPieces hands out r's non-blank lines, pieceRecords at a time.
func jsonlPieces(r io.Reader, base, name, layer string, fn func(*Piece) error) error {
	p := &Piece{Name: name, base: base, layer: layer}
	err := eachLine(r, func(n int, line []byte) error {
		p.items = append(p.items, bytes.Clone(line))
		p.lines = append(p.lines, n)
		if len(p.items) < pieceRecords {
			return nil
		}
		full := p
		p = &Piece{Name: name, base: base, layer: layer}
		return fn(full)
	})
	if err != nil {
		return err
	}
	if len(p.items) > 0 {
		return fn(p)
	}
	return nil
}

// jsonPieces hands out the elements of a JSON array (or one object),
// pieceRecords at a time, once a first pass over the stream has found the
// whole array well formed.
func jsonPieces(open func() (io.ReadCloser, error), base, name, layer string, fn func(*Piece) error) error {
	pass := func(emit func(n int, item []byte) error) error {
		rc, err := open()
		if err != nil {
			return err
		}
		defer rc.Close()
		br := bufio.NewReaderSize(io.LimitReader(rc, maxReadSize+1), 1<<20)
		if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
			br.Discard(3)
		}
		dec := json.NewDecoder(br)
		// One object is a one-element array.
		first, err := firstByte(br)
		if err != nil {
			return fmt.Errorf("not a JSON array of tasks or records: %w", err)
		}
		if first == '{' {
			var item json.RawMessage
			if err := dec.Decode(&item); err != nil {
				return fmt.Errorf("not a JSON array of tasks or records: %w", err)
			}
			if _, err := dec.Token(); err != io.EOF {
				return fmt.Errorf("not a JSON array of tasks or records: more after the object")
			}
			return emit(1, item)
		}
		if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
			return fmt.Errorf("not a JSON array of tasks or records: %v", orUnexpected(err))
		}
		for n := 1; dec.More(); n++ {
			var item json.RawMessage
			if err := dec.Decode(&item); err != nil {
				return fmt.Errorf("not a JSON array of tasks or records: %w", err)
			}
			if err := emit(n, item); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != nil {
			return fmt.Errorf("not a JSON array of tasks or records: %w", err)
		}
		if dec.InputOffset() > maxReadSize {
			return fmt.Errorf("larger than %d MB", maxReadSize>>20)
		}
		return nil
	}
	if err := pass(func(int, []byte) error { return nil }); err != nil {
		return err
	}
	p := &Piece{Name: name, base: base, layer: layer, json: true}
	err := pass(func(n int, item []byte) error {
		p.items = append(p.items, item)
		p.lines = append(p.lines, n)
		if len(p.items) < pieceRecords {
			return nil
		}
		full := p
		p = &Piece{Name: name, base: base, layer: layer, json: true}
		return fn(full)
	})
	if err != nil {
		return err
	}
	if len(p.items) > 0 {
		return fn(p)
	}
	return nil
}

func orUnexpected(err error) error {
	if err == nil {
		return errors.New("it does not begin with [ or {")
	}
	return err
}

// firstByte is the first byte of br that is not white space, left unread.
func firstByte(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		if b != ' ' && b != '\t' && b != '\n' && b != '\r' {
			return b, br.UnreadByte()
		}
	}
}

// zipPieces hands out a zip archive's documents: brat pairs (a .txt with
// its .ann; a .txt alone is a document without annotations) and .jsonl and
// .json files. doccano's export is a zip of NAME.jsonl per user (all.jsonl
// in a collaborative project): NAME becomes the records' layer. A file in
// the archive that cannot be read is a piece with that error.
func zipPieces(p string, fn func(*Piece) error) error {
	zf, err := inputfile.Open(p)
	if err != nil {
		return fmt.Errorf("read %s: %w", p, err)
	}
	defer zf.Close()
	info, err := zf.Stat()
	if err != nil {
		return fmt.Errorf("read %s: %w", p, err)
	}
	zr, err := zip.NewReader(zf, info.Size())
	if err != nil {
		return fmt.Errorf("read %s: %w", p, err)
	}
	files := map[string]*zip.File{}
	var names []string
	onlyJSONL := true
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || strings.HasPrefix(path.Base(f.Name), ".") || strings.HasPrefix(f.Name, "__MACOSX/") {
			continue
		}
		files[f.Name] = f
		names = append(names, f.Name)
		if strings.ToLower(path.Ext(f.Name)) != ".jsonl" {
			onlyJSONL = false
		}
	}
	slices.Sort(names)
	open := func(name string) (io.ReadCloser, error) {
		f, ok := files[name]
		if !ok {
			return nil, os.ErrNotExist
		}
		return f.Open()
	}
	read := func(name string) ([]byte, error) {
		rc, err := open(name)
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		return readAllLimited(rc)
	}
	// fn's own errors end the read; the archive's files' errors are pieces.
	call := func(pc *Piece) error {
		if err := fn(pc); err != nil {
			return &pieceError{err}
		}
		return nil
	}
	for _, name := range names {
		ext := strings.ToLower(path.Ext(name))
		stem := strings.TrimSuffix(name, path.Ext(name))
		var err error
		switch ext {
		case ".jsonl":
			layer := ""
			if user := path.Base(stem); onlyJSONL && user != "all" {
				layer = user
			}
			var rc io.ReadCloser
			if rc, err = open(name); err != nil {
				return fmt.Errorf("read %s: %s: %w", p, name, err)
			}
			err = jsonlPieces(io.LimitReader(rc, maxReadSize), path.Base(name), name, layer, call)
			rc.Close()
		case ".json":
			err = jsonPieces(func() (io.ReadCloser, error) { return open(name) }, path.Base(name), name, "", call)
		case ".txt":
			text, rerr := read(name)
			if rerr != nil {
				return fmt.Errorf("read %s: %s: %w", p, name, rerr)
			}
			ann, _ := read(stem + ".ann")
			conf, _ := read(path.Join(path.Dir(name), "annotation.conf"))
			err = call(&Piece{Name: stem + ".ann", brat: &bratPair{stem: stem, text: text, ann: ann, conf: conf}})
		case ".ann":
			if _, ok := files[stem+".txt"]; !ok {
				err = call(&Piece{Name: name, err: fmt.Errorf("no %s.txt beside it", path.Base(stem))})
			}
		}
		if err != nil {
			var pe *pieceError
			if errors.As(err, &pe) {
				return pe.err // fn's own error
			}
			// A file of the archive that is not well formed fails alone.
			if ferr := fn(&Piece{Name: name, err: err}); ferr != nil {
				return ferr
			}
		}
	}
	return nil
}

// pieceError carries fn's own error out of a reader, told apart from the
// reader's errors.
type pieceError struct{ err error }

func (e *pieceError) Error() string { return e.err.Error() }

// ReadFile reads a labeled file of any format Newsmark imports, chosen by
// its extension and, within JSON, by each record's keys: .jsonl (one
// record a line), .json (a Label Studio export or any JSON array of
// records, or one record), .ann (brat standoff, with the .txt beside it)
// and .zip (brat pairs; .jsonl and .json files, as in doccano's export,
// whose per-user files NAME.jsonl are read into NAME's layer). Text is
// taken as the file gives it, never cleaned: the offsets refer to it. A
// malformed record is reported by line and skipped; err is for the file
// as a whole. It holds the whole file's records: an import reads
// ReadPieces instead.
func ReadFile(file string, opt ReadOptions) ([]Record, []LineError, error) {
	var recs []Record
	var bad []LineError
	err := ReadPieces(file, opt, func(p *Piece) error {
		r, b := p.Parse(opt)
		recs = append(recs, r...)
		bad = append(bad, b...)
		return nil
	})
	return recs, bad, err
}
