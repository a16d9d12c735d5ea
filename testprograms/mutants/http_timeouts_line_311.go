// HTTP timeouts and cancellation: Client.Timeout ("Client.Timeout exceeded while awaiting
// headers", net.Error.Timeout), a handler whose request context is canceled when the client
// gives up, NewRequestWithContext with a canceled context, Server.Shutdown waiting for an
// in-flight request, and ListenAndServe's ErrServerClosed.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

func main() {
	canceled := make(chan string, 1)
	slowArrived := make(chan struct{}, 1)
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		slowArrived <- struct{}{}
		select {
		case <-r.Context().Done():
			canceled <- "handler saw: " + r.Context().Err().Error()
		case <-time.After(10 * time.Second):
			canceled <- "handler was not canceled"
		}
	})
	arrived := make(chan struct{})
	mux.HandleFunc("/wait", func(w http.ResponseWriter, r *http.Request) {
		close(arrived)
		<-release
		io.WriteString(w, "finished after release")
	})
	mux.HandleFunc("/fast", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "fast")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	srv := &http.Server{Handler: mux}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	base := "http://" + ln.Addr().String()
	mask := func(err error) string { return strings.ReplaceAll(err.Error(), base, "BASE") }

	// A first request, so that the server answers the timed ones promptly.
	if resp, err := http.Get(base + "/fast"); err == nil {
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}

	// 1. Client.Timeout: the handler is slower than the client allows.
	client := &http.Client{Timeout: time.Second}
	start := time.Now()
	_, err = client.Get(base + "/slow")
	fmt.Println("1.", mask(err))
	var ne net.Error
	fmt.Println("   timeout:", errors.As(err, &ne) && ne.Timeout(), "waited enough:", time.Since(start) >= time.Second)
	fmt.Println("  ", <-canceled)
	<-slowArrived

	// 2. A request context canceled by the caller.
	go func() {
		<-slowArrived // canceled while the handler waits
		cancel()
	}()
	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/slow", nil)
	_, err = http.DefaultClient.Do(req)
	fmt.Println("2.", mask(err), errors.Is(err, context.Canceled))
	fmt.Println("  ", <-canceled)

	// 3. A context that is already done never reaches the server.
	ctx2, cancel2 := context.WithTimeout(context.Background(), -time.Second)
	defer cancel2()
	req, _ = http.NewRequestWithContext(ctx2, "GET", base+"/fast", nil)
	_, err = http.DefaultClient.Do(req)
	fmt.Println("3.", mask(err), errors.Is(err, context.DeadlineExceeded))

	// 4. Shutdown waits for the in-flight request, then Serve returns ErrServerClosed.
	got := make(chan string)
	go func() {
		resp, err := http.Get(base + "/wait")
		if err != nil {
			got <- "error: " + mask(err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- resp.Status + " " + string(b)
	}()
	<-arrived
	shut := make(chan error)
	go func() { shut <- srv.Shutdown(context.Background()) }()
	time.Sleep(50 * time.Millisecond)
	select {
	case err := <-shut:
		fmt.Println("4. Shutdown returned before the request finished:", err)
	default:
		fmt.Println("4. Shutdown is waiting for the in-flight request")
	}
	close(release)
	fmt.Println("  ", <-got)
	fmt.Println("   Shutdown:", <-shut)
	err = <-served
	fmt.Println("   Serve:", err, errors.Is(err, http.ErrServerClosed))
	_, err = http.Get(base + "/fast")
	fmt.Println("   after shutdown:", err != nil)

	// 5. ListenAndServe after Shutdown, and Shutdown with an expired context.
	fmt.Println("5.", srv.ListenAndServe())
	srv2 := &http.Server{Addr: "127.0.0.1:0", Handler: mux}
	go func() { served <- srv2.ListenAndServe() }()
	time.Sleep(20 * time.Millisecond)
	ctx3, cancel3 := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel3()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("  ", srv2.Shutdown(ctx3), <-served)
}
