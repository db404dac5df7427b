package cn.chuanyu.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The network between the application under test and PostgreSQL, which a test can cut to play a database outage: a TCP
 * relay on 127.0.0.1 in front of the real server. While cut, every open connection is dropped and every new one is
 * closed before PostgreSQL answers, as when the server is unreachable; once restored, connections work again and
 * PostgreSQL still holds everything committed before.
 */
public final class DatabaseLink implements AutoCloseable {

    private final int targetPort;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile boolean cut;

    private DatabaseLink(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept, "database-link").start();
    }

    static DatabaseLink to(int targetPort) {
        try {
            return new DatabaseLink(targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the database link", e);
        }
    }

    /** The port the application connects to instead of PostgreSQL's. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Drops every open connection and refuses new ones until {@link #restore()}. */
    public synchronized void cut() {
        cut = true;
        refused.set(0);
        open.forEach(DatabaseLink::closeQuietly);
        open.clear();
    }

    /** Lets connections through again. */
    public synchronized void restore() {
        cut = false;
    }

    /** Connection attempts refused since the last {@link #cut()}: proof that the application tried and failed. */
    public int refusedSinceCut() {
        return refused.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                synchronized (this) {
                    if (cut) {
                        refused.incrementAndGet();
                        closeQuietly(client);
                    } else {
                        relay(client);
                    }
                }
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    System.err.println("DatabaseLink: " + e);
                }
            }
        }
    }

    private void relay(Socket client) throws IOException {
        Socket server;
        try {
            server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        } catch (IOException e) {
            closeQuietly(client);
            throw e;
        }
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        open.add(client);
        open.add(server);
        daemon(() -> pump(client, server), "database-link-up").start();
        daemon(() -> pump(server, client), "database-link-down").start();
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // the other side closed, or the link was cut: either way this connection is over
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }

    @Override
    public void close() {
        cut();
        try {
            listener.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }
}
