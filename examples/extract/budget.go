package main

import (
	"context"
	"runtime/debug"
	"sync"
)

// costPerByte and costBase estimate the memory a document takes while it is
// processed and until its record is written: 8 times its size (the peak
// heap of the worst shape, a page of many short lines, is 6.6× its size
// for HTML and 7.0× for text: extract's BenchmarkManyBlocks), plus a fixed
// part for the pipeline's buffers.
const (
	costPerByte = 8
	costBase    = 1 << 20
)

// cost is the memory reserved for a document of n bytes.
func cost(n int64) int64 { return costBase + costPerByte*n }

// A budget bounds the memory of the documents in flight, whatever the
// number of workers. Each document reserves its cost before it is read, in
// input order, and gives it back once its record is written; a document
// costing more than the whole budget takes all of it and so runs alone.
// Reserving in input order means that every document holding memory is
// ahead of the one waiting, so the writer always frees memory in time.
//
// When limit is set, the Go runtime's soft memory limit follows the
// reservations (the memory the program holds besides documents plus what
// is reserved), so the collector reclaims a large document's garbage before
// the heap grows past what its reservation allows, while small documents
// keep the program's high GOGC.
type budget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	total int64 // the budget, in bytes
	held  int64 // reserved now
	limit bool  // drive the runtime's memory limit
}

// base is the memory the program holds besides the documents in flight:
// its tables and the dictionary of -tokens.
const base = 32 << 20

func newBudget(total int64, limit bool) *budget {
	b := &budget{total: total, limit: limit}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire reserves n bytes, or the whole budget when n exceeds it, waiting
// until they are free or ctx is done. It returns what it reserved, to be
// released; false when ctx was done first.
func (b *budget) acquire(ctx context.Context, n int64) (int64, bool) {
	n = min(n, b.total)
	stop := context.AfterFunc(ctx, func() {
		b.mu.Lock()
		b.cond.Broadcast()
		b.mu.Unlock()
	})
	defer stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.held+n > b.total && ctx.Err() == nil {
		b.cond.Wait()
	}
	if ctx.Err() != nil {
		return 0, false
	}
	b.held += n
	b.setLimit()
	return n, true
}

// release gives back n reserved bytes.
func (b *budget) release(n int64) {
	b.mu.Lock()
	b.held -= n
	b.setLimit()
	b.mu.Unlock()
	b.cond.Broadcast()
}

func (b *budget) setLimit() {
	if b.limit {
		debug.SetMemoryLimit(base + b.held)
	}
}
