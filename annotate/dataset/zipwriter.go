package dataset

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// zipWriter writes a zip archive of files compressed before they are
// added, keeping almost nothing for each file until the end: the central
// directory's record of a file (about 60 bytes with a brat name) goes to a
// temporary file once a megabyte of them has gathered, and is copied after
// the last file. archive/zip keeps a header of about 190 bytes for every
// file until Close, 40 MB for a brat export of 100,000 documents; this
// writer's memory is the same for any number of files. Measured with
// BenchmarkExport (brat to a stream, 2 shared cores): the live heap after
// the last document is 4.2–5.0 MB at 10,000 documents and 6.2 MB at
// 100,000 (the names' hashes, 24 bytes a document), the most heap in use
// 28–30 MB and 39–41 MB, where archive/zip's archive took 169–174 MB at
// 100,000.
//
// The archive is the format PKWARE's APPNOTE describes: names flagged as
// UTF-8, CRC-32 of each file, DEFLATE or stored, and ZIP64 records when
// the files number 65,535 or more or a size or an offset passes 4 GiB.
type zipWriter struct {
	out      *bufio.Writer
	written  uint64 // bytes written to out: the next local header's offset
	files    uint64
	dir      bytes.Buffer // central directory records not yet spilled
	dirSize  uint64       // bytes of central directory, spilled or not
	spill    *os.File     // the records that no longer fit in dir; nil until then
	spillDir string       // where the spill file goes ("" for os.TempDir)
	err      error        // the first error: the archive is then unusable
}

// zipSpillAt is how many bytes of central directory are kept in memory
// before they go to the temporary file: a small export never makes one.
// Tests lower it to make the file with a few documents.
var zipSpillAt = 1 << 20

// Zip's fixed values (APPNOTE.TXT 4.3, 4.4).
const (
	zipLocalSig     = 0x04034b50
	zipCentralSig   = 0x02014b50
	zipEndSig       = 0x06054b50
	zip64EndSig     = 0x06064b50
	zip64LocatorSig = 0x07064b50
	zip64ExtraID    = 0x0001
	zipUTF8Flag     = 1 << 11
	zipStore        = 0
	zipDeflate      = 8
	zipVersion20    = 20 // DEFLATE
	zipVersion45    = 45 // ZIP64
	zipMadeByUnix   = 3 << 8
	// A regular file readable by all and writable by its owner, in the
	// high half of the external attributes as Unix zip tools put it.
	zipUnixFile = (0o100000 | 0o644) << 16
	// 1980-01-01 00:00, the first day a DOS date can say: an export has
	// no modification time, so the same project gives the same bytes.
	zipDOSDate = 1<<5 | 1
	zipDOSTime = 0
	uint16Max  = 0xffff
	uint32Max  = 0xffffffff
)

// newZipWriter writes an archive to w; its central directory spills into a
// temporary file in spillDir ("" for the system's temporary folder).
func newZipWriter(w io.Writer, spillDir string) *zipWriter {
	return &zipWriter{out: bufio.NewWriterSize(w, 64<<10), spillDir: spillDir}
}

func (z *zipWriter) write(b []byte) {
	if z.err != nil {
		return
	}
	n, err := z.out.Write(b)
	z.written += uint64(n)
	z.err = err
}

func (z *zipWriter) writeString(s string) {
	if z.err != nil {
		return
	}
	n, err := z.out.WriteString(s)
	z.written += uint64(n)
	z.err = err
}

