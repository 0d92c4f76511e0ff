package main

import (
	"io"
	"os"
)

// An output writes whole records to the program's standard output. Records
// are gathered and written together, 64 KB at a time. A write that fails
// (disk full, a closed pipe, an I/O error) is final: the run stops. When the
// output is a regular file it is then cut back to the end of the last whole
// record, so that no half record is left at its end.
type output struct {
	w       io.Writer
	file    *os.File // w when it is a regular file, else nil
	buf     []byte
	ends    []int // where each record in buf ends
	err     error
	written int // records written whole
}

// flushAt is the size at which gathered records are written.
const flushAt = 64 << 10

func newOutput(w io.Writer) *output {
	o := &output{w: w, buf: make([]byte, 0, flushAt)}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			o.file = f
		}
	}
	return o
}

// record adds one whole record; it returns the error of a failed write,
// then and on every later call.
func (o *output) record(b []byte) error {
	if o.err != nil || len(b) == 0 {
		return o.err
	}
	o.buf = append(o.buf, b...)
	o.ends = append(o.ends, len(o.buf))
	if len(o.buf) >= flushAt {
		return o.flush()
	}
	return nil
}

// flush writes the gathered records.
func (o *output) flush() error {
	if o.err != nil || len(o.buf) == 0 {
		return o.err
	}
	n, err := o.w.Write(o.buf)
	if err == nil && n < len(o.buf) {
		err = io.ErrShortWrite
	}
	if err != nil {
		o.err = err
		o.cutBack(n)
		return err
	}
	o.written += len(o.ends)
	o.buf, o.ends = o.buf[:0], o.ends[:0]
	return nil
}

// cutBack truncates a regular output file after a write that wrote only n
// bytes, to the end of the last record written whole. The file's offset
// after the write is where the write began plus n, whether or not the file
// was opened for appending.
func (o *output) cutBack(n int) {
	if n <= 0 {
		return
	}
	whole := 0
	for _, e := range o.ends {
		if e > n {
			break
		}
		whole = e
		o.written++
	}
	if whole == n {
		return
	}
	if o.file == nil {
		return // a pipe or device: what was written cannot be taken back
	}
	pos, err := o.file.Seek(0, io.SeekCurrent)
	if err != nil {
		return
	}
	at := pos - int64(n) + int64(whole)
	if o.file.Truncate(at) == nil {
		o.file.Seek(at, io.SeekStart)
	}
}
