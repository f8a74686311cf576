package org.acde.gateway.ratelimit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands between the gateway and the real Redis: it relays and records every command the gateway sends (the round
 * trips it costs), or goes silent (Redis slow: commands are swallowed, never answered), or closes its port (Redis
 * down). The gateway's {@code acde.gateway.rate-limit.redis-url} points at it.
 */
public class RedisFront implements QuarkusTestResourceLifecycleManager {

    private static ServerSocket server;
    private static final Set<Socket> SOCKETS = ConcurrentHashMap.newKeySet();
    private static final List<String> COMMANDS = new CopyOnWriteArrayList<>();
    private static volatile boolean silent;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(RedisFront::accept, "redis-front");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of("acde.gateway.rate-limit.redis-url", "redis://127.0.0.1:" + server.getLocalPort());
    }

    /** The names of the commands relayed since the last call, in order. */
    static List<String> takeCommands() {
        List<String> taken = new ArrayList<>(COMMANDS);
        COMMANDS.removeAll(taken);
        return taken;
    }

    /** From now on commands are swallowed: Redis looks alive (connections open) but never answers. */
    static void goSilent() {
        silent = true;
    }

    /** Closes the port and every connection: Redis is down. */
    static void goDown() throws IOException {
        server.close();
        for (Socket socket : SOCKETS) {
            socket.close();
        }
    }

    @Override
    public void stop() {
        try {
            goDown();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void accept() {
        while (!server.isClosed()) {
            try {
                Socket gateway = server.accept();
                Socket redis = new Socket("127.0.0.1", LocalRedis.PORT);
                SOCKETS.add(gateway);
                SOCKETS.add(redis);
                pump(() -> redis.getInputStream().transferTo(gateway.getOutputStream()), gateway, redis);
                pump(() -> relayCommands(new BufferedInputStream(gateway.getInputStream()), redis.getOutputStream()), gateway, redis);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Reads RESP commands (arrays of bulk strings) one by one, records each one's name and relays it unless silent. */
    private static void relayCommands(InputStream in, OutputStream out) throws IOException {
        while (true) {
            String header = line(in);
            if (header == null) {
                return;
            }
            StringBuilder raw = new StringBuilder(header).append("\r\n");
            int args = Integer.parseInt(header.substring(1));
            String name = null;
            for (int i = 0; i < args; i++) {
                String length = line(in);
                byte[] arg = in.readNBytes(Integer.parseInt(length.substring(1)) + 2);
                String text = new String(arg, 0, arg.length - 2, StandardCharsets.ISO_8859_1);
                raw.append(length).append("\r\n").append(text).append("\r\n");
                name = name == null ? text.toUpperCase() : name;
            }
            COMMANDS.add(name);
            if (!silent) {
                out.write(raw.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0;) {
            if (c == '\n' && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
                return line.substring(0, line.length() - 1);
            }
            line.append((char) c);
        }
        return null;
    }

    private interface Pump {
        void run() throws IOException;
    }

    /** Runs one direction of a connection; when either side closes, closes both. */
    private static void pump(Pump pump, Socket gateway, Socket redis) {
        Thread thread = new Thread(() -> {
            try {
                pump.run();
            } catch (IOException e) {
                // A side went away: the connection is over.
            }
            try (gateway; redis) {
                SOCKETS.remove(gateway);
                SOCKETS.remove(redis);
            } catch (IOException e) {
                // Closed already.
            }
        }, "redis-front-connection");
        thread.setDaemon(true);
        thread.start();
    }
}
