package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/zhnews/zhnews/examples/internal/record"
	"github.com/zhnews/zhnews/extract"
)

// This file enumerates the documents named on the command line, lazily and
// in a fixed order: files; directory trees, walked in lexical order,
// following symbolic links (each directory once, so a link loop ends);
// JSON Lines and WARC files, record by record; and standard input. Only
// regular files are read: a named pipe, socket or device met in a
// directory is skipped with a note, and named on the command line it is
// that input's error.

// A job is one document to process.
type job struct {
	seq     int
	path    string         // as named on the command line; FILE:LINE for a JSON Lines record, FILE@OFFSET for a WARC record
	url     string         // the record's URL (JSON Lines, WARC)
	fetched string         // the WARC record's date
	charset string         // the charset the HTTP header declares (WARC)
	format  extract.Format // the format a record's field forces
	data    []byte         // the document or JSON Lines record, once read
	isRec   bool           // data is a JSON Lines record, decoded by the worker
	gz      bool           // the file is gzip-compressed
	size    int64          // the document's size, or an estimate, for the memory budget
	err     error          // an error met while enumerating or reading it
	held    int64          // memory budget reserved for it
}

// An enumerator walks the inputs and hands each document to emit, which
// returns false when the run is stopping.
type enumerator struct {
	c       *config
	stdin   io.Reader
	emit    func(job) bool
	note    func(string)
	visited map[string]bool // directories walked, by their path with links resolved
	stats   walkStats
	stopped bool
}

// walkStats counts what the walk met, to say what was found when no
// document was.
type walkStats struct {
	skipped map[string]int // files not read, by extension
	special int            // named pipes, sockets, devices in directories
}

// run enumerates every path in order.
func (e *enumerator) run(paths []string) {
	e.visited = map[string]bool{}
	e.stats.skipped = map[string]int{}
	for _, p := range paths {
		if e.stopped {
			return
		}
		e.path(p)
	}
}

func (e *enumerator) send(j job) {
	if !e.stopped && !e.emit(j) {
		e.stopped = true
	}
}

// path enumerates one command-line path.
func (e *enumerator) path(p string) {
	if p == "-" {
		r := bufio.NewReader(e.stdin)
		if magic, _ := r.Peek(2); e.c.mode != modeWARC && bytes.Equal(magic, []byte{0x1f, 0x8b}) {
			zr, err := gzipReader(r) // gzipped standard input, read as its name would be
			if err != nil {
				e.send(job{path: p, err: err})
				return
			}
			e.stream(p, zr, e.c.mode)
			return
		}
		e.stream(p, r, e.c.mode)
		return
	}
	st, err := os.Stat(p) // follows a symbolic link
	if err != nil {
		if lst, lerr := os.Lstat(p); lerr == nil && lst.Mode()&os.ModeSymlink != 0 {
			err = fmt.Errorf("broken symbolic link")
		}
		e.send(job{path: p, err: reason(err)})
		return
	}
	switch {
	case st.IsDir():
		e.walk(p)
	case st.Mode().IsRegular():
		e.file(p, st.Size())
	default:
		e.send(job{path: p, err: regular(st)})
	}
}

// walk enumerates a directory tree in lexical order.
func (e *enumerator) walk(dir string) {
	real, err := filepath.EvalSymlinks(dir)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		e.send(job{path: dir, err: reason(err)})
		return
	}
	if e.visited[real] {
		return // a link back into a directory already walked
	}
	e.visited[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		e.send(job{path: dir, err: reason(err)})
		return
	}
	for _, d := range entries { // sorted by name
		if e.stopped {
			return
		}
		p := filepath.Join(dir, d.Name())
		st, err := os.Stat(p)
		switch {
		case err != nil && d.Type()&os.ModeSymlink != 0:
			if e.wanted(p) {
				e.send(job{path: p, err: fmt.Errorf("broken symbolic link")})
			} else {
				e.skip(p)
			}
		case err != nil:
			e.send(job{path: p, err: reason(err)})
		case st.IsDir():
			e.walk(p)
		case !st.Mode().IsRegular():
			e.stats.special++
			e.note(fmt.Sprintf("%s: skipped: %s (only regular files are read)", p, fileKind(st.Mode())))
		case e.wanted(p):
			e.file(p, st.Size())
		default:
			e.skip(p)
		}
	}
}

