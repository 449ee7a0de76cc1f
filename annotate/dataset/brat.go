package dataset

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/klauspost/compress/flate"

	"newsmark/annotate"
)

// brat standoff: for each document NAME.txt (the text, byte for byte) and
// NAME.ann. T lines give "LABEL start end" fragments whose offsets count
// Unicode code points of the .txt by default, as Python's str indexes and
// as the brat spec says (brat's own JavaScript client counts UTF-16 units;
// --offsets utf16 writes those). A span across a line break becomes
// fragments joined by ";", as brat requires. R lines are relations, A lines
// attributes with a one-word value, and "#" AnnotatorNotes lines carry the
// free-text ones (canonical names, notes) and the statement's stance.
// annotation.conf declares every label, relation and attribute written.

// WriteBrat writes one document's .ann standoff (the .txt is the document
// text itself).
func WriteBrat(w io.Writer, d *annotate.Document, a *annotate.Annotations, opt Options) error {
	opt.Format = FormatBrat
	return writeOne(w, d, a, opt, func(b []byte, s *selection) []byte { return appendBratAnn(b, s, newBratConf()) })
}

// bratConf gathers what annotation.conf must declare.
type bratConf struct {
	entities  map[string]bool
	relations map[string]bool
	attrs     map[string]map[string]bool
}

func newBratConf() *bratConf {
	return &bratConf{entities: map[string]bool{}, relations: map[string]bool{}, attrs: map[string]map[string]bool{}}
}

func (c *bratConf) attr(name, value string) {
	if c.attrs[name] == nil {
		c.attrs[name] = map[string]bool{}
	}
	c.attrs[name][value] = true
}

func (c *bratConf) bytes(unit string) []byte {
	var b bytes.Buffer
	what := map[string]string{UnitCodepoint: "Unicode code points (Python str indices)", UnitUTF16: "UTF-16 code units", UnitUTF8: "UTF-8 bytes"}[unit]
	if what == "" {
		what = "Unicode code points (Python str indices)"
	}
	fmt.Fprintf(&b, "# Written by Newsmark. Offsets in the .ann files count %s of the .txt files.\n", what)
	b.WriteString("[entities]\n")
	for _, k := range sortedKeys(c.entities) {
		b.WriteString(k + "\n")
	}
	b.WriteString("\n[relations]\n")
	for _, k := range sortedKeys(c.relations) {
		b.WriteString(k + " Arg1:<ENTITY>, Arg2:<ENTITY>\n")
	}
	b.WriteString("<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n")
	b.WriteString("\n[events]\n\n[attributes]\n")
	for _, k := range sortedKeys(c.attrs) {
		b.WriteString(k + " Arg:<ENTITY>, Value:" + strings.Join(sortedKeys(c.attrs[k]), "|") + "\n")
	}
	return b.Bytes()
}

// bratName makes a brat type or attribute name: no spaces or tabs.
func bratName(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == ':' || r == '|' || r == ',' {
			return '_'
		}
		return r
	}, s)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// freeTextAttrs are attributes whose values are names, not a closed set
// of values, so they go to AnnotatorNotes even when they are one word.
var freeTextAttrs = map[string]bool{"canonical": true, "speaker_canonical": true, "kb_id": true}

// attrWord renders an attribute value usable as a brat A-line value, or
// reports that it needs a note.
func attrWord(v any) (string, bool) {
	switch v := v.(type) {
	case bool:
		return strconv.FormatBool(v), true
	case float64:
		return string(appendFloat(nil, v)), true
	case string:
		if v != "" && !strings.ContainsFunc(v, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == ',' }) {
			return v, true
		}
	}
	return "", false
}

