package org.trayflow.patients.intake;

import java.time.Duration;

/**
 * What one sender may take of the HL7 listener, so that a flood, a slow sender or a huge message
 * from one hospital's engine cannot stop the feed of the others.
 *
 * @param maxMessageBytes a longer message is refused (AR) and kept only up to this size
 * @param idleTimeout a connection with no message for this long is closed; interface engines
 *     reconnect
 * @param frameDeadline a message must arrive whole within this time of its first byte
 * @param handshakeTimeout a TLS handshake must end within this time
 * @param maxConnections connections open at once, authenticated or not, past which new ones are
 *     closed at once
 * @param maxConnectionsPerSender connections open at once for one interface engine (one
 *     certificate's sender)
 */
record FeedLimits(
    int maxMessageBytes,
    Duration idleTimeout,
    Duration frameDeadline,
    Duration handshakeTimeout,
    int maxConnections,
    int maxConnectionsPerSender) {

  FeedLimits {
    if (maxMessageBytes < 1024 || maxConnections < 1 || maxConnectionsPerSender < 1) {
      throw new IllegalArgumentException(
          "HL7 feed limits too small: "
              + maxMessageBytes
              + " bytes, "
              + maxConnections
              + " connections, "
              + maxConnectionsPerSender
              + " per sender");
    }
  }
}
