package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/decode"
)

// This file reads documents within the size limit: regular files, streams
// that may never end, and gzip-compressed input, whose decompressed size is
// what counts.

// readFile reads a document file up to limit bytes, decompressing it when
// gz is set. A regular file over the limit fails before it is read; one
// under it is read into a buffer of its size. Only regular files are read:
// a named pipe, socket or device could block forever or never end.
func readFile(path string, gz bool, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, reason(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, reason(err)
	}
	if err := regular(st); err != nil {
		return nil, err
	}
	if gz {
		return gunzip(f, limit)
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", extract.ErrTooLarge, st.Size(), limit)
	}
	return readLimited(f, limit, st.Size())
}

// regular returns an error naming the kind of a file that is not a regular
// file.
func regular(st fs.FileInfo) error {
	m := st.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("is a directory")
	}
	return fmt.Errorf("not a regular file (%s)", fileKind(m))
}

// fileKind names the kind of a file that is not a regular file.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	case m&fs.ModeSymlink != 0:
		return "symbolic link"
	case m&fs.ModeIrregular != 0:
		return "irregular file"
	}
	return "special file"
}

// gzipReader opens a gzip stream (one or more members).
func gzipReader(r io.Reader) (io.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return zr, nil
}

// gunzip reads a gzip stream and returns its decompressed bytes, failing
// once they pass limit: a decompression bomb is an error, not an
// out-of-memory.
func gunzip(r io.Reader, limit int64) ([]byte, error) {
	zr, err := gzipReader(r)
	if err != nil {
		return nil, err
	}
	b, err := readLimited(zr, limit, 0)
	switch {
	case errors.Is(err, extract.ErrTooLarge):
		return nil, fmt.Errorf("%w: decompressed size over %d bytes", extract.ErrTooLarge, limit)
	case err != nil && !errors.Is(err, decode.ErrBinary):
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return b, err
}

// chunk is the size of the first read of a stream of unknown size, which
// is checked for binary data before more is read.
const chunk = 64 << 10

// readLimited reads r to the end, failing past limit bytes; size is what r
// is expected to hold, to allocate once (0 when not known, -1 when not
// known and the stream may be binary: compressed or chunked). A stream of
// unknown size whose first 64 KB hold a NUL byte fails there, as the
// decoder would fail on it, so that an endless binary stream (/dev/zero) is
// not read to the limit; memory grows with what was read, never to the
// limit up front.
func readLimited(r io.Reader, limit, size int64) ([]byte, error) {
	buf := make([]byte, 0, min(size, limit)+1)
	checked := size != 0
	if size <= 0 {
		buf = make([]byte, 0, min(chunk, limit+1))
	}
	for {
		if len(buf) == cap(buf) {
			buf = grow(buf, limit+1)
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, fmt.Errorf("%w: more than %d bytes", extract.ErrTooLarge, limit)
		}
		if !checked && (len(buf) >= chunk || err != nil) {
			checked = true
			if i := bytes.IndexByte(buf[:min(len(buf), chunk)], 0); i >= 0 && !utf16BOM(buf) {
				return nil, &decode.Error{Err: decode.ErrBinary, Offset: i, Reason: "NUL byte"}
			}
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, reason(err)
		}
	}
}

// grow doubles the capacity of buf, up to max.
func grow(buf []byte, max int64) []byte {
	n := min(int64(2*cap(buf)), max)
	nb := make([]byte, len(buf), n)
	copy(nb, buf)
	return nb
}

// utf16BOM reports whether b starts with a UTF-16 byte order mark: UTF-16
// text has NUL bytes in every ASCII character.
func utf16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
}

// reason strips the path from file errors, since the caller prints it.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// gzipped reports whether a file name ends in .gz, and returns the name
// without it.
func gzipped(name string) (string, bool) {
	if len(name) > 3 && strings.EqualFold(name[len(name)-3:], ".gz") {
		return name[:len(name)-3], true
	}
	return name, false
}
