package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gotruffle.GoLanguage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: an interpreted REST server (rest_server.go: net/http, encoding/json, an
 * in-memory store behind a mutex) on a loopback port, driven by the JDK's HttpClient from 64
 * threads at once, each creating, reading, updating and deleting its own items; every reply
 * (status, headers, JSON body byte for byte) is checked; then the server is asked to shut down
 * and the program must end with exit code 0.
 */
class RestServerTest {
    @TempDir Path dir;

    private static final int CLIENTS = 64;
    private static final int ITEMS_PER_CLIENT = 5;

    @Test
    void sixtyFourConcurrentClientsCreateReadUpdateDelete() {
        assertTimeoutPreemptively(Duration.ofSeconds(300), this::run);
    }

    private void run() throws Exception {
        Path src = dir.resolve("rest_server.go");
        try (InputStream in = getClass().getResourceAsStream("rest_server.go")) {
            Files.write(src, in.readAllBytes());
        }
        Path addrFile = dir.resolve("addr");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = {-1};
        Throwable[] failure = {null};
        Thread program = new Thread(() -> {
            try (Context ctx = Context.newBuilder(GoLanguage.ID)
                    .in(new ByteArrayInputStream(new byte[0])).out(out).err(err)
                    .arguments(GoLanguage.ID, new String[] {addrFile.toString()})
                    .allowIO(IOAccess.ALL).allowCreateThread(true)
                    .option("engine.WarnInterpreterOnly", "false")
                    .currentWorkingDirectory(dir.toAbsolutePath())
                    .environment(Map.of("GOMAXPROCS", "2")).build()) {
                exit[0] = ctx.eval(Source.newBuilder(GoLanguage.ID, "rest_server.go\n", "main").buildLiteral()).asInt();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "rest-server-program");
        program.setDaemon(true);
        program.start();

        String addr = null;
        for (int i = 0; i < 1200 && addr == null; i++) {
            if (Files.exists(addrFile) && Files.size(addrFile) > 0) {
                addr = Files.readString(addrFile).trim();
            } else if (!program.isAlive()) {
                break;
            } else {
                Thread.sleep(100);
            }
        }
        assertTrue(addr != null, "the server did not start: " + failure[0] + "\n" + err.toString(StandardCharsets.UTF_8));
        String base = "http://" + addr;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger checked = new AtomicInteger();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int k = 0; k < ITEMS_PER_CLIENT; k++) {
                        String name = "c" + client + "-item" + k;
                        HttpResponse<String> created = send(http, "POST", base + "/items",
                                "{\"name\":\"" + name + "\",\"price\":" + k + "}");
                        assertEquals(201, created.statusCode(), created.body());
                        assertEquals("application/json", created.headers().firstValue("Content-Type").orElse(""));
                        String location = created.headers().firstValue("Location").orElseThrow();
                        assertTrue(location.matches("/items/\\d+"), location);
                        String id = location.substring("/items/".length());
                        assertEquals("{\"id\":" + id + ",\"name\":\"" + name + "\",\"price\":" + k + "}\n", created.body());

                        HttpResponse<String> got = send(http, "GET", base + location, null);
                        assertEquals(200, got.statusCode());
                        assertEquals(created.body(), got.body());

                        HttpResponse<String> updated = send(http, "PUT", base + location,
                                "{\"name\":\"" + name + "-v2\",\"price\":" + (k + 100) + "}");
                        assertEquals(200, updated.statusCode(), updated.body());
                        assertEquals("{\"id\":" + id + ",\"name\":\"" + name + "-v2\",\"price\":" + (k + 100) + "}\n", updated.body());

                        HttpResponse<String> bad = send(http, "PUT", base + location, "{\"name\":\"x\",\"price\":\"oops\"}");
                        assertEquals(400, bad.statusCode());
                        assertEquals("{\"error\":\"json: cannot unmarshal string into Go struct field item.price of type int\"}\n", bad.body());

                        HttpResponse<String> deleted = send(http, "DELETE", base + location, null);
                        assertEquals(204, deleted.statusCode());
                        assertEquals("", deleted.body());

                        HttpResponse<String> gone = send(http, "GET", base + location, null);
                        assertEquals(404, gone.statusCode());
                        assertEquals("{\"error\":\"no item " + id + "\"}\n", gone.body());
                        checked.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
            assertEquals(CLIENTS * ITEMS_PER_CLIENT, checked.get());
            HttpResponse<String> list = send(http, "GET", base + "/items", null);
            assertEquals(200, list.statusCode());
            assertEquals("[]\n", list.body());
            HttpResponse<String> stop = send(http, "POST", base + "/shutdown", "");
            assertEquals(202, stop.statusCode());
        } finally {
            pool.shutdownNow();
        }
        program.join(60_000);
        assertTrue(!program.isAlive(), "the server did not shut down");
        assertEquals(null, failure[0]);
        assertEquals(0, exit[0], err.toString(StandardCharsets.UTF_8));
        assertEquals("served; 0 items left; http: Server closed\n", out.toString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpClient http, String method, String url, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
