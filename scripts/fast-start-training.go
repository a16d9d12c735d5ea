// The training run of ./gotruffle's fast start-up (scripts/fast-start.sh): the JVM records
// which classes this loads and how its methods behave, and keeps them in the AOT cache. So it
// touches what typical programs touch: the packages most of them import, maps, slices,
// strings, methods and interfaces, closures, defer/recover, goroutines and channels.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type shape interface {
	area() float64
}

type rect struct{ w, h float64 }
type circle struct{ r float64 }

func (r rect) area() float64    { return r.w * r.h }
func (c *circle) area() float64 { return math.Pi * c.r * c.r }
func (r rect) String() string   { return fmt.Sprintf("rect(%gx%g)", r.w, r.h) }

var errOdd = errors.New("odd")

func check(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if n%3 == 0 {
		panic("three")
	}
	if n%2 == 1 {
		return fmt.Errorf("check %d: %w", n, errOdd)
	}
	return nil
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	counts := map[string]int{}
	for _, w := range words {
		counts[strings.ToUpper(w)]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		sb.WriteString(k + "=" + strconv.Itoa(counts[k]) + " ")
	}
	fmt.Println(sb.String())

	shapes := []shape{rect{2, 3}, &circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.area()
	}
	fmt.Printf("%.2f %v %d %q %x %t\n", total, shapes[0], len(shapes), "s", 255, true)

	for i := 0; i < 4; i++ {
		if err := check(i); errors.Is(err, errOdd) {
			fmt.Println("odd:", err)
		} else if err != nil {
			fmt.Println(err)
		}
	}

	results := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			n := 0
			for i := 0; i < 1000; i++ {
				n += i * g
			}
			mu.Lock()
			sum += n
			mu.Unlock()
			results <- g
		}(g)
	}
	go func() { wg.Wait(); close(results) }()
	got := 0
	for r := range results {
		got += r
	}
	select {
	case <-time.After(time.Millisecond):
	}
	n, err := strconv.Atoi("42")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, sum, got, n, err, math.Sqrt(2))
	w.Flush()
}
