// Package runtime: the run-time error types the interpreter raises, and scheduler introspection.
package runtime

// Error identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

// plainError is a run-time error whose message is printed as is (e.g. "runtime error: ..."
// texts carry their own prefix).
type plainError string

func (e plainError) Error() string { return string(e) }
func (e plainError) RuntimeError() {}

// boundsError reports index and slice bounds failures.
type boundsError string

func (e boundsError) Error() string { return string(e) }
func (e boundsError) RuntimeError() {}

// TypeAssertionError reports a failed type assertion.
type TypeAssertionError string

func (e TypeAssertionError) Error() string { return string(e) }
func (e TypeAssertionError) RuntimeError() {}

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func Version() string { return "go1.19.8" }

func NumCPU() int
func GOMAXPROCS(n int) int
func NumGoroutine() int
func Gosched()
func Goexit()
func GC() {}