func appendBratAnn(b []byte, s *selection, conf *bratConf) []byte {
	nA, nNote := 0, 0
	// A span's T number is its place in s.spans, one up; s.byID finds it.
	appendT := func(b []byte, id string) []byte {
		if i, ok := s.byID[id]; ok {
			b = append(b, 'T')
			b = strconv.AppendInt(b, int64(i+1), 10)
		}
		return b
	}
	note := func(t int, text string) {
		nNote++
		b = append(b, '#')
		b = strconv.AppendInt(b, int64(nNote), 10)
		b = append(b, "\tAnnotatorNotes T"...)
		b = strconv.AppendInt(b, int64(t), 10)
		b = append(b, '\t')
		b = appendOneLine(b, text)
		b = append(b, '\n')
	}
	for i := range s.spans {
		sp := &s.spans[i]
		t := i + 1
		label := bratName(sp.Label)
		if !conf.entities[label] {
			conf.entities[label] = true
		}
		b = append(b, 'T')
		b = strconv.AppendInt(b, int64(t), 10)
		b = append(b, '\t')
		b = append(b, label...)
		b = append(b, ' ')
		b = appendFragments(b, s, sp)
		for _, k := range sortedKeys(sp.Attrs) {
			if w, ok := attrWord(sp.Attrs[k]); ok && !freeTextAttrs[k] {
				nA++
				name := bratName(k)
				conf.attr(name, w)
				b = append(b, 'A')
				b = strconv.AppendInt(b, int64(nA), 10)
				b = append(b, '\t')
				b = append(b, name...)
				b = append(b, " T"...)
				b = strconv.AppendInt(b, int64(t), 10)
				b = append(b, ' ')
				b = append(b, w...)
				b = append(b, '\n')
			} else {
				v, isStr := sp.Attrs[k].(string)
				if !isStr {
					v = string(appendValue(nil, sp.Attrs[k]))
				}
				note(t, k+": "+v)
			}
		}
		if sp.Status == annotate.SpanPending {
			nA++
			conf.attr("status", "pending")
			b = append(b, 'A')
			b = strconv.AppendInt(b, int64(nA), 10)
			b = append(b, "\tstatus T"...)
			b = strconv.AppendInt(b, int64(t), 10)
			b = append(b, " pending\n"...)
		}
		if sp.Note != "" {
			note(t, sp.Note)
		}
	}
	for i, r := range s.relations {
		label := bratName(r.Label)
		if !conf.relations[label] {
			conf.relations[label] = true
		}
		b = append(b, 'R')
		b = strconv.AppendInt(b, int64(i+1), 10)
		b = append(b, '\t')
		b = append(b, label...)
		b = append(b, " Arg1:"...)
		b = appendT(b, r.Head)
		b = append(b, " Arg2:"...)
		b = appendT(b, r.Child)
		b = append(b, '\n')
	}
	for _, st := range s.stances {
		target := st.Target
		if t := s.target(st.Target); t != nil {
			target = fmt.Sprintf("%s %q", t.ID, t.Text)
		}
		text := "stance " + st.Label + " toward " + target
		if st.Implicit {
			text += " (implicit)"
		}
		if ev := st.Evidence; ev != nil {
			text += fmt.Sprintf(" evidence %d %d %q", s.off(ev.Start), s.off(ev.End), s.text(ev.Start, ev.End))
		}
		note(s.byID[st.Statement]+1, text)
	}
	return b
}

// appendFragments appends a T line's offsets and text: the span cut at
// line breaks into fragments joined by ";", as brat requires, then a tab,
// the fragments' text joined by spaces, and the line's end.
func appendFragments(b []byte, s *selection, sp *annotate.Span) []byte {
	text := s.text(sp.Start, sp.End)
	if !utf8.ValidString(text) {
		return appendFragmentsOfRunes(b, s, sp, text)
	}
	frags := 0
	from, cp := -1, 0
	for _, r := range text {
		if r != '\n' && r != '\r' {
			if from < 0 {
				from = cp
			}
		} else if from >= 0 {
			b = appendFragment(b, s, sp.Start+from, sp.Start+cp, frags)
			frags++
			from = -1
		}
		cp++
	}
	if from >= 0 {
		b = appendFragment(b, s, sp.Start+from, sp.Start+cp, frags)
		frags++
	}
	if frags == 0 {
		b = appendFragment(b, s, sp.Start, sp.Start, 0)
	}
	b = append(b, '\t')
	// The fragments' text: the span's text with each run of line breaks
	// between two fragments made one space, and those at its ends dropped.
	sep := false
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && text[j] != '\n' && text[j] != '\r' {
			j++
		}
		if j > i {
			if sep {
				b = append(b, ' ')
			}
			b = append(b, text[i:j]...)
			sep = true
		}
		for j < len(text) && (text[j] == '\n' || text[j] == '\r') {
			j++
		}
		i = j
	}
	return append(b, '\n')
}

// appendFragment appends "start end" of one fragment, after a ";" when it
// is not the first.
func appendFragment(b []byte, s *selection, start, end, n int) []byte {
	if n > 0 {
		b = append(b, ';')
	}
	b = strconv.AppendInt(b, int64(s.off(start)), 10)
	b = append(b, ' ')
	return strconv.AppendInt(b, int64(s.off(end)), 10)
}

