import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * The lunch rush through a load balancer onto several Trayflow instances, with Redis behind Sentinel, while faults
 * are injected one after another with recovery between: an instance killed and restarted, the Redis primary
 * killed, Redis paused for longer than a lock's lease, Redis flushed, PostgreSQL restarted, the quota job started.
 * Clients behave as the app does: on a timeout, a reset, a 5xx, a 429 or a checkout still in progress they retry
 * with the same Idempotency-Key, backing off. Afterwards PostgreSQL is checked against what the clients were told.
 *
 * <p>Started by {@code bench/faults/run}, which starts and stops everything this uses; compiled with
 * {@code bench/lunch-rush/LunchRush.java}, whose hospitals and checks it shares.
 */
public class Faults {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  /** Checkouts started per second, about a busy hospital's lunch peak shared by two instances. */
  private static final int ARRIVALS_PER_SECOND = 20;
  /** How long a client keeps retrying one checkout before it gives up and tells the person. */
  private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(90);

  private final Path run;
  /** "sentinel" (a primary, a replica, three Sentinels) or "cluster" (three primaries). */
  private final String topology;
  private final Properties instances = new Properties();
  private final String balancer;
  private final LunchRush bench;
  private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
  private final List<Fault> faults = new ArrayList<>();
  private long start;

  Faults(Path run, String balancer, String topology) throws IOException {
    this.run = run;
    this.topology = topology;
    this.balancer = balancer;
    try (Reader in = Files.newBufferedReader(run.resolve("instances.properties"))) {
      instances.load(in);
    }
    String db = "postgresql://" + instances.getProperty("db.owner.user") + "@127.0.0.1:5432/"
        + instances.getProperty("db.url").replaceAll(".*/", "");
    bench = new LunchRush(instances.getProperty("demo.password"), balancer, db);
  }

  public static void main(String[] args) throws Exception {
    new Faults(Path.of(args[0]), args[1], args[2]).play();
  }

  void play() throws Exception {
    String name = "f" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    List<LunchRush.Hospital> hospitals = new ArrayList<>();
    // on a cluster, one more hospital: a hospital's keys share a slot, so hospitals are what spreads them
    int hospitalCount = cluster() ? 3 : 2;
    for (int h = 0; h < hospitalCount; h++) {
      // portions for most of the checkouts the run sends (about 2,700 a hospital over the run's four to five
      // minutes, more when an instance is slow to come back): the dishes sell out towards the end
      LunchRush.Hospital hospital = LunchRush.Hospital.register(bench, name + "-" + h, 100, 2_400);
      hospital.signIn(100);
      hospitals.add(hospital);
    }
    AtomicBoolean rushing = new AtomicBoolean(true);
    ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
    ExecutorService clients = Executors.newCachedThreadPool();
    Random random = new Random(21);
    start = System.nanoTime();
    clock.scheduleAtFixedRate(() -> {
      if (!rushing.get()) {
        return;
      }
      for (int i = 0; i < ARRIVALS_PER_SECOND / 10; i++) {
        LunchRush.Hospital hospital = hospitals.get(random.nextInt(hospitals.size()));
        String token = hospital.staffToken(random.nextInt(100));
        long dish = hospital.randomDish(random);
        clients.submit(() -> attempts.add(checkout(hospital, token, dish)));
      }
    }, 0, 100, TimeUnit.MILLISECONDS);

    if (cluster()) {
      calm(20);
      inject("the quota job started mid-rush", this::startQuotaJob);
      calm(15);
      keysPerPrimary = keysPerPrimary();
      inject("every primary flushed (FLUSHALL)", () -> {
        for (String port : CLUSTER_PORTS) {
          redis("127.0.0.1:" + port, "FLUSHALL");
        }
      });
      calm(20);
    } else {
      faultsOneAfterAnother();
    }

    rushing.set(false);
    clock.shutdown();
    clients.shutdown();
    clients.awaitTermination(3, TimeUnit.MINUTES);
    report(name, hospitalCount);
  }

  private boolean cluster() {
    return topology.equals("cluster");
  }

