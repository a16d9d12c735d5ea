package main

// An interface's methods need unique, non-blank names; an embedded interface may repeat a method
// only with the same signature.

type Reader interface {
	Read() string
	Close() error
	Read() string
	_()
}

type ReadCloser interface {
	Reader
	Close() error
}

type closer interface {
	close()
}

type badCloser interface {
	close(force bool)
	closer
}

func main() {}
