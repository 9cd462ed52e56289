import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * The lunch rush against a running Trayflow (the run command), compressed: N hospitals x M staff each check out once
 * in a "day" of a few minutes, 80% of them inside the lunch window (90 of 840 minutes, scaled), arriving in a
 * triangle that peaks at 15x the day's average rate. Then a closed-loop burst measures capacity, and pgbench measures
 * a one-insert transaction on the same PostgreSQL, so that the ratio of the two is read off one run. Finally
 * PostgreSQL is checked: oversold portions and duplicate orders must both be 0.
 *
 * <pre>
 * java bench/lunch-rush/LunchRush.java DEMO_PASSWORD [--tenants 3] [--staff 150] [--day-seconds 120]
 *      [--base http://localhost:9080] [--db postgresql://trayflow@127.0.0.1:5432/trayflow]
 *      [--payment allowance|wallet|payroll-deduction|free]  (how staff pay: allowance by default, as at a hospital
 *      that charges, so that every checkout also decides its payment; free leaves it out, to measure its cost)
 * java bench/lunch-rush/LunchRush.java DEMO_PASSWORD --capacity  (capacity, cost per checkout and ratio only)
 * java bench/lunch-rush/LunchRush.java DEMO_PASSWORD --history   (checkout p99 and history page p95 with 10^3 and 10^7 orders)
 * java bench/lunch-rush/LunchRush.java PASSWORD --history-pages SLUG   (the history page again, on that run's hospital)
 * java bench/lunch-rush/LunchRush.java DEMO_PASSWORD --sign-in-storm [--storm-clients 32] [--label NAME]
 *      (checkout p99 calm, then while wrong passwords from thousands of addresses ask for password checks)
 * </pre>
 * Needs psql and pgbench (Debian package postgresql-client). Results: bench/results/lunch-rush-*.md and .png.
 */
public class LunchRush {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  private final String password;
  private final String base;
  private final String db;
  private final Random random = new Random(42);
  /** The configuration's payment line: each checkout is charged (never refused: the limits are out of reach). */
  private final String payment;
  private final String paymentMode;

  LunchRush(String password, String base, String db, String paymentMode) {
    this.password = password;
    this.base = base;
    this.db = db;
    this.paymentMode = paymentMode;
    this.payment = switch (paymentMode) {
      case "free" -> "{mode: free, currency: GBP}";
      case "allowance" -> "{mode: allowance, currency: GBP, dailyAllowance: 9999999.00}";
      case "wallet" -> "{mode: wallet, currency: GBP, overdraftLimit: 9999999.00}";
      case "payroll-deduction" -> "{mode: payroll-deduction, currency: GBP}";
      default -> throw new IllegalArgumentException("--payment: allowance, wallet, payroll-deduction or free");
    };
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new ConcurrentHashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--history") || args[i].equals("--sign-in-storm") || args[i].equals("--capacity")) {
        options.put(args[i].substring(2), "true");
      } else {
        options.put(args[i].substring(2), args[++i]);
      }
    }
    if (args.length == 0) {
      System.err.println("usage: java bench/lunch-rush/LunchRush.java DEMO_PASSWORD [--tenants N] [--staff M]"
          + " [--day-seconds S] [--base URL] [--db postgresql://…] [--capacity | --history | --sign-in-storm"
          + " [--storm-clients N] [--label NAME]]");
      System.exit(2);
    }
    LunchRush bench = new LunchRush(args[0], options.getOrDefault("base", "http://localhost:9080"),
        options.getOrDefault("db", "postgresql://trayflow@127.0.0.1:5432/trayflow"),
        options.getOrDefault("payment", "allowance"));
    if (options.containsKey("history-pages")) {
      bench.historyPagesOf(options.get("history-pages"));
    } else if (options.containsKey("history")) {
      bench.history();
    } else if (options.containsKey("capacity")) {
      bench.capacityOnly();
    } else if (options.containsKey("sign-in-storm")) {
      bench.signInStorm(Integer.parseInt(options.getOrDefault("storm-clients", "32")),
          options.getOrDefault("label", "as-configured"));
    } else {
      bench.rush(Integer.parseInt(options.getOrDefault("tenants", "3")),
          Integer.parseInt(options.getOrDefault("staff", "150")),
          Integer.parseInt(options.getOrDefault("day-seconds", "120")),
          Integer.parseInt(options.getOrDefault("arrivals", "1")));
    }
  }

  // ---------------------------------------------------------------- the rush

  /**
   * @param arrivals how many times each person checks out over the day: the arrival rate is that many times
   *     today's, from the same people (signing in thousands more would make the set-up the run), with that many
   *     times the portions, so that as many orders are placed as refused
   */
  void rush(int tenants, int staff, int daySeconds, int arrivals) throws Exception {
    String run = "b" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    List<Hospital> hospitals = new ArrayList<>();
    for (int t = 0; t < tenants; t++) {
      // ~85% of the staff can have a dish: the rest meet "sold out", as on a real busy day.
      hospitals.add(Hospital.register(this, run + "-" + t, staff, (int) Math.round(staff * arrivals * 0.85)));
    }
    List<Checkout> plan = dayOfOrders(hospitals, staff, daySeconds, arrivals);
    System.out.printf("%d checkouts over a %d s day; lunch window %.1f s%n", plan.size(), daySeconds,
        daySeconds * 90.0 / 840);
    List<Result> results = play(plan);
    Hospital busiest = Hospital.register(this, run + "-capacity", 64, 1_000_000);
    Traffic traffic = orderTraffic(busiest);
    Capacity capacity = capacity(busiest);
    Capacity floor = authenticatedRead(busiest);
    RedisStopped withoutRedis = capacityWithRedisStopped(Hospital.register(this, run + "-no-redis", 64, 1_000_000));
    double pgbenchTps = pgbench();
    double orderTps = orderTransactions(busiest);
    Integrity integrity = integrity(run);
    report(new Day(tenants, staff, daySeconds, arrivals), results, traffic, capacity, floor, withoutRedis, pgbenchTps,
        orderTps, integrity);
  }

  /**
   * Only the capacity, its cost and its fair ceiling, printed and not written: for profiling a change quickly
   * (the full run is what results are made of).
   */
  void capacityOnly() throws Exception {
    Hospital busiest = Hospital.register(this, "c" + Long.toString(System.currentTimeMillis() % 1_000_000, 36),
        64, 1_000_000);
    Traffic traffic = orderTraffic(busiest);
    Capacity capacity = capacity(busiest);
    Capacity floor = authenticatedRead(busiest);
    double orderTps = orderTransactions(busiest);
    Spent cost = capacity.perCheckout;
    System.out.println("staff pay: " + payment);
    System.out.printf("capacity %.0f checkouts/s, p99 %.1f ms; per checkout: Liberty %.1f ms, PostgreSQL %.1f ms CPU,"
            + " %.1f transactions, %.1f Redis commands; order transaction %.0f TPS; ratio %.3f%n"
            + "one order alone: %s PostgreSQL transactions, %s statements, %.1f Redis round trips%n"
            + "the stack's floor, reading one order: %.0f/s, p99 %.1f ms, Liberty %.1f ms, PostgreSQL %.1f ms CPU%n",
        capacity.perSecond, capacity.p99, cost.libertyMillis, cost.postgresMillis, cost.transactions,
        cost.redisCalls, orderTps, capacity.perSecond / orderTps, traffic.transactionsInWords(), traffic.statementsInWords(),
        traffic.redisRoundTrips, floor.perSecond, floor.p99, floor.perCheckout.libertyMillis,
        floor.perCheckout.postgresMillis);
  }

  /** Each person checks out once: 80% in the lunch window (a triangle peaking at 15x the day's mean), 20% spread. */
  private List<Checkout> dayOfOrders(List<Hospital> hospitals, int staff, int daySeconds, int arrivals)
      throws Exception {
    double windowStart = daySeconds * (330.0 / 840);   // 11:30 in a 06:00–20:00 ordering day
    double window = daySeconds * (90.0 / 840);
    List<Checkout> plan = new ArrayList<>();
    for (Hospital hospital : hospitals) {
      hospital.signIn(staff);
      for (int s = 0; s < staff * arrivals; s++) {
        double at;
        if (random.nextDouble() < 0.8) {
          at = windowStart + window * (random.nextDouble() + random.nextDouble()) / 2;   // triangle
        } else {
          do {
            at = random.nextDouble() * daySeconds;
          } while (at >= windowStart && at < windowStart + window);
        }
        plan.add(new Checkout(hospital, hospital.staffToken(s % staff), hospital.randomDish(random),
            (long) (at * 1000)));
      }
    }
    plan.sort((a, b) -> Long.compare(a.atMillis, b.atMillis));
    return plan;
  }

  /** Open loop: each checkout is sent at its time, whatever the server's speed; 503s are retried as clients do. */
  private List<Result> play(List<Checkout> plan) throws Exception {
    ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
    ExecutorService senders = Executors.newFixedThreadPool(200);
    List<Result> results = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    for (Checkout checkout : plan) {
      clock.schedule(() -> senders.submit(() -> {
        results.add(send(checkout, start));
        int n = done.incrementAndGet();
        if (n % 100 == 0) {
          System.out.printf("  %d/%d checkouts answered%n", n, plan.size());
        }
      }), checkout.atMillis, TimeUnit.MILLISECONDS);
    }
    clock.shutdown();
    clock.awaitTermination(1, TimeUnit.HOURS);
    senders.shutdown();
    senders.awaitTermination(1, TimeUnit.HOURS);
    return results;
  }

  private Result send(Checkout checkout, long runStart) {
    long sent = System.nanoTime();
    String key = UUID.randomUUID().toString();
    int retries = 0;
    while (true) {
      try {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + checkout.hospital.api()
                + "/orders")).header("Authorization", "Bearer " + checkout.token)
            .header("Content-Type", "application/json").header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(checkout.hospital.orderBody(checkout.dish)))
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        boolean again = answer.statusCode() == 503
            || answer.statusCode() == 409 && answer.body().contains("checkout-in-progress");
        if (again && retries < 50) {
          retries++;
          Thread.sleep(1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1")));
          continue;
        }
        long now = System.nanoTime();
        return new Result((sent - runStart) / 1_000_000, (now - sent) / 1_000_000.0, answer.statusCode(), retries);
      } catch (IOException | InterruptedException e) {
        return new Result((sent - runStart) / 1_000_000, -1, 0, retries);
      }
    }
  }

  /**
   * Closed loop: 32 clients checking out as fast as they can for 15 s, in a hospital with portions to spare, so
   * that every checkout goes the whole way (lock, rules, Redis, the PostgreSQL transaction). Each client orders for
   * two people in turn, up to the hospital's limit of 50 orders per person and meal.
   */
  private Capacity capacity(Hospital hospital) throws Exception {
    return capacity(hospital, 15);
  }

  private Capacity capacity(Hospital hospital, int seconds) throws Exception {
    hospital.signIn(2 * CAPACITY_CLIENTS);
    System.out.printf("Measuring capacity for %d s…%n", seconds);
    return closedLoop(seconds, (client, n, start) -> {
      Result result = send(new Checkout(hospital, hospital.staffToken(2 * client + n % 2), hospital.randomDish(
          new Random(client * 1000L + n)), 0), start);
      return result.status == 201 || result.status == 409 ? result.millis : null;
    });
  }

  /**
   * The stack's own floor, to tell the checkout's cost from the server's: the same 32 clients, for 10 s, each
   * reading one order of its own by id (GET …/orders/{id}: the token checked, one indexed read in one transaction,
   * the answer as JSON). Whatever the checkout costs above this is the checkout's.
   */
  private Capacity authenticatedRead(Hospital hospital) throws Exception {
    String token = hospital.staffToken(0);
    HttpResponse<String> listed = HTTP.send(HttpRequest.newBuilder(URI.create(base + hospital.api() + "/orders?limit=1"))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    URI order = URI.create(base + hospital.api() + "/orders/" + Hospital.idOf(listed.body()));
    return closedLoop(10, (client, n, start) -> {
      long sent = System.nanoTime();
      int status = HTTP.send(HttpRequest.newBuilder(order).header("Authorization", "Bearer " + token).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 200 ? (System.nanoTime() - sent) / 1e6 : null;
    });
  }

  /**
   * The capacity with Redis stopped, as when it fails: every checkout is then decided by PostgreSQL alone
   * (decision 0009), once the circuit breakers have opened; until then checkouts wait for Redis's timeouts. So
   * the first 10 s are measured apart from the 15 s after. Redis is shut down without saving and started again as
   * it ran (its executable, with the port, address, directory, persistence and log file it reported), whatever
   * happens meanwhile. The hospital is one of its own, its people signed in before.
   */
  private RedisStopped capacityWithRedisStopped(Hospital hospital) throws Exception {
    hospital.signIn(2 * CAPACITY_CLIENTS);
    String info = command("redis-cli", "INFO", "server");
    // Redis reports the path it was started by, joined to its directory when it was started from PATH
    Path executable = Path.of(infoField(info, "executable"));
    List<String> restart = new ArrayList<>(List.of("setsid",
        Files.isExecutable(executable) ? executable.toString() : executable.getFileName().toString(),
        "--daemonize", "yes"));
    for (String setting : List.of("port", "bind", "dir", "save", "appendonly", "logfile")) {
      String[] reply = command("redis-cli", "--raw", "CONFIG", "GET", setting).split("\n");
      String value = reply.length > 1 ? reply[1].strip() : "";   // an empty save is "keep nothing on disk"
      restart.add("--" + setting);
      restart.addAll(setting.equals("bind") ? List.of(value.split(" ")) : List.of(value));
    }
    new ProcessBuilder("redis-cli", "SHUTDOWN", "NOSAVE").redirectErrorStream(true).start().waitFor();
    System.out.println("Redis stopped; measuring capacity on PostgreSQL alone…");
    try {
      Capacity opening = capacity(hospital, 10);
      return new RedisStopped(opening, capacity(hospital, 15));
    } finally {
      new ProcessBuilder(restart).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
          .waitFor();
      for (int tries = 0; tries < 50 && !command("redis-cli", "PING").strip().equals("PONG"); tries++) {
        Thread.sleep(200);
      }
      System.out.println("Redis started again");
    }
  }

  private static String infoField(String info, String field) {
    Matcher value = Pattern.compile("^" + field + ":(.*)$", Pattern.MULTILINE).matcher(info);
    if (!value.find()) {
      throw new IllegalStateException("Redis did not report its " + field);
    }
    return value.group(1).strip();
  }

  /** One request of a closed loop: its latency in ms, or null when it does not count (a failure). */
  interface LoopRequest {
    Double send(int client, int n, long runStart) throws Exception;
  }

  /** {@link #CAPACITY_CLIENTS} clients sending requests one after another for that long, and what it cost. */
  private Capacity closedLoop(int seconds, LoopRequest request) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong counted = new AtomicLong();
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(CAPACITY_CLIENTS);
    Spent before = spent();
    long start = System.nanoTime();
    for (int c = 0; c < CAPACITY_CLIENTS; c++) {
      int client = c;
      pool.submit(() -> {
        for (int n = 0; System.nanoTime() < until; n++) {
          Double millis = request.send(client, n, start);
          if (millis != null) {
            counted.incrementAndGet();
            latencies.add(millis);
          }
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.MINUTES);
    double elapsed = (System.nanoTime() - start) / 1e9;
    Spent during = spent().minus(before);
    return new Capacity(counted.get() / elapsed, percentile(latencies, 0.99), during.per(counted.get()));
  }

  /**
   * What one placed order asks of PostgreSQL and Redis, on its own: 20 checkouts one after another, counted by
   * PostgreSQL (transactions; statements from pg_stat_statements, when the server loads it, without BEGIN and
   * COMMIT) and by Redis's MONITOR, whose lines name each command a client sent and, apart, the commands a
   * script ran inside Redis ({@code [0 lua]}): only the first are round trips. A PostgreSQL backend reports its
   * transactions at most once a second, and an idle one only after 10 s; so the orders are counted over a window
   * of 15 s, and what the server does on its own (its pollers) and this count's own psql sessions are measured
   * over an idle window of the same length before, and taken off.
   */
  private Traffic orderTraffic(Hospital hospital) throws Exception {
    int orders = 20;
    long window = 15_000;
    String token = hospital.staffToken(0);
    Process monitor = new ProcessBuilder("redis-cli", "MONITOR").redirectErrorStream(true).start();
    AtomicLong sent = new AtomicLong();
    Thread reader = new Thread(() -> {
      try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(monitor.getInputStream()))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.contains(" [") && !line.contains(" lua]")) {
            sent.incrementAndGet();
          }
        }
      } catch (IOException ended) {
        // the monitor was stopped
      }
    });
    reader.start();
    System.out.println("Counting what one order asks of PostgreSQL and Redis (30 s)…");
    Counted idleStart = counted();
    Thread.sleep(window);
    Counted idleEnd = counted();
    long windowStart = System.currentTimeMillis();
    long redisBefore = sent.get();
    Random dishes = new Random(7);
    long placed = 0;
    for (int n = 0; n < orders; n++) {
      if (send(new Checkout(hospital, token, hospital.randomDish(dishes), 0), System.nanoTime()).status == 201) {
        placed++;
      }
    }
    long redisAfter = sent.get();
    Thread.sleep(Math.max(11_000, window - (System.currentTimeMillis() - windowStart)));
    Counted end = counted();
    monitor.destroy();
    reader.join(5_000);
    double each = Math.max(1, placed);
    Counted idle = idleEnd.minus(idleStart);
    Counted busy = end.minus(idleEnd);
    return new Traffic((busy.transactions - idle.transactions) / each,
        busy.statements.isPresent() && idle.statements.isPresent()
            ? OptionalDouble.of((busy.statements.getAsDouble() - idle.statements.getAsDouble()) / each)
            : OptionalDouble.empty(),
        (redisAfter - redisBefore) / each);
  }

  private Counted counted() throws Exception {
    return new Counted(transactions(), statements());
  }

  private double transactions() throws Exception {
    return Double.parseDouble(psql("select xact_commit + xact_rollback from pg_stat_database"
        + " where datname = current_database()").strip());
  }

  /** Statements run in this database so far, if pg_stat_statements is loaded and this role may read it. */
  private OptionalDouble statements() throws Exception {
    try {
      return OptionalDouble.of(Double.parseDouble(psql("select coalesce(sum(calls), 0) from pg_stat_statements"
          + " where dbid = (select oid from pg_database where datname = current_database())"
          + " and upper(query) not in ('BEGIN', 'COMMIT', 'ROLLBACK')").strip()));
    } catch (IllegalStateException | NumberFormatException notLoaded) {
      return OptionalDouble.empty();
    }
  }

  /** PostgreSQL's transactions and statements in this database so far. */
  record Counted(double transactions, OptionalDouble statements) {
    Counted minus(Counted earlier) {
      return new Counted(transactions - earlier.transactions,
          statements.isPresent() && earlier.statements.isPresent()
              ? OptionalDouble.of(statements.getAsDouble() - earlier.statements.getAsDouble())
              : OptionalDouble.empty());
    }
  }

  /** Per placed order, on its own; statements are empty when PostgreSQL does not count them. */
  record Traffic(double transactions, OptionalDouble statements, double redisRoundTrips) {
    /**
     * An order needs one transaction at least: fewer means the server's own work (the notifications drained after
     * the rush, its pollers) changed between the idle window and the orders', and the count says nothing.
     */
    String transactionsInWords() {
      return transactions >= 1 ? "%.1f".formatted(transactions) : "n/a (the server's own work varied more)";
    }

    String statementsInWords() {
      return statements.isPresent() ? "%.1f".formatted(statements.getAsDouble()) : "n/a (no pg_stat_statements)";
    }
  }

  /**
   * What the machine has spent so far: CPU of the Liberty server and of every PostgreSQL process (from /proc, in
   * ms), PostgreSQL's committed and rolled-back transactions in this database, Redis commands served. Taken
   * around the capacity phase, whatever else runs then (the outbox drain, the quota job) is counted too: these
   * are the costs of a checkout as the server pays them, not as the checkout's code alone would.
   */
  private Spent spent() throws Exception {
    double liberty = 0;
    double postgres = 0;
    try (var processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String cmdline = Files.readString(process.resolve("cmdline"));
          String stat = Files.readString(process.resolve("stat"));
          // fields after the command's name in parentheses: utime and stime are the 12th and 13th
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          double millis = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0; // USER_HZ is 100
          if (cmdline.contains("ws-server.jar") || cmdline.contains("ws-javaagent")) {
            liberty += millis;
          } else if (stat.contains("(postgres)")) {
            postgres += millis;
          }
        } catch (IOException | RuntimeException gone) {
          // the process ended while being read
        }
      }
    }
    return new Spent(liberty, postgres, transactions(), redisCalls());
  }

  /** The commands Redis has served since it started; none while it is stopped. */
  private static long redisCalls() throws Exception {
    Process process = new ProcessBuilder("redis-cli", "INFO", "commandstats").redirectErrorStream(true).start();
    String stats = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    long served = 0;
    if (process.waitFor() == 0) {
      Matcher calls = Pattern.compile("calls=(\\d+)").matcher(stats);
      while (calls.find()) {
        served += Long.parseLong(calls.group(1));
      }
    }
    return served;
  }

  record Spent(double libertyMillis, double postgresMillis, double transactions, double redisCalls) {
    Spent minus(Spent earlier) {
      return new Spent(libertyMillis - earlier.libertyMillis, postgresMillis - earlier.postgresMillis,
          transactions - earlier.transactions, redisCalls - earlier.redisCalls);
    }

    Spent per(long checkouts) {
      double n = Math.max(1, checkouts);
      return new Spent(libertyMillis / n, postgresMillis / n, transactions / n, redisCalls / n);
    }
  }

  /** As many clients as a busy hospital's checkouts at once, for the capacity and its fair ceiling alike. */
  static final int CAPACITY_CLIENTS = 32;

  /**
   * The fair ceiling: pgbench, with the capacity's clients for 10 s, of the one transaction a checkout cannot do
   * without, in Trayflow's own tables and the capacity hospital's own rows: the tenant set for row security, an
   * order number, the Idempotency-Key's record, the dish's portion taken only while some are left, the order, its
   * line and its outbox row. No locks, fences, look-ups or configuration: all that is the checkout's overhead.
   * Its rows are as consistent as a checkout's, so the integrity checks below also hold for them.
   */
  private double orderTransactions(Hospital hospital) throws Exception {
    String[] ids = psql("select t.id || ',' || s.id || ',' || l.id from tenant t join site s on s.tenant_id = t.id"
        + " join location l on l.site_id = s.id where t.slug = '" + hospital.slug + "'").strip().split(",");
    String orderer = "'staff-' || :person || '@" + hospital.slug + "'";
    String key = "'pgbench-' || :client_id || '-' || :order_id";
    String dish = "(array[" + hospital.dishes.stream().map(String::valueOf).collect(Collectors.joining(","))
        + "])[:pick]";
    Path script = Files.createTempFile("order-transaction", ".sql");
    Files.writeString(script, """
        \\set person random(0, 63)
        \\set pick random(1, %7$d)
        BEGIN;
        SELECT set_config('app.tenant_id', '%1$s', true);
        SELECT nextval('orders_id_seq') AS order_id \\gset
        INSERT INTO order_request (tenant_id, orderer, idempotency_key, request_hash, order_id, service_date, created_at) VALUES (%1$s, %4$s, %5$s, md5(%5$s), :order_id, '%8$s', now());
        UPDATE slot_quota SET ordered = ordered + 1 WHERE tenant_id = %1$s AND site_id = %2$s AND service_date = '%8$s' AND meal_period = 'lunch' AND menu_item_id = %6$s AND ordered + 1 <= planned;
        INSERT INTO orders (id, tenant_id, site_id, location_id, service_date, meal_period, menu_version, orderer, status, placed_at, idempotency_key) VALUES (:order_id, %1$s, %2$s, %3$s, '%8$s', 'lunch', 1, %4$s, 'PLACED', now(), %5$s);
        INSERT INTO order_line (tenant_id, order_id, service_date, menu_item_id, item_name, quantity) VALUES (%1$s, :order_id, '%8$s', %6$s, 'Bench dish', 1);
        %9$s
        INSERT INTO outbox_message (tenant_id, site_id, kind, payload, created_at) VALUES (%1$s, %2$s, 'order-placed', jsonb_build_object('orderId', :order_id), now());
        END;
        """.formatted(ids[0], ids[1], ids[2], orderer, key, dish, hospital.dishes.size(), hospital.day,
        paymentStatements(ids[0], orderer, hospital.day)));
    String output = command("pgbench", "-n", "-c", String.valueOf(CAPACITY_CLIENTS), "-j", "2", "-T", "10", "-f",
        script.toString(), db);
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
    if (!tps.find() || output.contains("aborted")) {
      throw new IllegalStateException("pgbench said: " + output);
    }
    return Double.parseDouble(tps.group(1));
  }

  /**
   * The order transaction's payment, as StaffPayments writes it for the bench's mode: the limit's conditional update
   * (none for payroll deduction) and the ledger's line; nothing when meals are free.
   */
  private String paymentStatements(String tenant, String orderer, LocalDate day) {
    String limit = switch (paymentMode) {
      case "allowance" -> "INSERT INTO allowance_day (tenant_id, username, service_date, spent) VALUES (" + tenant
          + ", " + orderer + ", '" + day + "', 4.50) ON CONFLICT (tenant_id, username, service_date) DO UPDATE SET"
          + " spent = allowance_day.spent + excluded.spent WHERE allowance_day.spent + excluded.spent <= 9999999.00"
          + " RETURNING spent;\n";
      case "wallet" -> "INSERT INTO wallet (tenant_id, username, balance) VALUES (" + tenant + ", " + orderer
          + ", -4.50) ON CONFLICT (tenant_id, username) DO UPDATE SET balance = wallet.balance + excluded.balance"
          + " WHERE wallet.balance + excluded.balance >= -9999999.00 RETURNING balance;\n";
      default -> "";
    };
    String paidBy = paymentMode.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    return paymentMode.equals("free") ? "" : limit
        + "INSERT INTO account_movement (tenant_id, username, kind, paid_by, amount, currency, order_id, service_date,"
        + " recorded_at, recorded_by, reference) VALUES (" + tenant + ", " + orderer + ", 'CHARGE', '" + paidBy
        + "', 4.50, 'GBP', :order_id, '" + day + "', now(), " + orderer + ", '');";
  }

  /** pgbench, 16 clients for 10 s, of one INSERT per transaction into a table of its own. */
  private double pgbench() throws Exception {
    psql("create table if not exists bench_one_insert (id bigserial primary key, at timestamptz default now(),"
        + " note text)");
    Path script = Files.createTempFile("one-insert", ".sql");
    Files.writeString(script, "insert into bench_one_insert (note) values ('lunch');\n");
    String output = command("pgbench", "-n", "-c", "16", "-j", "2", "-T", "10", "-f", script.toString(), db);
    psql("drop table bench_one_insert");
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
    if (!tps.find()) {
      throw new IllegalStateException("pgbench said: " + output);
    }
    return Double.parseDouble(tps.group(1));
  }

  /** What PostgreSQL holds after the run: portions committed beyond the plan, orders stored twice. */
  Integrity integrity(String run) throws Exception {
    String tenants = "(select id from tenant where slug like 'rush-" + run + "-%')";
    long oversold = Long.parseLong(psql("select coalesce(sum(ordered - planned), 0) from slot_quota where ordered >"
        + " planned and tenant_id in " + tenants).strip());
    long mismatched = Long.parseLong(psql("select count(*) from slot_quota q where tenant_id in " + tenants
        + " and q.ordered <> (select coalesce(sum(l.quantity), 0) from order_line l join orders o on o.id = l.order_id"
        + " and o.service_date = l.service_date where o.status = 'PLACED' and o.tenant_id = q.tenant_id"
        + " and o.site_id = q.site_id and o.service_date = q.service_date and o.meal_period = q.meal_period"
        + " and l.menu_item_id = q.menu_item_id)").strip());
    long duplicates = Long.parseLong(psql("select count(*) from (select 1 from orders where tenant_id in " + tenants
        + " group by tenant_id, orderer, idempotency_key having count(*) > 1) d").strip());
    // the day's hospitals only (rush-RUN-0, -1, …): the capacity and Redis-stopped phases have their own
    long stored = Long.parseLong(psql("select count(*) from orders o join tenant t on t.id = o.tenant_id"
        + " where t.slug ~ '^rush-" + run + "-[0-9]+$'").strip());
    return new Integrity(oversold, mismatched, duplicates, stored);
  }

  // ---------------------------------------------------------------- history mode

  /**
   * Checkout p99 and the order history page (50 rows, following the cursor) p95 with 10^3 orders stored, then with
   * 10^7: indexes and partitions must keep both flat.
   */
  void history() throws Exception {
    String run = "h" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    Hospital hospital = Hospital.register(this, run, 64, 1_000_000);
    seedHistory(hospital, 1_000);
    double small = percentile(timedCheckouts(hospital, 0), 0.99);
    double smallPageAlone = historyPages(hospital, 1).p95();
    PageWalk smallPage = historyPages(hospital, 8);
    for (int seeded = 1_000; seeded < 10_000_000; seeded += 1_000_000) {
      seedHistory(hospital, Math.min(1_000_000, 10_000_000 - seeded));
    }
    double large = percentile(timedCheckouts(hospital, 1), 0.99);
    double largePageAlone = historyPages(hospital, 1).p95();
    PageWalk largePage = historyPages(hospital, 8);
    String text = """
        # Lunch rush benchmark — checkout and order history with a long history

        %s

        | orders already stored | checkout p99 (ms) | history page p95, one client (ms) | history page p95, 8 clients (ms) | pages/s, 8 clients |
        |---:|---:|---:|---:|---:|
        | 1,000 | %.1f | %.1f | %.1f | %.0f |
        | 10,000,000 | %.1f | %.1f | %.1f | %.0f |

        Ratio p99(10^7) / p99(10^3): **%.2f** (flat means the checkout reads no history: unique keys, composite
        indexes, one partition per month). A history page is one person's 50 newest orders after the cursor;
        each client walks 40 pages of a person's ~156,000 past orders.%s
        """.formatted(machine(), small, smallPageAlone, smallPage.p95(), smallPage.perSecond(), large, largePageAlone,
        largePage.p95(), largePage.perSecond(), large / small, PAGES_ON_TWO_CORES);
    System.out.println(text);
    write("lunch-rush-history", text, null);
  }

  /**
   * The history page again, on a hospital an earlier --history run filled (its slug, and the password its people
   * were made with): to measure a change to the page without seeding 10^7 orders again.
   */
  void historyPagesOf(String slug) throws Exception {
    Hospital hospital = new Hospital(this, slug);
    long stored = Long.parseLong(psql("select count(*) from orders o join tenant t on t.id = o.tenant_id"
        + " where t.slug = '" + slug + "'").strip());
    double alone = historyPages(hospital, 1).p95();
    PageWalk together = historyPages(hospital, 8);
    String text = """
        # Order history page on %s, %,d orders stored

        %s

        | history page p95, one client (ms) | history page p95, 8 clients (ms) | pages/s, 8 clients |
        |---:|---:|---:|
        | %.1f | %.1f | %.0f |

        Each client walks 40 pages of 50 of one person's orders (about 156,000 each), newest first.%s
        """.formatted(slug, stored, machine(), alone, together.p95(), together.perSecond(), PAGES_ON_TWO_CORES);
    System.out.println(text);
    write("lunch-rush-history-pages", text, null);
  }

  /**
   * Clients, each walking 40 pages of 50 of one person's orders, newest first; the latency of each page. Everyone
   * signs in before the first page (a sign-in is half a second of a core, which would land on the pages timed), and
   * five untimed walks of other people's histories (200 pages) first warm the server's code path, as the pages of
   * a hospital's day would: a page's code is compiled only after some thousands of calls.
   */
  private PageWalk historyPages(Hospital hospital, int clients) throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      tokens.add(hospital.staffToken(48 + c));
    }
    for (int warm = 43; warm < 48; warm++) {
      walkHistory(hospital, hospital.staffToken(warm), new ArrayList<>());
    }
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    for (String token : tokens) {
      pool.submit(() -> walkHistory(hospital, token, latencies));
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    return new PageWalk(List.copyOf(latencies), latencies.size() / ((System.nanoTime() - started) / 1e9));
  }

  /** The pages' latencies, and how many pages a second the clients got through together. */
  record PageWalk(List<Double> latencies, double perSecond) {
    double p95() {
      return percentile(latencies, 0.95);
    }
  }

  private static final String PAGES_ON_TWO_CORES = """


      With 8 clients paging back to back on two cores shared with PostgreSQL and the load generator, the pages
      queue for the CPU: their p95 is the queue's, and the pages per second are the figure to read there.""";

  private Void walkHistory(Hospital hospital, String token, List<Double> latencies) throws Exception {
    Pattern next = Pattern.compile("\"next\":\"([^\"]+)\"");
    String cursor = null;
    for (int page = 0; page < 40; page++) {
      String query = "/orders?limit=50" + (cursor == null ? "" : "&cursor=" + cursor);
      long sent = System.nanoTime();
      HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + hospital.api() + query))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(query + " answered " + answer.statusCode() + ": " + answer.body());
      }
      latencies.add((System.nanoTime() - sent) / 1e6);
      Matcher found = next.matcher(answer.body());
      if (!found.find()) {
        return null;
      }
      cursor = java.net.URLEncoder.encode(found.group(1), StandardCharsets.UTF_8);
    }
    return null;
  }

  // ---------------------------------------------------------------- a storm of sign-ins

  /**
   * The same closed-loop checkouts as {@link #history()}, once calm and once while a storm of sign-ins with wrong
   * passwords runs: each from another address, as through a trusted load balancer, so that throttling by address
   * cannot help and every try asks for a password check (about half a second of a core). The calm run is the
   * ceiling; the ratio of the two p99s is what the storm costs the people ordering lunch.
   */
  void signInStorm(int stormClients, String label) throws Exception {
    String run = "s" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    Hospital hospital = Hospital.register(this, run, 64, 1_000_000);
    List<Double> calm = timedCheckouts(hospital, 0);
    for (int person = 24; person < 48; person++) {
      hospital.staffToken(person);   // round 1's people sign in before the storm: their checkouts are measured
    }
    AtomicBoolean storming = new AtomicBoolean(true);
    Map<Integer, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    ExecutorService storm = Executors.newFixedThreadPool(stormClients);
    for (int c = 0; c < stormClients; c++) {
      Random addresses = new Random(c);
      storm.submit(() -> {
        while (storming.get()) {
          outcomes.computeIfAbsent(wrongPassword(addresses), status -> new AtomicInteger()).incrementAndGet();
        }
      });
    }
    Thread.sleep(3_000);
    // One honest person signing in again and again meanwhile: what the storm costs those who know their password.
    List<Double> honest = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger honestRefused = new AtomicInteger();
    Thread colleague = new Thread(() -> {
      while (storming.get()) {
        long asked = System.nanoTime();
        try {
          token("staff-0@" + hospital.slug);
          honest.add((System.nanoTime() - asked) / 1e6);
        } catch (Exception busy) {
          honestRefused.incrementAndGet();
        }
      }
    });
    colleague.start();
    long stormStart = System.nanoTime();
    List<Double> during = timedCheckouts(hospital, 1);
    double stormSeconds = (System.nanoTime() - stormStart) / 1e9;
    storming.set(false);
    colleague.join();
    storm.shutdown();
    storm.awaitTermination(2, TimeUnit.MINUTES);
    StringBuilder signIns = new StringBuilder();
    new TreeMap<>(outcomes).forEach((status, count) -> signIns.append("| ").append(status == 0
        ? "no answer" : status).append(" | ").append(count).append(" |\n"));
    String text = """
        # Checkout during a storm of sign-ins (%s)

        %s

        %d clients send wrong passwords as fast as they are answered, each try from another address through the
        trusted load balancer (X-Forwarded-For), while 8 clients check out 1,200 meals in a closed loop.

        | checkouts | p50 (ms) | p99 (ms) |
        |---|---:|---:|
        | calm (the ceiling) | %.1f | %.1f |
        | during the storm | %.1f | %.1f |

        Ratio p99(storm) / p99(calm): **%.2f**

        One person with the right password, signing in again and again during the storm: %d signed in (p50 %.0f ms,
        p99 %.0f ms), %d told to try again.

        Sign-in answers to the storm (%.0f s):

        | status | count |
        |---:|---:|
        %s
        401 is a password checked and refused, 503 `sign-in-busy` a try that found no free password check within
        3 s (nothing checked), 429 a try slowed by throttling.
        """.formatted(label, machine(), stormClients, percentile(calm, 0.5), percentile(calm, 0.99),
        percentile(during, 0.5), percentile(during, 0.99), percentile(during, 0.99) / percentile(calm, 0.99),
        honest.size(), percentile(honest, 0.5), percentile(honest, 0.99), honestRefused.get(), stormSeconds,
        signIns.toString().strip());
    System.out.println(text);
    write("sign-in-storm-" + label, text, null);
  }

  /** One wrong password for a name nobody has, from a random address: the status it got (0: none). */
  private int wrongPassword(Random addresses) {
    String address = "10." + addresses.nextInt(256) + "." + addresses.nextInt(256) + "." + addresses.nextInt(256);
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
          .header("Content-Type", "application/json").header("X-Forwarded-For", address)
          .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"guess-" + addresses.nextInt()
              + "@st-mungos\",\"password\":\"not-it\"}"))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException | InterruptedException e) {
      return 0;
    }
  }

  /** 8 clients, 1,200 checkouts, each client ordering for people of its own (at most 50 orders each per meal). */
  private List<Double> timedCheckouts(Hospital hospital, int round) throws Exception {
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    int clients = 8;
    int each = 150;
    for (int person = round * clients * 3; person < (round + 1) * clients * 3; person++) {
      hospital.staffToken(person);
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      pool.submit(() -> {
        for (int n = 0; n < each; n++) {
          int person = (round * clients + client) * 3 + n / 50;
          Result result = send(new Checkout(hospital, hospital.staffToken(person), hospital.randomDish(
              new Random(person * 1000L + n)), 0), start);
          if (result.status == 201) {
            latencies.add(result.millis);
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    return latencies.subList(Math.min(200, latencies.size()), latencies.size());   // after warm-up
  }

  /** Past orders of the hospital's staff on earlier days, written straight into PostgreSQL (their partitions). */
  private void seedHistory(Hospital hospital, int orders) throws Exception {
    System.out.printf("Seeding %,d past orders…%n", orders);
    psql("""
        insert into orders (tenant_id, site_id, location_id, service_date, meal_period, menu_version, orderer,
            status, placed_at, idempotency_key)
        select t.id, s.id, l.id, current_date - 1 - (g %% 60), 'lunch', 1, 'staff-' || (g %% 64) || '@' || t.slug,
            'PLACED', now() - make_interval(days => 1 + g %% 60), 'seed-' || g || '-' || %2$d
        from tenant t join site s on s.tenant_id = t.id join location l on l.site_id = s.id,
             generate_series(1, %1$d) g
        where t.slug = '%3$s'
        """.formatted(orders, System.nanoTime() % 100000, hospital.slug));
    // Past days' rows, which autovacuum would long since have visited in a hospital (it runs after inserts too):
    // without this, the first reader of each row pays for marking it visible, and the history page measured
    // that one-off write instead of a page.
    psql("vacuum (analyze) orders");
  }

  // ---------------------------------------------------------------- report

  /** The day played: hospitals, staff each, the day's length and how many times each person checks out. */
  record Day(int tenants, int staff, int seconds, int arrivals) {
    String name() {
      return arrivals == 1 ? "lunch-rush" : "lunch-rush-arrivals-" + arrivals + "x";
    }
  }

  private void report(Day day, List<Result> results, Traffic traffic, Capacity capacity, Capacity floor,
      RedisStopped withoutRedis, double pgbenchTps, double orderTps, Integrity integrity) throws Exception {
    List<Double> decided = results.stream().filter(r -> r.status == 201 || r.status == 409).map(r -> r.millis)
        .toList();
    long placed = results.stream().filter(r -> r.status == 201).count();
    long soldOut = results.stream().filter(r -> r.status == 409).count();
    long failed = results.stream().filter(r -> r.status != 201 && r.status != 409).count();
    int retries = results.stream().mapToInt(r -> r.retries).sum();
    int peak = peakPerSecond(results);
    String text = """
        # Lunch rush benchmark

        %s

        %d hospitals x %d staff, %d checkout(s) each, in a day compressed to %d s: 80%% inside the lunch window
        (90 of 840 minutes), arriving in a triangle that peaks at 15x the day's mean rate. Open loop: a checkout
        is sent at its time whatever the server's speed.

        | figure | value |
        |---|---:|
        | checkouts answered | %d (placed %d, sold out %d, failed %d; 503 retries %d) |
        | peak arrivals | %d checkouts/s |
        | latency p50 / p95 / p99 | %.1f / %.1f / %.1f ms |
        | capacity (closed loop, 32 clients, 15 s) | **%.0f checkouts/s** (p99 %.1f ms) |
        | per checkout at capacity: CPU of Liberty / PostgreSQL | %.1f / %.1f ms |
        | per checkout at capacity: PostgreSQL transactions, Redis commands (scripts' own included) | %.1f, %.1f |
        | one order alone (20 in a row): PostgreSQL transactions, statements, Redis round trips | %s, %s, %.1f |
        | the stack's floor: reading one order by id (32 clients, 10 s) | %.0f/s (p99 %.1f ms) |
        | the floor per read: CPU of Liberty / PostgreSQL | %.1f / %.1f ms |
        | Redis stopped, first 10 s (32 clients; checkouts wait for Redis until the circuit breakers open) | %.0f checkouts/s (p99 %.1f ms) |
        | Redis stopped, the 15 s after (PostgreSQL alone) | %.0f checkouts/s (p99 %.1f ms) |
        | pgbench, one INSERT per transaction (16 clients, 10 s) | %.0f TPS |
        | pgbench, the order transaction in Trayflow's tables (%d clients, 10 s) | **%.0f TPS** |
        | ratio checkouts/s ÷ order-transaction TPS (the fair ceiling) | **%.3f** |
        | oversold portions (PostgreSQL, afterwards) | **%d** |
        | slot counts not matching the order lines | %d |
        | duplicate orders (same person and Idempotency-Key) | **%d** |
        | rush orders stored in PostgreSQL vs answered 201 | %d vs %d |

        ![checkouts per second and latency](%s)
        """.formatted(machine(), day.tenants, day.staff, day.arrivals, day.seconds, results.size(), placed, soldOut, failed, retries, peak,
        percentile(decided, 0.5), percentile(decided, 0.95), percentile(decided, 0.99), capacity.perSecond,
        capacity.p99, capacity.perCheckout.libertyMillis, capacity.perCheckout.postgresMillis,
        capacity.perCheckout.transactions, capacity.perCheckout.redisCalls, traffic.transactionsInWords(),
        traffic.statementsInWords(), traffic.redisRoundTrips, floor.perSecond, floor.p99,
        floor.perCheckout.libertyMillis, floor.perCheckout.postgresMillis, withoutRedis.opening.perSecond,
        withoutRedis.opening.p99, withoutRedis.after.perSecond, withoutRedis.after.p99,
        pgbenchTps, CAPACITY_CLIENTS, orderTps,
        capacity.perSecond / orderTps, integrity.oversold, integrity.mismatched, integrity.duplicates,
        integrity.stored, placed, day.name() + "-" + LocalDate.now() + ".png");
    System.out.println(text);
    write(day.name(), text, chart(results));
  }

  private static int peakPerSecond(List<Result> results) {
    Map<Long, Integer> perSecond = new ConcurrentHashMap<>();
    results.forEach(r -> perSecond.merge(r.sentMillis / 1000, 1, Integer::sum));
    return perSecond.values().stream().max(Integer::compare).orElse(0);
  }

  /** Checkouts per second (bars) and p99 latency per second (line), over the compressed day. */
  private static BufferedImage chart(List<Result> results) {
    int seconds = (int) (results.stream().mapToLong(r -> r.sentMillis).max().orElse(0) / 1000) + 1;
    int[] count = new int[seconds];
    List<List<Double>> latencies = new ArrayList<>();
    for (int i = 0; i < seconds; i++) {
      latencies.add(new ArrayList<>());
    }
    results.forEach(r -> {
      int s = (int) (r.sentMillis / 1000);
      count[s]++;
      if (r.millis >= 0) {
        latencies.get(s).add(r.millis);
      }
    });
    int width = 1000;
    int height = 420;
    int left = 60;
    int bottom = 360;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image, 13);
    int maxCount = Math.max(1, java.util.Arrays.stream(count).max().orElse(1));
    double maxLatency = Math.max(1, latencies.stream().mapToDouble(l -> percentile(l, 0.99)).max().orElse(1));
    double barWidth = (width - left - 40) / (double) seconds;
    for (int s = 0; s < seconds; s++) {
      int barHeight = (int) (300.0 * count[s] / maxCount);
      g.setColor(new Color(120, 160, 220));
      g.fillRect(left + (int) (s * barWidth), bottom - barHeight, Math.max(1, (int) barWidth - 1), barHeight);
    }
    g.setColor(new Color(200, 60, 40));
    g.setStroke(new BasicStroke(2f));
    p99Line(g, latencies, left, barWidth, bottom, 300, maxLatency);
    g.setColor(Color.DARK_GRAY);
    g.drawLine(left, bottom, width - 40, bottom);
    g.drawString("time in the compressed day (s) →  0 … " + seconds, left, bottom + 25);
    g.setColor(new Color(70, 110, 180));
    g.drawString("bars: checkouts sent per second (max " + maxCount + ")", left, 25);
    g.setColor(new Color(200, 60, 40));
    g.drawString(String.format("line: p99 latency per second (max %.0f ms)", maxLatency), left, 45);
    g.dispose();
    return image;
  }

  /** The p99 of each second's latencies as a line over its bars, {@code maxLatency} at {@code height}. */
  static void p99Line(Graphics2D g, List<List<Double>> latencies, int left, double barWidth, int bottom,
      int height, double maxLatency) {
    int previousX = -1;
    int previousY = -1;
    for (int s = 0; s < latencies.size(); s++) {
      if (latencies.get(s).isEmpty()) {
        continue;
      }
      int x = left + (int) ((s + 0.5) * barWidth);
      int y = bottom - (int) (height * percentile(latencies.get(s), 0.99) / maxLatency);
      if (previousX >= 0) {
        g.drawLine(previousX, previousY, x, y);
      }
      previousX = x;
      previousY = y;
    }
  }

  /** The chart's pen: smooth lines on white, in a plain font of that size. */
  static Graphics2D canvas(BufferedImage image, int fontSize) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
    return g;
  }

  private void write(String name, String markdown, BufferedImage chart) throws IOException {
    Path results = Path.of("bench", "results");
    Files.createDirectories(results);
    Files.writeString(results.resolve(name + "-" + LocalDate.now() + ".md"), markdown);
    if (chart != null) {
      ImageIO.write(chart, "png", results.resolve(name + "-" + LocalDate.now() + ".png").toFile());
    }
    System.out.println("Written to " + results.resolve(name + "-" + LocalDate.now() + ".md"));
  }

  static String machine() throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("unknown CPU");
    long memoryGib = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
        .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
    return "Run " + ZonedDateTime.now(ZoneId.of("UTC")).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16)
        + " UTC on " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memoryGib
        + " GiB; server, PostgreSQL, Redis and this load generator on the same machine.";
  }

  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  String psql(String sql) throws Exception {
    return command("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", "set app.scope = 'platform'",
        "-c", sql, db);
  }

  static String command(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
    return output;
  }

  String post(String path, String token, String type, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() >= 300) {
      throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  String put(String path, String token, String type, String body) throws Exception {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", type)
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() >= 300) {
      throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  /** A person's access token; a sign-in the server was too busy to check (503) is asked again, as an app would. */
  String token(String username) throws Exception {
    String body = null;
    for (int attempt = 1; body == null; attempt++) {
      try {
        body = post("/api/v1/auth/token", null, "application/json",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
      } catch (IllegalStateException busy) {
        if (attempt == 5 || !busy.getMessage().contains("sign-in-busy")) {
          throw busy;
        }
        Thread.sleep(1_000);
      }
    }
    Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
    if (!token.find()) {
      throw new IllegalStateException("no token for " + username);
    }
    return token.group(1);
  }

  // ---------------------------------------------------------------- a hospital of the benchmark

  /**
   * A hospital registered for the run, lunch open from six days ahead, with its staff and a published menu. Its
   * lunch window spans the whole day, as the run plays the rush at any hour: confirmations then wait until after
   * it, as they do in a real rush (decision 0010), instead of being sent beside the checkouts.
   */
  static final class Hospital {
    final String slug;
    final LunchRush bench;
    final LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(2);
    final List<Long> dishes = new ArrayList<>();
    final List<String> tokens = new ArrayList<>();

    private Hospital(LunchRush bench, String slug) {
      this.bench = bench;
      this.slug = slug;
    }

    static Hospital register(LunchRush bench, String run, int staff, int portions) throws Exception {
      Hospital hospital = new Hospital(bench, "rush-" + run);
      String slug = hospital.slug;
      System.out.println("Registering " + slug + " with " + staff + " staff…");
      bench.put("/api/v1/platform/tenants/" + slug + "/configuration", bench.token("platform-admin"),
          "application/yaml", """
          slug: %1$s
          name: Benchmark Hospital %1$s
          timeZone: Europe/London
          payment: %2$s
          dietTags: [vegetarian]
          allergenPolicy: {scheme: eu-14, declarationRequired: false}
          mealPeriods:
            - {id: lunch, name: Lunch, service: {from: "11:30", to: "14:00"}, orderingOpens: {daysBefore: 6, at: "00:00"},
               orderingCloses: {daysBefore: 0, at: "11:00"}, cutOff: {daysBefore: 0, at: "11:15"}, defaultPortions: 100}
          orderingLimits: {ordersPerSlot: 50, ordersPerMinute: 600}
          deferredDuringLunch: [order-confirmed]
          sites:
            - slug: main
              name: Main Hospital
              lunchWindow: {from: "00:00", to: "23:59"}
              locations:
                - {slug: restaurant, name: Staff Restaurant, kind: pick-up-point}
          """.formatted(slug, bench.payment));
      // People are made in PostgreSQL with the demo password (the API has no bulk import of people).
      bench.psql("""
          insert into user_account (tenant_id, username, display_name, password_hash)
          select t.id, p.name || '@' || t.slug, p.name, (select password_hash from user_account
                                                        where username = 'staff@st-mungos')
          from tenant t, (select 'kitchen' as name union all select 'staff-' || g from generate_series(0, %2$d) g) p
          where t.slug = '%1$s';
          insert into user_role (user_id, role)
          select a.id, case when a.username like 'kitchen@%%' then 'KITCHEN_MANAGER' else 'STAFF' end
          from user_account a join tenant t on t.id = a.tenant_id where t.slug = '%1$s';
          """.formatted(slug, staff - 1));
      String kitchen = bench.token("kitchen@" + slug);
      String api = "/api/v1/t/" + slug;
      String draft = bench.post(api + "/sites/main/menus/drafts?week=" + hospital.day.with(java.time.DayOfWeek.MONDAY),
          kitchen, "text/plain", "");
      String draftId = idOf(draft);
      String[] names = {"Roast chicken", "Vegetable curry", "Fish and chips", "Pasta bake", "Jacket potato",
          "Soup of the day"};
      for (String name : names) {
        long dish = Long.parseLong(idOf(bench.post(api + "/menu-items", kitchen, "application/json",
            "{\"name\":\"" + name + "\",\"category\":\"Main\",\"portionSize\":\"1 plate\",\"price\":4.50,"
                + "\"allergens\":[],\"dietTags\":[]}")));
        hospital.dishes.add(dish);
        bench.put(api + "/sites/main/menus/drafts/" + draftId + "/dishes", kitchen, "application/json",
            "{\"mealPeriod\":\"lunch\",\"itemId\":" + dish + ",\"portions\":" + Math.max(1, portions / names.length)
                + ",\"allWeek\":true}");
      }
      bench.post(api + "/sites/main/menus/drafts/" + draftId + "/publish", kitchen, "text/plain", "");
      return hospital;
    }

    String api() {
      return "/api/v1/t/" + slug;
    }

    /**
     * The first {@code people} staff signed in, two asking at a time: the server checks one password at a
     * time (PBKDF2 by design, about half a second of a core), so that one waits while the other is checked and
     * no check waits for a request to arrive.
     */
    void signIn(int people) throws Exception {
      ExecutorService signing = Executors.newFixedThreadPool(2);
      List<java.util.concurrent.Future<String>> signedIn = new ArrayList<>();
      for (int person = tokens.size(); person < people; person++) {
        String username = "staff-" + person + "@" + slug;
        signedIn.add(signing.submit(() -> bench.token(username)));
      }
      signing.shutdown();
      for (var token : signedIn) {
        synchronized (this) {
          tokens.add(token.get());
        }
      }
    }

    synchronized String staffToken(int person) {
      while (tokens.size() <= person) {
        try {
          tokens.add(bench.token("staff-" + tokens.size() + "@" + slug));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return tokens.get(person);
    }

    long randomDish(Random random) {
      return dishes.get(random.nextInt(dishes.size()));
    }

    String orderBody(long dish) {
      return "{\"site\":\"main\",\"serviceDate\":\"" + day + "\",\"mealPeriod\":\"lunch\","
          + "\"location\":\"restaurant\",\"lines\":[{\"item\":" + dish + ",\"quantity\":1}]}";
    }

    static String idOf(String json) {
      Matcher id = ID.matcher(json);
      if (!id.find()) {
        throw new IllegalStateException("no id in " + json);
      }
      return id.group(1);
    }
  }

  record Checkout(Hospital hospital, String token, long dish, long atMillis) {}

  record Result(long sentMillis, double millis, int status, int retries) {}

  /** @param perCheckout what one checkout cost at capacity */
  record Capacity(double perSecond, double p99, Spent perCheckout) {}

  record Integrity(long oversold, long mismatched, long duplicates, long stored) {}

  /** Capacity in the first seconds after Redis stopped, while the circuit breakers open, and after. */
  record RedisStopped(Capacity opening, Capacity after) {}
}