// wanted reports whether a file met in a directory is read: its extension,
// after a .gz, is one of -ext.
func (e *enumerator) wanted(p string) bool {
	name, _ := gzipped(p)
	return slices.Contains(e.c.exts, strings.ToLower(filepath.Ext(name)))
}

func (e *enumerator) skip(p string) {
	ext := strings.ToLower(filepath.Ext(p))
	if ext == "" {
		ext = "(none)"
	}
	e.stats.skipped[ext]++
}

// file enumerates a regular file: a document, or the records of a JSON
// Lines or WARC file.
func (e *enumerator) file(p string, size int64) {
	name, gz := gzipped(p)
	m := e.c.mode
	if strings.EqualFold(filepath.Ext(name), ".warc") {
		m = modeWARC
	}
	if m == modeDocuments {
		if gz {
			size = gzipSize(p, size, e.c.opts.MaxBytes)
		}
		e.send(job{path: p, gz: gz, size: size})
		return
	}
	f, err := os.Open(p)
	if err != nil {
		e.send(job{path: p, err: reason(err)})
		return
	}
	defer f.Close()
	var r io.Reader = f
	if gz && m != modeWARC { // WARC files are compressed record by record, read as such
		zr, err := gzipReader(f)
		if err != nil {
			e.send(job{path: p, err: err})
			return
		}
		r = zr
	}
	e.stream(p, r, m)
}

// stream enumerates a stream (standard input, or an opened file) read as
// the mode says.
func (e *enumerator) stream(p string, r io.Reader, m mode) {
	switch m {
	case modeJSONL:
		e.jsonLines(p, r)
	case modeWARC:
		e.warc(p, r)
	default:
		data, err := readLimited(r, e.c.opts.MaxBytes, 0)
		e.send(job{path: p, data: data, size: int64(len(data)), err: err})
	}
}

// jsonLines enumerates the JSON Lines records of r, one job per line. A
// line over the size limit is skipped with an error, without being held in
// memory.
func (e *enumerator) jsonLines(p string, r io.Reader) {
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; !e.stopped; n++ {
		line, tooLong, err := record.ReadLine(br, e.c.opts.MaxBytes)
		if len(line) == 0 && !tooLong && err != nil {
			if err != io.EOF {
				e.send(job{path: fmt.Sprintf("%s:%d", p, n), err: reason(err)})
			}
			return
		}
		j := job{path: fmt.Sprintf("%s:%d", p, n), data: line, isRec: true, size: int64(len(line))}
		switch {
		case tooLong:
			j = job{path: j.path, err: fmt.Errorf("%w: record over %d bytes", extract.ErrTooLarge, e.c.opts.MaxBytes)}
		case len(bytes.TrimSpace(line)) == 0:
			continue
		}
		e.send(j)
		if err != nil {
			if err != io.EOF {
				e.send(job{path: fmt.Sprintf("%s:%d", p, n+1), err: reason(err)})
			}
			return
		}
	}
}

// gzipSize estimates the decompressed size of a gzip file from its trailer
// (the size of its last member modulo 4 GiB), for the memory budget: at
// least the compressed size, at most the limit.
func gzipSize(p string, size, limit int64) int64 {
	f, err := os.Open(p)
	if err != nil || size < 18 {
		return min(size, limit)
	}
	defer f.Close()
	var t [4]byte
	if _, err := f.ReadAt(t[:], size-4); err != nil {
		return min(size, limit)
	}
	return min(max(int64(binary.LittleEndian.Uint32(t[:])), size), limit)
}

// skippedSummary says which files a walk did not read, by extension, most
// frequent first: "3 .gz, 1 .pdf".
func (s walkStats) skippedSummary() string {
	type kv struct {
		ext string
		n   int
	}
	var all []kv
	for k, v := range s.skipped {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].ext < all[j].ext
	})
	var parts []string
	for _, x := range all {
		parts = append(parts, fmt.Sprintf("%d %s", x.n, x.ext))
	}
	if s.special > 0 {
		parts = append(parts, fmt.Sprintf("%d special files", s.special))
	}
	return strings.Join(parts, ", ")
}
