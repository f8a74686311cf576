package org.acde.gateway.routing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Speaks HTTP/1.1 over a plain socket, for requests no HTTP client library will send (bare CR in a header,
 * absurd lengths, bodies that never end). The read timeout only keeps a broken gateway from hanging the build.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends the head (lines joined with CRLF) and optional body chunks; returns what the gateway answered. */
    static String exchange(URI gateway, String head, byte[]... body) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                for (byte[] chunk : body) {
                    out.write(chunk);
                }
                out.flush();
            } catch (SocketException e) {
                // The gateway may answer and close before the whole body is sent: that is its answer.
            }
            return readAll(socket.getInputStream());
        }
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
        return answer.toString(StandardCharsets.ISO_8859_1);
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }
}
