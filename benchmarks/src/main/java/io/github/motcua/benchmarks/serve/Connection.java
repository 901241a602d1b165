package io.github.motcua.benchmarks.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection that sends a prepared request and reads its answer, which must
 * have a {@code Content-Length}: the least a client can do, so that the service, not the client,
 * is what is measured.
 */
final class Connection implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] body = new byte[1 << 16];

    Connection(String host, int port) throws IOException {
        this.socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }

    /** A POST request with a body, as bytes. */
    static byte[] post(String host, String target, String contentType, byte[] body) {
        byte[] head = ("POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + contentType
                        + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    /** Sends a request and reads the answer; returns its status. */
    int exchange(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        int status = -1;
        long length = -1;
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the service closed the connection");
            }
            if (b != '\n') {
                if (b != '\r') {
                    line.append((char) b);
                }
                continue;
            }
            if (line.length() == 0) {
                break;
            }
            String header = line.toString();
            if (status < 0) {
                status = Integer.parseInt(header.substring(9, 12));
            } else if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Long.parseLong(header.substring(15).strip());
            }
            line.setLength(0);
        }
        if (length < 0) {
            throw new IOException("an answer without Content-Length");
        }
        for (long left = length; left > 0; ) {
            int n = in.read(body, 0, (int) Math.min(body.length, left));
            if (n < 0) {
                throw new IOException("the answer ended early");
            }
            left -= n;
        }
        return status;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
