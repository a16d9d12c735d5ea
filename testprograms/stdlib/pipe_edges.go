// io.Pipe: a Write is handed to Reads piece by piece and returns once all is read; an empty
// Write waits for a Read; closing either end, with or without an error, and what each end
// reports afterwards; the first close error sticks.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	r, w := io.Pipe()
	done := make(chan string)
	go func() {
		n, err := w.Write([]byte("hello, pipe"))
		done <- fmt.Sprint("write ", n, err)
	}()
	buf := make([]byte, 4)
	for i := 0; i < 3; i++ {
		n, err := r.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
	}
	fmt.Println(<-done)

	go func() {
		n, err := w.Write(nil)
		done <- fmt.Sprint("empty write ", n, err)
	}()
	n, err := r.Read(buf)
	fmt.Println("read after empty write", n, err)
	fmt.Println(<-done)

	go func() {
		n, err := w.Write([]byte("abcdef"))
		done <- fmt.Sprint("write cut short ", n, err)
	}()
	n, err = r.Read(buf[:2])
	fmt.Println("read", n, err)
	fmt.Println(r.CloseWithError(errors.New("reader gone")), r.CloseWithError(errors.New("second")))
	fmt.Println(<-done)
	n, err = w.Write([]byte("x"))
	fmt.Println("write after reader closed", n, err)
	n, err = r.Read(buf)
	fmt.Println("read after own close", n, err)
	fmt.Println(w.Close())
	n, err = r.Read(buf)
	fmt.Println("read after both closed", n, err)

	r, w = io.Pipe()
	go func() {
		w.Write([]byte("last"))
		w.CloseWithError(errors.New("writer failed"))
	}()
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	n, err = w.Write([]byte("y"))
	fmt.Println(n, err)

	r, w = io.Pipe()
	w.Close()
	n, err = r.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = w.Write([]byte("z"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	r.Close()
	n, err = r.Read(buf)
	fmt.Println(n, err)

	r, w = io.Pipe()
	r.Close()
	n, err = w.Write([]byte("z"))
	fmt.Println(n, err)
	w.CloseWithError(errors.New("late"))
	n, err = r.Read(buf)
	fmt.Println(n, err)

	r, w = io.Pipe()
	r.CloseWithError(nil)
	n, err = w.Write(nil)
	fmt.Println(n, err)

	// Two writers take turns: each Write is read whole before the next starts.
	r, w = io.Pipe()
	for _, s := range []string{"aaaaaa", "bbbbbb"} {
		s := s
		go func() {
			w.Write([]byte(s))
			done <- "ok"
		}()
	}
	got := ""
	for len(got) < 12 {
		n, _ := r.Read(buf[:4])
		got += string(buf[:n])
	}
	<-done
	<-done
	fmt.Println(got == "aaaaaabbbbbb" || got == "bbbbbbaaaaaa", len(got))
}