// appendFragmentsOfRunes is appendFragments for text that is not valid
// UTF-8, rune by rune as it always was: each invalid byte is one code
// point, and written as U+FFFD.
func appendFragmentsOfRunes(b []byte, s *selection, sp *annotate.Span, text string) []byte {
	var frags []string
	var texts []string
	runes := []rune(text)
	from := -1
	for j := 0; j <= len(runes); j++ {
		if j < len(runes) && runes[j] != '\n' && runes[j] != '\r' {
			if from < 0 {
				from = j
			}
			continue
		}
		if from >= 0 {
			frags = append(frags, fmt.Sprintf("%d %d", s.off(sp.Start+from), s.off(sp.Start+j)))
			texts = append(texts, string(runes[from:j]))
			from = -1
		}
	}
	if len(frags) == 0 {
		frags = []string{fmt.Sprintf("%d %d", s.off(sp.Start), s.off(sp.Start))}
	}
	return fmt.Appendf(b, "%s\t%s\n", strings.Join(frags, ";"), strings.Join(texts, " "))
}

// appendOneLine appends oneLine(s): its words separated by one space.
func appendOneLine(b []byte, s string) []byte {
	first := true
	for f := range strings.FieldsSeq(s) {
		if !first {
			b = append(b, ' ')
		}
		first = false
		b = append(b, f...)
	}
	return b
}

// bratFiles names the .txt/.ann pairs of an export, one per document.
type bratFiles struct {
	conf  *bratConf
	used  nameSet
	unit  string
	names []string // every file written, in order, for a folder's manifest
	list  bool     // keep names (a folder does; an archive has its own directory)
}

// nameSet is the file names an export has given, as file systems that
// ignore case compare them. It keeps a 64-bit hash of each name (FNV-1a
// of the name in lower case) rather than the name: about 16 bytes a
// document instead of the 50 a map of strings took, the only thing a
// brat archive still keeps for each document until its end. Two names
// whose hashes agree are taken for one, which costs the second a "-N" (its
// id is then in its note), never a lost file; with a million documents the
// odds of it are about one in 40 million.
type nameSet map[uint64]struct{}

func nameKey(name string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			// Not ASCII (bratBase names always are): the general lower case.
			h = offset
			for _, c := range []byte(strings.ToLower(name)) {
				h = (h ^ uint64(c)) * prime
			}
			return h
		}
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * prime
	}
	return h
}

func (s nameSet) has(name string) bool {
	_, ok := s[nameKey(name)]
	return ok
}

func (s nameSet) add(name string) { s[nameKey(name)] = struct{}{} }

// maxBratBase bounds a document's file name, so NAME.ann (and a "-N"
// added to tell two apart) stays within the 255 bytes most file systems
// allow for a name.
const maxBratBase = 240

// bratBase turns a document id into a file name: ASCII letters, digits,
// "-", "_" and "." kept, anything else "_" (so "/", a backslash and NUL
// never reach the file system and a name stays in the export's folder). A
// name too long for the file system is cut and given a hash of the whole
// id, so two long ids that share a beginning still get different, stable
// names.
func bratBase(id string) string {
	base := strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.') {
			return r
		}
		return '_'
	}, id)
	// No hidden file, no "." or "..", no name Windows ends with a dot
	// it would drop, and none of its device names (CON, NUL, COM1, with
	// any extension): "doc_" goes before such a name.
	base = strings.TrimLeft(base, ".")
	base = strings.TrimRight(base, ".")
	if base == "" || base == "annotation" || windowsDevice(base) {
		base = "doc_" + base
	}
	if len(base) > maxBratBase {
		sum := sha256.Sum256([]byte(id))
		base = base[:maxBratBase-17] + "-" + hex.EncodeToString(sum[:8])
	}
	return base
}