// add writes a file: its name, the CRC-32 and size of what it holds, and
// data, its bytes in the archive (compressed by method, or stored).
func (z *zipWriter) add(name string, method uint16, crc uint32, size uint64, data []byte) error {
	if z.err != nil {
		return z.err
	}
	if len(name) > uint16Max {
		return fmt.Errorf("zip: file name of %d bytes is too long", len(name))
	}
	offset, csize := z.written, uint64(len(data))

	// The local header: sizes that do not fit in 32 bits are in a ZIP64
	// extra field, which then holds both (APPNOTE 4.5.3).
	bigSize := size >= uint32Max || csize >= uint32Max
	var buf [30 + 20]byte
	h := buf[:0]
	h = binary.LittleEndian.AppendUint32(h, zipLocalSig)
	h = binary.LittleEndian.AppendUint16(h, zipNeeds(bigSize))
	h = binary.LittleEndian.AppendUint16(h, zipUTF8Flag)
	h = binary.LittleEndian.AppendUint16(h, method)
	h = binary.LittleEndian.AppendUint16(h, zipDOSTime)
	h = binary.LittleEndian.AppendUint16(h, zipDOSDate)
	h = binary.LittleEndian.AppendUint32(h, crc)
	if bigSize {
		h = binary.LittleEndian.AppendUint32(h, uint32Max)
		h = binary.LittleEndian.AppendUint32(h, uint32Max)
	} else {
		h = binary.LittleEndian.AppendUint32(h, uint32(csize))
		h = binary.LittleEndian.AppendUint32(h, uint32(size))
	}
	h = binary.LittleEndian.AppendUint16(h, uint16(len(name)))
	if bigSize {
		h = binary.LittleEndian.AppendUint16(h, 20)
	} else {
		h = binary.LittleEndian.AppendUint16(h, 0)
	}
	z.write(h)
	z.writeString(name)
	if bigSize {
		e := buf[:0]
		e = binary.LittleEndian.AppendUint16(e, zip64ExtraID)
		e = binary.LittleEndian.AppendUint16(e, 16)
		e = binary.LittleEndian.AppendUint64(e, size)
		e = binary.LittleEndian.AppendUint64(e, csize)
		z.write(e)
	}
	z.write(data)
	if z.err != nil {
		return z.err
	}

	// The central directory's record: a value that does not fit is
	// 0xFFFFFFFF there and in the ZIP64 extra field, which holds only
	// those, in this order (APPNOTE 4.5.3).
	var extra []uint64
	usize32, csize32, offset32 := uint32(size), uint32(csize), uint32(offset)
	if size >= uint32Max {
		extra, usize32 = append(extra, size), uint32Max
	}
	if csize >= uint32Max {
		extra, csize32 = append(extra, csize), uint32Max
	}
	if offset >= uint32Max {
		extra, offset32 = append(extra, offset), uint32Max
	}
	needs := zipNeeds(len(extra) > 0)
	c := z.dir.AvailableBuffer()
	c = binary.LittleEndian.AppendUint32(c, zipCentralSig)
	c = binary.LittleEndian.AppendUint16(c, zipMadeByUnix|needs)
	c = binary.LittleEndian.AppendUint16(c, needs)
	c = binary.LittleEndian.AppendUint16(c, zipUTF8Flag)
	c = binary.LittleEndian.AppendUint16(c, method)
	c = binary.LittleEndian.AppendUint16(c, zipDOSTime)
	c = binary.LittleEndian.AppendUint16(c, zipDOSDate)
	c = binary.LittleEndian.AppendUint32(c, crc)
	c = binary.LittleEndian.AppendUint32(c, csize32)
	c = binary.LittleEndian.AppendUint32(c, usize32)
	c = binary.LittleEndian.AppendUint16(c, uint16(len(name)))
	if len(extra) > 0 {
		c = binary.LittleEndian.AppendUint16(c, uint16(4+8*len(extra)))
	} else {
		c = binary.LittleEndian.AppendUint16(c, 0)
	}
	c = binary.LittleEndian.AppendUint16(c, 0) // comment
	c = binary.LittleEndian.AppendUint16(c, 0) // disk
	c = binary.LittleEndian.AppendUint16(c, 0) // internal attributes
	c = binary.LittleEndian.AppendUint32(c, zipUnixFile)
	c = binary.LittleEndian.AppendUint32(c, offset32)
	c = append(c, name...)
	if len(extra) > 0 {
		c = binary.LittleEndian.AppendUint16(c, zip64ExtraID)
		c = binary.LittleEndian.AppendUint16(c, uint16(8*len(extra)))
		for _, v := range extra {
			c = binary.LittleEndian.AppendUint64(c, v)
		}
	}
	z.dir.Write(c)
	z.dirSize += uint64(len(c))
	z.files++
	if z.dir.Len() >= zipSpillAt {
		z.err = z.spillDirectory()
	}
	return z.err
}

