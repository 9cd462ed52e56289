package org.trayflow.patients.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** MLLP framing over a real loopback socket, with the limits a hostile sender meets. */
class MllpFramesTest {

  private static final FeedLimits LIMITS =
      new FeedLimits(
          2048, Duration.ofSeconds(5), Duration.ofMillis(700), Duration.ofSeconds(5), 8, 2);

  private interface Sending {
    void to(Socket client) throws IOException;
  }

  private static <T> T received(Sending sending, FramesCheck<T> check) throws Exception {
    try (ServerSocket server = new ServerSocket(0);
        Socket client = new Socket("127.0.0.1", server.getLocalPort());
        Socket accepted = server.accept()) {
      sending.to(client);
      return check.on(new MllpFrames(accepted, LIMITS));
    }
  }

  private interface FramesCheck<T> {
    T on(MllpFrames frames) throws Exception;
  }

  private static byte[] framed(byte[] message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x0B);
    out.writeBytes(message);
    out.write(0x1C);
    out.write(0x0D);
    return out.toByteArray();
  }

  @Test
  void a_message_is_read_between_its_blocks_and_the_next_one_after_it() throws Exception {
    byte[] first = "MSH|^~\\&|A\rPID|1".getBytes(StandardCharsets.UTF_8);
    byte[] second = "MSH|^~\\&|B\u001cX".getBytes(StandardCharsets.UTF_8);
    MllpFrames.Frame[] frames =
        received(
            client -> {
              OutputStream out = client.getOutputStream();
              out.write("noise before".getBytes(StandardCharsets.UTF_8));
              out.write(framed(first));
              out.write(framed(second));
              client.shutdownOutput();
            },
            reader -> new MllpFrames.Frame[] {reader.next(), reader.next(), reader.next()});
    assertThat(frames[0].bytes()).isEqualTo(first);
    assertThat(frames[1].bytes())
        .as("an end block not followed by CR is content")
        .isEqualTo(second);
    assertThat(frames[2]).as("closed between messages").isNull();
  }

  @Test
  void a_message_over_the_limit_is_read_to_its_end_and_kept_only_up_to_the_limit()
      throws Exception {
    byte[] huge = "x".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    MllpFrames.Frame frame =
        received(client -> client.getOutputStream().write(framed(huge)), MllpFrames::next);
    assertThat(frame.cut()).isTrue();
    assertThat(frame.length()).isEqualTo(10_000);
    assertThat(frame.bytes()).hasSize(2048);
  }

  @Test
  void a_message_that_arrives_too_slowly_ends_the_connection() throws Exception {
    assertThatThrownBy(
            () ->
                received(
                    client -> {
                      client.getOutputStream().write(0x0B);
                      client
                          .getOutputStream()
                          .write("MSH|".getBytes(StandardCharsets.UTF_8)); // and nothing more, ever
                    },
                    MllpFrames::next))
        .isInstanceOf(SocketTimeoutException.class);
  }
}
