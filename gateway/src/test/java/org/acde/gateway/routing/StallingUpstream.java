package org.acde.gateway.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An upstream that sends its status line, headers and the start of a body, then goes silent while keeping the
 * connection open, until the gateway gives up and closes it. Paths containing {@code error} start a 500 answer;
 * paths containing {@code dribble} send a whole 200-byte body in 10-byte pieces over 2 s instead of going silent.
 */
final class StallingUpstream implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger open = new AtomicInteger();

    StallingUpstream() {
        try {
            server = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::serve, "stalling-upstream");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** How many of its connections are open (the gateway has not closed or reset them yet). */
    int openConnections() {
        return open.get();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.incrementAndGet();
                Thread connection = new Thread(() -> {
                    stall(socket);
                    open.decrementAndGet();
                }, "stalling-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void stall(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            String answer = head.contains("error")
                    ? "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/problem+json\r\nContent-Length: 100\r\n\r\n{\"status\":"
                    : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"items\":[";
            OutputStream out = socket.getOutputStream();
            if (head.contains("dribble")) {
                dribble(out);
            }
            out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            while (in.read() >= 0) {
                // Silent until the gateway closes the connection.
            }
        } catch (IOException e) {
            // The gateway reset the connection: what it should do.
        }
    }

    private static void dribble(OutputStream out) throws IOException {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 200\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        for (int piece = 0; piece < 20; piece++) {
            out.write("0123456789".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException("the whole body was sent");
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        for (int c; (c = in.read()) >= 0;) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