// windowsDevice tells whether Windows reads name as a device (CON, PRN,
// AUX, NUL, COM1–9, LPT1–9), whatever its case and extension.
func windowsDevice(name string) bool {
	stem, _, _ := strings.Cut(strings.ToUpper(name), ".")
	switch stem {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	return len(stem) == 4 && (strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT")) && stem[3] >= '1' && stem[3] <= '9'
}

func (f *bratFiles) name(id string) string {
	base := bratBase(id)
	name := base
	for n := 2; f.used.has(name); n++ {
		name = base + "-" + strconv.Itoa(n)
	}
	f.used.add(name)
	if f.list {
		f.names = append(f.names, name+".txt", name+".ann")
	}
	return name
}

// bratIDNote is the AnnotatorNotes text that carries a document's id when
// its file name is not the id itself.
const bratIDNote = "newsmark document id: "

// annFor renders a document's .ann; when the file name is not the
// document's id, a note on its first span keeps the id.
func annFor(s *selection, conf *bratConf, name string) []byte {
	return withIDNote(appendBratAnn(nil, s, conf), name, s.doc.ID, len(s.spans))
}

// bratZip writes a brat export as a zip archive.
type bratZip struct {
	bratFiles
	w      io.WriteCloser
	zw     *zipWriter
	file   *os.File // nil when writing to a stream
	final  string
	closed bool
}

// newBratZip writes an archive to w; the archive's directory waits in a
// temporary file in spillDir ("" for the system's temporary folder) until
// the last document.
func newBratZip(w io.WriteCloser, spillDir string) *bratZip {
	return &bratZip{bratFiles: bratFiles{conf: newBratConf(), used: nameSet{}}, w: w, zw: newZipWriter(w, spillDir)}
}

// deflated is a file of the archive compressed ahead of its place in it.
type deflated struct {
	raw  []byte // what the file holds
	comp []byte // raw DEFLATE of raw, at the archive's level; nil: stored as it is
	crc  uint32
}

// storedBelow is the size under which a file is stored in the archive
// uncompressed: a small .ann gains a few hundred bytes from DEFLATE for
// the cost of building its Huffman codes.
const storedBelow = 1024

// DEFLATE's fastest level: an export's archive is for carrying the files
// to brat, and level 5 (archive/zip's) took a third of the export's time
// for a few percent of size. klauspost/compress's DEFLATE writes the same
// format 2.3 times as fast as compress/flate's on a 5 KB article (5.9
// against 13.7 µs, 732 against 731 bytes), most of compress/flate's time
// being the Huffman codes it builds for each small file.
//
// deflaters are reused: a compressor's state is large to set up, and a
// document has two small files.
var deflaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

func deflate(raw []byte) (deflated, error) {
	if len(raw) < storedBelow {
		return deflated{raw: raw, crc: crc32.ChecksumIEEE(raw)}, nil
	}
	var buf bytes.Buffer
	buf.Grow(len(raw)/2 + 64)
	w := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(w)
	w.Reset(&buf)
	if _, err := w.Write(raw); err != nil {
		return deflated{}, err
	}
	if err := w.Close(); err != nil {
		return deflated{}, err
	}
	return deflated{raw: raw, comp: buf.Bytes(), crc: crc32.ChecksumIEEE(raw)}, nil
}

// addDeflated adds a file compressed beforehand.
func (z *bratZip) addDeflated(name string, f deflated) error {
	if f.comp == nil {
		return z.zw.add(name, zipStore, f.crc, uint64(len(f.raw)), f.raw)
	}
	return z.zw.add(name, zipDeflate, f.crc, uint64(len(f.raw)), f.comp)
}

// bratDoc is one document of a brat archive made by a formatter: its
// .txt and .ann compressed, the .ann made for the file name bratBase
// gives its id.
type bratDoc struct {
	id, base, unit string
	txt, ann       deflated
	plainAnn       []byte // the .ann without the id note, for another name
	spans          int
	relations      int
	stances        int
	err            error
	done           chan struct{}
	d              *annotate.Document
	a              *annotate.Annotations
}

// bratZips is the export's sinks as brat archives, when every one is.
func bratZips(opt Options, sinks map[string]sink) map[string]*bratZip {
	if opt.Format != FormatBrat {
		return nil
	}
	out := map[string]*bratZip{}
	for name, s := range sinks {
		z, ok := s.(*bratZip)
		if !ok {
			return nil
		}
		out[name] = z
	}
	return out
}

// bratInParallel makes the documents' .ann files and compresses them and
// the .txt files on n goroutines, and adds them to their archives in
// queue's order, naming them there (a name taken twice gets a number, and
// its .ann is made again with the id's note when that changes it).
func bratInParallel(ctx context.Context, cancel func(), n int, queue <-chan item, opt Options, parts []part, order []string,
	zips map[string]*bratZip, sum *Summary, total int, progress func(done, total int)) error {
	jobs := make(chan *bratDoc)
	inOrder := make(chan *bratDoc, 4*n)
	confs := make([]*bratConf, n)
	var wg sync.WaitGroup
	for w := range n {
		confs[w] = newBratConf()
		wg.Add(1)
		go func() {
			defer wg.Done()
			sel := &selection{}
			for j := range jobs {
				j.err = j.make(sel, confs[w], opt)
				j.d, j.a = nil, nil
				close(j.done)
			}
		}()
	}
	go feedInOrder(ctx, queue, func(it item) (*bratDoc, chan struct{}) {
		j := &bratDoc{id: it.d.ID, d: it.d, a: it.a, done: make(chan struct{})}
		return j, j.done
	}, jobs, inOrder)
	var werr error
	done := 0
	for j := range inOrder {
		<-j.done
		if werr != nil || ctx.Err() != nil {
			continue
		}
		if j.err == nil {
			part := order[0]
			if len(parts) > 1 {
				part = partOf(parts, j.id, opt.Seed)
			}
			j.err = zips[part].addDoc(j)
		}
		if j.err != nil {
			werr = j.err
			cancel()
			continue
		}
		sum.Documents++
		sum.Spans += j.spans
		sum.Relations += j.relations
		sum.Stances += j.stances
		done++
		if progress != nil {
			progress(done, total)
		}
	}
	wg.Wait()
	for _, z := range zips {
		for _, c := range confs {
			z.conf.merge(c)
		}
	}
	return werr
}

// make formats and compresses the document's files.
func (j *bratDoc) make(sel *selection, conf *bratConf, opt Options) error {
	if _, err := sel.load(j.d, j.a, opt); err != nil {
		return err
	}
	j.unit, j.base = sel.unit, bratBase(j.id)
	j.spans, j.relations, j.stances = len(sel.spans), len(sel.relations), len(sel.stances)
	j.plainAnn = appendBratAnn(nil, sel, conf)
	var err error
	if j.txt, err = deflate([]byte(j.d.Text)); err != nil {
		return err
	}
	j.ann, err = deflate(withIDNote(slices.Clip(j.plainAnn), j.base, j.id, j.spans))
	return err
}

// withIDNote adds to a .ann the note that keeps the document's id when the
// file's name is not the id.
func withIDNote(ann []byte, name, id string, spans int) []byte {
	if name != id && spans > 0 {
		ann = fmt.Appendf(ann, "#0\tAnnotatorNotes T1\t%s%s\n", bratIDNote, oneLine(id))
	}
	return ann
}

// addDoc adds a document made by a formatter under its name in the archive.
func (z *bratZip) addDoc(j *bratDoc) error {
	z.unit = j.unit
	name := z.name(j.id)
	ann := j.ann
	if (name != j.id) != (j.base != j.id) && j.spans > 0 {
		var err error
		if ann, err = deflate(withIDNote(j.plainAnn, name, j.id, j.spans)); err != nil {
			return err
		}
	}
	if err := z.addDeflated(name+".txt", j.txt); err != nil {
		return err
	}
	return z.addDeflated(name+".ann", ann)
}

// merge adds what another formatter's config saw.
func (c *bratConf) merge(o *bratConf) {
	for k := range o.entities {
		c.entities[k] = true
	}
	for k := range o.relations {
		c.relations[k] = true
	}
	for name, vals := range o.attrs {
		for v := range vals {
			c.attr(name, v)
		}
	}
}

func (z *bratZip) add(name string, data []byte) error {
	f, err := deflate(data)
	if err != nil {
		return err
	}
	return z.addDeflated(name, f)
}

func (z *bratZip) write(s *selection) error {
	z.unit = s.unit
	name := z.name(s.doc.ID)
	if err := z.add(name+".txt", []byte(s.doc.Text)); err != nil {
		return err
	}
	return z.add(name+".ann", annFor(s, z.conf, name))
}

func (z *bratZip) finish() error {
	err := z.add("annotation.conf", z.conf.bytes(z.unit))
	if cerr := z.zw.close(); err == nil {
		err = cerr
	}
	if z.file != nil {
		if err == nil {
			err = z.file.Sync()
		}
		z.closed = true
		if cerr := z.file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", z.final, err)
	}
	return nil
}

func (z *bratZip) publish() error {
	if z.file == nil {
		return nil
	}
	if err := os.Rename(z.file.Name(), z.final); err != nil {
		return fmt.Errorf("write %s: %w", z.final, err)
	}
	return nil
}

func (z *bratZip) abort() {
	z.zw.abort()
	if z.file != nil {
		if !z.closed {
			z.file.Close()
		}
		os.Remove(z.file.Name())
	}
}

// bratManifest lists, in a brat export folder, the files Newsmark wrote
// there, one name a line: the only files a later export with Force may
// replace.
const bratManifest = ".newsmark-export"

// bratDir writes a brat export as a folder. It is built under a temporary
// name beside the target; a new or empty target is then replaced by it
// whole. Into a folder that already holds files it writes only with
// Force, and then replaces only files the folder's manifest says an
// earlier Newsmark export wrote: nothing else there is ever deleted or
// overwritten.
type bratDir struct {
	bratFiles
	tmp, final string
	force      bool
	into       bool            // the target holds files: move ours in one by one
	owned      map[string]bool // from the target's manifest
}

func newBratSink(out string, force bool) (sink, error) {
	if strings.EqualFold(filepath.Ext(out), ".zip") {
		tmp, err := createTemp(out)
		if err != nil {
			return nil, err
		}
		z := newBratZip(tmp, filepath.Dir(out))
		z.file, z.final = tmp, out
		return z, nil
	}
	d := &bratDir{bratFiles: bratFiles{conf: newBratConf(), used: nameSet{}, list: true}, final: out, force: force}
	if err := d.checkTarget(); err != nil {
		return nil, err
	}
	tmp, err := mkdirTemp(out)
	if err != nil {
		return nil, err
	}
	d.tmp = tmp
	return d, nil
}

// checkTarget looks at what the target folder holds now.
func (d *bratDir) checkTarget() error {
	entries, err := os.ReadDir(d.final)
	if errors.Is(err, fs.ErrNotExist) {
		d.into = false
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		d.into = false
		return nil
	}
	if !d.force {
		return fmt.Errorf("%s already holds %d files (%s…); a brat export writes into a new or empty folder. Choose another folder, or give --force to add the export to it (only files an earlier Newsmark export wrote there are replaced)", d.final, len(entries), entries[0].Name())
	}
	d.into = true
	d.owned = map[string]bool{}
	data, err := os.ReadFile(filepath.Join(d.final, bratManifest))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			d.owned[line] = true
		}
	}
	return nil
}

