// mime/multipart, net/textproto headers and quotedprintable against random input: bodies assembled from delimiter
// fragments, line ends, dashes, blanks and header lines, read with NextPart/NextRawPart through
// reads of random sizes; every outcome (bodies, headers, errors) goes into a digest per round.
package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"math/rand"
	"mime/multipart"
	"mime/quotedprintable"
	"sort"
	"strings"
)

type chunky struct {
	r   io.Reader
	rnd *rand.Rand
}

func (c chunky) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1+c.rnd.Intn(len(p))]
	}
	return c.r.Read(p)
}

var pieces = []string{"--b", "--b--", "\r\n", "\n", "\r", "-", " ", "\t", "x", "b", "body text", "=", "=4", "=41", "=\r\n",
	"Content-Disposition: form-data; name=\"f\"\r\n", "Content-Transfer-Encoding: quoted-printable\r\n", "K: v\r\n", ": x\r\n",
	"\r\n--b\r\n", "\r\n--b--\r\n", "\n--b\n", "--b \r\n", "--bb", "\xff"}

func body(rnd *rand.Rand) string {
	var sb strings.Builder
	if rnd.Intn(3) > 0 {
		sb.WriteString("--b\r\n")
	}
	for n := rnd.Intn(25); n > 0; n-- {
		sb.WriteString(pieces[rnd.Intn(len(pieces))])
	}
	return sb.String()
}

func headerString(h map[string][]string) string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprint(keys, len(h))
}

func main() {
	rnd := rand.New(rand.NewSource(7))
	for round := 0; round < 10; round++ {
		h := sha256.New()
		errs := map[string]int{}
		for i := 0; i < 150; i++ {
			in := body(rnd)
			r := multipart.NewReader(chunky{strings.NewReader(in), rnd}, "b")
			raw := rnd.Intn(2) == 0
			for k := 0; k < 8; k++ {
				var p *multipart.Part
				var err error
				if raw {
					p, err = r.NextRawPart()
				} else {
					p, err = r.NextPart()
				}
				if err != nil {
					fmt.Fprintf(h, "next %v\n", err)
					errs[strings.SplitN(err.Error(), ":", 3)[0]+":"+fmt.Sprint(len(strings.SplitN(err.Error(), ":", 3)))]++
					break
				}
				buf := make([]byte, 1+rnd.Intn(7))
				var data bytes.Buffer
				for {
					n, err := p.Read(buf)
					data.Write(buf[:n])
					if err != nil {
						fmt.Fprintf(h, "read %v\n", err)
						break
					}
				}
				fmt.Fprintf(h, "part %s %q %q %q\n", headerString(p.Header), p.FormName(), p.FileName(), data.Bytes())
			}
			qp, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(in)))
			fmt.Fprintf(h, "qp %q %v\n", qp, err)
			var enc bytes.Buffer
			w := quotedprintable.NewWriter(&enc)
			w.Binary = i%2 == 0
			w.Write([]byte(in))
			w.Close()
			h.Write(enc.Bytes())
		}
		keys := make([]string, 0, len(errs))
		for k := range errs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("round %d: %x", round, h.Sum(nil)[:8])
		for _, k := range keys {
			fmt.Printf(" %s=%d", k, errs[k])
		}
		fmt.Println()
	}
}
