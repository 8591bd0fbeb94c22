package org.fazhi.supervision.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP client reading a server-sent event stream line by line on its own thread, as a browser would, signed
 * in with HTTP Basic. Events ({@code event:}/{@code data:} until a blank line) and comments are queued in arrival
 * order; waiting for one gives up after a generous limit so that a missing event fails instead of hanging.
 */
final class EventStream implements AutoCloseable {

    /** One event, or a comment ({@code name} ":" and the comment as data). */
    record Event(String name, String data) {
    }

    private static final long LIMIT_SECONDS = 30;

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> received = new ArrayList<>();
    private final InputStream body;

    private EventStream(InputStream body) {
        this.body = body;
        Thread reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(int port, String path, String username, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("stream answered " + response.statusCode());
        }
        return new EventStream(response.body());
    }

    /** The next event of this name, skipping (but keeping) the others. */
    Event next(String name) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        while (System.nanoTime() < until) {
            Event event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null) {
                received.add(event);
                if (event.name().equals(name)) {
                    return event;
                }
            }
        }
        throw new AssertionError("no '" + name + "' event within " + LIMIT_SECONDS + " s; got " + received);
    }

    /** Every event taken so far, in order. */
    List<Event> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(":")) {
                    events.add(new Event(":", line.substring(1)));
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5));
                } else if (line.isEmpty()) {
                    events.add(new Event(name, data.toString()));
                    name = "message";
                    data.setLength(0);
                }
            }
        } catch (IOException closed) {
            // the test closed the stream
        } catch (RuntimeException unexpected) {
            throw new UncheckedIOException(new IOException(unexpected));
        }
    }
}
