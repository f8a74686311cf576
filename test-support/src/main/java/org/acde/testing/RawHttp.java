package org.acde.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Speaks HTTP/1.1 over a plain socket, for requests a well-behaved client library will not send: a declared
 * 10 MB body that never comes, a bare CR in a header, absurd lengths, a path the client would normalise. The read
 * timeout only keeps a broken server from hanging the build.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line) with {@code Host} and
     * {@code Connection: close} added, then {@code body}; returns the response as text.
     */
    public static String exchange(URI server, String head, String body) throws IOException {
        String host = server.getHost() + ":" + server.getPort();
        return verbatim(server, head + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
                body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends {@code head} exactly as given (lines joined with CRLF, the blank line included) and then the body chunks;
     * returns the response as text once the server closes the connection.
     */
    public static String verbatim(URI server, String head, byte[]... body) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                for (byte[] chunk : body) {
                    out.write(chunk);
                }
                out.flush();
            } catch (SocketException e) {
                // The server may answer and close before the whole body is sent: that is its answer.
            }
            return readAll(socket.getInputStream());
        }
    }

    /** The status code of a response {@link #exchange} or {@link #verbatim} returned. */
    public static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0;) {
                answer.write(buffer, 0, read);
            }
        } catch (SocketException e) {
            // Reset after the answer was written.
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
