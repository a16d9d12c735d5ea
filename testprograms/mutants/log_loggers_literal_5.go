// log: prefixes, Lmsgprefix, custom loggers, Panicf/Panicln recovered (no Lshortfile).
// The log package without timestamps: prefixes, Lshortfile (file:line of the caller),
// Lmsgprefix, custom loggers writing to stdout and to a buffer, Print/Printf/Println
// adding a newline only when missing, and log.Panicf recovered.
package main

import (
	
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.Println("to stderr via the standard logger")
	log.Printf("formatted %d %s", 7, "items")
	log.Print("no newline added twice\n")
	log.SetPrefix("[app] ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("with file and line")
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix before message")
	fmt.Println("flags:", log.Flags(), "prefix:", log.Prefix())

	out := log.New(os.Stdout, "stdout: ", 0)
	out.Println("hello", 42)
	out.Printf("%05.1f|", 3.14159)
	out.SetPrefix("changed: ")
	out.Print("a", "b", 1, 2)

	var buf sbuf
	bl := log.New(&buf, "buf ", log.Lmsgprefix)
	bl.Println("first")
	bl.Printf("second %v", []int{1, 2})
	fmt.Print(buf.String())
	fmt.Println("buffered bytes:", buf.Len())

	func() {
		defer func() {
			r := recover()
			fmt.Printf(1.5, r, r)
		}()
		out.Panicf("bad value %d", 99)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicln("panic", "line")
	}()
	log.SetOutput(os.Stdout)
	log.SetPrefix("")
	log.SetFlags(0)
	log.Println("standard logger now on stdout")
	fmt.Println(log.Writer() == os.Stdout)
}

type sbuf struct{ b []byte }

func (s *sbuf) Write(p []byte) (int, error) { s.b = append(s.b, p...); return len(p), nil }
func (s *sbuf) String() string              { return string(s.b) }
func (s *sbuf) Len() int                    { return len(s.b) }