  private void faultsOneAfterAnother() throws Exception {
    calm(20);
    inject("an instance killed (kill -9) and started again", this::killAndRestartAnInstance);
    calm(15);
    inject("the Redis primary killed; Sentinel fails over", this::killRedisPrimary);
    calm(15);
    inject("Redis paused (SIGSTOP) for 12 s, longer than the lock's 10 s lease", this::pauseRedis);
    calm(15);
    inject("Redis flushed (FLUSHALL)", () -> redis(primary(), "FLUSHALL"));
    calm(15);
    inject("PostgreSQL restarted", this::restartPostgres);
    calm(15);
    inject("the quota job started mid-rush", this::startQuotaJob);
    calm(20);
  }

  // ---------------------------------------------------------------- a client as the app behaves

  /**
   * One person's checkout until it is decided: retried with the same Idempotency-Key on anything that does not
   * decide it, backing off from 100 ms to 2 s.
   */
  private Attempt checkout(LunchRush.Hospital hospital, String token, long dish) {
    String key = UUID.randomUUID().toString();
    long sent = System.nanoTime();
    List<Integer> seen = new ArrayList<>();
    List<Long> retriedAt = new ArrayList<>();
    long backOff = 100;
    while (true) {
      int status;
      String body = "";
      try {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(balancer + hospital.api()
                + "/orders")).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json").header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(hospital.orderBody(dish)))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        status = answer.statusCode();
        body = answer.body();
      } catch (IOException | InterruptedException noAnswer) {
        status = 0;   // a timeout or a reset: the client cannot know whether the order was placed
      }
      seen.add(status);
      boolean again = status == 0 || status >= 500 || status == 429
          || status == 409 && body.contains("checkout-in-progress");
      long now = System.nanoTime();
      if (!again || Duration.ofNanos(now - sent).compareTo(GIVE_UP_AFTER) > 0) {
        Matcher id = ID.matcher(body);
        return new Attempt(key, hospital.slug, (sent - start) / 1_000_000, (now - sent) / 1e6, List.copyOf(seen),
            List.copyOf(retriedAt), (status == 200 || status == 201) && id.find() ? Long.parseLong(id.group(1)) : null);
      }
      retriedAt.add((now - start) / 1_000_000);
      try {
        Thread.sleep(backOff + (long) (Math.random() * backOff));
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
      }
      backOff = Math.min(2_000, backOff * 2);
    }
  }

  /**
   * @param statuses each answer the client got, in order (0: none, a timeout or a reset)
   * @param retriedAtMillis when each answer that was retried came, since the rush began
   * @param orderId the order acknowledged, or null
   */
  record Attempt(String key, String tenant, long sentMillis, double millis, List<Integer> statuses,
      List<Long> retriedAtMillis, Long orderId) {
    int finalStatus() {
      return statuses.get(statuses.size() - 1);
    }

    /** Placed, or refused for a reason (sold out, the person's limit): either needs every part working. */
    boolean decided() {
      return orderId != null || finalStatus() == 409;
    }

    int retries() {
      return statuses.size() - 1;
    }
  }

  // ---------------------------------------------------------------- the faults

  interface Injection {
    void run() throws Exception;
  }

  /** A fault: when it was injected and when the injection ended (a restart done, a pause over). */
  record Fault(String name, long atMillis, long endedMillis, long readyMillis) {}

  private void inject(String name, Injection injection) throws Exception {
    long at = sinceStart();
    System.out.printf("%6.1f s  %s%n", at / 1000.0, name);
    injection.run();
    long ended = sinceStart();
    awaitAllReady();
    faults.add(new Fault(name, at, ended, sinceStart()));
  }

  private void calm(int seconds) throws InterruptedException {
    Thread.sleep(seconds * 1000L);
  }

  private long sinceStart() {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private void killAndRestartAnInstance() throws Exception {
    String name = instances.getProperty("instance.1.name");
    Path wlp = Path.of(instances.getProperty("wlp"));
    String pid = Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).strip();
    LunchRush.command("kill", "-9", pid);
    Thread.sleep(3_000);
    LunchRush.command(wlp.resolve("bin/server").toString(), "start", name);
  }

  private void killRedisPrimary() throws Exception {
    String before = primary();
    String port = before.split(":")[1];
    LunchRush.command("kill", "-9", Files.readString(run.resolve("redis-" + port + ".pid")).strip());
    awaitUntil(Duration.ofSeconds(60), () -> !primary().equals(before));
    // started again as it ran: Sentinel makes it a replica of the new primary
    LunchRush.command("redis-server", run.resolve("redis-" + port + ".conf").toString());
  }

  private void pauseRedis() throws Exception {
    String pid = Files.readString(run.resolve("redis-" + primary().split(":")[1] + ".pid")).strip();
    LunchRush.command("kill", "-STOP", pid);
    try {
      Thread.sleep(12_000);
    } finally {
      LunchRush.command("kill", "-CONT", pid);
    }
  }

  private void restartPostgres() throws Exception {
    String version = LunchRush.command("ls", "/etc/postgresql").strip().split("\\s+")[0];
    LunchRush.command("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart");
  }

  private void startQuotaJob() throws Exception {
    bench.post("/api/v1/platform/jobs/quota-precompute?days=3", bench.token("platform-admin"), "text/plain", "");
  }

  /** The Redis primary as Sentinel names it, host:port. */
  private String primary() throws Exception {
    for (String sentinel : List.of("26391", "26392", "26393")) {
      try {
        String[] address = LunchRush.command("redis-cli", "-p", sentinel, "--raw", "SENTINEL",
            "get-master-addr-by-name", "trayflow").strip().split("\n");
        if (address.length == 2) {
          return address[0] + ":" + address[1];
        }
      } catch (IllegalStateException sentinelDown) {
        // ask the next one
      }
    }
    throw new IllegalStateException("no Sentinel names a Redis primary");
  }

  private static final List<String> CLUSTER_PORTS = List.of("6401", "6402", "6403");

  /** How the keys lie on the cluster before the flush: "6401: 12, 6402: 0, 6403: 7". */
  private String keysPerPrimary = "";

  private String keysPerPrimary() throws Exception {
    List<String> counts = new ArrayList<>();
    for (String port : CLUSTER_PORTS) {
      counts.add(port + ": " + LunchRush.command("redis-cli", "-p", port, "DBSIZE").strip());
    }
    return String.join(", ", counts);
  }

  private static void redis(String address, String... command) throws Exception {
    List<String> words = new ArrayList<>(List.of("redis-cli", "-h", address.split(":")[0], "-p",
        address.split(":")[1]));
    words.addAll(List.of(command));
    LunchRush.command(words.toArray(String[]::new));
  }

  /** Every instance answers ready again (what the load balancer's health check asks). */
  private void awaitAllReady() throws Exception {
    int count = Integer.parseInt(instances.getProperty("count"));
    awaitUntil(Duration.ofMinutes(5), () -> {
      for (int i = 1; i <= count; i++) {
        URI ready = URI.create("http://127.0.0.1:" + instances.getProperty("instance." + i + ".http-port")
            + "/health/ready");
        try {
          if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            return false;
          }
        } catch (IOException notYet) {
          return false;
        }
      }
      return true;
    });
  }

  interface Check {
    boolean holds() throws Exception;
  }

  private static void awaitUntil(Duration within, Check check) throws Exception {
    long until = System.nanoTime() + within.toNanos();
    while (!check.holds()) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("not recovered within " + within);
      }
      Thread.sleep(250);
    }
  }

  // ---------------------------------------------------------------- afterwards

  private void report(String name, int hospitalCount) throws Exception {
    List<Attempt> all = List.copyOf(attempts);
    List<Long> acknowledged = all.stream().map(Attempt::orderId).filter(id -> id != null).toList();
    long lost = acknowledged.isEmpty() ? 0 : Long.parseLong(bench.psql(
        "select count(*) from unnest(array[" + acknowledged.stream().map(String::valueOf)
            .collect(Collectors.joining(",")) + "]::bigint[]) a(id) where not exists (select 1 from orders o"
            + " where o.id = a.id)").strip());
    long acknowledgedTwice = acknowledged.size() - acknowledged.stream().distinct().count();
    LunchRush.Integrity integrity = bench.integrity(name);
    String file = (cluster() ? "faults-cluster-" : "faults-") + LocalDate.now();
    StringBuilder rows = new StringBuilder();
    List<Long> bounds = new ArrayList<>();
    faults.forEach(f -> bounds.add(f.atMillis));
    bounds.add(Long.MAX_VALUE);
    rows.append(row("calm, before the first fault", all, a -> a.sentMillis < bounds.get(0), null));
    for (int i = 0; i < faults.size(); i++) {
      Fault fault = faults.get(i);
      long from = fault.atMillis;
      long to = bounds.get(i + 1);
      rows.append(row(fault.name, all, a -> a.sentMillis >= from && a.sentMillis < to, fault));
    }
    String text = """
        # Faults during the lunch rush

        %s

        %d Trayflow instances behind HAProxy (health check on /health/ready), %s, the local PostgreSQL with a
        database of its own. %d hospitals of 100 staff; %d checkouts started per second, each retried by its client with the same
        Idempotency-Key on a timeout, a reset, a 5xx, a 429 or a checkout still in progress (back-off 100 ms to
        2 s, giving up after %d s). Faults one after another, each after the one before had recovered.%s

        | | value |
        |---|---:|
        | checkouts | %d (acknowledged %d) |
        | **acknowledged orders not stored (lost)** | **%d** |
        | **orders acknowledged twice, or stored twice for one key** | **%d** |
        | **oversold portions** | **%d** |
        | quota counts not matching the order lines | %d |

        Per fault, the checkouts started from the fault until the next one. "Recovered" is the first checkout
        decided (placed, or refused as sold out) after the injection ended; "ready" is every instance answering /health/ready again.

        | fault | checkouts | final answers | answers retried | gave up | p99 (ms) | recovered after | ready after |
        |---|---:|---|---|---:|---:|---:|---:|
        %s
        ![throughput, errors and p99 over time, faults marked](%s.png)
        """.formatted(LunchRush.machine(), Integer.parseInt(instances.getProperty("count")),
        cluster() ? "Redis Cluster of three primaries (Redisson's Cluster configuration)"
            : "Redis as a primary with a replica and three Sentinels (Redisson's Sentinel configuration)",
        hospitalCount, ARRIVALS_PER_SECOND, GIVE_UP_AFTER.toSeconds(),
        cluster() ? "\n\nKeys on each primary before the flush (a hospital's keys share one hash slot, so that its"
            + " scripts may touch several): " + keysPerPrimary + "." : "", all.size(), acknowledged.size(), lost,
        acknowledgedTwice + integrity.duplicates(), integrity.oversold(), integrity.mismatched(),
        rows.toString().strip(), file);
    System.out.println(text);
    Path results = Path.of("bench", "results");
    Files.writeString(results.resolve(file + ".md"), text);
    ImageIO.write(chart(all), "png", results.resolve(file + ".png").toFile());
    boolean held = lost == 0 && acknowledgedTwice + integrity.duplicates() == 0 && integrity.oversold() == 0;
    System.exit(held ? 0 : 1);
  }

  private String row(String name, List<Attempt> all, Predicate<Attempt> in, Fault fault) {
    List<Attempt> these = all.stream().filter(in).toList();
    String answers = counted(these.stream().map(Attempt::finalStatus).toList());
    String retried = counted(these.stream().flatMap(a -> a.statuses.subList(0, a.retries()).stream()).toList());
    long gaveUp = these.stream().filter(a -> a.orderId == null && a.finalStatus() != 409).count();
    double p99 = LunchRush.percentile(these.stream().map(Attempt::millis).toList(), 0.99);
    String recovered = "";
    String ready = "";
    if (fault != null) {
      recovered = all.stream().filter(a -> a.decided() && a.sentMillis + a.millis >= fault.endedMillis)
          .mapToDouble(a -> a.sentMillis + a.millis - fault.endedMillis).min().stream()
          .mapToObj(ms -> String.format("%.1f s", ms / 1000)).findFirst().orElse("never");
      ready = String.format("%.1f s", (fault.readyMillis - fault.endedMillis) / 1000.0);
    }
    return "| %s | %d | %s | %s | %d | %.0f | %s | %s |\n".formatted(name, these.size(), answers,
        retried.isEmpty() ? "–" : retried, gaveUp, p99, recovered, ready);
  }

  /** Statuses counted, "201 × 40, 409 × 3"; "none" is no answer (a timeout or a reset). */
  private static String counted(List<Integer> statuses) {
    Map<Integer, Long> counts = new TreeMap<>(statuses.stream().collect(Collectors.groupingBy(s -> s,
        Collectors.counting())));
    return counts.entrySet().stream().map(e -> (e.getKey() == 0 ? "none" : e.getKey()) + " × " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * Per second: orders acknowledged (bars), answers that were not a decision (red bars below the axis: errors
   * and refusals the clients retried), the p99 of checkouts finished that second (line); each fault a grey band
   * from its injection to every instance being ready again.
   */
  private BufferedImage chart(List<Attempt> all) {
    int seconds = (int) (all.stream().mapToDouble(a -> a.sentMillis + a.millis).max().orElse(0) / 1000) + 1;
    int[] acknowledged = new int[seconds];
    int[] undecided = new int[seconds];
    List<List<Double>> latencies = new ArrayList<>();
    for (int s = 0; s < seconds; s++) {
      latencies.add(new ArrayList<>());
    }
    for (Attempt a : all) {
      int done = (int) ((a.sentMillis + a.millis) / 1000);
      if (a.orderId != null) {
        acknowledged[done]++;
      }
      a.retriedAtMillis.forEach(at -> undecided[(int) Math.min(at / 1000, seconds - 1)]++);
      latencies.get(done).add(a.millis);
    }
    int width = 1200;
    int height = 560;
    int left = 70;
    int axis = 370;
    double barWidth = (width - left - 30) / (double) seconds;
    int maxBar = Math.max(1, java.util.Arrays.stream(acknowledged).max().orElse(1));
    int maxErrors = Math.max(1, java.util.Arrays.stream(undecided).max().orElse(1));
    double maxLatency = Math.max(1, latencies.stream().mapToDouble(l -> LunchRush.percentile(l, 0.99)).max()
        .orElse(1));
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = LunchRush.canvas(image, 12);
    for (int i = 0; i < faults.size(); i++) {
      Fault fault = faults.get(i);
      int x = left + (int) (fault.atMillis / 1000.0 * barWidth);
      int x2 = left + (int) (fault.readyMillis / 1000.0 * barWidth);
      g.setColor(new Color(230, 230, 230));
      g.fillRect(x, 100, Math.max(2, x2 - x), axis + 100 - 100);
      g.setColor(Color.DARK_GRAY);
      g.drawLine(x, 100, x, axis + 100);
      g.drawString(String.valueOf(i + 1), x + 3, 112);
    }
    for (int s = 0; s < seconds; s++) {
      int x = left + (int) (s * barWidth);
      int up = (int) (240.0 * acknowledged[s] / maxBar);
      g.setColor(new Color(120, 160, 220));
      g.fillRect(x, axis - up, Math.max(1, (int) barWidth - 1), up);
      int down = (int) (90.0 * undecided[s] / maxErrors);
      g.setColor(new Color(220, 110, 90));
      g.fillRect(x, axis, Math.max(1, (int) barWidth - 1), down);
    }
    g.setColor(new Color(40, 40, 40));
    g.setStroke(new BasicStroke(1.8f));
    LunchRush.p99Line(g, latencies, left, barWidth, axis, 240, maxLatency);
    g.setColor(Color.DARK_GRAY);
    g.drawLine(left, axis, width - 30, axis);
    g.drawString("seconds since the rush began →  0 … " + seconds, left, axis + 120);
    g.setColor(new Color(70, 110, 180));
    g.drawString("blue bars: orders acknowledged per second (max " + maxBar + ")", left, 20);
    g.setColor(new Color(200, 90, 70));
    g.drawString("red bars below the axis: answers retried per second (max " + maxErrors + ")", left, 38);
    g.setColor(new Color(40, 40, 40));
    g.drawString(String.format("line: p99 of checkouts finished per second (max %.0f ms)", maxLatency), left, 56);
    g.drawString("grey: each fault, numbered as in the table, until every instance is ready again", left, 74);
    g.dispose();
    return image;
  }
}
