// Package signal: delivery of incoming signals to channels. A goroutine started by the first
// Notify takes each signal from the runtime (signalRecv) and sends it, without blocking, to
// every channel registered for it.
package signal

import (
	"context"
	"os"
	"sync"
	"syscall"
)

const numSig = 65

type handler struct {
	mask [(numSig + 31) / 32]uint32
}

func (h *handler) want(sig int) bool { return h.mask[sig/32]>>uint(sig&31)&1 != 0 }
func (h *handler) set(sig int)       { h.mask[sig/32] |= 1 << uint(sig&31) }
func (h *handler) clear(sig int)     { h.mask[sig/32] &^= 1 << uint(sig&31) }
func (h *handler) empty() bool {
	for _, w := range h.mask {
		if w != 0 {
			return false
		}
	}
	return true
}

var (
	mu       sync.Mutex
	handlers = map[chan<- os.Signal]*handler{}
	refs     [numSig]int64
	watching sync.Once
)

// signum is the number of a syscall.Signal, or -1.
func signum(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok && s >= 0 && int(s) < numSig {
		return int(s)
	}
	return -1
}

// Notify relays the given signals (all signals if none) to c; sends do not block, so c
// should be buffered.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	watching.Do(func() { go loop() })
	mu.Lock()
	defer mu.Unlock()
	h := handlers[c]
	if h == nil {
		h = new(handler)
		handlers[c] = h
	}
	add := func(n int) {
		if n < 0 || h.want(n) {
			return
		}
		h.set(n)
		if refs[n] == 0 {
			enableSignal(n)
		}
		refs[n]++
	}
	if len(sig) == 0 {
		for n := 0; n < numSig; n++ {
			add(n)
		}
	} else {
		for _, s := range sig {
			add(signum(s))
		}
	}
}

// Stop ends all relaying to c.
func Stop(c chan<- os.Signal) {
	mu.Lock()
	defer mu.Unlock()
	h := handlers[c]
	if h == nil {
		return
	}
	delete(handlers, c)
	for n := 0; n < numSig; n++ {
		if h.want(n) {
			refs[n]--
			if refs[n] == 0 {
				disableSignal(n)
			}
		}
	}
}

// cancel removes the signals (all if none) from every channel and applies action to each.
func cancel(sigs []os.Signal, action func(int)) {
	mu.Lock()
	defer mu.Unlock()
	remove := func(n int) {
		if n < 0 {
			return
		}
		for c, h := range handlers {
			if h.want(n) {
				refs[n]--
				h.clear(n)
				if h.empty() {
					delete(handlers, c)
				}
			}
		}
		action(n)
	}
	if len(sigs) == 0 {
		for n := 0; n < numSig; n++ {
			remove(n)
		}
	} else {
		for _, s := range sigs {
			remove(signum(s))
		}
	}
}

// Ignore makes the program ignore the signals (all if none).
func Ignore(sig ...os.Signal) { cancel(sig, ignoreSignal) }

// Ignored: sig is being ignored by an earlier Ignore.
func Ignored(sig os.Signal) bool {
	n := signum(sig)
	return n >= 0 && signalIgnored(n)
}

// Reset undoes Notify for the signals (all if none).
func Reset(sig ...os.Signal) { cancel(sig, disableSignal) }

func loop() {
	for {
		n := signalRecv()
		if n < 0 {
			return
		}
		process(syscall.Signal(n))
	}
}

func process(sig os.Signal) {
	n := signum(sig)
	if n < 0 {
		return
	}
	mu.Lock()
	defer mu.Unlock()
	for c, h := range handlers {
		if h.want(n) {
			select {
			case c <- sig:
			default:
			}
		}
	}
}

// NotifyContext returns a copy of parent that is canceled when one of the signals arrives,
// when stop is called, or when parent is canceled.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	c := &signalCtx{Context: ctx, cancel: cancel, signals: signals}
	c.ch = make(chan os.Signal, 1)
	Notify(c.ch, c.signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case <-c.ch:
				c.cancel()
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

type signalCtx struct {
	context.Context
	cancel  context.CancelFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

type stringer interface {
	String() string
}

func (c *signalCtx) String() string {
	name := c.Context.(stringer).String()
	name = name[:len(name)-len(".WithCancel")]
	s := "signal.NotifyContext(" + name
	if len(c.signals) != 0 {
		s += ", ["
		for i, sig := range c.signals {
			if i > 0 {
				s += " "
			}
			s += sig.String()
		}
		s += "]"
	}
	return s + ")"
}

// The runtime side (Go's sigqueue): enable, disable and ignore a signal number; receive the
// next pending one (blocking; -1 once the program ends).
func enableSignal(n int)
func disableSignal(n int)
func ignoreSignal(n int)
func signalIgnored(n int) bool
func signalRecv() int
