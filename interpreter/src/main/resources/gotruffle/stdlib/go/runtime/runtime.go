// Package runtime: the run-time error types the interpreter raises, and scheduler introspection.
package runtime

// Error identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

// The run-time errors the interpreter raises, with Go's types (%T, %#v and assertions on a
// recovered value see what Go's would): errorString ("runtime error: " + text), plainError
// (text as is), boundsError (Go's fields; its text is built from them) and *TypeAssertionError.
type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

// boundsError describes a failed index or slice check: x is the index or bound, y the
// length, capacity or other bound it broke, and code tells which check it was.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   boundsErrorCode
}

type boundsErrorCode uint8

// What each code reports (%x is x, %y is y), and instead when x is negative.
var boundsErrorFmts = [...]string{
	"index out of range [%x] with length %y",
	"slice bounds out of range [:%x] with length %y",
	"slice bounds out of range [:%x] with capacity %y",
	"slice bounds out of range [%x:%y]",
	"slice bounds out of range [::%x] with length %y",
	"slice bounds out of range [::%x] with capacity %y",
	"slice bounds out of range [:%x:%y]",
	"slice bounds out of range [%x:%y:]",
	"cannot convert slice with length %y to pointer to array with length %x",
}

var boundsNegErrorFmts = [...]string{
	"index out of range [%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [%x:]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [:%x:]",
	"slice bounds out of range [%x::]",
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	f := boundsErrorFmts[e.code]
	if e.signed && e.x < 0 {
		f = boundsNegErrorFmts[e.code]
	}
	b := []byte("runtime error: ")
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b = append(b, f[i])
			continue
		}
		i++
		if f[i] == 'x' {
			b = appendInt(b, e.x, e.signed)
		} else {
			b = appendInt(b, int64(e.y), true)
		}
	}
	return string(b)
}

func appendInt(b []byte, v int64, signed bool) []byte {
	u := uint64(v)
	if signed && v < 0 {
		b = append(b, '-')
		u = uint64(-v)
	}
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}

// A TypeAssertionError explains a failed type assertion (Go's fields are type descriptors,
// which have no equivalent here: the message is kept instead).
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}
func (e *TypeAssertionError) Error() string { return e.msg }

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func Version() string { return "go1.19.8" }

// GOROOT is $GOROOT when set, else the root of the Go 1.19 tree GoTruffle follows.
func GOROOT() string

func NumCPU() int
func GOMAXPROCS(n int) int
func NumGoroutine() int
func Gosched()
func Goexit()

// LockOSThread pins this goroutine to the thread (M) running it: until it has called
// UnlockOSThread as often, it runs nowhere else and that thread runs nothing else.
func LockOSThread()
func UnlockOSThread()

// GC runs a garbage collection (System.gc), then starts the finalizers of objects it found
// unreachable, each in a new goroutine.
func GC()

// SetFinalizer sets (or with nil clears) the function run in a new goroutine after obj becomes
// unreachable and a collection noticed it. Only for pointers to structs does it ever run
// (Go does not guarantee that finalizers run).
func SetFinalizer(obj any, finalizer any)

// KeepAlive keeps x reachable until this call.
func KeepAlive(x any)

// Breakpoint traps like Go's: the program dies of SIGTRAP (exit status 2).
func Breakpoint()

// MemProfileRate is Go's memory profiling rate (one sample per this many bytes allocated). Go's
// linker makes it 0 in a program that cannot reach runtime.MemProfile, as none can here (GoTruffle
// keeps no memory profile); programs may set it, to no effect.
var MemProfileRate int = 0

// MemStats: Go's memory statistics. GoTruffle fills them from the JVM's memory beans:
// HeapAlloc/Alloc = heap used, HeapSys = heap committed, Sys = heap + non-heap committed,
// TotalAlloc = bytes allocated by all threads, NumGC/PauseTotalNs = all collectors' counts and
// times, Mallocs/HeapObjects estimated at 32 bytes per object, Frees = Mallocs - HeapObjects.
// The other fields stay zero.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func readMemStats() (used, total, sys, heapSys, numGC, pauseNs, heapMax uint64)

// ReadMemStats fills m with the JVM's current memory statistics (see MemStats).
func ReadMemStats(m *MemStats) {
	used, total, sys, heapSys, numGC, pauseNs, heapMax := readMemStats()
	m.Alloc = used
	m.HeapAlloc = used
	m.TotalAlloc = total
	m.Sys = sys
	m.HeapSys = heapSys
	m.HeapInuse = used
	if heapSys > used {
		m.HeapIdle = heapSys - used
	}
	m.HeapObjects = used / 32
	m.Mallocs = total / 32
	if m.Mallocs < m.HeapObjects {
		m.Mallocs = m.HeapObjects
	}
	m.Frees = m.Mallocs - m.HeapObjects
	m.NumGC = uint32(numGC)
	m.PauseTotalNs = pauseNs
	m.NextGC = heapMax
	m.EnableGC = true
}

// Caller reports the function, file and line of the calling goroutine's stack frame skip
// levels up (0 = the caller of Caller).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills pc with the program counters of the calling goroutine's frames (0 = Callers).
func Callers(skip int, pc []uintptr) int

// Stack formats the calling goroutine's traceback (and all others' with all) into buf.
func Stack(buf []byte, all bool) int

func validPC(pc uintptr) bool
func funcName(pc uintptr) string
func funcEntry(pc uintptr) uintptr
func pcFileLine(pc uintptr) (string, int)

// Func is a function of the program, as found by FuncForPC.
type Func struct {
	pc uintptr
}

// FuncForPC returns the function containing pc, or nil.
func FuncForPC(pc uintptr) *Func {
	if !validPC(pc) {
		return nil
	}
	return &Func{pc: pc}
}

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return funcName(f.pc)
}

func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return funcEntry(f.pc)
}

func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return pcFileLine(pc)
}

// Frame is one stack frame returned by Frames.Next.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames iterates over the frames of a Callers result.
type Frames struct {
	pcs []uintptr
	i   int
}

func CallersFrames(callers []uintptr) *Frames {
	return &Frames{pcs: callers}
}

func (ci *Frames) Next() (frame Frame, more bool) {
	if ci.i >= len(ci.pcs) {
		return Frame{}, false
	}
	pc := ci.pcs[ci.i]
	ci.i++
	// a Callers pc is a return address: the call is at pc-1
	file, line := pcFileLine(pc - 1)
	frame = Frame{PC: pc - 1, Func: FuncForPC(pc - 1), Function: funcName(pc - 1), File: file, Line: line, Entry: funcEntry(pc - 1)}
	return frame, ci.i < len(ci.pcs)
}
