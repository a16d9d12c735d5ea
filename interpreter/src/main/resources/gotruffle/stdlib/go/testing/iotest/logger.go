package iotest

import (
	"io"
	"log"
)

type writeLogger struct {
	prefix string
	w      io.Writer
}

// NewWriteLogger logs every Write to w (prefix, the bytes in hex, the error if any) on the standard logger.
func NewWriteLogger(prefix string, w io.Writer) io.Writer { return &writeLogger{prefix, w} }

func (l *writeLogger) Write(p []byte) (int, error) {
	n, err := l.w.Write(p)
	logTransfer(l.prefix, p[:n], err)
	return n, err
}

type readLogger struct {
	prefix string
	r      io.Reader
}

// NewReadLogger logs every Read from r (prefix, the bytes in hex, the error if any) on the standard logger.
func NewReadLogger(prefix string, r io.Reader) io.Reader { return &readLogger{prefix, r} }

func (l *readLogger) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	logTransfer(l.prefix, p[:n], err)
	return n, err
}

func logTransfer(prefix string, data []byte, err error) {
	if err != nil {
		log.Printf("%s %x: %v", prefix, data, err)
	} else {
		log.Printf("%s %x", prefix, data)
	}
}
