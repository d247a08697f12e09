package cn.gov.qztb.subsidy.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The application (or another Spring Boot app) in a JVM of its own, driven over its REST API. */
public final class AppNode implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  public final String name;
  public final int port;
  private final Process process;

  private AppNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** The packaged jar on a shared PostgreSQL database, job executor on: a node of a cluster. */
  public static AppNode clusterNode(String name, String jdbcUrl) throws IOException {
    int port = freePort();
    return launch(name, port, List.of("-Xmx512m", "-Duser.timezone=Asia/Shanghai", "-jar",
        System.getProperty("subsidy.application.jar"),
        "--spring.profiles.active=demo,postgres",
        "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--server.port=" + port,
        // the cluster test files its own applications: no demo holders' data (a key-project registry)
        "--subsidy.demo.holder-data=false",
        "--camunda.bpm.job-execution.enabled=true",
        // a crashed node's job locks expire after 10 s instead of 5 min, so the test need not wait long
        "--camunda.bpm.job-execution.lock-time-in-millis=10000",
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
  }

  /** java with these arguments (JVM options, then -jar or -cp and a main class, then program arguments). */
  public static AppNode launch(String name, int port, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile()).start();
    return new AppNode(name, port, process);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Waits until the node's readiness probe says it can serve (its seed data and programs in place,
   * database, engine and job executor answering), as a load balancer would.
   */
  public AppNode awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue());
      }
      try {
        HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (readiness.statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // the port is not open yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " not ready within " + timeout);
  }

  public JsonNode get(String user, String path) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  public JsonNode post(String user, String path, Object body) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  /** Starts an application as the user; returns the process instance. */
  public JsonNode startApplication(String user, String program) throws IOException, InterruptedException {
    return post(user, "/engine-rest/process-definition/key/" + program + "/start", Map.of());
  }

  /** Completes the instance's open task of that key as the user. */
  public void complete(String user, String processInstanceId, String taskKey, Map<String, Object> variables)
      throws IOException, InterruptedException {
    JsonNode tasks = get(user, "/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskKey);
    if (tasks.size() != 1) {
      throw new IllegalStateException(name + ": " + user + " sees " + tasks.size() + " " + taskKey + " tasks in " + processInstanceId);
    }
    Map<String, Object> typed = new java.util.LinkedHashMap<>();
    variables.forEach((key, value) -> typed.put(key, Map.of("value", value)));
    post(user, "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete", Map.of("variables", typed));
  }

  /** Kills the JVM without warning, as a power cut would. */
  public void crash() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }

  private JsonNode send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
    String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + credentials)
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(name + " " + response.statusCode() + ": " + response.body());
    }
    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  public Process process() {
    return process;
  }

  public static Path log(String name) {
    return new File("target/" + name + ".log").toPath();
  }
}