// zipNeeds is the version a reader needs for a record: 4.5 with ZIP64
// fields, else 2.0 (DEFLATE).
func zipNeeds(zip64 bool) uint16 {
	if zip64 {
		return zipVersion45
	}
	return zipVersion20
}

// spillDirectory moves the records gathered in memory to the temporary file.
func (z *zipWriter) spillDirectory() error {
	if z.spill == nil {
		dir := z.spillDir
		if dir == "" {
			dir = os.TempDir()
		}
		f, err := createTemp(filepath.Join(dir, "newsmark-zip-directory"))
		if err != nil {
			return fmt.Errorf("zip: keep the archive's directory: %w", err)
		}
		z.spill = f
	}
	if _, err := z.spill.Write(z.dir.Bytes()); err != nil {
		return fmt.Errorf("zip: keep the archive's directory in %s: %w", z.spill.Name(), err)
	}
	z.dir.Reset()
	return nil
}

// close writes the central directory and the end records, flushes the
// archive and removes the temporary file. The underlying writer is left
// open.
func (z *zipWriter) close() error {
	defer z.removeSpill()
	if z.err != nil {
		return z.err
	}
	start := z.written
	if z.spill != nil {
		if err := z.spillDirectory(); err != nil {
			return err
		}
		if _, err := z.spill.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("zip: read back %s: %w", z.spill.Name(), err)
		}
		n, err := io.Copy(z.out, z.spill)
		z.written += uint64(n)
		if err != nil {
			return err
		}
		if uint64(n) != z.dirSize {
			return fmt.Errorf("zip: %s held %d bytes of directory, not %d", z.spill.Name(), n, z.dirSize)
		}
	} else {
		z.write(z.dir.Bytes())
	}
	files, size, offset := z.files, z.dirSize, start
	var buf [56 + 20 + 22]byte
	e := buf[:0]
	if files >= uint16Max || size >= uint32Max || offset >= uint32Max {
		end64 := z.written
		e = binary.LittleEndian.AppendUint32(e, zip64EndSig)
		e = binary.LittleEndian.AppendUint64(e, 44) // the record's size after this field
		e = binary.LittleEndian.AppendUint16(e, zipMadeByUnix|zipVersion45)
		e = binary.LittleEndian.AppendUint16(e, zipVersion45)
		e = binary.LittleEndian.AppendUint32(e, 0) // this disk
		e = binary.LittleEndian.AppendUint32(e, 0) // the directory's disk
		e = binary.LittleEndian.AppendUint64(e, files)
		e = binary.LittleEndian.AppendUint64(e, files)
		e = binary.LittleEndian.AppendUint64(e, size)
		e = binary.LittleEndian.AppendUint64(e, offset)
		e = binary.LittleEndian.AppendUint32(e, zip64LocatorSig)
		e = binary.LittleEndian.AppendUint32(e, 0) // the ZIP64 end's disk
		e = binary.LittleEndian.AppendUint64(e, end64)
		e = binary.LittleEndian.AppendUint32(e, 1) // disks
		files, size, offset = min(files, uint16Max), min(size, uint32Max), min(offset, uint32Max)
	}
	e = binary.LittleEndian.AppendUint32(e, zipEndSig)
	e = binary.LittleEndian.AppendUint16(e, 0) // this disk
	e = binary.LittleEndian.AppendUint16(e, 0) // the directory's disk
	e = binary.LittleEndian.AppendUint16(e, uint16(files))
	e = binary.LittleEndian.AppendUint16(e, uint16(files))
	e = binary.LittleEndian.AppendUint32(e, uint32(size))
	e = binary.LittleEndian.AppendUint32(e, uint32(offset))
	e = binary.LittleEndian.AppendUint16(e, 0) // comment
	z.write(e)
	if z.err == nil {
		z.err = z.out.Flush()
	}
	if z.err == nil {
		z.err = errors.New("zip: archive already closed")
		return nil
	}
	return z.err
}

// abort removes the temporary file of an archive that will not be finished.
func (z *zipWriter) abort() {
	z.removeSpill()
	if z.err == nil {
		z.err = errors.New("zip: archive abandoned")
	}
}

func (z *zipWriter) removeSpill() {
	if z.spill != nil {
		z.spill.Close()
		os.Remove(z.spill.Name())
		z.spill = nil
	}
}
