package org.trayflow.patients.intake;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * MLLP framing (start block 0x0B, message, end block 0x1C 0x0D) with the limits a hostile sender
 * needs: a frame longer than the limit is read to its end but kept only up to the limit, and a
 * frame must arrive whole within a deadline once its first byte has come, so a slow sender cannot
 * hold a connection open byte by byte. HAPI's own reader keeps whatever it is sent.
 */
final class MllpFrames {

  private static final int START = 0x0B;
  private static final int END = 0x1C;
  private static final int CARRIAGE_RETURN = 0x0D;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final FeedLimits limits;

  MllpFrames(Socket socket, FeedLimits limits) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream(), 8192);
    this.out = socket.getOutputStream();
    this.limits = limits;
  }

  /**
   * The next frame, or null when the sender closed the connection between messages.
   *
   * @throws SocketTimeoutException when the sender was idle too long, or sent a frame too slowly
   */
  Frame next() throws IOException {
    socket.setSoTimeout(millis(limits.idleTimeout()));
    int b;
    do {
      b = in.read();
      if (b < 0) {
        return null;
      }
    } while (b != START);
    long deadline = System.nanoTime() + limits.frameDeadline().toNanos();
    ByteArrayOutputStream kept = new ByteArrayOutputStream(4096);
    long length = 0;
    boolean endSeen = false;
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new SocketTimeoutException(
            "a message took longer than " + limits.frameDeadline() + " to arrive");
      }
      socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
      b = in.read();
      if (b < 0) {
        throw new EOFException("the connection closed inside a message");
      }
      if (endSeen && b == CARRIAGE_RETURN) {
        return new Frame(kept.toByteArray(), length);
      }
      if (endSeen) {
        keep(kept, END, ++length);
      }
      endSeen = b == END;
      if (!endSeen) {
        keep(kept, b, ++length);
      }
    }
  }

  private void keep(ByteArrayOutputStream kept, int b, long length) {
    if (length <= limits.maxMessageBytes()) {
      kept.write(b);
    }
  }

  void write(byte[] message) throws IOException {
    out.write(START);
    out.write(message);
    out.write(END);
    out.write(CARRIAGE_RETURN);
    out.flush();
  }

  private static int millis(Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
  }

  /**
   * One message as it came off the wire.
   *
   * @param bytes the message, cut at the size limit
   * @param length how long it really was
   */
  record Frame(byte[] bytes, long length) {

    boolean cut() {
      return length > bytes.length;
    }
  }
}
