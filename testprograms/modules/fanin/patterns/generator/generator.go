// Package generator produces streams of work items on channels.
package generator

// Job is one unit of work.
type Job struct {
	ID    int
	Input string
}

// Jobs sends n jobs with the given inputs (cycled) and closes the channel.
func Jobs(n int, inputs ...string) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- Job{ID: i + 1, Input: inputs[i%len(inputs)]}
		}
	}()
	return out
}
