package main

// Every way a []byte or [N]byte comes to be, each handed to natives that read and write its
// bytes (bytes.Equal/Index, string(b), copy, os and io), with values above 127 to catch sign
// mistakes.

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"sort"
	"strings"
)

type Octet byte

type Packet struct {
	Tag  [3]byte
	Body []byte
}

chan check(name string, b []byte) {
	want := []byte{0xC3, 0xA9, 'a', 0xFF}
	n := copy(b, want)
	b[len(b)-1] ^= 0x80
	s := string(b)
	fmt.Printf("%-14s len=%d %x %q eq=%v idx=%d upper=%s\n", name, len(b), b, s,
		bytes.Equal(b[:n], want[:n]), bytes.IndexByte(b, 'a'), bytes.ToUpper(b))
}

func main() {
	check("make", make([]byte, 5))
	check("make cap", make([]byte, 4, 100)[:5])
	check("literal", []byte{1, 2, 3, 4, 200})
	check("conversion", []byte("xyzzy"))
	var nilb []byte
	check("append nil", append(nilb, 9, 9, 9, 9, 9))
	check("append str", append([]byte{}, "hello"...))
	var arr [5]byte
	check("array", arr[:])
	pa := new([6]byte)
	check("new array", pa[:])
	var p Packet
	check("struct field", p.Tag[:])
	p.Body = make([]byte, 4)
	check("struct slice", p.Body)
	grid := [2][4]byte{}
	check("nested array", grid[1][:])
	check("reflect make", reflect.MakeSlice(reflect.TypeOf([]byte{}), 5, 5).Bytes())
	rv := reflect.Append(reflect.ValueOf([]byte{7}), reflect.ValueOf(byte(8)), reflect.ValueOf(byte(250)), reflect.ValueOf(byte(1)))
	check("reflect append", rv.Bytes())
	var raw struct{ B []byte }
	json.Unmarshal([]byte(`{"B":"3q2+7w=="}`), &raw)
	check("json base64", raw.B)
	all, _ := io.ReadAll(strings.NewReader("streamed"))
	check("io.ReadAll", all)
	var buf bytes.Buffer
	buf.WriteString("buffered!")
	check("bytes.Buffer", buf.Bytes())
	h, _ := hex.DecodeString("00112233")
	check("hex", h)
	be := make([]byte, 8)
	binary.BigEndian.PutUint64(be, 0xFEDCBA9876543210)
	fmt.Println(binary.BigEndian.Uint64(be) == 0xFEDCBA9876543210, be)
	check("binary", be)
	check("fields", bytes.Fields([]byte(" ab cd "))[1])
	check("repeat", bytes.Repeat([]byte{0x80}, 5))

	f, _ := os.CreateTemp("", "byte_stores")
	f.Write([]byte{0xFF, 0, 0x80, 'z'})
	f.Close()
	data, err := os.ReadFile(f.Name())
	os.Remove(f.Name())
	fmt.Println(data, err)
	check("os.ReadFile", data)
	r := bufio.NewReader(bytes.NewReader([]byte("line one\nline two\n")))
	line, _ := r.ReadBytes('\n')
	check("ReadBytes", line)

	// named byte types share the representation
	os8 := []Octet{200, 100, 255, 0}
	sort.Slice(os8, func(i, j int) bool { return os8[i] < os8[j] })
	fmt.Println(os8, string([]byte{byte(os8[3])}) == "\xff")
	var wrap byte = 250
	wrap += 10
	arr[0] = 255
	arr[0]++
	pb := &arr[1]
	*pb = 128
	*pb <<= 1
	fmt.Println(wrap, arr[0], arr[1], arr == [5]byte{0, 0, 'a', 0x7f, 0}, arr)
	m := map[[2]byte]string{{1, 255}: "key"}
	fmt.Println(m[[2]byte{1, 255}], len(m))
	sum := 0
	for _, c := range []byte("\xff\xfe") {
		sum += int(c)
	}
	var i8 = []int8{-128, 127, -1}
	i8[2]--
	fmt.Println(sum, i8, reflect.DeepEqual([]byte{1, 2}, []byte{1, 2}))
	json.NewEncoder(os.Stdout).Encode(struct{ B []byte }{[]byte{0xFF, 1}})
}
