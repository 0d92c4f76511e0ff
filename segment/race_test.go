package segment

import (
	"fmt"
	"slices"
	"sync"
	"testing"
)

// TestConcurrentAddWords cuts from many goroutines while another goroutine
// adds words, both to the default Segmenter and to one made by New. Run it
// with -race.
func TestConcurrentAddWords(t *testing.T) {
	texts := sampleTexts(t)
	var list []string
	for _, s := range texts {
		list = append(list, s)
	}
	slices.Sort(list)
	s := New()
	defer std.ov.Store(nil)

	stop := make(chan struct{})
	var writers sync.WaitGroup
	writers.Add(1)
	go func() {
		defer writers.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			w := Word{Text: fmt.Sprintf("项目%d", i%50), Freq: i % 3 * 100}
			AddWords(w, Word{Text: "园区", Freq: -1 + i%2*2})
			s.AddWords(w, Word{Text: "招商", Freq: i % 2})
		}
	}()

	var readers sync.WaitGroup
	for g := range 8 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for i := range 30 {
				text := list[(g+i)%len(list)]
				check(t, text, Cut(text))
				check(t, text, s.Cut(text))
			}
		}()
	}
	readers.Wait()
	close(stop)
	writers.Wait()
}

// TestConcurrentLoad loads the dictionary from many goroutines at once.
func TestConcurrentLoad(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Load()
			check(t, "工作制度", Cut("工作制度"))
		}()
	}
	wg.Wait()
}
