// Timers and sleeping, on the goroutine scheduler's timers (a sleeping goroutine uses no thread).
package time

// Sleep parks the goroutine for d or longer.
func Sleep(d Duration)

// Timer fires once: it sends the time on C, or runs its function when made by AfterFunc.
type Timer struct {
	C <-chan Time
	r any // the runtime timer
}

// NewTimer makes a Timer that sends on C once d has passed.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startTimer(int64(d), 0, c, nil, Now)}
}

// Stop prevents the Timer from firing; it reports whether the call stopped the timer.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset re-arms the timer for d from now, and says whether it was still pending.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, int64(d), 0)
}

// After gives a channel that receives the time once d has passed.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc runs f in a goroutine of its own once d has passed; Stop cancels it.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startTimer(int64(d), 0, nil, f, Now)}
}

// Ticker sends the time on C every period (dropping ticks a slow receiver misses).
type Ticker struct {
	C <-chan Time
	r any
}

// NewTicker returns a new Ticker; it panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: startTimer(int64(d), int64(d), c, nil, Now)}
}

// Stop turns off a ticker.
func (t *Ticker) Stop() {
	stopTimer(t.r)
}

// Reset stops the ticker and restarts it with period d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, int64(d), int64(d))
}

// Tick is NewTicker's channel alone (the Ticker can never be stopped); nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

func startTimer(d, period int64, c chan Time, f func(), now func() Time) any
func stopTimer(r any) bool
func resetTimer(r any, d, period int64) bool