func (d *bratDir) write(s *selection) error {
	d.unit = s.unit
	name := d.name(s.doc.ID)
	if err := writeNew(filepath.Join(d.tmp, name+".txt"), []byte(s.doc.Text)); err != nil {
		return err
	}
	return writeNew(filepath.Join(d.tmp, name+".ann"), annFor(s, d.conf, name))
}

func (d *bratDir) finish() error {
	d.names = append(d.names, "annotation.conf")
	if err := writeNew(filepath.Join(d.tmp, "annotation.conf"), d.conf.bytes(d.unit)); err != nil {
		return err
	}
	// The target may have changed while the export ran.
	if err := d.checkTarget(); err != nil {
		return err
	}
	if d.into {
		for _, n := range d.names {
			if _, err := os.Lstat(filepath.Join(d.final, n)); err == nil && !d.owned[n] {
				return fmt.Errorf("%s already holds %s, which no Newsmark export wrote; the export would replace it, so nothing was written. Export into a new folder", d.final, n)
			}
		}
	}
	manifest := strings.Join(d.manifest(), "\n") + "\n"
	return writeNew(filepath.Join(d.tmp, bratManifest), []byte(manifest))
}

// manifest is the list of files the folder holds from Newsmark after this
// export: this export's and, when adding to a folder, the earlier ones'.
func (d *bratDir) manifest() []string {
	all := map[string]bool{}
	for _, n := range d.names {
		all[n] = true
	}
	for n := range d.owned {
		all[n] = true
	}
	return sortedKeys(all)
}

func (d *bratDir) publish() error {
	if !d.into {
		// A new or empty target: remove the empty folder (Remove fails on
		// one that is not empty, so nothing of anyone's is lost) and put
		// the finished export in its place.
		if err := os.Remove(d.final); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("write %s: %w", d.final, err)
		}
		if err := os.Rename(d.tmp, d.final); err != nil {
			return fmt.Errorf("write %s: %w", d.final, err)
		}
		return nil
	}
	for _, n := range append(slices.Clone(d.names), bratManifest) {
		if err := os.Rename(filepath.Join(d.tmp, n), filepath.Join(d.final, n)); err != nil {
			return fmt.Errorf("write %s: %w", filepath.Join(d.final, n), err)
		}
	}
	return os.RemoveAll(d.tmp)
}

func (d *bratDir) abort() {
	if d.tmp != "" {
		os.RemoveAll(d.tmp)
	}
}
