package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

type xorBlock struct{ k byte }

func (x xorBlock) BlockSize() int { return 16 }
func (x xorBlock) Encrypt(dst, src []byte) {
	for i := 0; i < 16; i++ {
		dst[i] = src[i] ^ x.k ^ byte(i)
	}
}
func (x xorBlock) Decrypt(dst, src []byte) { x.Encrypt(dst, src) }

func main() {
	for _, n := range []int{5, 16, 24, 32, 33} {
		_, err := aes.NewCipher(make([]byte, n))
		fmt.Println(n, err)
	}
	key, _ := hex.DecodeString("000102030405060708090a0b0c0d0e0f")
	b, _ := aes.NewCipher(key)
	pt, _ := hex.DecodeString("00112233445566778899aabbccddeeff")
	ct := make([]byte, 16)
	b.Encrypt(ct, pt)
	fmt.Println(hex.EncodeToString(ct), b.BlockSize())
	back := make([]byte, 16)
	b.Decrypt(back, ct)
	fmt.Println(hex.EncodeToString(back))
	try("short", func() { b.Encrypt(ct, pt[:3]) })
	try("shortdst", func() { b.Encrypt(ct[:3], pt) })

	iv := []byte("0123456789abcdef")
	msg := []byte("sixteen byte msgand another one.")
	out := make([]byte, len(msg))
	cipher.NewCBCEncrypter(b, iv).CryptBlocks(out, msg)
	fmt.Println("cbc", hex.EncodeToString(out))
	dec := make([]byte, len(out))
	cipher.NewCBCDecrypter(b, iv).CryptBlocks(dec, out)
	fmt.Println(string(dec))
	inplace := append([]byte(nil), out...)
	cipher.NewCBCDecrypter(b, iv).CryptBlocks(inplace, inplace)
	fmt.Println(string(inplace))
	try("cbc partial", func() { cipher.NewCBCEncrypter(b, iv).CryptBlocks(out, msg[:5]) })
	try("cbc iv", func() { cipher.NewCBCEncrypter(b, iv[:4]) })
	try("cbc dec iv", func() { cipher.NewCBCDecrypter(b, iv[:4]) })
	try("cbc small dst", func() { cipher.NewCBCEncrypter(b, iv).CryptBlocks(out[:16], msg) })

	text := []byte(strings.Repeat("stream ciphers take any length. ", 3))
	for _, mk := range []struct {
		name string
		enc  func() cipher.Stream
		dec  func() cipher.Stream
	}{
		{"ctr", func() cipher.Stream { return cipher.NewCTR(b, iv) }, func() cipher.Stream { return cipher.NewCTR(b, iv) }},
		{"ofb", func() cipher.Stream { return cipher.NewOFB(b, iv) }, func() cipher.Stream { return cipher.NewOFB(b, iv) }},
		{"cfb", func() cipher.Stream { return cipher.NewCFBEncrypter(b, iv) }, func() cipher.Stream { return cipher.NewCFBDecrypter(b, iv) }},
	} {
		s := mk.enc()
		c := make([]byte, len(text))
		for i, step := 0, 1; i < len(text); i, step = i+step, step+3 {
			end := i + step
			if end > len(text) {
				end = len(text)
			}
			s.XORKeyStream(c[i:end], text[i:end])
		}
		p := make([]byte, len(c))
		mk.dec().XORKeyStream(p, c)
		fmt.Println(mk.name, hex.EncodeToString(c[:40]), bytes.Equal(p, text))
		try(mk.name+" small", func() { mk.enc().XORKeyStream(c[:2], text) })
	}
	try("ctr iv", func() { cipher.NewCTR(b, iv[:3]) })
	try("ofb iv", func() { cipher.NewOFB(b, iv[:3]) })
	try("cfb iv", func() { cipher.NewCFBEncrypter(b, iv[:3]) })
	allOnes := bytes.Repeat([]byte{0xff}, 16)
	s := cipher.NewCTR(b, allOnes)
	wrap := make([]byte, 48)
	s.XORKeyStream(wrap, make([]byte, 48))
	fmt.Println("ctr wrap", hex.EncodeToString(wrap))

	var buf bytes.Buffer
	w := cipher.StreamWriter{S: cipher.NewCTR(b, iv), W: &buf}
	io.WriteString(w, "through a StreamWriter")
	fmt.Println(w.Close(), hex.EncodeToString(buf.Bytes()))
	r := cipher.StreamReader{S: cipher.NewCTR(b, iv), R: &buf}
	plain, _ := io.ReadAll(r)
	fmt.Println(string(plain))

	gcm, err := cipher.NewGCM(b)
	fmt.Println(err, gcm.NonceSize(), gcm.Overhead())
	nonce := []byte("unique nonce")
	sealed := gcm.Seal([]byte("prefix:"), nonce, []byte("attack at dawn"), []byte("header"))
	fmt.Println(hex.EncodeToString(sealed))
	opened, err := gcm.Open(nil, nonce, sealed[7:], []byte("header"))
	fmt.Printf("%q %v\n", opened, err)
	_, err = gcm.Open(nil, nonce, sealed[7:], []byte("Header"))
	fmt.Println(err)
	_, err = gcm.Open(nil, nonce, sealed[7:10], nil)
	fmt.Println(err)
	empty := gcm.Seal(nil, nonce, nil, nil)
	fmt.Println(hex.EncodeToString(empty))
	try("gcm nonce", func() { gcm.Seal(nil, nonce[:5], nil, nil) })
	try("gcm open nonce", func() { gcm.Open(nil, nonce[:5], sealed, nil) })
	g13, _ := cipher.NewGCMWithNonceSize(b, 13)
	fmt.Println(hex.EncodeToString(g13.Seal(nil, []byte("thirteen byte"), []byte("x"), nil)))
	g8, _ := cipher.NewGCMWithNonceSize(b, 8)
	s8 := g8.Seal(nil, []byte("8 bytes!"), bytes.Repeat([]byte("abc"), 30), []byte("aad"))
	fmt.Println(hex.EncodeToString(s8))
	o8, err := g8.Open(nil, []byte("8 bytes!"), s8, []byte("aad"))
	fmt.Println(len(o8), err)
	gt, _ := cipher.NewGCMWithTagSize(b, 12)
	fmt.Println(hex.EncodeToString(gt.Seal(nil, nonce, []byte("short tag"), nil)), gt.Overhead())
	for _, ts := range []int{11, 17} {
		_, err := cipher.NewGCMWithTagSize(b, ts)
		fmt.Println(ts, err)
	}
	_, err = cipher.NewGCMWithNonceSize(b, 0)
	fmt.Println(err)
	xg, err := cipher.NewGCM(xorBlock{7})
	fmt.Println(err, hex.EncodeToString(xg.Seal(nil, nonce, []byte("custom block"), nil)))
	try("xor gcm nonce", func() { xg.Seal(nil, nonce[:2], nil, nil) })
	type small struct{ xorBlock }
	_, err = cipher.NewGCM(eight{})
	fmt.Println(err)

	fmt.Println(subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")), subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")), subtle.ConstantTimeCompare([]byte("a"), []byte("ab")))
	fmt.Println(subtle.ConstantTimeByteEq(3, 3), subtle.ConstantTimeByteEq(3, 4), subtle.ConstantTimeEq(-5, -5), subtle.ConstantTimeEq(1<<30, 0))
	fmt.Println(subtle.ConstantTimeSelect(1, 10, 20), subtle.ConstantTimeSelect(0, 10, 20), subtle.ConstantTimeLessOrEq(3, 4), subtle.ConstantTimeLessOrEq(4, 3), subtle.ConstantTimeLessOrEq(7, 7))
	x := []byte("xxxx")
	subtle.ConstantTimeCopy(0, x, []byte("yyyy"))
	fmt.Println(string(x))
	subtle.ConstantTimeCopy(1, x, []byte("yyyy"))
	fmt.Println(string(x))
	try("copy", func() { subtle.ConstantTimeCopy(1, x, []byte("y")) })
}

type eight struct{}

func (eight) BlockSize() int          { return 8 }
func (eight) Encrypt(dst, src []byte) {}
func (eight) Decrypt(dst, src []byte) {}
