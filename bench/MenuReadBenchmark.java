import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Menu reads, cached against uncached, in one run against a running Trayflow (the run command's, by default).
 *
 * <p>Both series read the same published week through the API and time the request only, first with one
 * client, then with several at once (everyone reads the menu before ordering, so menu reads are part of the
 * rush). The cached series reads what Redis holds; before each uncached read its client deletes the week's keys
 * in Redis, so that Trayflow reads PostgreSQL and fills the cache again (with several clients another client's
 * read may fill it first: the uncached figures under concurrency flatter PostgreSQL a little).
 *
 * <pre>java bench/MenuReadBenchmark.java PASSWORD [baseUrl] [user] [redisHost:port/db] [reads] [clients]</pre>
 * PASSWORD is the demo people's password that the run command printed.
 */
public class MenuReadBenchmark {

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: java bench/MenuReadBenchmark.java PASSWORD [baseUrl] [user] [redisHost:port/db] [reads]"
          + " [clients]"
          + "\n  PASSWORD: the demo people's password printed by the run command");
      System.exit(2);
    }
    String password = args[0];
    String base = arg(args, 1, "http://localhost:9080");
    String user = arg(args, 2, "staff@st-mungos");
    String redis = arg(args, 3, "127.0.0.1:6379/0");
    int reads = Integer.parseInt(arg(args, 4, "2000"));
    int clients = Integer.parseInt(arg(args, 5, "8"));
    String tenant = user.substring(user.indexOf('@') + 1);
    String site = "central";
    LocalDate week = LocalDate.now().with(DayOfWeek.MONDAY);

    HttpClient http = HttpClient.newHttpClient();
    String token = token(http, base, user, password);
    HttpRequest read = HttpRequest.newBuilder(URI.create(base + "/api/v1/t/" + tenant + "/sites/" + site
        + "/menus?week=" + week)).header("Authorization", "Bearer " + token).build();
    HttpResponse<String> first = http.send(read, HttpResponse.BodyHandlers.ofString());
    if (first.statusCode() != 200) {
      throw new IllegalStateException("reading the menu gave " + first.statusCode() + ": " + first.body());
    }
    int version = Integer.parseInt(match("\"version\":(\\d+)", first.body()));
    String prefix = "trayflow:{" + tenant + "}:menu:" + site + ":" + week;
    String[] keys = {prefix + ":v" + version, prefix + ":newest"};
    System.out.printf("Menu of %s/%s, week of %s (version %d, %d bytes), %d reads per series%n", tenant, site, week,
        version, first.body().length(), reads);

    warmUp(http, read, redis, keys, reads / 10);
    for (int together : new int[] {1, clients}) {
      Series cached = series(http, read, reads, together, null, keys);
      Series uncached = series(http, read, reads, together, redis, keys);
      System.out.printf("%n%d client(s) at once:%n", together);
      report("cached (Redis)", cached);
      report("uncached (PostgreSQL)", uncached);
      System.out.printf("ratio cached/uncached: %.1fx reads/s, p95 %.1fx lower%n",
          cached.perSecond() / uncached.perSecond(), (double) p95(uncached.nanos) / p95(cached.nanos));
    }
  }

  private static void warmUp(HttpClient http, HttpRequest read, String redis, String[] keys, int reads)
      throws Exception {
    series(http, read, reads, 1, null, keys);
    series(http, read, reads, 1, redis, keys);
  }

  /** The reads' latencies and the series' wall time. */
  private record Series(long[] nanos, long wallNanos) {
    double perSecond() {
      return nanos.length / (wallNanos / 1e9);
    }
  }

  /**
   * {@code reads} reads shared by {@code clients} clients at once.
   *
   * @param uncachedFrom the Redis whose week keys each client deletes before each read, or null to read cached
   */
  private static Series series(HttpClient http, HttpRequest read, int reads, int clients, String uncachedFrom,
      String[] keys) throws Exception {
    long[] nanos = new long[reads - reads % clients];
    int each = nanos.length / clients;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    long wall = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int first = c * each;
      done.add(pool.submit(() -> {
        try (Redis redis = uncachedFrom == null ? null : new Redis(uncachedFrom)) {
          for (int i = first; i < first + each; i++) {
            if (redis != null) {
              redis.delete(keys);
            }
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(read, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
              throw new IllegalStateException("read " + i + " gave " + response.statusCode());
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> client : done) {
      client.get();
    }
    pool.shutdown();
    return new Series(nanos, System.nanoTime() - wall);
  }

  private static void report(String name, Series series) {
    long[] nanos = series.nanos;
    System.out.printf("%-22s %8.0f reads/s   p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms%n", name,
        series.perSecond(), percentile(nanos, 50) / 1e6, p95(nanos) / 1e6, percentile(nanos, 99) / 1e6);
  }

  private static long p95(long[] nanos) {
    return percentile(nanos, 95);
  }

  private static long percentile(long[] nanos, int percent) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
  }

  private static String token(HttpClient http, String base, String user, String password) throws Exception {
    String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token for " + user + ": " + response.body());
    }
    return match("\"access_token\":\"([^\"]+)\"", response.body());
  }

  private static String match(String regex, String text) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + regex + " in " + text);
    }
    return matcher.group(1);
  }

  private static String arg(String[] args, int index, String fallback) {
    return args.length > index ? args[index] : fallback;
  }

  /** Just enough of the Redis protocol to select a database and delete keys. */
  private static final class Redis implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    Redis(String address) throws IOException {
      String[] hostPort = address.split("/")[0].split(":");
      socket = new Socket(hostPort[0], Integer.parseInt(hostPort[1]));
      out = socket.getOutputStream();
      in = socket.getInputStream();
      command("SELECT", address.contains("/") ? address.split("/")[1] : "0");
    }

    void delete(String... keys) throws IOException {
      String[] words = new String[keys.length + 1];
      words[0] = "DEL";
      System.arraycopy(keys, 0, words, 1, keys.length);
      command(words);
    }

    private void command(String... words) throws IOException {
      StringBuilder resp = new StringBuilder("*" + words.length + "\r\n");
      for (String word : words) {
        resp.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word).append("\r\n");
      }
      out.write(resp.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      int first = in.read();
      StringBuilder reply = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        reply.append((char) c);
      }
      if (first == '-') {
        throw new IOException("Redis: " + reply);
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
